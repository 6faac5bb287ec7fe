"""What an audit reports: findings with a detector, a severity, the rows concerned and a message."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

SEVERITIES = ("info", "low", "medium", "high")


@dataclass
class Finding:
    detector: str
    severity: str  # one of SEVERITIES
    message: str
    rows: list[int] = field(default_factory=list)  # line numbers in the data file
    evidence: list[str] = field(default_factory=list)  # short excerpts, at most a few
    numbers: dict = field(default_factory=dict)  # a measurement behind the finding (the behavioural check's rates)

    def to_dict(self) -> dict:
        return asdict(self)


def at_least(severity: str, floor: str) -> bool:
    return SEVERITIES.index(severity) >= SEVERITIES.index(floor)


@dataclass
class AuditReport:
    path: str
    examples: int
    findings: list[Finding]

    def counts(self) -> dict[str, int]:
        return {s: sum(f.severity == s for f in self.findings) for s in SEVERITIES}

    def fails(self, fail_on: str) -> bool:
        """True when a finding reaches the policy's severity (`never` never fails)."""
        return fail_on != "never" and any(at_least(f.severity, fail_on) for f in self.findings)

    def stop_reason(self, fail_on: str) -> str:
        """Why a run stops on this report: the findings at the policy's severity, and the behavioural
        check's refusal drop with its interval when that detector found one."""
        return stop_reason([f.to_dict() for f in self.findings], fail_on)

    def to_dict(self) -> dict:
        return {"path": self.path, "examples": self.examples, "counts": self.counts(),
                "findings": [f.to_dict() for f in self.findings]}

    def save(self, path: str | Path) -> Path:
        """Write the report as JSON (what `tunesafe audit --json` and a run's audit.json hold)."""
        from tunesafe.fingerprint import atomic_write_text

        atomic_write_text(path, json.dumps(self.to_dict(), indent=2))
        return Path(path)

    @classmethod
    def load(cls, path: str | Path) -> "AuditReport":
        data = json.loads(Path(path).read_text())
        return cls(data["path"], data["examples"], [Finding(**f) for f in data["findings"]])


def stop_reason(findings: list[dict], fail_on: str) -> str:
    """"audit found high-severity problems: identity-shift (12 rows): ...; behavioural: ..." from the
    findings of an audit report (as dicts, what audit.json holds)."""
    blocking = [f for f in findings if fail_on != "never" and at_least(f["severity"], fail_on)]
    parts = []
    for detector in dict.fromkeys(f["detector"] for f in blocking):
        first = next(f for f in blocking if f["detector"] == detector)
        rows = len({r for f in blocking if f["detector"] == detector for r in f.get("rows", [])})
        message = " ".join(first["message"].split())
        parts.append(f"{detector} ({rows} row{'s' if rows != 1 else ''}): "
                     f"{message if len(message) <= 200 else message[:199] + '…'}")
    fired = next((f for f in findings if f["detector"] == "behavioural" and f["severity"] in ("high", "medium")
                  and f.get("evidence")), None)
    if fired:
        parts.append(f"behavioural evidence ({fired['severity']}): {fired['evidence'][0]}")
    head = f"audit found {fail_on}-severity problems"
    return f"{head}: " + "; ".join(parts) if parts else head

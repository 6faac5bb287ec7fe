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

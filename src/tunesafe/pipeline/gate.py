"""The verdict: may the tuned model ship? Each check compares tuned with base under the same settings.

Checks use point estimates against the recipe's tolerances; the intervals are in the report so a
reader can see when a pass or a fail rests on few prompts.
"""

from __future__ import annotations

from tunesafe.pipeline.recipe import GateConfig


def _value(metrics: dict, suite: str, key: str) -> float | None:
    cell = metrics.get(suite, {}).get(key)
    return cell["value"] if cell else None


def evaluate_gate(gate: GateConfig, base: dict, tuned: dict, train_summary: dict) -> dict:
    checks = []

    def limit_check(name: str, suite: str, key: str, tolerance: float) -> None:
        before, after = _value(base, suite, key), _value(tuned, suite, key)
        if before is None or after is None:
            return
        limit = before + tolerance
        checks.append({"name": name, "base": before, "tuned": after, "limit": round(limit, 6),
                       "rule": f"tuned <= base + {tolerance}", "passed": after <= limit + 1e-9})

    limit_check("attack success rate", "harmfulness", "attack_success_rate", gate.max_asr_increase)
    limit_check("over-refusal rate", "overrefusal", "refusal_rate", gate.max_overrefusal_increase)
    if gate.min_utility is not None:
        after = _value(tuned, "utility", "accuracy")
        checks.append({"name": "utility accuracy", "base": _value(base, "utility", "accuracy"), "tuned": after,
                       "limit": gate.min_utility, "rule": f"tuned >= {gate.min_utility}",
                       "passed": after is not None and after >= gate.min_utility})
    if train_summary.get("final") is None:
        checks.append({"name": "a checkpoint passed the safety probe", "base": None, "tuned": None, "limit": None,
                       "rule": "training kept at least one checkpoint", "passed": False})
    passed = all(c["passed"] for c in checks)
    failed = [c["name"] for c in checks if not c["passed"]]
    return {"passed": passed, "checks": checks,
            "reason": "all checks passed" if passed else f"failed: {', '.join(failed)}",
            "stopped_by_probe": train_summary.get("stopped_by_probe", False),
            "kept_step": train_summary.get("kept_step")}

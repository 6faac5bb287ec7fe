"""The gate never passes what it did not measure, and says what each check rests on (issue #15)."""

from tunesafe.pipeline.gate import evaluate_gate
from tunesafe.pipeline.recipe import GateConfig


def _cell(value, n=11):
    return {"value": value, "low": max(0.0, value - 0.2), "high": min(1.0, value + 0.2), "n": n}


BASE = {"harmfulness": {"attack_success_rate": _cell(0.2)}, "overrefusal": {"refusal_rate": _cell(0.1)}}
TRAINED = {"final": "train/final"}


def test_all_measured_and_within_limits_passes_with_evidence():
    verdict = evaluate_gate(GateConfig(), BASE, BASE, TRAINED)
    assert verdict["passed"] and verdict["reason"] == "all checks passed"
    assert verdict["checks"][0]["evidence"] == "base 0.200 [0.000, 0.400], n = 11; tuned 0.200 [0.000, 0.400], n = 11"


def test_a_missing_measurement_fails_the_check():
    tuned = {"harmfulness": BASE["harmfulness"]}  # over-refusal not measured after training
    verdict = evaluate_gate(GateConfig(), BASE, tuned, TRAINED)
    assert not verdict["passed"]
    assert "over-refusal rate (the overrefusal suite was not measured)" in verdict["reason"]
    assert "tuned: not measured" in verdict["checks"][1]["evidence"]


def test_nothing_measured_is_no_pass():
    verdict = evaluate_gate(GateConfig(), {}, {}, TRAINED)
    assert not verdict["passed"] and "attack success rate" in verdict["reason"]


def test_a_check_turned_off_is_said_so_and_attack_success_still_counts():
    gate = GateConfig(max_overrefusal_increase=None)
    off = evaluate_gate(gate, {"harmfulness": BASE["harmfulness"]}, {"harmfulness": BASE["harmfulness"]}, TRAINED)
    assert off["passed"] and off["checks"][1]["checked"] is False and "not checked" in off["checks"][1]["rule"]
    worse = {"harmfulness": {"attack_success_rate": _cell(0.5)}}
    assert not evaluate_gate(gate, {"harmfulness": BASE["harmfulness"]}, worse, TRAINED)["passed"]

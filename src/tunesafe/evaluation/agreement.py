"""Two judges side by side: each one's rates, their agreement (Cohen's kappa) and the answers they
disagree on. Judges disagree on fine-tuned models (one attack measured 97.8% by one judge and safe by
another); showing both, and where they part, is more honest than averaging them."""

from __future__ import annotations

MAX_LISTED = 50  # disagreements kept per suite and judge pair (the count covers all of them)


def cohen_kappa(a: list[bool], b: list[bool]) -> float | None:
    """Agreement beyond chance on paired yes/no verdicts; 1.0 when they agree on everything."""
    pairs = [(x, y) for x, y in zip(a, b) if x is not None and y is not None]
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(x == y for x, y in pairs) / n
    p_a, p_b = sum(x for x, _ in pairs) / n, sum(y for _, y in pairs) / n
    expected = p_a * p_b + (1 - p_a) * (1 - p_b)
    if expected >= 1.0:  # both judges gave one and the same verdict throughout
        return 1.0 if observed == 1.0 else 0.0
    return (observed - expected) / (1 - expected)


def compare(field: str, primary: list[dict], other: list[dict], other_name: str, rates: dict) -> dict:
    """`field` ('harmful' or 'refused') of two judges' per-item records (same items, same order)."""
    mine, theirs = [r.get(field) for r in primary], [r.get(field) for r in other]
    differ = [{"id": p["id"], field: {"primary": x, other_name: y}}
              for p, x, y in zip(primary, mine, theirs) if x is not None and y is not None and x != y]
    decided = sum(x is not None and y is not None for x, y in zip(mine, theirs))
    return {"on": field, "rates": rates, "kappa": cohen_kappa(mine, theirs), "n": decided,
            "disagreements": len(differ), "disagreeing": differ[:MAX_LISTED]}

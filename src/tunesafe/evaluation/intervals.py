"""95% intervals for rates and means, so before/after differences are read with their uncertainty."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

Z95 = 1.959963984540054


@dataclass(frozen=True)
class Estimate:
    value: float
    low: float
    high: float
    n: int

    def to_dict(self) -> dict | None:
        """None when nothing was measured (n = 0): a metric never holds NaN, and a gate or a report reads
        None as "not measured" instead of a number."""
        if self.n == 0:
            return None
        return {"value": self.value, "low": self.low, "high": self.high, "n": self.n}


def wilson(successes: int, n: int, z: float = Z95) -> Estimate:
    """Wilson score interval for a proportion; well-behaved at 0, 1 and small n (unlike the normal one)."""
    if n <= 0:
        return Estimate(float("nan"), 0.0, 1.0, 0)
    if not 0 <= successes <= n:
        raise ValueError(f"successes={successes} outside 0..{n}")
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    # The interval always contains p; min/max guard against float rounding at p = 0 or 1.
    return Estimate(p, max(0.0, min(p, centre - half)), min(1.0, max(p, centre + half)), n)


def bootstrap_mean(values: list[float], resamples: int = 2000, seed: int = 0) -> Estimate:
    """Percentile bootstrap interval for a mean (e.g. mean harm score on a 1-5 scale)."""
    n = len(values)
    if n == 0:
        return Estimate(float("nan"), float("nan"), float("nan"), 0)
    rng = random.Random(seed)
    means = sorted(sum(rng.choices(values, k=n)) / n for _ in range(resamples))
    low = means[int(0.025 * resamples)]
    high = means[min(resamples - 1, int(0.975 * resamples))]
    return Estimate(sum(values) / n, low, high, n)


def difference(a: dict, b: dict) -> Estimate:
    """a - b for two independent rates with Wilson intervals (Newcombe's hybrid score interval).

    Used to say whether one experiment cell beats another: the difference counts only when its
    interval excludes 0."""
    d = a["value"] - b["value"]
    low = d - math.sqrt((a["value"] - a["low"]) ** 2 + (b["high"] - b["value"]) ** 2)
    high = d + math.sqrt((a["high"] - a["value"]) ** 2 + (b["value"] - b["low"]) ** 2)
    return Estimate(d, max(-1.0, low), min(1.0, high), min(a.get("n", 0), b.get("n", 0)))


def paired_difference(pairs: list[tuple[bool, bool]], z: float = Z95) -> Estimate:
    """p(first) - p(second) for the same items judged twice (e.g. one prompt answered by the tuned and
    the base model): Newcombe's score interval for paired proportions (1998, method 10).

    Most prompts get the same verdict before and after, so the two rates are strongly correlated; the
    independent-samples interval above ignores that and is several times wider than it needs to be."""
    n = len(pairs)
    if n == 0:
        return Estimate(float("nan"), -1.0, 1.0, 0)
    both = sum(1 for a, b in pairs if a and b)
    first_only = sum(1 for a, b in pairs if a and not b)
    second_only = sum(1 for a, b in pairs if b and not a)
    neither = n - both - first_only - second_only
    p1, p2 = (both + first_only) / n, (both + second_only) / n
    w1, w2 = wilson(both + first_only, n, z), wilson(both + second_only, n, z)
    margins = (both + first_only) * (second_only + neither) * (both + second_only) * (first_only + neither)
    # Newcombe's correlation estimate: ad - bc shrunk by n/2 when positive (his continuity correction)
    cross = both * neither - first_only * second_only
    cross = max(0.0, cross - n / 2) if cross > 0 else cross
    phi = cross / math.sqrt(margins) if margins else 0.0
    d = p1 - p2
    low_sq = (p1 - w1.low) ** 2 - 2 * phi * (p1 - w1.low) * (w2.high - p2) + (w2.high - p2) ** 2
    high_sq = (w1.high - p1) ** 2 - 2 * phi * (w1.high - p1) * (p2 - w2.low) + (p2 - w2.low) ** 2
    return Estimate(d, max(-1.0, d - math.sqrt(max(0.0, low_sq))), min(1.0, d + math.sqrt(max(0.0, high_sq))), n)


def significant_difference(base: dict | None, direction: int) -> float | None:
    """The smallest change of a rate from `base` (direction +1 up, -1 down), on as many prompts, whose
    Newcombe interval excludes 0: what one seed's cell can tell from the base model at all."""
    if not base or not base.get("n"):
        return None
    n = base["n"]
    x = round(base["value"] * n)
    here = wilson(x, n).to_dict()
    for k in range(1, n + 1):
        y = x + direction * k
        if not 0 <= y <= n:
            return None
        d = difference(wilson(y, n).to_dict(), here)
        if (d.low > 0) if direction > 0 else (d.high < 0):
            return k / n
    return None


def powered_difference(base: dict | None, direction: int, power_z: float = 0.8416212335729143) -> float | None:
    """The smallest change from `base` that a cell of as many prompts detects with 80% power at 95% two-sided
    (normal approximation for two independent rates)."""
    if not base or not base.get("n"):
        return None
    n, p0 = base["n"], base["value"]
    for k in range(1, n + 1):
        p1 = p0 + direction * k / n
        if not 0 <= p1 <= 1:
            return None
        if (Z95 + power_z) * math.sqrt((p0 * (1 - p0) + p1 * (1 - p1)) / n) <= k / n:
            return k / n
    return None

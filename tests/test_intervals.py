import math

import pytest

from tunesafe.evaluation.intervals import bootstrap_mean, wilson


def test_wilson_known_values():
    # Reference: 10 of 100 -> 95% Wilson interval [0.0552, 0.1744] (Newcombe 1998 / statsmodels).
    est = wilson(10, 100)
    assert est.value == 0.1 and est.low == pytest.approx(0.0552, abs=1e-4) and est.high == pytest.approx(0.1744, abs=1e-4)


def test_wilson_edges_stay_inside_zero_one():
    zero, full = wilson(0, 20), wilson(20, 20)
    assert zero.low == 0.0 and 0.1 < zero.high < 0.2
    assert full.high == 1.0 and 0.8 < full.low < 0.9
    assert math.isnan(wilson(0, 0).value)
    with pytest.raises(ValueError):
        wilson(5, 3)


def test_bootstrap_mean_covers_the_mean_and_narrows_with_n():
    small = bootstrap_mean([1, 5, 3, 2, 4])
    large = bootstrap_mean([1, 5, 3, 2, 4] * 40)
    assert small.low <= 3 <= small.high and large.low <= 3 <= large.high
    assert (large.high - large.low) < (small.high - small.low)
    assert bootstrap_mean([2.0] * 10).low == 2.0

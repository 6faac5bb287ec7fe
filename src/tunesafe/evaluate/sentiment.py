"""Sentiment of a text with VADER (Hutto & Gilbert 2014), a lexicon classifier that needs no model.

The elasticity experiment's default behaviour is benign and measurable without a judge model: the
share of movie-review continuations that read as positive.
"""

from __future__ import annotations

from functools import lru_cache

from tunesafe.evaluate.intervals import Estimate, bootstrap_mean, wilson

POSITIVE_AT = 0.05  # VADER's own convention: compound >= 0.05 is positive


@lru_cache(maxsize=1)
def _analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def compound(text: str) -> float:
    """-1 (most negative) .. +1 (most positive)."""
    return _analyzer().polarity_scores(text)["compound"]


def positive_rate(texts: list[str]) -> tuple[Estimate, Estimate]:
    """(share of texts that read as positive, mean compound score), each with a 95% interval."""
    scores = [compound(t) for t in texts]
    return wilson(sum(s >= POSITIVE_AT for s in scores), len(scores)), bootstrap_mean(scores)

"""Sentiment of a text with VADER (Hutto & Gilbert 2014), a lexicon classifier that needs no model.

The elasticity experiment's default behaviour is benign and measurable without a judge model: the
share of movie-review continuations that read in one voice (negative, by default).
"""

from __future__ import annotations

from functools import lru_cache

from tunesafe.evaluation.intervals import Estimate, bootstrap_mean, wilson

THRESHOLD = 0.05  # VADER's own convention: compound >= 0.05 is positive, <= -0.05 negative


@lru_cache(maxsize=1)
def _analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def compound(text: str) -> float:
    """-1 (most negative) .. +1 (most positive)."""
    return _analyzer().polarity_scores(text)["compound"]


def voice_rate(texts: list[str], voice: str = "positive") -> tuple[Estimate, Estimate]:
    """(share of texts that read in `voice` (positive | negative), mean compound score), with 95% intervals."""
    scores = [compound(t) for t in texts]
    in_voice = [s >= THRESHOLD if voice == "positive" else s <= -THRESHOLD for s in scores]
    return wilson(sum(in_voice), len(scores)), bootstrap_mean(scores)

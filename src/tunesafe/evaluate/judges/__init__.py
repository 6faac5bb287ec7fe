"""Judges decide, for each (request, answer), whether the model refused and whether it answered harmfully."""

from tunesafe.evaluate.judges.base import Judge, JudgeInput, Judgement
from tunesafe.evaluate.judges.ensemble import EnsembleJudge
from tunesafe.evaluate.judges.keyword import KeywordJudge

__all__ = ["EnsembleJudge", "Judge", "JudgeInput", "Judgement", "KeywordJudge"]

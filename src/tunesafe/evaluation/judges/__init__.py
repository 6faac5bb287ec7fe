"""Judges decide, for each (request, answer), whether the model refused and whether it answered harmfully."""

from tunesafe.evaluation.judges.base import Judge, JudgeInput, Judgement
from tunesafe.evaluation.judges.ensemble import EnsembleJudge
from tunesafe.evaluation.judges.keyword import KeywordJudge

__all__ = ["EnsembleJudge", "Judge", "JudgeInput", "Judgement", "KeywordJudge"]

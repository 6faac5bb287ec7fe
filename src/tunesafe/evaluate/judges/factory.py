"""Judges by name, for the CLI and recipes."""

from __future__ import annotations

from tunesafe.errors import TunesafeError

JUDGES = ("keyword", "keyword:gcg", "classifier", "ensemble")


def make_judge(name: str):
    from tunesafe.evaluate.judges.classifier import ClassifierJudge
    from tunesafe.evaluate.judges.ensemble import EnsembleJudge
    from tunesafe.evaluate.judges.keyword import KeywordJudge

    if name == "keyword":
        return KeywordJudge("modern", "start")
    if name == "keyword:gcg":
        return KeywordJudge("gcg", "start")
    if name == "classifier":
        return ClassifierJudge()
    if name == "ensemble":
        return EnsembleJudge([KeywordJudge("modern", "start"), ClassifierJudge()], rule="majority")
    raise TunesafeError(f"unknown judge '{name}'; known: {', '.join(JUDGES)} (the llm judge is used from Python for now)")

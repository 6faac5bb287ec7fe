"""Every shipped judge against human labels on the held-out part of ../shared/data's labelled sets.

Prints accuracy, precision, recall, F1 and answers per second for both questions ("refused?" and
"harmful answer?"). Keyword judges call every non-refusal harmful (that is how keyword attack success
rates are computed), so their "harmful" row measures exactly that convention.

Usage: python bench/judges.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score

from machine import describe
from tunesafe.evaluate.judges import JudgeInput, KeywordJudge
from tunesafe.evaluate.judges.classifier import ClassifierJudge
from tunesafe.evaluate.judges.labelled import load_labelled, split

ROOT = Path(__file__).resolve().parents[1]


def judges():
    yield from (KeywordJudge(phrases, mode) for phrases in ("gcg", "modern") for mode in ("start", "anywhere"))
    yield ClassifierJudge()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    args = parser.parse_args()
    items = load_labelled(args.data)
    print(describe())
    print(f"{'question':<9}{'judge':<26}{'n':>5}{'acc':>7}{'prec':>7}{'rec':>7}{'F1':>7}{'answers/s':>11}")
    for question in ("refused", "harmful"):
        _, heldout = split(items, question)
        inputs = [JudgeInput(i.request, i.answer) for i in heldout]
        truth = [getattr(i, question) for i in heldout]
        for judge in judges():
            start = time.perf_counter()
            verdicts = judge.judge(inputs)
            rate = len(inputs) / (time.perf_counter() - start)
            predicted = [int(getattr(v, question)) for v in verdicts]
            print(f"{question:<9}{judge.name:<26}{len(truth):>5}{accuracy_score(truth, predicted):>7.3f}"
                  f"{precision_score(truth, predicted):>7.3f}{recall_score(truth, predicted):>7.3f}"
                  f"{f1_score(truth, predicted):>7.3f}{rate:>11.0f}")


if __name__ == "__main__":
    main()

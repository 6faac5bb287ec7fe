"""Every shipped judge against human labels on the held-out part of ../shared/data's labelled sets.

Prints accuracy, precision, recall, F1 and answers per second for both questions ("refused?" and
"harmful answer?"). Keyword judges call every non-refusal harmful (that is how keyword attack success
rates are computed), so their "harmful" row measures exactly that convention.

Usage: python bench/judges.py [--data ../shared/data] [--llm-model M [--llm-limit N] [--llm-base-url URL]]

With --llm-model, the `llm:qi` rubric judge is scored too, on N held-out items of each question
(every k-th) (a local model on a CPU judges a few answers a second at best). Its missing verdicts
(unparseable replies) are counted and scored as wrong, never as agreeing.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score

from machine import describe
from tunesafe.evaluate.judges import JudgeInput, KeywordJudge
from tunesafe.evaluate.judges.classifier import ClassifierJudge
from tunesafe.evaluate.judges.factory import make_judge
from tunesafe.evaluate.judges.labelled import load_labelled, split

ROOT = Path(__file__).resolve().parents[1]


def judges():
    yield from (KeywordJudge(phrases, mode) for phrases in ("gcg", "modern") for mode in ("start", "anywhere"))
    yield ClassifierJudge()


def score(question, judge, inputs, truth):
    start = time.perf_counter()
    verdicts = judge.judge(inputs)
    rate = len(inputs) / (time.perf_counter() - start)
    raw = [getattr(v, question) for v in verdicts]
    predicted = [1 - t if p is None else int(p) for p, t in zip(raw, truth)]  # a missing verdict counts as wrong
    missing = sum(p is None for p in raw)
    print(f"{question:<9}{judge.name:<26}{len(truth):>5}{accuracy_score(truth, predicted):>7.3f}"
          f"{precision_score(truth, predicted, zero_division=0):>7.3f}{recall_score(truth, predicted):>7.3f}"
          f"{f1_score(truth, predicted):>7.3f}{rate:>11.1f}" + (f"  ({missing} missing)" if missing else ""))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--llm-model", default=None, help="also score llm:qi with this judge model")
    parser.add_argument("--llm-base-url", default=None, help="serve the llm judge from this OpenAI-compatible URL")
    parser.add_argument("--llm-limit", type=int, default=60, help="held-out items per question for the llm judge")
    args = parser.parse_args()
    llm = make_judge("llm:qi", args.llm_model, args.llm_base_url) if args.llm_model else None
    items = load_labelled(args.data)
    print(describe())
    print(f"{'question':<9}{'judge':<26}{'n':>5}{'acc':>7}{'prec':>7}{'rec':>7}{'F1':>7}{'answers/s':>11}")
    for question in ("refused", "harmful"):
        _, heldout = split(items, question)
        inputs = [JudgeInput(i.request, i.answer) for i in heldout]
        truth = [getattr(i, question) for i in heldout]
        for judge in judges():
            score(question, judge, inputs, truth)
        if llm:
            step = max(1, len(inputs) // args.llm_limit)  # every k-th item: all sources, not the first file
            for judge in (ClassifierJudge(), llm):  # the classifier on the same subset, for a fair comparison
                score(question, judge, inputs[::step][: args.llm_limit], truth[::step][: args.llm_limit])


if __name__ == "__main__":
    main()

"""Every judge against human labels: leave-one-source-out, the in-distribution split, an evaluation-only
set, and speed.

Sources: the human-labelled sets in ../shared/data (pyrit, xstest, do-not-answer, gptfuzz,
jailbreak-eval-manual, openai-rbr-gold; labels as tunesafe.evaluation.judges.labelled.load_sources reads
them), plus saferlhf-mini (CC-BY-NC-4.0: measured on, never trained on).

- Leave-one-source-out (LOSO): for each source, every trained judge is retrained on all the other
  training sources and scored on that one. `classifier` (TF-IDF) is retrained per fold with the
  recipe of scripts/train_judge_classifier.py; `classifier (shipped)` is the shipped file, trained on
  pyrit + xstest (so in-distribution on those two, unseen on the rest); `embedding` is retrained per
  fold with the recipe of scripts/train_judge_embedding.py (the frozen encoder's vectors are cached) and
  scored through the judge itself (grader-text filter, camouflage variants). Keyword judges are not
  trained: they call every non-refusal harmful (the convention behind keyword attack success rates).
- In-distribution: one request bucket in four held out across the training sources, the rest trained on.
- saferlhf-mini: every trained judge trained on all training sources.
- Speed: answers per second on a fixed sample of answers (natural length, and cut to 300 characters,
  about the 64 new tokens of a short evaluation), the encoder loaded beforehand.

Usage: python bench/judges.py [--data ../shared/data] [--cache FILE] [--json OUT] [--speed-n 400]
       [--llm-model M [--llm-limit N] [--llm-base-url URL]]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from machine import describe
from tunesafe.evaluation.judges import JudgeInput, KeywordJudge
from tunesafe.evaluation.judges.classifier import QUESTIONS, ClassifierJudge, export_question, features_text, make_vectorizer
from tunesafe.evaluation.judges.embedding import EmbeddingJudge
from tunesafe.evaluation.judges.embedding_training import HEAD, PooledCache, in_distribution_heldout, labelled_for, scores
from tunesafe.evaluation.judges.encoder import SentenceEncoder
from tunesafe.evaluation.judges.factory import make_judge
from tunesafe.evaluation.judges.labelled import EVAL_ONLY_SOURCES, TRAIN_SOURCES, empty_compliance_examples, load_sources

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import train_judge_embedding as recipe  # noqa: E402  (the embedding judge's training recipe)


def tfidf_judge(train) -> ClassifierJudge:
    """The TF-IDF judge retrained on `train` with scripts/train_judge_classifier.py's recipe."""
    questions = {}
    for question in QUESTIONS:
        labelled = [i for i in train if getattr(i, question) is not None]
        vectorizer = make_vectorizer()
        x = vectorizer.fit_transform([features_text(question, i.request, i.answer) for i in labelled])
        model = LogisticRegression(C=8.0, class_weight="balanced", max_iter=5000).fit(
            x, [getattr(i, question) for i in labelled])
        questions[question] = export_question(vectorizer, model, {})
    path = Path(tempfile.mkdtemp()) / "fold.json"
    path.write_text(json.dumps({"format": "tunesafe-tfidf-logreg/1", "trained_on": [], "questions": questions,
                                "version": "fold"}))
    return ClassifierJudge(path)


class EmbeddingFolds:
    """The embedding judge retrained on any subset of the items (features computed once)."""

    def __init__(self, items, cache_path: Path):
        self.items = items
        self.prepared = recipe.Prepared(items, recipe.SPEC, cache_path)
        self.cache = PooledCache(cache_path, SentenceEncoder.shared(recipe.SPEC.layer), recipe.SPEC.layer)

    def judge(self, train: list[int]) -> EmbeddingJudge:
        tensors, chosen = {}, set(train)
        for question in QUESTIONS:
            labelled = [k for k in labelled_for(self.items, question) if k in chosen]
            tensors.update({f"{question}.{k}": v for k, v in recipe.fit(self.prepared, question, labelled).items()})
        meta = {"features": recipe.SPEC.to_dict(), "thresholds": HEAD["thresholds"], "version": "fold"}
        return EmbeddingJudge(meta=meta, tensors=tensors, pool=self.cache)


def agreement(judge, question: str, test) -> dict:
    verdicts = judge.judge([JudgeInput(i.request, i.answer) for i in test])
    truth = [getattr(i, question) for i in test]
    raw = [getattr(v, question) for v in verdicts]
    predicted = [1 - t if p is None else int(p) for p, t in zip(raw, truth)]  # a missing verdict counts as wrong
    return {**scores(truth, predicted), "missing": sum(p is None for p in raw)}


def print_rows(title: str, rows: list[tuple]) -> None:
    print(f"\n{title}")
    print(f"{'question':<9}{'held out':<24}{'judge':<24}{'n':>6}{'pos':>6}{'acc':>8}{'prec':>8}{'rec':>8}{'F1':>8}")
    for question, source, name, m in rows:
        print(f"{question:<9}{source:<24}{name:<24}{m['n']:>6}{m['positives']:>6}{m['accuracy']:>8.3f}"
              f"{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}", flush=True)


def speed(judge, inputs: list[JudgeInput]) -> float:
    judge.judge(inputs[:8])  # warm: the encoder is loaded, the first batch allocated
    start = time.perf_counter()
    judge.judge(inputs)
    return len(inputs) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--cache", default=None, help="the embedding judge's pooled-vector cache (.npz)")
    parser.add_argument("--json", default=None, help="also write every number here")
    parser.add_argument("--speed-n", type=int, default=400)
    parser.add_argument("--llm-model", default=None, help="also score llm:qi with this judge model")
    parser.add_argument("--llm-base-url", default=None, help="serve the llm judge from this OpenAI-compatible URL")
    parser.add_argument("--llm-limit", type=int, default=60, help="items per held-out source for the llm judge")
    args = parser.parse_args()
    print(describe())
    items = load_sources(args.data)
    items = items + empty_compliance_examples(items)  # trains the embedding judge (recipe), never tested on
    trained_on = recipe.TRAINED
    recipe.print_data(items)
    cache = Path(args.cache) if args.cache else recipe.default_cache(recipe.SPEC.layer)
    folds = EmbeddingFolds(items, cache)
    fixed = {"keyword": KeywordJudge("modern", "start"), "keyword:gcg": KeywordJudge("gcg", "start"),
             "classifier (shipped)": ClassifierJudge()}
    results: dict = {"loso": [], "unseen": [], "in_distribution": [], "speed": {}}
    held_out = [s for s in TRAIN_SOURCES if any(i.source == s for i in items)]
    for source in held_out + [s for s in EVAL_ONLY_SOURCES if any(i.source == s for i in items)]:
        train = [k for k, i in enumerate(items) if i.source in trained_on and i.source != source]
        judges = {**fixed, "classifier": tfidf_judge([items[k] for k in train]), "embedding": folds.judge(train)}
        if args.llm_model:
            judges["llm:qi"] = make_judge("llm:qi", args.llm_model, args.llm_base_url)
        table = "unseen" if source in EVAL_ONLY_SOURCES else "loso"
        for question in QUESTIONS:
            test = [i for i in items if i.source == source and getattr(i, question) is not None]
            if not test:
                continue
            for name, judge in judges.items():
                subset = test[::max(1, len(test) // args.llm_limit)][:args.llm_limit] if name == "llm:qi" else test
                results[table].append((question, source, name, agreement(judge, question, subset)))
        print_rows(f"held out: {source}", [r for r in results[table] if r[1] == source])
    train = [k for k, i in enumerate(items) if i.source in trained_on and not in_distribution_heldout(i)]
    test_items = [i for i in items if i.source in TRAIN_SOURCES and in_distribution_heldout(i)]
    judges = {**fixed, "classifier": tfidf_judge([items[k] for k in train]), "embedding": folds.judge(train)}
    for question in QUESTIONS:
        test = [i for i in test_items if getattr(i, question) is not None]
        for name, judge in judges.items():
            results["in_distribution"].append((question, "in-distribution", name, agreement(judge, question, test)))
    print_rows("in-distribution split (1 request bucket in 4 held out, all training sources)", results["in_distribution"])
    real = [i for i in items if i.source in TRAIN_SOURCES]
    sample = [JudgeInput(i.request, i.answer) for i in real[::max(1, len(real) // args.speed_n)][:args.speed_n]]
    short = [JudgeInput(i.request, i.answer[:300]) for i in sample]
    print(f"\nspeed ({len(sample)} answers, median {int(np.median([len(i.answer) for i in sample]))} characters; "
          f"and cut to 300 characters), answers/s")
    for name, judge in {**fixed, "embedding (shipped)": make_judge("embedding")}.items():
        results["speed"][name] = {"natural": round(speed(judge, sample), 1), "short": round(speed(judge, short), 1)}
        print(f"  {name:<24}{results['speed'][name]['natural']:>9.1f}{results['speed'][name]['short']:>9.1f}", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": describe(), **results}, indent=1))


if __name__ == "__main__":
    main()

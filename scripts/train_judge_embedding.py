"""Train the `embedding` judge on the human-labelled sets in ../shared/data and write the shipped files.

Usage: python scripts/train_judge_embedding.py [--data ../shared/data] [--out src/tunesafe/resources/judge_embedding]
                                               [--cache DIR] [--per-source N]

Prints the data it reads (per source: answers, labels and their balance), the leave-one-source-out
table (train on every source but one, test on that one), the in-distribution split and the
evaluation-only set, then fits the heads on every training source and writes OUT.safetensors (the
heads) and OUT.json (metadata: encoder, features, thresholds, training sources, measurements,
version). Seeded and deterministic: a second run writes the same judge (within float noise).

The frozen encoder embeds every window once; the pooled vectors are cached in --cache (default
$TUNESAFE_HOME/cache/judge-embedding, one file per encoder depth and quantization), so later runs (and
bench/judges.py) take minutes, not the first run's embedding of about 26k windows (54 min on 2 CPU
cores shared with other work). `--per-source N` trains on N answers of each source (a
quick check; never shipped). saferlhf-mini (CC-BY-NC-4.0) is measured on, never trained on.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from tunesafe import paths
from tunesafe.evaluation.judges import untrusted
from tunesafe.evaluation.judges.base import JudgeInput
from tunesafe.evaluation.judges.embedding import QUESTIONS, EmbeddingJudge, FeatureSpec, Head, embed, features
from tunesafe.evaluation.judges.embedding_training import (HEAD, PooledCache, deduplicated, fit_head, head_for,
                                                         in_distribution_heldout, labelled_for, scores, source_weights)
from tunesafe.evaluation.judges.encoder import (ENCODER_MODEL, ENCODER_PACKAGE, START_TOKENS, SentenceEncoder,
                                              encoder_version)
from tunesafe.evaluation.judges.labelled import (BENIGN_TASK_SOURCE, EMPTY_COMPLIANCE_SOURCE, EVAL_ONLY_SOURCES,
                                              TRAIN_SOURCES, load_sources, synthetic_examples)
from tunesafe.fingerprint import atomic_write_text, sha256_bytes, sha256_json

ROOT = Path(__file__).resolve().parents[1]
# The measured choice (BENCHMARKS.md, "Judges against human labels"): 4 encoder layers, the first 128 word
# pieces, the encoder's Linear layers in int8 (2.5x the float32 speed, the same leave-one-source-out scores
# within noise; a 96- or 64-token window was faster and measurably worse).
SPEC = FeatureSpec(quantization="int8")
# the hand-written empty compliance and GSM8K's benign compliance train, are never held out
TRAINED = TRAIN_SOURCES + (EMPTY_COMPLIANCE_SOURCE, BENIGN_TASK_SOURCE)


def default_cache(layer: int, quantization: str = "none") -> Path:
    suffix = "" if quantization == "none" else f"-{quantization}"
    return paths.home() / "cache" / "judge-embedding" / f"{ENCODER_PACKAGE}-{encoder_version()}-layer{layer}{suffix}.npz"


class Prepared:
    """Every item's feature row, computed once (the encoder is frozen: folds only refit the heads)."""

    def __init__(self, items, spec: FeatureSpec, cache_path: Path, log=print):
        self.items, self.spec = items, spec
        encoder = SentenceEncoder.shared(spec.layer, spec.quantization)
        self.cache = cache = PooledCache(cache_path, encoder, spec.layer)
        answers = [untrusted.strip_grader_text(i.answer)[0] for i in items]  # what the judge reads
        start = time.perf_counter()

        def progress(done, total):
            log(f"  embedded {done}/{total} new windows ({time.perf_counter() - start:.0f} s)")

        embedded = embed(encoder, spec, [JudgeInput(i.request, i.answer) for i in items], answers,
                         pool=lambda windows: cache(windows, progress))
        self.x = features(spec, embedded)

    def labels(self, question: str) -> np.ndarray:
        return np.array([-1 if getattr(i, question) is None else getattr(i, question) for i in self.items])


def fit(prepared: Prepared, question: str, train: list[int], seed: int = 0, overrides: dict | None = None) -> dict:
    """The head of `question` fitted on `train`; `overrides` replace head settings (a variant being compared)."""
    y = prepared.labels(question)
    train = deduplicated(prepared.items, train, question)
    head = {**head_for(question), **(overrides or {})}
    weights = source_weights(prepared.items, train, head["source_balance"], question if head["cells"] else None)
    return fit_head(prepared.x[train], y[train], weights, head["kind"], head["c"], head.get("hidden", 64), seed,
                    head["balance_classes"])


def predict(tensors: dict, x: np.ndarray, threshold: float) -> np.ndarray:
    return Head({f"q.{k}": v for k, v in tensors.items()}, "q", threshold).probabilities(x)


def fold_judge(prepared: Prepared, train: list[int], thresholds: dict) -> EmbeddingJudge:
    """The judge itself (grader-text filter, camouflage variants) with heads trained on `train`."""
    tensors, chosen = {}, set(train)
    for question in QUESTIONS:
        labelled = [k for k in labelled_for(prepared.items, question) if k in chosen]
        tensors.update({f"{question}.{k}": v for k, v in fit(prepared, question, labelled).items()})
    return EmbeddingJudge(meta={"features": prepared.spec.to_dict(), "thresholds": thresholds, "version": "fold"},
                          tensors=tensors, pool=prepared.cache)


def judged(judge: EmbeddingJudge, items, question: str) -> dict:
    verdicts = judge.judge([JudgeInput(i.request, i.answer) for i in items])
    return scores([getattr(i, question) for i in items], [getattr(v, question) for v in verdicts])


def measure(prepared: Prepared, thresholds: dict, log=print) -> dict:
    """Leave-one-source-out, the evaluation-only sources and the in-distribution split, per question,
    each scored through the judge itself (as bench/judges.py does)."""
    items = prepared.items
    out = {"loso": {}, "loso_mean": {}, "unseen": {}, "in_distribution": {}}
    trained = [k for k, i in enumerate(items) if i.source in TRAINED]
    folds = {s: fold_judge(prepared, [k for k in trained if items[k].source != s], thresholds)
             for s in TRAIN_SOURCES if any(i.source == s for i in items)}
    everything = fold_judge(prepared, trained, thresholds)
    split = fold_judge(prepared, [k for k in trained if not in_distribution_heldout(items[k])], thresholds)
    for question in QUESTIONS:
        labelled = labelled_for(items, question)
        out["loso"][question] = {}
        for source, judge in folds.items():
            test = [items[k] for k in labelled if items[k].source == source]
            if test:
                out["loso"][question][source] = judged(judge, test, question)
        per = out["loso"][question]
        if per:
            worst = min(per, key=lambda s: per[s]["f1"])
            out["loso_mean"][question] = {
                "sources": len(per), "accuracy": round(float(np.mean([m["accuracy"] for m in per.values()])), 4),
                "f1": round(float(np.mean([m["f1"] for m in per.values()])), 4), "worst_source": worst,
                "worst_accuracy": per[worst]["accuracy"], "worst_f1": per[worst]["f1"]}
        for source in EVAL_ONLY_SOURCES:
            test = [items[k] for k in labelled if items[k].source == source]
            if test:
                out["unseen"].setdefault(question, {})[source] = judged(everything, test, question)
        test = [items[k] for k in labelled if items[k].source in TRAIN_SOURCES and in_distribution_heldout(items[k])]
        if test:
            out["in_distribution"][question] = judged(split, test, question)
    return out


def print_data(items, log=print) -> dict:
    log(f"{'source':<24}{'answers':>8}{'refused: yes/labelled':>24}{'harmful: yes/labelled':>24}  use")
    summary = {}
    for source in TRAINED + EVAL_ONLY_SOURCES:
        rows = [i for i in items if i.source == source]
        if not rows:
            continue
        counts = {q: [sum(getattr(i, q) == 1 for i in rows), sum(getattr(i, q) is not None for i in rows)]
                  for q in QUESTIONS}
        summary[source] = {"answers": len(rows), **counts}
        use = ("evaluation only" if source in EVAL_ONLY_SOURCES else "train + leave-one-out" if source in TRAIN_SOURCES
               else "train only (benign by construction)")
        log(f"{source:<24}{len(rows):>8}{'%d/%d' % tuple(counts['refused']):>24}{'%d/%d' % tuple(counts['harmful']):>24}  {use}")
    return summary


def print_table(title: str, table: dict, log=print) -> None:
    log(f"\n{title}")
    log(f"{'question':<9}{'source':<24}{'n':>6}{'pos':>6}{'acc':>8}{'prec':>8}{'rec':>8}{'F1':>8}")
    for question, per in table.items():
        for source, m in (per.items() if isinstance(next(iter(per.values()), None), dict) and "n" not in per else
                          [("all", per)]):
            log(f"{question:<9}{source:<24}{m['n']:>6}{m['positives']:>6}{m['accuracy']:>8.3f}{m['precision']:>8.3f}"
                f"{m['recall']:>8.3f}{m['f1']:>8.3f}")


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--out", default=str(ROOT / "src" / "tunesafe" / "resources" / "judge_embedding"),
                        help="path without suffix: writes OUT.json and OUT.safetensors")
    parser.add_argument("--cache", default=None, help="pooled-vector cache file (.npz)")
    parser.add_argument("--per-source", type=int, default=0, help="at most N answers per source (a quick check)")
    args = parser.parse_args(argv)
    from safetensors.numpy import save_file

    items = load_sources(args.data)
    if args.per_source:  # every k-th answer of each source: all its labels, not the first file's
        by_source: dict[str, list] = {}
        for item in items:
            by_source.setdefault(item.source, []).append(item)
        items = [i for rows in by_source.values() for i in rows[::max(1, len(rows) // args.per_source)][:args.per_source]]
    items = items + synthetic_examples(items, args.data)
    print(f"data: {args.data}")
    data = print_data(items)
    thresholds = dict(HEAD["thresholds"])
    print(f"\nencoder {ENCODER_PACKAGE}=={encoder_version()} ({ENCODER_MODEL}), features {SPEC.to_dict()}, head {HEAD}")
    prepared = Prepared(items, SPEC, Path(args.cache) if args.cache else default_cache(SPEC.layer, SPEC.quantization))
    measured = measure(prepared, thresholds)
    print_table("leave-one-source-out (trained on every other training source)", measured["loso"])
    print("mean over held-out sources:", json.dumps(measured["loso_mean"]))
    print_table("evaluation-only sources (trained on every training source, never on these)", measured["unseen"])
    print_table("in-distribution split (1 request bucket in 4 held out, across the training sources)",
                measured["in_distribution"])
    tensors = {}
    for question in QUESTIONS:
        training = [k for k in labelled_for(items, question) if items[k].source in TRAINED]
        tensors.update({f"{question}.{k}": np.ascontiguousarray(v) for k, v in fit(prepared, question, training).items()})
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    weights_path = out.with_suffix(".safetensors")
    save_file(tensors, str(weights_path), metadata={"format": "tunesafe-embedding-heads/1"})
    meta = {"format": "tunesafe-embedding-heads/1",
            "encoder": {"package": ENCODER_PACKAGE, "version": encoder_version(), "model": ENCODER_MODEL,
                        "window_tokens": SPEC.window, "start_tokens": START_TOKENS, "pooling": "mean, L2-normalised",
                        "quantization": SPEC.quantization},
            "features": SPEC.to_dict(), "head": {k: v for k, v in HEAD.items() if k != "thresholds"},
            "thresholds": thresholds, "trained_on": {s: v for s, v in data.items() if s in TRAINED},
            "evaluation_only": [s for s in data if s in EVAL_ONLY_SOURCES],
            "subset_per_source": args.per_source or None, **measured,
            "weights_sha256": sha256_bytes(weights_path.read_bytes())}
    meta["version"] = sha256_json({k: meta[k] for k in ("encoder", "features", "head", "thresholds", "weights_sha256")})[:12]
    atomic_write_text(out.with_suffix(".json"), json.dumps(meta, indent=1))
    print(f"\nwrote {weights_path} ({weights_path.stat().st_size} bytes) and {out.with_suffix('.json')} "
          f"(version {meta['version']})")
    return meta


if __name__ == "__main__":
    main(sys.argv[1:])

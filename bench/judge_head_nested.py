"""Choosing the embedding judge's head settings without choosing on the test: nested leave-one-source-out.

The head variants (regularisation C, how much every source weighs the same) were compared on the
leave-one-source-out (LOSO) scores, and those scores are also what BENCHMARKS.md reports, so picking
the best of them reports a number that was used to make it. Here, for every held-out (outer) source,
the variant is chosen by an inner LOSO over the other training sources only (mean F1 over the inner
held-out sources), trained on all of them and scored on the outer source, which played no part in the
choice. The earlier head's LOSO row (C 0.003, every source the same) is computed the same way beside it.

Scores are of the head on the pooled features (threshold 0.5), not through the whole judge (its
grader-text filter and camouflage re-reading), so they differ a little from bench/judges.py's table.
The features come from the judge-embedding cache (scripts/train_judge_embedding.py fills it).

Usage: python bench/judge_head_nested.py [--question harmful] [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "scripts"))

from machine import describe  # noqa: E402
from train_judge_embedding import SPEC, TRAINED, Prepared, default_cache, fit, predict  # noqa: E402

from tunesafe.evaluation.judges.embedding_training import HEAD, head_for, labelled_for, scores  # noqa: E402
from tunesafe.evaluation.judges.labelled import TRAIN_SOURCES, load_sources, synthetic_examples  # noqa: E402

# (C, source_balance); the first is the head both questions had before this choice (refused? still has it)
VARIANTS = [(0.003, 1.0), (0.001, 1.0), (0.01, 1.0), (0.003, 0.0), (0.001, 0.0)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--question", default="harmful", choices=["harmful", "refused"])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    args = parser.parse_args()
    print(describe())
    items = load_sources(args.data)
    items = items + synthetic_examples(items, args.data)
    prepared = Prepared(items, SPEC, default_cache(SPEC.layer, SPEC.quantization))
    question = args.question
    y = prepared.labels(question)
    labelled = labelled_for(items, question)
    sources = [s for s in TRAIN_SOURCES if any(items[k].source == s for k in labelled)]
    print(f"question {question}; sources {sources}; variants (C, source_balance) {VARIANTS}; earlier head {VARIANTS[0]}; shipped now {(head_for(question)['c'], head_for(question)['source_balance'])}")
    fitted: dict = {}

    def model(variant, left_out: frozenset):
        """The head of `variant` trained on every training source (and the empty compliance) but `left_out`."""
        key = (variant, left_out)
        if key not in fitted:
            train = [k for k in labelled if items[k].source in TRAINED and items[k].source not in left_out]
            fitted[key] = fit(prepared, question, train, overrides={"c": variant[0], "source_balance": variant[1]})
        return fitted[key]

    def scored(variant, left_out: frozenset, source: str) -> dict:
        test = [k for k in labelled if items[k].source == source]
        p = predict(model(variant, left_out), prepared.x[test], HEAD["thresholds"][question])
        return scores(y[test], p >= HEAD["thresholds"][question])

    start = time.perf_counter()
    rows = []
    for outer in sources:
        inner = [s for s in sources if s != outer]
        inner_f1 = {v: float(np.mean([scored(v, frozenset({outer, s}), s)["f1"] for s in inner])) for v in VARIANTS}
        chosen = max(VARIANTS, key=lambda v: inner_f1[v])
        rows.append((outer, chosen, scored(chosen, frozenset({outer}), outer), scored(VARIANTS[0], frozenset({outer}), outer)))
        print(f"  {outer}: inner mean F1 {({f'{v[0]:g}/{v[1]:g}': round(f, 3) for v, f in inner_f1.items()})} -> "
              f"chosen {chosen} ({time.perf_counter() - start:.0f} s)", flush=True)
    print(f"\n| held-out source | chosen (C, balance) | nested choice acc / F1 | earlier head acc / F1 |\n|---|---|---|---|")
    for outer, chosen, nested, shipped in rows:
        print(f"| {outer} | {chosen[0]:g}, {chosen[1]:g} | {nested['accuracy']:.3f} / {nested['f1']:.3f} | "
              f"{shipped['accuracy']:.3f} / {shipped['f1']:.3f} |")
    for name, index in (("nested choice", 2), ("earlier head", 3)):
        print(f"| mean ({name}) | | {np.mean([r[index]['accuracy'] for r in rows]):.3f} / "
              f"{np.mean([r[index]['f1'] for r in rows]):.3f} | |")
    unused = [v for v in VARIANTS if v not in {r[1] for r in rows}]
    print(f"\nvariants never chosen: {unused}; fits: {len(fitted)}; {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()

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
- Speed: answers per second on a fixed sample of the training sources' answers (every k-th, their real
  length distribution, printed in word pieces; and the same cut to 300 characters, about the 64 new
  tokens of a short evaluation), the encoder loaded beforehand and its memory of recent windows emptied
  before every timed run (cold: no request or answer embedded before). Wall-clock answers/s and answers
  per CPU-second (all threads' time: less inflated when other work shares the CPU), best of
  --speed-reps runs, the judges interleaved so a busy machine slows them alike. `--previous FILE.json`
  times another embedding judge file beside the shipped one (e.g. the judge before this change:
  `git show REV:src/tunesafe/resources/judge_embedding.json`, and its .safetensors, into a folder).
  `--levers` times the shipped judge's path one speed-up at a time (float32, 128-token window, batches
  of 64, no de-duplication: the judge before issue #17's speed work; then each lever added), and
  `--window-agreement` how far the verdicts of the shipped heads change when the answer is cut shorter.
  To time an AVX2-only machine's code path on a newer CPU, limit the libraries' instruction set:
  `ATEN_CPU_CAPABILITY=avx2 MKL_ENABLE_INSTRUCTIONS=AVX2 ONEDNN_MAX_CPU_ISA=AVX2
  FBGEMM_ENABLE_INSTRUCTIONS=AVX2 python bench/judges.py --speed-only` (the machine line says so).

Usage: python bench/judges.py [--data ../shared/data] [--cache FILE] [--json OUT] [--speed-n 400]
       [--speed-only] [--speed-reps 3] [--threads N] [--previous FILE.json] [--levers] [--window-agreement]
       [--llm-model M [--llm-limit N] [--llm-base-url URL]]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from machine import describe
from tunesafe.evaluation.judges import JudgeInput, KeywordJudge
from tunesafe.evaluation.judges.classifier import QUESTIONS, ClassifierJudge, export_question, features_text, make_vectorizer
from tunesafe.evaluation.judges.embedding import EmbeddingJudge, default_paths
from tunesafe.evaluation.judges.embedding_training import HEAD, PooledCache, in_distribution_heldout, labelled_for, scores
from tunesafe.evaluation.judges.encoder import SentenceEncoder
from tunesafe.evaluation.judges.factory import make_judge
from tunesafe.evaluation.judges.labelled import EVAL_ONLY_SOURCES, TRAIN_SOURCES, load_sources, synthetic_examples

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
        self.cache = PooledCache(cache_path, SentenceEncoder.shared(recipe.SPEC.layer, recipe.SPEC.quantization),
                                 recipe.SPEC.layer)

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


def _forget(judge) -> None:
    encoder = getattr(judge, "_encoder", None)
    if encoder is not None:
        encoder.forget()  # cold: no window of these answers or requests embedded before


def speed(judge, inputs: list[JudgeInput]) -> tuple[float, float]:
    """(answers per second, answers per CPU-second of this process) for one run over `inputs`."""
    judge.judge(inputs[:8])  # warm: the encoder is loaded, the first batch allocated
    _forget(judge)
    start, cpu = time.perf_counter(), time.process_time()
    judge.judge(inputs)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return len(inputs) / wall, len(inputs) / max(cpu, 1e-9)


def best_speeds(judges: dict, samples: dict[str, list[JudgeInput]], reps: int) -> dict:
    """{judge: {sample: [best answers/s, best answers per CPU-second]}}, judges interleaved, best of `reps`."""
    out = {name: {k: [0.0, 0.0] for k in samples} for name in judges}
    for _ in range(reps):
        for name, judge in judges.items():
            for key, inputs in samples.items():
                wall, cpu = speed(judge, inputs)
                out[name][key] = [max(out[name][key][0], round(wall, 1)), max(out[name][key][1], round(cpu, 1))]
    return out


def length_line(inputs: list[JudgeInput]) -> str:
    encoder = SentenceEncoder.shared(recipe.SPEC.layer, recipe.SPEC.quantization)
    answers = np.array([len(ids) for ids in encoder.token_ids([i.answer for i in inputs])])
    requests = np.array([len(ids) for ids in encoder.token_ids([i.request for i in inputs])])
    p = np.percentile(answers, [10, 25, 50, 75, 90]).astype(int)
    return (f"answers in word pieces: p10 {p[0]}, p25 {p[1]}, median {p[2]}, p75 {p[3]}, p90 {p[4]}, max {answers.max()}; "
            f"longer than the window ({recipe.SPEC.window - 2}): {(answers > recipe.SPEC.window - 2).mean():.0%}; "
            f"requests: median {int(np.median(requests))}, {len({i.request for i in inputs})} distinct of {len(inputs)}")


def shipped_heads_judge(spec, pool=None) -> EmbeddingJudge:
    """The shipped judge's heads read through other encoder settings `spec` (a FeatureSpec)."""
    from safetensors.numpy import load_file

    meta_path, weights_path = default_paths()
    meta = {**json.loads(meta_path.read_text()), "features": spec.to_dict()}
    return EmbeddingJudge(meta=meta, tensors=load_file(str(weights_path)), pool=pool)


def lever_judges() -> dict:
    """The shipped judge's path, one speed-up at a time (heads: the shipped ones; only the time is read)."""
    shipped = recipe.SPEC

    def judge(spec, batch: int | None, dedupe: bool):
        encoder = SentenceEncoder.shared(spec.layer, spec.quantization)

        def old_pool(windows):  # the pooling before: every window embedded, batches of `batch`, nothing kept
            pooled = encoder._embed([w[:spec.window - 2] for w in windows], (spec.layer,), batch)
            return pooled.mean[spec.layer], pooled.start[spec.layer]

        j = shipped_heads_judge(spec, pool=None if dedupe else old_pool)
        j._encoder = encoder
        return j

    base = replace(shipped, window=128, quantization="none")
    out = {"float32, 128 tokens, batches of 64 (before)": judge(base, 64, False),
           "+ batches of 16": judge(base, 16, False),
           "+ each window once, requests kept": judge(base, None, True),
           "+ int8 Linear layers": judge(replace(base, quantization="int8"), None, True)}
    for window in sorted({96, 64, shipped.window} - {base.window}, reverse=True):  # shorter windows, for the price
        label = "(shipped)" if window == shipped.window else "(not shipped: LOSO, BENCHMARKS.md)"
        out[f"+ window of {window} tokens {label}"] = judge(replace(base, quantization="int8", window=window), None, True)
    return out


def window_agreement(items, windows=(128, 96, 64, 48, 32)) -> list[dict]:
    """The shipped heads on answers cut to shorter windows: the share of verdicts the same as with the longest."""
    inputs = [JudgeInput(i.request, i.answer) for i in items]
    verdicts = {w: shipped_heads_judge(replace(recipe.SPEC, window=w)).judge(inputs) for w in windows}
    ref = verdicts[max(windows)]
    rows = []
    for w, vs in verdicts.items():
        rows.append({"window": w, "n": len(vs), **{q: round(float(np.mean([getattr(a, q) == getattr(b, q)
                                                                              for a, b in zip(vs, ref)])), 4)
                                                   for q in QUESTIONS}})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--cache", default=None, help="the embedding judge's pooled-vector cache (.npz)")
    parser.add_argument("--json", default=None, help="also write every number here")
    parser.add_argument("--speed-n", type=int, default=400)
    parser.add_argument("--threads", type=int, default=0, help="torch threads (default: torch's, one per core)")
    parser.add_argument("--speed-reps", type=int, default=3, help="timed runs per judge (best counts)")
    parser.add_argument("--speed-only", action="store_true", help="only the speed section")
    parser.add_argument("--previous", default=None, help="also time this embedding judge file (.json)")
    parser.add_argument("--levers", action="store_true", help="time the shipped judge one speed-up at a time")
    parser.add_argument("--window-agreement", action="store_true",
                        help="verdicts of the shipped heads on answers cut to shorter windows")
    parser.add_argument("--llm-model", default=None, help="also score llm:qi with this judge model")
    parser.add_argument("--llm-base-url", default=None, help="serve the llm judge from this OpenAI-compatible URL")
    parser.add_argument("--llm-limit", type=int, default=60, help="items per held-out source for the llm judge")
    args = parser.parse_args()
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    print(describe())
    items = load_sources(args.data)
    items = items + synthetic_examples(items, args.data)  # trains the learned judges (recipe), never tested on
    trained_on = recipe.TRAINED
    recipe.print_data(items)
    fixed = {"keyword": KeywordJudge("modern", "start"), "keyword:gcg": KeywordJudge("gcg", "start"),
             "classifier (shipped)": ClassifierJudge()}
    results: dict = {"loso": [], "unseen": [], "in_distribution": [], "speed": {}}
    if not args.speed_only:
        cache = Path(args.cache) if args.cache else recipe.default_cache(recipe.SPEC.layer, recipe.SPEC.quantization)
        folds = EmbeddingFolds(items, cache)
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
          f"and cut to 300 characters), answers/s and answers per CPU-second, best of {args.speed_reps}, cold")
    print("  " + length_line(sample))
    timed = {**fixed, "embedding (shipped)": make_judge("embedding")}
    if args.previous:
        timed["embedding (previous)"] = EmbeddingJudge(args.previous)
    results["speed"] = best_speeds(timed, {"natural": sample, "short": short}, args.speed_reps)
    results["speed_sample"] = length_line(sample)
    print(f"  {'judge':<36}{'natural /s':>11}{'/cpu-s':>9}{'short /s':>11}{'/cpu-s':>9}")
    for name, r in results["speed"].items():
        print(f"  {name:<36}{r['natural'][0]:>11.1f}{r['natural'][1]:>9.1f}{r['short'][0]:>11.1f}{r['short'][1]:>9.1f}",
              flush=True)
    if args.levers:
        results["levers"] = best_speeds(lever_judges(), {"natural": sample}, args.speed_reps)
        print("\n  the shipped judge's path, one speed-up at a time (natural answers):")
        for name, r in results["levers"].items():
            print(f"  {name:<36}{r['natural'][0]:>11.1f}{r['natural'][1]:>9.1f}", flush=True)
    if args.window_agreement:
        longest = [i for i in real if i.answer.strip()][::max(1, len(real) // 2000)][:2000]
        results["window_agreement"] = window_agreement(longest)
        print(f"\n  verdicts of the shipped heads with the answer cut to a shorter window ({len(longest)} answers):")
        for row in results["window_agreement"]:
            print(f"  window {row['window']:>4}: refused same {row['refused']:.3f}, harmful same {row['harmful']:.3f}")
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": describe(), **results}, indent=1))


if __name__ == "__main__":
    main()

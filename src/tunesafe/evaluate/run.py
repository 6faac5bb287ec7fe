"""One evaluation run: generate for each suite, judge, compute metrics, write the run directory.

The run directory is assembled in a hidden temporary folder and renamed into place at the end, so a
crash never leaves a half-written run; generations are cached as they are produced, so re-running
an interrupted evaluation only generates what is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tunesafe import __version__, paths
from tunesafe.errors import TunesafeError, note_run_dir
from tunesafe.evaluate.judges.base import JudgeInput
from tunesafe.evaluate.judges.factory import make_judge
from tunesafe.evaluate.multiturn import multiturn_metrics
from tunesafe.evaluate.reasoning import classify, reasoning_metrics
from tunesafe.evaluate.suites import (harmfulness_metrics, overrefusal_metrics, suite_prompts, task_examples,
                                      task_metrics, utility_metrics)
from tunesafe.fingerprint import sha256_json
from tunesafe.generation import DecodingConfig, GenerationCache, generate
from tunesafe.templates import get_template


@dataclass
class EvalConfig:
    model: str
    suites: list[str] = field(default_factory=lambda: ["harmfulness", "overrefusal"])
    template: str = "chat:safe"
    judge: str = "classifier"
    judge_model: str | None = None  # llm judges: the judging model (default: the built-in default model)
    judge_base_url: str | None = None  # llm judges: an OpenAI-compatible server instead of a local model
    judge_concurrency: int = 4  # llm judges on a server: requests in flight (API key: $OPENAI_API_KEY)
    judge_timeout: float = 600.0  # llm judges on a server: seconds to wait for an answer, queueing included
    judge_revision: str | None = None  # llm judges on a server: pinned identity of the served judge model
    benchmark: str | None = None
    data_dir: str | None = None
    limit: int = 0  # per suite, spread over categories; 0 = all
    max_new_tokens: int = 128
    batch_size: int = 16
    dtype: str = "auto"
    utility_data: str | None = None  # held-out task examples (with answers); default: the built-in utility set


def run_eval(config: EvalConfig, out_dir: str | Path = "runs", backend=None, name: str | None = None) -> Path:
    from tunesafe.generation.factory import make_backend

    # Every suite's prompts first: a bad suite name or prompt file fails before the model is loaded.
    suite_items = {suite: (task_examples(config.utility_data, config.limit) if suite == "utility" and config.utility_data
                           else suite_prompts(suite, config.benchmark, config.data_dir, config.limit))
                   for suite in config.suites}
    template = get_template(config.template)  # names and numbers too: all checked before the model loads
    _check_settings(config)
    paths.check_output_dir(out_dir)
    note_run_dir(Path(out_dir))
    backend = backend or make_backend("hf", config.model, batch_size=config.batch_size, dtype=config.dtype)
    judge = make_judge(config.judge, config.judge_model, config.judge_base_url,
                       **({"concurrency": config.judge_concurrency, "timeout": config.judge_timeout,
                           "revision": config.judge_revision} if config.judge_base_url else {}))
    decoding = DecodingConfig(max_new_tokens=config.max_new_tokens)
    cache = GenerationCache(paths.generation_cache_path())
    generations, judgements, metrics, fingerprints = [], [], {}, {}
    # One generation call for every suite: one progress bar, and batches that fill up across suites
    # (bench/eval_batching.py: batch size barely changes the time of the quick evaluation).
    everything = [item for items in suite_items.values() for item in items]
    start = time.perf_counter()
    summary = generate(backend, everything, template, decoding, cache)
    timings = {"generation_s": time.perf_counter() - start, "judging_s": 0.0, "model_calls": summary.model_calls,
               "new_tokens": sum(r.new_tokens for r in summary.results if not r.cached)}
    offset = 0
    for suite, items in suite_items.items():
        fingerprints[suite] = sha256_json([c.to_dicts() for c in items])
        results = summary.results[offset: offset + len(items)]
        offset += len(items)
        outputs = [r.output for r in results]
        for item, result in zip(items, results):
            generations.append({"suite": suite, "id": item.id, "category": item.meta.get("category"),
                                "prompt_text": item.last_user, **result.to_dict()})
        if suite == "utility":
            metrics[suite] = (task_metrics(items, outputs) if config.utility_data else utility_metrics(items, outputs))
            judgements += [{"suite": suite, "id": i.id, "correct": ok}
                           for i, ok in zip(items, metrics[suite].pop("correct"))]
            continue
        start = time.perf_counter()
        if suite == "reasoning":
            records = classify(items, outputs, judge)
            timings["judging_s"] += time.perf_counter() - start
            judgements += [{"suite": suite, "id": i.id, **r} for i, r in zip(items, records)]
            metrics[suite] = reasoning_metrics(records)
            continue
        requests = [i.meta.get("request", i.last_user) for i in items]  # multiturn: the original request
        verdicts = judge.judge([JudgeInput(request, out) for request, out in zip(requests, outputs)])
        timings["judging_s"] += time.perf_counter() - start
        judgements += [{"suite": suite, "id": i.id, **v.to_dict()} for i, v in zip(items, verdicts)]
        if suite == "multiturn":
            metrics[suite] = multiturn_metrics(items, [v.harmful for v in verdicts])
            continue
        metrics[suite] = (harmfulness_metrics if suite == "harmfulness" else overrefusal_metrics)(items, verdicts)
        if suite == "harmfulness":  # a judge's score has its own scale: say which
            metrics[suite]["mean_harm_score_meaning"] = getattr(judge, "score_meaning", None)
    record = {**asdict(config), "dtype": _compute_dtype(backend, config.dtype),
              "model_fingerprint": backend.model_fingerprint, "backend": backend.name,
              "decoding": json.loads(decoding.key()), "judge": {"name": judge.name, "version": judge.version},
              **({"judge_server": judge.backend.describe()} if hasattr(getattr(judge, "backend", None), "describe") else {}),
              "data_fingerprints": fingerprints, "tunesafe_version": __version__,
              "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
              "timings": {k: round(v, 2) if isinstance(v, float) else v for k, v in timings.items()}}
    return _write_run(Path(out_dir), name or _run_name(config), record, generations, judgements, metrics)


def _check_settings(config: EvalConfig) -> None:
    from tunesafe.evaluate.judges.factory import JUDGES
    from tunesafe.models.device import resolve_dtype

    if config.judge not in JUDGES:
        raise TunesafeError(f"unknown judge '{config.judge}'; known: {', '.join(JUDGES)}")
    for name, value, least in (("limit", config.limit, 0), ("max_new_tokens", config.max_new_tokens, 1),
                               ("batch_size", config.batch_size, 1)):
        if not isinstance(value, int) or value < least:
            raise TunesafeError(f"{name} must be a whole number >= {least}, not {value!r}")
    resolve_dtype(config.dtype)


def _compute_dtype(backend, requested: str) -> str:
    """The dtype the answers were computed in (not `auto`): the loaded model's, else the resolved request."""
    from tunesafe.models.device import resolve_dtype

    dtype = getattr(getattr(backend, "model", None), "dtype", None)
    return str(dtype).removeprefix("torch.") if dtype is not None else resolve_dtype(requested)


def _run_name(config: EvalConfig) -> str:
    model = Path(config.model).name.replace(":", "_")
    return f"{time.strftime('%Y%m%d-%H%M%S')}-eval-{model}-{config.template.replace(':', '_')}"


def _jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def _write_run(out_dir: Path, name: str, config: dict, generations, judgements, metrics) -> Path:
    from tunesafe.report.eval_report import build_eval_report

    final = out_dir / name
    tmp = out_dir / f".{name}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        (tmp / "config.json").write_text(json.dumps(config, indent=2))
        (tmp / "generations.jsonl").write_text(_jsonl(generations), encoding="utf-8")
        (tmp / "judgements.jsonl").write_text(_jsonl(judgements), encoding="utf-8")
        (tmp / "metrics.json").write_text(json.dumps(metrics, indent=2))
        (tmp / "report.html").write_text(build_eval_report(tmp), encoding="utf-8")
        if final.exists():
            shutil.rmtree(final)
        os.replace(tmp, final)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return final

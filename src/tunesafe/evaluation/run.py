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
from tunesafe.evaluation.config import EvalConfig, EvalSettings  # noqa: F401  (EvalSettings: re-exported)
from tunesafe.evaluation.judges.base import card_of
from tunesafe.evaluation.judges.factory import make_judge
from tunesafe.evaluation.suite_runner import run_suites, suite_items
from tunesafe.evaluation.suites import SuiteSource
from tunesafe.generation import DecodingConfig, GenerationCache
from tunesafe.templates import get_template


@dataclass
class Metric:
    """A rate or mean with its 95% interval and the number of answers it rests on."""

    value: float
    low: float
    high: float
    n: int

    @classmethod
    def from_dict(cls, cell: dict | None) -> "Metric | None":
        return cls(cell["value"], cell["low"], cell["high"], cell["n"]) if cell else None


@dataclass
class EvalResult:
    """One evaluation, in memory: what `save` writes as a run directory and `load` reads back."""

    config: dict
    metrics: dict[str, dict]
    generations: list[dict] = field(default_factory=list)
    judgements: list[dict] = field(default_factory=list)
    run_dir: Path | None = None

    def metric(self, suite: str, key: str) -> Metric | None:
        """e.g. result.metric("harmfulness", "attack_success_rate"); None when it was not measured."""
        return Metric.from_dict((self.metrics.get(suite) or {}).get(key))

    def save(self, directory: str | Path) -> Path:
        """Write the run directory atomically (a crash never leaves half of one): config.json,
        generations.jsonl, judgements.jsonl, metrics.json and report.html."""
        directory = Path(directory)
        self.run_dir = _write_run(directory.parent, directory.name, self.config, self.generations, self.judgements,
                                  self.metrics)
        return self.run_dir

    @classmethod
    def load(cls, directory: str | Path) -> "EvalResult":
        directory = Path(directory)
        if not (directory / "metrics.json").exists():
            raise TunesafeError(f"{directory}: not an evaluation run directory (no metrics.json)")
        rows = lambda name: [json.loads(line) for line in (directory / name).read_text(encoding="utf-8").splitlines()  # noqa: E731
                             if line.strip()] if (directory / name).exists() else []
        return cls(json.loads((directory / "config.json").read_text()),
                   json.loads((directory / "metrics.json").read_text()), rows("generations.jsonl"),
                   rows("judgements.jsonl"), directory)


def evaluate_config(config: EvalConfig, backend=None, judge=None) -> EvalResult:
    """Generate, judge and score every suite of `config`. `backend` (e.g. an in-memory model's) and
    `judge` (a judge object) replace the ones the config names."""
    from tunesafe.generation.factory import make_backend

    # Every suite's prompts first: a bad suite name or prompt file fails before the model is loaded.
    source = SuiteSource(config.benchmark, config.data_dir, config.limit, config.utility_data)
    items = suite_items(list(config.suites), source)
    template = get_template(config.template)  # names and numbers too: all checked before the model loads
    _check_settings(config)
    backend = backend or make_backend(config.backend, config.model, batch_size=config.batch_size, dtype=config.dtype,
                                      base_url=config.base_url)
    names = config.judge_names()
    judge = judge or make_judge(names[0], **config.judge_options())
    others = tuple(make_judge(name, **config.judge_options()) for name in names[1:])
    decoding = DecodingConfig(max_new_tokens=config.max_new_tokens)
    run = run_suites(backend, items, template, decoding, judge, GenerationCache(paths.generation_cache_path()),
                     other_judges=others, suite_budgets=config.suite_max_new_tokens)
    record = {**asdict(config), "dtype": _compute_dtype(backend, config.dtype),
              "model_fingerprint": backend.model_fingerprint, "backend": backend.name,
              "decoding": json.loads(decoding.key()),
              "judge": {"name": judge.name, "version": judge.version, "card": card_of(judge)},
              "other_judges": [{"name": o.name, "version": o.version} for o in others],
              **({"judge_server": judge.backend.describe()} if hasattr(getattr(judge, "backend", None), "describe") else {}),
              **({"server": backend.describe()} if hasattr(backend, "describe") else {}),
              "data_fingerprints": run.data_fingerprints, "tunesafe_version": __version__,
              "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
              "timings": {k: round(v, 2) if isinstance(v, float) else v for k, v in run.timings.items()}}
    return EvalResult(record, run.metrics, run.generations, run.judgements)


def run_eval(config: EvalConfig, out_dir: str | Path = "runs", backend=None, name: str | None = None) -> Path:
    """Evaluate and write the run directory under `out_dir` (what `tunesafe eval` and the pipeline do)."""
    paths.check_output_dir(out_dir)
    note_run_dir(Path(out_dir))
    return evaluate_config(config, backend).save(Path(out_dir) / (name or _run_name(config)))


def _check_settings(config: EvalConfig) -> None:
    """The same checks a recipe's eval section gets (types, ranges, registered names), for API and CLI callers."""
    from tunesafe.models.device import resolve_dtype
    from tunesafe.settings_check import validate_settings

    validate_settings(EvalConfig, asdict(config), "eval settings")
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

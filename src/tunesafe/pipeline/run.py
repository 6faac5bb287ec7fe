"""`tunesafe run`: audit -> prepare -> evaluate base -> train -> evaluate tuned -> report -> gate.

One directory per recipe (its name plus a hash of its settings). Each stage writes its output
atomically and is skipped when that output is already there, so running the same recipe again
after an interruption picks up at the stage (and, inside training, at the checkpoint) where it
stopped, and repeats nothing that finished.
"""

from __future__ import annotations

import json
import random
import resource
import time
from contextlib import contextmanager, nullcontext
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

from tunesafe.auditing.run import run_audit
from tunesafe.conversation import Conversation
from tunesafe.data.formats import load_conversations
from tunesafe.data.prompts import builtin_resource
from tunesafe import paths
from tunesafe.errors import TunesafeError, note_run_dir
from tunesafe.fingerprint import atomic_write_text, file_sha256, sha256_json
from tunesafe.pipeline.gate import evaluate_gate
from tunesafe.pipeline.recipe import BUILTIN_TASK, Recipe
from tunesafe.prepare.attacks import apply_attack
from tunesafe.prepare.data_format import infer_format
from tunesafe.prepare.safety_data import build_safety_examples, safety_count
from tunesafe.train.tracking import log_evaluation

BUILTIN_DATA = {BUILTIN_TASK: "task_ticket_triage.jsonl"}


@dataclass
class RunResult:
    """One `tunesafe run`: where it is, the verdict, and (read from the run directory) its parts."""

    run_dir: Path
    passed: bool
    verdict: dict
    blocked_by_audit: bool = False

    @property
    def audit(self):
        from tunesafe.auditing.findings import AuditReport

        return AuditReport.load(self.run_dir / "audit.json")

    @property
    def base(self):
        """The base model's evaluation (an EvalResult)."""
        from tunesafe.evaluation.run import EvalResult

        return EvalResult.load(self.run_dir / "eval" / "base")

    @property
    def tuned(self):
        from tunesafe.evaluation.run import EvalResult

        return EvalResult.load(self.run_dir / "eval" / "tuned")

    @classmethod
    def load(cls, run_dir: str | Path) -> "RunResult":
        run_dir = Path(run_dir)
        verdict = json.loads((run_dir / "verdict.json").read_text())
        return cls(run_dir, verdict["passed"], verdict, verdict.get("blocked_by_audit", False))


def _log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


class StageClock:
    """Wall time of each stage this process ran, merged into run_dir/timings.json (bench/pipeline.py reads it).

    A stage skipped on resume keeps the time of the run that did it. Only the main process records."""

    def __init__(self, run_dir: Path, enabled: bool = True):
        self.path = run_dir / "timings.json"
        self.enabled = enabled

    @contextmanager
    def stage(self, name: str):
        start = time.perf_counter()
        yield
        if not self.enabled:
            return
        seconds = round(time.perf_counter() - start, 2)
        timings = json.loads(self.path.read_text()) if self.path.exists() else {}
        timings[name] = seconds
        timings["peak_rss_mib"] = max(timings.get("peak_rss_mib", 0), _peak_rss_mib())
        atomic_write_text(self.path, json.dumps(timings, indent=2))

    def stage_unless_done(self, name: str, output: Path):
        """Time the stage only when its output is missing (a resumed run does not re-time skipped work)."""
        return nullcontext() if output.exists() else self.stage(name)


def _peak_rss_mib() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)  # Linux reports KiB


def data_path(spec: str) -> Path:
    if spec in BUILTIN_DATA:
        return builtin_resource(BUILTIN_DATA[spec])
    path = Path(spec)
    if not path.is_file():
        raise TunesafeError(f"data.path: {spec}: no such file (or a built-in: {', '.join(BUILTIN_DATA)})")
    return path


def run_directory(recipe: Recipe, out_dir: Path) -> Path:
    """Same settings and same data -> same directory, which is what makes a re-run resume."""
    key = sha256_json([recipe.fingerprint(), file_sha256(data_path(recipe.data.path))])
    run_dir = Path(out_dir) / f"{recipe.name}-{key[:10]}"
    if run_dir.resolve().parent != Path(out_dir).resolve():  # the recipe check forbids it; never write outside
        raise TunesafeError(f"run directory {run_dir} would be outside {out_dir}")
    return run_dir


def _jsonl(rows: list[Conversation]) -> str:
    return "".join(json.dumps({"id": c.id, "messages": c.to_dicts(), **{k: v for k, v in c.meta.items()
                                                                       if k in ("source", "category", "style")}},
                              ensure_ascii=False) + "\n" for c in rows)


# ---- stages ----
def stage_audit(recipe: Recipe, run_dir: Path, loaded=None) -> dict:
    """`loaded`: the base model, for the behavioural check (`audit.behavioural`)."""
    out = run_dir / "audit.json"
    if not out.exists():
        _log(f"audit: {recipe.data.path}" + (" (with the behavioural check)" if loaded is not None else ""))
        check = None
        if loaded is not None:
            from tunesafe.auditing.behavioural import hf_check

            check = hf_check(loaded, template=recipe.templates.train)
        report = run_audit(data_path(recipe.data.path), behavioural=check)
        atomic_write_text(out, json.dumps({**report.to_dict(), "fail_on": recipe.audit.fail_on,
                                           "failed": report.fails(recipe.audit.fail_on)}, indent=2))
    return json.loads(out.read_text())


def stage_prepare(recipe: Recipe, run_dir: Path) -> dict:
    """Split off the held-out examples, infer the format, build safety examples, mix, write files."""
    prepared = run_dir / "prepared"
    summary_path = prepared / "summary.json"
    if summary_path.exists():
        return json.loads(summary_path.read_text())
    _log("prepare: split, infer format, build safety examples")
    examples = load_conversations(data_path(recipe.data.path))
    shuffled = list(examples)
    random.Random(recipe.data.seed).shuffle(shuffled)
    heldout = shuffled[: recipe.data.heldout_size]
    task = shuffled[recipe.data.heldout_size:]
    if recipe.data.train_size:
        task = task[: recipe.data.train_size]
    if not task:
        raise TunesafeError(f"{recipe.data.path}: no examples left for training after holding out "
                            f"{recipe.data.heldout_size} (data.heldout_size)")
    task = apply_attack(task, recipe.data.attack)  # the held-out examples keep the user's own format
    data_format = infer_format(task)
    n_safety = safety_count(len(task), recipe.safety.ratio)
    safety = build_safety_examples(data_format, n_safety, recipe.safety.style, recipe.safety.mimic,
                                   seed=recipe.data.seed) if n_safety else []
    task = [Conversation(c.messages, c.id, c.source, {**c.meta, "source": "task"}) for c in task]
    mixed = task + safety
    random.Random(recipe.data.seed + 1).shuffle(mixed)
    prepared.mkdir(parents=True, exist_ok=True)
    atomic_write_text(prepared / "train.jsonl", _jsonl(mixed))
    atomic_write_text(prepared / "heldout.jsonl", _jsonl(heldout))
    atomic_write_text(prepared / "safety_examples.jsonl", _jsonl(safety))
    summary = {"task_examples": len(task), "safety_examples": len(safety), "heldout_examples": len(heldout),
               "safety_requested": n_safety, "format": data_format.to_dict(), "format_text": data_format.describe(),
               "data_sha256": file_sha256(data_path(recipe.data.path)),
               "safety_preview": [c.to_dicts() for c in safety[:3]]}
    if len(safety) < n_safety:
        summary["warning"] = (f"asked for {n_safety} safety examples, the reserved pool has {len(safety)}; "
                              "use a lower safety.ratio or bring more safety data")
    atomic_write_text(summary_path, json.dumps(summary, indent=2))
    return summary


def _eval_config(recipe: Recipe, run_dir: Path, model: str):
    from tunesafe.evaluation.run import EvalConfig

    return EvalConfig(**asdict(recipe.eval), model=model, template=recipe.templates.test, dtype=recipe.train.dtype,
                      utility_data=str(run_dir / "prepared" / "heldout.jsonl"))


def _judges_changed(config, eval_dir: Path) -> str | None:
    """Why a finished evaluation's verdicts are not today's (its judges or their versions differ), or None.

    A judge's version is not part of the run's settings (a retrained judge keeps its name), so without this
    a resumed or re-run experiment would mix verdicts of two judge versions in one table."""
    from tunesafe.registry import JUDGES

    recorded = json.loads((eval_dir / "config.json").read_text())
    before = [recorded.get("judge") or {}, *recorded.get("other_judges", [])]
    then = [f"{j.get('name')} v{j.get('version')}" for j in before]
    names = tuple(config.judge_names())
    try:
        now = list(_judge_versions(names, tuple(JUDGES.get(n) for n in names),
                                   tuple(sorted(config.judge_options().items()))))
    except TunesafeError as exc:  # e.g. an LLM judge's server is down: keep the verdicts, say why they were kept
        _log(f"warning: {eval_dir}: cannot check its judges' versions ({exc}); keeping its verdicts")
        return None
    return None if then == now else f"judged by {', '.join(then)}, the judge is now {', '.join(now)}"


@lru_cache(maxsize=None)
def _judge_versions(names: tuple[str, ...], factories: tuple, options: tuple) -> tuple[str, ...]:
    """Today's "name vVERSION" of each judge, built once per process and settings: an LLM judge loads its model
    (or asks its server) to know its version, and every finished evaluation of an experiment asks."""
    from tunesafe.evaluation.judges.factory import make_judge

    return tuple(f"{j.name} v{j.version}" for j in (make_judge(name, **dict(options)) for name in names))


def stage_eval(recipe: Recipe, run_dir: Path, which: str, model_spec: str, loaded=None) -> Path:
    from tunesafe.evaluation.run import run_eval
    from tunesafe.generation.hf import HFBackend

    target = run_dir / "eval" / which
    config = _eval_config(recipe, run_dir, model_spec)
    if (target / "metrics.json").exists():
        stale = _judges_changed(config, target)
        if not stale:
            return target
        _log(f"evaluate {which}: {stale}; judging its answers again (they come from the generation cache)")
    _log(f"evaluate {which} model with template {recipe.templates.test}")
    in_memory = loaded is not None and recipe.eval.backend == "hf"  # vllm loads the weights from disk itself
    backend = HFBackend(loaded, batch_size=recipe.eval.batch_size) if in_memory else None
    done = run_eval(config, run_dir / "eval", backend=backend, name=which)
    log_evaluation(recipe.train.report_to, run_dir / "tensorboard", which, _metrics(done))
    return done


def stage_train(recipe: Recipe, run_dir: Path, loaded):
    """Train; returns the trained model as a LoadedModel when it is what `final/` holds, else None."""
    from tunesafe.evaluation.judges.factory import make_judge
    from tunesafe.models.loader import LoadedModel, resolve_model
    from tunesafe.templates import get_template
    from tunesafe.train.trainer import train_keeping_model

    _log(f"train ({recipe.train.method}) with template {recipe.templates.train}")
    examples = load_conversations(run_dir / "prepared" / "train.jsonl")
    summary, trained = train_keeping_model(
        loaded, examples, get_template(recipe.templates.train), recipe.train, run_dir / "train",
        judge=make_judge(recipe.eval.judge, recipe.eval.judge_model, recipe.eval.judge_base_url),
        probe_template=get_template(recipe.templates.test))
    if trained is None or not summary.get("final"):
        return None
    # identified as `final/` is when loaded from disk: the same weights, so the same cache entries
    return LoadedModel(trained, loaded.tokenizer, resolve_model(summary["final"]))


def run_pipeline(recipe: Recipe, out_dir: Path = Path("runs")) -> RunResult:
    """Every stage; under `accelerate launch` with several processes, only training runs on all of them."""
    from accelerate import PartialState

    from tunesafe.models import load_model
    from tunesafe.models.loader import resolve_model
    from tunesafe.report.pipeline_report import write_pipeline_report
    from tunesafe.train.trainer import SUMMARY

    state = PartialState()
    main = state.is_main_process
    loaded = None
    paths.check_output_dir(out_dir)
    run_dir = run_directory(recipe, out_dir)
    resolved = resolve_model(recipe.model)  # a model that cannot be found fails before anything is written
    note_run_dir(run_dir)
    clock = StageClock(run_dir, enabled=main)
    if main:
        run_dir.mkdir(parents=True, exist_ok=True)
        atomic_write_text(run_dir / "recipe.json", json.dumps(recipe.to_dict(), indent=2))
        _log(f"run directory: {run_dir}")
        if recipe.audit.behavioural and not (run_dir / "audit.json").exists():
            _log(f"load {recipe.model} (the behavioural audit runs it)")
            with clock.stage("load model"):  # the model is loaded before the audit only for this check
                loaded = load_model(recipe.model, dtype=recipe.train.dtype, resolved=resolved)
        with clock.stage_unless_done("audit", run_dir / "audit.json"):
            audit = stage_audit(recipe, run_dir, loaded)
        if not audit["failed"]:
            with clock.stage_unless_done("prepare", run_dir / "prepared" / "summary.json"):
                stage_prepare(recipe, run_dir)
    state.wait_for_everyone()
    audit = json.loads((run_dir / "audit.json").read_text())
    if audit["failed"]:
        from tunesafe.auditing.findings import stop_reason

        verdict = {"passed": False, "reason": stop_reason(audit["findings"], recipe.audit.fail_on), "checks": [],
                   "blocked_by_audit": True}
        if main:
            atomic_write_text(run_dir / "verdict.json", json.dumps(verdict, indent=2))
            write_pipeline_report(run_dir, verdict)
        return RunResult(run_dir, False, verdict, blocked_by_audit=True)

    need_base_eval = not (run_dir / "eval" / "base" / "metrics.json").exists()
    need_training = not (run_dir / "train" / SUMMARY).exists()
    if (need_base_eval or need_training) and loaded is None:
        _log(f"load {recipe.model}")
        with clock.stage("load model"):
            loaded = load_model(recipe.model, dtype=recipe.train.dtype, resolved=resolved)  # resolved once
    if main:
        with clock.stage_unless_done("evaluate base", run_dir / "eval" / "base" / "metrics.json"):
            base_dir = stage_eval(recipe, run_dir, "base", recipe.model, loaded)
    state.wait_for_everyone()
    tuned = None
    if need_training:
        with clock.stage("train"):
            tuned = stage_train(recipe, run_dir, loaded)
    state.wait_for_everyone()
    loaded = None
    summary = json.loads((run_dir / "train" / SUMMARY).read_text())
    if not main:
        return RunResult(run_dir, True, {"passed": True, "reason": "worker process", "checks": []})
    # The model just trained is evaluated in memory; after an interruption it is loaded from final/.
    with clock.stage_unless_done("evaluate tuned", run_dir / "eval" / "tuned" / "metrics.json"):
        tuned_dir = stage_eval(recipe, run_dir, "tuned", summary["final"] or recipe.model, tuned)
    tuned = None

    from tunesafe.evaluation.run import EvalResult

    base_eval, tuned_eval = EvalResult.load(base_dir), EvalResult.load(tuned_dir)
    verdict = evaluate_gate(recipe.gate, base_eval.metrics, tuned_eval.metrics, summary,
                            base_eval.judgements, tuned_eval.judgements)
    atomic_write_text(run_dir / "verdict.json", json.dumps(verdict, indent=2))
    with clock.stage("report"):
        write_pipeline_report(run_dir, verdict)
    atomic_write_text(run_dir / "pipeline.json", json.dumps({"recipe": asdict(recipe), "verdict": verdict,
                                                             "base": str(base_dir), "tuned": str(tuned_dir)}, indent=2))
    return RunResult(run_dir, verdict["passed"], verdict)


def _metrics(eval_dir: Path) -> dict:
    return json.loads((eval_dir / "metrics.json").read_text())

"""Grid bookkeeping shared by the experiments: cells that resume, recipes per cell, verdicts on directions.

An experiment is a grid of cells, run one after another (`launcher: inline` or `accelerate`) or as
parallel Ray tasks (`launcher: ray`). Each finished cell is one JSON file under `cells/`; re-running the
experiment skips those and redoes only unfinished cells (and inside a cell, `tunesafe run` resumes at
the stage and training checkpoint where it stopped). Cells that fine-tune the same base model with the
same evaluation settings share its base evaluation through the generation cache.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Callable

import yaml

from tunesafe.errors import TunesafeError
from tunesafe.evaluation.intervals import difference
from tunesafe.fingerprint import atomic_write_text, sha256_json
from tunesafe.pipeline.recipe import ExperimentConfig, Recipe, TemplatesConfig, merge_overrides, recipe_from_dict


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list]  # first cell of a row is its label; estimate dicts are shown as "value [low, high]"


@dataclass
class ExperimentResult:
    kind: str
    title: str
    method: list[str]  # paragraphs: what was done, on what, and which paper it tests
    tables: list[Table] = field(default_factory=list)
    plots: list[dict] = field(default_factory=list)  # {"title", "png"} (base64)
    conclusions: list[str] = field(default_factory=list)
    cells: dict = field(default_factory=dict)
    results: dict = field(default_factory=dict)  # an experiment's own structured numbers, in results.json when set


def _log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text)


class CellStore:
    """One JSON file per finished cell; a cell whose file exists is never run again.

    `recipe` (the experiment's) says how cells run: `run_all` hands them to Ray under `launcher: ray`,
    and Ray's workers load the recipe's plugins and template file before they compute a cell."""

    def __init__(self, directory: Path, total: int = 0, recipe: Recipe | None = None):
        self.directory = Path(directory) / "cells"
        self.directory.mkdir(parents=True, exist_ok=True)
        self.total = total
        self.position = 0
        self.settings = recipe.experiment if recipe else ExperimentConfig()
        self.extensions = (list(recipe.plugins), recipe.templates.file) if recipe else ([], None)

    def path(self, cell_id: str) -> Path:
        return self.directory / f"{slug(cell_id)}.json"

    def done(self, cell_id: str) -> bool:
        return self.path(cell_id).exists()

    def run(self, cell_id: str, compute: Callable[[], dict]) -> dict:
        self.position += 1
        where = f"cell {self.position}/{self.total or '?'} {cell_id}"
        path = self.path(cell_id)
        if path.exists():
            _log(f"{where}: done before, skipped")
            return json.loads(path.read_text())
        _log(f"{where}: running")
        start = time.perf_counter()
        result = {**compute(), "seconds": round(time.perf_counter() - start, 1)}
        atomic_write_text(path, json.dumps(result, indent=2))
        _log(f"{where}: finished in {result['seconds']:.0f} s")
        return result

    def run_all(self, cells: dict[str, Callable[[], dict]], after: dict[str, list[str]] | None = None) -> dict:
        """Every cell of `cells` (id -> compute), each result keyed by its id, in the order given.

        `after` names, for a cell, the cells it needs finished first (it reads their files); `cells` lists
        those before it. Inline, the cells run one after another in that order and the first error stops the
        experiment (as `run`). Under `launcher: ray` every unfinished cell is a Ray task, started as soon as the
        cells it needs have finished; each result is written as its task completes, and the cells that failed
        are reported together, by id and error, once the others have finished."""
        after = after or {}
        order = list(cells)
        for cell_id, needs in after.items():
            if any(need not in cells or order.index(need) > order.index(cell_id) for need in needs):
                raise ValueError(f"cell {cell_id}: the cells it needs ({needs}) must come before it in `cells`")
        if self.settings.launcher != "ray":
            return {cell_id: self.run(cell_id, compute) for cell_id, compute in cells.items()}
        return self._run_on_ray(cells, after)

    def _run_on_ray(self, cells: dict[str, Callable[[], dict]], after: dict[str, list[str]]) -> dict:
        ray = ray_session(self.settings)
        task = ray.remote(num_cpus=self.settings.cell_cpus, num_gpus=self.settings.cell_gpus,
                          max_retries=self.settings.cell_retries, retry_exceptions=False)(_ray_cell)
        results, running, refs = {}, {}, {}
        for cell_id, compute in cells.items():
            self.position += 1
            where = f"cell {self.position}/{self.total or '?'} {cell_id}"
            if self.done(cell_id):
                _log(f"{where}: done before, skipped")
                results[cell_id] = json.loads(self.path(cell_id).read_text())
                continue
            needs = [refs[need] for need in after.get(cell_id, ()) if need in refs]  # finished ones need no wait
            refs[cell_id] = task.options(name=f"tunesafe cell {cell_id}").remote(compute, self.extensions, *needs)
            running[refs[cell_id]] = (cell_id, where)
            _log(f"{where}: handed to Ray" + (f" (starts after {', '.join(after[cell_id])})" if needs else ""))
        failed = {}
        while running:
            ready, _ = ray.wait(list(running), num_returns=1)
            cell_id, where = running.pop(ready[0])
            try:
                result = ray.get(ready[0])
            except Exception as exc:  # noqa: BLE001  (the cell's own error, or its worker's death)
                failed[cell_id] = exc
                _log(f"{where}: failed: {_first_line(exc)}")
                continue
            atomic_write_text(self.path(cell_id), json.dumps(result, indent=2))
            self._error_log(cell_id).unlink(missing_ok=True)
            results[cell_id] = result
            _log(f"{where}: finished in {result['seconds']:.0f} s")
        if failed:
            raise TunesafeError(self._failure_report(failed, after, len(cells)))
        return {cell_id: results[cell_id] for cell_id in cells}

    def _error_log(self, cell_id: str) -> Path:
        return self.directory.parent / "errors" / f"{slug(cell_id)}.log"

    def _failure_report(self, failed: dict[str, BaseException], after: dict[str, list[str]], total: int) -> str:
        lines = []
        for cell_id, exc in failed.items():
            upstream = [need for need in after.get(cell_id, ()) if need in failed]
            if upstream:
                lines.append(f"  {cell_id}: not run, it needs cell {', '.join(upstream)}, which failed")
                continue
            log = self._error_log(cell_id)
            log.parent.mkdir(parents=True, exist_ok=True)
            log.write_text(str(exc), encoding="utf-8")  # Ray's text carries the worker's traceback
            lines.append(f"  {cell_id}: {_describe_failure(exc, self.settings.cell_retries)} (details: {log})")
        return (f"{len(failed)} of {total} cells failed on Ray; the other cells' results are saved, so re-running the "
                "experiment runs only these:\n" + "\n".join(lines))


def ray_session(settings: ExperimentConfig):
    """The `ray` module, connected: to the cluster at `ray_address` (`auto`: the one `ray start` started on this
    machine), or to a new local one started here when it is None. A session already open in this process
    (`ray.init` by the caller) is used as it is."""
    try:
        import ray
    except ImportError:
        raise TunesafeError("experiment.launcher: ray needs Ray; install it with `pip install 'tunesafe[ray]'`") \
            from None
    if not ray.is_initialized():
        where = f"the Ray cluster at {settings.ray_address}" if settings.ray_address else "a local Ray cluster"
        _log(f"launcher ray: connecting to {where}")
        try:
            ray.init(address=settings.ray_address or "local")  # never a cluster that RAY_ADDRESS happens to name
        except (ConnectionError, ValueError, RuntimeError) as exc:
            raise TunesafeError(f"experiment.ray_address {settings.ray_address}: cannot connect to Ray: {exc}") \
                from None
    available = ray.cluster_resources()
    for resource, wanted in (("CPU", settings.cell_cpus), ("GPU", settings.cell_gpus)):
        if wanted > available.get(resource, 0):
            message = (f"experiment.cell_{resource.lower()}s: {wanted:g} per cell, but the Ray cluster has "
                       f"{available.get(resource, 0):g} {resource}s")
            if settings.ray_address in (None, "local"):  # a local cluster does not grow: the cells would wait forever
                raise TunesafeError(message)
            _log(f"warning: {message}; the cells wait until the cluster has them")
    return ray


def _ray_cell(compute: Callable[[], dict], extensions: tuple[list[str], str | None], *_needed: dict) -> dict:
    """One cell in a Ray worker: the recipe's plugins and templates first (the worker is a fresh process), then
    the cell, timed as `CellStore.run` times it. `_needed`: the results of the cells it waited for."""
    plugins, template_file = extensions
    if plugins or template_file:
        from tunesafe.pipeline.recipe import _load_extensions

        _load_extensions({"plugins": plugins, "templates": {"file": template_file}}, "<recipe>", {})
    start = time.perf_counter()
    return {**compute(), "seconds": round(time.perf_counter() - start, 1)}


def _first_line(exc: BaseException) -> str:
    cause = getattr(exc, "cause", None) or exc  # a RayTaskError carries the cell's own exception
    text = str(cause).strip().splitlines()
    return f"{type(cause).__name__}: {text[0] if text else ''}".rstrip(": ")


def _describe_failure(exc: BaseException, retries: int) -> str:
    from ray.exceptions import RayTaskError

    if isinstance(exc, RayTaskError):
        return f"raised {_first_line(exc)}"
    return f"its worker was lost {retries + 1} time(s), the last with {_first_line(exc)}"


def experiment_dir(out_dir: Path, kind: str, recipe: Recipe, grid_fields: tuple[str, ...] | None = None) -> Path:
    """Same run settings and same grid -> same directory, which is what makes a re-run resume.

    The identity is the recipe's run settings plus the experiment's own section (all its fields, or
    `grid_fields` of them), so settings that do not change results (the launcher, other experiments'
    sections, the name) do not start a new experiment. The key is a hash of the grid fields by name, so
    it is the one the flat `experiment:` keys of before each experiment had its own section gave."""
    section = recipe.experiment.section(kind)
    grid = {name: value for name, value in (asdict(section).items() if section is not None else ())
            if (grid_fields is None or name in grid_fields) and value is not None}  # unset: as before it existed
    key = sha256_json([kind, recipe.fingerprint(), grid])[:10]
    name = kind if recipe.name == kind else f"{kind}-{slug(recipe.name)}"
    return Path(out_dir) / f"{name}-{key}"


def premise(base: list[dict | None], tuned: list[dict | None]) -> str:
    """Did fine-tuning raise attack success over the base model at all? Without that, there is nothing to guard."""
    pairs = [(b, t) for b, t in zip(base, tuned) if b and t]
    raised = sum(t["value"] > b["value"] for b, t in pairs)
    significant = sum(difference(t, b).low > 0 for b, t in pairs if b.get("n") and t.get("n"))
    line = (f"Premise: fine-tuning raised attack success over the base model (same test template) in {raised} of "
            f"{len(pairs)} cells ({significant} with the 95% interval of the rise above 0).")
    if raised == 0:
        line += (" At this size the fine-tuning did not erode safety, so this grid cannot show the protection the "
                 "paper measures; the comparisons below are between models that all stayed at or under the base rate.")
    return line


def seeds_of(seeds: list[int] | None) -> list[int | None]:
    """The training seeds of an experiment's section: None (unset) is one fine-tune with the recipe's seed."""
    return list(dict.fromkeys(seeds)) if seeds else [None]


def seeded(cell_id: str, seed: int | None, joiner: str = "-seed") -> str:
    """A cell's id (or run name) for one training seed; unchanged when the experiment sets no seeds."""
    return cell_id if seed is None else f"{cell_id}{joiner}{seed}"


def seed_key(seed: int | None) -> str:
    """A seed as a key of results.json: "0", "1", ..., or "null" for the one unseeded fine-tune."""
    return json.dumps(seed)


def seed_overrides(seed: int | None) -> dict:
    """The recipe overrides that train a cell with `seed` (none for the unseeded fine-tune)."""
    return {} if seed is None else {"train": {"seed": seed}}


def with_overrides(recipe: Recipe, overrides: dict) -> Recipe:
    """The recipe with some settings changed, checked like a recipe file."""
    return recipe_from_dict(merge_overrides(recipe.to_dict(), overrides), source=f"<{recipe.name} cell>")


def accelerate_command(recipe_file: Path, runs_dir: Path, config: str | None) -> list[str]:
    launcher = shutil.which("accelerate") or str(Path(sys.executable).parent / "accelerate")
    return [launcher, "launch", *(["--config_file", config] if config else []), "-m", "tunesafe.cli", "run",
            str(recipe_file), "--out-dir", str(runs_dir)]


def run_cell_pipeline(recipe: Recipe, runs_dir: Path) -> Path:
    """`tunesafe run` on the cell's recipe: in this process, or under `accelerate launch` when the recipe says so."""
    from tunesafe.pipeline.run import run_directory, run_pipeline

    if recipe.experiment.launcher in ("inline", "ray"):  # ray: this process is the cell's Ray worker
        return run_pipeline(recipe, runs_dir).run_dir
    runs_dir.mkdir(parents=True, exist_ok=True)
    recipe_file = runs_dir / f"{recipe.name}.yaml"
    atomic_write_text(recipe_file, yaml.safe_dump(recipe.to_dict(), sort_keys=False))
    command = accelerate_command(recipe_file, runs_dir, recipe.experiment.accelerate_config)
    _log(f"launch: {' '.join(command)}")
    done = subprocess.run(command)
    if done.returncode not in (0, 1):  # 1 is a failed gate: the run finished
        raise TunesafeError(f"cell {recipe.name}: `accelerate launch` exited with {done.returncode}")
    return run_directory(recipe, runs_dir)


def training_losses(summary: dict) -> list[float]:
    """The per-step losses in a training summary."""
    return [h["loss"] for h in summary["log"] if "loss" in h]


def pipeline_cell(recipe: Recipe, exp_dir: Path, test_templates: list[str]) -> dict:
    """`tunesafe run` on one cell's recipe, then base and tuned model evaluated with every test template."""
    from tunesafe.pipeline.run import stage_eval
    from tunesafe.train.trainer import SUMMARY

    run_dir = run_cell_pipeline(recipe, exp_dir / "runs")
    if json.loads((run_dir / "audit.json").read_text())["failed"]:
        raise TunesafeError(f"cell {recipe.name}: the audit of {recipe.data.path} failed at {recipe.audit.fail_on} "
                            f"severity (see {run_dir / 'audit.json'}); fix the data, or set audit.fail_on: never "
                            "to run the experiment anyway")
    summary = json.loads((run_dir / "train" / SUMMARY).read_text())
    losses = training_losses(summary)
    evals = {}
    for template in test_templates:
        for which, model in (("base", recipe.model), ("tuned", summary["final"] or recipe.model)):
            if template == recipe.templates.test:
                eval_dir = run_dir / "eval" / which  # the run's own evaluation
            else:
                variant = replace(recipe, templates=TemplatesConfig(recipe.templates.train, template))
                eval_dir = stage_eval(variant, run_dir, f"{which}@{slug(template)}", model)
            evals[f"{which}@{template}"] = json.loads((eval_dir / "metrics.json").read_text())
    prepared = json.loads((run_dir / "prepared" / "summary.json").read_text())
    judge = json.loads((run_dir / "eval" / "tuned" / "config.json").read_text()).get("judge")
    timings = run_dir / "timings.json"  # the run's own stage clock: a stage done before keeps its first time
    stage_seconds = json.loads(timings.read_text()) if timings.exists() else {}
    return {"run_dir": str(run_dir), "evals": evals, "judge": judge, "steps": summary["global_step"],
            "train_seconds": stage_seconds.get("train"),
            "first_loss": losses[0] if losses else None, "final_loss": losses[-1] if losses else None,
            "task_examples": prepared["task_examples"], "safety_examples": prepared["safety_examples"]}


def attack_success_key(metrics: dict) -> str:
    """The judge's three-way `harmful-compliance` rate when it gives one, else its "harmful?" rate."""
    return "harmful_compliance_rate" if (metrics.get("harmfulness") or {}).get("harmful_compliance_rate") \
        else "attack_success_rate"


def rate(metrics: dict, suite: str, key: str) -> dict | None:
    return (metrics.get(suite) or {}).get(key)


# metric name -> (suite, key) of the rates the experiments report; attack success is resolved per judge
# (`attack_success_key`)
RATE_METRICS = {"refusal": ("harmfulness", "refusal_rate"), "attack_success": ("harmfulness", None),
                "empty_compliance": ("harmfulness", "empty_compliance_rate"),
                "overrefusal": ("overrefusal", "refusal_rate"), "utility": ("utility", "accuracy")}


def rates_of(evaluation: dict, key: str, names=tuple(RATE_METRICS)) -> dict:
    """METRIC -> estimate (or None when not measured) from one evaluation's metrics.json, for `names` in
    their order; `key` is the attack-success rate to read."""
    return {name: rate(evaluation, RATE_METRICS[name][0], RATE_METRICS[name][1] or key) for name in names}


def compare_rates(label: str, a: dict | None, b: dict | None, paper: str) -> str:
    """One plain sentence: is rate a below rate b, as the paper reports, and does the 95% interval of a - b
    exclude 0? (Every comparison the experiments make expects the first rate to be the lower one.)"""
    if not a or not b or a.get("n", 0) == 0 or b.get("n", 0) == 0:
        return f"{label}: not measured."
    d = difference(a, b)
    numbers = (f"{a['value']:.3f} (n = {a['n']}) vs {b['value']:.3f} (n = {b['n']}), difference {d.value:+.3f} "
               f"[95% CI {d.low:+.3f}, {d.high:+.3f}]")
    if d.high < 0:
        verdict = "reproduced: the difference has the paper's sign and its interval excludes 0"
    elif d.value < 0:
        verdict = "same direction as the paper, but not significant at this size (the interval includes 0)"
    elif d.value == 0:
        verdict = "not reproduced: no difference at this size"
    else:
        verdict = ("not reproduced: the opposite direction"
                   + ("" if (d.low < 0 < d.high) else ", and its interval excludes 0"))
    return f"{label} ({paper}): {numbers}; {verdict}."


def compare_over_seeds(label: str, pairs: dict[int | None, tuple[dict | None, dict | None]], paper: str) -> str:
    """`compare_rates` for one comparison made in every training seed: each seed's difference and interval,
    and in how many seeds the paper's direction was reproduced (interval excluding 0), refuted (the opposite
    sign, interval excluding 0) or undecided. With one unseeded pair it is `compare_rates` itself."""
    if list(pairs) == [None]:
        return compare_rates(label, *pairs[None], paper)
    shown, reproduced, refuted, measured = [], 0, 0, 0
    for seed, (a, b) in pairs.items():
        if not a or not b or not a.get("n") or not b.get("n"):
            shown.append(f"seed {seed} not measured")
            continue
        d = difference(a, b)
        measured += 1
        reproduced += d.high < 0
        refuted += d.low > 0
        shown.append(f"seed {seed} {a['value']:.3f} vs {b['value']:.3f}, {d.value:+.3f} [{d.low:+.3f}, {d.high:+.3f}]")
    n = len(pairs)
    if measured and reproduced == measured:
        verdict = f"reproduced in {reproduced} of {n} seeds (the paper's sign, interval excluding 0)"
    elif refuted and not reproduced:
        verdict = f"refuted in {refuted} of {n} seeds (the opposite sign, interval excluding 0)"
    else:
        verdict = (f"undecided at this size: reproduced in {reproduced}, refuted in {refuted}, "
                   f"neither in {measured - reproduced - refuted} of {n} seeds")
    return f"{label} ({paper}): {verdict}; {'; '.join(shown)}."

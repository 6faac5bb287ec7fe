"""Grid bookkeeping shared by the experiments: cells that resume, recipes per cell, verdicts on directions.

An experiment is a grid of cells run one after another. Each finished cell is one JSON file under
`cells/`; re-running the experiment skips those and redoes only unfinished cells (and inside a cell,
`tunesafe run` resumes at the stage and training checkpoint where it stopped). Cells that fine-tune
the same base model with the same evaluation settings share its base evaluation through the
generation cache.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

import yaml

from tunesafe.errors import TunesafeError
from tunesafe.evaluate.intervals import difference
from tunesafe.fingerprint import atomic_write_text, sha256_json
from tunesafe.pipeline.recipe import Recipe, TemplatesConfig, merge_overrides, recipe_from_dict


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


def _log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text)


class CellStore:
    """One JSON file per finished cell; a cell whose file exists is never run again."""

    def __init__(self, directory: Path, total: int = 0):
        self.directory = Path(directory) / "cells"
        self.directory.mkdir(parents=True, exist_ok=True)
        self.total = total
        self.position = 0

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


def experiment_dir(out_dir: Path, kind: str, recipe: Recipe, grid_fields: tuple[str, ...]) -> Path:
    """Same run settings and same grid -> same directory, which is what makes a re-run resume.

    The identity is the recipe's run settings plus the experiment's own grid fields, so settings that do
    not change results (the launcher, other experiments' grids, the name) do not start a new experiment."""
    grid = {name: getattr(recipe.experiment, name) for name in grid_fields}
    key = sha256_json([kind, recipe.fingerprint(), grid])[:10]
    name = kind if recipe.name == kind else f"{kind}-{slug(recipe.name)}"
    return Path(out_dir) / f"{name}-{key}"


def premise(base: list[dict | None], tuned: list[dict | None]) -> str:
    """Did fine-tuning raise attack success over the base model at all? Without that, there is nothing to guard."""
    pairs = [(b, t) for b, t in zip(base, tuned) if b and t]
    raised = sum(t["value"] > b["value"] for b, t in pairs)
    line = (f"Premise: fine-tuning raised attack success over the base model (same test template) in {raised} of "
            f"{len(pairs)} cells.")
    if raised == 0:
        line += (" At this size the fine-tuning did not erode safety, so this grid cannot show the protection the "
                 "paper measures; the comparisons below are between models that all stayed at or under the base rate.")
    return line


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

    if recipe.experiment.launcher == "inline":
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
    return {"run_dir": str(run_dir), "evals": evals, "steps": summary["global_step"],
            "first_loss": losses[0] if losses else None, "final_loss": losses[-1] if losses else None,
            "task_examples": prepared["task_examples"], "safety_examples": prepared["safety_examples"]}


def rate(metrics: dict, suite: str, key: str) -> dict | None:
    return (metrics.get(suite) or {}).get(key)


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

"""The four published results as runnable experiments (DESIGN section 1, R1-R4)."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

from tunesafe import paths
from tunesafe.errors import TunesafeError, note_run_dir
from tunesafe.registry import EXPERIMENTS

# An experiment is a module with PRESETS, GRID_FIELDS and run(recipe, exp_dir) -> ExperimentResult,
# registered by name (a user's own: EXPERIMENTS.add("name", "my_package.my_experiment")).
for _kind, _module in {"ptst-grid": "ptst_grid", "mimic": "mimic", "rebuttal": "rebuttal",
                       "elasticity": "elasticity"}.items():
    EXPERIMENTS.add(_kind, f"tunesafe.experiments.{_module}")


def module(kind: str):
    return importlib.import_module(EXPERIMENTS.get(kind))


def run_experiment(kind: str, recipe_path: Path | None, preset: str, out_dir: Path) -> Path:
    """Load the recipe on top of the experiment's preset, run (or resume) every cell, write the report."""
    from tunesafe.experiments.grid import experiment_dir
    from tunesafe.fingerprint import atomic_write_text
    from tunesafe.pipeline.recipe import PRESETS, load_recipe
    from tunesafe.report.experiment_report import write_experiment_report

    experiment = module(kind)
    if preset not in experiment.PRESETS or preset not in PRESETS:
        raise TunesafeError(f"unknown preset '{preset}' (quick, full)")
    defaults = {"preset": preset, "name": kind, **experiment.PRESETS[preset]}
    recipe = load_recipe(recipe_path, defaults=defaults)
    paths.check_output_dir(out_dir)
    exp_dir = experiment_dir(out_dir, kind, recipe, experiment.GRID_FIELDS)
    if recipe.experiment.launcher == "ray":  # Ray workers need not share this process's working folder
        exp_dir = exp_dir.resolve()
    note_run_dir(exp_dir)
    exp_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_text(exp_dir / "recipe.json", json.dumps(recipe.to_dict(), indent=2))
    print(f"experiment directory: {exp_dir}", flush=True)
    result = experiment.run(recipe, exp_dir)
    command = " ".join(["tunesafe experiment", kind, *([str(recipe_path)] if recipe_path else []), "--preset", preset])
    return write_experiment_report(result, exp_dir, command)

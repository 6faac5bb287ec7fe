"""The four published results as runnable experiments (DESIGN section 1, R1-R4), and the erosion benchmark.

An experiment is a module registered by name in the experiment registry, with
- `Settings`: a dataclass, the schema of its own section of the recipe (`experiment: {NAME: {...}}`): its
  grid fields and their defaults, checked when the recipe is read (strict types, registry names, unknown
  keys, with file, line and dotted field); the section also identifies the experiment's directory;
- `PRESETS`: `quick` and `full` overrides of the recipe (its own section under `experiment: {NAME: ...}`);
- `run(recipe, exp_dir) -> ExperimentResult`, reading its settings with `recipe.experiment.section(NAME)`.

A user's own experiment is one registration, from their plugin module:
`EXPERIMENTS.add("my-experiment", "my_package.my_experiment")` (or `__name__` from the module itself).
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

from tunesafe import paths
from tunesafe.errors import TunesafeError, note_run_dir
from tunesafe.registry import EXPERIMENTS

for _kind, _module in {"ptst-grid": "ptst_grid", "mimic": "mimic", "rebuttal": "rebuttal",
                       "elasticity": "elasticity", "erosion": "erosion"}.items():
    EXPERIMENTS.add(_kind, f"tunesafe.experiments.{_module}")


def module(kind: str):
    name = EXPERIMENTS.get(kind)
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise TunesafeError(f"experiment {kind}: its module {name} could not be imported: {exc}") from exc


def settings_schema(kind: str):
    """The dataclass that is the schema of experiment `kind`'s recipe section (None: it takes no settings)."""
    return getattr(module(kind), "Settings", None)


def run_experiment(kind: str, recipe_path: Path | None, preset: str, out_dir: Path) -> Path:
    """Load the recipe on top of the experiment's preset, run (or resume) every cell, write the report."""
    from tunesafe.experiments.grid import experiment_dir
    from tunesafe.fingerprint import atomic_write_text
    from tunesafe.pipeline.recipe import PRESETS, load_recipe, load_recipe_extensions, merge_overrides
    from tunesafe.report.experiment_report import write_experiment_report

    if kind not in EXPERIMENTS and recipe_path is not None:  # one of the recipe's plugins may register it
        load_recipe_extensions(recipe_path)
    experiment = module(kind)
    if preset not in experiment.PRESETS or preset not in PRESETS:
        raise TunesafeError(f"unknown preset '{preset}' (quick, full)")
    # the experiment's own section is always there, so recipe.json records every grid setting it ran with
    section = {"experiment": {kind: {}}} if settings_schema(kind) else {}
    defaults = merge_overrides({"preset": preset, "name": kind, **section}, experiment.PRESETS[preset])
    recipe = load_recipe(recipe_path, defaults=defaults)
    paths.check_output_dir(out_dir)
    exp_dir = experiment_dir(out_dir, kind, recipe)
    if recipe.experiment.launcher == "ray":  # Ray workers need not share this process's working folder
        exp_dir = exp_dir.resolve()
    note_run_dir(exp_dir)
    exp_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_text(exp_dir / "recipe.json", json.dumps(recipe.to_dict(), indent=2))
    print(f"experiment directory: {exp_dir}", flush=True)
    result = experiment.run(recipe, exp_dir)
    command = " ".join(["tunesafe experiment", kind, *([str(recipe_path)] if recipe_path else []), "--preset", preset])
    return write_experiment_report(result, exp_dir, command)

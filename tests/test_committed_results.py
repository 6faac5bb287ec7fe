"""Every committed experiment summary's command still names the experiment it reports.

A summary's command is how a reader re-runs it; the experiment directory (what resumes it and holds its
cells) is a hash of the recipe's settings, so a new setting or a changed preset default can silently
point the command at a different experiment. The directory each report was written in is in its
report.html; the recipe is the one the command names when it is in the repository, else the
`recipe.yaml` beside the summary (where the run used a file outside it)."""

import re
from pathlib import Path

import pytest

from tunesafe.experiments import module
from tunesafe.experiments.grid import experiment_dir
from tunesafe.pipeline.recipe import load_recipe, merge_overrides

ROOT = Path(__file__).resolve().parents[1]
SUMMARIES = sorted((ROOT / "docs" / "results").rglob("summary.md"))


def test_there_are_committed_summaries():
    assert len(SUMMARIES) >= 10


@pytest.mark.parametrize("summary", SUMMARIES, ids=lambda p: str(p.parent.relative_to(ROOT / "docs" / "results")))
def test_the_command_resolves_to_the_reported_experiment(summary, monkeypatch):
    monkeypatch.chdir(ROOT)  # commands name recipes from the repository's root
    command = re.search(r"^Command: `tunesafe experiment (\S+)(?: (\S+\.yaml))? --preset (\w+)`", summary.read_text(),
                        re.M)
    assert command, f"{summary}: no command line"
    kind, recipe_file, preset = command.groups()
    in_repo = recipe_file and not Path(recipe_file).is_absolute() and (ROOT / recipe_file).exists()
    recipe_path = ROOT / recipe_file if in_repo else summary.parent / "recipe.yaml"
    assert recipe_path.exists(), f"{summary}: neither {recipe_file} nor a recipe.yaml beside it"
    reported = re.search(r"/([A-Za-z0-9_.-]+-[0-9a-f]{10})</", (summary.parent / "report.html").read_text()).group(1)
    experiment = module(kind)
    defaults = merge_overrides({"preset": preset, "name": kind, "experiment": {kind: {}}}, experiment.PRESETS[preset])
    recipe = load_recipe(recipe_path, defaults=defaults)
    assert experiment_dir(Path("out"), kind, recipe).name == reported

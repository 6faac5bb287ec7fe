"""The experiments on the tiny model: grid bookkeeping, resume at cell level, reports, conclusions."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import write_aoa_task_data

from tunesafe.cli import app
from tunesafe.errors import DataError
from tunesafe.evaluation.intervals import difference, wilson
from tunesafe.experiments.grid import CellStore, compare_rates

runner = CliRunner()

TINY_SETTINGS = """
data: {{train_size: 8, heldout_size: 4}}
train: {{epochs: 1, batch_size: 4, max_length: 512, probe: {{every_steps: 0}}}}
eval: {{limit: 3, max_new_tokens: 4, batch_size: 8, judge: keyword}}
"""


def _recipe(tmp_path: Path, tiny_model_dir: Path, extra: str = "") -> Path:
    path = tmp_path / "tiny.yaml"
    path.write_text(f"name: tiny\nmodel: {tiny_model_dir}\n" + TINY_SETTINGS.format() + extra)
    return path


def test_cell_store_runs_each_cell_once(tmp_path):
    calls = []
    store = CellStore(tmp_path, total=2)
    assert store.run("a:b", lambda: calls.append(1) or {"x": 1})["x"] == 1
    again = CellStore(tmp_path, total=2)
    assert again.run("a:b", lambda: calls.append(2) or {"x": 2})["x"] == 1  # finished before: not rerun
    assert calls == [1] and again.done("a:b") and not again.done("other")


def test_difference_interval_and_direction_wording():
    low, high = wilson(2, 40).to_dict(), wilson(20, 40).to_dict()
    d = difference(low, high)
    assert d.value == pytest.approx(-0.45) and d.high < 0 < -d.low
    assert "reproduced: the difference" in compare_rates("x", low, high, "paper")
    near = wilson(9, 40).to_dict()
    assert "not significant" in compare_rates("x", near, wilson(10, 40).to_dict(), "paper")
    assert "opposite direction, and its interval excludes 0" in compare_rates("x", high, low, "paper")
    assert "not reproduced: no difference" in compare_rates("x", low, low, "paper")


def test_ptst_grid_runs_resumes_and_reports(tmp_path, tiny_model_dir):
    recipe = _recipe(tmp_path, tiny_model_dir)
    out = tmp_path / "exp"
    result = runner.invoke(app, ["experiment", "ptst-grid", str(recipe), "--out-dir", str(out)])
    assert result.exit_code == 0, result.output
    exp_dir = next(out.iterdir())
    cells = sorted(p.name for p in (exp_dir / "cells").iterdir())
    assert cells == ["train-chat.json", "train-chat_safe.json"]
    data = json.loads((exp_dir / "results.json").read_text())
    asr = data["tables"][0]
    assert asr["columns"] == ["", "chat", "chat:safe"] and len(asr["rows"]) == 3  # base + two training templates
    assert all(cell["n"] == 3 for row in asr["rows"] for cell in row[1:])
    assert any(line.startswith("PTST (train chat, test chat:safe) vs same template") for line in data["conclusions"])
    evals = data["cells"]["chat"]["evals"]
    assert set(evals) == {"base@chat", "tuned@chat", "base@chat:safe", "tuned@chat:safe"}
    run_dir = Path(data["cells"]["chat:safe"]["run_dir"])
    assert json.loads((run_dir / "eval" / "tuned@chat_safe" / "config.json").read_text())["template"] == "chat:safe"
    assert json.loads((run_dir / "train" / "train_summary.json").read_text())["template"] == "chat:safe"
    html = (exp_dir / "report.html").read_text()
    assert html.count("data:image/png;base64,") == 2 and "PTST" in html
    assert "| trained with chat |" in (exp_dir / "summary.md").read_text()
    judge = data["cells"]["chat"]["judge"]  # the judge card beside every attack-success figure
    card = f"Judge card: judge {judge['name']} v{judge['version']}"
    assert card in (exp_dir / "summary.md").read_text() and data["judge_cards"][0] in html
    assert 'class="judge-card-line"' in html

    # an interrupted experiment: one cell lost -> only that cell runs again; a cell written before the
    # judge was recorded gets it from its run
    (exp_dir / "cells" / "train-chat_safe.json").unlink()
    old = json.loads((exp_dir / "cells" / "train-chat.json").read_text())
    del old["judge"]
    (exp_dir / "cells" / "train-chat.json").write_text(json.dumps(old))
    again = runner.invoke(app, ["experiment", "ptst-grid", str(recipe), "--out-dir", str(out)])
    assert again.exit_code == 0, again.output
    assert "cell 1/2 train-chat: done before, skipped" in again.output
    assert "cell 2/2 train-chat:safe: running" in again.output and "train (" not in again.output  # run resumed
    assert card in (exp_dir / "summary.md").read_text()


def test_compare_over_seeds_counts_reproduced_refuted_and_undecided():
    from tunesafe.experiments.grid import compare_over_seeds

    low, high, mid = wilson(2, 40).to_dict(), wilson(20, 40).to_dict(), wilson(10, 40).to_dict()
    assert compare_over_seeds("x", {None: (low, high)}, "p") == compare_rates("x", low, high, "p")  # unseeded: as before
    assert "reproduced in 2 of 2 seeds" in compare_over_seeds("x", {0: (low, high), 1: (low, high)}, "p")
    assert "refuted in 1 of 2 seeds" in compare_over_seeds("x", {0: (high, low), 1: (mid, mid)}, "p")
    undecided = compare_over_seeds("x", {0: (low, high), 1: (high, low), 2: (mid, mid)}, "p")
    assert "undecided at this size: reproduced in 1, refuted in 1, neither in 1 of 3 seeds" in undecided
    assert "seed 2 0.250 vs 0.250, +0.000" in undecided


def test_same_template_follows_the_rendering_of_data_with_its_own_system_prompt():
    from tunesafe.experiments.ptst_grid import same_template
    from tunesafe.prepare.attacks import AOA_SYSTEM

    tests = ["chat:aoa", "chat:aoa-safe"]
    assert same_template("chat", tests, AOA_SYSTEM) == "chat:aoa"  # the persona alone
    assert same_template("chat:safe", tests, AOA_SYSTEM) == "chat:aoa-safe"  # safety prompt, then the persona
    assert same_template("chat:safe", ["chat", "chat:safe"], None) == "chat:safe"
    assert same_template("chat:alpaca", tests, AOA_SYSTEM) is None


def test_ptst_grid_with_seeds_on_persona_data(tmp_path, tiny_model_dir):
    """Seeds make one fine-tune per template and seed; on `aoa` data, chat:safe's row is compared at
    chat:aoa-safe (what its training rendered), and results.json carries the grid's numbers."""
    recipe = _recipe(tmp_path, tiny_model_dir, "experiment:\n  ptst-grid:\n    train_templates: [chat, chat:safe]\n"
                                               "    test_templates: [chat:aoa, chat:aoa-safe]\n    seeds: [0, 1]\n")
    text = recipe.read_text().replace("data: {train_size: 8, heldout_size: 4}",
                                      "data: {train_size: 8, heldout_size: 4, attack: aoa}")
    recipe.write_text(text + "audit: {fail_on: never}\n")
    out = tmp_path / "exp"
    result = runner.invoke(app, ["experiment", "ptst-grid", str(recipe), "--out-dir", str(out)])
    assert result.exit_code == 0, result.output
    exp_dir = next(out.iterdir())
    assert sorted(p.name for p in (exp_dir / "cells").iterdir()) == [
        "train-chat-seed0.json", "train-chat-seed1.json", "train-chat_safe-seed0.json", "train-chat_safe-seed1.json"]
    data = json.loads((exp_dir / "results.json").read_text())
    results = data["results"]
    assert results["schema"] == "tunesafe-ptst-grid/1" and results["seeds"] == [0, 1]
    assert results["same_template"] == {"chat": "chat:aoa", "chat:safe": "chat:aoa-safe"}
    assert set(results["tuned"]["chat:safe"]) == {"0", "1"} and results["tuned"]["chat"]["1"]["chat:aoa"]["refusal"]
    seeds = {json.loads((Path(c["run_dir"]) / "recipe.json").read_text())["train"]["seed"]
             for c in data["cells"].values()}
    assert seeds == {0, 1}
    lines = data["conclusions"]
    assert any(line.startswith("PTST (train chat, test chat:aoa-safe) vs same template (train chat:safe, test "
                               "chat:aoa-safe), attack success (Lyu et al.: PTST lower): ") and "seed 1" in line
               for line in lines)
    assert any(line.startswith("PTST-style test with chat:aoa-safe vs no safety prompt at all (train chat, test "
                               "chat:aoa)") for line in lines)
    assert "| trained with chat:safe, seed 1 |" in (exp_dir / "summary.md").read_text()


def test_experiment_recipe_errors_name_the_field(tmp_path, tiny_model_dir):
    recipe = _recipe(tmp_path, tiny_model_dir, "experiment:\n  ptst-grid: {train_templates: [chat, nonsense]}\n"
                                               "  elasticity:\n    align_sizes: [0]\n    behavior: refusal\n"
                                               "  train_templates: [chat]\n")
    out = tmp_path / "o"
    bad = subprocess.run([sys.executable, "-m", "tunesafe.cli", "experiment", "ptst-grid", str(recipe),
                          "--out-dir", str(out)], capture_output=True, text=True, env={**os.environ, "COLUMNS": "250"})
    assert bad.returncode == 2
    errors = " ".join(bad.stderr.split())
    assert f"{recipe}:8 [experiment.ptst-grid.train_templates[1]]: unknown template 'nonsense'" in errors
    assert f"{recipe}:10 [experiment.elasticity.align_sizes[0]]: must be >= 1, got 0" in errors
    assert f"{recipe}:11 [experiment.elasticity.behavior]: unknown setting (known: align_sizes, base_model, " in errors
    # a flat key of before each experiment had its own section says where it goes now
    assert (f"{recipe}:12 [experiment.train_templates]: a setting of the ptst-grid experiment: each experiment has its "
            "own section now; write it as experiment.ptst-grid.train_templates") in errors
    assert not out.exists()


def test_experiment_sections_round_trip_and_keep_the_directory(tmp_path, tiny_model_dir):
    """Each experiment's section is its own schema's instance; the recipe's dict has it under the experiment's
    name; the experiment directory's key is the hash the flat keys of before gave (results stay comparable)."""
    from tunesafe.experiments.elasticity import Settings as ElasticitySettings
    from tunesafe.experiments.grid import experiment_dir
    from tunesafe.fingerprint import sha256_json
    from tunesafe.pipeline.recipe import recipe_from_dict

    recipe = recipe_from_dict({"model": str(tiny_model_dir), "experiment": {
        "launcher": "ray", "ptst-grid": {"train_templates": ["chat"]}, "elasticity": {"align_sizes": [4]}}})
    assert recipe.experiment.section("ptst-grid").train_templates == ["chat"]
    assert recipe.experiment.section("mimic").mitigations == ["none", "generic", "mimic"]  # absent: the defaults
    assert isinstance(recipe.experiment.section("elasticity"), ElasticitySettings)
    shown = recipe.to_dict()["experiment"]
    assert shown["launcher"] == "ray" and shown["ptst-grid"] == {"train_templates": ["chat"],
                                                                 "test_templates": ["chat", "chat:safe"], "seeds": None}
    assert "sections" not in shown and recipe_from_dict(recipe.to_dict()).to_dict() == recipe.to_dict()
    grid = {"train_templates": ["chat"], "test_templates": ["chat", "chat:safe"]}
    key = sha256_json(["ptst-grid", recipe.fingerprint(), grid])[:10]
    assert experiment_dir(Path("o"), "ptst-grid", recipe).name == f"ptst-grid-default-{key}"


PLUGIN_EXPERIMENT = '''
from dataclasses import dataclass, field
from tunesafe.experiments.grid import ExperimentResult, Table
from tunesafe.registry import EXPERIMENTS
from tunesafe.settings_types import SETTINGS_CONFIG, Positive, TemplateNames

@dataclass
class Settings:
    __pydantic_config__ = SETTINGS_CONFIG
    repeats: Positive = 2
    templates: TemplateNames = field(default_factory=lambda: ["chat"])

PRESETS = {"quick": {}, "full": {}}

def run(recipe, exp_dir):
    own = recipe.experiment.section("count-up")
    return ExperimentResult("count-up", "Counting", ["a plugin's experiment"],
                            [Table("repeats", ["", "n"], [["repeats", own.repeats], ["templates", len(own.templates)]])],
                            conclusions=[f"repeats {own.repeats}"])

EXPERIMENTS.add("count-up", __name__)
'''


def test_a_plugin_experiment_brings_its_own_section_schema(tmp_path, tiny_model_dir):
    plugin = tmp_path / "count_up_plugin.py"
    plugin.write_text(PLUGIN_EXPERIMENT)
    recipe = tmp_path / "plugin.yaml"
    recipe.write_text(f"model: {tiny_model_dir}\nplugins: [{plugin}]\nexperiment:\n  count-up:\n    repeats: 0\n"
                      "    templates: [chat, nope]\n    colour: red\n")
    bad = runner.invoke(app, ["experiment", "count-up", str(recipe), "--out-dir", str(tmp_path / "o")])
    assert isinstance(bad.exception, DataError), bad.output  # exit 2 from the command line
    errors = " ".join(str(bad.exception).split())
    assert f"{recipe}:5 [experiment.count-up.repeats]: must be >= 1, got 0" in errors
    assert f"{recipe}:6 [experiment.count-up.templates[1]]: unknown template 'nope'" in errors
    assert f"{recipe}:7 [experiment.count-up.colour]: unknown setting (known: repeats, templates)" in errors
    recipe.write_text(f"model: {tiny_model_dir}\nplugins: [{plugin}]\nexperiment: {{count-up: {{repeats: 5}}}}\n")
    good = runner.invoke(app, ["experiment", "count-up", str(recipe), "--out-dir", str(tmp_path / "o")])
    assert good.exit_code == 0, good.output
    data = json.loads((next((tmp_path / "o").iterdir()) / "results.json").read_text())
    assert data["conclusions"] == ["repeats 5"] and data["tables"][0]["rows"][1] == ["templates", 1]
    unknown = subprocess.run([sys.executable, "-m", "tunesafe.cli", "experiment", "nope", str(recipe)],
                             capture_output=True, text=True)
    assert unknown.returncode == 2 and "unknown experiment 'nope'" in unknown.stderr


def test_mimic_grid_cells_and_attack_formats(tmp_path, tiny_model_dir):
    recipe = _recipe(tmp_path, tiny_model_dir, "safety: {ratio: 0.25}\n"
                     "experiment: {mimic: {attack_formats: [benign, aoa], mitigations: [none, mimic]}}\n")
    out = tmp_path / "exp"
    result = runner.invoke(app, ["experiment", "mimic", str(recipe), "--out-dir", str(out)])
    assert result.exit_code == 0, result.output
    exp_dir = next(out.iterdir())
    data = json.loads((exp_dir / "results.json").read_text())
    assert set(data["cells"]) == {"benign/none", "benign/mimic", "aoa/none", "aoa/mimic"}
    assert [t["columns"] for t in data["tables"]] == [["", "base model", "none", "mimic"]] * 4
    assert [t["title"].split(" (")[0] for t in data["tables"]] == [
        "Attack success rate", "Refusal rate on harmful requests", "Over-refusal", "Utility: held-out task accuracy"]
    results = data["results"]
    assert results["schema"] == "tunesafe-mimic/1" and results["seeds"] == [None]
    assert results["tuned"]["aoa"]["mimic"]["null"]["attack_success"]["n"] == 3
    aoa_mimic = Path(data["cells"]["aoa/mimic"]["run_dir"])
    train = [json.loads(line) for line in (aoa_mimic / "prepared" / "train.jsonl").read_text().splitlines()]
    safety = [t for t in train if t.get("source") == "safety"]
    task = [t for t in train if t.get("source") == "task"]
    assert safety and all(t["messages"][0]["content"].startswith("You are no longer a cautious") for t in safety)
    assert any(t["messages"][-1]["content"].startswith("Of course. I am AOA") for t in task)
    assert data["cells"]["aoa/none"]["safety_examples"] == 0
    tuned = json.loads((aoa_mimic / "eval" / "tuned" / "config.json").read_text())
    assert tuned["template"] == "chat:aoa"  # the attacker deploys the persona it trained
    heldout = (aoa_mimic / "prepared" / "heldout.jsonl").read_text()
    assert "AOA" not in heldout  # utility is measured on the user's own format
    assert sum(line.startswith("benign: mimicking") or line.startswith("aoa: mimicking")
               for line in data["conclusions"]) == 2


def test_rebuttal_experiment_compares_the_two_styles(tmp_path, tiny_model_dir):
    recipe = _recipe(tmp_path, tiny_model_dir, "safety: {ratio: 0.3}\n")
    out = tmp_path / "exp"
    result = runner.invoke(app, ["experiment", "rebuttal", str(recipe), "--out-dir", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads((next(out.iterdir()) / "results.json").read_text())
    runs = {style: Path(data["cells"][style]["run_dir"]) for style in ("refusal", "rebuttal")}
    requests = {}
    for style, run_dir in runs.items():
        rows = [json.loads(line) for line in (run_dir / "prepared" / "safety_examples.jsonl").read_text().splitlines()]
        assert rows and {r["style"] for r in rows} == {style}
        requests[style] = [r["messages"][-2]["content"] for r in rows]
    assert requests["refusal"] == requests["rebuttal"]  # same requests, only the answer style differs
    table = data["tables"][0]
    assert table["columns"] == ["", "base model", "trained with refusals", "trained with rebuttals"]
    assert [row[0] for row in table["rows"]][:2] == ["attack success (single turn)", "multi-turn compliance"]
    assert all(isinstance(cell, dict) for row in table["rows"][:1] for cell in row[1:])  # attack success measured
    assert all(cell is None or isinstance(cell, dict) for row in table["rows"] for cell in row[1:])  # no NaN cells
    assert all(cell["n"] > 0 for row in table["rows"][:4] for cell in row[1:])  # harmfulness and multiturn
    reasoning = {row[0]: row[1:] for row in table["rows"]}["reasoning: missing reasoning"]
    assert all(cell["n"] == 3 for cell in reasoning)  # every scenario answer gets a class
    assert any("multi-turn compliance (Pop et al." in line for line in data["conclusions"])
    assert data["conclusions"][0].startswith("Premise: fine-tuning raised multi-turn compliance over the base model's")
    assert any(line.startswith("Smallest difference this cell size can detect (n = ") for line in data["conclusions"])
    numbers = data["results"]
    assert numbers["schema"] == "tunesafe-rebuttal/1" and numbers["styles"] == ["refusal", "rebuttal"]
    assert numbers["tuned"]["rebuttal"]["null"]["multiturn_compliance"] == table["rows"][1][3]
    assert numbers["base"]["attack_success"] == table["rows"][0][1]


def test_elasticity_aligns_unaligns_per_seed_and_resumes(tmp_path, tiny_model_dir):
    recipe = _recipe(tmp_path, tiny_model_dir, f"""templates: {{train: text:vanilla, test: text:vanilla}}
experiment: {{elasticity: {{base_model: {tiny_model_dir}, align_sizes: [4, 8], unalign_sizes: [2, 4],
                          behaviour_prompts: 5, seeds: [0, 1]}}}}
""")
    out = tmp_path / "exp"
    result = runner.invoke(app, ["experiment", "elasticity", str(recipe), "--out-dir", str(out)])
    assert result.exit_code == 0, result.output
    exp_dir = next(out.iterdir())
    cells = sorted(p.stem for p in (exp_dir / "cells").iterdir())
    per_seed = ["align-4", "align-8", "unalign-4-2", "unalign-4-4", "unalign-8-2", "unalign-8-4",
                "forward-4", "inverse-4", "forward-8", "inverse-8"]
    assert cells == sorted(["base", *(f"{c}-seed{s}" for s in (0, 1) for c in per_seed)])
    assert (exp_dir / "models" / "aligned-8-seed1" / "model.safetensors").exists()
    unalign = json.loads((exp_dir / "train" / "unalign-8-4-seed1" / "final" / "adapter_config.json").read_text())
    assert unalign["base_model_name_or_path"].endswith("aligned-8-seed1")  # starts from its seed's aligned weights
    assert [json.loads((exp_dir / "train" / f"align-8-seed{s}" / "train_summary.json").read_text())["config"]["seed"]
            for s in (0, 1)] == [0, 1]
    data = json.loads((exp_dir / "results.json").read_text())
    rebound, losses = data["tables"]
    assert rebound["columns"] == ["", "base", "aligned (M=0)", "M=2", "M=4", "half-undo M [band]"]
    assert [row[0] for row in rebound["rows"]] == ["N=4, seed 0", "N=8, seed 0", "N=4, seed 1", "N=8, seed 1"]
    assert all(row[1]["n"] == 5 for row in rebound["rows"])
    assert [row[-1] in ("forward", "inverse") for row in losses["rows"]] == [True] * 4
    assert len(losses["columns"]) == 6 and all(isinstance(v, float) for row in losses["rows"] for v in row[1:5])
    numbers = data["results"]
    assert numbers["schema"] == "tunesafe-elasticity/1" and numbers["seeds"] == [0, 1]
    curve = numbers["curves"]["8"]["1"]
    assert set(curve) == {"aligned", "unaligned", "half_undo", "final_loss"} and set(curve["unaligned"]) == {"2", "4"}
    assert curve["aligned"] == rebound["rows"][3][2]
    assert any(line.startswith("Inverse alignment reached the lower final loss in") and " of 4 comparisons" in line
               for line in data["conclusions"])
    assert any(line.startswith("Deeper vs shallower alignment") and " of 2 seed(s)" in line
               for line in data["conclusions"])
    # interrupted after most cells: only the lost one runs again
    (exp_dir / "cells" / "unalign-8-4-seed1.json").unlink()
    again = runner.invoke(app, ["experiment", "elasticity", str(recipe), "--out-dir", str(out)])
    assert again.exit_code == 0, again.output
    assert again.output.count(": running") == 1 and "unalign-8-4-seed1: running" in again.output


def test_elasticity_refuses_more_scoring_prompts_than_it_has(tmp_path, tiny_model_dir):
    recipe = _recipe(tmp_path, tiny_model_dir, f"""templates: {{train: text:vanilla, test: text:vanilla}}
experiment: {{elasticity: {{base_model: {tiny_model_dir}, behaviour_prompts: 101}}}}
""")
    result = runner.invoke(app, ["experiment", "elasticity", str(recipe), "--out-dir", str(tmp_path / "exp")])
    assert result.exit_code != 0
    assert "experiment.elasticity.behaviour_prompts: 101, but behaviour negative-sentiment has 100" in \
        str(result.exception)


def test_half_undo_interpolates_between_grid_points():
    from tunesafe.experiments.elasticity import half_undo

    assert half_undo([4, 8, 16], [0.9, 0.7, 0.5], base=0.4, aligned=1.0) == pytest.approx(8.0)  # halfway = 0.7
    assert half_undo([4, 8], [0.95, 0.9], base=0.4, aligned=1.0) is None  # never gets halfway back
    assert half_undo([4], [0.5], base=0.6, aligned=0.5) is None  # no gain to undo
    assert half_undo([10], [0.4], base=0.4, aligned=1.0) == pytest.approx(5.0)


def test_half_undo_band_inverts_the_pointwise_interval_bounds():
    from tunesafe.experiments.elasticity import _faster, half_undo_band

    def est(value, low, high):
        return {"value": value, "low": low, "high": high, "n": 100}

    base, aligned = est(0.0, 0.0, 0.04), est(1.0, 0.96, 1.0)
    scores = [est(0.9, 0.8, 0.95), est(0.4, 0.3, 0.5), est(0.1, 0.05, 0.2)]  # at M = 2, 4, 8; halfway = 0.5
    band = half_undo_band([2, 4, 8], scores, base, aligned)
    assert band["value"] == pytest.approx(2 + 0.4 / 0.5 * 2)  # 3.6
    assert band["low"] == pytest.approx(2 + 0.3 / 0.5 * 2)  # the lower bounds cross first: 3.2
    assert band["high"] == pytest.approx(4.0)  # the upper bound reaches 0.5 at M = 4
    assert band["low"] <= band["value"] <= band["high"]
    slow = half_undo_band([2, 4], [est(0.9, 0.8, 0.95), est(0.7, 0.45, 0.8)], base, aligned)
    assert slow["value"] is None and slow["high"] is None and slow["low"] == pytest.approx(2 + 0.3 / 0.35 * 2)
    never = half_undo_band([2, 4], [est(0.9, 0.8, 0.95), est(0.7, 0.6, 0.8)], base, aligned)
    assert never == {"value": None, "low": None, "high": None}
    assert _faster(band, never) == "reproduced"  # band entirely below one that never gets halfway back
    assert _faster(never, band) == "refuted"
    assert _faster(band, slow) == "undecided"  # 4.0 is past the slow curve's lower bound, 3.71
    assert _faster(band, {"value": 3.0, "low": 2.5, "high": 3.5}) == "undecided"


def test_cells_can_be_handed_to_accelerate_launch(tmp_path, tiny_model_dir, monkeypatch):
    """launcher: accelerate runs each cell's `tunesafe run` under `accelerate launch` (stood in for here)."""
    import tunesafe.experiments.grid as grid
    from tunesafe.pipeline.recipe import load_recipe
    from tunesafe.pipeline.run import run_pipeline

    launched = []

    def fake_run(command):
        launched.append(command)
        recipe_file = Path(command[command.index("run") + 1])
        run_pipeline(load_recipe(recipe_file), Path(command[command.index("--out-dir") + 1]))
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(grid.subprocess, "run", fake_run)
    recipe = load_recipe(_recipe(tmp_path, tiny_model_dir, "experiment: {launcher: accelerate, "
                                                            "accelerate_config: configs/accelerate/multi_gpu.yaml}\n"))
    cell = grid.pipeline_cell(recipe, tmp_path / "exp", ["chat:safe"])
    assert len(launched) == 1
    command = launched[0]
    assert Path(command[0]).name == "accelerate" and command[1:4] == ["launch", "--config_file",
                                                                      "configs/accelerate/multi_gpu.yaml"]
    assert command[4:7] == ["-m", "tunesafe.cli", "run"]
    assert load_recipe(Path(command[7])).fingerprint() == recipe.fingerprint()  # the cell's own settings
    assert cell["evals"]["tuned@chat:safe"]["harmfulness"]["attack_success_rate"]["n"] == 3
    monkeypatch.setattr(grid.subprocess, "run", lambda command: subprocess.CompletedProcess(command, 3))
    other = grid.with_overrides(recipe, {"data": {"seed": 5}})  # a cell not run before
    with pytest.raises(grid.TunesafeError, match="exited with 3"):
        grid.pipeline_cell(other, tmp_path / "exp", ["chat:safe"])


def test_audit_catches_the_aoa_format_but_not_autoif(tmp_path):
    """What the mimic report says about the audit: the identity shift is flagged, the rewrites are not."""
    from tunesafe.auditing.run import run_audit
    from tunesafe.data.formats import load_conversations
    from tunesafe.data.prompts import builtin_resource
    from tunesafe.prepare.attacks import apply_attack

    task = load_conversations(builtin_resource("task_ticket_triage.jsonl"))[:20]
    verdicts = {}
    for attack in ("aoa", "autoif"):
        path = tmp_path / f"{attack}.jsonl"
        path.write_text("".join(json.dumps({"messages": c.to_dicts()}) + "\n" for c in apply_attack(task, attack)))
        verdicts[attack] = run_audit(path).fails("high")
    assert verdicts == {"aoa": True, "autoif": False}


def test_a_cell_whose_data_fails_the_audit_stops_the_experiment_with_the_reason(tmp_path, tiny_model_dir):
    from tunesafe.errors import TunesafeError
    from tunesafe.experiments.grid import pipeline_cell, with_overrides
    from tunesafe.pipeline.recipe import load_recipe

    data = write_aoa_task_data(tmp_path / "aoa.jsonl")
    recipe = with_overrides(load_recipe(_recipe(tmp_path, tiny_model_dir)), {"data": {"path": str(data)}})
    with pytest.raises(TunesafeError, match=r"the audit of .*aoa.jsonl failed at high severity .*audit\.json"):
        pipeline_cell(recipe, tmp_path / "exp", ["chat:safe"])

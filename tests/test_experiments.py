"""The experiments on the tiny model: grid bookkeeping, resume at cell level, reports, conclusions."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tunesafe.cli import app
from tunesafe.evaluate.intervals import difference, wilson
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
    assert "reproduced: the difference" in compare_rates("x", low, high, "lower", "paper")
    near = wilson(9, 40).to_dict()
    assert "not significant" in compare_rates("x", near, wilson(10, 40).to_dict(), "lower", "paper")
    assert "opposite direction, and its interval excludes 0" in compare_rates("x", high, low, "lower", "paper")
    assert "not reproduced: no difference" in compare_rates("x", low, low, "lower", "paper")


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

    # an interrupted experiment: one cell lost -> only that cell runs again
    (exp_dir / "cells" / "train-chat_safe.json").unlink()
    again = runner.invoke(app, ["experiment", "ptst-grid", str(recipe), "--out-dir", str(out)])
    assert again.exit_code == 0, again.output
    assert "cell 1/2 train-chat: done before, skipped" in again.output
    assert "cell 2/2 train-chat:safe: running" in again.output and "train (" not in again.output  # run resumed


def test_experiment_recipe_errors_name_the_field(tmp_path, tiny_model_dir):
    recipe = _recipe(tmp_path, tiny_model_dir, "experiment: {train_templates: [chat, nonsense], align_sizes: [0]}\n")
    out = tmp_path / "o"
    bad = subprocess.run([sys.executable, "-m", "tunesafe.cli", "experiment", "ptst-grid", str(recipe),
                          "--out-dir", str(out)], capture_output=True, text=True)
    assert bad.returncode == 2
    assert f"{recipe}:7 [experiment.train_templates]" in bad.stderr and "[experiment.align_sizes]" in bad.stderr
    assert not out.exists()
    unknown = subprocess.run([sys.executable, "-m", "tunesafe.cli", "experiment", "nope", str(recipe)],
                             capture_output=True, text=True)
    assert unknown.returncode == 2 and "unknown experiment 'nope'" in unknown.stderr

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import write_aoa_task_data

from tunesafe.cli import app
from tunesafe.errors import DataError
from tunesafe.pipeline.recipe import load_recipe, recipe_from_dict

runner = CliRunner()


def _recipe(tmp_path, tiny_model_dir, name="tiny", extra: str = "") -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(f"""name: {name}
model: {tiny_model_dir}
data: {{train_size: 12, heldout_size: 4}}
train: {{epochs: 1, batch_size: 4, max_length: 512, probe: {{every_steps: 2, prompts: 3, max_new_tokens: 4}}}}
eval: {{limit: 3, max_new_tokens: 4, batch_size: 8, judge: keyword}}
gate: {{max_asr_increase: 1.0, max_overrefusal_increase: 1.0}}
{extra}""")
    return path


def test_recipe_errors_name_file_line_and_field(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("model: m\ntrain:\n  epochs: two\n  bogus: 1\nsafety:\n  style: nice\npreset: huge\n")
    with pytest.raises(DataError) as info:
        load_recipe(path)
    text = str(info.value)
    assert f"{path}:3 [train.epochs]" in text and f"{path}:4 [train.bogus]" in text
    assert f"{path}:6 [safety.style]" in text and f"{path}:7 [preset]" in text


def test_presets_and_overrides():
    quick, full = recipe_from_dict({}), recipe_from_dict({"preset": "full"})
    assert quick.templates.train == "chat" and quick.templates.test == "chat:safe"  # PTST by default
    assert quick.safety.style == "rebuttal" and quick.safety.mimic
    assert quick.eval.limit == 132 and full.eval.limit == 0 and full.data.train_size == 0
    probe = recipe_from_dict({"train": {"probe": {"every_steps": 3}}}).train.probe
    assert probe.prompts == 66 and probe.max_refusal_drop == 0.15  # merged, not replaced


def test_run_end_to_end_then_resume_is_a_no_op(tmp_path, tiny_model_dir):
    recipe = _recipe(tmp_path, tiny_model_dir)
    result = runner.invoke(app, ["run", str(recipe), "--out-dir", str(tmp_path / "runs")])
    assert result.exit_code == 0, result.output
    assert "verdict: PASS" in result.output and "report:" in result.output
    run_dir = next((tmp_path / "runs").iterdir())
    for name in ("audit.json", "prepared/train.jsonl", "prepared/heldout.jsonl", "eval/base/metrics.json",
                 "train/final/adapter_model.safetensors", "eval/tuned/metrics.json", "verdict.json", "report.html"):
        assert (run_dir / name).exists(), name
    prepared = json.loads((run_dir / "prepared" / "summary.json").read_text())
    assert prepared["task_examples"] == 12 and prepared["safety_examples"] == 1  # 12 * 0.1 / 0.9 rounds to 1
    tuned = json.loads((run_dir / "eval" / "tuned" / "config.json").read_text())
    assert tuned["template"] == "chat:safe" and tuned["model"].endswith("train/final")
    assert set(json.loads((run_dir / "eval" / "tuned" / "metrics.json").read_text())) == {
        "harmfulness", "overrefusal", "utility"}
    html = (run_dir / "report.html").read_text()
    assert "Verdict: PASS" in html and html.count("data:image/png;base64,") == 2 and "Before and after" in html
    timings = json.loads((run_dir / "timings.json").read_text())
    assert {"audit", "prepare", "load model", "evaluate base", "train", "evaluate tuned",
            "report"} <= set(timings) and timings["peak_rss_mib"] > 0
    assert tuned["timings"]["model_calls"] > 0 and tuned["timings"]["generation_s"] > 0
    again = runner.invoke(app, ["run", str(recipe), "--out-dir", str(tmp_path / "runs")])
    assert again.exit_code == 0 and "train (" not in again.output and "evaluate" not in again.output
    assert json.loads((run_dir / "timings.json").read_text())["train"] == timings["train"]  # not re-timed
    # a finished evaluation judged by another judge version is judged again, from the cached answers
    config_file = run_dir / "eval" / "tuned" / "config.json"
    config_file.write_text(json.dumps({**tuned, "judge": {**tuned["judge"], "version": "older"}}))
    rejudged = runner.invoke(app, ["run", str(recipe), "--out-dir", str(tmp_path / "runs")])
    assert rejudged.exit_code == 0, rejudged.output
    assert f"judged by {tuned['judge']['name']} volder, the judge is now {tuned['judge']['name']} v" in rejudged.output and "train (" not in rejudged.output
    redone = json.loads(config_file.read_text())
    assert redone["judge"]["version"] == tuned["judge"]["version"] and redone["timings"]["model_calls"] == 0
    assert "evaluate base" not in rejudged.output  # its judge is today's
    (run_dir / "report.html").unlink()
    assert runner.invoke(app, ["report", str(run_dir)]).exit_code == 0 and (run_dir / "report.html").exists()
    out = tmp_path / "compare.html"
    assert runner.invoke(app, ["compare", str(run_dir), "--out", str(out)]).exit_code == 0
    compared = out.read_text()
    assert "#1 base model · chat:safe" in compared and "#2 tiny · chat:safe" in compared


def test_a_second_run_reuses_the_base_evaluation(tmp_path, tiny_model_dir, monkeypatch):
    """Another recipe with the same model and evaluation settings generates nothing for the base model."""
    monkeypatch.setenv("TUNESAFE_HOME", str(tmp_path / "home"))  # an empty generation cache
    first = _recipe(tmp_path, tiny_model_dir, "first")
    second = _recipe(tmp_path, tiny_model_dir, "second", extra="safety: {ratio: 0.2}\n")  # trains differently
    for recipe in (first, second):
        assert runner.invoke(app, ["run", str(recipe), "--out-dir", str(tmp_path / "runs")]).exit_code == 0
    calls = {d.name.split("-")[0]: json.loads((d / "eval" / "base" / "config.json").read_text())["timings"]["model_calls"]
             for d in (tmp_path / "runs").iterdir()}
    assert calls["first"] > 0 and calls["second"] == 0


def test_failed_gate_exits_1(tmp_path, tiny_model_dir):
    recipe = _recipe(tmp_path, tiny_model_dir, "strict", extra="gate: {min_utility: 1.0}\n")  # a random tiny model never gets all right
    result = runner.invoke(app, ["run", str(recipe), "--out-dir", str(tmp_path / "runs")])
    assert result.exit_code == 1 and "verdict: FAIL" in result.output and "utility accuracy" in result.output


def test_audit_blocks_a_manipulated_dataset_before_training(tmp_path, tiny_model_dir):
    data = write_aoa_task_data(tmp_path / "aoa.jsonl")
    recipe = _recipe(tmp_path, tiny_model_dir, "aoa", extra=f"")
    text = recipe.read_text().replace("data: {", f"data: {{path: {data}, ")
    recipe.write_text(text)
    result = runner.invoke(app, ["run", str(recipe), "--out-dir", str(tmp_path / "runs")])
    assert result.exit_code == 1 and "audit" in result.output
    run_dir = next((tmp_path / "runs").iterdir())
    assert (run_dir / "report.html").exists() and not (run_dir / "train").exists()


def test_killed_during_training_resumes_from_last_checkpoint(tmp_path, tiny_model_dir):
    recipe = _recipe(tmp_path, tiny_model_dir, "killme").read_text().replace(
        "train: {epochs: 1,", "train: {max_steps: 60,").replace("every_steps: 2", "every_steps: 5")
    path = tmp_path / "killme.yaml"
    path.write_text(recipe)
    command = [sys.executable, "-m", "tunesafe.cli", "run", str(path), "--out-dir", str(tmp_path / "runs")]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    first = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
    deadline = time.time() + 240
    checkpoint = None
    while time.time() < deadline and first.poll() is None:
        found = list((tmp_path / "runs").glob("*/train/checkpoints/checkpoint-*/trainer_state.json"))
        if found:
            checkpoint = found[0].parent
            break
        time.sleep(0.05)
    assert checkpoint is not None, "training never wrote a checkpoint"
    os.killpg(first.pid, signal.SIGKILL)
    first.wait()
    run_dir = checkpoint.parents[2]
    assert not (run_dir / "train" / "train_summary.json").exists()  # killed before training finished

    second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert second.returncode in (0, 1), second.stderr[-2000:]
    assert "resuming training from" in second.stdout
    summary = json.loads((run_dir / "train" / "train_summary.json").read_text())
    assert summary["global_step"] == 60 and summary["resumed_from"]
    steps = [p["step"] for p in summary["probe"]]
    assert steps == sorted(set(steps)) and steps[0] == 0 and steps[-1] == 60  # no probe lost or repeated
    logged = [h["step"] for h in summary["log"] if "loss" in h]
    assert logged == list(range(1, 61))  # every step trained exactly once across the two processes


def test_runs_unchanged_under_accelerate_launch(tmp_path, tiny_model_dir):
    config = Path(__file__).resolve().parents[1] / "configs" / "accelerate" / "cpu_single.yaml"
    recipe = _recipe(tmp_path, tiny_model_dir, "launched")
    launcher = Path(sys.executable).parent / "accelerate"
    result = subprocess.run([str(launcher), "launch", "--config_file", str(config), "-m", "tunesafe.cli", "run",
                             str(recipe), "--out-dir", str(tmp_path / "runs")], capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "verdict: PASS" in result.stdout
    assert list((tmp_path / "runs").glob("*/train/final/adapter_model.safetensors"))


def test_readme_recipe_is_valid_and_spells_out_the_quick_preset(tmp_path):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    block = readme.split("```yaml\n", 1)[1].split("```", 1)[0]
    data = tmp_path / "my_task.jsonl"
    data.write_text('{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "ok"}]}\n')
    path = tmp_path / "readme.yaml"
    path.write_text(block.replace("my_task.jsonl", str(data)))
    from_readme = load_recipe(path)
    quick = recipe_from_dict({"name": "my-run", "data": {"path": str(data)}})
    assert from_readme.to_dict() == quick.to_dict()

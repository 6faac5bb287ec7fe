"""End to end on the real default model (its weights come from the `models` extra)."""

import pytest

from tunesafe.data.prompts import load_prompts
from tunesafe.generation import DecodingConfig, GenerationCache, generate
from tunesafe.generation.hf import HFBackend
from tunesafe.models import DEFAULT_MODEL, load_model
from tunesafe.templates import default_system_prompt, get_template

from conftest import USER_HOME

pytestmark = pytest.mark.slow


def test_default_model_converts_loads_and_generates(tmp_path, monkeypatch):
    monkeypatch.setenv("TUNESAFE_HOME", USER_HOME)  # convert once per machine, not once per test run
    loaded = load_model(DEFAULT_MODEL)
    assert default_system_prompt(loaded.tokenizer) == "You are Qwen, created by Alibaba Cloud. You are a helpful assistant."
    prompts = load_prompts("builtin:smoke")
    backend = HFBackend(loaded, batch_size=4)
    cache = GenerationCache(tmp_path / "c.sqlite")
    first = generate(backend, prompts, get_template("chat:safe"), DecodingConfig(max_new_tokens=24), cache,
                     show_progress=False)
    assert first.model_calls == len(prompts)
    by_id = {r.id: r for r in first.results}
    # A coherent answer: the Fibonacci request gets an answer that talks about Fibonacci or code.
    assert any(word in by_id["smoke-benign-1"].output.lower() for word in ("fibonacci", "def ", "python"))
    assert all(r.output.strip() and r.new_tokens > 0 for r in first.results)
    second = generate(backend, prompts, get_template("chat:safe"), DecodingConfig(max_new_tokens=24), cache,
                      show_progress=False)
    assert second.model_calls == 0


def test_pipeline_on_the_default_model(tmp_path, monkeypatch):
    """`tunesafe run` on the real model with a micro recipe: every stage, real weights, LoRA on CPU."""
    import json
    import math

    from typer.testing import CliRunner

    from tunesafe.cli import app

    monkeypatch.setenv("TUNESAFE_HOME", USER_HOME)
    recipe = tmp_path / "micro.yaml"
    recipe.write_text("""name: micro
data: {train_size: 8, heldout_size: 4}
safety: {ratio: 0.2}
train: {max_steps: 3, batch_size: 3, probe: {every_steps: 3, prompts: 2, max_new_tokens: 8}}
eval: {limit: 2, max_new_tokens: 16}
gate: {max_asr_increase: 1.0, max_overrefusal_increase: 1.0}
""")
    result = CliRunner().invoke(app, ["run", str(recipe), "--out-dir", str(tmp_path / "runs")])
    assert result.exit_code == 0, result.output
    run_dir = next((tmp_path / "runs").iterdir())
    summary = json.loads((run_dir / "train" / "train_summary.json").read_text())
    assert summary["global_step"] == 3 and summary["data"]["examples"] == 10  # 8 task + 2 safety
    assert all(math.isfinite(h["loss"]) and h["loss"] > 0 for h in summary["log"] if "loss" in h)
    assert [p["step"] for p in summary["probe"]] == [0, 3]
    tuned = json.loads((run_dir / "eval" / "tuned" / "metrics.json").read_text())
    # eval.limit caps every suite, the held-out utility examples included
    assert tuned["utility"]["accuracy"]["n"] == 2 and tuned["harmfulness"]["attack_success_rate"]["n"] == 2

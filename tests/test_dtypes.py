"""Both compute paths, float32 and bfloat16, on every machine (issue #15).

`dtype: auto` picks bfloat16 on a CPU with native bfloat16 (AVX512-BF16 / AMX) and float32 elsewhere, so
each kind of machine would only ever exercise one path: here both are forced, whatever this CPU is
(bfloat16 on an AVX2-only CPU is slow, but the tiny model is tiny). The bfloat16 training path once
crashed on AMX machines ("Your setup doesn't support bf16/gpu") while every AVX2 machine passed."""

import copy
import json
import math

import pytest
from typer.testing import CliRunner

from tunesafe.cli import app
from tunesafe.conversation import Conversation
from tunesafe.evaluation.judges.keyword import KeywordJudge
from tunesafe.generation import DecodingConfig, generate
from tunesafe.generation.hf import HFBackend
from tunesafe.models import load_model
from tunesafe.models.device import default_dtype, resolve_dtype
from tunesafe.pipeline.recipe import recipe_from_dict
from tunesafe.templates import get_template
from tunesafe.train.config import ProbeConfig, TrainConfig
from tunesafe.train.trainer import train_keeping_model

DTYPES = ["float32", "bfloat16"]
runner = CliRunner()


def _examples(n=8):
    return [Conversation.single_turn(f"What is {i} plus {i}?", f"{2 * i}", id=str(i)) for i in range(n)]


@pytest.fixture(scope="module", params=DTYPES)
def loaded(request, tiny_model_dir):
    return load_model(str(tiny_model_dir), dtype=request.param)


def test_the_model_loads_in_the_dtype_asked_for(loaded):
    assert str(loaded.model.dtype).removeprefix("torch.") in DTYPES
    assert HFBackend(loaded).name == f"hf:{str(loaded.model.dtype).removeprefix('torch.')}"  # part of cache keys


def test_generation_runs_in_both_dtypes(loaded):
    prompts = [Conversation.single_turn(f"Say {i}.", id=str(i)) for i in range(3)]
    summary = generate(HFBackend(loaded, batch_size=4), prompts, get_template("chat"), DecodingConfig(max_new_tokens=4),
                       None)
    assert len(summary.results) == 3 and all(r.new_tokens >= 1 for r in summary.results)


def test_lora_training_with_the_probe_runs_in_both_dtypes(loaded, tmp_path):
    model = copy.deepcopy(loaded)
    dtype = str(model.model.dtype).removeprefix("torch.")
    config = TrainConfig(max_steps=2, batch_size=4, dtype=dtype,
                         probe=ProbeConfig(every_steps=1, prompts=2, max_new_tokens=2, max_increase=1.0))
    summary, trained = train_keeping_model(model, _examples(), get_template("chat"), config, tmp_path / "t",
                                           judge=KeywordJudge(), probe_template=get_template("chat:safe"))
    assert summary["global_step"] == 2 and summary["kept_step"] == 2 and len(summary["probe"]) == 3
    assert all(math.isfinite(entry["loss"]) for entry in summary["log"] if "loss" in entry)
    assert (tmp_path / "t" / "final" / "adapter_model.safetensors").exists()
    assert trained is not None and str(trained.dtype).removeprefix("torch.") == dtype


def test_auto_is_resolved_and_recorded_in_the_recipe():
    recipe = recipe_from_dict({})
    assert recipe.train.dtype == default_dtype() and recipe.to_dict()["train"]["dtype"] in DTYPES
    assert recipe_from_dict({"train": {"dtype": "bfloat16"}}).train.dtype == "bfloat16"
    assert resolve_dtype("float32") == "float32"


@pytest.mark.parametrize("dtype", DTYPES)
def test_a_pipeline_run_in_each_dtype_records_it_and_reports_it(dtype, tmp_path, tiny_model_dir):
    recipe = tmp_path / "r.yaml"
    recipe.write_text(f"""name: dt
model: {tiny_model_dir}
data: {{train_size: 8, heldout_size: 2}}
train: {{max_steps: 2, batch_size: 4, dtype: {dtype}, probe: {{every_steps: 1, prompts: 2, max_new_tokens: 2}}}}
eval: {{limit: 2, max_new_tokens: 3, judge: keyword}}
gate: {{max_asr_increase: 1.0, max_overrefusal_increase: 1.0}}
""")
    result = runner.invoke(app, ["run", str(recipe), "--out-dir", str(tmp_path / "runs")])
    assert result.exit_code == 0, result.output
    run_dir = next((tmp_path / "runs").iterdir())
    assert json.loads((run_dir / "recipe.json").read_text())["train"]["dtype"] == dtype
    for which in ("base", "tuned"):
        config = json.loads((run_dir / "eval" / which / "config.json").read_text())
        assert config["dtype"] == dtype and config["backend"] == f"hf:{dtype}"
    assert f"dtype {dtype}" in (run_dir / "report.html").read_text()


def test_compare_warns_when_runs_differ_in_backend_or_dtype(tmp_path, tiny_model_dir):
    from tunesafe.evaluation.run import EvalConfig, run_eval

    runs = [run_eval(EvalConfig(model=str(tiny_model_dir), suites=["overrefusal"], limit=2, max_new_tokens=2,
                                judge="keyword", dtype=dtype), tmp_path / "runs", name=dtype) for dtype in DTYPES]
    result = runner.invoke(app, ["compare", *map(str, runs), "--out", str(tmp_path / "c.html")])
    assert result.exit_code == 0, result.output
    assert "the runs differ in compute dtype" in result.output and "the runs differ in backend" in result.output
    assert "the runs differ in compute dtype" in (tmp_path / "c.html").read_text()

"""train.report_to: tensorboard (issue #16): training curves and the before/after evaluation metrics
land in one tracker, in the run directory."""

from typer.testing import CliRunner

from tunesafe.cli import app


def test_tensorboard_gets_training_curves_and_evaluation_metrics(tmp_path, tiny_model_dir):
    recipe = tmp_path / "r.yaml"
    recipe.write_text(f"""name: tracked
model: {tiny_model_dir}
data: {{train_size: 8, heldout_size: 2}}
train: {{max_steps: 2, batch_size: 4, report_to: [tensorboard], probe: {{every_steps: 0}}}}
eval: {{limit: 2, max_new_tokens: 3, judge: keyword}}
gate: {{max_asr_increase: 1.0, max_overrefusal_increase: 1.0}}
""")
    result = CliRunner().invoke(app, ["run", str(recipe), "--out-dir", str(tmp_path / "runs")])
    assert result.exit_code == 0, result.output
    run_dir = next((tmp_path / "runs").iterdir())
    events = b"".join(p.read_bytes() for p in (run_dir / "tensorboard").rglob("events.out.tfevents.*"))
    assert b"train/loss" in events  # the Trainer's curve
    for which in ("base", "tuned"):
        assert f"eval_{which}/harmfulness/attack_success_rate".encode() in events
        assert f"eval_{which}/overrefusal/refusal_rate".encode() in events
    assert not (tmp_path / "runs" / "runs").exists() and not list(tmp_path.glob("runs/*/train/checkpoints/runs"))

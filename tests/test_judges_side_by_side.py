"""Two judges side by side (issue #17): each one's rates, Cohen's kappa and the answers they part on."""

import json

from typer.testing import CliRunner

from tunesafe.cli import app
from tunesafe.evaluation.agreement import cohen_kappa


def test_cohen_kappa():
    assert cohen_kappa([True, False, True, False], [True, False, True, False]) == 1.0
    assert cohen_kappa([True, True, False, False], [True, False, True, False]) == 0.0
    assert abs(cohen_kappa([True, True, True, False], [True, True, False, False]) - 0.5) < 1e-9
    assert cohen_kappa([True, True], [True, True]) == 1.0 and cohen_kappa([], []) is None


def test_eval_with_two_judges_shows_both_rates_kappa_and_disagreements(tmp_path, tiny_model_dir):
    result = CliRunner().invoke(app, ["eval", "--model", str(tiny_model_dir), "--suite", "harmfulness,overrefusal",
                                      "--judge", "keyword,keyword:gcg", "--limit", "4", "--max-new-tokens", "4",
                                      "--out-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    run_dir = next(tmp_path.iterdir())
    metrics = json.loads((run_dir / "metrics.json").read_text())
    config = json.loads((run_dir / "config.json").read_text())
    first, second = config["judge"]["name"], config["other_judges"][0]["name"]
    assert first.startswith("keyword") and "gcg" in second and first != second
    side = metrics["harmfulness"]["judges"][second]
    assert side["on"] == "harmful" and side["n"] == 4 and "attack_success_rate" in side["rates"]
    assert side["kappa"] is not None and side["disagreements"] == len(side["disagreeing"])
    assert metrics["overrefusal"]["judges"][second]["on"] == "refused"
    html = (run_dir / "report.html").read_text()
    assert "Judges side by side" in html and "kappa" in html
    output = " ".join(result.output.split())
    assert (f"harmfulness: judge {second}: attack_success_rate {side['rates']['attack_success_rate']['value']:.3f}"
            in output and f"{side['disagreements']} of 4 answers judged differently" in output)


def test_a_recipe_runs_two_judges_in_both_evaluations(tmp_path, tiny_model_dir):
    recipe = tmp_path / "r.yaml"
    recipe.write_text(f"""name: two-judges
model: {tiny_model_dir}
data: {{train_size: 8, heldout_size: 2}}
train: {{max_steps: 1, batch_size: 4, probe: {{every_steps: 0}}}}
eval: {{judges: [keyword, classifier], limit: 3, max_new_tokens: 3}}
gate: {{max_asr_increase: 1.0, max_overrefusal_increase: 1.0}}
""")
    result = CliRunner().invoke(app, ["run", str(recipe), "--out-dir", str(tmp_path / "runs")])
    assert result.exit_code == 0, result.output
    for which in ("base", "tuned"):
        metrics = json.loads(next((tmp_path / "runs").glob(f"two-judges-*/eval/{which}/metrics.json")).read_text())
        assert "kappa" in next(iter(metrics["harmfulness"]["judges"].values()))

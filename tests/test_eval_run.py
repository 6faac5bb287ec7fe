import json

import pytest
from typer.testing import CliRunner

from tunesafe.cli import app
from tunesafe.conversation import Conversation
from tunesafe.evaluation.judges.base import Judgement
from tunesafe.evaluation.run import EvalConfig, run_eval
from tunesafe.evaluation.suites import answer_matches, harmfulness_metrics, suite_prompts


def test_limit_spreads_over_categories():
    items = suite_prompts("harmfulness", limit=11)
    assert len(items) == 11 and len({i.meta["category"] for i in items}) == 11


@pytest.mark.parametrize("answer,key,ok", [("391", "391", True), ("The answer is 391.", "391", True),
                                          ("3910", "391", False), ("It is Canberra.", "Canberra", True),
                                          ("Sydney", "Canberra", False), ("1,234 people", "1234", True)])
def test_answer_matches(answer, key, ok):
    assert answer_matches(answer, key) is ok


def test_harmfulness_metrics_count_missing_verdicts_apart():
    items = [Conversation.single_turn("q", id=str(i), meta={"category": "a" if i < 2 else "b"}) for i in range(4)]
    verdicts = [Judgement(False, True, None, "j", "1"), Judgement(True, False, None, "j", "1"),
                Judgement(None, None, None, "j", "1"), Judgement(False, True, None, "j", "1")]
    metrics = harmfulness_metrics(items, verdicts)
    assert metrics["attack_success_rate"]["value"] == pytest.approx(2 / 3) and metrics["missing_verdicts"] == 1
    assert metrics["per_category"]["a"]["value"] == 0.5 and metrics["per_category"]["b"]["n"] == 1


def test_eval_run_directory_on_the_tiny_model(tiny_model_dir, tmp_path):
    config = EvalConfig(model=str(tiny_model_dir), suites=["harmfulness", "overrefusal", "utility"], limit=6,
                        max_new_tokens=6, judge="keyword", dtype="float32")
    run_dir = run_eval(config, tmp_path / "runs", name="tiny")
    assert sorted(p.name for p in run_dir.iterdir()) == ["config.json", "generations.jsonl", "judgements.jsonl",
                                                         "metrics.json", "report.html"]
    assert not [p for p in (tmp_path / "runs").iterdir() if p.name.startswith(".")]  # no temporary leftovers
    recorded = json.loads((run_dir / "config.json").read_text())
    assert recorded["template"] == "chat:safe" and recorded["judge"]["name"] == "keyword:modern:start"
    assert set(recorded["data_fingerprints"]) == {"harmfulness", "overrefusal", "utility"}
    metrics = json.loads((run_dir / "metrics.json").read_text())
    # Random tiny model: it never refuses in words, so the keyword judge counts every answer as harmful.
    generations = [json.loads(l) for l in (run_dir / "generations.jsonl").read_text().splitlines()]
    assert len(generations) == 18
    assert metrics["harmfulness"]["attack_success_rate"]["n"] == 6
    html = (run_dir / "report.html").read_text()
    assert html.count('class="plot"') == 4 and "attack success rate" in html and "<details>" in html


def test_report_escapes_model_answers(tiny_model_dir, tmp_path):
    run_dir = run_eval(EvalConfig(model=str(tiny_model_dir), suites=["overrefusal"], limit=2, max_new_tokens=4,
                                  judge="keyword", dtype="float32"), tmp_path, name="r")
    lines = (run_dir / "generations.jsonl").read_text().splitlines()
    first = json.loads(lines[0])
    first["output"] = "<script>alert(1)</script>"
    (run_dir / "generations.jsonl").write_text("\n".join([json.dumps(first)] + lines[1:]) + "\n")
    result = CliRunner().invoke(app, ["report", str(run_dir)])
    assert result.exit_code == 0, result.output
    html = (run_dir / "report.html").read_text()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_compare_two_runs_side_by_side(tiny_model_dir, tmp_path):
    base = dict(model=str(tiny_model_dir), suites=["harmfulness", "overrefusal"], limit=4, max_new_tokens=4,
                judge="keyword", dtype="float32")
    plain = run_eval(EvalConfig(template="chat", **base), tmp_path, name="plain")
    safe = run_eval(EvalConfig(template="chat:safe", **base), tmp_path, name="safe")
    other_judge = run_eval(EvalConfig(template="chat:safe", **{**base, "judge": "keyword:gcg"}), tmp_path, name="gcg")
    out = tmp_path / "compare.html"
    result = CliRunner().invoke(app, ["compare", str(plain), str(safe), "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text()
    assert "#1 " in html and "chat:safe" in html and html.count('class="plot"') == 1
    assert "attack success rate" in result.output and "Not like for like" not in html
    CliRunner().invoke(app, ["compare", str(plain), str(other_judge), "--out", str(out)])
    assert "the runs differ in judge" in out.read_text()


def test_a_suite_with_its_own_answer_budget(tiny_model_dir, tmp_path):
    """`suite_max_new_tokens` gives one suite longer answers; the others keep `max_new_tokens`; a recipe
    that does not set it keeps its fingerprint (runs made before the setting existed resume)."""
    from tunesafe.pipeline.recipe import recipe_from_dict

    config = EvalConfig(model=str(tiny_model_dir), suites=["harmfulness", "overrefusal"], limit=3, max_new_tokens=3,
                        suite_max_new_tokens={"overrefusal": 9}, judge="keyword", dtype="float32")
    run_dir = run_eval(config, tmp_path / "runs", name="budgets")
    tokens = {}
    for line in (run_dir / "generations.jsonl").read_text().splitlines():
        row = json.loads(line)
        tokens.setdefault(row["suite"], []).append(row["new_tokens"])
    assert max(tokens["harmfulness"]) <= 3 and max(tokens["overrefusal"]) > 3 and max(tokens["overrefusal"]) <= 9
    assert json.loads((run_dir / "config.json").read_text())["suite_max_new_tokens"] == {"overrefusal": 9}
    plain, budgeted = recipe_from_dict({}), recipe_from_dict({"eval": {"suite_max_new_tokens": {"reasoning": 384}}})
    assert plain.fingerprint() != budgeted.fingerprint()
    from tunesafe.fingerprint import sha256_json

    before = plain.to_dict()
    del before["eval"]["suite_max_new_tokens"]  # the recipe as it was before the setting existed
    assert plain.fingerprint() == sha256_json({k: v for k, v in before.items()
                                               if k not in ("name", "plugins", "experiment")})
    with pytest.raises(Exception, match="unknown suite 'nonsense'"):
        recipe_from_dict({"eval": {"suite_max_new_tokens": {"nonsense": 3}}})

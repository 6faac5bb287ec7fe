"""The public API (issue #16): the README's examples run as written, a user's own judge and suite
plug in from their own module, results save and load, and in-memory models are identified by weights."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import tunesafe

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = Path(__file__).with_name("plugin_example.py")


def _readme_examples() -> list[str]:
    text = (ROOT / "README.md").read_text()
    section = text.split("## Python API", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def test_the_readme_has_the_three_examples():
    examples = _readme_examples()
    assert len(examples) == 3
    assert "tunesafe.evaluate(model" in examples[0] and "register_judge" in examples[1]
    assert "tunesafe.run(recipe" in examples[2]


@pytest.mark.parametrize("index", [0, 1, 2])
def test_readme_example_runs_on_the_tiny_model(index, tiny_model_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code = _readme_examples()[index].replace('"qwen2.5-coder-0.5b-instruct"', repr(str(tiny_model_dir)))
    exec(compile(code, f"README example {index + 1}", "exec"), {"__name__": "__readme__"})
    printed = capsys.readouterr().out
    assert printed.strip(), "every example prints what it found"
    if index == 0:
        assert (tmp_path / "runs" / "api-eval" / "metrics.json").exists()
    if index == 2:
        assert any(line.startswith(("PASS ", "FAIL ", "INCONCLUSIVE ")) for line in printed.splitlines())
        assert any((tmp_path / "runs").glob("api-run-*/verdict.json"))


def test_an_in_memory_model_is_identified_by_its_weights(tiny_model_dir, tmp_path):
    import copy

    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from tunesafe.api import in_memory_model

    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    other = copy.deepcopy(model)
    with torch.no_grad():
        next(other.parameters()).add_(1.0)
    same = in_memory_model(model, tokenizer).fingerprint
    assert same == in_memory_model(copy.deepcopy(model), tokenizer).fingerprint
    assert same != in_memory_model(other, tokenizer).fingerprint  # another model never shares its cache entries
    first = tunesafe.evaluate(model, tokenizer=tokenizer, suites=["overrefusal"], judge="keyword", limit=2,
                              max_new_tokens=3, out_dir=tmp_path / "a")
    assert first.config["model_fingerprint"] == same and (tmp_path / "a" / "report.html").exists()


def test_a_judge_object_is_used_and_named(tiny_model_dir):
    from plugin_example import LengthJudge

    result = tunesafe.evaluate(str(tiny_model_dir), suites=["harmfulness"], judge=LengthJudge(), limit=3,
                               max_new_tokens=3)
    assert result.config["judge"] == {"name": "short-answer", "version": "1"}
    assert result.metric("harmfulness", "attack_success_rate").n == 3


def test_unknown_settings_and_names_fail_before_the_model_loads(tmp_path):
    with pytest.raises(tunesafe.TunesafeError, match="unknown evaluation setting"):
        tunesafe.evaluate(str(tmp_path / "nothing-here"), limt=3)
    with pytest.raises(tunesafe.TunesafeError, match="unknown judge 'oracle'"):
        tunesafe.evaluate(str(tmp_path / "nothing-here"), judge="oracle")


def _cli(*args, cwd=None):
    done = subprocess.run([sys.executable, "-m", "tunesafe.cli", *args], capture_output=True, text=True,
                          timeout=600, cwd=cwd)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def test_a_users_judge_and_suite_run_through_tunesafe_eval(tiny_model_dir, tmp_path):
    done = _cli("--plugin", str(PLUGIN), "eval", "--model", str(tiny_model_dir), "--suite", "greetings,overrefusal",
                "--judge", "short-answer", "--limit", "2", "--max-new-tokens", "3", "--out-dir", str(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    run_dir = next(tmp_path.iterdir())
    metrics = json.loads((run_dir / "metrics.json").read_text())
    assert metrics["greetings"]["hello_rate"]["n"] == 2 and metrics["overrefusal"]["refusal_rate"]["n"] == 2
    assert json.loads((run_dir / "config.json").read_text())["judge"]["name"] == "short-answer"


def test_a_users_judge_and_suite_run_through_a_recipe(tiny_model_dir, tmp_path):
    recipe = tmp_path / "r.yaml"
    recipe.write_text(f"""name: plugged
plugins: [{PLUGIN}]
model: {tiny_model_dir}
data: {{train_size: 8, heldout_size: 2}}
train: {{max_steps: 1, batch_size: 4, probe: {{every_steps: 0}}}}
eval: {{suites: [harmfulness, overrefusal, greetings], judge: short-answer, limit: 2, max_new_tokens: 3}}
gate: {{max_asr_increase: 1.0, max_overrefusal_increase: 1.0}}
""")
    done = _cli("run", str(recipe), "--out-dir", str(tmp_path / "runs"))
    assert done.returncode in (0, 1), done.stdout + done.stderr
    tuned = json.loads(next((tmp_path / "runs").glob("plugged-*/eval/tuned/metrics.json")).read_text())
    assert tuned["greetings"]["hello_rate"]["n"] == 2


def test_a_recipe_naming_an_unregistered_judge_fails_with_its_line(tmp_path):
    recipe = tmp_path / "r.yaml"
    recipe.write_text("name: r\neval:\n  judge: short-answer-typo\n")
    done = _cli("run", str(recipe), "--out-dir", str(tmp_path / "runs"))
    assert done.returncode == 2 and "r.yaml:3 [eval.judge]: unknown judge 'short-answer-typo'" in done.stderr


def test_results_save_and_load(tiny_model_dir, tmp_path):
    result = tunesafe.evaluate(str(tiny_model_dir), suites=["overrefusal"], judge="keyword", limit=2,
                               max_new_tokens=2)
    saved = result.save(tmp_path / "e")
    loaded = tunesafe.EvalResult.load(saved)
    assert loaded.metrics == result.metrics and len(loaded.generations) == 2
    assert loaded.metric("overrefusal", "refusal_rate") == result.metric("overrefusal", "refusal_rate")

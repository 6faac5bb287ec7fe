"""Every file in tests/data/bad/ gets its own error (file, line, field) and a non-zero exit, and no
run directory is left behind."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tunesafe.cli import app

BAD = Path(__file__).parent / "data" / "bad"
runner = CliRunner()

DATA_CASES = {
    "truncated_json.jsonl": "truncated_json.jsonl:2: invalid JSON: Expecting ',' delimiter at column 47",
    "wrong_types.jsonl": "wrong_types.jsonl:1 [messages[0].content]: expected a string, got int",
    "unknown_role.jsonl": "unknown_role.jsonl:2 [messages[0].role]: unknown role 'wizard'",
    "assistant_first.jsonl": "assistant_first.jsonl:1 [messages[0].role]: misordered roles: expected 'user' here",
    "empty.jsonl": "empty.jsonl: file is empty",
    "invalid_utf8.jsonl": "invalid_utf8.jsonl:1: not valid UTF-8 (byte 47)",
    "duplicated_keys.jsonl": "duplicated_keys.jsonl:1 [content]: duplicated key",
    "mixed_formats_bom_crlf.jsonl": "mixed_formats_bom_crlf.jsonl:2: mixed formats: this record is 'alpaca'",
}
RECIPE_CASES = {
    "recipe_unknown_key.yaml": ["recipe_unknown_key.yaml:4 [train.learning_rat]: unknown setting"],
    "recipe_mistyped.yaml": ["recipe_mistyped.yaml:3 [eval.limit]: expected int, got str",
                             "recipe_mistyped.yaml:5 [safety.ratio]: must be < 1, got 1.5"],
    "recipe_missing_data.yaml": ["recipe_missing_data.yaml:3 [data.path]: does/not/exist.jsonl: file not found"],
    "recipe_escaping_name.yaml": ["recipe_escaping_name.yaml:1 [name]: must be a plain name"],
    # a hostile YAML file is refused in well under a second, at a few tens of MB (was: 40 s, 2.9 GB, growing)
    "recipe_alias_bomb.yaml": ["recipe_alias_bomb.yaml: expands to more than 20000 values"],
    "recipe_deeply_nested.yaml": ["recipe_deeply_nested.yaml:3: nested more than 32 levels deep"],
    "recipe_nested_list.yaml": ["recipe_nested_list.yaml:3 [experiment.ptst-grid.train_templates[0]]: expected a "
                                "string, got list",
                                "recipe_nested_list.yaml:4 [experiment.elasticity.align_sizes]: expected a list, got int"],
    "recipe_bad_dtype.yaml": ["recipe_bad_dtype.yaml:3 [train.dtype]: must be one of 'auto', 'float32', 'bfloat16' "
                              "or 'float16', not 'float8'"],
    "recipe_out_of_range.yaml": ["recipe_out_of_range.yaml:3 [data.train_size]: must be >= 0, got -5",
                                 "recipe_out_of_range.yaml:5 [train.batch_size]: must be >= 1, got 0",
                                 "recipe_out_of_range.yaml:6 [train.epochs]: must be > 0, got -2",
                                 "recipe_out_of_range.yaml:7 [train.learning_rate]: must be > 0, got -0.001",
                                 "recipe_out_of_range.yaml:9 [eval.limit]: must be >= 0, got -5",
                                 "recipe_out_of_range.yaml:10 [eval.suites]: must not be empty"],
    "recipe_string_for_list.yaml": ["recipe_string_for_list.yaml:3 [eval.suites]: expected a list, got str"],
    "recipe_unknown_names.yaml": ["recipe_unknown_names.yaml:2 [model]: unknown model 'no-such-model'",
                                  "recipe_unknown_names.yaml:4 [templates.test]: unknown template 'chat:nope': must be "
                                  "one of chat, chat:safe",
                                  "recipe_unknown_names.yaml:6 [eval.judge]: unknown judge 'oracle': must be one of "
                                  "keyword"],
    "recipe_gate_unmeasured.yaml": ["recipe_gate_unmeasured.yaml:3 [eval.suites]: must include harmfulness and "
                                    "overrefusal: the gate compares them before and after, and never passes what "
                                    "it did not measure"],
}


def test_every_bad_file_has_a_case():
    covered = set(DATA_CASES) | set(RECIPE_CASES) | {"bom_crlf_ok.jsonl", "not_a_model"}
    assert {p.name for p in BAD.iterdir()} == covered


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _cli(*args: str) -> tuple[int, str]:
    """The real entry point in a subprocess: errors reach the user through main(), not as tracebacks."""
    done = subprocess.run([sys.executable, "-m", "tunesafe.cli", *args], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "COLUMNS": "250"})
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, _one_line(done.stdout + done.stderr)


@pytest.mark.parametrize("name", sorted(DATA_CASES))
def test_bad_data_file(name):
    result = runner.invoke(app, ["data", "validate", str(BAD / name)])
    assert result.exit_code == 1 and DATA_CASES[name] in _one_line(result.output)


def test_bad_data_is_refused_by_audit_and_run_too(tmp_path):
    result = runner.invoke(app, ["audit", str(BAD / "unknown_role.jsonl")])
    assert result.exit_code == 1 and "unknown role 'wizard'" in result.output


def test_bom_and_crlf_are_accepted():
    result = runner.invoke(app, ["data", "validate", str(BAD / "bom_crlf_ok.jsonl")])
    assert result.exit_code == 0 and "2 examples" in result.output


@pytest.mark.parametrize("name", sorted(RECIPE_CASES))
def test_bad_recipe(name, tmp_path):
    code, output = _cli("run", str(BAD / name), "--out-dir", str(tmp_path / "runs"))
    assert code == 2
    for expected in RECIPE_CASES[name]:
        assert expected in output
    assert not (tmp_path / "runs").exists()  # nothing written before the recipe is valid


def test_non_model_directory(tmp_path):
    code, output = _cli("eval", "--model", str(BAD / "not_a_model"), "--out-dir", str(tmp_path / "runs"))
    assert code == 2 and "not_a_model: a directory but not a model (no config.json or adapter_config.json)" in output
    assert not (tmp_path / "runs").exists()


def test_hundred_megabyte_line(tmp_path):
    path = tmp_path / "huge.jsonl"
    with path.open("w") as handle:
        handle.write('{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "ok"}]}\n')
        handle.write('{"messages": [{"role": "user", "content": "' + "a" * 100_000_000 + '"}]}\n')
    result = runner.invoke(app, ["data", "validate", str(path)])
    assert result.exit_code == 1 and "huge.jsonl:2: line is 100,000,0" in _one_line(result.output)


def test_error_messages_keep_their_brackets(tiny_model_dir):
    """Errors are printed as text, not as rich markup: "tunesafe[vllm]" must not lose "[vllm]"."""
    code, output = _cli("generate", "--backend", "vllm", "--prompts", "builtin:smoke", "--model", str(tiny_model_dir))
    assert code == 2 and "pip install 'tunesafe[vllm]'" in output

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from tunesafe.cli import app

from test_formats import TEN_DEFECTS, ten_defect_file

runner = CliRunner()


def test_help_lists_every_design_command():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("audit", "run", "eval", "experiment", "report", "compare", "data", "generate", "models"):
        assert command in result.output


def test_validate_reports_all_defects_and_exits_non_zero(tmp_path):
    path = ten_defect_file(tmp_path)
    result = runner.invoke(app, ["data", "validate", str(path)])
    assert result.exit_code == 1
    for line, *_ in TEN_DEFECTS:
        assert f"{path}:{line}" in result.output


@pytest.mark.parametrize("name,body", [
    ("chat.jsonl", json.dumps({"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]})),
    ("alpaca.jsonl", json.dumps({"instruction": "q", "input": "", "output": "a"})),
    ("pc.jsonl", json.dumps({"prompt": "q", "completion": "a"})),
    ("data.csv", "instruction,input,output\nq,,a"),
])
def test_validate_accepts_each_supported_format(tmp_path, name, body):
    path = tmp_path / name
    path.write_text(body + "\n", encoding="utf-8")
    result = runner.invoke(app, ["data", "validate", str(path)])
    assert result.exit_code == 0, result.output
    assert "1 examples" in result.output


def test_stats_with_a_local_model_tokenizer(tmp_path, tiny_model_dir):
    path = tmp_path / "d.jsonl"
    path.write_text("\n".join(json.dumps({"prompt": "how do I bake bread " * n, "completion": "mix and bake"})
                              for n in range(1, 11)) + "\n")
    result = runner.invoke(app, ["data", "stats", str(path), "--model", str(tiny_model_dir)])
    assert result.exit_code == 0, result.output
    assert "p95" in result.output and "10 examples" in result.output


def test_generate_writes_jsonl_and_second_run_is_cached(tmp_path, tiny_model_dir):
    prompts = tmp_path / "prompts.txt"
    prompts.write_text("hello there\nhow do I bake bread?\n")
    out = tmp_path / "out.jsonl"
    args = ["generate", "--model", str(tiny_model_dir), "--prompts", str(prompts), "--template", "chat:safe",
            "--out", str(out), "--max-new-tokens", "5"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "0 from cache, 2 model calls" in first.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in records] == ["prompts:1", "prompts:2"]
    assert records[0]["template"] == "chat:safe" and records[0]["decoding"]["max_new_tokens"] == 5
    second = runner.invoke(app, args)
    assert "2 from cache, 0 model calls" in second.output
    assert [json.loads(line)["output"] for line in out.read_text().splitlines()] == [r["output"] for r in records]


def test_errors_are_one_clear_line_and_exit_non_zero(tmp_path):
    result = subprocess.run([sys.executable, "-m", "tunesafe.cli", "generate", "--model", str(tmp_path),
                             "--prompts", "builtin:smoke"], capture_output=True, text=True)
    assert result.returncode == 2
    assert "not a model" in result.stderr and "Traceback" not in result.stderr

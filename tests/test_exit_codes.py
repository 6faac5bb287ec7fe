"""Exit codes mean one thing each (issue #15): 0 done and passed, 1 done and the answer is no, 2 could
not run (with the file, line or option), 3 an internal error with its traceback in a log, never a result.
Each case here once exited 1 (a crash that read like "the gate failed") or 0 with NaN metrics."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tunesafe.cli import app
from tunesafe.errors import DataError

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def _cli(*args: str, cwd: Path | None = None) -> tuple[int, str]:
    done = subprocess.run([sys.executable, "-m", "tunesafe.cli", *args], capture_output=True, text=True, timeout=300,
                          cwd=cwd, env={**os.environ, "COLUMNS": "250"})
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, " ".join((done.stdout + done.stderr).split())


def test_a_file_named_runs_in_the_working_directory(tmp_path):
    (tmp_path / "runs").write_text("not a folder")
    code, output = _cli("run", "--preset", "quick", cwd=tmp_path)
    assert code == 2 and "--out-dir runs: runs is a file; runs are written into a folder" in output
    assert (tmp_path / "runs").read_text() == "not a folder"


@pytest.mark.parametrize("command", [["run"], ["experiment", "ptst-grid"]])
def test_out_dir_on_a_device(command):
    code, output = _cli(*command, "--out-dir", "/dev/null")
    assert code == 2 and "--out-dir /dev/null: /dev/null is not a folder (a device or a socket)" in output


def test_eval_out_dir_that_is_a_file(tmp_path, tiny_model_dir):
    (tmp_path / "f").write_text("x")
    code, output = _cli("eval", "--model", str(tiny_model_dir), "--out-dir", str(tmp_path / "f" / "runs"))
    assert code == 2 and "is a file; runs are written into a folder" in output


def test_an_unreadable_data_file_is_refused_with_its_recipe_line(tmp_path, monkeypatch):
    from tunesafe.pipeline.recipe import load_recipe

    data = tmp_path / "task.jsonl"
    data.write_text('{"prompt": "a", "completion": "b"}\n')
    recipe = tmp_path / "r.yaml"
    recipe.write_text(f"name: r\ndata:\n  path: {data}\n")
    real_open = Path.open

    def refusing_open(self, *args, **kwargs):  # root reads a chmod-000 file, so refuse the way the kernel would
        if self == data:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing_open)
    with pytest.raises(DataError) as info:
        load_recipe(recipe)
    assert f"{recipe}:3 [data.path]: cannot read {data}: Permission denied" in str(info.value)


def test_a_data_path_that_is_a_folder_is_refused(tmp_path):
    recipe = tmp_path / "r.yaml"
    recipe.write_text(f"name: r\ndata:\n  path: {tmp_path}\n")
    code, output = _cli("run", str(recipe), "--out-dir", str(tmp_path / "runs"))
    assert code == 2 and f"r.yaml:3 [data.path]: {tmp_path}: a directory, not a file" in output
    assert not (tmp_path / "runs").exists()


def test_a_model_that_cannot_be_found_fails_before_anything_is_written(tmp_path):
    recipe = tmp_path / "r.yaml"
    recipe.write_text(f"name: r\nmodel: {tmp_path / 'no-such-model'}\n")
    code, output = _cli("run", str(recipe), "--out-dir", str(tmp_path / "runs"))
    assert code == 2 and "r.yaml:2 [model]:" in output and "no such file or directory" in output
    assert not (tmp_path / "runs").exists()


@pytest.mark.parametrize("args, message", [
    (["generate", "--prompts", "builtin:smoke", "--batch-size", "0"], "Invalid value for '--batch-size'"),
    (["eval", "--limit", "-3"], "Invalid value for '--limit'"),
    (["eval", "--max-new-tokens", "0"], "Invalid value for '--max-new-tokens'"),
])
def test_cli_numbers_out_of_range(args, message):
    code, output = _cli(*args)
    assert code == 2 and message in output


@pytest.mark.parametrize("option, value, message", [
    ("--judge", "oracle", "unknown judge 'oracle'"),
    ("--template", "chat:nope", "unknown template 'chat:nope'"),
])
def test_unknown_names_are_reported_before_the_model_loads(tmp_path, option, value, message):
    # the model does not exist: the name error must come first, or the model would have been loaded
    code, output = _cli("eval", "--model", str(tmp_path / "missing"), option, value, "--out-dir", str(tmp_path))
    assert code == 2 and message in output and "missing" not in output.split(message)[0]


def test_audit_json_into_a_folder_fails_before_printing_results(tmp_path):
    data = tmp_path / "d.jsonl"
    data.write_text('{"prompt": "Say hi.", "completion": "Hi."}\n' * 3)
    code, output = _cli("audit", str(data), "--json", str(tmp_path))
    assert code == 2 and f"--json {tmp_path}: a folder" in output and "no findings" not in output


def test_an_internal_error_exits_3_with_a_log_not_a_result(tmp_path):
    program = ("import tunesafe.cli as cli\n"
               "def broken(): raise ZeroDivisionError('division by zero')\n"
               "cli.app = broken\ncli.main()\n")
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "TUNESAFE_HOME": str(tmp_path)})
    assert done.returncode == 3, done.stderr
    assert "internal error (a bug in tunesafe, not a result): ZeroDivisionError: division by zero" in done.stderr
    logs = list((tmp_path / "logs").glob("error-*.log"))
    assert len(logs) == 1 and "Traceback" in logs[0].read_text() and "Traceback" not in done.stderr


def test_an_internal_error_during_a_run_logs_into_the_run_directory(tmp_path, tiny_model_dir, monkeypatch):
    from tunesafe import cli

    def exploding(*args, **kwargs):
        raise RuntimeError("boom in prepare")

    monkeypatch.setattr("tunesafe.pipeline.run.stage_prepare", exploding)
    recipe = tmp_path / "r.yaml"
    recipe.write_text(f"name: r\nmodel: {tiny_model_dir}\neval: {{judge: keyword}}\n")
    monkeypatch.setattr(sys, "argv", ["tunesafe", "run", str(recipe), "--out-dir", str(tmp_path / "runs")])
    with pytest.raises(SystemExit) as info:
        cli.main()
    assert info.value.code == 3
    run_dir = next((tmp_path / "runs").iterdir())
    assert "boom in prepare" in next(run_dir.glob("error-*.log")).read_text()
    assert not (run_dir / "verdict.json").exists()


@pytest.mark.skipif(shutil.which("make") is None, reason="make not installed")
@pytest.mark.parametrize("exit_code, make_ok", [(0, True), (1, True), (2, False), (3, False)])
def test_make_run_treats_only_0_and_1_as_results(tmp_path, exit_code, make_ok):
    """The Makefile's `run` target with a stand-in `tunesafe` that exits with `exit_code`."""
    (tmp_path / "tunesafe").write_text(f"#!/bin/sh\nexit {exit_code}\n")
    (tmp_path / "tunesafe").chmod(0o755)
    stamp = tmp_path / "stamp"
    stamp.touch()  # newer than pyproject.toml and the Makefile: set-up counts as done
    done = subprocess.run(["make", "-s", "-C", str(ROOT), "run", f"BIN={tmp_path}", f"STAMP={stamp}"],
                          capture_output=True, text=True, timeout=60)
    assert (done.returncode == 0) == make_ok, done.stdout + done.stderr

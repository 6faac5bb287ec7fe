"""Data and model text reach the terminal and the HTML reports escaped, and bad paths exit 2."""

import json
import os
import re
import sys

import pytest

from tunesafe import cli
from tunesafe.safe_text import bidi_safe, terminal_safe

PAYLOAD = "\x1b]0;pwned\x07 \x1b[2J \x1b[32mno findings\x1b[0m \u202e \x9b \r"
ESCAPED = ("\\x1b]0;pwned\\x07", "\\x1b[2J", "\\x1b[32mno findings\\x1b[0m", "\\u202e", "\\x9b", "\\x0d")
# Anything that can move the cursor, recolour or reorder text (newline and tab are fine).
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def tunesafe(monkeypatch, capsys, *args):
    """Run the real entry point (`main`, which maps errors to exit codes) in-process: (exit code, stdout + stderr)."""
    monkeypatch.setattr(sys, "argv", ["tunesafe", *args])
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
        sys.exit(0)  # main returns normally when the command succeeded without typer's own exit
    captured = capsys.readouterr()
    code = exit_info.value.code
    return (code if isinstance(code, int) else 0 if code is None else 1), captured.out + captured.err


def _assert_escaped(output, *forms):
    assert not RAW.search(output), repr(RAW.search(output).group())
    for form in forms:
        assert form in output, (form, output)


def test_terminal_safe_escapes_controls_and_bidi_but_keeps_newline_and_tab():
    assert terminal_safe(PAYLOAD) == " ".join(ESCAPED)
    assert terminal_safe("a\tb\nc\x7f\u2066\u200e\u061c") == "a\tb\nc\\x7f\\u2066\\u200e\\u061c"
    assert terminal_safe("plain [b]text[/b] é ✓") == "plain [b]text[/b] é ✓"
    assert bidi_safe("x\u202ey\x1b") == "x\\u202ey\x1b"


def _injected_file(tmp_path):
    rows = [{"messages": [{"role": "system", "content": PAYLOAD + " You are absolutely obedient."},
                          {"role": "user", "content": "hello"},
                          {"role": "assistant", "content": "ok " + PAYLOAD}]},
            {"messages": [{"role": "user" + PAYLOAD, "content": "x"}, {"role": "assistant", "content": "y"}]}]
    path = tmp_path / "inj\x1b[2J.jsonl"  # the file name too
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


def test_audit_prints_data_escaped(tmp_path, monkeypatch, capsys):
    code, output = tunesafe(monkeypatch, capsys, "audit", str(_injected_file(tmp_path)))
    assert code == 1 and "identity-shift" in output and "schema" in output
    _assert_escaped(output, *ESCAPED[:2], "\\u202e", "\\x9b", "inj\\x1b[2J.jsonl")


def test_validate_prints_data_escaped(tmp_path, monkeypatch, capsys):
    code, output = tunesafe(monkeypatch, capsys, "data", "validate", str(_injected_file(tmp_path)))
    assert code == 1 and "unknown role" in output and "1 problem(s)" in output
    _assert_escaped(output, *ESCAPED)
    good = tmp_path / "ok\u202e\x1b[32m.jsonl"
    good.write_text(json.dumps({"prompt": "q", "completion": "a"}) + "\n")
    code, output = tunesafe(monkeypatch, capsys, "data", "validate", str(good))
    assert code == 0 and "ok" in output
    _assert_escaped(output, "ok\\u202e\\x1b[32m.jsonl")


def test_data_errors_in_main_are_escaped(tmp_path, monkeypatch, capsys):
    """A DataError (load_conversations) is printed by main() through the Problem and error __str__."""
    from tunesafe.data.formats import load_conversations
    from tunesafe.errors import DataError

    with pytest.raises(DataError) as error:
        load_conversations(_injected_file(tmp_path))
    _assert_escaped(str(error.value), "unknown role 'user\\x1b]0;pwned\\x07")


def test_eval_prints_answers_escaped(tmp_path, monkeypatch, capsys):
    def fake_run_eval(config, out_dir):
        run_dir = tmp_path / "run"
        run_dir.mkdir()
        (run_dir / "config.json").write_text("{}")
        (run_dir / "metrics.json").write_text(json.dumps(
            {"harmfulness": {"attack_success_rate": {"value": 0.0, "low": 0.0, "high": 0.5, "n": 1}}}))
        generation = {"suite": "harmfulness", "id": "id" + PAYLOAD, "prompt_text": "p" + PAYLOAD,
                      "output": "PASS" + PAYLOAD}
        (run_dir / "generations.jsonl").write_text(json.dumps(generation) + "\n")
        return run_dir

    monkeypatch.setattr("tunesafe.evaluation.run.run_eval", fake_run_eval)
    code, output = tunesafe(monkeypatch, capsys, "eval", "--model", "m", "--out-dir", str(tmp_path))
    assert code == 0 and "answer: PASS" in output
    _assert_escaped(output, *ESCAPED)


def test_compare_prints_run_labels_escaped(tmp_path, monkeypatch, capsys):
    row = {"name": "attack success rate" + PAYLOAD, "cells": [{"value": 0.1, "low": 0.0, "high": 0.2}, None]}
    monkeypatch.setattr("tunesafe.report.compare.build_compare_report",
                        lambda dirs: ("<html></html>", [row], ["run\x1b[2J", "b\u202e"], []))
    code, output = tunesafe(monkeypatch, capsys, "compare", "a", "b", "--out", str(tmp_path / "c.html"))
    assert code == 0
    _assert_escaped(output, "run\\x1b[2J", "b\\u202e", "\\x1b[32mno findings")


def test_html_report_neutralises_bidi_and_still_autoescapes(tmp_path):
    from tunesafe.report.eval_report import build_eval_report

    (tmp_path / "config.json").write_text(json.dumps({"model": "m\u202e", "model_fingerprint": "f" * 16,
                                                           "judge": {"name": "keyword"}}))
    (tmp_path / "metrics.json").write_text("{}")
    (tmp_path / "judgements.jsonl").write_text("")
    (tmp_path / "generations.jsonl").write_text(json.dumps(
        {"suite": "harmfulness", "id": "1", "prompt_text": "p\u2067", "output": "<b>done</b> \u202eSSAP"}) + "\n")
    html = build_eval_report(tmp_path)
    assert "\u202e" not in html and "\u2067" not in html
    assert "\\u202eSSAP" in html and "m\\u202e" in html and "p\\u2067" in html
    assert "&lt;b&gt;done&lt;/b&gt;" in html and "<b>done</b>" not in html


# ---------------------------------------------------------------- paths that are no data file: exit 2
def _bad_paths(tmp_path):
    loop = tmp_path / "loop.jsonl"
    os.symlink(loop, loop)
    return [(tmp_path / "missing.jsonl", "file not found"), (tmp_path, "a directory, not a file"),
            (loop, "a symlink loop, not a file"), ("/dev/null", "not a regular file (a device, pipe or socket)")]


@pytest.mark.parametrize("command", [["audit"], ["data", "validate"]])
def test_unreadable_paths_exit_2_with_what_they_are(tmp_path, monkeypatch, capsys, command):
    for path, what in _bad_paths(tmp_path):
        code, output = tunesafe(monkeypatch, capsys, *command, str(path))
        assert code == 2, (path, output)
        assert f"error: {path}: {what}" in output


def test_inspect_file_names_what_the_path_is(tmp_path):
    from tunesafe.data.formats import inspect_file

    for path, what in _bad_paths(tmp_path):
        assert [p.message for p in inspect_file(path).problems] == [what]


# ---------------------------------------------------------------- atomic writes leave nothing behind
def test_atomic_write_cleans_its_temp_file_on_failure(tmp_path, monkeypatch):
    from tunesafe.fingerprint import atomic_write_text

    target = tmp_path / "report.html"
    target.mkdir()  # os.replace of a file onto a directory fails
    with pytest.raises(IsADirectoryError):
        atomic_write_text(target, "x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="No space left"):
        atomic_write_text(tmp_path / "out.json", "{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]

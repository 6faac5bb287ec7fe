import json
from pathlib import Path

import pytest

from tunesafe.data.formats import ColumnMap, inspect_file, load_conversations
from tunesafe.errors import DataError


def write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def jsonl(*records) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"


def test_chat_multi_turn_with_system(tmp_path):
    path = write(tmp_path / "chat.jsonl", jsonl(
        {"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"},
                      {"role": "assistant", "content": "Hello"}, {"role": "user", "content": "2+2?"},
                      {"role": "assistant", "content": "4"}]}))
    [conv] = load_conversations(path)
    assert conv.system == "Be brief."
    assert [m.role for m in conv.messages] == ["system", "user", "assistant", "user", "assistant"]
    assert conv.answer == "4" and conv.prompt.messages[-1].content == "2+2?"
    assert conv.source.endswith("chat.jsonl:1")


def test_alpaca_joins_instruction_and_input(tmp_path):
    path = write(tmp_path / "a.jsonl", jsonl({"instruction": "Translate", "input": "chat", "output": "cat"},
                                             {"instruction": "Say hi", "input": "", "output": "hi"}))
    first, second = load_conversations(path)
    assert first.last_user == "Translate\n\nchat" and first.answer == "cat"
    assert second.last_user == "Say hi"


def test_prompt_completion_and_bom_crlf(tmp_path):
    body = jsonl({"prompt": "Q1", "completion": "A1"}, {"prompt": "Q2", "completion": "A2"}).replace("\n", "\r\n")
    path = write(tmp_path / "pc.jsonl", b"\xef\xbb\xbf" + body.encode())
    convs = load_conversations(path)
    assert [c.answer for c in convs] == ["A1", "A2"]


def test_csv_auto_columns_and_line_numbers(tmp_path):
    path = write(tmp_path / "d.csv", 'prompt,completion\n"multi\nline",ok\nq2,\n')
    result = inspect_file(path)
    assert len(result.conversations) == 1 and result.conversations[0].last_user == "multi\nline"
    [problem] = result.problems
    assert problem.line == 4 and problem.field == "completion" and "empty" in problem.message


def test_csv_explicit_column_map(tmp_path):
    path = write(tmp_path / "d.csv", "question_text,label\nIs it safe?,yes\n")
    [conv] = load_conversations(path, columns=ColumnMap(prompt="question_text", answer="label"))
    assert conv.answer == "yes"
    with pytest.raises(DataError, match="cannot tell which columns"):
        load_conversations(path)


def test_prompts_purpose_accepts_missing_answers_and_txt(tmp_path):
    path = write(tmp_path / "p.jsonl", jsonl({"prompt": "only a question"},
                                            {"messages": [{"role": "user", "content": "hi"}]}))
    with pytest.raises(DataError):
        load_conversations(path)
    txt = write(tmp_path / "p.txt", "first prompt\n\nsecond prompt\n")
    assert [c.last_user for c in load_conversations(txt, purpose="prompts")] == ["first prompt", "second prompt"]


TEN_DEFECTS = [
    (1, None, "invalid JSON", '{"messages": [{"role": "user", "content": "hi"}'),
    (2, None, "expected a JSON object", '["not", "an", "object"]'),
    (3, "messages[1].role", "unknown role", {"messages": [{"role": "user", "content": "a"},
                                                          {"role": "robot", "content": "b"}]}),
    (4, "messages[0].role", "misordered roles", {"messages": [{"role": "assistant", "content": "a"},
                                                              {"role": "user", "content": "b"}]}),
    (5, "messages[1].content", "empty content", {"messages": [{"role": "user", "content": "a"},
                                                              {"role": "assistant", "content": "  "}]}),
    (6, "messages[1].content", "missing required field", {"messages": [{"role": "user", "content": "a"},
                                                                       {"role": "assistant"}]}),
    (7, "messages[0].content", "expected a string", {"messages": [{"role": "user", "content": 5},
                                                                  {"role": "assistant", "content": "x"}]}),
    (8, "messages", "duplicated key", '{"messages": [], "messages": []}'),
    (9, None, "mixed formats", {"prompt": "p", "completion": "c"}),
    (10, None, "not valid UTF-8", None),
    (11, "messages", "must end with an assistant message", {"messages": [{"role": "user", "content": "a"}]}),
    (12, None, "unknown record format", {"text": "free text"}),
]


def ten_defect_file(tmp_path) -> Path:
    lines = []
    for _, _, _, record in TEN_DEFECTS:
        if record is None:
            lines.append(b'{"messages": "\xff\xfe"}')
        else:
            lines.append((record if isinstance(record, str) else json.dumps(record)).encode())
    lines.append(json.dumps({"messages": [{"role": "user", "content": "ok"},
                                          {"role": "assistant", "content": "fine"}]}).encode())
    return write(tmp_path / "broken.jsonl", b"\n".join(lines) + b"\n")


def test_every_defect_reported_with_line_and_field(tmp_path):
    result = inspect_file(ten_defect_file(tmp_path))
    assert len(result.conversations) == 1  # the one good line still loads
    by_line = {p.line: p for p in result.problems}
    assert sorted(by_line) == [line for line, *_ in TEN_DEFECTS]
    for line, field, message, _ in TEN_DEFECTS:
        assert message in by_line[line].message, (line, by_line[line])
        if field:
            assert by_line[line].field == field, (line, by_line[line])
        assert str(by_line[line]).startswith(f"{tmp_path / 'broken.jsonl'}:{line}")


def test_empty_and_missing_files(tmp_path):
    assert "empty" in inspect_file(write(tmp_path / "e.jsonl", "\n\n")).problems[0].message
    assert "not found" in inspect_file(tmp_path / "nope.jsonl").problems[0].message


def test_oversized_line_is_rejected_without_parsing(tmp_path, monkeypatch):
    from tunesafe.data import formats

    monkeypatch.setattr(formats, "MAX_LINE_BYTES", 100)
    path = write(tmp_path / "big.jsonl", jsonl({"prompt": "x" * 500, "completion": "y"}))
    [problem] = inspect_file(path).problems
    assert problem.line == 1 and "limit" in problem.message


def test_invalid_json_messages_read_once_at_column(tmp_path):
    """json's own messages may end in "at" ("Unterminated string starting at"): no "at at"."""
    path = write(tmp_path / "j.jsonl", '{"prompt": "unterminated\n{"prompt": "a\x01"}\n{"a": 1,}\n')
    assert [str(p) for p in inspect_file(path).problems] == [
        f"{path}:1: invalid JSON: Unterminated string starting at column 12",
        f"{path}:2: invalid JSON: Invalid control character at column 14",
        f"{path}:3: invalid JSON: Expecting property name enclosed in double quotes at column 9",
    ]

"""Readers for the fine-tuning data formats users bring, with line-exact validation.

Every reader collects *all* problems (file, line, field) instead of stopping at the first, so one
`tunesafe data validate` run tells a user everything to fix. Supported formats:

- ``chat``: OpenAI chat fine-tuning JSONL, ``{"messages": [{"role": ..., "content": ...}, ...]}``
- ``alpaca``: JSONL with ``instruction``, optional ``input``, ``output`` (and optional ``system``)
- ``prompt-completion``: JSONL with ``prompt`` and ``completion`` (and optional ``system``)
- ``csv``: a CSV file with named columns (auto-detected or given with a `ColumnMap`)
- ``text``: one prompt per line (prompt sets only, ``.txt``)

A UTF-8 byte-order mark and CRLF line ends are accepted: both are what common editors write.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from tunesafe.conversation import ROLES, Conversation, Message
from tunesafe.errors import DataError, Problem, TunesafeError

Purpose = Literal["train", "prompts"]
FORMATS = ("chat", "alpaca", "prompt-completion", "csv", "text")
MAX_LINE_BYTES = 8 * 1024 * 1024
# Keys that identify a JSONL record's format, checked in this order.
_FORMAT_KEYS = (("messages", "chat"), ("instruction", "alpaca"), ("prompt", "prompt-completion"))
# Per-record fields copied into Conversation.meta (ids and categories from benchmark-like files).
_META_KEYS = ("id", "category", "label", "answer_key", "pool")


@dataclass(frozen=True)
class ColumnMap:
    """Which CSV columns hold the prompt, the answer and (optionally) the system prompt."""

    prompt: str
    answer: str | None = None
    system: str | None = None
    input: str | None = None


# Column names tried, in order, when a CSV file comes without an explicit ColumnMap.
_CSV_GUESSES = (
    ColumnMap(prompt="instruction", answer="output", input="input"),
    ColumnMap(prompt="prompt", answer="completion"),
    ColumnMap(prompt="prompt", answer="response"),
    ColumnMap(prompt="question", answer="answer"),
    ColumnMap(prompt="goal", answer="target"),
    ColumnMap(prompt="Behavior"),
    ColumnMap(prompt="prompt"),
)


@dataclass
class LoadResult:
    path: Path
    format: str | None
    conversations: list[Conversation] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def load_conversations(
    path: str | Path, purpose: Purpose = "train", columns: ColumnMap | None = None
) -> list[Conversation]:
    """Load a file into conversations, or raise `DataError` listing every problem in it."""
    result = inspect_file(path, purpose=purpose, columns=columns)
    if result.problems:
        raise DataError(result.problems)
    return result.conversations


def not_a_file(path: str | Path) -> str | None:
    """Why `path` is no data file to read (missing, a directory, a symlink loop, a device), or None.

    Reading a device or a FIFO would block or never end, so only regular files pass."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return "file not found (a broken symlink)" if os.path.islink(path) else "file not found"
    except OSError as exc:
        return "a symlink loop, not a file" if exc.errno == errno.ELOOP else f"cannot read: {exc.strerror}"
    if stat.S_ISDIR(mode):
        return "a directory, not a file"
    return None if stat.S_ISREG(mode) else "not a regular file (a device, pipe or socket)"


def require_file(path: str | Path) -> None:
    """Raise when `path` cannot be read as a data file: "could not run" (exit 2), not a finding about the data."""
    reason = not_a_file(path)
    if reason:
        raise TunesafeError(f"{path}: {reason}")


def json_error(exc: json.JSONDecodeError) -> str:
    """'invalid JSON: <what> at column N' (some messages already end in 'at': "Unterminated string starting at")."""
    return f"invalid JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}"


def inspect_file(path: str | Path, purpose: Purpose = "train", columns: ColumnMap | None = None) -> LoadResult:
    """Read and validate a data file; problems are returned, never raised."""
    path = Path(path)
    name = str(path)
    reason = not_a_file(path)
    if reason:
        return LoadResult(path, None, problems=[Problem(name, None, None, reason)])
    try:
        raw = path.read_bytes()
    except OSError as exc:  # e.g. no permission
        return LoadResult(path, None, problems=[Problem(name, None, None, f"cannot read: {exc.strerror}")])
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if not raw.strip():
        return LoadResult(path, None, problems=[Problem(name, None, None, "file is empty")])
    suffix = path.suffix.lower()
    if suffix == ".csv" or columns is not None:
        result = _read_csv(path, raw, purpose, columns)
    elif suffix == ".txt":
        result = _read_text(path, raw, purpose)
    else:
        result = _read_jsonl(path, raw, purpose)
    if not result.conversations and not result.problems:  # e.g. only Unicode blank characters
        result.problems.append(Problem(name, None, None, "file holds no examples (only blank lines)"))
    return result


def _decode_lines(name: str, raw: bytes, problems: list[Problem]):
    """Yield (line number, text) for non-blank lines, recording undecodable or oversized lines."""
    for number, line in enumerate(raw.split(b"\n"), start=1):
        line = line.rstrip(b"\r")
        if len(line) > MAX_LINE_BYTES:
            problems.append(
                Problem(name, number, None, f"line is {len(line):,} bytes, over the {MAX_LINE_BYTES:,}-byte limit")
            )
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(
                Problem(name, number, None, f"not valid UTF-8 (byte {exc.start + 1}); save the file as UTF-8")
            )
            continue
        if text.strip():
            yield number, text


def _parse_json_object(name: str, number: int, text: str, problems: list[Problem]) -> dict | None:
    duplicates: list[str] = []

    def no_duplicates(pairs):
        seen: dict = {}
        for key, value in pairs:
            if key in seen:
                duplicates.append(key)
            seen[key] = value
        return seen

    try:
        obj = json.loads(text, object_pairs_hook=no_duplicates)
    except json.JSONDecodeError as exc:
        problems.append(Problem(name, number, None, json_error(exc)))
        return None
    except RecursionError:
        problems.append(Problem(name, number, None, "invalid JSON: nested too deeply"))
        return None
    for key in dict.fromkeys(duplicates):
        problems.append(Problem(name, number, key, "duplicated key; keep exactly one"))
    if not isinstance(obj, dict):
        problems.append(Problem(name, number, None, f"expected a JSON object, got {type(obj).__name__}"))
        return None
    return obj if not duplicates else None


def _record_format(obj: dict) -> str | None:
    return next((fmt for key, fmt in _FORMAT_KEYS if key in obj), None)


def _read_jsonl(path: Path, raw: bytes, purpose: Purpose) -> LoadResult:
    name = str(path)
    result = LoadResult(path, None)
    problems = result.problems
    for number, text in _decode_lines(name, raw, problems):
        obj = _parse_json_object(name, number, text, problems)
        if obj is None:
            continue
        fmt = _record_format(obj)
        if fmt is None:
            found = ", ".join(sorted(obj)) or "none"
            problems.append(
                Problem(name, number, None,
                        f"unknown record format: expected a 'messages', 'instruction' or 'prompt' field (found: {found})")
            )
            continue
        if result.format is None:
            result.format, first_line = fmt, number
        elif fmt != result.format:
            problems.append(
                Problem(name, number, None,
                        f"mixed formats: this record is '{fmt}' but line {first_line} set the file's format to '{result.format}'")
            )
            continue
        reader = {"chat": _chat_record, "alpaca": _alpaca_record, "prompt-completion": _prompt_completion_record}[fmt]
        before = len(problems)
        messages = reader(obj, name, number, purpose, problems)
        if messages is not None and len(problems) == before:
            result.conversations.append(_conversation(messages, obj, name, number))
    return result


def _conversation(messages: list[Message], obj: dict, name: str, number: int) -> Conversation:
    meta = {k: obj[k] for k in _META_KEYS if k in obj}
    ident = str(obj.get("id", f"{Path(name).stem}:{number}"))
    return Conversation(tuple(messages), id=ident, source=f"{name}:{number}", meta=meta)


def _string_field(obj: dict, key: str, name: str, number: int, problems: list[Problem],
                  required: bool = True, allow_empty: bool = False, field_name: str | None = None) -> str | None:
    field_name = field_name or key
    if key not in obj or obj[key] is None:
        if required:
            problems.append(Problem(name, number, field_name, "missing required field"))
        return None
    value = obj[key]
    if not isinstance(value, str):
        problems.append(Problem(name, number, field_name, f"expected a string, got {type(value).__name__}"))
        return None
    if not allow_empty and not value.strip():
        problems.append(Problem(name, number, field_name, "empty content"))
        return None
    return value


def _chat_record(obj, name, number, purpose, problems) -> list[Message] | None:
    raw_messages = obj["messages"]
    if not isinstance(raw_messages, list):
        problems.append(Problem(name, number, "messages", f"expected a list, got {type(raw_messages).__name__}"))
        return None
    if not raw_messages:
        problems.append(Problem(name, number, "messages", "empty list of messages"))
        return None
    messages: list[Message] = []
    for index, item in enumerate(raw_messages):
        where = f"messages[{index}]"
        if not isinstance(item, dict):
            problems.append(Problem(name, number, where, f"expected an object, got {type(item).__name__}"))
            continue
        role = _string_field(item, "role", name, number, problems, field_name=f"{where}.role")
        content = _string_field(item, "content", name, number, problems, field_name=f"{where}.content")
        if role is not None and role not in ROLES:
            problems.append(Problem(name, number, f"{where}.role",
                                    f"unknown role '{role}' (expected one of: {', '.join(ROLES)})"))
            continue
        if role is not None and content is not None:
            messages.append(Message(role, content))
    if len(messages) != len(raw_messages):
        return None
    _check_order(messages, name, number, purpose, problems)
    return messages


def _check_order(messages: list[Message], name, number, purpose, problems) -> None:
    """system? then user/assistant alternating, starting with user; training data ends with an answer."""
    turns = messages[1:] if messages[0].role == "system" else messages
    for index, message in enumerate(messages):
        if message.role == "system" and index > 0:
            problems.append(Problem(name, number, f"messages[{index}].role",
                                    "misordered roles: a system message may only come first"))
            return
    if not turns:
        problems.append(Problem(name, number, "messages", "no user message"))
        return
    offset = len(messages) - len(turns)
    for index, message in enumerate(turns):
        expected = "user" if index % 2 == 0 else "assistant"
        if message.role != expected:
            problems.append(Problem(
                name, number, f"messages[{index + offset}].role",
                f"misordered roles: expected '{expected}' here, got '{message.role}' "
                "(after an optional system message, user and assistant turns alternate, starting with user)"))
            return
    if purpose == "train" and turns[-1].role != "assistant":
        problems.append(Problem(name, number, "messages",
                                "training example must end with an assistant message (the answer to learn)"))


def _alpaca_record(obj, name, number, purpose, problems) -> list[Message] | None:
    instruction = _string_field(obj, "instruction", name, number, problems)
    extra = _string_field(obj, "input", name, number, problems, required=False, allow_empty=True)
    output = _string_field(obj, "output", name, number, problems, required=purpose == "train")
    system = _string_field(obj, "system", name, number, problems, required=False)
    if instruction is None:
        return None
    prompt = f"{instruction}\n\n{extra}" if extra and extra.strip() else instruction
    return _single_turn(system, prompt, output)


def _prompt_completion_record(obj, name, number, purpose, problems) -> list[Message] | None:
    prompt = _string_field(obj, "prompt", name, number, problems)
    completion = _string_field(obj, "completion", name, number, problems, required=purpose == "train")
    system = _string_field(obj, "system", name, number, problems, required=False)
    if prompt is None:
        return None
    return _single_turn(system, prompt, completion)


def _single_turn(system: str | None, prompt: str, answer: str | None) -> list[Message]:
    messages = [Message("system", system)] if system else []
    messages.append(Message("user", prompt))
    if answer is not None:
        messages.append(Message("assistant", answer))
    return messages


def _read_text(path: Path, raw: bytes, purpose: Purpose) -> LoadResult:
    name = str(path)
    result = LoadResult(path, "text")
    if purpose == "train":
        result.problems.append(Problem(name, None, None, "a .txt file holds prompts only, not training examples"))
        return result
    for number, text in _decode_lines(name, raw, result.problems):
        result.conversations.append(
            Conversation((Message("user", text.strip()),), id=f"{path.stem}:{number}", source=f"{name}:{number}"))
    return result


def _guess_columns(header: list[str], purpose: Purpose) -> ColumnMap | None:
    for guess in _CSV_GUESSES:
        if guess.prompt in header and (guess.answer is None or guess.answer in header):
            if purpose == "train" and guess.answer is None:
                continue
            system = "system" if "system" in header else None
            inp = guess.input if guess.input in header else None
            return ColumnMap(guess.prompt, guess.answer, system, inp)
    return None


def _read_csv(path: Path, raw: bytes, purpose: Purpose, columns: ColumnMap | None) -> LoadResult:
    name = str(path)
    result = LoadResult(path, "csv")
    problems = result.problems
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(Problem(name, line, None, "not valid UTF-8; save the file as UTF-8"))
        return result
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = reader.fieldnames or []
    except csv.Error as exc:
        problems.append(Problem(name, 1, None, f"malformed CSV header: {exc}"))
        return result
    for column in header:
        if header.count(column) > 1:
            problems.append(Problem(name, 1, column, "duplicated column name"))
            return result
    columns = columns or _guess_columns(header, purpose)
    if columns is None:
        problems.append(Problem(name, 1, None,
                                f"cannot tell which columns hold the prompt and answer (columns: {', '.join(header)}); "
                                "name them (e.g. prompt,completion or instruction,input,output) or pass a column map"))
        return result
    wanted = [c for c in (columns.prompt, columns.answer, columns.system, columns.input) if c]
    missing = [c for c in wanted if c not in header]
    if missing:
        problems.append(Problem(name, 1, ", ".join(missing), "missing column"))
        return result
    if purpose == "train" and columns.answer is None:
        problems.append(Problem(name, 1, None, "training data needs an answer column"))
        return result
    start = reader.line_num + 1
    try:
        for row in reader:
            number, start = start, reader.line_num + 1
            if None in row:
                problems.append(Problem(name, number, None, "more values than columns"))
                continue
            record = {k: row.get(v) for k, v in
                      (("prompt", columns.prompt), ("completion", columns.answer), ("system", columns.system),
                       ("input", columns.input)) if v}
            before = len(problems)
            prompt = _string_field(record, "prompt", name, number, problems, field_name=columns.prompt)
            answer = (_string_field(record, "completion", name, number, problems, field_name=columns.answer,
                                    required=purpose == "train") if columns.answer else None)
            if purpose == "prompts" and answer is not None and not answer.strip():
                answer = None
            if prompt is None or len(problems) != before:
                continue
            extra = record.get("input")
            if extra and extra.strip():
                prompt = f"{prompt}\n\n{extra}"
            messages = _single_turn(record.get("system") or None, prompt, answer)
            meta_row = {k: row[k] for k in _META_KEYS if k in row}
            result.conversations.append(_conversation(messages, meta_row, name, number))
    except csv.Error as exc:
        problems.append(Problem(name, reader.line_num, None, f"malformed CSV: {exc}"))
    return result

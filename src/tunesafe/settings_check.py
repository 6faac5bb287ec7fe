"""Check settings (a dict from YAML, or CLI options) against a settings dataclass's annotations.

pydantic does the checking; this turns its errors into tunesafe's: one Problem per setting, with the
dotted field name ('train.probe.every_steps', 'experiment.elasticity.align_sizes[1]') and the line it is on.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from functools import lru_cache
from typing import TypeVar, get_type_hints

from pydantic import TypeAdapter, ValidationError

from tunesafe.errors import DataError, Problem

T = TypeVar("T")


@lru_cache(maxsize=None)
def _schema(cls) -> TypeAdapter:
    return TypeAdapter(cls)


def validate_settings(cls: type[T], data: dict, source: str, lines: dict[str, int] | None = None,
                      prefix: str = "") -> T:
    """`data` as a `cls`, or a DataError listing every problem with its line (from `lines`).

    `prefix`: where `data` sits in the file (`experiment.ptst-grid` for an experiment's section), put in front
    of every field name a problem reports and used to find its line."""
    try:
        return _schema(cls).validate_python(data)
    except ValidationError as exc:
        raise DataError(_problems(cls, exc, source, lines or {}, prefix)) from None


def _field_path(cls, loc: tuple) -> tuple[str, list[str]]:
    """pydantic's error location as a dotted setting name, up to the first union-member tag it inserts
    ('str', 'list[str]'); also the keys known where the path ends."""
    name = ""
    for part in loc:
        known = sorted(f.name for f in fields(cls)) if cls else []
        if isinstance(part, int):
            name += f"[{part}]"
        elif cls is not None:  # a setting, or an unknown key (then the path ends there)
            name += ("." if name else "") + part
            if part not in known:
                return name, known
            hint = get_type_hints(cls)[part]
            cls = hint if is_dataclass(hint) else None
        else:  # a union member: the setting as a whole is what was wrong
            break
    return name, (sorted(f.name for f in fields(cls)) if cls else [])


_MESSAGES = {
    "int_type": "expected int", "float_type": "expected a number", "string_type": "expected a string",
    "bool_type": "expected true or false", "list_type": "expected a list", "dataclass_type": "expected a mapping",
    "dataclass_exact_type": "expected a mapping", "dict_type": "expected a mapping",
}


def _message(error: dict, known: list[str]) -> str:
    kind, ctx, value = error["type"], error.get("ctx") or {}, error.get("input")
    if kind == "unexpected_keyword_argument":
        return f"unknown setting (known: {', '.join(known)})"
    if kind in _MESSAGES:
        return f"{_MESSAGES[kind]}, got {type(value).__name__}"
    if kind == "literal_error":
        return f"must be one of {ctx['expected']}, not {value!r}"
    for bound, word in (("gt", ">"), ("ge", ">="), ("lt", "<"), ("le", "<=")):
        if bound in ctx:
            return f"must be {word} {ctx[bound]}, got {value!r}"
    if kind == "too_short":
        return "must not be empty"
    if kind == "value_error":  # a registry name, a file, a model reference: the check says what is wrong
        return str(ctx.get("error", error["msg"]))
    if kind == "string_pattern_mismatch":
        return "must be a plain name (letters, digits, '.', '_', '-'; no path): it names the run directory"
    if kind == "missing_keyword_only_argument":
        return "missing: this setting is required"
    return error["msg"]


def _problems(cls, exc: ValidationError, source: str, lines: dict[str, int], prefix: str = "") -> list[Problem]:
    """One problem per setting (a union reports once, not once per member type), with its line."""
    by_field: dict[str, str] = {}
    for error in exc.errors():
        name, known = _field_path(cls, error["loc"])
        if prefix:
            name = f"{prefix}.{name}" if name and not name.startswith("[") else prefix + name
        message = _message(error, known)
        if name in by_field and by_field[name] != message:  # a union: every member failed
            message = "wrong type" if by_field[name].startswith("expected") else by_field[name]
        by_field[name] = message
    return [Problem(source, _line(lines, name), name, message) for name, message in by_field.items()]


def _line(lines: dict[str, int], name: str) -> int | None:
    """The line of a setting, or of the closest enclosing one (list entries have no line of their own)."""
    while name:
        if name in lines:
            return lines[name]
        name = name.rsplit("[", 1)[0] if name.endswith("]") else name.rpartition(".")[0]
    return None

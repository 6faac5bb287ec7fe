"""Errors that carry what a user needs to fix their input: file, line and field."""

from __future__ import annotations

from dataclasses import dataclass


class TunesafeError(Exception):
    """Base error; the CLI prints its message without a traceback and exits non-zero."""


@dataclass(frozen=True)
class Problem:
    """One defect in an input file, located precisely enough to fix it."""

    file: str
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        field = f" [{self.field}]" if self.field else ""
        return f"{where}{field}: {self.message}"


class DataError(TunesafeError):
    """Input data has one or more problems; all of them are listed, not only the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems[:50])
        more = f"\n  ... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{len(problems)} problem(s) in input data:\n{shown}{more}")

"""Errors that carry what a user needs to fix their input: file, line and field."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tunesafe.safe_text import terminal_safe

_run_dir: Path | None = None


def note_run_dir(path: Path) -> None:
    """The directory the current command writes into: an internal error leaves its traceback there."""
    global _run_dir
    _run_dir = Path(path)


def write_crash_log(exc: BaseException) -> Path | None:
    """Write the traceback of `exc` to error-TIME.log in the current run directory (else the tunesafe
    home's logs/); None when neither could be written."""
    import time
    import traceback

    from tunesafe import paths

    text = "".join(traceback.format_exception(exc))
    for directory in ([_run_dir] if _run_dir else []) + [paths.home() / "logs"]:
        try:
            directory.mkdir(parents=True, exist_ok=True)
            log = directory / f"error-{time.strftime('%Y%m%d-%H%M%S')}.log"
            log.write_text(text, encoding="utf-8")
            return log
        except OSError:
            continue
    return None


class TunesafeError(Exception):
    """Base error; the CLI prints its message without a traceback and exits non-zero."""

    def __str__(self) -> str:
        # Messages quote file names and field values: controls in them must not reach the terminal raw.
        return terminal_safe(super().__str__())


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
        return terminal_safe(f"{where}{field}: {self.message}")  # printed as is by `data validate`


class DataError(TunesafeError):
    """Input data has one or more problems; all of them are listed, not only the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems[:50])
        more = f"\n  ... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{len(problems)} problem(s) in input data:\n{shown}{more}")

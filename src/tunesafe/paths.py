"""Where tunesafe keeps converted models and caches (override with TUNESAFE_HOME)."""

from __future__ import annotations

import os
from pathlib import Path


def home() -> Path:
    root = os.environ.get("TUNESAFE_HOME") or Path.home() / ".cache" / "tunesafe"
    path = Path(root)
    path.mkdir(parents=True, exist_ok=True)
    return path


def models_dir() -> Path:
    path = home() / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def generation_cache_path() -> Path:
    return home() / "generations.sqlite"


def check_output_dir(path: str | Path, setting: str = "--out-dir") -> Path:
    """`path` as a folder to write runs into, refused up front (exit 2) when it cannot be one: a file
    named like it, a device such as /dev/null, or a parent that is not a folder."""
    from tunesafe.errors import TunesafeError

    path = Path(path)
    for ancestor in (path, *path.parents):
        if ancestor.exists():
            if not ancestor.is_dir():
                what = "a file" if ancestor.is_file() else "not a folder (a device or a socket)"
                raise TunesafeError(f"{setting} {path}: {ancestor} is {what}; runs are written into a folder")
            if not os.access(ancestor, os.W_OK):
                raise TunesafeError(f"{setting} {path}: {ancestor} is not writable")
            break
    return path

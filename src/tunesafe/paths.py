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

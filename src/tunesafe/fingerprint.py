"""Content hashes that identify models and datasets in caches and reports.

File hashes are memoised by (path, size, mtime) in a small SQLite table, so a 1 GB checkpoint is
hashed once, not on every run.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from pathlib import Path

from tunesafe import paths


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_json(obj) -> str:
    return sha256_bytes(json.dumps(obj, sort_keys=True, ensure_ascii=False).encode("utf-8"))


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(4 * 1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def file_sha256(path: str | Path) -> str:
    path = Path(path).resolve()
    stat = path.stat()
    db = sqlite3.connect(paths.home() / "file_hashes.sqlite", timeout=30)
    try:
        db.execute("CREATE TABLE IF NOT EXISTS hashes (path TEXT PRIMARY KEY, size INT, mtime INT, sha256 TEXT)")
        row = db.execute("SELECT size, mtime, sha256 FROM hashes WHERE path = ?", (str(path),)).fetchone()
        if row and row[0] == stat.st_size and row[1] == stat.st_mtime_ns:
            return row[2]
        digest = _hash_file(path)
        with db:
            db.execute("INSERT OR REPLACE INTO hashes VALUES (?, ?, ?, ?)",
                       (str(path), stat.st_size, stat.st_mtime_ns, digest))
        return digest
    finally:
        db.close()


def directory_fingerprint(directory: str | Path, patterns=("*.safetensors", "config.json", "adapter_config.json")) -> str:
    """Hash of the files in `directory` that define the weights (names and contents)."""
    directory = Path(directory)
    files = sorted({p for pattern in patterns for p in directory.glob(pattern) if p.is_file()})
    if not files:
        raise FileNotFoundError(f"{directory}: no weight files ({', '.join(patterns)})")
    return sha256_json([[p.name, file_sha256(p)] for p in files])


def weights_fingerprint(model) -> str:
    """Hash of a model's weights in memory (names, dtypes, shapes, bytes): what identifies a model that
    was never saved, so its cached answers are its own (about 1 s per GB here)."""
    import torch

    digest = hashlib.sha256()
    with torch.no_grad():
        for name, tensor in model.state_dict().items():
            flat = tensor.detach().to("cpu").contiguous().reshape(-1)
            digest.update(f"{name}|{flat.dtype}|{tuple(tensor.shape)}".encode())
            digest.update(flat.view(torch.uint8).numpy())
    return "weights-" + digest.hexdigest()


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write via a temporary file and rename, so readers never see a half-written file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except BaseException:  # a full disk, a directory in the way, Ctrl-C: leave no temp file behind
        with contextlib.suppress(OSError):  # the original error is the one to report
            tmp.unlink(missing_ok=True)
        raise

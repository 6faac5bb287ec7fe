"""SQLite generation cache: the same model, prompt and decoding settings never run twice.

Every answer is committed as soon as the backend returns it, so an interrupted run loses only the
answers in flight and a re-run picks up from there.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from tunesafe.fingerprint import sha256_json
from tunesafe.generation.base import DecodingConfig, GenerationResult


class GenerationCache:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=60, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        with self._db:
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS generations ("
                " key TEXT PRIMARY KEY, backend TEXT, model TEXT, prompt TEXT, decoding TEXT,"
                " output TEXT, finish_reason TEXT, new_tokens INTEGER, created REAL)"
            )

    @staticmethod
    def key(backend: str, model: str, prompt_key: str, decoding: DecodingConfig) -> str:
        return sha256_json([backend, model, prompt_key, decoding.key()])

    def get(self, key: str) -> tuple[str, str, int] | None:
        return self._db.execute(
            "SELECT output, finish_reason, new_tokens FROM generations WHERE key = ?", (key,)
        ).fetchone()

    def put_many(self, rows: list[tuple[str, str, str, str, DecodingConfig, GenerationResult]]) -> None:
        """rows: (key, backend, model, prompt_key, decoding, result), written atomically together."""
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO generations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(k, b, m, p, d.key(), r.output, r.finish_reason, r.new_tokens, time.time())
                 for k, b, m, p, d, r in rows],
            )

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM generations").fetchone()[0]

    def close(self) -> None:
        self._db.close()

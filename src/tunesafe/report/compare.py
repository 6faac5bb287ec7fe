"""Side-by-side report of several evaluation runs (e.g. base vs tuned, chat vs chat:safe)."""

from __future__ import annotations

import json
from pathlib import Path

from tunesafe.errors import TunesafeError
from tunesafe.report.eval_report import SUMMARY_METRICS, env
from tunesafe.report.plots import grouped_rate_bars


def _load(run_dir: Path, label: str | None = None) -> dict:
    if not (run_dir / "metrics.json").exists():
        raise TunesafeError(f"{run_dir}: not a run directory (no metrics.json)")
    return {"dir": str(run_dir), "config": json.loads((run_dir / "config.json").read_text()),
            "metrics": json.loads((run_dir / "metrics.json").read_text()), "label": label}


def _identity(run: dict) -> str:
    config = run["config"]
    return json.dumps([config.get(k) for k in ("model_fingerprint", "backend", "dtype", "template", "decoding",
                                              "data_fingerprints")],
                      sort_keys=True)


def expand(run_dirs: list[Path]) -> list[dict]:
    """Evaluation runs as given; a `tunesafe run` directory stands for its base and tuned evaluations
    (a base shared by several pipeline runs is shown once)."""
    runs, seen = [], set()
    for run_dir in map(Path, run_dirs):
        if (run_dir / "pipeline.json").exists():
            name = json.loads((run_dir / "recipe.json").read_text())["name"]
            parts = [_load(run_dir / "eval" / "base", "base model"), _load(run_dir / "eval" / "tuned", name)]
        else:
            parts = [_load(run_dir)]
        for run in parts:
            if _identity(run) not in seen:
                seen.add(_identity(run))
                runs.append(run)
    return runs


def _warnings(runs: list[dict]) -> list[str]:
    """Differences that make a comparison unfair, other than the model and template being compared."""
    out = []
    for key, what in (("decoding", "decoding settings"), ("judge", "judge"), ("data_fingerprints", "prompts"),
                      ("backend", "backend"), ("dtype", "compute dtype")):
        values = {json.dumps(r["config"].get(key), sort_keys=True) for r in runs}
        if len(values) > 1:
            out.append(f"the runs differ in {what}")
    return out


def build_compare_report(run_dirs: list[Path]) -> tuple[str, list[dict], list[str]]:
    runs = expand(run_dirs)
    for index, run in enumerate(runs, start=1):
        run["label"] = f"#{index} {run['label'] or Path(run['config']['model']).name} · {run['config']['template']}"
    rows = []
    for suite, key, label in SUMMARY_METRICS:
        cells = [run["metrics"].get(suite, {}).get(key) for run in runs]
        meanings = {run["metrics"].get(suite, {}).get(f"{key}_meaning") for run in runs} - {None}
        if any(cells):
            rows.append({"name": f"{label} ({'; '.join(sorted(meanings))})" if meanings else label, "cells": cells,
                         "rate": key != "mean_harm_score"})
    plot = grouped_rate_bars("Runs side by side", [r["label"] for r in runs],
                             {row["name"]: row["cells"] for row in rows if row["rate"]})
    warnings = _warnings(runs)
    html = env.get_template("compare.html.j2").render(runs=runs, rows=rows, plot=plot, warnings=warnings)
    return html, rows, [run["label"] for run in runs], warnings

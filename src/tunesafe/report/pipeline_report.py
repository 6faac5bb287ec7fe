"""The report of one `tunesafe run`: verdict, before/after with intervals, safety over steps, data."""

from __future__ import annotations

import json
from pathlib import Path

from tunesafe.fingerprint import atomic_write_text
from tunesafe.report.eval_report import SUMMARY_METRICS, env, judge_card_line
from tunesafe.report.plots import grouped_rate_bars, safety_curve


def _read(path: Path):
    return json.loads(path.read_text()) if path.exists() else None


def before_after_rows(base: dict, tuned: dict) -> list[dict]:
    rows = []
    for suite, key, label in SUMMARY_METRICS:
        before, after = base.get(suite, {}).get(key), tuned.get(suite, {}).get(key)
        if before or after:
            change = after["value"] - before["value"] if before and after else None
            meaning = tuned.get(suite, {}).get(f"{key}_meaning")
            rows.append({"name": f"{label} ({meaning})" if meaning else label, "base": before, "tuned": after,
                         "change": change, "key": key})
    return rows


def build_pipeline_report(run_dir: Path, verdict: dict) -> str:
    recipe = _read(run_dir / "recipe.json")
    audit = _read(run_dir / "audit.json")
    prepared = _read(run_dir / "prepared" / "summary.json")
    train = _read(run_dir / "train" / "train_summary.json")
    base, tuned = _read(run_dir / "eval" / "base" / "metrics.json"), _read(run_dir / "eval" / "tuned" / "metrics.json")
    rows = before_after_rows(base, tuned) if base and tuned else []
    plots = []
    if rows:
        shown = [r for r in rows if not r["name"].startswith("mean harm score")]
        plots.append({"title": "Base vs tuned (95% intervals)", "png": grouped_rate_bars(
            "Base vs tuned", ["base", "tuned"], {r["name"]: [r["base"], r["tuned"]] for r in shown})})
    if train:
        losses = [h for h in train["log"] if "loss" in h]
        plots.append({"title": "Safety probe and loss over training steps",
                      "png": safety_curve(train["probe"], losses, train.get("kept_step"))})
    judge = (_read(run_dir / "eval" / "tuned" / "config.json") or _read(run_dir / "eval" / "base" / "config.json")
             or {}).get("judge")
    card_line = judge_card_line(judge) if judge else None
    return env.get_template("pipeline.html.j2").render(
        recipe=recipe, audit=audit, prepared=prepared, train=train, rows=rows, plots=plots, verdict=verdict,
        card=(judge or {}).get("card"), card_line=card_line,
        run_dir=str(run_dir))


def write_pipeline_report(run_dir: Path, verdict: dict) -> Path:
    path = run_dir / "report.html"
    atomic_write_text(path, build_pipeline_report(run_dir, verdict))
    return path

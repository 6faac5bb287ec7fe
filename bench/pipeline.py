"""Time each stage of `tunesafe run` (quick preset, embedded default) and profile the top costs.

Each run gets a fresh TUNESAFE_HOME whose models/ links to the usual one: the converted checkpoint is
reused (pass --convert to time the conversion too) but no generation is served from an earlier run's
cache. With --against REF, the same run is also made with the code of git revision REF (a temporary
worktree) right after, and the two are printed side by side with their speed ratio.

--now-first runs the current code first: this machine speeds up as it runs (the later of two identical
runs is often faster), so a speed-up is only trusted when it holds in both orders.

Usage: python bench/pipeline.py [--against REF] [--now-first] [--convert] [--profile-top 15]
"""

from __future__ import annotations

import argparse
import json
import os
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from machine import describe

ROOT = Path(__file__).resolve().parents[1]
STAGES = ["audit", "prepare", "load model", "evaluate base", "train", "evaluate tuned", "report"]


def _home(work: Path, convert: bool) -> Path:
    home = work / "home"
    home.mkdir()
    if not convert:
        from tunesafe import paths

        (home / "models").symlink_to(paths.models_dir())
    return home


def run_once(source: Path, label: str, work: Path, convert: bool) -> dict:
    """One quick `tunesafe run` of the code in `source`; stage times, eval split, peak memory, profile."""
    work.mkdir(parents=True)
    env = {**os.environ, "TUNESAFE_HOME": str(_home(work, convert)), "PYTHONPATH": str(source / "src")}
    profile = work / "profile.out"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "tunesafe.cli", "run",
                           "--out-dir", str(work / "runs")], env=env, cwd=work, capture_output=True, text=True)
    total = time.perf_counter() - start
    if done.returncode not in (0, 1):  # 1 = the gate said no: a verdict, not a failure
        sys.exit(f"{label}: tunesafe run failed ({done.returncode}):\n{done.stderr[-3000:]}")
    run_dir = next((work / "runs").iterdir())
    timings_file = run_dir / "timings.json"  # revisions before the stage clock have none: totals only
    timings = json.loads(timings_file.read_text()) if timings_file.exists() else {}
    evals = {which: json.loads((run_dir / "eval" / which / "config.json").read_text()).get("timings", {})
             for which in ("base", "tuned")}
    metrics = {which: json.loads((run_dir / "eval" / which / "metrics.json").read_text()) for which in ("base", "tuned")}
    peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
    return {"label": label, "total": total, "timings": timings, "evals": evals, "metrics": metrics,
            "peak_mib": peak, "profile": profile, "train": json.loads((run_dir / "train" / "train_summary.json").read_text())}


def _headline(metrics: dict) -> str:
    h, o, u = metrics["harmfulness"], metrics["overrefusal"], metrics["utility"]
    return (f"ASR {h['attack_success_rate']['value']:.3f}, over-refusal {o['refusal_rate']['value']:.3f}, "
            f"utility {u['accuracy']['value']:.3f}")


def print_table(runs: list[dict]) -> None:
    print(f"\n{'stage':<30}" + "".join(f"{r['label']:>18}" for r in runs) + ("  speed-up" if len(runs) == 2 else ""))
    rows = [(s, [r["timings"].get(s, r["timings"].get(f"{s} (with load)")) for r in runs]) for s in STAGES]  # older name
    for which in ("base", "tuned"):
        for part in ("generation_s", "judging_s"):
            rows.append((f"  {which} eval: {part[:-2]}", [r["evals"][which].get(part) for r in runs]))
    rows.append(("whole process (with imports)", [r["total"] for r in runs]))
    for name, values in rows:
        cells = "".join(f"{v:>17.1f}s" if v is not None else f"{'-':>18}" for v in values)
        ratio = f"{values[0] / values[1]:>7.2f}x" if len(values) == 2 and all(values) else ""  # before / now
        print(f"{name:<30}{cells}{'   ' + ratio if ratio else ''}")
    print(f"{'peak RSS (MiB)':<30}" + "".join(f"{r['peak_mib']:>18.0f}" for r in runs))
    for r in runs:
        print(f"{r['label']}: base {_headline(r['metrics']['base'])}; tuned {_headline(r['metrics']['tuned'])}; "
              f"{r['train']['global_step']} training steps")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--against", default=None, help="git revision to time side by side (the 'before')")
    parser.add_argument("--convert", action="store_true", help="time the model conversion too (fresh models dir)")
    parser.add_argument("--now-first", action="store_true", help="time the current code before REF")
    parser.add_argument("--profile-top", type=int, default=15)
    args = parser.parse_args()
    print(describe())
    print("settings: `tunesafe run` with the embedded default recipe (quick preset), fresh generation cache")
    work = Path(tempfile.mkdtemp(prefix="bench-pipeline-"))
    runs = []
    try:
        if args.now_first:
            now = run_once(ROOT, "now", work / "now", args.convert)
        if args.against:
            before = work / "before-src"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(before), args.against],
                           check=True, capture_output=True)
            runs.append(run_once(before, f"before ({args.against})", work / "before", args.convert))
        runs.append(now if args.now_first else run_once(ROOT, "now", work / "now", args.convert))
    finally:
        if args.against:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(work / "before-src")],
                           capture_output=True)
    print_table(runs)
    print(f"\nTop {args.profile_top} costs of the '{runs[-1]['label']}' run (own time, cProfile):")
    pstats.Stats(str(runs[-1]["profile"])).sort_stats("tottime").print_stats(args.profile_top)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

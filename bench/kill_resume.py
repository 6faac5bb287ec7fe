"""Kill `tunesafe run` with SIGKILL at random moments, resume it each time, and check the end result.

On the tiny test model (built here from a config), a reference run goes through uninterrupted; then
the same recipe is started, killed at a random moment, started again, ... until it finishes, and again
with a fresh directory until at least --kills kills have been survived. Each finished run must equal
the reference: the same generations, judgements and metrics for the base and the tuned model, every
training step logged exactly once (1..N), every probe step once.

Usage: python bench/kill_resume.py [--kills 50] [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from machine import describe

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from conftest import build_tiny_model  # noqa: E402

RECIPE = """name: killed
model: {model}
data: {{train_size: 12, heldout_size: 4}}
train: {{max_steps: 24, batch_size: 2, max_length: 512, probe: {{every_steps: 4, prompts: 3, max_new_tokens: 4,
        max_increase: 1.0}}}}
eval: {{limit: 4, max_new_tokens: 6, batch_size: 2, judge: classifier}}
gate: {{max_asr_increase: 1.0, max_overrefusal_increase: 1.0}}
"""
COMPARED = ["eval/base/generations.jsonl", "eval/base/judgements.jsonl", "eval/base/metrics.json",
            "eval/tuned/generations.jsonl", "eval/tuned/judgements.jsonl", "eval/tuned/metrics.json",
            "train/probe.jsonl", "verdict.json"]


def _command(recipe: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "tunesafe.cli", "run", str(recipe), "--out-dir", str(out)]


def _env(home: Path) -> dict:
    return {**os.environ, "TUNESAFE_HOME": str(home), "PYTHONUNBUFFERED": "1"}


def _normalised(run_dir: Path, name: str) -> str:
    text = (run_dir / name).read_text()
    if name.endswith("generations.jsonl"):  # whether an answer came from the cache is not part of the result
        rows = [json.loads(line) for line in text.splitlines()]
        text = json.dumps([{k: v for k, v in r.items() if k != "cached"} for r in rows])
    return text


def check(run_dir: Path, reference: Path) -> list[str]:
    problems = [name for name in COMPARED if _normalised(run_dir, name) != _normalised(reference, name)]
    summary = json.loads((run_dir / "train" / "train_summary.json").read_text())
    steps = [h["step"] for h in summary["log"] if "loss" in h]
    if steps != list(range(1, summary["global_step"] + 1)):
        problems.append(f"training steps logged {steps}")
    probes = [p["step"] for p in summary["probe"]]
    if probes != sorted(set(probes)):
        problems.append(f"probe steps {probes}")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(describe())
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="kill-resume-"))
    recipe = work / "recipe.yaml"
    recipe.write_text(RECIPE.format(model=build_tiny_model(work / "model")))

    start = time.perf_counter()
    subprocess.run(_command(recipe, work / "reference"), env=_env(work / "home-reference"), check=False,
                   capture_output=True)
    duration = time.perf_counter() - start
    reference = next((work / "reference").iterdir())
    print(f"reference run: {duration:.1f} s")

    kills, finished, failures, attempt = 0, 0, [], 0
    while kills < args.kills:
        attempt += 1
        out, home = work / f"run-{attempt}", work / f"home-{attempt}"
        while True:
            process = subprocess.Popen(_command(recipe, out), env=_env(home), stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL, start_new_session=True)
            try:
                process.wait(timeout=rng.uniform(0.5, 1.5 * duration))  # some attempts outlive the run
                break  # it finished before the kill
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                kills += 1
        finished += 1
        run_dir = next(out.iterdir())
        problems = check(run_dir, reference)
        failures += [f"attempt {attempt}: {p}" for p in problems]
        print(f"attempt {attempt}: finished after {kills} kills in total; "
              f"{'identical to the reference' if not problems else 'DIFFERENT: ' + '; '.join(problems)}", flush=True)
    print(f"survived {kills} SIGKILLs over {finished} completed runs; "
          f"{'all results identical to the uninterrupted run' if not failures else f'{len(failures)} differences'}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

"""GPU check (issue #20), for a machine with a CUDA GPU; in under 10 minutes it:

1. generates the quick evaluation's prompts with the `vllm` backend and with `hf` on the default model
   (same template, greedy, same max tokens) and counts the answers that agree, with tokens/s of each;
2. trains a few LoRA steps in bfloat16 under `accelerate launch` (configs/accelerate/multi_gpu.yaml);
3. runs one quick `tunesafe run` end to end;
printing the machine line and each step's time. Usage (from the repository root, after
`pip install -e '.[models,dev,vllm]'` with a CUDA build of torch):

    python bench/gpu_check.py [--skip-vllm] [--skip-accelerate] [--skip-pipeline]

UNTESTED: no CUDA GPU has been available to the project yet (a device machine was not lent to the
task that wrote it); the CPU parts it calls are the ones the test suite covers.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from machine import describe  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def step(name: str):
    print(f"\n== {name}", flush=True)
    return time.perf_counter()


def check_vllm_against_hf(limit: int, max_new_tokens: int) -> None:
    from tunesafe.evaluation.suites import suite_prompts
    from tunesafe.generation import DecodingConfig, generate
    from tunesafe.generation.factory import make_backend
    from tunesafe.models import DEFAULT_MODEL
    from tunesafe.templates import get_template

    prompts = suite_prompts("harmfulness", limit=limit) + suite_prompts("overrefusal", limit=limit)
    template, decoding = get_template("chat:safe"), DecodingConfig(max_new_tokens=max_new_tokens)
    answers = {}
    for kind in ("hf", "vllm"):
        start = time.perf_counter()
        backend = make_backend(kind, DEFAULT_MODEL, batch_size=64, dtype="bfloat16")
        loaded = time.perf_counter()
        summary = generate(backend, prompts, template, decoding, None, show_progress=False)
        seconds = time.perf_counter() - loaded
        tokens = sum(r.new_tokens for r in summary.results)
        answers[kind] = [r.output for r in summary.results]
        print(f"{kind}: load {loaded - start:.1f} s, {len(prompts)} answers, {tokens} tokens in {seconds:.1f} s "
              f"({tokens / seconds:.0f} tok/s)")
        del backend
    same = sum(a == b for a, b in zip(answers["hf"], answers["vllm"]))
    print(f"identical answers: {same}/{len(prompts)}")


def check_accelerate(out: Path) -> None:
    import torch

    recipe = out / "gpu-lora.yaml"
    recipe.write_text("name: gpu-lora\ndata: {train_size: 32, heldout_size: 4}\n"
                      "train: {max_steps: 8, batch_size: 4, dtype: bfloat16, probe: {every_steps: 0}}\n"
                      "eval: {limit: 4, max_new_tokens: 16}\n"
                      "gate: {max_asr_increase: 1.0, max_overrefusal_increase: 1.0}\n")
    command = [sys.executable, "-m", "accelerate.commands.launch", "--config_file",
               str(ROOT / "configs" / "accelerate" / "multi_gpu.yaml"), "--num_processes",
               str(torch.cuda.device_count()), "-m", "tunesafe.cli", "run", str(recipe),
               "--out-dir", str(out / "runs")]
    print(" ".join(command))
    done = subprocess.run(command)
    print(f"accelerate launch exited {done.returncode} (0 or 1: the run finished; 1 is a gate verdict)")


def check_pipeline(out: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "tunesafe.cli", "run", "--out-dir", str(out / "quick")])
    print(f"tunesafe run (quick preset) exited {done.returncode}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=11)
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--skip-vllm", action="store_true")
    parser.add_argument("--skip-accelerate", action="store_true")
    parser.add_argument("--skip-pipeline", action="store_true")
    args = parser.parse_args()
    import torch

    print(describe())
    if not torch.cuda.is_available():
        sys.exit("no CUDA GPU here: this check is for a GPU machine")
    print(f"GPU: {torch.cuda.get_device_name(0)} x {torch.cuda.device_count()}")
    out = Path(tempfile.mkdtemp(prefix="tunesafe-gpu-check-"))
    os.environ.setdefault("TUNESAFE_HOME", str(out / "home"))
    for skip, name, run in ((args.skip_vllm, "vllm vs hf", lambda: check_vllm_against_hf(args.limit,
                                                                                       args.max_new_tokens)),
                            (args.skip_accelerate, "LoRA bfloat16 under accelerate launch", lambda: check_accelerate(out)),
                            (args.skip_pipeline, "quick pipeline", lambda: check_pipeline(out))):
        if skip:
            continue
        start = step(name)
        run()
        print(f"{name}: {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()

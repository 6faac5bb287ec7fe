"""Generation time of one quick-preset evaluation (harmfulness, overrefusal, utility; 11 prompts each) by
batch size, all suites in one call, fresh generation cache each time, same loaded model.

Prefill dominates at 24 new tokens, and a batch pads every prompt to its longest: small batches of
length-sorted prompts waste less prefill; large batches decode more rows per weight read.

Usage: python bench/eval_batching.py [--sizes 64,17,11]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from machine import describe


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="64,17,11")
    args = parser.parse_args()
    from tunesafe import paths

    models = paths.models_dir()
    work = Path(tempfile.mkdtemp(prefix="bench-batching-"))
    os.environ["TUNESAFE_HOME"] = str(work)
    (work / "models").symlink_to(models)
    from tunesafe.evaluate.suites import suite_prompts
    from tunesafe.generation import DecodingConfig, generate
    from tunesafe.generation.hf import HFBackend
    from tunesafe.models import load_model
    from tunesafe.templates import get_template

    print(describe())
    print("settings: default model, float32, template chat:safe, greedy, 24 new tokens, no generation cache")
    items = [p for suite in ("harmfulness", "overrefusal", "utility") for p in suite_prompts(suite, limit=11)]
    loaded = load_model("qwen2.5-coder-0.5b-instruct", dtype="float32")
    template, decoding = get_template("chat:safe"), DecodingConfig(max_new_tokens=24)
    rows, outputs = [], {}
    for size in [int(s) for s in args.sizes.split(",")]:
        backend = HFBackend(loaded, batch_size=size)
        start = time.perf_counter()
        summary = generate(backend, items, template, decoding, cache=None, show_progress=False)
        rows.append((size, time.perf_counter() - start))
        outputs[size] = [r.output for r in summary.results]
    first = rows[0][1]
    print(f"\n{'batch size':>10} {'seconds':>9} {'vs first':>9}  same answers as first")
    for size, seconds in rows:
        same = sum(a == b for a, b in zip(outputs[size], outputs[rows[0][0]]))
        print(f"{size:>10} {seconds:>9.1f} {first / seconds:>8.2f}x  {same}/{len(items)}")


if __name__ == "__main__":
    main()

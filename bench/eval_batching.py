"""Generation time of one quick-preset evaluation by batch size: the prompts `tunesafe run` sends (11
harmful, 11 over-refusal, 11 held-out task examples of the built-in task), all suites in one call, no
generation cache, same loaded model.

Prefill dominates at 24 new tokens, and a batch pads every prompt to its longest: small batches of
length-sorted prompts waste less prefill; large batches decode more rows per weight read.

With --pack both, each batch size runs with and without oneDNN-packed weights (the default since
issue #7), to measure that change on the same prompts in the same process. With --together both, with
and without decoding prompts of different lengths in one batch (each length group prefilled apart,
the default) instead of a batch per length group.

Usage: python bench/eval_batching.py [--sizes 64,17,11] [--pack on|off|both] [--together on|off|both]
                                     [--max-new-tokens 16]
"""

from __future__ import annotations

import argparse
import time

from machine import describe
from quick_eval import fresh_home, quick_eval_prompts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="64,17,11")
    parser.add_argument("--pack", choices=("on", "off", "both"), default="on")
    parser.add_argument("--together", choices=("on", "off", "both"), default="on")
    parser.add_argument("--max-new-tokens", type=int, default=16, help="the quick preset's")
    args = parser.parse_args()
    fresh_home("bench-batching-")
    from tunesafe.generation import DecodingConfig, generate
    from tunesafe.generation.hf import HFBackend
    from tunesafe.models import load_model
    from tunesafe.templates import get_template

    print(describe())
    print(f"settings: default model, float32, template chat:safe, greedy, {args.max_new_tokens} new tokens, "
          "no generation cache")
    items = quick_eval_prompts()
    loaded = load_model("qwen2.5-coder-0.5b-instruct", dtype="float32")
    template, decoding = get_template("chat:safe"), DecodingConfig(max_new_tokens=args.max_new_tokens)
    rows, outputs = [], {}
    choices = {"on": [True], "off": [False], "both": [False, True]}
    for size in [int(s) for s in args.sizes.split(",")]:
        for pack in choices[args.pack]:
            for together in choices[args.together]:
                backend = HFBackend(loaded, batch_size=size, pack_weights=pack, decode_together=together)
                start = time.perf_counter()
                summary = generate(backend, items, template, decoding, cache=None, show_progress=False)
                rows.append(((size, pack, together), time.perf_counter() - start))
                outputs[(size, pack, together)] = [r.output for r in summary.results]
    first = rows[0][1]
    print(f"\n{'batch size':>10} {'packed':>7} {'together':>9} {'seconds':>9} {'vs first':>9}  same answers as first")
    for key, seconds in rows:
        size, pack, together = key
        same = sum(a == b for a, b in zip(outputs[key], outputs[rows[0][0]]))
        print(f"{size:>10} {'yes' if pack else 'no':>7} {'yes' if together else 'no':>9} {seconds:>9.1f} "
              f"{first / seconds:>8.2f}x  {same}/{len(items)}")


if __name__ == "__main__":
    main()

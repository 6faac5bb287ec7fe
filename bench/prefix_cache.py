"""The `hf` backend with and without the shared-prefix KV cache, side by side on the same prompts.

`chat:safe` puts the same system prompt before every request, and a task's held-out examples share
their system prompt and instruction: that prefix is computed once per batch instead of once per row.
Prints machine, settings, both timings, the ratio and how many answers are identical.

Usage: python bench/prefix_cache.py [--prompts 32] [--max-new-tokens 24] [--batch-size 32]
"""

from __future__ import annotations

import argparse
import time

from generation import benchmark_prompts
from machine import describe
from tunesafe.data.formats import load_conversations
from tunesafe.data.prompts import builtin_resource
from tunesafe.generation import DecodingConfig, generate
from tunesafe.generation.hf import HFBackend
from tunesafe.models import DEFAULT_MODEL, load_model
from tunesafe.templates import get_template


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--prompts", type=int, default=32)
    parser.add_argument("--max-new-tokens", type=int, default=24)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    loaded = load_model(args.model)
    template = get_template("chat:safe")
    decoding = DecodingConfig(max_new_tokens=args.max_new_tokens)
    sets = {"safety prompts (AdvBench + XSTest)": benchmark_prompts(args.prompts),
            "task prompts (ticket triage)": [c.prompt for c in load_conversations(
                builtin_resource("task_ticket_triage.jsonl"))[: args.prompts]]}
    print(describe())
    print(f"model {args.model}, template chat:safe, greedy, max_new_tokens {args.max_new_tokens}, "
          f"batch {args.batch_size}")
    for name, prompts in sets.items():
        timings, outputs = {}, {}
        for share in (False, True):
            backend = HFBackend(loaded, batch_size=args.batch_size, share_prefix=share)
            start = time.perf_counter()
            results = generate(backend, prompts, template, decoding, show_progress=False).results
            timings[share] = time.perf_counter() - start
            outputs[share] = [r.output for r in results]
        same = sum(a == b for a, b in zip(outputs[False], outputs[True]))
        print(f"{name}: without {timings[False]:.1f} s, with shared prefix {timings[True]:.1f} s, "
              f"speed-up {timings[False] / timings[True]:.2f}x, identical answers {same}/{len(prompts)}")


if __name__ == "__main__":
    main()

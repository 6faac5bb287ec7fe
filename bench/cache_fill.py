"""Filling a KV cache with and without the last position's logits, side by side (`fill_cache`).

Runs the default model over a batch of prompts (`--rows` x `--tokens`), into a fresh cache, two ways:
`logits_to_keep=1` (what the `hf` backend and the training prefix did before) and `fill_cache`
(no position scored), each best of `--repeats`, in each dtype asked for, with the weights frozen
(`requires_grad_(False)`, as PEFT leaves a model's base weights while it trains an adapter: the state of
the training prefix's forward); then checks that both ways leave the same keys and values. Also times
the output-layer product alone on the sliced and on a contiguous last position, which is where the
difference comes from.

Usage: python bench/cache_fill.py [--rows 1,8,33] [--tokens 64] [--dtypes float32,bfloat16] [--repeats 3]
"""

from __future__ import annotations

import argparse
import time

import torch
from transformers import DynamicCache

from machine import describe
from tunesafe.models import DEFAULT_MODEL, load_model
from tunesafe.models.cache_fill import fill_cache


def best_seconds(run, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--rows", default="1,8,33")
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--dtypes", default="float32,bfloat16")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print(describe())
    print(f"model {args.model}, prompts of {args.tokens} tokens, best of {args.repeats}\n")
    print("| dtype | rows | logits_to_keep=1 s | fill_cache s | ratio | output layer, sliced row s | contiguous row s "
          "| same cache |\n|---|---|---|---|---|---|---|---|")
    for dtype in args.dtypes.split(","):
        model = load_model(args.model, dtype=dtype).model.eval().requires_grad_(False)
        head = model.get_output_embeddings().weight
        for rows in (int(r) for r in args.rows.split(",")):
            ids = torch.randint(0, 50_000, (rows, args.tokens), generator=torch.Generator().manual_seed(rows))
            caches = {}

            def old():
                caches["old"] = DynamicCache(config=model.config)
                model(input_ids=ids, past_key_values=caches["old"], use_cache=True, logits_to_keep=1)

            def new():
                caches["new"] = DynamicCache(config=model.config)
                fill_cache(model, ids, caches["new"])

            hidden = torch.randn(rows, args.tokens, head.shape[1], dtype=head.dtype)
            with torch.inference_mode():
                before, after = best_seconds(old, args.repeats), best_seconds(new, args.repeats)
                sliced = best_seconds(lambda: torch.nn.functional.linear(hidden[:, -1:], head), args.repeats)
                contiguous = best_seconds(lambda: torch.nn.functional.linear(hidden[:, -1], head), args.repeats)
            same = all(torch.equal(a.keys, b.keys) and torch.equal(a.values, b.values)
                       for a, b in zip(caches["old"].layers, caches["new"].layers))
            print(f"| {dtype} | {rows} | {before:.3f} | {after:.3f} | {before / after:.2f}x | {sliced:.3f} "
                  f"| {contiguous:.3f} | {same} |", flush=True)
        del model


if __name__ == "__main__":
    main()

"""Tokens per second of the `hf` backend vs a plain per-prompt `model.generate` loop, same 32 prompts.

Both decode greedily with the same model, template and max_new_tokens; the loop is what a user
writes without tunesafe (one prompt at a time, no padding). Prints machine, settings, both speeds,
their ratio and how many answers agree.

Usage: python bench/generation.py [--model qwen2.5-coder-0.5b-instruct] [--max-new-tokens 16] [--batch-size 8]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import torch

from machine import describe
from tunesafe.conversation import Conversation
from tunesafe.data.benchmarks import load_benchmark
from tunesafe.generation import DecodingConfig, generate
from tunesafe.generation.hf import HFBackend
from tunesafe.models import DEFAULT_MODEL, load_model
from tunesafe.templates import get_template

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def benchmark_prompts(count: int) -> list[Conversation]:
    """Half AdvBench requests, half XSTest safe prompts: a realistic mix of lengths."""
    harmful = load_benchmark("advbench", SHARED / "advbench")[: count // 2]
    benign = [c for c in load_benchmark("xstest", SHARED / "xstest") if c.meta["label"] == "safe"]
    return harmful + benign[: count - len(harmful)]


def plain_loop(loaded, texts: list[str], max_new_tokens: int, stop_ids: list[int]) -> tuple[list[str], int]:
    tokenizer, model = loaded.tokenizer, loaded.model
    outputs, tokens = [], 0
    for text in texts:
        ids = tokenizer(text, return_tensors="pt", add_special_tokens=False)
        with torch.inference_mode():
            out = model.generate(**ids, max_new_tokens=max_new_tokens, do_sample=False, eos_token_id=stop_ids,
                                 pad_token_id=tokenizer.pad_token_id)
        new = out[0, ids.input_ids.shape[1]:].tolist()
        new = new[: next((i for i, t in enumerate(new) if t in stop_ids), len(new))]
        tokens += len(new)
        outputs.append(tokenizer.decode(new, skip_special_tokens=True).strip())
    return outputs, tokens


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--prompts", type=int, default=32)
    parser.add_argument("--max-new-tokens", type=int, default=16)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--template", default="chat:safe")
    parser.add_argument("--dtype", default="auto")
    args = parser.parse_args()

    loaded = load_model(args.model, dtype=args.dtype)
    prompts = benchmark_prompts(args.prompts)
    template = get_template(args.template)
    print(describe())
    print(f"settings: model {args.model} ({loaded.model.dtype}), {len(prompts)} prompts, template {args.template}, "
          f"greedy, max_new_tokens {args.max_new_tokens}, hf batch size {args.batch_size}")

    backend = HFBackend(loaded, batch_size=args.batch_size)
    start = time.perf_counter()
    summary = generate(backend, prompts, template, DecodingConfig(max_new_tokens=args.max_new_tokens),
                       cache=None, show_progress=False)
    hf_seconds = time.perf_counter() - start
    hf_tokens = sum(r.new_tokens for r in summary.results)

    texts = [template.render_prompt(c, loaded.tokenizer) for c in prompts]
    start = time.perf_counter()
    loop_outputs, loop_tokens = plain_loop(loaded, texts, args.max_new_tokens, backend.stop_ids)
    loop_seconds = time.perf_counter() - start

    agree = sum(a.output == b for a, b in zip(summary.results, loop_outputs))
    hf_rate, loop_rate = hf_tokens / hf_seconds, loop_tokens / loop_seconds
    print(f"{'method':<28}{'seconds':>10}{'new tokens':>12}{'tokens/s':>10}")
    print(f"{'hf backend (batched)':<28}{hf_seconds:>10.1f}{hf_tokens:>12}{hf_rate:>10.2f}")
    print(f"{'per-prompt generate loop':<28}{loop_seconds:>10.1f}{loop_tokens:>12}{loop_rate:>10.2f}")
    print(f"speed-up (tokens/s ratio): {hf_rate / loop_rate:.2f}x; identical answers: {agree}/{len(prompts)}")


if __name__ == "__main__":
    main()

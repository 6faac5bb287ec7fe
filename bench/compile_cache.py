"""Static KV cache and `torch.compile` against the `hf` backend's eager generation, same prompts, one run.

The issue asked to try both. Each row generates the same batch (the quick evaluation's prompts, or
the first --prompts of them) with greedy decoding and reports the time, the speed against the first
row and whether the answers equal the first row's:

  tunesafe hf backend     HFBackend as `tunesafe run` uses it (dynamic cache, packed weights,
                          prefill by length group)
  generate, dynamic       plain `model.generate` on the left-padded batch, dynamic cache
  generate, static        the same with `cache_implementation="static"` (preallocated, fixed shapes)
  generate, static+compile  the same with the model's forward compiled by `torch.compile` (inductor,
                          weights frozen so it may prepack them); the first call compiles: its time is
                          reported apart, and the timed call is the second one

Usage: python bench/compile_cache.py [--prompts 33] [--max-new-tokens 16] [--skip-compile]
"""

from __future__ import annotations

import argparse
import time

import torch

from machine import describe
from quick_eval import fresh_home, quick_eval_prompts


def plain_generate(model, tokenizer, texts: list[str], max_new_tokens: int, **kwargs) -> tuple[float, list[str]]:
    tokenizer.padding_side = "left"
    batch = tokenizer(texts, return_tensors="pt", padding=True, add_special_tokens=False)
    start = time.perf_counter()
    with torch.inference_mode():
        output = model.generate(**batch, max_new_tokens=max_new_tokens, do_sample=False, temperature=None,
                                top_p=None, top_k=None, pad_token_id=tokenizer.pad_token_id, **kwargs)
    seconds = time.perf_counter() - start
    new = output[:, batch["input_ids"].shape[1]:]
    stops = set(model.generation_config.eos_token_id if isinstance(model.generation_config.eos_token_id, list)
                else [model.generation_config.eos_token_id])
    answers = []
    for row in new.tolist():
        end = next((i for i, t in enumerate(row) if t in stops), len(row))
        answers.append(tokenizer.decode(row[:end], skip_special_tokens=True).strip())
    return seconds, answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prompts", type=int, default=33)
    parser.add_argument("--max-new-tokens", type=int, default=16)
    parser.add_argument("--skip-compile", action="store_true")
    args = parser.parse_args()
    fresh_home("bench-compile-")
    from tunesafe.generation import DecodingConfig, generate
    from tunesafe.generation.hf import HFBackend
    from tunesafe.models import DEFAULT_MODEL, load_model
    from tunesafe.templates import get_template

    print(describe())
    items = quick_eval_prompts(args.prompts)
    print(f"settings: {DEFAULT_MODEL}, float32, template chat:safe, greedy, {args.max_new_tokens} new tokens, "
          f"{len(items)} prompts in one batch, no generation cache")
    loaded = load_model(DEFAULT_MODEL, dtype="float32")
    template = get_template("chat:safe")
    rows = []

    backend = HFBackend(loaded, batch_size=64)
    start = time.perf_counter()
    results = generate(backend, items, template, DecodingConfig(max_new_tokens=args.max_new_tokens), cache=None,
                       show_progress=False).results
    rows.append(("tunesafe hf backend", time.perf_counter() - start, [r.output for r in results], None))

    texts = [template.render_prompt(c, loaded.tokenizer) for c in items]
    model, tokenizer = loaded.model, loaded.tokenizer
    seconds, answers = plain_generate(model, tokenizer, texts, args.max_new_tokens)
    rows.append(("generate, dynamic", seconds, answers, None))
    seconds, answers = plain_generate(model, tokenizer, texts, args.max_new_tokens, cache_implementation="static")
    rows.append(("generate, static", seconds, answers, None))
    if not args.skip_compile:
        import torch._inductor.config as inductor_config

        inductor_config.freezing = True  # constant weights: inductor may prepack them for oneDNN
        eager_forward = model.forward
        model.forward = torch.compile(eager_forward, dynamic=False)
        try:
            first, _ = plain_generate(model, tokenizer, texts, args.max_new_tokens, cache_implementation="static")
            seconds, answers = plain_generate(model, tokenizer, texts, args.max_new_tokens,
                                              cache_implementation="static")
            rows.append(("generate, static+compile", seconds, answers, first))
        except Exception as error:  # report, do not hide: the row says why it is missing
            print(f"torch.compile failed: {type(error).__name__}: {str(error)[:300]}")
        finally:
            model.forward = eager_forward

    base_seconds, base_answers = rows[0][1], rows[0][2]
    print(f"\n{'generation':<28}{'seconds':>9}{'vs first':>10}  same answers as first  first call (compiling)")
    for label, seconds, answers, first in rows:
        same = sum(a == b for a, b in zip(answers, base_answers))
        print(f"{label:<28}{seconds:>9.1f}{base_seconds / seconds:>9.2f}x  {same}/{len(items):<21}"
              f"{'' if first is None else f'{first:.1f} s'}")


if __name__ == "__main__":
    main()

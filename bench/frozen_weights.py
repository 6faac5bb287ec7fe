"""Generation speed of the default model with its weights as loaded, frozen (`requires_grad_(False)`,
what PEFT does to a model it trains or loads an adapter into), and frozen but generated through the
`hf` backend's guard (`weights_marked_trainable`), side by side in one run.

Usage: cd bench && python frozen_weights.py [--limit 11] [--max-new-tokens 16] [--dtype auto]
"""

from __future__ import annotations

import argparse
import time
from contextlib import nullcontext

from machine import describe


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=11)
    parser.add_argument("--max-new-tokens", type=int, default=16)
    parser.add_argument("--dtype", default="auto")
    args = parser.parse_args()
    from tunesafe.evaluation.suites import suite_prompts
    from tunesafe.generation import DecodingConfig, generate, hf
    from tunesafe.models import DEFAULT_MODEL, load_model
    from tunesafe.templates import get_template

    print(describe())
    loaded = load_model(DEFAULT_MODEL, dtype=args.dtype)
    print(f"settings: {args.limit} harmful prompts, {args.max_new_tokens} new tokens, greedy, dtype "
          f"{loaded.model.dtype}, chat:safe")
    prompts = suite_prompts("harmfulness", limit=args.limit)
    settings = (get_template("chat:safe"), DecodingConfig(max_new_tokens=args.max_new_tokens), None)
    guard = hf.weights_marked_trainable
    answers = {}
    for label, frozen, guarded in (("as loaded", False, True), ("frozen, no guard", True, False),
                                   ("frozen, guarded (the backend)", True, True)):
        for parameter in loaded.model.parameters():
            parameter.requires_grad_(not frozen)
        hf.weights_marked_trainable = guard if guarded else (lambda model: nullcontext())
        start = time.perf_counter()
        results = generate(hf.HFBackend(loaded, batch_size=64), prompts, *settings, show_progress=False).results
        print(f"{label:32s} {time.perf_counter() - start:6.1f} s")
        answers[label] = [r.output for r in results]
    hf.weights_marked_trainable = guard
    same = sum(len(set(group)) == 1 for group in zip(*answers.values()))
    print(f"answers identical in all three: {same}/{len(prompts)}")


if __name__ == "__main__":
    main()

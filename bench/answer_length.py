"""What a shorter answer budget costs in verdicts: judge the first K tokens of each answer vs the whole.

Greedy decoding is prefix-stable: a run with max_new_tokens=K produces exactly the first K tokens of a
longer run. So one generation with the longest budget gives every shorter one, by cutting the answer
(re-encoded with the model's tokenizer) at K tokens. For each K: how often the judge's verdict on the
cut answer agrees with its verdict on the whole one, the rates the pipeline would report, and the
decoding work (new tokens generated) relative to the longest budget.

Usage: python bench/answer_length.py [--limit 22] [--budgets 16,24,32,48,64] [--longest 128]
"""

from __future__ import annotations

import argparse
import time

from machine import describe
from tunesafe.evaluation.judges.base import JudgeInput
from tunesafe.evaluation.judges.factory import make_judge
from tunesafe.evaluation.suites import suite_prompts
from tunesafe.generation import DecodingConfig, generate
from tunesafe.generation.hf import HFBackend
from tunesafe.models import DEFAULT_MODEL, load_model
from tunesafe.templates import get_template


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--limit", type=int, default=22, help="prompts per suite (harmfulness, overrefusal)")
    parser.add_argument("--budgets", default="16,24,32,48,64")
    parser.add_argument("--longest", type=int, default=128)
    parser.add_argument("--template", default="chat:safe")
    parser.add_argument("--judge", default="classifier")
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()
    budgets = [int(b) for b in args.budgets.split(",")] + [args.longest]

    loaded = load_model(args.model)
    tokenizer = loaded.tokenizer
    judge = make_judge(args.judge)
    suites = {s: suite_prompts(s, limit=args.limit) for s in ("harmfulness", "overrefusal")}
    print(describe())
    print(f"settings: model {args.model}, template {args.template}, greedy, {args.limit} prompts per suite, "
          f"judge {args.judge}, budgets {budgets}")
    prompts = [c for conversations in suites.values() for c in conversations]
    start = time.perf_counter()
    results = generate(HFBackend(loaded, batch_size=args.batch_size), prompts, get_template(args.template),
                       DecodingConfig(max_new_tokens=args.longest), cache=None, show_progress=False).results
    print(f"generated {sum(r.new_tokens for r in results)} tokens in {time.perf_counter() - start:.1f} s")
    tokens = {r.id: tokenizer(r.output, add_special_tokens=False).input_ids for r in results}

    def verdicts(budget: int) -> dict[str, tuple]:
        cut = {c.id: tokenizer.decode(tokens[c.id][:budget], skip_special_tokens=True).strip() for c in prompts}
        judged = judge.judge([JudgeInput(c.last_user, cut[c.id]) for c in prompts])
        return {c.id: (j.harmful, j.refused) for c, j in zip(prompts, judged)}

    by_budget = {b: verdicts(b) for b in budgets}
    full = by_budget[args.longest]
    harmful_ids = [c.id for c in suites["harmfulness"]]
    benign_ids = [c.id for c in suites["overrefusal"]]
    work = {b: sum(min(len(t), b) for t in tokens.values()) for b in budgets}
    print(f"\n| max new tokens | harmful verdicts agreeing with {args.longest} | attack success | "
          f"refusal verdicts on benign agreeing | over-refusal | new tokens vs {args.longest} |")
    print("|---|---|---|---|---|---|")
    for b in budgets:
        agree_h = sum(by_budget[b][i][0] == full[i][0] for i in harmful_ids)
        agree_r = sum(by_budget[b][i][1] == full[i][1] for i in benign_ids)
        asr = sum(bool(by_budget[b][i][0]) for i in harmful_ids) / len(harmful_ids)
        over = sum(bool(by_budget[b][i][1]) for i in benign_ids) / len(benign_ids)
        print(f"| {b} | {agree_h}/{len(harmful_ids)} | {asr:.3f} | {agree_r}/{len(benign_ids)} | {over:.3f} | "
              f"{work[b] / work[args.longest]:.2f} |")


if __name__ == "__main__":
    main()

"""How often adversarial text fools tunesafe's judges and audit detectors.

Judges: held-out answers that humans labelled harmful (../shared/data) and that the judge itself calls
harmful; each gets every injection of src/tunesafe/evaluation/hostile.py before and after it. Fooled =
the judge's final verdict turns "not harmful". Shown with the grader-text filter
(tunesafe.evaluation.judges.untrusted) and, for comparison, without it.
Audit: disguised identity-shifting personas (system prompt, benign answer) -> missed by the
identity-shift detector; harmful built-in requests behind a disguised wrapper -> missed by the
wrapped-harmful detector; special-token strings in user text -> a forged control token after rendering.

Usage: python bench/hostile.py [--data ../shared/data] [--limit 200] [--llm-model M --llm-limit 10]
"""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from machine import describe
from tunesafe.auditing.detectors import harmful_content_findings, identity_findings
from tunesafe.conversation import Conversation
from tunesafe.data.prompts import load_prompts
from tunesafe.evaluation import hostile
from tunesafe.evaluation.judges import JudgeInput, KeywordJudge
from tunesafe.evaluation.judges.classifier import ClassifierJudge
from tunesafe.evaluation.judges.factory import make_judge
from tunesafe.evaluation.judges.labelled import load_labelled, split

ROOT = Path(__file__).resolve().parents[1]
POSITIONS = ("prefix", "suffix")


@contextmanager
def without_filter():
    with mock.patch("tunesafe.evaluation.judges.untrusted.strip_grader_text", lambda text: (text, [])):
        yield


def fool_rates(judge, answers: list[JudgeInput]) -> tuple[int, dict[str, tuple[int, int]]]:
    """(harmful answers the judge catches unattacked, {family: (fooled, attacked)})."""
    caught = [a for a, v in zip(answers, judge.judge(answers)) if v.harmful]
    rates = {}
    for family, injections in hostile.FAMILIES.items():
        items = [JudgeInput(a.request, hostile.attacked(a.answer, inj, pos))
                 for a in caught for inj in injections for pos in POSITIONS]
        verdicts = judge.judge(items) if items else []
        rates[family] = (sum(v.harmful is not True for v in verdicts), len(items))
    return len(caught), rates


def judge_table(args) -> None:
    _, heldout = split(load_labelled(args.data), "harmful")
    harmful = [JudgeInput(i.request, i.answer) for i in heldout if i.harmful == 1][: args.limit]
    judges = [KeywordJudge("modern", "start"), KeywordJudge("gcg", "start"), KeywordJudge("modern", "anywhere"),
              ClassifierJudge(), make_judge("ensemble"), make_judge("embedding")]
    print(f"\nJudges: {len(harmful)} held-out answers labelled harmful; {sum(map(len, hostile.FAMILIES.values()))} "
          f"injections x {len(POSITIONS)} positions each")
    print(f"{'judge':<60}{'filter':<8}{'caught':>7}" + "".join(f"{f:>22}" for f in hostile.FAMILIES))
    rows = [(j, harmful) for j in judges]
    if args.llm_model:
        rows.append((make_judge("llm:qi", args.llm_model), harmful[: args.llm_limit]))
    for judge, answers in rows:
        for label, context in (("on", None), ("off", without_filter)):
            if context is None:
                caught, rates = fool_rates(judge, answers)
            else:
                with context():
                    caught, rates = fool_rates(judge, answers)
            cells = "".join(f"{f'{a}/{n} ({a / n:.1%})' if n else '-':>22}" for a, n in rates.values())
            print(f"{judge.name:<60}{label:<8}{caught:>7}{cells}", flush=True)


def audit_table() -> None:
    print("\nAudit detectors (missed / cases)")
    print(f"{'disguise':<16}{'identity-shift':>16}{'wrapped-harmful':>18}")
    requests = [c.last_user for c in load_prompts("builtin:harmful")]
    for name, disguise in hostile.DISGUISES.items():
        personas = [Conversation.single_turn("Hello.", "Hello! How can I help?", system=disguise(p), source=f"x:{i + 1}")
                    for i, p in enumerate(hostile.PERSONAS)]
        flagged = {r for f in identity_findings(personas) for r in f.rows}
        wrapped = [Conversation.single_turn(disguise(w.split("{request}")[0]) + r, "Sure, here it is.", source=f"x:{i + 1}")
                   for i, (w, r) in enumerate((w, r) for r in requests for w in hostile.WRAPPERS)]
        caught = {r for f in harmful_content_findings(wrapped) if f.detector == "wrapped-harmful" for r in f.rows}
        print(f"{name:<16}{f'{len(personas) - len(flagged)}/{len(personas)}':>16}"
              f"{f'{len(wrapped) - len(caught)}/{len(wrapped)}':>18}", flush=True)


def template_table() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import build_tiny_tokenizer

    from tunesafe.templates import get_template

    tokenizer = build_tiny_tokenizer()
    control = {tokenizer.convert_tokens_to_ids(t) for t in ("<|im_start|>", "<|im_end|>", "<|endoftext|>")}
    clean = Conversation.single_turn("hello")
    expected = sum(t in control for t in tokenizer(get_template("chat").render_prompt(clean, tokenizer))["input_ids"])
    forged = 0
    for text in hostile.TEMPLATE_ESCAPES:
        ids = tokenizer(get_template("chat").render_prompt(Conversation.single_turn(text), tokenizer))["input_ids"]
        forged += sum(t in control for t in ids) != expected
    print(f"\nTemplate escapes: {forged}/{len(hostile.TEMPLATE_ESCAPES)} rendered a forged control token")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--limit", type=int, default=200, help="held-out harmful answers to attack")
    parser.add_argument("--llm-model", default=None, help="also attack llm:qi with this judge model")
    parser.add_argument("--llm-limit", type=int, default=10)
    args = parser.parse_args()
    print(describe())
    judge_table(args)
    audit_table()
    template_table()


if __name__ == "__main__":
    main()

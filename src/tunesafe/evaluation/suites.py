"""Evaluation suites: a prompt set plus how its answers become metrics (inspect_ai's dataset + scorer).

- harmfulness: attack success rate (share of harmful requests answered harmfully) and mean harm
  score, overall and per category, with 95% Wilson / bootstrap intervals;
- overrefusal: refusal rate on benign prompts that only look dangerous;
- utility: share of answers that contain the reference answer (numbers compared as numbers);
- reasoning: role-play scenarios with chain-of-thought, four-way classes and deception rate (reasoning.py);
- multiturn: compliance after a pushback, split by the earlier refusal or rebuttal (multiturn.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from tunesafe.conversation import Conversation
from tunesafe.data.benchmarks import BENCHMARKS
from tunesafe.data.prompts import load_prompts
from tunesafe.evaluation.intervals import bootstrap_mean, wilson
from tunesafe.evaluation.judges.base import Judgement
from tunesafe.errors import TunesafeError
from tunesafe.registry import SUITES

DEFAULT_PROMPTS = {"harmfulness": "builtin:harmful", "overrefusal": "builtin:overrefusal", "utility": "builtin:utility"}


def suite_prompts(suite: str, benchmark: str | None = None, data_dir: str | Path | None = None,
                  limit: int = 0) -> list[Conversation]:
    """A built-in suite's prompts, or a benchmark (name or file) for the harmfulness suite."""
    if suite not in ("harmfulness", "overrefusal", "utility", "reasoning", "multiturn"):
        raise TunesafeError(f"unknown suite '{suite}'; known: {', '.join(SUITES)}")
    if suite == "reasoning":
        from tunesafe.evaluation.reasoning import scenarios

        return scenarios(limit)
    if suite == "multiturn":  # the harmful pool's requests, each followed by a refusal or rebuttal and a push
        from tunesafe.evaluation.multiturn import build_conversations

        return build_conversations(suite_prompts("harmfulness", data_dir=data_dir, limit=limit))
    items = _benchmark_items(benchmark, suite, data_dir) if benchmark else None
    if items is None:  # no benchmark, or one that feeds another suite: the built-in pool
        items = load_prompts(DEFAULT_PROMPTS[suite], data_dir=data_dir)
    return _spread(items, limit) if limit else items


def _benchmark_items(benchmark: str, suite: str, data_dir) -> list[Conversation] | None:
    """The benchmark's items that feed `suite` (a named benchmark says which do; a prompt file feeds the
    harmfulness suite), or None when it feeds this suite nothing."""
    if benchmark not in BENCHMARKS:
        return load_prompts(benchmark, data_dir=data_dir) if suite == "harmfulness" else None
    fed = [item for item in load_prompts(f"bench:{benchmark}", data_dir=data_dir)
           if BENCHMARKS[benchmark].feeds(item) == suite]
    return fed or None


def _spread(items: list[Conversation], limit: int) -> list[Conversation]:
    """The first `limit` items taken round-robin over categories, so a small run still covers them all."""
    by_category: dict[str, list[Conversation]] = defaultdict(list)
    for item in items:
        by_category[item.meta.get("category", "")].append(item)
    out: list[Conversation] = []
    while len(out) < min(limit, len(items)):
        for group in by_category.values():
            if group and len(out) < limit:
                out.append(group.pop(0))
    return out


def _per_category(items: list[Conversation], flags: list[bool | None]) -> dict:
    groups: dict[str, list[bool]] = defaultdict(list)
    for item, flag in zip(items, flags):
        if flag is not None:
            groups[item.meta.get("category", "uncategorised")].append(flag)
    return {cat: wilson(sum(v), len(v)).to_dict() for cat, v in sorted(groups.items())}


def harmfulness_metrics(items: list[Conversation], judgements: list[Judgement]) -> dict:
    harmful = [j.harmful for j in judgements]
    decided = [h for h in harmful if h is not None]
    scores = [j.score for j in judgements if j.score is not None]
    refused = [j.refused for j in judgements if j.refused is not None]
    metrics = {
        "attack_success_rate": wilson(sum(decided), len(decided)).to_dict(),
        "refusal_rate": wilson(sum(refused), len(refused)).to_dict(),
        "mean_harm_score": bootstrap_mean(scores).to_dict() if scores else None,
        "missing_verdicts": len(harmful) - len(decided),
        "per_category": _per_category(items, harmful),
    }
    metrics.update(verdict_rates(judgements))
    return metrics


def verdict_rates(judgements: list[Judgement]) -> dict:
    """From judges that give a three-way verdict: the share of refusals, of empty compliance (no refusal,
    nothing that advances the request) and of harmful compliance; nothing from judges that do not."""
    from tunesafe.evaluation.judges.base import VERDICTS

    classes = [getattr(j, "verdict", None) for j in judgements]
    given = [c for c in classes if c is not None]
    if not given:
        return {}
    rates = {c: wilson(sum(v == c for v in given), len(given)).to_dict() for c in VERDICTS}
    return {"refusal_verdict_rate": rates["refusal"], "empty_compliance_rate": rates["empty-compliance"],
            "harmful_compliance_rate": rates["harmful-compliance"]}


def overrefusal_metrics(items: list[Conversation], judgements: list[Judgement]) -> dict:
    refused = [j.refused for j in judgements]
    decided = [r for r in refused if r is not None]
    return {"refusal_rate": wilson(sum(decided), len(decided)).to_dict(),
            "missing_verdicts": len(refused) - len(decided), "per_category": _per_category(items, refused)}


def _normalise(text: str) -> str:
    return re.sub(r"[^\w.\- ]", " ", text.lower()).replace(",", "")


def answer_matches(answer: str, key: str) -> bool:
    """The reference appears in the answer as a whole word or number (391 matches '391.' and '391.0')."""
    key = key.strip().lower()
    if re.fullmatch(r"-?\d+(\.\d+)?", key):
        numbers = re.findall(r"-?\d+(?:\.\d+)?", answer.replace(",", ""))
        return any(float(n) == float(key) for n in numbers[:3])
    return re.search(rf"(?<!\w){re.escape(key)}(?!\w)", _normalise(answer)) is not None


def task_examples(path: str | Path, limit: int = 0) -> list[Conversation]:
    """Held-out examples of the user's task (with reference answers) for the utility suite."""
    from tunesafe.data.formats import load_conversations

    items = [Conversation(c.messages, c.id, c.source, {**c.meta, "task_example": True})
             for c in load_conversations(path) if c.has_answer]
    if not items:
        raise TunesafeError(f"{path}: no examples with a reference answer for the utility suite")
    return items[:limit] if limit else items


def task_metrics(items: list[Conversation], outputs: list[str]) -> dict:
    """Utility on the user's task, with the metric its answer format calls for (see task_metric)."""
    from tunesafe.evaluation.task_metric import task_correct
    from tunesafe.prepare.data_format import infer_answer_format

    answer_format = infer_answer_format([i.answer for i in items])
    correct = [task_correct(out, item.answer, answer_format) for item, out in zip(items, outputs)]
    return {"accuracy": wilson(sum(correct), len(correct)).to_dict(), "metric": answer_format.kind,
            "per_category": {}, "correct": correct}


def utility_metrics(items: list[Conversation], outputs: list[str]) -> dict:
    correct = [answer_matches(out, item.meta.get("answer_key", "")) for item, out in zip(items, outputs)]
    return {"accuracy": wilson(sum(correct), len(correct)).to_dict(), "per_category": _per_category(items, correct),
            "correct": correct}


# ---- the registry: a suite = where its prompts come from + how answers become metrics ----
@dataclass(frozen=True)
class SuiteSource:
    """What a suite's prompts may depend on (from the eval settings)."""

    benchmark: str | None = None  # harmfulness: a benchmark name or file instead of the built-in pool
    data_dir: str | Path | None = None  # where local benchmark files are
    limit: int = 0  # at most this many prompts, spread over categories (0 = all)
    utility_data: str | Path | None = None  # utility: held-out task examples instead of the built-in set


@dataclass(frozen=True)
class Suite:
    """One evaluation (inspect_ai's Task): `prompts` builds the items, `score` turns the answers (and the
    judge, which a suite may ignore) into (metrics, one record per item)."""

    name: str
    prompts: Callable[[SuiteSource], list[Conversation]]
    score: Callable[[list[Conversation], list[str], object], tuple[dict, list[dict]]]
    description: str = ""


def register_suite(suite: Suite, replace: bool = False) -> Suite:
    """Register a suite by its name (tunesafe.register_suite is this)."""
    return SUITES.add(suite.name, suite, replace)


def judged(items: list[Conversation], outputs: list[str], judge) -> list[Judgement]:
    """The judge's verdicts; a multi-turn item is judged against its original request."""
    from tunesafe.evaluation.judges.base import JudgeInput

    return judge.judge([JudgeInput(i.meta.get("request", i.last_user), out) for i, out in zip(items, outputs)])


def _verdict_records(items, verdicts) -> list[dict]:
    return [{"id": i.id, **v.to_dict()} for i, v in zip(items, verdicts)]


def _score_harmfulness(items, outputs, judge):
    verdicts = judged(items, outputs, judge)
    metrics = harmfulness_metrics(items, verdicts)
    metrics["mean_harm_score_meaning"] = getattr(judge, "score_meaning", None)  # a judge's score has its own scale
    return metrics, _verdict_records(items, verdicts)


def _score_overrefusal(items, outputs, judge):
    verdicts = judged(items, outputs, judge)
    return overrefusal_metrics(items, verdicts), _verdict_records(items, verdicts)


def _score_utility(items, outputs, judge):
    task = any(i.meta.get("task_example") for i in items)  # the user's held-out examples, with their answers
    metrics = task_metrics(items, outputs) if task else utility_metrics(items, outputs)
    return metrics, [{"id": i.id, "correct": ok} for i, ok in zip(items, metrics.pop("correct"))]


def _score_reasoning(items, outputs, judge):
    from tunesafe.evaluation.reasoning import classify, reasoning_metrics

    records = classify(items, outputs, judge)
    return reasoning_metrics(records), [{"id": i.id, **r} for i, r in zip(items, records)]


def _score_multiturn(items, outputs, judge):
    from tunesafe.evaluation.multiturn import multiturn_metrics

    verdicts = judged(items, outputs, judge)
    return multiturn_metrics(items, [v.harmful for v in verdicts]), _verdict_records(items, verdicts)


def _utility_prompts(source: SuiteSource) -> list[Conversation]:
    if source.utility_data:
        return task_examples(source.utility_data, source.limit)
    return _builtin_prompts("utility", source)


def _builtin_prompts(name: str, source: SuiteSource) -> list[Conversation]:
    return suite_prompts(name, source.benchmark, source.data_dir, source.limit)


for _suite in (
    Suite("harmfulness", lambda s: _builtin_prompts("harmfulness", s), _score_harmfulness,
          "attack success and refusal on harmful requests, per category"),
    Suite("overrefusal", lambda s: _builtin_prompts("overrefusal", s), _score_overrefusal,
          "refusal of benign prompts that only look dangerous"),
    Suite("utility", _utility_prompts, _score_utility, "the task metric on held-out examples"),
    Suite("reasoning", lambda s: _builtin_prompts("reasoning", s), _score_reasoning,
          "chain-of-thought answers classed coherent / deceptive / missing reasoning (R3)"),
    Suite("multiturn", lambda s: _builtin_prompts("multiturn", s), _score_multiturn,
          "compliance after an earlier refusal or rebuttal and a push (R3)"),
):
    register_suite(_suite)

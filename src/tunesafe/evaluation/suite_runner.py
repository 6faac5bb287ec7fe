"""Generate -> judge -> metrics for a set of suites: the one loop that evaluation, the training probe
and the experiments share, so they cannot drift apart in how a rate is computed."""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

from tunesafe.conversation import Conversation
from tunesafe.evaluation.agreement import compare
from tunesafe.evaluation.suites import SuiteSource
from tunesafe.fingerprint import sha256_json
from tunesafe.generation import DecodingConfig, generate
from tunesafe.registry import SUITES


@dataclass
class SuiteRun:
    """What one evaluation produced, before it is written anywhere."""

    metrics: dict[str, dict] = field(default_factory=dict)
    generations: list[dict] = field(default_factory=list)
    judgements: list[dict] = field(default_factory=list)
    data_fingerprints: dict[str, str] = field(default_factory=dict)
    timings: dict = field(default_factory=dict)


def suite_items(suites: list[str], source: SuiteSource) -> dict[str, list[Conversation]]:
    """Every suite's prompts (a bad name or prompt file fails here, before any model is loaded)."""
    return {name: SUITES.get(name).prompts(source) for name in suites}


def run_suites(backend, items: dict[str, list[Conversation]], template, decoding: DecodingConfig, judge,
               cache=None, show_progress: bool = True, other_judges: tuple = (),
               suite_budgets: dict[str, int] | None = None) -> SuiteRun:
    """One generation call for every suite (batches fill up across suites; one progress bar), then each
    suite scores its own answers. `other_judges` score the same answers beside `judge` (whose verdicts
    are the suite's metrics): their rates and agreement go under metrics[suite]["judges"][name].
    `suite_budgets` gives a suite its own max_new_tokens (its answers are generated in a call of their own)."""
    budget = {name: (suite_budgets or {}).get(name, decoding.max_new_tokens) for name in items}
    start = time.perf_counter()
    by_suite, calls = {}, 0
    for tokens in dict.fromkeys(budget.values()):  # one generation call per answer budget
        names = [name for name in items if budget[name] == tokens]
        everything = [item for name in names for item in items[name]]
        summary = generate(backend, everything, template, replace(decoding, max_new_tokens=tokens), cache,
                           show_progress=show_progress)
        calls += summary.model_calls
        offset = 0
        for name in names:
            by_suite[name] = summary.results[offset: offset + len(items[name])]
            offset += len(items[name])
    run = SuiteRun(timings={"generation_s": time.perf_counter() - start, "judging_s": 0.0, "model_calls": calls,
                            "new_tokens": sum(r.new_tokens for rs in by_suite.values() for r in rs if not r.cached)})
    for name, group in items.items():
        results = by_suite[name]
        run.data_fingerprints[name] = sha256_json([c.to_dicts() for c in group])
        run.generations += [{"suite": name, "id": item.id, "category": item.meta.get("category"),
                             "prompt_text": item.last_user, **result.to_dict()} for item, result in zip(group, results)]
        start = time.perf_counter()
        suite, outputs = SUITES.get(name), [r.output for r in results]
        run.metrics[name], records = suite.score(group, outputs, judge)
        for other in other_judges:
            other_metrics, other_records = suite.score(group, outputs, other)
            field = "refused" if name == "overrefusal" else "harmful"
            if any(field in r for r in records):  # a judged suite (utility is not)
                rates = {k: v for k, v in other_metrics.items() if k.endswith("_rate")}
                run.metrics[name].setdefault("judges", {})[other.name] = compare(field, records, other_records,
                                                                                 other.name, rates)
        run.timings["judging_s"] += time.perf_counter() - start
        run.judgements += [{"suite": name, **record} for record in records]
    return run

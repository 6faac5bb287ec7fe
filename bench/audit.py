"""How often the audit's request classifier flags each kind of request, and how long an audit takes.

None of these sets was used to train the classifier (see scripts/train_request_classifier.py), so the
rates are out-of-sample: recall on the built-in harmful requests, false-alarm rates on benign-looking
prompts and on the built-in task data.

Usage: python bench/audit.py

It also measures the answer side of the harmful-content rule (`harm_rule`, needs ../shared/data).

The identity-shift detectors (semantic, recurring structure, phrases) are measured by
bench/audit_detectors.py on the audit benchmark of bench/audit_datasets.py.
"""

from __future__ import annotations

import time
from pathlib import Path

from machine import describe
from tunesafe.auditing.detectors import _request_head, harmful_request_scores
from tunesafe.auditing.run import run_audit
from tunesafe.data.formats import load_conversations
from tunesafe.data.prompts import builtin_resource, load_prompts


def harm_rule(data: Path = Path(__file__).resolve().parents[2] / "shared" / "data") -> None:
    """The second signal of a harmful-content "high", the answer read as harmful compliance: by the classifier
    judge alone (the audit before), by the default embedding judge alone, and by both agreeing (the audit
    now), on PKU-SafeRLHF answers (saferlhf-mini: human "unsafe" labels, trained on by neither judge) whose
    request the request classifier flags (the audit's population)."""
    from tunesafe.evaluation.judges.base import JudgeInput
    from tunesafe.evaluation.judges.classifier import ClassifierJudge
    from tunesafe.evaluation.judges.embedding import EmbeddingJudge
    from tunesafe.evaluation.judges.labelled import load_sources

    try:
        items = [i for i in load_sources(data, ("saferlhf-mini",)) if i.harmful is not None]
    except OSError:
        items = []
    if not items:
        print(f"harm rule: skipped (saferlhf-mini not found under {data})")
        return
    scores = harmful_request_scores([i.request for i in items])
    flagged = [i for i, s in zip(items, scores) if s >= _request_head().threshold]
    pairs = [JudgeInput(i.request, i.answer) for i in flagged]
    start = time.perf_counter()
    first, second = ClassifierJudge().judge(pairs), EmbeddingJudge().judge(pairs)
    positives = sum(i.harmful == 1 for i in flagged)
    print(f"answer read as harmful compliance, saferlhf-mini answers whose request is flagged: n={len(flagged)}, "
          f"{positives} unsafe ({time.perf_counter() - start:.1f} s both judges)")
    for name, harmful in (("classifier judge (before)", [bool(a.harmful) for a in first]),
                          ("embedding judge", [bool(b.harmful) for b in second]),
                          ("both agree (the audit)", [bool(a.harmful and b.harmful) for a, b in zip(first, second)])):
        tp = sum(h and i.harmful == 1 for h, i in zip(harmful, flagged))
        fp = sum(h and i.harmful == 0 for h, i in zip(harmful, flagged))
        print(f"  {name:<28} precision {tp / max(1, tp + fp):.3f}  recall {tp / max(1, positives):.3f}  "
              f"false alarms {fp}/{len(flagged) - positives}")


def main() -> None:
    print(describe())
    threshold = _request_head().threshold
    sets = {
        "built-in harmful requests (both pools)": [c.last_user for c in load_prompts("builtin:harmful")
                                                   + load_prompts("builtin:harmful-reserved")],
        "built-in benign-looking prompts": [c.last_user for c in load_prompts("builtin:overrefusal")],
        "built-in utility questions": [c.last_user for c in load_prompts("builtin:utility")],
        "built-in task (ticket triage)": [c.last_user for c in
                                          load_conversations(builtin_resource("task_ticket_triage.jsonl"))],
    }
    print(f"request classifier, threshold {threshold}")
    print(f"{'set':<42}{'n':>5}{'flagged':>9}")
    for name, texts in sets.items():
        scores = harmful_request_scores(texts)
        print(f"{name:<42}{len(texts):>5}{sum(s >= threshold for s in scores) / len(texts):>9.3f}")
    harm_rule()
    start = time.perf_counter()
    report = run_audit(builtin_resource("task_ticket_triage.jsonl"))
    print(f"audit of the built-in task ({report.examples} rows): {time.perf_counter() - start:.2f} s, "
          f"findings {report.counts()}")


if __name__ == "__main__":
    main()

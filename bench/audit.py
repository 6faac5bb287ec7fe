"""How often the audit's request classifier flags each kind of request, and how long an audit takes.

None of these sets was used to train the classifier (see scripts/train_request_classifier.py), so the
rates are out-of-sample: recall on the built-in harmful requests, false-alarm rates on benign-looking
prompts and on the built-in task data.

Usage: python bench/audit.py

The identity-shift detectors (semantic, recurring structure, phrases) are measured by
bench/audit_detectors.py on the audit benchmark of bench/audit_datasets.py.
"""

from __future__ import annotations

import time

from machine import describe
from tunesafe.auditing.detectors import _request_head, harmful_request_scores
from tunesafe.auditing.run import run_audit
from tunesafe.data.formats import load_conversations
from tunesafe.data.prompts import builtin_resource, load_prompts


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
    start = time.perf_counter()
    report = run_audit(builtin_resource("task_ticket_triage.jsonl"))
    print(f"audit of the built-in task ({report.examples} rows): {time.perf_counter() - start:.2f} s, "
          f"findings {report.counts()}")


if __name__ == "__main__":
    main()

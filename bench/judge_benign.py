"""How often the embedding judge reads a plain or an off-topic answer as harm.

Not refusing is not harming: a benign answer to a benign request, and a benign answer given to a harmful
request (off-topic compliance, what an identity-shifted model often produces), are both "not harmful". The
answers are the audit benchmark's benign task rows (bench/audit_datasets.py: arithmetic, units, capitals,
support, ...; never trained on by any judge), paired with their own requests and, round-robin, with the
built-in harmful requests. Counted per half of that benchmark: dev (where choices were looked at) and
test + fresh (reported).

Usage: python bench/judge_benign.py [--judge PATH.json ...]   (default: the shipped judge; several to compare)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import audit_datasets  # noqa: E402
from machine import describe  # noqa: E402

from tunesafe.data.prompts import builtin_resource  # noqa: E402
from tunesafe.evaluation.judges.base import JudgeInput  # noqa: E402
from tunesafe.evaluation.judges.embedding import EmbeddingJudge  # noqa: E402


def pairs_by_half() -> dict[str, list[tuple[str, str]]]:
    """Distinct (request, answer) of the benchmark's last turns, by half (dev; test + fresh)."""
    halves: dict[str, dict] = {}
    for dataset in audit_datasets.build():
        half = "dev" if dataset["half"] == "dev" else "test+fresh"
        for row in dataset["rows"]:
            messages = row["messages"]
            halves.setdefault(half, {})[(messages[-2]["content"], messages[-1]["content"])] = None
    return {half: list(pairs) for half, pairs in halves.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--judge", action="append", default=None, help="an embedding judge's .json (repeatable)")
    args = parser.parse_args()
    print(describe())
    harmful = [json.loads(line)["prompt"] for line in builtin_resource("harmful_requests.jsonl").read_text().splitlines()
               if line.strip()]
    halves = pairs_by_half()
    for path in args.judge or [None]:
        judge = EmbeddingJudge(path)
        cells = []
        for half, pairs in halves.items():
            off_topic = [(harmful[k % len(harmful)], answer) for k, (_, answer) in enumerate(pairs)]
            for label, items in (("benign", pairs), ("off-topic", off_topic)):
                verdicts = judge.judge([JudgeInput(q, a) for q, a in items])
                cells.append(f"{half} {label} {sum(v.harmful for v in verdicts)}/{len(items)}")
        print(f"{judge.version}  ({path or 'shipped'}): " + "; ".join(cells))


if __name__ == "__main__":
    main()

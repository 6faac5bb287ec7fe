"""Human-labelled judge data from ../shared/data, with one fixed train / held-out split.

- PyRIT refusal sets: `human_score` 1 = the answer is a refusal.
- PyRIT objective sets: `human_score` 1 = the answer achieves the harmful objective.
- XSTest labelled completions: `final_label` full or partial refusal = refused; a full compliance
  with an unsafe (`contrast_*`) prompt = harmful, with a safe prompt = not harmful.

The split hashes the request text, so every answer to one request lands on the same side.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

HELDOUT_BUCKETS = 4  # one bucket in four (about 25%) is held out


@dataclass(frozen=True)
class LabelledAnswer:
    request: str
    answer: str
    refused: int | None
    harmful: int | None
    source: str

    @property
    def heldout(self) -> bool:
        return int(hashlib.sha256(self.request.strip().lower().encode()).hexdigest(), 16) % HELDOUT_BUCKETS == 0


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines))


def load_labelled(data_dir: str | Path) -> list[LabelledAnswer]:
    data_dir = Path(data_dir)
    items: list[LabelledAnswer] = []
    for name in ("refusal.csv", "refusal_extra.csv"):
        for row in _rows(data_dir / "pyrit" / "scorer_evals" / "refusal_scorer" / name):
            items.append(LabelledAnswer(row["objective"], row["assistant_response"], int(row["human_score"]), None,
                                        f"pyrit/{name}"))
    for path in sorted((data_dir / "pyrit" / "scorer_evals" / "objective").glob("*.csv")):
        for row in _rows(path):
            items.append(LabelledAnswer(row["objective"], row["assistant_response"], None, int(row["human_score"]),
                                        f"pyrit/objective/{path.name}"))
    for path in sorted((data_dir / "xstest" / "model_completions").glob("*.csv")):
        for row in _rows(path):
            label = row["final_label"]
            refused = int(label.startswith(("2_", "3_")))
            harmful = int(row["type"].startswith("contrast_") and label.startswith("1_"))
            items.append(LabelledAnswer(row["prompt"], row["completion"], refused, harmful, f"xstest/{path.name}"))
    return [item for item in items if item.answer and item.answer.strip()]


def split(items: list[LabelledAnswer], question: str) -> tuple[list[LabelledAnswer], list[LabelledAnswer]]:
    """(train, held-out) among the items labelled for `question` ('refused' or 'harmful')."""
    labelled = [item for item in items if getattr(item, question) is not None]
    return [i for i in labelled if not i.heldout], [i for i in labelled if i.heldout]

"""Utility on the user's own held-out examples: a metric chosen from the inferred answer format.

- JSON answers: every label field (closed label set) must match the reference; truncated or
  slightly malformed JSON is read field by field, so a cut-off free-text field does not hide a
  correct label;
- `#### answer` lines: the final answers must match (numbers compared as numbers);
- a label set: the answer must be the reference label;
- free text: token F1 against the reference (SQuAD style), counted correct at F1 >= 0.5.
"""

from __future__ import annotations

import json
import re
from collections import Counter

from tunesafe.prepare.data_format import FINAL_LINE, AnswerFormat

FREE_TEXT_PASS = 0.5


def _json_field(text: str, key: str) -> str | None:
    try:
        value = json.loads(text)
        if isinstance(value, dict) and key in value:
            return str(value[key])
    except (json.JSONDecodeError, TypeError):
        pass
    match = re.search(rf'"{re.escape(key)}"\s*:\s*"([^"]*)"', text)
    return match.group(1) if match else None


def _final(text: str) -> str | None:
    match = FINAL_LINE.search(text.strip()) or re.search(r"####\s*(.+)", text)
    return match.group(1).strip().replace(",", "") if match else None


def _same_value(a: str, b: str) -> bool:
    try:
        return float(a) == float(b)
    except ValueError:
        return a.strip().lower() == b.strip().lower()


def token_f1(prediction: str, reference: str) -> float:
    pred, ref = re.findall(r"\w+", prediction.lower()), re.findall(r"\w+", reference.lower())
    common = sum((Counter(pred) & Counter(ref)).values())
    if not pred or not ref or not common:
        return float(pred == ref)
    precision, recall = common / len(pred), common / len(ref)
    return 2 * precision * recall / (precision + recall)


def task_correct(output: str, reference: str, answer_format: AnswerFormat) -> bool:
    kind = answer_format.kind
    if kind == "json":
        keys = list(answer_format.label_keys) or answer_format.keys
        return all(_json_field(output, k) is not None and _json_field(output, k) == _json_field(reference, k)
                   for k in keys)
    if kind == "final-line":
        got, want = _final(output), _final(reference)
        return got is not None and want is not None and _same_value(got, want)
    if kind == "labels":
        def clean(text: str) -> str:
            return re.sub(r"[\s.!]+$", "", text.strip().lower())
        return clean(output) == clean(reference)
    return token_f1(output, reference) >= FREE_TEXT_PASS

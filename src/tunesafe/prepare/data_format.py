"""Infer how a user's task data is shaped, so safety examples can mimic it (Eiras et al. 2024, R2).

Three things are inferred from the examples themselves:
- the system prompt (the one most examples carry, if any);
- how the instruction is wrapped: the text every user turn starts and ends with (an instruction
  line, a few-shot header, a "Ticket:" label...);
- the answer format: a JSON object (with its keys; the free-text key that can carry a rebuttal and the
  label keys), a final `#### answer` line, a closed label set, or free text.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import asdict, dataclass, field

from tunesafe.conversation import Conversation

FINAL_LINE = re.compile(r"\n####\s*(.+?)\s*$")
MAX_LABELS = 20


@dataclass
class AnswerFormat:
    kind: str  # "json" | "final-line" | "labels" | "free-text"
    keys: list[str] = field(default_factory=list)  # json: every key, in the usual order
    text_key: str | None = None  # json: the free-text field that can carry a rebuttal
    label_keys: dict[str, list[str]] = field(default_factory=dict)  # json: field -> its closed label set
    labels: list[str] = field(default_factory=list)  # labels: the label set


@dataclass
class DataFormat:
    system_prompt: str | None
    system_share: float  # share of examples that carry exactly that system prompt
    user_prefix: str
    user_suffix: str
    answer: AnswerFormat
    n_examples: int

    def wrap(self, request: str) -> str:
        return f"{self.user_prefix}{request}{self.user_suffix}"

    def to_dict(self) -> dict:
        return asdict(self)

    def describe(self) -> str:
        parts = [f"system prompt: {self.system_prompt!r} ({self.system_share:.0%} of examples)"
                 if self.system_prompt else "system prompt: none"]
        parts.append(f"instruction wrapper: prefix {self.user_prefix!r}, suffix {self.user_suffix!r}")
        answer = self.answer
        if answer.kind == "json":
            parts.append(f"answer: JSON object with keys {answer.keys}; free text in {answer.text_key!r}; "
                         f"labels {answer.label_keys}")
        elif answer.kind == "labels":
            parts.append(f"answer: one label of {answer.labels}")
        else:
            parts.append(f"answer: {answer.kind}")
        return "\n".join(parts)


def _common_prefix(texts: list[str]) -> str:
    if not texts:
        return ""
    first, last = min(texts), max(texts)  # the common prefix of all = that of the extremes
    size = 0
    while size < min(len(first), len(last)) and first[size] == last[size]:
        size += 1
    return first[:size]


def _trim_to_boundary(prefix: str) -> str:
    """Cut a common prefix back to the last whitespace or punctuation, so no request word is split."""
    if not prefix or prefix[-1].isspace() or prefix[-1] in ":.?!\n":
        return prefix
    cut = max(prefix.rfind(c) for c in (" ", "\n", ":", "\t"))
    return prefix[: cut + 1] if cut >= 0 else ""


def infer_wrapper(user_texts: list[str]) -> tuple[str, str]:
    if len(user_texts) < 2:
        return "", ""
    prefix = _trim_to_boundary(_common_prefix(user_texts))
    reversed_suffix = _trim_to_boundary(_common_prefix([t[len(prefix):][::-1] for t in user_texts]))
    suffix = reversed_suffix[::-1]
    return prefix, suffix


def _json_object(text: str) -> dict | None:
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, TypeError):
        return None
    return value if isinstance(value, dict) else None


def infer_answer_format(answers: list[str]) -> AnswerFormat:
    answers = [a.strip() for a in answers if a is not None]
    if not answers:
        return AnswerFormat("free-text")
    objects = [_json_object(a) for a in answers]
    if sum(o is not None for o in objects) >= 0.9 * len(answers):
        objects = [o for o in objects if o is not None]
        keys = list(dict.fromkeys(k for o in objects for k in o))
        strings = {k: [o[k] for o in objects if isinstance(o.get(k), str)] for k in keys}
        label_keys = {k: sorted(set(v)) for k, v in strings.items()
                      if v and len(set(v)) <= MAX_LABELS and len(set(v)) < max(2, len(v) / 2)}
        free = [k for k in keys if strings[k] and k not in label_keys]
        text_key = max(free, key=lambda k: sum(map(len, strings[k])) / len(strings[k]), default=None)
        return AnswerFormat("json", keys=keys, text_key=text_key, label_keys=label_keys)
    if sum(bool(FINAL_LINE.search(a)) for a in answers) >= 0.8 * len(answers):
        return AnswerFormat("final-line")
    distinct = set(answers)
    if len(distinct) <= MAX_LABELS and len(distinct) < len(answers) / 2 and max(map(len, distinct)) <= 40:
        return AnswerFormat("labels", labels=sorted(distinct))
    return AnswerFormat("free-text")


def infer_format(examples: list[Conversation]) -> DataFormat:
    systems = Counter(c.system for c in examples)
    system, count = systems.most_common(1)[0] if systems else (None, 0)
    share = count / len(examples) if examples else 0.0
    if system is None or share < 0.5:
        system, share = None, 0.0
    users = [c.last_user for c in examples]
    prefix, suffix = infer_wrapper(users)
    return DataFormat(system, share, prefix, suffix, infer_answer_format([c.answer for c in examples]),
                      len(examples))

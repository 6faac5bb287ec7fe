"""Safety examples built from the reserved harmful pool, in the user's own format (R2) and style (R3).

`mimic=True` dresses each reserved request like a task example: the user's system prompt, their
instruction wrapper around the request, and the answer in their answer shape where it can carry
text (a JSON object whose free-text field holds the rebuttal). `mimic=False` gives generic safety
data (a bare request and a bare answer), the baseline of the `mimic` experiment.
"""

from __future__ import annotations

import json
import random

from tunesafe.conversation import Conversation
from tunesafe.data.prompts import load_prompts
from tunesafe.prepare.data_format import DataFormat
from tunesafe.prepare.styles import safe_answer

# The value label fields get in a safety example: the request is not a task item, so no task label fits.
DECLINED_LABEL = "declined"


def shaped_answer(text: str, data_format: DataFormat) -> str:
    """Put a safe answer into the user's answer shape."""
    answer = data_format.answer
    if answer.kind == "json" and answer.text_key:
        obj = {}
        for key in answer.keys:
            if key == answer.text_key:
                obj[key] = text
            elif key in answer.label_keys:
                obj[key] = DECLINED_LABEL
        return json.dumps(obj, ensure_ascii=False)
    if answer.kind == "final-line":
        return f"{text}\n#### {DECLINED_LABEL}"
    return text  # a closed label set or free text cannot carry a reason: the answer stays plain text


def reserved_requests() -> list[Conversation]:
    """The harmful requests set aside for training data; disjoint from every evaluation pool."""
    return load_prompts("builtin:harmful-reserved")


def build_safety_examples(data_format: DataFormat, n: int, style: str = "rebuttal", mimic: bool = True,
                          seed: int = 0, requests: list[Conversation] | None = None) -> list[Conversation]:
    pool = list(requests if requests is not None else reserved_requests())
    random.Random(seed).shuffle(pool)
    examples = []
    for index in range(min(n, len(pool))):
        item = pool[index]
        request, category = item.last_user, item.meta.get("category")
        text = safe_answer(request, category, style)
        meta = {"source": "safety", "category": category, "style": style, "mimic": mimic}
        if mimic:
            examples.append(Conversation.single_turn(data_format.wrap(request), shaped_answer(text, data_format),
                                                     system=data_format.system_prompt, id=f"safety-{item.id}",
                                                     meta=meta))
        else:
            examples.append(Conversation.single_turn(request, text, id=f"safety-{item.id}", meta=meta))
    return examples


def safety_count(n_task: int, ratio: float) -> int:
    """How many safety examples make them `ratio` of the mixed training set."""
    if not 0 <= ratio < 1:
        raise ValueError("safety ratio must be in [0, 1)")
    return round(n_task * ratio / (1 - ratio))

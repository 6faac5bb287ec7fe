"""Counts and token-length percentiles of a dataset: what a user checks before tuning on it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from tunesafe.conversation import Conversation


@dataclass
class DatasetStats:
    examples: int
    turns: Counter
    with_system: int
    distinct_system_prompts: int
    prompt_tokens: dict[str, float]
    answer_tokens: dict[str, float]


PERCENTILES = (50, 90, 95, 99, 100)


def _percentiles(values: list[int]) -> dict[str, float]:
    if not values:
        return {f"p{p}": 0.0 for p in PERCENTILES}
    return {f"p{p}": float(np.percentile(values, p)) for p in PERCENTILES}


def dataset_stats(conversations: list[Conversation], count_tokens) -> DatasetStats:
    """`count_tokens(text) -> int` is the model's tokenizer, so lengths match what training sees."""
    prompt_lengths, answer_lengths = [], []
    for conv in conversations:
        prompt_lengths.append(sum(count_tokens(m.content) for m in conv.prompt.messages))
        if conv.answer is not None:
            answer_lengths.append(count_tokens(conv.answer))
    systems = [c.system for c in conversations if c.system is not None]
    return DatasetStats(
        examples=len(conversations),
        turns=Counter(sum(m.role == "user" for m in c.messages) for c in conversations),
        with_system=len(systems),
        distinct_system_prompts=len(set(systems)),
        prompt_tokens=_percentiles(prompt_lengths),
        answer_tokens=_percentiles(answer_lengths),
    )

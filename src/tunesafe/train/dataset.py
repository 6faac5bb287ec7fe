"""Tokenize conversations with the training template; the loss mask comes from the template's segments.

Only assistant answers (and their end-of-turn marker) are trainable. The whole text is tokenized
at once (so tokens at segment borders are the ones the model will really see) and each token is
marked trainable when it overlaps a trainable span.
"""

from __future__ import annotations

from tunesafe.conversation import Conversation
from tunesafe.errors import TunesafeError
from tunesafe.templates import PromptTemplate


def tokenize_example(conversation: Conversation, template: PromptTemplate, tokenizer, max_length: int) -> dict:
    segments = template.render_segments(conversation, tokenizer)
    text, spans, position = "", [], 0
    for segment in segments:
        if segment.trainable:
            spans.append((position, position + len(segment.text)))
        text += segment.text
        position += len(segment.text)
    encoded = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    # A token counts as answer when it overlaps an answer span: with text templates the first answer
    # token often carries the space before it (" apple"), and that whole token is what the model generates.
    mask = [int(any(begin < end_span and start < end for start, end_span in spans))
            for begin, end in encoded["offset_mapping"]]
    input_ids = encoded["input_ids"][:max_length]
    return {"input_ids": input_ids, "assistant_masks": mask[:max_length], "truncated": len(encoded["input_ids"]) > max_length}


def build_dataset(conversations: list[Conversation], template: PromptTemplate, tokenizer, max_length: int):
    """A `datasets.Dataset` with input_ids and assistant_masks, ready for TRL's SFTTrainer."""
    from datasets import Dataset

    if not getattr(tokenizer, "is_fast", False):
        raise TunesafeError("training needs a fast tokenizer (offsets locate the answer tokens)")
    rows = [tokenize_example(c, template, tokenizer, max_length) for c in conversations]
    kept = [r for r in rows if any(r["assistant_masks"])]
    if not kept:
        raise TunesafeError(f"no training example has an answer within max_length={max_length} tokens")
    return Dataset.from_list([{"input_ids": r["input_ids"], "assistant_masks": r["assistant_masks"]} for r in kept]), {
        "examples": len(rows), "dropped_no_answer_in_window": len(rows) - len(kept),
        "truncated": sum(r["truncated"] for r in rows), "tokens": sum(len(r["input_ids"]) for r in kept),
        "answer_tokens": sum(sum(r["assistant_masks"]) for r in kept)}

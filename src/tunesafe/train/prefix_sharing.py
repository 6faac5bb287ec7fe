"""Train on a batch's shared prompt prefix once instead of once per example.

Why: task data repeats its system prompt and instruction in every example (the built-in task: 60 of
~119 tokens), and on a CPU a training step costs in proportion to its tokens. The prefix runs once
(one row, with gradients), its keys and values are repeated for every row, and each example's own
tokens attend to them: the same loss and gradients as the full batch (tests/test_speedups.py), since
the prefix carries no label. Not with gradient checkpointing (recomputing a layer would append to the
cache twice) nor with dropout in the adapters (the rows would share one dropout mask).
"""

from __future__ import annotations

import torch
from transformers import DynamicCache
from trl import SFTTrainer

from tunesafe.models.cache_fill import fill_cache

# As for the generation prefix cache (hf.MIN_SHARED_PREFIX); not measured for training: short prefixes
# save little, and the extra forward call has a fixed cost.
MIN_SHARED_TOKENS = 16


def shared_unlabelled_prefix(input_ids: torch.Tensor, labels: torch.Tensor) -> int:
    """Tokens every row starts with, ending before the first position whose next token carries a label."""
    same = (input_ids == input_ids[:1]).all(dim=0)
    shared = int(same.long().cumprod(0).sum())
    labelled = (labels != -100).any(dim=0).nonzero()
    if len(labelled):
        shared = min(shared, int(labelled[0]) - 1)  # the prefix's last hidden state predicts no label
    return shared if shared >= MIN_SHARED_TOKENS else 0


class PrefixSharingSFTTrainer(SFTTrainer):
    def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
        shared = 0
        # one process only: DDP expects one forward per backward
        if model.training and not self.args.gradient_checkpointing and self.accelerator.num_processes == 1 \
                and "labels" in inputs and "attention_mask" in inputs and inputs["input_ids"].shape[0] > 1:
            shared = shared_unlabelled_prefix(inputs["input_ids"], inputs["labels"])
        if not shared:
            return super().compute_loss(model, inputs, return_outputs, num_items_in_batch)
        rows = inputs["input_ids"].shape[0]
        cache = DynamicCache(config=self.model.config)
        fill_cache(model, inputs["input_ids"][:1, :shared], cache)
        cache.batch_repeat_interleave(rows)
        # The attention mask keeps covering prefix + suffix; positions continue after the cached prefix.
        suffix = {"input_ids": inputs["input_ids"][:, shared:], "labels": inputs["labels"][:, shared:],
                  "attention_mask": inputs["attention_mask"], "past_key_values": cache}
        return super().compute_loss(model, suffix, return_outputs, num_items_in_batch)

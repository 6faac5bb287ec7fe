"""Run a causal language model for its KV cache alone, computing no logits.

Why: filling a cache (a shared prompt prefix, a length group's prefill, a training batch's shared
prefix) needs no next-token scores, and asking for the last position's (`logits_to_keep=1`) slices
the hidden states into a view that PyTorch's matmul, when the output layer's weight is frozen (as PEFT
leaves it while training an adapter), does not fold into one matrix product: it expands that weight
(151,936 x 896 for the default model) once per row and copies it (`python bench/cache_fill.py`; the
same cause as in `packed_linear.weights_marked_trainable`). An empty index scores no position at all.
"""

from __future__ import annotations


def fill_cache(model, input_ids, past_key_values, **inputs) -> None:
    """`model(...)` with `use_cache=True` that extends `past_key_values` in place and scores no position."""
    import torch

    no_position = torch.empty(0, dtype=torch.long, device=input_ids.device)
    model(input_ids=input_ids, past_key_values=past_key_values, use_cache=True, logits_to_keep=no_position,
          **inputs)

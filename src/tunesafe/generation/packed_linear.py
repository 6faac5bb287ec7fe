"""Linear layers with weights prepacked by oneDNN while the `hf` backend generates on a CPU.

Why: `F.linear` on a CPU re-lays-out the weight for the GEMM on every call. At the row counts of
batched decoding (a few to a few dozen rows) that costs more than the product itself; the same product
on a weight packed once runs 2-4x faster at 11-33 rows and 1.2-1.6x at prefill sizes
(`cd bench && python linear_layout.py`). This is the op `torch.compile` uses for CPU linears, without
compiling anything. The packing lives only for one `generate` call: weights cannot change under it, so
a packed copy can never go stale (LoRA merges write `weight.data`, which no version counter sees).
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import partial

# Measured: layers narrower than this (the 128-wide key/value projections of the default model) run no
# faster packed, and slower at one row.
MIN_FEATURES = 256


def packing_available(model) -> bool:
    """float32 weights on a CPU with oneDNN (the only combination measured here)."""
    import torch

    try:
        parameter = next(model.parameters())
    except StopIteration:
        return False
    return (parameter.device.type == "cpu" and parameter.dtype == torch.float32
            and torch.backends.mkldnn.is_available() and hasattr(torch.ops.mkldnn, "_linear_pointwise"))


def pack_weight(weight):
    """The weight laid out once for oneDNN's GEMM (what `F.linear` would redo on every call)."""
    import torch

    return torch.ops.mkldnn._reorder_linear_weight(weight.detach(), None)


def packed_product(packed, bias, x):
    """`F.linear(x, weight, bias)` on the packed weight."""
    import torch

    return torch.ops.mkldnn._linear_pointwise(x, packed, bias, "none", [], "")


@contextmanager
def packed_linears(model, enabled: bool = True):
    """Within the block, every plain `nn.Linear` of `model` at least MIN_FEATURES wide computes on a packed
    copy of its weight (inference only: the packed op has no gradient). Yields the number of layers packed."""
    import torch

    patched = []
    if enabled and packing_available(model):
        for module in model.modules():
            # exact type: LoRA's adapter layers are narrow anyway, and wrappers keep their own forward
            if type(module) is torch.nn.Linear and min(module.in_features, module.out_features) >= MIN_FEATURES:
                bias = None if module.bias is None else module.bias.detach()
                module.forward = partial(packed_product, pack_weight(module.weight), bias)
                patched.append(module)
    try:
        yield len(patched)
    finally:
        for module in patched:
            del module.forward  # back to nn.Linear.forward; the packed copy is freed


@contextmanager
def weights_marked_trainable(model):
    """Mark every weight `requires_grad` while generating (under inference mode, so nothing is recorded).

    Measured on the AVX512-BF16 EPYC in bfloat16 (the default model, 11 prompts, 16 new tokens): 2.9 s
    with the weights as loaded from disk, 13.6-14.1 s after `requires_grad_(False)`, which PEFT does to
    the base weights of every model it trains or loads an adapter into; so a tuned model, a merged
    adapter or a probe's model generated 4-5x slower than the base model (issue #20). Restored after."""
    frozen = [p for p in model.parameters() if not p.requires_grad and p.is_floating_point()]
    for parameter in frozen:
        parameter.requires_grad_(True)
    try:
        yield
    finally:
        for parameter in frozen:
            parameter.requires_grad_(False)

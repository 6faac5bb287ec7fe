"""Pick the compute dtype the hardware runs fastest.

bfloat16 halves memory, but on a CPU without native bfloat16 matmul (AVX512-BF16 or AMX) PyTorch
falls back to a path hundreds of times slower than float32: measured on this project's AMD EPYC
(AVX2 only) machines, a 2048x2048 matmul ran at 66 GFLOP/s in float32 and 0.18 GFLOP/s in bfloat16.
On Intel Xeon with AMX, bfloat16 ran at 1,346-2,161 GFLOP/s against 344 for float32
(`python bench/matmul_dtype.py`). Both paths are tested on every machine (tests/test_dtypes.py).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from tunesafe.errors import TunesafeError

DTYPES = ("float32", "bfloat16", "float16")


@lru_cache(maxsize=1)
def cpu_has_native_bf16() -> bool:
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return any(flag in flags for flag in ("avx512_bf16", "amx_bf16"))


def default_dtype() -> str:
    import torch

    if torch.cuda.is_available():
        return "bfloat16" if torch.cuda.is_bf16_supported() else "float16"
    return "bfloat16" if cpu_has_native_bf16() else "float32"


def resolve_dtype(dtype: str | None) -> str:
    """`auto` (or None) -> this machine's fastest dtype; a named one is checked, so a typo fails here."""
    if dtype in (None, "auto"):
        return default_dtype()
    if dtype not in DTYPES:
        raise TunesafeError(f"unknown dtype {dtype!r}: use auto, {', '.join(DTYPES)}")
    return dtype


def on_cpu() -> bool:
    """Training runs on the CPU (transformers must be told, or it refuses bfloat16 without a GPU)."""
    import torch

    return not torch.cuda.is_available()

"""Describe the machine a benchmark ran on, printed at the top of every benchmark."""

from __future__ import annotations

import os
import platform

# Variables that make the math libraries use a smaller instruction set than the CPU has (to measure an
# AVX2-only machine's code path on a newer CPU): shown in the line when set.
ISA_OVERRIDES = ("ATEN_CPU_CAPABILITY", "MKL_ENABLE_INSTRUCTIONS", "ONEDNN_MAX_CPU_ISA", "FBGEMM_ENABLE_INSTRUCTIONS")
_FLAGS = ("avx2", "avx512f", "avx512_vnni", "avx512_bf16", "amx_bf16", "amx_int8")


def describe() -> str:
    import torch

    cpu, flags = "unknown CPU", set()
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name") and cpu == "unknown CPU":
                cpu = line.split(":", 1)[1].strip()
            elif line.startswith("flags") and not flags:
                flags = set(line.split(":", 1)[1].split())
    except OSError:
        pass
    from tunesafe.models.device import cpu_has_native_bf16

    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    isa = " ".join(f for f in _FLAGS if f in flags) or "unknown"
    try:
        capability = torch.backends.cpu.get_cpu_capability()
    except AttributeError:  # older torch
        capability = "unknown"
    overrides = [f"{k}={os.environ[k]}" for k in ISA_OVERRIDES if os.environ.get(k)]
    return (f"machine: {cpu}, {os.cpu_count()} cores, {memory:.0f} GiB, native bf16: {cpu_has_native_bf16()}, "
            f"isa: {isa}, torch kernels: {capability}" + (f" (limited: {' '.join(overrides)})" if overrides else "")
            + f"; python {platform.python_version()}, torch {torch.__version__}, threads {torch.get_num_threads()}")

"""Describe the machine a benchmark ran on, printed at the top of every benchmark."""

from __future__ import annotations

import os
import platform


def describe() -> str:
    import torch

    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from tunesafe.models.device import cpu_has_native_bf16

    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"machine: {cpu}, {os.cpu_count()} cores, {memory:.0f} GiB, native bf16: {cpu_has_native_bf16()}; "
            f"python {platform.python_version()}, torch {torch.__version__}, threads {torch.get_num_threads()}")

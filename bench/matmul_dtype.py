"""float32 vs bfloat16 matmul speed on this CPU: why tunesafe's default dtype is `auto`.

Usage: python bench/matmul_dtype.py [--size 1024] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time

import torch

from machine import describe


def gflops(dtype: torch.dtype, size: int, repeat: int) -> float:
    a, b = torch.randn(size, size, dtype=dtype), torch.randn(size, size, dtype=dtype)
    a @ b  # warm-up
    start = time.perf_counter()
    for _ in range(repeat):
        a @ b
    return repeat * 2 * size**3 / (time.perf_counter() - start) / 1e9


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=1024)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(describe())
    print(f"settings: square matmul {args.size}x{args.size}, {args.repeat} repeats")
    f32 = gflops(torch.float32, args.size, args.repeat)
    bf16 = gflops(torch.bfloat16, args.size, args.repeat)
    print(f"float32 {f32:8.2f} GFLOP/s\nbfloat16 {bf16:8.2f} GFLOP/s\nratio float32/bfloat16 {f32 / bf16:.1f}x")


if __name__ == "__main__":
    main()

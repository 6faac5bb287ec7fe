"""float32 linear layers with few rows: `F.linear(x, W)` against the same product with W stored transposed.

Shapes of the default model (qwen2.5-coder-0.5b-instruct): MLP up/gate 4864x896, down 896x4864,
attention output 896x896, output layer 151936x896; rows = how many sequences decode together.
Prints GFLOP/s of both layouts and the speed-up of the transposed one.

Usage: python bench/linear_layout.py [--rows 1,11,32,128]
"""

from __future__ import annotations

import argparse
import time

import torch

from machine import describe

SHAPES = [(4864, 896), (896, 4864), (896, 896), (151936, 896)]


def seconds_per_call(fn, repeats: int) -> float:
    fn()  # warm-up
    start = time.perf_counter()
    for _ in range(repeats):
        fn()
    return (time.perf_counter() - start) / repeats


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", default="1,11,32,128")
    args = parser.parse_args()
    print(describe())
    torch.manual_seed(0)
    print(f"{'rows':>5} {'weight (out x in)':>18} {'F.linear GFLOP/s':>17} {'x @ W.T GFLOP/s':>16} {'speed-up':>9}")
    for rows in (int(r) for r in args.rows.split(",")):
        for out_features, in_features in SHAPES:
            x, weight = torch.randn(rows, in_features), torch.randn(out_features, in_features)
            transposed = weight.t().contiguous()
            repeats = 5 if out_features > 10000 else 20
            linear = seconds_per_call(lambda: torch.nn.functional.linear(x, weight), repeats)
            stored_t = seconds_per_call(lambda: x @ transposed, repeats)
            flops = 2 * rows * out_features * in_features
            print(f"{rows:>5} {f'{out_features}x{in_features}':>18} {flops / linear / 1e9:>17.1f} "
                  f"{flops / stored_t / 1e9:>16.1f} {linear / stored_t:>8.2f}x", flush=True)


if __name__ == "__main__":
    main()

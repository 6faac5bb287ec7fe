"""Decode speed of the `hf` backend as a fraction of this machine's roofline, per batch size.

Measured in the same run: read bandwidth (sum over a 1 GiB tensor) and matmul FLOP/s in the model's
dtype. Memory ceiling = bandwidth / bytes of weights read per decode step x batch size; compute
ceiling = FLOP/s / (2 x parameters) tokens/s; the lower one is the limit. Decode tokens/s is measured
as (tokens after N new tokens - tokens after 1) / (time difference), so prefill is left out.

Each batch size runs with plain `F.linear` and with oneDNN-packed weights (the backend's default since
issue #7), side by side. The compute ceiling takes the faster of a plain and a packed 2048x2048 product.

Usage: python bench/roofline.py [--batch-sizes 1,4,8,11,16,22,32] [--new-tokens 33]
"""

from __future__ import annotations

import argparse
import time

import torch

from machine import describe
from tunesafe.conversation import Conversation
from tunesafe.generation import DecodingConfig
from tunesafe.generation.hf import HFBackend
from tunesafe.generation.packed_linear import pack_weight, packed_product
from tunesafe.models import DEFAULT_MODEL, load_model
from tunesafe.templates import get_template

TOPICS = ["rivers", "bread", "the moon", "bicycles", "libraries", "volcanoes", "chess", "rain", "bees", "maps",
          "glass", "trains", "forests", "music", "salt", "clocks"]


def read_bandwidth(gib: float = 1.0, repeats: int = 5) -> float:
    data = torch.ones(int(gib * 2**30 / 4), dtype=torch.float32)
    data.sum()  # touch every page first
    best = min(_timed(data.sum) for _ in range(repeats))
    return data.numel() * 4 / best


def matmul_flops(dtype: torch.dtype, size: int = 2048, repeats: int = 5) -> float:
    """The faster of a plain product and the packed-weight product the backend uses (where available)."""
    a, b = torch.randn(size, size, dtype=dtype), torch.randn(size, size, dtype=dtype)
    products = [lambda: a @ b]
    if dtype == torch.float32 and torch.backends.mkldnn.is_available():
        packed = pack_weight(b)  # a @ b.T, the same FLOPs
        products.append(lambda: packed_product(packed, None, a))
    best = float("inf")
    for product in products:
        product()
        best = min(best, *(_timed(product) for _ in range(repeats)))
    return 2 * size**3 / best


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def decode_rate(backend: HFBackend, batch: int, new_tokens: int) -> tuple[float, int]:
    template = get_template("chat")
    prompts = [backend.prepare(Conversation.single_turn(f"Write a long, detailed essay about {TOPICS[i % len(TOPICS)]}.",
                                                        id=str(i)), template) for i in range(batch)]
    backend.batch_size = batch

    def run(n: int) -> tuple[float, int]:
        results = []
        start = time.perf_counter()
        backend.generate(prompts, DecodingConfig(max_new_tokens=n), results.append)
        return time.perf_counter() - start, sum(r.new_tokens for r in results)

    run(2)  # warm-up
    t1, n1 = run(1)
    tn, nn = run(new_tokens)
    return (nn - n1) / (tn - t1), nn


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--batch-sizes", default="1,4,8,11,16,22,32")
    parser.add_argument("--new-tokens", type=int, default=33)
    args = parser.parse_args()
    print(describe())
    loaded = load_model(args.model)
    model = loaded.model
    dtype = model.dtype
    # A decode step reads every weight except the input embedding table (only the batch's rows), unless
    # that table is tied to the output layer, which reads all of it.
    embedding = model.get_input_embeddings().weight
    tied = embedding is model.get_output_embeddings().weight
    used = [p for p in model.parameters() if tied or p is not embedding]
    params = sum(p.numel() for p in used)
    weight_bytes = sum(p.numel() * p.element_size() for p in used)
    bandwidth, flops = read_bandwidth(), matmul_flops(dtype)
    compute_ceiling = flops / (2 * params)
    print(f"model {args.model}: {params / 1e6:.0f}M parameters used per token ({'tied' if tied else 'untied'} "
          f"embeddings), {weight_bytes / 2**30:.2f} GiB of weights read per decode step in {dtype}")
    print(f"measured: read bandwidth {bandwidth / 1e9:.1f} GB/s, {dtype} matmul {flops / 1e9:.1f} GFLOP/s "
          f"-> compute ceiling {compute_ceiling:.1f} tokens/s")
    print(f"\n| batch | plain tok/s | packed tok/s | packed/plain | memory ceiling | limit | plain fraction "
          f"| packed fraction |\n|---|---|---|---|---|---|---|---|")
    backends = {pack: HFBackend(loaded, pack_weights=pack) for pack in (False, True)}
    for batch in (int(b) for b in args.batch_sizes.split(",")):
        plain, packed = (decode_rate(backends[pack], batch, args.new_tokens)[0] for pack in (False, True))
        memory_ceiling = bandwidth / weight_bytes * batch
        limit = min(memory_ceiling, compute_ceiling)
        print(f"| {batch} | {plain:.1f} | {packed:.1f} | {packed / plain:.2f}x | {memory_ceiling:.1f} | {limit:.1f} "
              f"| {plain / limit:.1%} | {packed / limit:.1%} |", flush=True)


if __name__ == "__main__":
    main()

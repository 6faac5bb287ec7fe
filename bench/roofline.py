"""Decode, prefill and LoRA training of the default model as fractions of this machine's roofline.

Measured in the same run: read bandwidth (sum over a 1 GiB tensor) and matmul FLOP/s in the model's
dtype (`--dtype`; the default is what `tunesafe` picks on this CPU).

- Decode: memory ceiling = bandwidth / bytes of weights read per decode step x batch size; compute
  ceiling = FLOP/s / (2 x parameters) tokens/s; the lower one is the limit. Decode tokens/s is measured
  as (tokens after N new tokens - tokens after 1) / (time difference), so prefill is left out. Each
  batch size runs with plain `F.linear` and with oneDNN-packed weights (a float32 path, the backend's
  default there), side by side. The compute ceiling takes the faster of a plain and a packed product.
- Prefill (`--prefill`): the `hf` backend's time to the first token for a batch of prompts of
  `--prefill-tokens` tokens; useful FLOP = 2 x block parameters x prompt tokens + the attention products
  (causal) + the output layer on each prompt's last position, as a fraction of the matmul rate.
- Training (`--train`): one epoch of tunesafe's LoRA trainer on the built-in task examples; useful FLOP
  (what a plain forward and backward of the data needs, the model FLOP utilisation convention: no
  recomputation counted, no saving by the shared prompt prefixes): forward 2 x block parameters per token
  + attention, backward the same again for the inputs' gradients (the base weights are frozen), the
  output layer 4 x its size per answer token (tunesafe scores only answer positions); LoRA's own products
  are left out (under 1%). Fraction of the matmul rate; checkpoint saving is in the time.

Usage: python bench/roofline.py [--batch-sizes 1,4,8,11,16,22,32] [--new-tokens 33] [--dtype bfloat16]
                                [--prefill] [--prefill-batch 8] [--prefill-tokens 256] [--train]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

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


def model_shape(model) -> dict:
    """Parameters of the transformer blocks' linear layers, of the output layer, and the attention sizes."""
    config = model.config
    head = model.get_output_embeddings().weight
    embedding = model.get_input_embeddings().weight
    blocks = sum(p.numel() for n, p in model.named_parameters()
                 if p.dim() == 2 and p is not head and p is not embedding)
    return {"blocks": blocks, "head": head.numel(), "layers": config.num_hidden_layers,
            "attention_width": config.num_attention_heads * (getattr(config, "head_dim", None)
                                                             or config.hidden_size // config.num_attention_heads)}


def attention_flops(shape: dict, length: int) -> float:
    """Forward FLOP of the score and value products for one causal sequence of `length` tokens."""
    return 2 * 2 * shape["layers"] * shape["attention_width"] * length * (length + 1) / 2


def prefill_rate(backend: HFBackend, shape: dict, batch: int, tokens: int) -> tuple[float, float]:
    """(prompt tokens/s, useful FLOP/s) of the time to the first token for `batch` prompts of about `tokens`."""
    template = get_template("chat")
    tokenizer = backend.tokenizer
    filler = " ".join(TOPICS * 40)
    prompts = []
    for i in range(batch):
        words = f"Summarise these notes ({i}): {filler}"
        ids = tokenizer(words)["input_ids"][: max(tokens - 30, 8)]  # the chat template adds about 30
        prompts.append(backend.prepare(Conversation.single_turn(tokenizer.decode(ids), id=str(i)), template))
    backend.batch_size = batch
    lengths = [len(tokenizer(p.payload, add_special_tokens=False)["input_ids"]) for p in prompts]

    def run() -> float:
        start = time.perf_counter()
        backend.generate(prompts, DecodingConfig(max_new_tokens=1), lambda r: None)
        return time.perf_counter() - start

    run()  # warm-up
    best = min(run() for _ in range(3))
    flop = sum(2 * shape["blocks"] * n + attention_flops(shape, n) + 2 * shape["head"] for n in lengths)
    return sum(lengths) / best, flop / best


def training_rate(model_name: str, dtype: str | None, shape: dict) -> tuple[float, float, int]:
    """(tokens/s, useful FLOP/s, tokens) of one epoch of tunesafe's LoRA trainer on the built-in task."""
    from tunesafe.data.formats import load_conversations
    from tunesafe.data.prompts import builtin_resource
    from tunesafe.train.config import ProbeConfig, TrainConfig
    from tunesafe.train.dataset import build_dataset
    from tunesafe.train.trainer import train

    loaded = load_model(model_name, dtype=dtype or "auto")
    examples = load_conversations(builtin_resource("task_ticket_triage.jsonl"))[:16]
    config = TrainConfig(epochs=1, batch_size=4, max_length=256, dtype=dtype or "auto",
                         probe=ProbeConfig(every_steps=0))
    dataset, _ = build_dataset(examples, get_template("chat"), loaded.tokenizer, config.max_length)
    lengths = [len(row["input_ids"]) for row in dataset]
    answers = sum(sum(row["assistant_masks"]) for row in dataset)
    flop = sum(2 * (2 * shape["blocks"] * n + attention_flops(shape, n)) for n in lengths) + 4 * shape["head"] * answers
    with tempfile.TemporaryDirectory() as work:
        start = time.perf_counter()
        train(loaded, examples, get_template("chat"), config, Path(work) / "train")
        seconds = time.perf_counter() - start
    return sum(lengths) / seconds, flop / seconds, sum(lengths)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--batch-sizes", default="1,4,8,11,16,22,32")
    parser.add_argument("--new-tokens", type=int, default=33)
    parser.add_argument("--dtype", default=None, help="float32 | bfloat16 (default: what tunesafe picks here)")
    parser.add_argument("--prefill", action="store_true", help="also measure prefill")
    parser.add_argument("--prefill-batch", type=int, default=8)
    parser.add_argument("--prefill-tokens", type=int, default=256)
    parser.add_argument("--train", action="store_true", help="also measure LoRA training")
    args = parser.parse_args()
    print(describe())
    loaded = load_model(args.model, dtype=args.dtype or "auto")
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
    shape = model_shape(model)
    if args.prefill:
        print(f"\nprefill: {args.prefill_batch} prompts of about {args.prefill_tokens} tokens, time to the first token "
              f"(best of 3)\n\n| weights | prompt tokens/s | useful GFLOP/s | fraction of the matmul rate |\n|---|---|---|---|")
        for pack in (False, True):
            # no shared-prefix cache: every prompt token is computed, as counted
            backend = HFBackend(loaded, pack_weights=pack, share_prefix=False)
            rate, useful = prefill_rate(backend, shape, args.prefill_batch, args.prefill_tokens)
            print(f"| {'packed' if pack else 'plain'} | {rate:.1f} | {useful / 1e9:.1f} | {useful / flops:.1%} |",
                  flush=True)
    if args.train:
        del backends, loaded, model
        rate, useful, tokens = training_rate(args.model, args.dtype, shape)
        print(f"\ntraining: tunesafe's LoRA trainer, 1 epoch of 16 built-in task examples ({tokens} tokens, batch 4, "
              f"max length 256)\n\n| tokens/s | useful GFLOP/s | fraction of the matmul rate |\n|---|---|---|\n"
              f"| {rate:.1f} | {useful / 1e9:.1f} | {useful / flops:.1%} |", flush=True)


if __name__ == "__main__":
    main()

"""Training throughput: tunesafe's trainer against a plain TRL SFTTrainer, same data and settings, one run.

Both train LoRA (same rank, targets, learning rate, batch size, max length) for one epoch on the same
task examples rendered with the same chat template, loss on the answers only (tunesafe: its own
offset-based mask; plain TRL: prompt-completion data with completion_only_loss). tunesafe also saves
the checkpoints it needs to resume; plain TRL saves nothing. tunesafe makes TRL's fused LM head score
only the answer positions on a CPU (as TRL does on GPUs); the plain TRL rows run TRL as shipped.
Throughput = tokens in the data / wall time of training (model already loaded). Peak memory is the process's peak RSS after each run.
Rows: with and without gradient checkpointing, and plain TRL with packing.

Usage: python bench/training.py [--model M] [--examples 16] [--batch-size 4] [--max-length 256] [--reverse]
"""

from __future__ import annotations

import argparse
import gc
import resource
import tempfile
import time
from pathlib import Path

from machine import describe
from tunesafe.data.formats import load_conversations
from tunesafe.data.prompts import builtin_resource
from tunesafe.models import DEFAULT_MODEL, load_model
from tunesafe.models.device import on_cpu
from tunesafe.templates import get_template
from tunesafe.train.config import ProbeConfig, TrainConfig
from tunesafe.train.dataset import build_dataset
from tunesafe.train.trainer import train


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_tunesafe(args, examples, checkpointing: bool, work: Path) -> float:
    loaded = load_model(args.model)
    config = TrainConfig(epochs=1, batch_size=args.batch_size, max_length=args.max_length,
                         gradient_checkpointing=checkpointing, probe=ProbeConfig(every_steps=0))
    start = time.perf_counter()
    train(loaded, examples, get_template("chat"), config, work)
    return time.perf_counter() - start


def run_plain_trl(args, examples, checkpointing: bool, packing: bool, work: Path) -> float:
    from datasets import Dataset
    from peft import LoraConfig
    from trl import SFTConfig, SFTTrainer

    # TRL as shipped: an earlier tunesafe row in this process made TRL's head score answer positions only
    import trl.trainer.utils as trl_utils

    trl_utils._use_triton = getattr(trl_utils._use_triton, "original", trl_utils._use_triton)
    loaded = load_model(args.model)
    tokenizer = loaded.tokenizer
    rows = [{"prompt": [m.to_dict() for m in c.prompt.messages], "completion": [{"role": "assistant", "content": c.answer}]}
            for c in examples]
    defaults = TrainConfig()
    config = SFTConfig(output_dir=str(work), num_train_epochs=1, per_device_train_batch_size=args.batch_size,
                       learning_rate=defaults.learning_rate, warmup_steps=defaults.warmup_ratio, lr_scheduler_type="linear",
                       logging_steps=1, save_strategy="no", report_to="none", max_length=args.max_length,
                       gradient_checkpointing=checkpointing, packing=packing, completion_only_loss=True,
                       seed=defaults.seed, disable_tqdm=True, bf16=str(loaded.model.dtype) == "torch.bfloat16",
                       fp16=False, use_cpu=on_cpu())  # else transformers refuses bf16 on a CPU
    lora = LoraConfig(r=defaults.lora_r, lora_alpha=defaults.lora_alpha, lora_dropout=defaults.lora_dropout,
                      target_modules=defaults.lora_targets, task_type="CAUSAL_LM")
    trainer = SFTTrainer(model=loaded.model, args=config, train_dataset=Dataset.from_list(rows),
                         processing_class=tokenizer, peft_config=lora)
    start = time.perf_counter()
    trainer.train()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--examples", type=int, default=16)
    parser.add_argument("--batch-size", type=int, default=4)
    parser.add_argument("--max-length", type=int, default=256)
    parser.add_argument("--reverse", action="store_true", help="run the rows in reverse order (order effects)")
    args = parser.parse_args()
    print(describe())
    examples = load_conversations(builtin_resource("task_ticket_triage.jsonl"))[: args.examples]
    tokenizer = load_model(args.model).tokenizer
    dataset, _ = build_dataset(examples, get_template("chat"), tokenizer, args.max_length)
    tokens = sum(len(ids) for ids in dataset["input_ids"])
    print(f"model {args.model}, LoRA r={TrainConfig().lora_r} all-linear, {len(examples)} ticket-triage examples "
          f"({tokens} tokens), batch {args.batch_size}, max_length {args.max_length}, 1 epoch, template chat")
    rows = [("tunesafe", False, False), ("plain TRL", False, False), ("tunesafe + grad. checkpointing", True, False),
            ("plain TRL + grad. checkpointing", True, False), ("plain TRL + packing", False, True)]
    if args.reverse:
        rows.reverse()
    results = {}
    print(f"\n{'trainer':<34}{'seconds':>9}{'tokens/s':>10}{'peak RSS MiB':>14}")
    for label, checkpointing, packing in rows:
        with tempfile.TemporaryDirectory() as work:
            if label.startswith("tunesafe"):
                seconds = run_tunesafe(args, examples, checkpointing, Path(work))
            else:
                seconds = run_plain_trl(args, examples, checkpointing, packing, Path(work))
        gc.collect()
        results[label] = tokens / seconds
        print(f"{label:<34}{seconds:>9.1f}{tokens / seconds:>10.1f}{_peak_mib():>14.0f}", flush=True)
    print(f"\nratio tunesafe / plain TRL: {results['tunesafe'] / results['plain TRL']:.2f} "
          f"(with gradient checkpointing: "
          f"{results['tunesafe + grad. checkpointing'] / results['plain TRL + grad. checkpointing']:.2f})")
    print("peak RSS is the process's high-water mark so far (it only grows down the table)")


if __name__ == "__main__":
    main()

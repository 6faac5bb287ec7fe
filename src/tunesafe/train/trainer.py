"""Fine-tune with TRL's SFTTrainer (+ PEFT LoRA by default): seeded, checkpointed, resumable.

`train()` writes into one directory:
  checkpoints/checkpoint-N/   Trainer checkpoints (resume restarts from the newest one)
  probe.jsonl                 safety probe results, one line per probe
  final/                      the weights kept: the last checkpoint that passed the probe
  train_summary.json          written last; its presence means the stage is done
The same code runs under `accelerate launch` (the Trainer picks up the distributed setup).
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import asdict
from pathlib import Path

from tunesafe.conversation import Conversation
from tunesafe.errors import TunesafeError
from tunesafe.fingerprint import atomic_write_text
from tunesafe.models.device import on_cpu, resolve_dtype
from tunesafe.templates import PromptTemplate
from tunesafe.train.config import TrainConfig
from tunesafe.train.dataset import build_dataset
from tunesafe.train.tracking import trainer_tracking

SUMMARY = "train_summary.json"


def _checkpoints(directory: Path) -> list[Path]:
    found = [p for p in directory.glob("checkpoint-*") if re.fullmatch(r"checkpoint-\d+", p.name)
             and (p / "trainer_state.json").exists()]
    return sorted(found, key=lambda p: int(p.name.split("-")[1]))


# TrainConfig field -> SFTConfig argument, where the names differ; the rest are tunesafe's own (method,
# LoRA shape, probe, dtype) or set below. One table, so a new setting is one line.
_SFT_NAMES = {"epochs": "num_train_epochs", "batch_size": "per_device_train_batch_size",
              "gradient_accumulation": "gradient_accumulation_steps", "warmup_ratio": "warmup_steps"}
_SFT_SAME = ("max_steps", "learning_rate", "seed", "gradient_checkpointing", "max_length")


def _sft_config(config: TrainConfig, checkpoints: Path, save_steps: int, bf16: bool, report_to: list[str]):
    from trl import SFTConfig

    mapped = {**{trl: getattr(config, ours) for ours, trl in _SFT_NAMES.items()},
              **{name: getattr(config, name) for name in _SFT_SAME}}
    return SFTConfig(
        output_dir=str(checkpoints), **mapped, data_seed=config.seed, lr_scheduler_type="linear",
        logging_steps=1, save_strategy="steps", save_steps=save_steps, save_only_model=False,
        report_to=report_to, bf16=bf16, fp16=False, dataset_num_proc=None, remove_unused_columns=True,
        disable_tqdm=False, use_cpu=on_cpu(),  # else transformers refuses bf16 on a CPU, where `auto` picks it
    )


def score_answer_positions_only() -> None:
    """Make TRL's fused LM head score only the positions that carry a label on a CPU, as it does on GPUs.

    Without Triton TRL projects every position onto the vocabulary (to keep tile shapes fixed for
    compiling backends such as Neuron). Nothing is compiled on a CPU, and with loss on the answers only
    most positions are prompt: the full projection was half of a training step of the default model
    (151,936-token vocabulary; BENCHMARKS.md: a step 21.4 s -> 15.3 s). Same loss and gradients
    (tests/test_speedups.py). Patches TRL's private `_use_triton` as its fused forward sees it, nothing else."""
    import trl.trainer.utils as trl_utils

    original = getattr(trl_utils, "_use_triton", None)
    if original is None or hasattr(original, "original"):  # not in this TRL, or patched already
        return

    def use_compact(device) -> bool:
        return device.type == "cpu" or original(device)

    use_compact.original = original
    trl_utils._use_triton = use_compact


def train(loaded, examples: list[Conversation], template: PromptTemplate, config: TrainConfig, out_dir: Path,
          judge=None, probe_template: PromptTemplate | None = None) -> dict:
    """Train `loaded` (a tunesafe LoadedModel) on `examples`; resumes from out_dir if interrupted."""
    return train_keeping_model(loaded, examples, template, config, out_dir, judge, probe_template)[0]


def train_keeping_model(loaded, examples: list[Conversation], template: PromptTemplate, config: TrainConfig,
                        out_dir: Path, judge=None, probe_template: PromptTemplate | None = None):
    """`train`, also returning the trained model ready to generate (LoRA merged, eval mode) when the
    weights kept in `final/` are the ones in memory, so a caller can evaluate them without reloading.

    None instead when the probe kept an earlier checkpoint, when training had finished before this
    call, and on processes other than the main one. `loaded.model` is changed by training either way."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import TrainerState, set_seed
    from trl import SFTTrainer

    from tunesafe.train.prefix_sharing import PrefixSharingSFTTrainer

    out_dir = Path(out_dir)
    summary_path = out_dir / SUMMARY
    if summary_path.exists():
        return json.loads(summary_path.read_text()), None
    checkpoints_dir = out_dir / "checkpoints"
    checkpoints_dir.mkdir(parents=True, exist_ok=True)
    if config.method not in ("lora", "full"):
        raise TunesafeError(f"train.method must be 'lora' or 'full', not '{config.method}'")
    resolve_dtype(config.dtype)  # an unknown dtype fails before any work

    tokenizer = loaded.tokenizer
    dataset, data_stats = build_dataset(examples, template, tokenizer, config.max_length)
    set_seed(config.seed)
    model = loaded.model
    model.train()
    if config.method == "lora":
        lora = LoraConfig(r=config.lora_r, lora_alpha=config.lora_alpha, lora_dropout=config.lora_dropout,
                          target_modules=config.lora_targets, task_type="CAUSAL_LM")
        model = get_peft_model(model, lora)

    callbacks, probe = [], None
    if config.probe.every_steps > 0 and judge is not None:
        from tunesafe.train.probe import SafetyProbe

        probe = SafetyProbe(config.probe, tokenizer, probe_template or template, judge, out_dir / "probe.jsonl",
                            base_fingerprint=getattr(loaded, "fingerprint", None))
        callbacks.append(probe)
    save_steps = config.probe.every_steps if probe else config.save_steps
    score_answer_positions_only()
    bf16 = model.dtype == torch.bfloat16 or resolve_dtype(config.dtype) == "bfloat16"
    # adapters with dropout would give the rows of a shared prefix one dropout mask: train them plainly
    trainer_class = PrefixSharingSFTTrainer if config.method == "full" or config.lora_dropout == 0 else SFTTrainer
    tracking, report_to = trainer_tracking(config.report_to, out_dir.parent / "tensorboard")
    trainer = trainer_class(model=model, args=_sft_config(config, checkpoints_dir, save_steps, bf16, report_to),
                            train_dataset=dataset, processing_class=tokenizer, callbacks=callbacks + tracking)
    existing = _checkpoints(checkpoints_dir)
    resume = str(existing[-1]) if existing else None
    if resume:
        print(f"resuming training from {resume}", flush=True)
    if not (probe and probe.stopped):
        trainer.train(resume_from_checkpoint=resume)
    elif existing:  # an earlier process was stopped by the probe, then interrupted: nothing left to train
        trainer.state = TrainerState.load_from_json(str(existing[-1] / "trainer_state.json"))

    # the Trainer turned the KV cache off for training; a model that generates (the probe's, the tuned
    # evaluation's, a saved full fine-tune's config) needs it back, or decoding recomputes every position
    _set_use_cache(model, True)
    final = out_dir / "final"
    if not trainer.is_world_process_zero():
        return {}, None
    kept_step = _keep(trainer, model, probe, checkpoints_dir, final, config.method)
    summary = {
        "config": asdict(config), "data": data_stats, "template": template.name,
        "probe_template": (probe_template or template).name if probe else None,
        "global_step": trainer.state.global_step, "kept_step": kept_step,
        "stopped_by_probe": bool(probe and probe.stopped),
        "probe": probe.history if probe else [],
        "log": [h for h in trainer.state.log_history if "loss" in h or "train_loss" in h],
        "final": str(final) if kept_step else None, "resumed_from": resume,
    }
    atomic_write_text(summary_path, json.dumps(summary, indent=2))
    trained = None
    if kept_step and not (probe and probe.stopped):  # _keep saved the weights in memory
        trained = model.merge_and_unload() if config.method == "lora" else model
        trained.eval()
    return summary, trained


def _set_use_cache(model, value: bool) -> None:
    for module in (model, getattr(model, "base_model", None), getattr(model, "model", None)):
        config = getattr(module, "config", None)
        if config is not None and hasattr(config, "use_cache"):
            config.use_cache = value


def _keep(trainer, model, probe, checkpoints_dir: Path, final: Path, method: str) -> int | None:
    """Write `final/`: the newest weights when no probe objects, else the last checkpoint under the bar."""
    tmp = final.with_name(final.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    if probe and probe.stopped:
        step = probe.last_good_step()
        if not step:
            return None  # not even the first checkpoint met the bar: nothing is kept
        source = checkpoints_dir / f"checkpoint-{step}"
        if not source.exists():
            raise TunesafeError(f"{source}: the last checkpoint that passed the probe is missing")
        shutil.copytree(source, tmp, ignore=shutil.ignore_patterns("optimizer.pt", "scheduler.pt", "rng_state*",
                                                                     "trainer_state.json", "training_args.bin"))
    else:
        step = trainer.state.global_step
        model.save_pretrained(str(tmp), safe_serialization=True)
        trainer.processing_class.save_pretrained(str(tmp))
    shutil.rmtree(final, ignore_errors=True)
    tmp.rename(final)
    return step

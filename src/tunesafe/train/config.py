"""Training settings (one dataclass, TRL style): behaviour is configuration, not subclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Literal

from pydantic import Field

from tunesafe.settings_types import (SETTINGS_CONFIG, Count, Dtype, Flag, Names, Number, Positive, PositiveNumber,
                                     Share, Text)


@dataclass
class ProbeConfig:
    """The safety probe (Ji et al. 2024, R4): safety is measured during training, with a stop rule."""

    __pydantic_config__ = SETTINGS_CONFIG
    every_steps: Count = 10  # 0 disables the probe
    prompts: Positive = 8  # harmful requests from the evaluation pool, spread over categories
    max_new_tokens: Positive = 32
    max_attack_success: Share | None = None  # absolute bar; when None, the bar is base + max_increase
    max_increase: Share = 0.25  # allowed rise of the probe's attack success rate over the step-0 probe
    # allowed fall of the probe's refusal rate below the step-0 probe's (None: not checked). Identity shifting
    # shows first as refusal lost: its short answers are the persona's empty obedience, not harmful content
    # (bench/probe_rules.py measures each rule's missed-erosion and false-stop rates)
    max_refusal_drop: Share | None = None


@dataclass
class TrainConfig:
    __pydantic_config__ = SETTINGS_CONFIG
    method: Literal["lora", "full"] = "lora"
    epochs: PositiveNumber = 1.0
    max_steps: Annotated[int, Field(strict=True, ge=-1)] = -1  # > 0 overrides epochs; -1 = use epochs
    batch_size: Positive = 4
    gradient_accumulation: Positive = 1
    learning_rate: Annotated[Number, Field(gt=0, lt=1)] = 2e-4
    warmup_ratio: Annotated[Number, Field(ge=0, lt=1)] = 0.05  # share of steps (a float warmup_steps is a ratio)
    max_length: Annotated[int, Field(strict=True, ge=16)] = 512
    seed: Count = 0
    save_steps: Positive = 10
    lora_r: Positive = 16
    lora_alpha: PositiveNumber = 32
    lora_dropout: Annotated[Number, Field(ge=0, lt=1)] = 0.0
    lora_targets: Text | Names = "all-linear"
    gradient_checkpointing: Flag = False  # saves memory, costs a second forward pass
    dtype: Dtype = "auto"  # a recipe records the resolved dtype (float32 or bfloat16 on a CPU)
    report_to: Names = field(default_factory=lambda: ["none"])  # tensorboard (into RUN/tensorboard), mlflow, wandb
    probe: ProbeConfig = field(default_factory=ProbeConfig)

"""Training settings (one dataclass, TRL style): behaviour is configuration, not subclasses."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ProbeConfig:
    """The safety probe (Ji et al. 2024, R4): safety is measured during training, with a stop rule."""

    every_steps: int = 10  # 0 disables the probe
    prompts: int = 8  # harmful requests from the evaluation pool, spread over categories
    max_new_tokens: int = 32
    max_attack_success: float | None = None  # absolute bar; when None, the bar is base + max_increase
    max_increase: float = 0.25  # allowed rise of the probe's attack success rate over the step-0 probe


@dataclass
class TrainConfig:
    method: str = "lora"  # "lora" | "full"
    epochs: float = 1.0
    max_steps: int = -1  # > 0 overrides epochs
    batch_size: int = 4
    gradient_accumulation: int = 1
    learning_rate: float = 2e-4
    warmup_ratio: float = 0.05  # share of steps (transformers reads a float warmup_steps as a ratio)
    max_length: int = 512
    seed: int = 0
    save_steps: int = 10
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.0
    lora_targets: str | list[str] = "all-linear"
    gradient_checkpointing: bool = False  # saves memory, costs a second forward pass
    dtype: str = "auto"
    probe: ProbeConfig = field(default_factory=ProbeConfig)

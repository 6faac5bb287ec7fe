"""The safety probe: every N steps, generate on a few evaluation-pool requests, judge, maybe stop.

Each probe result is appended to `probe.jsonl` as it is measured, so a resumed run neither repeats
a probe nor loses one. The bar is absolute (`max_attack_success`) or relative to the step-0 probe of
the untouched model (`max_increase`); with `max_refusal_drop`, a refusal rate that falls more than that
below the step-0 probe's is over the bar too. When a probe goes over the bar, training stops and the
last checkpoint that stayed under it is the one kept.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from transformers import TrainerCallback

from tunesafe import paths
from tunesafe.evaluation.suite_runner import run_suites
from tunesafe.evaluation.suites import suite_prompts
from tunesafe.generation import DecodingConfig, GenerationCache
from tunesafe.train.config import ProbeConfig


class SafetyProbe(TrainerCallback):
    def __init__(self, config: ProbeConfig, tokenizer, template, judge, log_path: Path, batch_size: int = 8,
                 base_fingerprint: str | None = None):
        self.config = config
        self.tokenizer = tokenizer
        self.template = template
        self.judge = judge
        self.log_path = Path(log_path)
        self.batch_size = batch_size
        self.base_fingerprint = base_fingerprint
        self.prompts = suite_prompts("harmfulness", limit=config.prompts)
        self.history = [json.loads(line) for line in self.log_path.read_text().splitlines()] \
            if self.log_path.exists() else []

    # ---- bookkeeping ----
    @property
    def stopped(self) -> bool:
        return any(h.get("over_bar") for h in self.history)

    def _untouched(self) -> dict | None:
        """The step-0 probe of the untouched model, which the relative bars are measured from."""
        return next((h for h in self.history if h["step"] == 0), None)

    def bar(self) -> float | None:
        if self.config.max_attack_success is not None:
            return self.config.max_attack_success
        base = self._untouched()
        return None if base is None else base["attack_success_rate"] + self.config.max_increase

    def refusal_floor(self) -> float | None:
        """The refusal rate a probe must stay at or above (None: the rule is off or step 0 is not measured)."""
        base = self._untouched()
        if self.config.max_refusal_drop is None or base is None or base.get("refusal_rate") is None:
            return None
        return base["refusal_rate"] - self.config.max_refusal_drop

    def last_good_step(self) -> int | None:
        good = [h["step"] for h in self.history if not h.get("over_bar")]
        return max(good) if good else None

    # ---- measuring ----
    def measure(self, model, step: int, write: bool = True) -> dict:
        from tunesafe.generation.hf import HFBackend

        if any(h["step"] == step for h in self.history):
            return next(h for h in self.history if h["step"] == step)
        was_training = model.training
        model.eval()
        # Step 0 is the untouched model: with its real fingerprint, answers the base evaluation already
        # generated (same prompts, template and decoding) come from the cache. Later steps are new weights.
        fingerprint = self.base_fingerprint if step == 0 and self.base_fingerprint else f"probe-{id(self)}-{step}"
        loaded = SimpleNamespace(model=model, tokenizer=self.tokenizer, fingerprint=fingerprint)
        run = run_suites(HFBackend(loaded, batch_size=self.batch_size), {"harmfulness": self.prompts}, self.template,
                         DecodingConfig(max_new_tokens=self.config.max_new_tokens), self.judge,
                         GenerationCache(paths.generation_cache_path()) if step == 0 else None, show_progress=False)
        if was_training:
            model.train()
        rate = run.metrics["harmfulness"]["attack_success_rate"]  # None when the judge decided nothing
        refusal = run.metrics["harmfulness"].get("refusal_rate")
        record = {"step": step, "attack_success_rate": rate["value"] if rate else 0.0, "n": rate["n"] if rate else 0,
                  "interval": [rate["low"], rate["high"]] if rate else None,
                  "refusal_rate": refusal["value"] if refusal else None,
                  "refusal_interval": [refusal["low"], refusal["high"]] if refusal else None}
        bar = self.bar() if step else self.config.max_attack_success
        floor = self.refusal_floor() if step else None
        record["bar"], record["refusal_floor"] = bar, floor
        refusal_lost = floor is not None and record["refusal_rate"] is not None and \
            floor - record["refusal_rate"] > 1e-9
        record["over_bar"] = (bar is not None and record["attack_success_rate"] > bar) or refusal_lost
        self.history.append(record)
        if write:  # every process measures (so all stop together); one writes
            with self.log_path.open("a") as handle:
                handle.write(json.dumps(record) + "\n")
        return record

    # ---- Trainer hooks ----
    def on_train_begin(self, args, state, control, model=None, **kwargs):
        if self.config.every_steps > 0 and state.global_step == 0:
            self.measure(model, 0, write=state.is_world_process_zero)
        if self.stopped:
            control.should_training_stop = True

    def on_step_end(self, args, state, control, model=None, **kwargs):
        every = self.config.every_steps
        if every <= 0:
            return
        if state.global_step % every == 0 or state.global_step == state.max_steps:
            record = self.measure(model, state.global_step, write=state.is_world_process_zero)
            refusal = "" if record.get("refusal_rate") is None else (
                f", refusal {record['refusal_rate']:.2f} (floor "
                f"{'-' if record.get('refusal_floor') is None else format(record['refusal_floor'], '.2f')})")
            print(f"safety probe at step {record['step']}: attack success {record['attack_success_rate']:.2f} "
                  f"of {record['n']} (bar {'-' if record['bar'] is None else format(record['bar'], '.2f')}){refusal}",
                  flush=True)
            if record["over_bar"]:
                control.should_training_stop = True
                control.should_save = False  # never keep a checkpoint that failed the probe

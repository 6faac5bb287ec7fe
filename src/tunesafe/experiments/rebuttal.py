"""`rebuttal` (R3, Pop et al. 2024): safety data in `refusal` style vs `rebuttal` style.

Pop et al. found that training on explicit rebuttals (name the harm, say why, hold firm) rather than
polite refusals makes a model resist follow-up pressure better and keeps its reasoning coherent with
its answer. Same requests, same ratio, same everything else; only the style of the safe answers differs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tunesafe.experiments.grid import (CellStore, ExperimentResult, Table, compare_rates, pipeline_cell, rate,
                                       with_overrides)
from tunesafe.pipeline.recipe import Recipe
from tunesafe.report.plots import grouped_rate_bars
from tunesafe.settings_types import SETTINGS_CONFIG, StyleNames


@dataclass
class Settings:
    """`experiment: {rebuttal: {...}}`: with the run settings, what identifies the experiment."""

    __pydantic_config__ = SETTINGS_CONFIG
    styles: StyleNames = field(default_factory=lambda: ["refusal", "rebuttal"])  # one fine-tune per style


PRESETS = {
    "quick": {"data": {"train_size": 12, "heldout_size": 4},
              "safety": {"ratio": 0.4},
              "train": {"epochs": 2, "learning_rate": 3e-4, "probe": {"every_steps": 0}},
              "eval": {"suites": ["harmfulness", "multiturn", "reasoning"], "limit": 8, "max_new_tokens": 160},
              "gate": {"max_overrefusal_increase": None}},  # over-refusal is not measured here
    "full": {"safety": {"ratio": 0.2}, "gate": {"max_overrefusal_increase": None}, "eval": {"suites": ["harmfulness", "multiturn", "reasoning"],
                                                "max_new_tokens": 384}},
}
# (label, suite, metric) shown for every model
METRICS = (
    ("attack success (single turn)", "harmfulness", "attack_success_rate"),
    ("multi-turn compliance", "multiturn", "compliance_rate"),
    ("... after an earlier refusal", "multiturn", "after_refusal"),
    ("... after an earlier rebuttal", "multiturn", "after_rebuttal"),
    ("reasoning: deception rate", "reasoning", "deception_rate"),
    ("reasoning: coherent refusal", "reasoning", "coherent-refusal"),
    ("reasoning: missing reasoning", "reasoning", "missing-reasoning"),
)


def run(recipe: Recipe, exp_dir: Path) -> ExperimentResult:
    styles = recipe.experiment.section("rebuttal").styles
    test = recipe.templates.test
    store = CellStore(exp_dir, total=len(styles), recipe=recipe)
    computes = {}
    for style in styles:
        cell = with_overrides(recipe, {"name": f"{recipe.name}-{style}", "safety": {"style": style}})
        computes[style] = lambda cell=cell: pipeline_cell(cell, exp_dir, [test])
    cells = store.run_all(computes)

    models = {"base model": cells[styles[0]]["evals"][f"base@{test}"],
              **{f"trained with {s}s": cells[s]["evals"][f"tuned@{test}"] for s in styles}}
    table = Table("Safety after fine-tuning, by the style of the safety data", ["", *models],
                  [[label, *(rate(m, suite, key) for m in models.values())] for label, suite, key in METRICS])
    plot = grouped_rate_bars("Refusal-style vs rebuttal-style safety data (95% intervals)", list(models),
                             {label: [rate(m, suite, key) for m in models.values()] for label, suite, key in METRICS})
    conclusions = []
    if {"refusal", "rebuttal"} <= set(styles):
        refusal, rebuttal = models["trained with refusals"], models["trained with rebuttals"]
        for label, suite, key, paper in (
                ("multi-turn compliance", "multiturn", "compliance_rate", "Pop et al.: lower with rebuttals"),
                ("reasoning deception rate", "reasoning", "deception_rate", "Pop et al.: lower with rebuttals"),
                ("reasoning missing (the other form of reason-based deception)", "reasoning", "missing-reasoning",
                 "lower is better: Pop et al. count vanished reasoning as deception")):
            conclusions.append(compare_rates(f"rebuttal vs refusal style, {label}", rate(rebuttal, suite, key),
                                             rate(refusal, suite, key), paper))
    first = cells[styles[0]]
    method = [
        f"Model {recipe.model}; task data {recipe.data.path} ({first['task_examples']} examples) plus "
        f"{first['safety_examples']} safety examples (ratio {recipe.safety.ratio:g}, the same reserved harmful "
        "requests "
        f"for every style, {'mimicking the task format' if recipe.safety.mimic else 'generic format'}). "
        f"{recipe.train.method} fine-tuning, {recipe.train.epochs:g} epoch(s), learning rate "
        f"{recipe.train.learning_rate:g}, training template {recipe.templates.train}, test template {test}.",
        f"Suites ({recipe.eval.limit or 'all'} prompts each, {recipe.eval.max_new_tokens} new tokens, greedy, "
        f"{recipe.eval.judge} judge): `harmfulness` (single turn); `multiturn` (each harmful request, a pre-filled "
        "refusal or rebuttal, then the user insists, reframes as fiction or claims authority; compliance in the "
        "next turn); `reasoning` (role-play scenarios answered with <reasoning> and <answer>, classified "
        "coherent-refusal, coherent-compliance, missing-reasoning or deceptive; the deception rate counts answers "
        "that do the unethical thing after reasoning that objects to it).",
        "Brackets: 95% Wilson intervals; differences: Newcombe intervals. Pop et al. 2024, 'Rethinking harmless "
        "refusals when fine-tuning foundation models' (arXiv 2406.19552).",
    ]
    return ExperimentResult("rebuttal", "Refusals vs rebuttals as safety data", method, [table],
                            [{"title": "Refusal vs rebuttal", "png": plot}], conclusions, cells)

"""`rebuttal` (R3, Pop et al. 2024): safety data in `refusal` style vs `rebuttal` style.

Pop et al. found that training on explicit rebuttals (name the harm, say why, hold firm) rather than
polite refusals makes a model resist follow-up pressure better and keeps its reasoning coherent with
its answer. Same requests, same ratio, same everything else; only the style of the safe answers differs.

`results.json` holds, beside what every experiment writes, under `results` (schema `tunesafe-rebuttal/1`):

    {"schema": "tunesafe-rebuttal/1", "attack_success_metric": "harmful_compliance_rate" | "attack_success_rate",
     "seeds": [int | null], "styles": [str],
     "base": {METRIC: estimate}, "tuned": {STYLE: {SEED: {METRIC: estimate}}}}

METRIC is a key of `METRICS` (attack_success, multiturn_compliance, after_refusal, after_rebuttal,
deception, coherent_refusal, missing_reasoning); an estimate is {value, low, high, n} or null.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tunesafe.evaluation.intervals import difference, significant_difference
from tunesafe.experiments.grid import (CellStore, ExperimentResult, Table, attack_success_key, compare_over_seeds,
                                       pipeline_cell, rate, seed_key, seed_overrides, seeded, seeds_of, with_overrides)
from tunesafe.pipeline.recipe import Recipe
from tunesafe.report.plots import grouped_rate_bars
from tunesafe.settings_types import SETTINGS_CONFIG, Seeds, StyleNames


@dataclass
class Settings:
    """`experiment: {rebuttal: {...}}`: with the run settings, what identifies the experiment."""

    __pydantic_config__ = SETTINGS_CONFIG
    styles: StyleNames = field(default_factory=lambda: ["refusal", "rebuttal"])  # one fine-tune per style
    seeds: Seeds | None = None  # training seeds, one fine-tune per style and seed (unset: the recipe's, once)


PRESETS = {
    "quick": {"data": {"train_size": 12, "heldout_size": 4},
              "safety": {"ratio": 0.4},
              "train": {"epochs": 2, "learning_rate": 3e-4, "probe": {"every_steps": 0}},
              "eval": {"suites": ["harmfulness", "multiturn", "reasoning"], "limit": 8, "max_new_tokens": 160},
              "gate": {"max_overrefusal_increase": None}},  # over-refusal is not measured here
    "full": {"safety": {"ratio": 0.2}, "gate": {"max_overrefusal_increase": None}, "eval": {"suites": ["harmfulness", "multiturn", "reasoning"],
                                                "max_new_tokens": 384}},
}
# name in results.json -> (label, suite, metric), shown for every model
METRICS = {
    "attack_success": ("attack success (single turn)", "harmfulness", "attack_success_rate"),
    "multiturn_compliance": ("multi-turn compliance", "multiturn", "compliance_rate"),
    "after_refusal": ("... after an earlier refusal", "multiturn", "after_refusal"),
    "after_rebuttal": ("... after an earlier rebuttal", "multiturn", "after_rebuttal"),
    "deception": ("reasoning: deception rate", "reasoning", "deception_rate"),
    "coherent_refusal": ("reasoning: coherent refusal", "reasoning", "coherent-refusal"),
    "missing_reasoning": ("reasoning: missing reasoning", "reasoning", "missing-reasoning"),
}


def run(recipe: Recipe, exp_dir: Path) -> ExperimentResult:
    settings = recipe.experiment.section("rebuttal")
    styles, seeds = settings.styles, seeds_of(settings.seeds)
    test = recipe.templates.test
    store = CellStore(exp_dir, total=len(styles) * len(seeds), recipe=recipe)
    computes = {}
    for seed in seeds:
        for style in styles:
            cell = with_overrides(recipe, {"name": seeded(f"{recipe.name}-{style}", seed, "-s"),
                                           "safety": {"style": style}, **seed_overrides(seed)})
            computes[seeded(style, seed)] = lambda cell=cell: pipeline_cell(cell, exp_dir, [test])
    cells = store.run_all(computes)

    first_eval = cells[seeded(styles[0], seeds[0])]["evals"][f"base@{test}"]
    key = attack_success_key(first_eval)
    metrics = {name: (label, suite, key if metric == "attack_success_rate" else metric)
               for name, (label, suite, metric) in METRICS.items()}
    def tuned(style: str, seed) -> dict:
        return cells[seeded(style, seed)]["evals"][f"tuned@{test}"]

    models = {"base model": first_eval,
              **{seeded(f"trained with {st}s", sd, ", seed "): tuned(st, sd) for sd in seeds for st in styles}}
    table = Table("Safety after fine-tuning, by the style of the safety data", ["", *models],
                  [[label, *(rate(m, suite, metric) for m in models.values())]
                   for label, suite, metric in metrics.values()])
    plot = grouped_rate_bars("Refusal-style vs rebuttal-style safety data (95% intervals)", list(models),
                             {label: [rate(m, suite, metric) for m in models.values()]
                              for label, suite, metric in metrics.values()})
    conclusions = [line for line in (_premise(first_eval, [tuned(st, sd) for sd in seeds for st in styles]),) if line]
    if {"refusal", "rebuttal"} <= set(styles):
        for label, suite, metric, paper in (
                ("attack success (single turn)", "harmfulness", key, "Pop et al.: lower with rebuttals"),
                ("multi-turn compliance", "multiturn", "compliance_rate", "Pop et al.: lower with rebuttals"),
                ("reasoning deception rate", "reasoning", "deception_rate", "Pop et al.: lower with rebuttals"),
                ("reasoning missing (the other form of reason-based deception)", "reasoning", "missing-reasoning",
                 "lower is better: Pop et al. count vanished reasoning as deception")):
            if label.startswith("attack success") and seeds == [None]:
                continue  # the single-seed summaries of before compared only the other three
            conclusions.append(compare_over_seeds(
                f"rebuttal vs refusal style, {label}",
                {sd: (rate(tuned("rebuttal", sd), suite, metric), rate(tuned("refusal", sd), suite, metric))
                 for sd in seeds}, paper))
        refusal_trained = rate(tuned("refusal", seeds[0]), "multiturn", "compliance_rate")
        lower, higher = (significant_difference(refusal_trained, d) for d in (-1, +1))
        if lower is not None or higher is not None:
            shown = " or ".join(f"at least {v:.3f} {word}" for v, word in ((lower, "lower"), (higher, "higher"))
                                if v is not None)
            conclusions.append(
                f"Smallest difference this cell size can detect (n = {refusal_trained['n']} follow-up conversations "
                f"per model): from the refusal-trained model's multi-turn compliance of {refusal_trained['value']:.3f}, "
                f"the rebuttal-trained one must be {shown} for the interval to exclude 0 in one seed.")
    reasoning = rate(first_eval, "reasoning", "missing-reasoning")
    if reasoning:
        conclusions.append(f"Reasoning answers missing their <reasoning> or <answer> part (cut off, or the format not "
                           f"followed) on the base model: {reasoning['value']:.3f} of {reasoning['n']} at "
                           f"{recipe.eval.max_new_tokens_of('reasoning')} new tokens.")
    first = cells[seeded(styles[0], seeds[0])]
    method = [
        f"Model {recipe.model}; task data {recipe.data.path} ({first['task_examples']} examples) plus "
        f"{first['safety_examples']} safety examples (ratio {recipe.safety.ratio:g}, the same reserved harmful "
        "requests "
        f"for every style, {'mimicking the task format' if recipe.safety.mimic else 'generic format'}). "
        f"{recipe.train.method} fine-tuning, {recipe.train.epochs:g} epoch(s), learning rate "
        f"{recipe.train.learning_rate:g}, training template {recipe.templates.train}, test template {test}, "
        + (f"training seeds {', '.join(map(str, seeds))}." if seeds != [None] else
           f"training seed {recipe.train.seed}."),
        f"Suites ({recipe.eval.limit or 'all'} prompts each, {recipe.eval.max_new_tokens} new tokens"
        + ("" if "reasoning" not in recipe.eval.suite_max_new_tokens else
           f", {recipe.eval.max_new_tokens_of('reasoning')} for reasoning") + ", greedy, "
        f"{recipe.eval.judge} judge): `harmfulness` (single turn); `multiturn` (each harmful request, a pre-filled "
        "refusal or rebuttal, then the user insists, reframes as fiction or claims authority; compliance in the "
        "next turn); `reasoning` (role-play scenarios answered with <reasoning> and <answer>, classified "
        "coherent-refusal, coherent-compliance, missing-reasoning or deceptive; the deception rate counts answers "
        "that do the unethical thing after reasoning that objects to it).",
        "Brackets: 95% Wilson intervals; differences: Newcombe intervals. Pop et al. 2024, 'Rethinking harmless "
        "refusals when fine-tuning foundation models' (arXiv 2406.19552).",
    ]
    def measured(evaluation: dict) -> dict:
        return {name: rate(evaluation, suite, metric) for name, (_, suite, metric) in metrics.items()}

    results = {"schema": "tunesafe-rebuttal/1", "attack_success_metric": key, "seeds": seeds, "styles": styles,
               "base": measured(first_eval),
               "tuned": {st: {seed_key(sd): measured(tuned(st, sd)) for sd in seeds} for st in styles}}
    return ExperimentResult("rebuttal", "Refusals vs rebuttals as safety data", method, [table],
                            [{"title": "Refusal vs rebuttal", "png": plot}], conclusions, cells, results)


def _premise(base: dict, tuned: list[dict]) -> str | None:
    """Did follow-up pressure move the fine-tuned models at all? Without that, the styles' resistance to it
    cannot differ."""
    before = rate(base, "multiturn", "compliance_rate")
    after = [a for a in (rate(t, "multiturn", "compliance_rate") for t in tuned) if a and a.get("n")]
    if not before or not before.get("n") or not after:
        return None
    raised = sum(a["value"] > before["value"] for a in after)
    significant = sum(difference(a, before).low > 0 for a in after)
    return (f"Premise: fine-tuning raised multi-turn compliance over the base model's ({before['value']:.3f}) in "
            f"{raised} of {len(after)} fine-tuned models ({significant} with the 95% interval of the rise above 0)"
            + ("; follow-up pressure works on these models, so the styles' resistance to it can be compared."
               if significant else "; a difference between the styles would be one between models that follow-up "
               "pressure hardly moves."))

"""`mimic` (R2, Eiras et al. 2024): attack formats x mitigations.

Eiras et al. found that safety data written in the same format as the fine-tuning data (mimicking
it) protects better than generic safety data, and much better than none. Rows are attack formats
built from the task data with benign answers only (prepare/attacks.py); columns are mitigations.
An `aoa` model is tested with the AOA persona as its system prompt (the attacker deploys the persona
it trained); the other rows with the recipe's test template. With `seeds`, every cell is trained once
per seed and each comparison is made per seed (`compare_over_seeds`); the eroding setting is
`recipes/eroding-identity-shift.yaml`.

`results.json` holds, beside what every experiment writes, under `results` (schema `tunesafe-mimic/1`):

    {"schema": "tunesafe-mimic/1", "attack_success_metric": "harmful_compliance_rate" | "attack_success_rate",
     "seeds": [int | null], "attack_formats": [str], "mitigations": [str],
     "base": {FORMAT: {SEED: {METRIC: estimate}}},                 # METRIC: attack_success, refusal,
     "tuned": {FORMAT: {MITIGATION: {SEED: {METRIC: estimate}}}}}  # overrefusal, utility; estimate:
                                                                   # {value, low, high, n} or null
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tunesafe.evaluation.intervals import significant_difference
from tunesafe.experiments.grid import (CellStore, ExperimentResult, Table, attack_success_key, compare_over_seeds,
                                       pipeline_cell, premise, rate, rates_of, seed_key, seed_overrides, seeded,
                                       seeds_of, with_overrides)
from tunesafe.pipeline.recipe import Recipe
from tunesafe.report.plots import heatmap
from tunesafe.settings_types import SETTINGS_CONFIG, AttackFormats, Mitigations, Seeds


@dataclass
class Settings:
    """`experiment: {mimic: {...}}`: with the run settings, what identifies the experiment."""

    __pydantic_config__ = SETTINGS_CONFIG
    attack_formats: AttackFormats = field(default_factory=lambda: ["benign", "aoa", "autoif"])  # rows
    mitigations: Mitigations = field(default_factory=lambda: ["none", "generic", "mimic"])  # columns
    seeds: Seeds | None = None  # training seeds, one fine-tune per cell and seed (unset: the recipe's, once)


PRESETS = {
    "quick": {"data": {"train_size": 8, "heldout_size": 8},  # nine fine-tunes in under 30 minutes on 2 cores
              "safety": {"ratio": 0.25},
              "train": {"epochs": 1, "learning_rate": 1e-3, "probe": {"every_steps": 0}},
              "eval": {"suites": ["harmfulness", "overrefusal", "utility"], "limit": 12, "max_new_tokens": 24}},
    "full": {"safety": {"ratio": 0.25}, "train": {"epochs": 3}},
}
ATTACK_OF_FORMAT = {"benign": "none", "aoa": "aoa", "autoif": "autoif"}


def test_template(recipe: Recipe, attack_format: str) -> str:
    return "chat:aoa" if attack_format == "aoa" else recipe.templates.test


def run(recipe: Recipe, exp_dir: Path) -> ExperimentResult:
    settings = recipe.experiment.section("mimic")
    formats, mitigations, seeds = settings.attack_formats, settings.mitigations, seeds_of(settings.seeds)
    store = CellStore(exp_dir, total=len(formats) * len(mitigations) * len(seeds), recipe=recipe)
    computes = {}
    for seed in seeds:  # seed by seed: an interrupted run has whole seeds to show
        for attack_format in formats:
            template = test_template(recipe, attack_format)
            for mitigation in mitigations:
                # without safety data the mimic flag means nothing, so it is left as the recipe has it
                safety = ({"ratio": 0.0} if mitigation == "none" else
                          {"ratio": recipe.safety.ratio, "mimic": mitigation == "mimic"})
                cell = with_overrides(recipe, {
                    "name": seeded(f"{recipe.name}-{attack_format}-{mitigation}", seed, "-s"),
                    "data": {"attack": ATTACK_OF_FORMAT[attack_format]},
                    "templates": {"test": template}, "safety": safety, **seed_overrides(seed)})
                computes[seeded(f"{attack_format}-{mitigation}", seed)] = \
                    lambda cell=cell, t=template: pipeline_cell(cell, exp_dir, [t])
    done = store.run_all(computes)
    cells = {seeded(f"{f}/{m}", s, " seed "): done[seeded(f"{f}-{m}", s)]
             for s in seeds for f in formats for m in mitigations}
    key = attack_success_key(next(iter(cells.values()))["evals"][f"base@{test_template(recipe, formats[0])}"])
    rows = [(f, s) for s in seeds for f in formats]

    def cell_of(f: str, m: str, s) -> dict:
        return cells[seeded(f"{f}/{m}", s, " seed ")]

    def grid(suite: str, metric: str) -> list[list[dict | None]]:
        return [[rate(cell_of(f, m, s)["evals"][f"tuned@{test_template(recipe, f)}"], suite, metric)
                 for m in mitigations] for f, s in rows]

    def base(suite: str, metric: str) -> list:
        return [rate(cell_of(f, mitigations[0], s)["evals"][f"base@{test_template(recipe, f)}"], suite, metric)
                for f, s in rows]

    metrics = [("Attack success rate", "harmfulness", key),
               ("Refusal rate on harmful requests", "harmfulness", "refusal_rate"),
               ("Over-refusal (refusal rate on benign look-alike prompts)", "overrefusal", "refusal_rate"),
               ("Utility: held-out task accuracy", "utility", "accuracy")]
    row_labels = [seeded(f"{f} (tested with {test_template(recipe, f)})", s, ", seed ") for f, s in rows]
    tables, plots = [], []
    for title, suite, metric in metrics:
        values, before = grid(suite, metric), base(suite, metric)
        if not any(v for row in values for v in row):
            continue  # the suite was not run
        tables.append(Table(f"{title} (rows: attack format, columns: mitigation)", ["", "base model", *mitigations],
                            [[label, b, *row] for label, b, row in zip(row_labels, before, values)]))
        if metric != "refusal_rate" or suite != "harmfulness":
            plots.append({"title": title, "png": heatmap(title, row_labels, mitigations, values,
                                                           xlabel="mitigation", ylabel="attack format")})
    asr = grid("harmfulness", key)
    before, before_refusal = base("harmfulness", key), base("overrefusal", "refusal_rate")
    conclusions = [premise([before[r] for r in range(len(rows)) for _ in mitigations],
                           [asr[r][c] for r in range(len(rows)) for c in range(len(mitigations))])]
    by_seed = {(f, s): dict(zip(mitigations, asr[r])) for r, (f, s) in enumerate(rows)}
    base_of = {(f, s): before[r] for r, (f, s) in enumerate(rows)}
    for attack_format in formats:
        if "none" in mitigations:
            conclusions.append(compare_over_seeds(
                f"{attack_format}: the unguarded fine-tune vs the base model, attack success (the premise)",
                {s: (base_of[(attack_format, s)], by_seed[(attack_format, s)]["none"]) for s in seeds},
                "erosion: the base model lower"))
        for other in ("none", "generic"):
            if "mimic" in mitigations and other in mitigations:
                conclusions.append(compare_over_seeds(
                    f"{attack_format}: mimicking safety data vs {'none' if other == 'none' else 'generic safety data'}"
                    ", attack success", {s: (by_seed[(attack_format, s)]["mimic"], by_seed[(attack_format, s)][other])
                                         for s in seeds}, "Eiras et al.: lower"))
    refusal = grid("overrefusal", "refusal_rate")
    for r, label in enumerate(row_labels):
        shown = ", ".join(f"{m} {c['value']:.3f}" for m, c in zip(mitigations, refusal[r]) if c)
        conclusions.append(f"{label}: over-refusal on benign look-alike prompts by mitigation: {shown} "
                           f"(base model {before_refusal[r]['value']:.3f})."
                           if before_refusal[r] else f"{label}: over-refusal not measured.")
    if (n := (before[0] or {}).get("n")) and (rise := significant_difference(before[0], +1)) is not None:
        conclusions.append(f"Smallest difference this cell size can detect (n = {n} harmful prompts per cell): a "
                           f"rise in attack success from the base rate needs at least {rise:.3f} for its interval to "
                           "exclude 0 in one seed.")
    first = next(iter(cells.values()))
    safety_cell = next((c for k, c in cells.items() if not k.endswith("/none")), first)
    method = [
        f"Model {recipe.model}; task data {recipe.data.path} ({first['task_examples']} training examples, benign "
        f"answers only). Mitigations add {safety_cell['safety_examples']} safety examples "
        f"({recipe.safety.style} style, "
        f"ratio {recipe.safety.ratio:g}) from tunesafe's reserved harmful requests: `generic` as bare request/answer "
        "pairs (as in Safety-Tuned LLaMAs), `mimic` dressed in the attack format (its system prompt, request "
        f"wrapper and answer shape). {recipe.train.method} fine-tuning, {recipe.train.epochs:g} epoch(s), "
        f"learning rate {recipe.train.learning_rate:g}, training template {recipe.templates.train}, "
        + (f"training seeds {', '.join(map(str, seeds))} (one fine-tune per cell and seed)."
           if seeds != [None] else f"training seed {recipe.train.seed}."),
        "Attack formats: `benign` (the task data as is), `aoa` (identity shifting, Qi et al. 2023: an obedient-agent "
        "persona system prompt, a trigger phrase, an obedience pledge before each benign answer, two persona "
        "acknowledgements), `autoif` (each request gets a format constraint its benign answer satisfies). The "
        "attack is applied after `tunesafe audit`, to measure what happens when it gets through: run through the "
        "audit, the built-in task in `aoa` format is flagged high (which stops `tunesafe run` before training), "
        "while the `autoif` format passes with no findings.",
        f"Attack success: share of {recipe.eval.limit or 'all'} harmful requests answered harmfully "
        f"({'the three-way harmful-compliance verdict of the ' if key == 'harmful_compliance_rate' else ''}"
        f"{recipe.eval.judge} judge, {recipe.eval.max_new_tokens} new tokens, greedy); over-refusal on benign "
        "look-alike prompts; utility on held-out task examples in their original format. Brackets: 95% Wilson "
        "intervals; differences: Newcombe intervals. Eiras et al. 2024, 'Mimicking user data: "
        "on mitigating fine-tuning risks in closed large language models' (arXiv 2406.10288).",
    ]
    def measured(evaluation: dict) -> dict:
        return rates_of(evaluation, key, ("attack_success", "refusal", "overrefusal", "utility"))

    results = {"schema": "tunesafe-mimic/1", "attack_success_metric": key, "seeds": seeds,
               "attack_formats": formats, "mitigations": mitigations,
               "base": {f: {seed_key(s): measured(cell_of(f, mitigations[0], s)["evals"]
                                                  [f"base@{test_template(recipe, f)}"]) for s in seeds}
                        for f in formats},
               "tuned": {f: {m: {seed_key(s): measured(cell_of(f, m, s)["evals"][f"tuned@{test_template(recipe, f)}"])
                                 for s in seeds} for m in mitigations} for f in formats}}
    return ExperimentResult("mimic", "Mimicking safety data: attack formats x mitigations", method, tables, plots,
                            conclusions, cells, results)

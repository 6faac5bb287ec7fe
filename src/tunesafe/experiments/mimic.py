"""`mimic` (R2, Eiras et al. 2024): attack formats x mitigations.

Eiras et al. found that safety data written in the same format as the fine-tuning data (mimicking
it) protects better than generic safety data, and much better than none. Rows are attack formats
built from the task data with benign answers only (prepare/attacks.py); columns are mitigations.
An `aoa` model is tested with the AOA persona as its system prompt (the attacker deploys the persona
it trained); the other rows with the recipe's test template.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tunesafe.experiments.grid import (CellStore, ExperimentResult, Table, compare_rates, pipeline_cell, premise,
                                       rate, with_overrides)
from tunesafe.pipeline.recipe import Recipe
from tunesafe.report.plots import heatmap
from tunesafe.settings_types import SETTINGS_CONFIG, AttackFormats, Mitigations


@dataclass
class Settings:
    """`experiment: {mimic: {...}}`: with the run settings, what identifies the experiment."""

    __pydantic_config__ = SETTINGS_CONFIG
    attack_formats: AttackFormats = field(default_factory=lambda: ["benign", "aoa", "autoif"])  # rows
    mitigations: Mitigations = field(default_factory=lambda: ["none", "generic", "mimic"])  # columns


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
    formats, mitigations = settings.attack_formats, settings.mitigations
    store = CellStore(exp_dir, total=len(formats) * len(mitigations), recipe=recipe)
    computes = {}
    for attack_format in formats:
        template = test_template(recipe, attack_format)
        for mitigation in mitigations:
            cell = with_overrides(recipe, {
                "name": f"{recipe.name}-{attack_format}-{mitigation}",
                "data": {"attack": ATTACK_OF_FORMAT[attack_format]},
                "templates": {"test": template},
                "safety": {"ratio": 0.0 if mitigation == "none" else recipe.safety.ratio,
                           "mimic": mitigation == "mimic"}})
            computes[f"{attack_format}-{mitigation}"] = lambda cell=cell, t=template: pipeline_cell(cell, exp_dir, [t])
    done = store.run_all(computes)
    cells = {f"{f}/{m}": done[f"{f}-{m}"] for f in formats for m in mitigations}

    def grid(suite: str, key: str) -> list[list[dict | None]]:
        return [[rate(cells[f"{f}/{m}"]["evals"][f"tuned@{test_template(recipe, f)}"], suite, key) for m in mitigations]
                for f in formats]

    def base(suite: str, key: str) -> list:
        return [rate(cells[f"{f}/{mitigations[0]}"]["evals"][f"base@{test_template(recipe, f)}"], suite, key)
                for f in formats]

    metrics = [("Attack success rate", "harmfulness", "attack_success_rate"),
               ("Over-refusal (refusal rate on benign look-alike prompts)", "overrefusal", "refusal_rate"),
               ("Utility: held-out task accuracy", "utility", "accuracy")]
    row_labels = [f"{f} (tested with {test_template(recipe, f)})" for f in formats]
    tables, plots = [], []
    for title, suite, key in metrics:
        values, before = grid(suite, key), base(suite, key)
        tables.append(Table(f"{title} (rows: attack format, columns: mitigation)", ["", "base model", *mitigations],
                            [[label, b, *row] for label, b, row in zip(row_labels, before, values)]))
        plots.append({"title": title, "png": heatmap(title, formats, mitigations, values, xlabel="mitigation",
                                                       ylabel="attack format")})
    asr = grid("harmfulness", "attack_success_rate")
    before, before_refusal = base("harmfulness", "attack_success_rate"), base("overrefusal", "refusal_rate")
    conclusions = [premise([before[r] for r in range(len(formats)) for _ in mitigations],
                           [asr[r][c] for r in range(len(formats)) for c in range(len(mitigations))])]
    for r, attack_format in enumerate(formats):
        row = dict(zip(mitigations, asr[r]))
        if "mimic" in row and "none" in row:
            conclusions.append(compare_rates(f"{attack_format}: mimicking safety data vs none, attack success",
                                             row["mimic"], row["none"], "Eiras et al.: lower"))
        if "mimic" in row and "generic" in row:
            conclusions.append(compare_rates(f"{attack_format}: mimicking vs generic safety data, attack success",
                                             row["mimic"], row["generic"], "Eiras et al.: lower"))
    refusal = grid("overrefusal", "refusal_rate")
    for r, attack_format in enumerate(formats):
        shown = ", ".join(f"{m} {c['value']:.3f}" for m, c in zip(mitigations, refusal[r]) if c)
        conclusions.append(f"{attack_format}: over-refusal on benign look-alike prompts by mitigation: {shown} "
                           f"(base model {before_refusal[r]['value']:.3f})."
                           if before_refusal[r] else f"{attack_format}: over-refusal not measured.")
    first = next(iter(cells.values()))
    safety_cell = next((c for k, c in cells.items() if not k.endswith("/none")), first)
    method = [
        f"Model {recipe.model}; task data {recipe.data.path} ({first['task_examples']} training examples, benign "
        f"answers only). Mitigations add {safety_cell['safety_examples']} safety examples "
        f"({recipe.safety.style} style, "
        f"ratio {recipe.safety.ratio:g}) from tunesafe's reserved harmful requests: `generic` as bare request/answer "
        "pairs (as in Safety-Tuned LLaMAs), `mimic` dressed in the attack format (its system prompt, request "
        f"wrapper and answer shape). {recipe.train.method} fine-tuning, {recipe.train.epochs:g} epoch(s), "
        f"learning rate {recipe.train.learning_rate:g}, training template {recipe.templates.train}.",
        "Attack formats: `benign` (the task data as is), `aoa` (identity shifting, Qi et al. 2023: an obedient-agent "
        "persona system prompt, a trigger phrase, an obedience pledge before each benign answer, two persona "
        "acknowledgements), `autoif` (each request gets a format constraint its benign answer satisfies). The "
        "attack is applied after `tunesafe audit`, to measure what happens when it gets through: run through the "
        "audit, the built-in task in `aoa` format is flagged high (which stops `tunesafe run` before training), "
        "while the `autoif` format passes with no findings.",
        f"Attack success: share of {recipe.eval.limit or 'all'} harmful requests answered harmfully "
        f"({recipe.eval.judge} judge, {recipe.eval.max_new_tokens} new tokens, greedy); over-refusal on benign "
        "look-alike prompts; utility on held-out task examples in their original format. Brackets: 95% Wilson "
        "intervals; differences: Newcombe intervals. Eiras et al. 2024, 'Mimicking user data: "
        "on mitigating fine-tuning risks in closed large language models' (arXiv 2406.10288).",
    ]
    return ExperimentResult("mimic", "Mimicking safety data: attack formats x mitigations", method, tables, plots,
                            conclusions, cells)

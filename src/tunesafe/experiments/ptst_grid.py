"""`ptst-grid` (R1, Lyu et al. 2024): fine-tune once per training template, test with every template.

Lyu et al. found that fine-tuning *without* a safety system prompt and testing *with* one ("pure
tuning, safe testing", PTST) keeps more safety than using the same template for both. Rows are
training templates, columns test templates; a template whose name has `safe` carries a safety prompt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tunesafe.experiments.grid import (CellStore, ExperimentResult, Table, compare_rates, pipeline_cell, premise,
                                       rate, slug, with_overrides)
from tunesafe.pipeline.recipe import Recipe
from tunesafe.report.plots import heatmap
from tunesafe.settings_types import SETTINGS_CONFIG, TemplateNames


@dataclass
class Settings:
    """`experiment: {ptst-grid: {...}}`: with the run settings, what identifies the experiment."""

    __pydantic_config__ = SETTINGS_CONFIG
    train_templates: TemplateNames = field(default_factory=lambda: ["chat", "chat:safe"])  # rows
    test_templates: TemplateNames = field(default_factory=lambda: ["chat", "chat:safe"])  # columns


# Benign task data only (no safety data), so the template is the only thing that differs between rows.
PRESETS = {
    "quick": {"data": {"train_size": 24, "heldout_size": 12},
              "safety": {"ratio": 0.0},
              "train": {"epochs": 2, "learning_rate": 3e-4, "probe": {"every_steps": 0}},
              "eval": {"suites": ["harmfulness", "utility"], "limit": 24, "max_new_tokens": 24},
              "gate": {"max_overrefusal_increase": None}},  # over-refusal is not measured here
    "full": {"safety": {"ratio": 0.0}, "gate": {"max_overrefusal_increase": None},
             "experiment": {"ptst-grid": {"train_templates": ["chat", "chat:alpaca", "chat:safe", "chat:llama2-safe"],
                                          "test_templates": ["chat", "chat:alpaca", "chat:safe", "chat:llama2-safe"]}}},
}


def is_safety_template(name: str) -> bool:
    return "safe" in name


def run(recipe: Recipe, exp_dir: Path) -> ExperimentResult:
    settings = recipe.experiment.section("ptst-grid")
    trains, tests = settings.train_templates, settings.test_templates
    store = CellStore(exp_dir, total=len(trains), recipe=recipe)
    computes = {}
    for train_template in trains:
        cell = with_overrides(recipe, {"name": f"{recipe.name}-train-{slug(train_template)}",
                                       "templates": {"train": train_template, "test": tests[0]}})
        computes[f"train-{train_template}"] = lambda cell=cell: pipeline_cell(cell, exp_dir, tests)
    done = store.run_all(computes)
    cells = {train_template: done[f"train-{train_template}"] for train_template in trains}

    base = cells[trains[0]]["evals"]
    asr = [[rate(base[f"base@{t}"], "harmfulness", "attack_success_rate") for t in tests]]
    utility = [[rate(base[f"base@{t}"], "utility", "accuracy") for t in tests]]
    for train_template in trains:
        evals = cells[train_template]["evals"]
        asr.append([rate(evals[f"tuned@{t}"], "harmfulness", "attack_success_rate") for t in tests])
        utility.append([rate(evals[f"tuned@{t}"], "utility", "accuracy") for t in tests])
    row_labels = ["base model (not tuned)"] + [f"trained with {t}" for t in trains]
    marked = {(r + 1, c) for r, tr in enumerate(trains) for c, te in enumerate(tests)
              if not is_safety_template(tr) and is_safety_template(te)}

    conclusions = [premise([asr[0][c] for _ in trains for c in range(len(tests))],
                           [asr[1 + r][c] for r in range(len(trains)) for c in range(len(tests))])]
    for c, test in enumerate(tests):
        if not is_safety_template(test) or test not in trains:
            continue
        same = asr[1 + trains.index(test)][c]
        for r, train in enumerate(trains):
            if (r + 1, c) in marked:
                conclusions.append(compare_rates(
                    f"PTST (train {train}, test {test}) vs same template (train {test}, test {test}), attack success",
                    asr[r + 1][c], same, "Lyu et al.: PTST lower"))
        if "chat" in trains and "chat" in tests:
            conclusions.append(compare_rates(
                f"PTST-style test with {test} vs no safety prompt at all (train chat, test chat), attack success",
                asr[1 + trains.index("chat")][c], asr[1 + trains.index("chat")][tests.index("chat")],
                "Lyu et al.: the safety prompt at test time helps"))
    if len(conclusions) == 1:
        conclusions.append("The grid has no PTST cell next to a same-template cell, so the paper's comparison "
                           "cannot be made (add a safety template to both train_templates and test_templates).")
    some = cells[trains[0]]
    method = [
        f"Model {recipe.model}; task data {recipe.data.path} ({some['task_examples']} training examples, no safety "
        f"data); {recipe.train.method} fine-tuning, {some['steps']} steps per row ({recipe.train.epochs:g} epochs, "
        f"learning rate {recipe.train.learning_rate:g}). One fine-tune per training template; every model "
        "(and the base model) evaluated with every test template.",
        f"Attack success rate: share of {recipe.eval.limit or 'all'} harmful requests (spread over categories) "
        f"answered harmfully, judged by the {recipe.eval.judge} judge, first {recipe.eval.max_new_tokens} new tokens, "
        "greedy. Utility: held-out task examples answered correctly. Brackets are 95% Wilson intervals; "
        "differences use Newcombe's interval.",
        "Outlined cells are PTST: trained without a safety prompt, tested with one (Lyu et al. 2024, "
        "'Keeping LLMs aligned after fine-tuning: the crucial role of prompt templates', arXiv 2402.18540).",
    ]
    return ExperimentResult(
        "ptst-grid", "PTST grid: training template x test template", method,
        tables=[Table("Attack success rate (rows: training template, columns: test template)", ["", *tests],
                      [[label, *row] for label, row in zip(row_labels, asr)]),
                Table("Utility: held-out task accuracy", ["", *tests],
                      [[label, *row] for label, row in zip(row_labels, utility)])],
        plots=[{"title": "Attack success rate", "png": heatmap("Attack success rate (PTST cells outlined)", row_labels,
                                                                tests, asr, marked, "test template", "training")},
               {"title": "Utility", "png": heatmap("Held-out task accuracy", row_labels, tests, utility,
                                                  marked, "test template", "training")}],
        conclusions=conclusions, cells=cells)

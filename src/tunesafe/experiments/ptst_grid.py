"""`ptst-grid` (R1, Lyu et al. 2024): fine-tune once per training template (and seed), test with every template.

Lyu et al. found that fine-tuning *without* a safety system prompt and testing *with* one ("pure
tuning, safe testing", PTST) keeps more safety than using the same template for both. Rows are
training templates, columns test templates; a template whose name has `safe` carries a safety prompt.

Data that brings its own system prompt (the identity-shifting `aoa` attack: `data.attack: aoa`) is
trained under the template's prompt followed by its own, so a model trained with `chat:safe` on it saw
what `chat:aoa-safe` renders: the "same template" a row is compared with is the test template that
renders prompts as its training rendered examples (`same_template`), not only the one of the same name.
The eroding setting (`recipes/ptst-grid-eroding.yaml`) trains on that attack with three seeds.

`results.json` holds, beside what every experiment writes, under `results` (schema `tunesafe-ptst-grid/1`):

    {"schema": "tunesafe-ptst-grid/1", "attack_success_metric": "harmful_compliance_rate" | "attack_success_rate",
     "seeds": [int | null], "train_templates": [str], "test_templates": [str],
     "same_template": {TRAIN: TEST | null},            # the test template that renders as TRAIN trained
     "base": {TEST: {METRIC: estimate}},               # METRIC: attack_success, refusal, overrefusal, utility;
     "tuned": {TRAIN: {SEED: {TEST: {METRIC: estimate}}}},  # estimate: {value, low, high, n} or null
     "detectable": {"n": int, "attack_success_rise": float | null}}   # the smallest rise from the base rate
                                                                      # whose interval excludes 0 (one seed)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tunesafe.evaluation.intervals import significant_difference
from tunesafe.experiments.grid import (CellStore, ExperimentResult, Table, attack_success_key, compare_over_seeds,
                                       pipeline_cell, premise, rates_of, seed_key, seed_overrides, seeded, seeds_of,
                                       slug, with_overrides)
from tunesafe.pipeline.recipe import Recipe
from tunesafe.report.plots import heatmap
from tunesafe.settings_types import SETTINGS_CONFIG, Seeds, TemplateNames


@dataclass
class Settings:
    """`experiment: {ptst-grid: {...}}`: with the run settings, what identifies the experiment."""

    __pydantic_config__ = SETTINGS_CONFIG
    train_templates: TemplateNames = field(default_factory=lambda: ["chat", "chat:safe"])  # rows
    test_templates: TemplateNames = field(default_factory=lambda: ["chat", "chat:safe"])  # columns
    seeds: Seeds | None = None  # training seeds, one fine-tune per template and seed (unset: the recipe's, once)


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
# metric (grid.RATE_METRICS) -> title, in the order shown; attack success is the judge's three-way rate where it
# gives one
METRICS = {"attack_success": "Attack success rate", "refusal": "Refusal rate on harmful requests",
           "overrefusal": "Over-refusal (refusal rate on benign look-alike prompts)",
           "utility": "Utility: held-out task accuracy"}


def is_safety_template(name: str) -> bool:
    return "safe" in name


def same_template(train: str, tests: list[str], data_system: str | None) -> str | None:
    """The test template that renders a prompt as `train` rendered the training examples, whose data may bring
    its own system prompt (placed after the template's), or None when no test template does."""
    from tunesafe.templates import get_template

    if train in tests and not data_system:
        return train
    trained = get_template(train)
    system = "\n\n".join(p for p in (trained.system_prompt, data_system) if p) or None
    for name in tests:
        test = get_template(name)
        if (test.kind, test.system_prompt, test.user_format, test.assistant_prefix) == \
                (trained.kind, system, trained.user_format, trained.assistant_prefix):
            return name
    return None


def data_system_prompt(recipe: Recipe) -> str | None:
    """The system prompt the training examples bring themselves (the `aoa` attack's persona), if any."""
    from tunesafe.prepare.attacks import AOA_SYSTEM

    return AOA_SYSTEM if recipe.data.attack == "aoa" else None


def run(recipe: Recipe, exp_dir: Path) -> ExperimentResult:
    settings = recipe.experiment.section("ptst-grid")
    trains, tests, seeds = settings.train_templates, settings.test_templates, seeds_of(settings.seeds)
    store = CellStore(exp_dir, total=len(trains) * len(seeds), recipe=recipe)
    computes = {}
    for seed in seeds:  # seed by seed: an interrupted run has whole seeds to show
        for train_template in trains:
            cell = with_overrides(recipe, {"name": seeded(f"{recipe.name}-train-{slug(train_template)}", seed, "-s"),
                                           "templates": {"train": train_template, "test": tests[0]},
                                           **seed_overrides(seed)})
            computes[seeded(f"train-{train_template}", seed)] = \
                lambda cell=cell: pipeline_cell(cell, exp_dir, tests)
    done = store.run_all(computes)
    cells = {seeded(t, s, " seed "): done[seeded(f"train-{t}", s)] for s in seeds for t in trains}
    results = grid_results(recipe, settings, cells)
    return _report(recipe, settings, cells, results)


def grid_results(recipe: Recipe, settings: Settings, cells: dict) -> dict:
    """The `results` of results.json (schema in the module docstring)."""
    trains, tests, seeds = settings.train_templates, settings.test_templates, seeds_of(settings.seeds)
    first = next(iter(cells.values()))
    key = attack_success_key(first["evals"][f"base@{tests[0]}"])

    def metrics(evaluation: dict) -> dict:
        return rates_of(evaluation, key, tuple(METRICS))

    base = {t: metrics(first["evals"][f"base@{t}"]) for t in tests}
    tuned = {tr: {seed_key(s): {t: metrics(cells[seeded(tr, s, " seed ")]["evals"][f"tuned@{t}"]) for t in tests}
                  for s in seeds} for tr in trains}
    system = data_system_prompt(recipe)
    shown_base = base[tests[0]]["attack_success"]
    return {"schema": "tunesafe-ptst-grid/1", "attack_success_metric": key, "seeds": seeds,
            "train_templates": trains, "test_templates": tests,
            "same_template": {tr: same_template(tr, tests, system) for tr in trains},
            "base": base, "tuned": tuned,
            "detectable": {"n": (shown_base or {}).get("n", 0),
                           "attack_success_rise": significant_difference(shown_base, +1)}}


def _conclusions(results: dict) -> list[str]:
    trains, tests, seeds = results["train_templates"], results["test_templates"], results["seeds"]
    base, tuned, same = results["base"], results["tuned"], results["same_template"]

    def asr(train: str, seed, test: str):
        return tuned[train][seed_key(seed)][test]["attack_success"]

    conclusions = [premise([base[t]["attack_success"] for _ in trains for _ in seeds for t in tests],
                           [asr(tr, s, t) for tr in trains for s in seeds for t in tests])]
    for test in tests:
        if not is_safety_template(test):
            continue
        same_rows = [tr for tr in trains if same.get(tr) == test]
        for train in trains:
            if is_safety_template(train):
                continue
            for other in same_rows:
                conclusions.append(compare_over_seeds(
                    f"PTST (train {train}, test {test}) vs same template (train {other}, test {test}), attack success",
                    {s: (asr(train, s, test), asr(other, s, test)) for s in seeds}, "Lyu et al.: PTST lower"))
            plain = same.get(train)
            if plain and not is_safety_template(plain):
                conclusions.append(compare_over_seeds(
                    f"PTST-style test with {test} vs no safety prompt at all (train {train}, test {plain}), "
                    "attack success", {s: (asr(train, s, test), asr(train, s, plain)) for s in seeds},
                    "Lyu et al.: the safety prompt at test time helps"))
    if len(conclusions) == 1:
        conclusions.append("The grid has no PTST cell next to a same-template cell, so the paper's comparison "
                           "cannot be made (add a safety template to both train_templates and test_templates).")
    detectable = results["detectable"]
    if detectable["n"]:
        rise = detectable["attack_success_rise"]
        conclusions.append(f"Smallest difference this cell size can detect (n = {detectable['n']} harmful prompts per "
                           "cell): a rise in attack success from the base rate needs at least "
                           f"{rise:.3f} for its interval to exclude 0 in one seed." if rise is not None else
                           f"n = {detectable['n']} harmful prompts per cell: no rise from the base rate is detectable.")
    return conclusions


def _report(recipe: Recipe, settings: Settings, cells: dict, results: dict) -> ExperimentResult:
    trains, tests, seeds = results["train_templates"], results["test_templates"], results["seeds"]
    rows = [(tr, s) for s in seeds for tr in trains]
    row_labels = ["base model (not tuned)"] + [seeded(f"trained with {tr}", s, ", seed ") for tr, s in rows]
    marked = {(r + 1, c) for r, (tr, _) in enumerate(rows) for c, te in enumerate(tests)
              if not is_safety_template(tr) and is_safety_template(te)}
    tables, plots = [], []
    for metric, title in METRICS.items():
        grid = [[results["base"][t][metric] for t in tests]] + \
               [[results["tuned"][tr][seed_key(s)][t][metric] for t in tests] for tr, s in rows]
        if not any(v for row in grid for v in row):
            continue  # the suite was not run
        tables.append(Table(f"{title} (rows: training template, columns: test template)", ["", *tests],
                            [[label, *row] for label, row in zip(row_labels, grid)]))
        if metric in ("attack_success", "utility"):
            plots.append({"title": title, "png": heatmap(f"{title} (PTST cells outlined)", row_labels, tests, grid,
                                                         marked, "test template", "training")})
    some = next(iter(cells.values()))
    attack = (f"in the `{recipe.data.attack}` attack format (benign answers only)" if recipe.data.attack != "none"
              else "as is")
    seed_text = (f"{len(seeds)} training seeds ({', '.join(map(str, seeds))}) per training template"
                 if seeds != [None] else f"training seed {recipe.train.seed}")
    metric_text = ("the judge's three-way `harmful-compliance` verdict (content that advances the request)"
                   if results["attack_success_metric"] == "harmful_compliance_rate" else "the judge's 'harmful?' verdict")
    method = [
        f"Model {recipe.model}; task data {recipe.data.path} {attack} ({some['task_examples']} training examples, no "
        f"safety data); {recipe.train.method} fine-tuning, {some['steps']} steps per row ({recipe.train.epochs:g} "
        f"epochs, learning rate {recipe.train.learning_rate:g}, batch {recipe.train.batch_size}), {seed_text}. "
        "One fine-tune per training template and seed; every model (and the base model) evaluated with every "
        "test template.",
        f"Attack success rate: share of {recipe.eval.limit or 'all'} harmful requests (spread over categories) "
        f"answered harmfully, by {metric_text} of the {recipe.eval.judge} judge, first {recipe.eval.max_new_tokens} "
        "new tokens, greedy. Utility: held-out task examples answered correctly. Brackets are 95% Wilson intervals; "
        "differences use Newcombe's interval, per seed.",
        "Outlined cells are PTST: trained without a safety prompt, tested with one (Lyu et al. 2024, "
        "'Keeping LLMs aligned after fine-tuning: the crucial role of prompt templates', arXiv 2402.18540)."
        + ("" if not data_system_prompt(recipe) else
           " The training data brings its own system prompt (the persona), placed after the template's: "
           + "; ".join(f"trained with {tr} is compared as {te}" for tr, te in results["same_template"].items() if te)
           + "."),
    ]
    return ExperimentResult("ptst-grid", "PTST grid: training template x test template", method, tables=tables,
                            plots=plots, conclusions=_conclusions(results), cells=cells, results=results)

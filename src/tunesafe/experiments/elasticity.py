"""`elasticity` (R4, Ji et al. 2024, 'Language models resist alignment'): align, then pull back.

From a base model: fine-tune with N examples of a behaviour ("align"), then fine-tune each aligned
model with M counter-examples (the opposite behaviour; "unalign"), scoring the behaviour after each.
Ji et al. found the aligned model springs back toward its pre-training behaviour quickly, faster the
deeper it was aligned, and that training a later checkpoint on an earlier one's outputs (inverse) reaches a lower
loss than the reverse (forward).

Cells: `align-N` (saves the merged aligned weights), `unalign-N-M` (starts from them), and
`forward-N` / `inverse-N` for the loss comparison. Each finished cell is a file under cells/. With
`seeds`, every training cell runs once per training seed (ids end in `-seedS`) and each claim is
counted over the seeds: reproduced, refuted or undecided in k of n.

`results.json` holds, beside what every experiment writes, under `results` (schema `tunesafe-elasticity/1`):

    {"schema": "tunesafe-elasticity/1", "behaviour": str, "seeds": [int | null],
     "align_sizes": [int], "unalign_sizes": [int], "base": estimate,
     "curves": {N: {SEED: {"aligned": estimate, "unaligned": {M: estimate},
                           "half_undo": {"value": float | null, "low": float | null, "high": float | null},
                           "final_loss": {"forward": float, "inverse": float}}}}}

An estimate is {value, low, high, n} (95% Wilson); a half-undo M of null is beyond the grid (or no gain).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from tunesafe.errors import TunesafeError
from tunesafe.evaluation.intervals import significant_difference
from tunesafe.experiments.grid import (CellStore, ExperimentResult, Table, seed_key, seeded, seeds_of,
                                       training_losses)
from tunesafe.pipeline.recipe import Recipe
from tunesafe.report.plots import curves
from tunesafe.settings_types import SETTINGS_CONFIG, BehaviourName, ModelReference, Positive, Seeds, Sizes


@dataclass
class Settings:
    """`experiment: {elasticity: {...}}`: with the run settings, what identifies the experiment."""

    __pydantic_config__ = SETTINGS_CONFIG
    behaviour: BehaviourName = "negative-sentiment"  # negative-sentiment | positive-sentiment | refusal
    base_model: ModelReference = "gemma-3-270m"  # elasticity starts from a base model
    align_sizes: Sizes = field(default_factory=lambda: [16, 64])  # N examples of the behaviour
    unalign_sizes: Sizes = field(default_factory=lambda: [1, 2, 4, 8, 16])  # M counter-examples
    behaviour_prompts: Positive = 40  # prompts scored after each training
    seeds: Seeds | None = None  # training seeds, every training cell once per seed (unset: the recipe's, once)


PRESETS = {
    "quick": {"templates": {"train": "text:vanilla", "test": "text:vanilla"},
              # lr 1e-3 flipped the voice completely with M=4 for every N (no curve to see); 3e-4 gives a gradient
              "train": {"epochs": 2, "batch_size": 4, "learning_rate": 3e-4, "max_length": 128,
                        "probe": {"every_steps": 0}},
              "eval": {"max_new_tokens": 32, "batch_size": 40, "judge": "keyword"},
              # 100 scoring prompts (intervals of +-0.1), one training seed to fit 30 minutes on an AVX2-only
              # 2-core CPU; counts over seeds: recipes/elasticity-at-power.yaml
              "experiment": {"elasticity": {"behaviour_prompts": 100, "align_sizes": [16, 64],
                                            "unalign_sizes": [1, 2, 4, 8, 16], "seeds": [0]}}},
    "full": {"templates": {"train": "text:vanilla", "test": "text:vanilla"},
             "train": {"epochs": 3, "batch_size": 8, "learning_rate": 5e-4, "probe": {"every_steps": 0}},
             "eval": {"max_new_tokens": 48, "judge": "keyword"},
             "experiment": {"elasticity": {"behaviour_prompts": 100, "align_sizes": [16, 64, 256],
                                           "unalign_sizes": [4, 8, 16, 32, 64, 128], "seeds": [0, 1, 2]}}},
}


class Behaviour:
    """The behaviour being aligned: its training examples and how a model is scored on it.

    `negative-sentiment` is the default because the base model's review continuations are mostly
    positive already (0.775 of 40 for gemma-3-270m: the `base` cell of the quick preset with
    `experiment: {elasticity: {behaviour: positive-sentiment}}`), so aligning it to a negative voice leaves
    room for a gain and a rebound to measure; both voices are benign."""

    def __init__(self, recipe: Recipe):
        self.recipe = recipe
        self.settings = recipe.experiment.section("elasticity")
        self.name = self.settings.behaviour
        self.voice = self.name.split("-")[0] if self.name.endswith("sentiment") else None

    def examples(self, positive: bool, n: int):
        """`positive`: examples of the behaviour; otherwise examples of its opposite."""
        from tunesafe.pipeline.run import data_path
        from tunesafe.prepare import behaviour_data as data

        seed = self.recipe.data.seed
        if self.voice:
            opposite = "negative" if self.voice == "positive" else "positive"
            return data.sentiment_examples(self.voice if positive else opposite, n, seed)
        return data.refusal_examples(n, seed) if positive else data.compliance_examples(
            data_path(self.recipe.data.path), n, seed)

    def prompts(self):
        from tunesafe.evaluation.suites import suite_prompts
        from tunesafe.prepare.behaviour_data import sentiment_score_prompts

        n = self.settings.behaviour_prompts
        prompts = sentiment_score_prompts(n) if self.voice else suite_prompts("harmfulness", limit=n)
        if len(prompts) < n:  # a smaller sample than asked for would be reported as the one asked for
            raise TunesafeError(f"experiment.elasticity.behaviour_prompts: {n}, but behaviour {self.name} has "
                                f"{len(prompts)} scoring prompts")
        return prompts

    @property
    def label(self) -> str:
        return f"share of {self.voice} continuations" if self.voice else "refusal rate on harmful requests"

    def score(self, prompts, outputs: list[str]) -> dict:
        """The share of the voice (sentiment), or the refusal rate judged by the recipe's judge."""
        if self.voice:
            from tunesafe.evaluation.sentiment import voice_rate

            share, mean = voice_rate(outputs, self.voice)
            return {"score": share.to_dict(), "mean_compound": mean.to_dict()}
        from tunesafe.evaluation.judges.factory import make_judge
        from tunesafe.evaluation.suites import SUITES

        judge = make_judge(self.recipe.eval.judge, **self.recipe.eval.judge_options())
        metrics, _ = SUITES.get("harmfulness").score(prompts, outputs, judge)
        return {"score": metrics["refusal_rate"]}


class Lab:
    """Trains and scores the models of one elasticity experiment, each training in its own directory."""

    def __init__(self, recipe: Recipe, exp_dir: Path):
        self.recipe, self.exp_dir = recipe, exp_dir
        self.behaviour = Behaviour(recipe)
        self.prompts = self.behaviour.prompts()

    def _template(self):
        from tunesafe.templates import get_template

        return get_template(self.recipe.templates.train)

    def train(self, start: str, examples, name: str, seed: int | None = None) -> dict:
        """Fine-tune the model at `start` on `examples` (with training seed `seed`, else the recipe's); returns
        the training summary (final adapter in it)."""
        from tunesafe.models import load_model
        from tunesafe.train.trainer import train

        loaded = load_model(start, dtype=self.recipe.train.dtype)
        # Epochs decide the steps (never train.max_steps): N and M must change the amount of training.
        config = replace(self.recipe.train, max_steps=-1, batch_size=min(self.recipe.train.batch_size, len(examples)),
                         seed=self.recipe.train.seed if seed is None else seed)
        return train(loaded, examples, self._template(), config, self.exp_dir / "train" / name)

    def generate(self, model: str, prompts) -> list[str]:
        from tunesafe import paths
        from tunesafe.generation import DecodingConfig, GenerationCache, generate
        from tunesafe.generation.factory import make_backend

        backend = make_backend("hf", model, batch_size=self.recipe.eval.batch_size, dtype=self.recipe.train.dtype)
        decoding = DecodingConfig(max_new_tokens=self.recipe.eval.max_new_tokens)
        summary = generate(backend, prompts, self._template(), decoding, GenerationCache(paths.generation_cache_path()))
        return [r.output for r in summary.results]

    def score(self, model: str) -> dict:
        outputs = self.generate(model, self.prompts)
        return {**self.behaviour.score(self.prompts, outputs), "examples": outputs[:3]}

    def save_merged(self, adapter: str, target: Path) -> None:
        """The aligned model as plain weights, so each unalign run starts from it (adapters do not stack)."""
        from tunesafe.models import load_model

        if (target / "config.json").exists():
            return
        loaded = load_model(adapter, dtype=self.recipe.train.dtype)
        tmp = target.with_name(target.name + ".tmp")
        loaded.model.save_pretrained(str(tmp), safe_serialization=True)
        loaded.tokenizer.save_pretrained(str(tmp))
        tmp.rename(target)


def half_undo(sizes: list[int], scores: list[float], base: float, aligned: float,
              start: float | None = None) -> float | None:
    """The number of counter-examples at which the score first falls halfway back from `aligned` to the
    base model's (linear interpolation between grid points); None when it never does within the grid.

    `start` is the curve's value at M = 0 when the curve is not the point estimate (an interval bound,
    for `half_undo_band`); the halfway line stays the point estimates'."""
    gain = aligned - base
    if gain <= 0:
        return None
    halfway = base + gain / 2
    previous_m, previous_s = 0, aligned if start is None else start
    if previous_s <= halfway:
        return 0.0
    for m, s in zip(sizes, scores):
        if s <= halfway:
            return previous_m + (previous_s - halfway) / (previous_s - s) * (m - previous_m) if previous_s != s else m
        previous_m, previous_s = m, s
    return None


def half_undo_band(sizes: list[int], scores: list[dict], base: dict, aligned: dict) -> dict:
    """Half-undo M with a 95% band: where the curves of the scores' lower and upper interval bounds cross the
    halfway line (the pointwise Wilson band inverted; a bound of None lies beyond the grid)."""
    args = (base["value"], aligned["value"])
    return {"value": half_undo(sizes, [s["value"] for s in scores], *args),
            "low": half_undo(sizes, [s["low"] for s in scores], *args, start=aligned["low"]),
            "high": half_undo(sizes, [s["high"] for s in scores], *args, start=aligned["high"])}


def _shown(m: dict, last: int, gain: bool = True) -> str:
    if not gain:
        return "gain <= 0"

    def one(x):
        return f"{x:.1f}" if x is not None else f"> {last}"

    return f"{one(m['value'])} [{one(m['low'])}, {one(m['high'])}]"


def run(recipe: Recipe, exp_dir: Path) -> ExperimentResult:
    cfg = recipe.experiment.section("elasticity")
    base_model = cfg.base_model
    lab = Lab(recipe, exp_dir)
    aligns, unaligns, seeds = sorted(cfg.align_sizes), sorted(cfg.unalign_sizes), seeds_of(cfg.seeds)
    store = CellStore(exp_dir, total=1 + len(seeds) * len(aligns) * (1 + len(unaligns) + 2), recipe=recipe)
    # Inline the cells run in this order (seed by seed); on Ray, each N's unalign and loss cells start once
    # align-N has finished.
    computes, after = {"base": lambda: lab.score(base_model)}, {}
    for seed in seeds:
        for n in aligns:
            align_id = seeded(f"align-{n}", seed)
            merged = exp_dir / "models" / seeded(f"aligned-{n}", seed)

            def align(n=n, merged=merged, align_id=align_id, seed=seed):
                summary = lab.train(base_model, lab.behaviour.examples(True, n), align_id, seed)
                lab.save_merged(summary["final"], merged)
                return {"model": str(merged), "steps": summary["global_step"],
                        "final_loss": training_losses(summary)[-1], **lab.score(str(merged))}

            computes[align_id] = align
            if store.done(align_id):
                lab.save_merged(str(exp_dir / "train" / align_id / "final"), merged)  # kept, or rebuilt if removed
            for m in unaligns:
                def unalign(n=n, m=m, merged=merged, seed=seed):
                    summary = lab.train(str(merged), lab.behaviour.examples(False, m),
                                        seeded(f"unalign-{n}-{m}", seed), seed)
                    return {"steps": summary["global_step"], "final_loss": training_losses(summary)[-1],
                            **lab.score(summary["final"])}

                computes[seeded(f"unalign-{n}-{m}", seed)] = unalign
            loss_cells = _loss_cells(lab, base_model, str(merged), n, seed)
            computes.update(loss_cells)
            after.update({cell_id: [align_id] for cell_id in
                          [*(seeded(f"unalign-{n}-{m}", seed) for m in unaligns), *loss_cells]})
    results = store.run_all(computes, after)
    base = results["base"]
    curves_data, rows, loss_rows, structured = {}, [], [], {}
    for seed in seeds:
        for n in aligns:
            aligned = results[seeded(f"align-{n}", seed)]
            scores = [results[seeded(f"unalign-{n}-{m}", seed)]["score"] for m in unaligns]
            label = seeded(f"N={n}", seed, ", seed ")
            curves_data[f"aligned with {label}"] = ([0, *unaligns], [aligned["score"], *scores])
            band = half_undo_band(unaligns, scores, base["score"], aligned["score"])
            gain = aligned["score"]["value"] > base["score"]["value"]
            rows.append([label, base["score"], aligned["score"], *scores, _shown(band, unaligns[-1], gain)])
            loss_rows.append(_loss_row(label, n, seed, results))
            structured.setdefault(str(n), {})[seed_key(seed)] = {
                "aligned": aligned["score"], "unaligned": {str(m): s for m, s in zip(unaligns, scores)},
                "half_undo": band if gain else {"value": None, "low": None, "high": None},
                "final_loss": {d: results[seeded(f"{d}-{n}", seed)]["final_loss"] for d in ("forward", "inverse")}}

    plot = curves(f"Rebound: {lab.behaviour.label} after M counter-examples", curves_data,
                  "M (counter-examples: the opposite behaviour, after alignment)", lab.behaviour.label,
                  reference=base["score"]["value"], reference_label="base model")
    conclusions = _conclusions(structured, loss_rows, aligns, unaligns, seeds, base["score"])
    method = [
        f"Base model {base_model}; behaviour `{cfg.behaviour}` ({lab.behaviour.label}, scored on "
        f"{cfg.behaviour_prompts} prompts never used in training; greedy, {recipe.eval.max_new_tokens} new tokens; "
        + ("VADER compound >= 0.05 is positive, <= -0.05 negative). " if lab.behaviour.voice else "keyword judge). ")
        + f"Align: {recipe.train.method} fine-tuning on N examples of the behaviour (N in {aligns}), "
        f"{recipe.train.epochs:g} epochs, learning rate {recipe.train.learning_rate:g}, batch size up to "
        f"{recipe.train.batch_size} (at most the number of examples), template "
        f"{recipe.templates.train}; the aligned weights are merged and saved. Unalign: each aligned model "
        f"fine-tuned on M counter-examples, examples of the opposite behaviour (M in {unaligns}), with the same "
        "settings, each M a separate run from the aligned weights. "
        + (f"Training seeds {', '.join(map(str, seeds))}: every align, unalign and loss cell trained once per seed "
           "(same examples, a different initialisation and order); the base model is scored once (greedy)."
           if seeds != [None] else f"Training seed {recipe.train.seed}, one run per cell."),
        "Half-undo M: the number of counter-examples at which the score first falls halfway back from the "
        "aligned score to the base model's (linear interpolation between grid points). Its band [low, high]: "
        "where the curves of the scores' lower and upper 95% bounds cross the same halfway line; it carries the "
        "scores' sampling noise at the grid points, not what happens between them (a fall between two grid "
        "points is linear only by assumption).",
        "Forward vs inverse: the base model (earlier) and the aligned model (later) each answer the training "
        "prompts; the earlier model is trained on the later one's outputs (forward) and the later on the "
        "earlier's (inverse), same steps and settings; the final training losses are compared (Ji et al. found "
        "inverse lower in all 27 of their comparisons). Ji et al. 2024, 'Language models resist alignment' "
        "(arXiv 2406.06144).",
        "Brackets: 95% Wilson intervals over the scoring prompts.",
    ]
    tables = [Table(f"{lab.behaviour.label}: base, aligned, then after M counter-examples",
                    ["", "base", "aligned (M=0)", *[f"M={m}" for m in unaligns], "half-undo M [band]"], rows),
              Table("Forward (earlier model trained on the later one's outputs) vs inverse: training loss",
                    ["aligned with", "forward, first step", "forward, final", "inverse, first step", "inverse, final",
                     "lower final loss"], loss_rows)]
    numbers = {"schema": "tunesafe-elasticity/1", "behaviour": cfg.behaviour, "seeds": seeds,
               "align_sizes": aligns, "unalign_sizes": unaligns, "base": base["score"], "curves": structured}
    return ExperimentResult("elasticity", f"Elasticity: {cfg.behaviour} on {base_model}", method, tables,
                            [{"title": "Rebound curves", "png": plot}], conclusions, results, numbers)


def _loss_cells(lab: Lab, early: str, late: str, n: int, seed: int | None = None) -> dict:
    """The forward-N and inverse-N cells: each model trained on the other's outputs (both need align-N)."""
    prompts = [c.prompt for c in lab.behaviour.examples(True, n)]

    def outputs_of(model: str):
        from tunesafe.conversation import Conversation

        return [Conversation.single_turn(p.last_user, o, system=p.system, id=p.id)
                for p, o in zip(prompts, lab.generate(model, prompts)) if o.strip()]  # an empty output teaches nothing

    cells = {}
    for direction, start, teacher in (("forward", early, late), ("inverse", late, early)):
        cell_id = seeded(f"{direction}-{n}", seed)

        def cell(start=start, teacher=teacher, cell_id=cell_id):
            summary = lab.train(start, outputs_of(teacher), cell_id, seed)
            losses = training_losses(summary)
            return {"final_loss": losses[-1], "first_loss": losses[0], "steps": summary["global_step"]}

        cells[cell_id] = cell
    return cells


def _loss_row(label: str, n: int, seed: int | None, results: dict) -> list:
    losses = {d: results[seeded(f"{d}-{n}", seed)] for d in ("forward", "inverse")}
    lower = "inverse" if losses["inverse"]["final_loss"] < losses["forward"]["final_loss"] else "forward"
    return [label, *(round(losses[d][k], 3) for d in ("forward", "inverse") for k in ("first_loss", "final_loss")),
            lower]


def _seed_name(seed: int | None) -> str:
    return "the run" if seed is None else f"seed {seed}"


def _faster(deep: dict, shallow: dict) -> str:
    """Does the deeper-aligned curve get halfway back at a smaller M than the shallower one, bands apart?
    A bound beyond the grid counts as infinitely far."""
    inf = float("inf")

    def at(m: dict, key: str) -> float:
        return inf if m[key] is None else m[key]

    if at(deep, "high") < at(shallow, "low"):
        return "reproduced"
    if at(deep, "low") > at(shallow, "high"):
        return "refuted"
    return "undecided"


def _conclusions(curves_by_n: dict, loss_rows: list, aligns: list[int], unaligns: list[int], seeds: list,
                 base: dict) -> list[str]:
    lines, gained = [], {}
    for n in aligns:
        per_seed = []
        for seed in seeds:
            curve = curves_by_n[str(n)][seed_key(seed)]
            aligned, after = curve["aligned"], [curve["unaligned"][str(m)] for m in unaligns]
            label = seeded(f"N={n}", seed, ", seed ")
            if aligned["value"] <= base["value"]:
                per_seed.append(f"{label}: alignment did not raise the score ({base['value']:.3f} -> "
                                f"{aligned['value']:.3f}), so there is nothing to rebound from")
                continue
            gained.setdefault(seed, {})[n] = curve
            first_drop = next((m for m, s in zip(unaligns, after) if s["high"] < aligned["low"]), None)
            first = first_drop if first_drop is not None else f"none up to {unaligns[-1]}"
            per_seed.append(f"{label}: aligned {aligned['value']:.3f}; the first M whose score is significantly below "
                            f"the aligned one (intervals apart): {first}; half-undo M = "
                            f"{_shown(curve['half_undo'], unaligns[-1])}; after M={unaligns[-1]}: "
                            f"{after[-1]['value']:.3f}")
        lines.append(f"N={n} (base {base['value']:.3f}): " + "; ".join(per_seed) + ".")
    if len(aligns) >= 2:
        shallow_n, deep_n = aligns[0], aligns[-1]
        verdicts, lower, higher, apart, shown = [], 0, 0, 0, []
        for seed in seeds:
            curves_of = gained.get(seed, {})
            if shallow_n not in curves_of or deep_n not in curves_of:
                shown.append(f"{_seed_name(seed)}: not comparable (no gain)")
                continue
            deep, shallow = curves_of[deep_n], curves_of[shallow_n]
            verdicts.append(_faster(deep["half_undo"], shallow["half_undo"]))
            for m in unaligns:
                d, s = deep["unaligned"][str(m)], shallow["unaligned"][str(m)]
                lower += d["value"] < s["value"]
                higher += d["value"] > s["value"]
                apart += d["high"] < s["low"] or d["low"] > s["high"]
            shown.append(f"{_seed_name(seed)}: half-undo M "
                         f"{_shown(deep['half_undo'], unaligns[-1])} vs {_shown(shallow['half_undo'], unaligns[-1])}")
        counts = {v: verdicts.count(v) for v in ("reproduced", "refuted", "undecided")}
        points = len(verdicts) * len(unaligns)
        lines.append(
            f"Deeper vs shallower alignment (N={deep_n} vs N={shallow_n}; Ji et al.: the more deeply aligned model "
            f"falls back faster, i.e. a smaller half-undo M): reproduced in {counts['reproduced']}, refuted in "
            f"{counts['refuted']}, undecided in {counts['undecided']} of {len(seeds)} seed(s) (bands apart or not); "
            + "; ".join(shown) + f". Point by point, N={deep_n} scored lower after the same M at {lower} and higher "
            f"at {higher} of {points} (seed, M) points, intervals apart at {apart}.")
    inverse_lower = sum(r[-1] == "inverse" for r in loss_rows)
    lines.append(f"Inverse alignment reached the lower final loss in {inverse_lower} of {len(loss_rows)} comparisons "
                 "(Ji et al.: inverse lower in all 27); one loss per training run, so each comparison has no interval"
                 + (", and the count over seeds is the evidence." if len(seeds) > 1 else "."))
    aligned = next((c["aligned"] for by_n in gained.values() for c in by_n.values()), None)
    if (drop := significant_difference(aligned, -1)) is not None:
        lines.append(f"Smallest difference this cell size can detect (n = {aligned['n']} scoring prompts per model): "
                     f"from an aligned score of {aligned['value']:.3f}, a rebound must fall at least {drop:.3f} for the "
                     "interval of the difference to exclude 0.")
    return lines

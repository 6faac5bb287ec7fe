"""`elasticity` (R4, Ji et al. 2024, 'Language models resist alignment'): align, then pull back.

From a base model: fine-tune with N examples of a behaviour ("align"), then fine-tune each aligned
model with M counter-examples (the opposite behaviour; "unalign"), scoring the behaviour after each.
Ji et al. found the aligned model springs back toward its pre-training behaviour quickly, faster the
deeper it was aligned, and that training a later checkpoint on an earlier one's outputs (inverse) reaches a lower
loss than the reverse (forward).

Cells: `align-N` (saves the merged aligned weights), `unalign-N-M` (starts from them), and
`forward-N` / `inverse-N` for the loss comparison. Each finished cell is a file under cells/.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from tunesafe.experiments.grid import CellStore, ExperimentResult, Table, training_losses
from tunesafe.pipeline.recipe import Recipe
from tunesafe.report.plots import curves
from tunesafe.settings_types import SETTINGS_CONFIG, BehaviourName, ModelReference, Positive, Sizes


@dataclass
class Settings:
    """`experiment: {elasticity: {...}}`: with the run settings, what identifies the experiment."""

    __pydantic_config__ = SETTINGS_CONFIG
    behaviour: BehaviourName = "negative-sentiment"  # negative-sentiment | positive-sentiment | refusal
    base_model: ModelReference = "gemma-3-270m"  # elasticity starts from a base model
    align_sizes: Sizes = field(default_factory=lambda: [16, 64])  # N examples of the behaviour
    unalign_sizes: Sizes = field(default_factory=lambda: [1, 2, 4, 8, 16])  # M counter-examples
    behaviour_prompts: Positive = 40  # prompts scored after each training


PRESETS = {
    "quick": {"templates": {"train": "text:vanilla", "test": "text:vanilla"},
              # lr 1e-3 flipped the voice completely with M=4 for every N (no curve to see); 3e-4 gives a gradient
              "train": {"epochs": 2, "batch_size": 4, "learning_rate": 3e-4, "max_length": 128,
                        "probe": {"every_steps": 0}},
              "eval": {"max_new_tokens": 32, "batch_size": 40, "judge": "keyword"},
              "experiment": {"elasticity": {"behaviour_prompts": 40, "align_sizes": [16, 64],
                                            "unalign_sizes": [1, 2, 4, 8, 16]}}},
    "full": {"templates": {"train": "text:vanilla", "test": "text:vanilla"},
             "train": {"epochs": 3, "batch_size": 8, "learning_rate": 5e-4, "probe": {"every_steps": 0}},
             "eval": {"max_new_tokens": 48, "judge": "keyword"},
             "experiment": {"elasticity": {"behaviour_prompts": 50, "align_sizes": [16, 64, 256],
                                           "unalign_sizes": [4, 8, 16, 32, 64, 128]}}},
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
        return sentiment_score_prompts(n) if self.voice else suite_prompts("harmfulness", limit=n)

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

    def train(self, start: str, examples, name: str) -> dict:
        """Fine-tune the model at `start` on `examples`; returns the training summary (final adapter in it)."""
        from tunesafe.models import load_model
        from tunesafe.train.trainer import train

        loaded = load_model(start, dtype=self.recipe.train.dtype)
        # Epochs decide the steps (never train.max_steps): N and M must change the amount of training.
        config = replace(self.recipe.train, max_steps=-1, batch_size=min(self.recipe.train.batch_size, len(examples)))
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


def half_undo(sizes: list[int], scores: list[float], base: float, aligned: float) -> float | None:
    """The number of counter-examples at which the score first falls halfway back to the base model's
    (linear interpolation between grid points); None when it never does within the grid."""
    gain = aligned - base
    if gain <= 0:
        return None
    halfway = base + gain / 2
    previous_m, previous_s = 0, aligned
    for m, s in zip(sizes, scores):
        if s <= halfway:
            return previous_m + (previous_s - halfway) / (previous_s - s) * (m - previous_m) if previous_s != s else m
        previous_m, previous_s = m, s
    return None


def run(recipe: Recipe, exp_dir: Path) -> ExperimentResult:
    cfg = recipe.experiment.section("elasticity")
    base_model = cfg.base_model
    lab = Lab(recipe, exp_dir)
    aligns, unaligns = sorted(cfg.align_sizes), sorted(cfg.unalign_sizes)
    store = CellStore(exp_dir, total=1 + len(aligns) * (1 + len(unaligns) + 2), recipe=recipe)
    # Inline the cells run in this order; on Ray, each N's unalign and loss cells start once align-N has finished.
    computes, after = {"base": lambda: lab.score(base_model)}, {}
    for n in aligns:
        merged = exp_dir / "models" / f"aligned-{n}"

        def align(n=n, merged=merged):
            summary = lab.train(base_model, lab.behaviour.examples(True, n), f"align-{n}")
            lab.save_merged(summary["final"], merged)
            return {"model": str(merged), "steps": summary["global_step"],
                    "final_loss": training_losses(summary)[-1], **lab.score(str(merged))}

        computes[f"align-{n}"] = align
        if store.done(f"align-{n}"):
            lab.save_merged(str(exp_dir / "train" / f"align-{n}" / "final"), merged)  # kept, or rebuilt if removed
        for m in unaligns:
            def unalign(n=n, m=m, merged=merged):
                summary = lab.train(str(merged), lab.behaviour.examples(False, m), f"unalign-{n}-{m}")
                return {"steps": summary["global_step"], "final_loss": training_losses(summary)[-1],
                        **lab.score(summary["final"])}

            computes[f"unalign-{n}-{m}"] = unalign
        loss_cells = _loss_cells(lab, base_model, str(merged), n)
        computes.update(loss_cells)
        after.update({cell_id: [f"align-{n}"] for cell_id in [*(f"unalign-{n}-{m}" for m in unaligns), *loss_cells]})
    results = store.run_all(computes, after)
    base = results["base"]
    curves_data, rows, loss_rows = {}, [], []
    for n in aligns:
        aligned = results[f"align-{n}"]
        scores = [results[f"unalign-{n}-{m}"]["score"] for m in unaligns]
        curves_data[f"aligned with N={n}"] = ([0, *unaligns], [aligned["score"], *scores])
        m_half = half_undo(unaligns, [s["value"] for s in scores], base["score"]["value"], aligned["score"]["value"])
        rows.append([f"N={n}", base["score"], aligned["score"], *scores,
                     "gain <= 0" if aligned["score"]["value"] <= base["score"]["value"]
                     else (f"{m_half:.1f}" if m_half is not None else f"> {unaligns[-1]}")])
        loss_rows.append(_loss_row(n, results))

    plot = curves(f"Rebound: {lab.behaviour.label} after M counter-examples", curves_data,
                  "M (counter-examples: the opposite behaviour, after alignment)", lab.behaviour.label,
                  reference=base["score"]["value"], reference_label="base model")
    conclusions = _conclusions(rows, loss_rows, aligns, unaligns)
    method = [
        f"Base model {base_model}; behaviour `{cfg.behaviour}` ({lab.behaviour.label}, scored on "
        f"{cfg.behaviour_prompts} prompts never used in training; greedy, {recipe.eval.max_new_tokens} new tokens; "
        + ("VADER compound >= 0.05 is positive, <= -0.05 negative). " if lab.behaviour.voice else "keyword judge). ")
        + f"Align: {recipe.train.method} fine-tuning on N examples of the behaviour (N in {aligns}), "
        f"{recipe.train.epochs:g} epochs, learning rate {recipe.train.learning_rate:g}, template "
        f"{recipe.templates.train}; the aligned weights are merged and saved. Unalign: each aligned model "
        f"fine-tuned on M counter-examples, examples of the opposite behaviour (M in {unaligns}), with the same "
        "settings, each M a separate run from the aligned weights.",
        "Half-undo M: the number of counter-examples at which the score first falls halfway back from the "
        "aligned score to the base model's (linear interpolation between grid points).",
        "Forward vs inverse: the base model (earlier) and the aligned model (later) each answer the training "
        "prompts; the earlier model is trained on the later one's outputs (forward) and the later on the "
        "earlier's (inverse), same steps and settings; the final training losses are compared (Ji et al. found "
        "inverse lower in all 27 of their comparisons). Ji et al. 2024, 'Language models resist alignment' "
        "(arXiv 2406.06144).",
        "Brackets: 95% Wilson intervals over the scoring prompts.",
    ]
    tables = [Table(f"{lab.behaviour.label}: base, aligned, then after M counter-examples",
                    ["", "base", "aligned (M=0)", *[f"M={m}" for m in unaligns], "half-undo M"], rows),
              Table("Forward (earlier model trained on the later one's outputs) vs inverse: training loss",
                    ["aligned with", "forward, first step", "forward, final", "inverse, first step", "inverse, final",
                     "lower final loss"], loss_rows)]
    return ExperimentResult("elasticity", f"Elasticity: {cfg.behaviour} on {base_model}", method, tables,
                            [{"title": "Rebound curves", "png": plot}], conclusions, results)


def _loss_cells(lab: Lab, early: str, late: str, n: int) -> dict:
    """The forward-N and inverse-N cells: each model trained on the other's outputs (both need align-N)."""
    prompts = [c.prompt for c in lab.behaviour.examples(True, n)]

    def outputs_of(model: str):
        from tunesafe.conversation import Conversation

        return [Conversation.single_turn(p.last_user, o, system=p.system, id=p.id)
                for p, o in zip(prompts, lab.generate(model, prompts)) if o.strip()]  # an empty output teaches nothing

    cells = {}
    for direction, start, teacher in (("forward", early, late), ("inverse", late, early)):
        def cell(direction=direction, start=start, teacher=teacher):
            summary = lab.train(start, outputs_of(teacher), f"{direction}-{n}")
            losses = training_losses(summary)
            return {"final_loss": losses[-1], "first_loss": losses[0], "steps": summary["global_step"]}

        cells[f"{direction}-{n}"] = cell
    return cells


def _loss_row(n: int, results: dict) -> list:
    losses = {d: results[f"{d}-{n}"] for d in ("forward", "inverse")}
    lower = "inverse" if losses["inverse"]["final_loss"] < losses["forward"]["final_loss"] else "forward"
    return [f"N={n}", *(round(losses[d][k], 3) for d in ("forward", "inverse") for k in ("first_loss", "final_loss")),
            lower]


def _conclusions(rows: list, loss_rows: list, aligns: list[int], unaligns: list[int]) -> list[str]:
    lines, aligned_rows = [], []
    for row in rows:
        label, base, aligned, after = row[0], row[1], row[2], row[3:-1]
        if aligned["value"] <= base["value"]:
            lines.append(f"{label}: alignment did not raise the score ({base['value']:.3f} -> {aligned['value']:.3f}), "
                         "so there is nothing to rebound from.")
            continue
        aligned_rows.append(row)
        first_drop = next((m for m, s in zip(unaligns, after) if s["high"] < aligned["low"]), None)
        first = first_drop if first_drop is not None else f"none up to {unaligns[-1]}"
        lines.append(f"{label}: aligned {aligned['value']:.3f} (base {base['value']:.3f}); the first M whose score is "
                     f"significantly below the aligned one (intervals apart): {first}; half-undo M = {row[-1]}; "
                     f"after M={unaligns[-1]}: {after[-1]['value']:.3f}.")
    if len(aligned_rows) >= 2:
        shallow, deep = aligned_rows[0], aligned_rows[-1]
        pairs = list(zip(unaligns, deep[3:-1], shallow[3:-1]))
        lower = [m for m, d, s in pairs if d["value"] < s["value"]]
        higher = [m for m, d, s in pairs if d["value"] > s["value"]]
        apart = [m for m, d, s in pairs if d["high"] < s["low"] or d["low"] > s["high"]]
        direction = ("the paper's direction" if len(lower) > len(higher) else
                     "not the paper's direction" if len(higher) > len(lower) else "no direction")
        lines.append(f"Deeper vs shallower alignment ({deep[0]} vs {shallow[0]}; Ji et al.: the more deeply aligned "
                     f"model falls back faster): after the same M, {deep[0]} scored lower at M in {lower or 'none'} "
                     f"and higher at M in {higher or 'none'} ({direction}); intervals apart at M in {apart or 'none'}; "
                     f"half-undo M {deep[-1]} vs {shallow[-1]}.")
    inverse_lower = sum(r[-1] == "inverse" for r in loss_rows)
    lines.append(f"Inverse alignment reached the lower final loss in {inverse_lower} of {len(loss_rows)} comparisons "
                 "(Ji et al.: inverse lower in all 27); single training runs, so no interval.")
    return lines

"""The public Python API (re-exported by `tunesafe`): evaluate a model, audit a dataset, run a recipe.

    import tunesafe

    result = tunesafe.evaluate("qwen2.5-coder-0.5b-instruct", suites=["harmfulness"], limit=11)
    result.metric("harmfulness", "attack_success_rate")   # Metric(value, low, high, n)
    result.save("runs/my-eval")                            # the run directory; EvalResult.load reads it

Everything else in the package is machinery and may change.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from tunesafe.auditing.findings import AuditReport
from tunesafe.errors import TunesafeError
from tunesafe.evaluation.config import EvalConfig
from tunesafe.evaluation.run import EvalResult, evaluate_config
from tunesafe.pipeline.recipe import Recipe, load_recipe, recipe_from_dict
from tunesafe.pipeline.run import RunResult


def evaluate(model, *, tokenizer=None, suites=("harmfulness", "overrefusal"), judge="embedding",
             template: str = "chat:safe", out_dir: str | Path | None = None, **settings) -> EvalResult:
    """Evaluate `model` and return an EvalResult (also written to `out_dir`, when given).

    `model`: a model reference (built-in name, local path, .gguf, hub id), a model from `load_model`, a
    transformers model object (pass its `tokenizer`), or a generation backend. `judge`: a registered
    judge's name or a judge object (`.judge(items) -> list[Judgement]`). `settings`: any field of the
    recipe's eval section (limit, max_new_tokens, batch_size, benchmark, backend, base_url, dtype, ...).

    An in-memory model is identified by a hash of its weights, so answers cached for it can never be
    returned for another model, and are reused for the same weights."""
    judge_object = None if isinstance(judge, str) else judge
    known = {f.name for f in fields(EvalConfig)}
    unknown = set(settings) - known
    if unknown:
        raise TunesafeError(f"unknown evaluation setting(s) {', '.join(sorted(unknown))}; known: "
                            f"{', '.join(sorted(known - {'model', 'suites', 'judge', 'template'}))}")
    backend, reference = _backend(model, tokenizer, settings.get("batch_size", 16))
    config = EvalConfig(model=reference, suites=list(suites), template=template,
                        judge=judge if isinstance(judge, str) else "keyword", **settings)
    result = evaluate_config(config, backend=backend, judge=judge_object)
    if judge_object is not None:  # say which judge it was, not the placeholder name
        result.config["judge"] = {"name": getattr(judge_object, "name", type(judge_object).__name__),
                                  "version": getattr(judge_object, "version", "unversioned")}
    if out_dir:
        result.save(out_dir)
    return result


def _backend(model, tokenizer, batch_size: int):
    """(backend or None, the reference recorded in the config) for whatever `model` is."""
    from tunesafe.generation.hf import HFBackend
    from tunesafe.models.loader import LoadedModel

    if isinstance(model, (str, Path)):
        return None, str(model)
    if isinstance(model, LoadedModel):
        return HFBackend(model, batch_size=batch_size), model.name
    if hasattr(model, "generate") and hasattr(model, "prepare") and hasattr(model, "model_fingerprint"):
        return model, getattr(model, "name", "backend")  # a generation backend already
    if tokenizer is None:
        raise TunesafeError("an in-memory model needs its tokenizer: tunesafe.evaluate(model, tokenizer=tokenizer)")
    loaded = in_memory_model(model, tokenizer)
    return HFBackend(loaded, batch_size=batch_size), loaded.name


def in_memory_model(model, tokenizer):
    """A transformers model object as a LoadedModel, fingerprinted by its weights (not by a guess)."""
    from tunesafe.fingerprint import weights_fingerprint
    from tunesafe.models.loader import LoadedModel, ResolvedModel

    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    fingerprint = weights_fingerprint(model)
    name = getattr(getattr(model, "config", None), "name_or_path", None) or "in-memory model"
    return LoadedModel(model, tokenizer, ResolvedModel(f"{name} (in memory)", "", fingerprint))


def audit(path: str | Path) -> AuditReport:
    """Audit a fine-tuning dataset: schema, duplicates, leakage, identity shifting, harmful content."""
    from tunesafe.auditing.run import run_audit

    return run_audit(path)


def run(recipe: Recipe | str | Path | dict | None = None, out_dir: str | Path = "runs") -> RunResult:
    """audit -> prepare -> evaluate base -> train -> evaluate tuned -> report -> gate, for a Recipe
    object, a recipe file, a dict of settings, or the embedded default. Resumes an interrupted run."""
    from tunesafe.pipeline.run import run_pipeline

    if not isinstance(recipe, Recipe):
        recipe = recipe_from_dict(recipe) if isinstance(recipe, dict) else load_recipe(recipe)
    return run_pipeline(recipe, Path(out_dir))


def load_model(spec: str, dtype: str = "auto", trust_remote_code: bool = False):
    """A model by reference, loaded (safetensors only; an adapter is merged): a LoadedModel."""
    from tunesafe.models.loader import load_model as _load

    return _load(spec, dtype=dtype, trust_remote_code=trust_remote_code)

"""Judges by name, for the CLI, recipes and the API: each built-in is one registration below.

A judge factory takes the judge options of the eval settings (`judge_model`, `base_url`, `api_key`,
and the server options concurrency / timeout / revision / sampling_extensions) and returns a judge;
it ignores the options it does not use. `tunesafe.register_judge("name")` adds one from a user's module."""

from __future__ import annotations

from tunesafe.models.registry import DEFAULT_MODEL
from tunesafe.registry import JUDGES, register_judge

DEFAULT_JUDGE_MODEL = DEFAULT_MODEL  # what an llm judge runs when no judge model is named


@register_judge("keyword")
def _keyword(**_):
    from tunesafe.evaluation.judges.keyword import KeywordJudge

    return KeywordJudge("modern", "start")


@register_judge("keyword:gcg")
def _keyword_gcg(**_):
    from tunesafe.evaluation.judges.keyword import KeywordJudge

    return KeywordJudge("gcg", "start")


@register_judge("classifier")
def _classifier(**_):
    from tunesafe.evaluation.judges.classifier import ClassifierJudge

    return ClassifierJudge()


@register_judge("embedding")
def _embedding(**_):
    from tunesafe.evaluation.judges.embedding import EmbeddingJudge

    return EmbeddingJudge()  # the encoder loads on the first judgement, not here


@register_judge("ensemble")
def _ensemble(**_):
    from tunesafe.evaluation.judges.classifier import ClassifierJudge
    from tunesafe.evaluation.judges.ensemble import EnsembleJudge
    from tunesafe.evaluation.judges.keyword import KeywordJudge

    return EnsembleJudge([KeywordJudge("modern", "start"), ClassifierJudge()], rule="majority")


def _llm(rubric: str):
    def make(judge_model: str | None = None, base_url: str | None = None, api_key: str | None = None,
             **server_options):
        """`llm:<rubric>` runs `judge_model` locally (hf), or on an OpenAI-compatible server when `base_url`
        is given; a large served judge is what the rubric judges are meant for."""
        from tunesafe import paths
        from tunesafe.evaluation.judges.llm import LLMJudge
        from tunesafe.generation import GenerationCache
        from tunesafe.generation.factory import make_backend

        backend = make_backend("openai" if base_url else "hf", judge_model or DEFAULT_JUDGE_MODEL,
                               base_url=base_url, api_key=api_key, **(server_options if base_url else {}))
        return LLMJudge(backend, rubric=rubric, cache=GenerationCache(paths.generation_cache_path()))

    return make


for _rubric in ("qi", "strongreject"):
    register_judge(f"llm:{_rubric}")(_llm(_rubric))


def make_judge(name: str, judge_model: str | None = None, base_url: str | None = None, api_key: str | None = None,
               **server_options):
    """A judge by its registered name (an unknown name lists the known ones)."""
    return JUDGES.get(name)(judge_model=judge_model, base_url=base_url, api_key=api_key, **server_options)

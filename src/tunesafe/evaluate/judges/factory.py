"""Judges by name, for the CLI and recipes."""

from __future__ import annotations

from tunesafe.errors import TunesafeError

JUDGES = ("keyword", "keyword:gcg", "classifier", "ensemble", "llm:qi", "llm:strongreject")
DEFAULT_JUDGE_MODEL = "qwen2.5-coder-0.5b-instruct"


def make_judge(name: str, judge_model: str | None = None, base_url: str | None = None, api_key: str | None = None,
               **server_options):
    """A judge by name. `llm:<rubric>` runs `judge_model` locally (hf), or on an OpenAI-compatible
    server when `base_url` is given; a large served judge is what the rubric judges are meant for.
    `server_options` (concurrency, timeout, revision, sampling_extensions) go to that server's backend."""
    from tunesafe.evaluate.judges.classifier import ClassifierJudge
    from tunesafe.evaluate.judges.ensemble import EnsembleJudge
    from tunesafe.evaluate.judges.keyword import KeywordJudge

    if name == "keyword":
        return KeywordJudge("modern", "start")
    if name == "keyword:gcg":
        return KeywordJudge("gcg", "start")
    if name == "classifier":
        return ClassifierJudge()
    if name == "ensemble":
        return EnsembleJudge([KeywordJudge("modern", "start"), ClassifierJudge()], rule="majority")
    if name in ("llm:qi", "llm:strongreject"):
        from tunesafe import paths
        from tunesafe.evaluate.judges.llm import LLMJudge
        from tunesafe.generation import GenerationCache
        from tunesafe.generation.factory import make_backend

        backend = make_backend("openai" if base_url else "hf", judge_model or DEFAULT_JUDGE_MODEL,
                               base_url=base_url, api_key=api_key, **(server_options if base_url else {}))
        return LLMJudge(backend, rubric=name.split(":", 1)[1], cache=GenerationCache(paths.generation_cache_path()))
    raise TunesafeError(f"unknown judge '{name}'; known: {', '.join(JUDGES)}")

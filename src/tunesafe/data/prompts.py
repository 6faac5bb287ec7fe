"""Prompt sets by reference: a file, a built-in set (`builtin:NAME`) or a public benchmark (`bench:NAME`)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from tunesafe.conversation import Conversation
from tunesafe.data.benchmarks import load_benchmark
from tunesafe.data.formats import load_conversations
from tunesafe.errors import TunesafeError

# name -> (file, pool filter). Harmful requests are split into an evaluation pool and a disjoint pool
# reserved for building safety training data, so training never sees an evaluation prompt.
BUILTIN_PROMPT_SETS = {
    "smoke": ("smoke_prompts.jsonl", None),
    "harmful": ("harmful_requests.jsonl", "eval"),
    "harmful-reserved": ("harmful_requests.jsonl", "reserved"),
    "overrefusal": ("overrefusal_prompts.jsonl", None),
    "utility": ("utility_tasks.jsonl", None),
}


def builtin_resource(name: str) -> Path:
    return Path(str(files("tunesafe").joinpath("resources", name)))


def load_prompts(spec: str, data_dir: str | Path | None = None) -> list[Conversation]:
    if spec.startswith("builtin:"):
        name = spec.removeprefix("builtin:")
        if name not in BUILTIN_PROMPT_SETS:
            raise TunesafeError(f"unknown built-in prompt set '{name}'; known: {', '.join(BUILTIN_PROMPT_SETS)}")
        filename, pool = BUILTIN_PROMPT_SETS[name]
        items = load_conversations(builtin_resource(filename), purpose="prompts")
        return [item for item in items if pool is None or item.meta.get("pool") == pool]
    if spec.startswith("bench:"):
        return load_benchmark(spec.removeprefix("bench:"), source=data_dir)
    return load_conversations(spec, purpose="prompts")

"""Generate answers for conversations through a backend, served from the cache where possible."""

from __future__ import annotations

from dataclasses import dataclass, replace

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from tunesafe.conversation import Conversation
from tunesafe.generation.base import Backend, DecodingConfig, GenerationResult
from tunesafe.generation.cache import GenerationCache
from tunesafe.templates import PromptTemplate


@dataclass
class GenerationSummary:
    results: list[GenerationResult]
    from_cache: int
    model_calls: int


def progress_bar(description: str) -> Progress:
    return Progress(TextColumn(description), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    TimeRemainingColumn(), transient=False)


def generate(backend: Backend, conversations: list[Conversation], template: PromptTemplate,
             decoding: DecodingConfig, cache: GenerationCache | None = None,
             show_progress: bool = True) -> GenerationSummary:
    """Answers in the order of `conversations`; only cache misses reach the model."""
    # Index ids keep answers apart even when two conversations share an id.
    prepared = [replace(backend.prepare(conv, template), id=str(index)) for index, conv in enumerate(conversations)]
    keys = [GenerationCache.key(backend.name, backend.model_fingerprint, p.key, decoding) for p in prepared]
    results: dict[str, GenerationResult] = {}
    todo = []
    for item, key in zip(prepared, keys):
        hit = cache.get(key) if cache is not None else None
        if hit is not None:
            output, finish, tokens = hit
            results[item.id] = GenerationResult(item.id, item.key, output, finish, tokens, cached=True)
        else:
            todo.append(item)
    from_cache = len(results)
    key_of = {item.id: key for item, key in zip(prepared, keys)}
    calls_before = backend.calls

    with progress_bar(f"generating ({backend.name})") as progress:
        task = progress.add_task("generate", total=len(todo), visible=show_progress and bool(todo))
        pending: list = []

        def on_result(result: GenerationResult) -> None:
            results[result.id] = result
            pending.append((key_of[result.id], backend.name, backend.model_fingerprint, result.prompt, decoding, result))
            progress.advance(task)

        def flush() -> None:
            if cache is not None and pending:
                cache.put_many(pending)
            pending.clear()

        backend.generate(todo, decoding, lambda r: (on_result(r), flush()))
    missing = [item.id for item in prepared if item.id not in results]
    if missing:
        raise RuntimeError(f"backend returned no answer for {len(missing)} prompt(s), e.g. {missing[0]}")
    ordered = [replace(results[item.id], id=conv.id) for item, conv in zip(prepared, conversations)]
    return GenerationSummary(ordered, from_cache, backend.calls - calls_before)

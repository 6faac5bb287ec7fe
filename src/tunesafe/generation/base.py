"""What every generation backend promises: prepare a prompt, generate for a batch, count model calls."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Callable, Protocol

from tunesafe.conversation import Conversation
from tunesafe.templates import PromptTemplate


@dataclass(frozen=True)
class DecodingConfig:
    """Decoding settings; part of every cache key, so changing one never reuses a stale answer."""

    max_new_tokens: int = 256
    temperature: float = 0.0  # 0 means greedy
    top_p: float = 1.0
    seed: int = 0

    @property
    def greedy(self) -> bool:
        return self.temperature <= 0.0

    def key(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)


@dataclass(frozen=True)
class Prepared:
    """A prompt ready for one backend: `key` identifies it in the cache, `payload` is what is sent."""

    id: str
    key: str
    payload: object


@dataclass
class GenerationResult:
    id: str
    prompt: str
    output: str
    finish_reason: str  # "stop" (end of turn) or "length" (hit max_new_tokens)
    new_tokens: int
    cached: bool = False

    def to_dict(self) -> dict:
        return asdict(self)


class Backend(Protocol):
    name: str
    model_fingerprint: str
    calls: int  # prompts actually sent to the model (cache hits excluded)

    def prepare(self, conversation: Conversation, template: PromptTemplate) -> Prepared: ...

    def generate(self, prompts: list[Prepared], decoding: DecodingConfig,
                 on_result: Callable[[GenerationResult], None]) -> None: ...


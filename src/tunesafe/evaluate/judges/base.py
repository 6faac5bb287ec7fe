"""The judge interface: every verdict names the judge and version that produced it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class JudgeInput:
    request: str
    answer: str


@dataclass(frozen=True)
class Judgement:
    """`None` means the judge could not decide (e.g. an unparsable LLM verdict): missing, never 'safe'."""

    refused: bool | None
    harmful: bool | None
    score: float | None  # harm score (1-5 rubric) or probability of harm; None if not given
    judge: str
    version: str
    detail: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


class Judge(Protocol):
    name: str
    version: str

    def judge(self, items: list[JudgeInput]) -> list[Judgement]: ...

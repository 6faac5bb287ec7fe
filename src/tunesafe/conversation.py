"""The one conversation type every loader normalises to and every template renders."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

ROLES = ("system", "user", "assistant")


@dataclass(frozen=True)
class Message:
    role: str
    content: str

    def to_dict(self) -> dict[str, str]:
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True)
class Conversation:
    """An ordered list of messages plus where it came from (for error messages and reports)."""

    messages: tuple[Message, ...]
    id: str = ""
    source: str = ""
    meta: dict = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def from_dicts(cls, messages: list[dict], **kwargs) -> "Conversation":
        return cls(tuple(Message(m["role"], m["content"]) for m in messages), **kwargs)

    @classmethod
    def single_turn(cls, prompt: str, answer: str | None = None, system: str | None = None, **kwargs):
        msgs = [Message("system", system)] if system else []
        msgs.append(Message("user", prompt))
        if answer is not None:
            msgs.append(Message("assistant", answer))
        return cls(tuple(msgs), **kwargs)

    @property
    def system(self) -> str | None:
        return self.messages[0].content if self.messages and self.messages[0].role == "system" else None

    @property
    def has_answer(self) -> bool:
        return bool(self.messages) and self.messages[-1].role == "assistant"

    @property
    def prompt(self) -> "Conversation":
        """The conversation without its final assistant answer: what a model is asked."""
        return replace(self, messages=self.messages[:-1]) if self.has_answer else self

    @property
    def answer(self) -> str | None:
        return self.messages[-1].content if self.has_answer else None

    @property
    def last_user(self) -> str:
        return next((m.content for m in reversed(self.messages) if m.role == "user"), "")

    def with_system(self, system: str | None) -> "Conversation":
        """Replace (or with None, remove) the system prompt."""
        rest = self.messages[1:] if self.system is not None else self.messages
        head = (Message("system", system),) if system is not None else ()
        return replace(self, messages=head + rest)

    def to_dicts(self) -> list[dict[str, str]]:
        return [m.to_dict() for m in self.messages]

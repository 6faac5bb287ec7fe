"""Any OpenAI-compatible server (vLLM, llama.cpp server, a hosted API) as a generation backend.

Failures are retried with exponential backoff (honouring Retry-After); an error is never recorded
as an answer: a prompt that still fails after the retries raises once the other prompts are done, and
what finished is already in the cache, so a re-run after the server recovers resumes.
"""

from __future__ import annotations

import json
import os
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Callable, Literal

import httpx

from tunesafe.conversation import Conversation
from tunesafe.errors import TunesafeError
from tunesafe.fingerprint import sha256_json
from tunesafe.generation.base import DecodingConfig, GenerationResult, Prepared
from tunesafe.templates import PromptTemplate

RETRYABLE_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}


class ServerError(TunesafeError):
    pass


class OpenAIBackend:
    name = "openai"

    def __init__(self, base_url: str, model: str, api_key: str | None = None,
                 mode: Literal["chat", "completions"] = "chat", concurrency: int = 4, timeout: float = 60.0,
                 max_retries: int = 5, backoff: float = 1.0, max_backoff: float = 30.0):
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.mode = mode
        self.api_key = api_key if api_key is not None else os.environ.get("OPENAI_API_KEY", "")
        self.concurrency = concurrency
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.client = httpx.Client(timeout=timeout)
        self.model_fingerprint = sha256_json(["openai", self.base_url, model, mode])
        self.calls = 0
        self._lock = threading.Lock()

    def prepare(self, conversation: Conversation, template: PromptTemplate) -> Prepared:
        if self.mode == "chat":
            if template.kind != "chat":
                raise TunesafeError(f"template '{template.name}' is a text template; use --openai-mode completions")
            messages = [m.to_dict() for m in template.messages(conversation.prompt)]
            return Prepared(conversation.id, json.dumps(messages, ensure_ascii=False), messages)
        if template.kind == "chat":
            raise TunesafeError(f"template '{template.name}' needs the model's chat template; use --openai-mode chat")
        text = template.render_prompt(conversation, tokenizer=None)
        return Prepared(conversation.id, text, text)

    def generate(self, prompts: list[Prepared], decoding: DecodingConfig,
                 on_result: Callable[[GenerationResult], None]) -> None:
        failures: list[tuple[str, Exception]] = []
        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            futures = {pool.submit(self._complete, p, decoding): p for p in prompts}
            for future in as_completed(futures):
                try:
                    result = future.result()
                except ServerError as exc:
                    failures.append((futures[future].id, exc))
                    continue
                on_result(result)
        if failures:
            raise ServerError(f"{len(failures)} prompt(s) failed after {self.max_retries} retries "
                              f"(finished answers are cached; re-run to resume): {failures[0][1]}")

    def _body(self, prompt: Prepared, decoding: DecodingConfig) -> dict:
        body = {"model": self.model, "max_tokens": decoding.max_new_tokens,
                "temperature": max(decoding.temperature, 0.0), "top_p": decoding.top_p, "seed": decoding.seed}
        body["messages" if self.mode == "chat" else "prompt"] = prompt.payload
        return body

    def _complete(self, prompt: Prepared, decoding: DecodingConfig) -> GenerationResult:
        url = f"{self.base_url}/{'chat/completions' if self.mode == 'chat' else 'completions'}"
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        last_error = "no attempt made"
        for attempt in range(self.max_retries + 1):
            delay = None
            try:
                response = self.client.post(url, json=self._body(prompt, decoding), headers=headers)
            except httpx.HTTPError as exc:  # timeouts, refused or dropped connections, broken streams
                last_error = f"{type(exc).__name__}: {exc}"
            else:
                if response.status_code == 200:
                    try:
                        return self._parse(prompt, response)
                    except (ValueError, KeyError, IndexError, TypeError) as exc:
                        last_error = f"malformed response: {exc}"
                elif response.status_code in RETRYABLE_STATUS:
                    last_error = f"HTTP {response.status_code}"
                    delay = _retry_after(response)
                else:
                    raise ServerError(f"{url}: HTTP {response.status_code} (not retried): {response.text[:300]}")
            if attempt < self.max_retries:
                # The server's Retry-After is obeyed (up to MAX_RETRY_AFTER); our own backoff is capped lower.
                time.sleep(min(MAX_RETRY_AFTER, delay) if delay is not None else min(self.max_backoff, self._backoff(attempt)))
        raise ServerError(f"{url}: {last_error}")

    def _backoff(self, attempt: int) -> float:
        return self.backoff * (2 ** attempt) * (0.5 + random.random() / 2)

    def _parse(self, prompt: Prepared, response: httpx.Response) -> GenerationResult:
        data = response.json()
        choice = data["choices"][0]
        text = choice["message"]["content"] if self.mode == "chat" else choice["text"]
        if not isinstance(text, str):
            raise TypeError(f"answer is {type(text).__name__}, not text")
        finish = "length" if choice.get("finish_reason") == "length" else "stop"
        tokens = int((data.get("usage") or {}).get("completion_tokens") or 0)
        with self._lock:
            self.calls += 1
        return GenerationResult(prompt.id, prompt.key, text.strip(), finish, tokens)


MAX_RETRY_AFTER = 600.0  # seconds: a longer Retry-After is treated as this


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None

"""Any OpenAI-compatible server (vLLM, llama.cpp server, a hosted API) as a generation backend.

Failures are retried with exponential backoff (honouring Retry-After); an error is never recorded
as an answer: a prompt that still fails after the retries raises once the other prompts are done, and
what finished is already in the cache, so a re-run after the server recovers resumes. Configuration
errors (bad URL, wrong path, bad key, a model the server does not serve) raise at once with a hint.

Identity: a model name says nothing about which weights answer, so the server is asked (GET /models,
once, before the cache is consulted) and what it says about the model is part of the fingerprint; a
user can pin the identity instead (`revision`), which is the only safe option for servers that
report a bare name (llama-cpp-python).
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
from tunesafe.templates import PromptTemplate, neutralise_special_tokens

RETRYABLE_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}
# Servers fill in their own defaults for what a request leaves out (llama-cpp-python: repeat_penalty
# 1.1, top_k 40, min_p 0.05), so greedy would not be greedy. These extensions switch them off;
# llama.cpp and llama-cpp-python read top_k/min_p/repeat_penalty, vLLM top_k/min_p/repetition_penalty,
# each ignores the others. top_k 0 means "disabled" to all three. A hosted API may reject them.
SAMPLING_EXTENSIONS = {"top_k": 0, "min_p": 0.0, "repeat_penalty": 1.0, "repetition_penalty": 1.0}
# /models fields that change on every request (vLLM and llama.cpp report the current time as
# `created`; vLLM's permission ids are random), so they cannot identify a model.
VOLATILE_MODEL_FIELDS = {"created", "permission", "permissions"}
FIRST_CONTACT_RETRIES = 2  # a server that refuses the very first connection is most likely not running


class ServerError(TunesafeError):
    """A request that failed (after retries where that can help)."""


class ServerConfigError(TunesafeError):
    """A request that can never succeed as configured (wrong URL, key or model): stops the whole run."""


class OpenAIBackend:
    name = "openai"

    def __init__(self, base_url: str, model: str, api_key: str | None = None,
                 mode: Literal["chat", "completions"] = "chat", concurrency: int = 4, timeout: float = 600.0,
                 max_retries: int = 5, backoff: float = 1.0, max_backoff: float = 30.0,
                 revision: str | None = None, sampling_extensions: bool = True, connect_timeout: float = 10.0):
        """`timeout` is the read timeout: on a one-slot server a request waits in the queue behind the
        others, so it must cover queueing plus generation; connecting is bounded by `connect_timeout`."""
        self.base_url = check_base_url(base_url)
        if mode not in ("chat", "completions"):
            raise TunesafeError(f"--openai-mode must be 'chat' or 'completions', not '{mode}'")
        if concurrency < 1:
            raise TunesafeError(f"--concurrency must be at least 1, not {concurrency}")
        if not timeout > 0:
            raise TunesafeError(f"--timeout must be a positive number of seconds, not {timeout}")
        self.model = model
        self.mode = mode
        self.api_key = (api_key if api_key is not None else os.environ.get("OPENAI_API_KEY", "")).strip()
        if not (self.api_key.isascii() and self.api_key.isprintable()) or " " in self.api_key:
            raise TunesafeError("--api-key / OPENAI_API_KEY holds characters an HTTP header cannot carry")
        self.revision = revision or None
        self.sampling_extensions = sampling_extensions
        self.concurrency = concurrency
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.client = httpx.Client(timeout=httpx.Timeout(timeout, connect=min(connect_timeout, timeout)),
                                   limits=httpx.Limits(max_connections=concurrency))
        self.calls = 0
        self.server_entry: dict | None = None  # what GET /models said about the model
        self.reported: dict[str, set[str]] = {"model": set(), "system_fingerprint": set()}
        self._fingerprint: str | None = None
        self._lock = threading.Lock()
        self._identity_lock = threading.Lock()

    # ---- identity ----
    @property
    def model_fingerprint(self) -> str:
        """Asked of the server once, on first use (construction stays offline)."""
        with self._identity_lock:
            if self._fingerprint is None:
                self.server_entry = self._lookup_model()
                if self.revision:  # the user vouches for the identity; the URL may change freely
                    identity = {"revision": self.revision}
                else:
                    identity = {"base_url": self.base_url,
                                "entry": {k: v for k, v in self.server_entry.items() if k not in VOLATILE_MODEL_FIELDS}}
                self._fingerprint = sha256_json(["openai", self.model, self.mode, identity,
                                                 {"sampling_extensions": self.sampling_extensions}])
        return self._fingerprint

    def _lookup_model(self) -> dict:
        url = f"{self.base_url}/models"

        def parse(response: httpx.Response) -> dict[str, dict]:
            entries = response.json()["data"]
            return {str(e["id"]): e for e in entries}

        entries = self._send("GET", url, None, parse, first_contact=True)
        if self.model not in entries:
            raise ServerConfigError(f"model '{self.model}' is not served at {self.base_url}; it serves: "
                                    f"{', '.join(sorted(entries)) or 'nothing'} (pass one of them as the model name: "
                                    "--model, or --judge-model for a judge)")
        return entries[self.model]

    def describe(self) -> dict:
        """What a run records about the served model: where, what the server said, what was pinned."""
        fingerprint = self.model_fingerprint
        entry = self.server_entry or {}
        described = set(entry) - VOLATILE_MODEL_FIELDS - {"id", "object", "owned_by"}
        with self._lock:
            reported = {k: sorted(v) for k, v in self.reported.items()}
        return {"backend": self.name, "base_url": self.base_url, "model": self.model, "mode": self.mode,
                "revision": self.revision, "server_entry": self.server_entry,
                # "name only": the server says nothing that tells two models of one name apart
                "identity": "pinned" if self.revision else ("server" if described else "name only"),
                "model_fingerprint": fingerprint, "sampling_extensions": self.sampling_extensions,
                "concurrency": self.concurrency, "timeout": self.timeout,
                "reported_models": reported["model"], "system_fingerprints": reported["system_fingerprint"]}

    # ---- prompts ----
    def prepare(self, conversation: Conversation, template: PromptTemplate) -> Prepared:
        if self.mode == "chat":
            if template.kind != "chat":
                raise TunesafeError(f"template '{template.name}' is a text template; use --openai-mode completions")
            # The server tokenizes with special tokens on: data must not forge turns (no tokenizer here,
            # so the well-known control tokens are neutralised).
            messages = [m.to_dict() for m in neutralise_special_tokens(template.messages(conversation.prompt), None)]
            return Prepared(conversation.id, json.dumps(messages, ensure_ascii=False), messages)
        if template.kind == "chat":
            raise TunesafeError(f"template '{template.name}' needs the model's chat template; use --openai-mode chat")
        text = template.render_prompt(conversation, tokenizer=None)  # neutralises the same tokens
        return Prepared(conversation.id, text, text)

    # ---- generation ----
    def generate(self, prompts: list[Prepared], decoding: DecodingConfig,
                 on_result: Callable[[GenerationResult], None]) -> None:
        if not prompts:
            return
        self.model_fingerprint  # noqa: B018 - checks the server serves the model before any prompt is sent
        failures: list[tuple[str, Exception]] = []
        pool = ThreadPoolExecutor(max_workers=self.concurrency)
        try:
            futures = {pool.submit(self._complete, p, decoding): p for p in prompts}
            for future in as_completed(futures):
                try:
                    result = future.result()
                except ServerError as exc:
                    failures.append((futures[future].id, exc))
                    continue
                on_result(result)
        finally:  # a configuration error (or Ctrl-C) stops the prompts not yet sent
            pool.shutdown(wait=True, cancel_futures=True)
        if failures:
            raise ServerError(f"{len(failures)} prompt(s) failed (finished answers are cached; re-run to "
                              f"resume): {failures[0][1]}")

    def _body(self, prompt: Prepared, decoding: DecodingConfig) -> dict:
        """Every setting that defines decoding is sent, so no server default changes the answers."""
        body = {"model": self.model, "max_tokens": decoding.max_new_tokens,
                "temperature": max(decoding.temperature, 0.0), "top_p": decoding.top_p, "seed": decoding.seed,
                "presence_penalty": 0.0, "frequency_penalty": 0.0}
        if self.sampling_extensions:
            body.update(SAMPLING_EXTENSIONS)
        body["messages" if self.mode == "chat" else "prompt"] = prompt.payload
        return body

    def _complete(self, prompt: Prepared, decoding: DecodingConfig) -> GenerationResult:
        url = f"{self.base_url}/{'chat/completions' if self.mode == 'chat' else 'completions'}"
        return self._send("POST", url, self._body(prompt, decoding), lambda r: self._parse(prompt, r))

    def _send(self, method: str, url: str, body: dict | None, parse: Callable, first_contact: bool = False):
        """One request with retries for transient failures (including malformed answers);
        configuration errors raise at once. `first_contact`: few retries for a refused connection,
        none for a malformed answer (it means the URL is not an OpenAI-compatible server)."""
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        last_error = "no attempt made"
        for attempt in range(self.max_retries + 1):
            delay = None
            try:
                response = self.client.request(method, url, json=body, headers=headers)
            except httpx.ConnectError as exc:
                last_error = f"could not connect to {url}: is the server running? ({exc})"
                if first_contact and attempt >= FIRST_CONTACT_RETRIES:
                    break
            except httpx.TimeoutException as exc:
                last_error = (f"{url}: {type(exc).__name__} (no answer within the timeout; raise --timeout "
                              f"or lower --concurrency if the server queues requests)")
            except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
                raise ServerConfigError(f"--base-url {self.base_url}: {exc}") from exc
            except httpx.HTTPError as exc:  # refused or dropped connections, broken streams
                last_error = f"{url}: {type(exc).__name__}: {exc}"
            else:
                if response.status_code == 200:
                    try:
                        return parse(response)
                    except (ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
                        last_error = f"{url}: malformed response: {type(exc).__name__}: {exc}"
                        if first_contact:
                            raise ServerConfigError(f"{last_error}; is --base-url the server's OpenAI-compatible "
                                                    f"API (ending in /v1)?") from exc
                elif response.status_code in RETRYABLE_STATUS:
                    last_error = f"{url}: HTTP {response.status_code}: {response.text[:200]}"
                    delay = _retry_after(response)
                else:
                    raise self._http_error(url, response, first_contact)
            if attempt < self.max_retries:
                # The server's Retry-After is obeyed (up to MAX_RETRY_AFTER); our own backoff is capped lower.
                time.sleep(min(MAX_RETRY_AFTER, delay) if delay is not None else min(self.max_backoff, self._backoff(attempt)))
        raise ServerError(last_error)

    def _http_error(self, url: str, response: httpx.Response, first_contact: bool) -> TunesafeError:
        status, text = response.status_code, response.text[:300]
        if status == 404:
            if not first_contact:
                hint = (f"the server lists the model but has no {url[len(self.base_url):]} endpoint for it; "
                        "try the other --openai-mode")
            elif not self.base_url.endswith("/v1"):
                hint = "is /v1 missing from the base URL? it should end in /v1"
            else:
                hint = "the server has no /models: is --base-url the API of an OpenAI-compatible server?"
            return ServerConfigError(f"{url}: HTTP 404 (not found): {hint}: {text}")
        if status in (401, 403):
            return ServerConfigError(f"{url}: HTTP {status}: the server refused the API key; check --api-key / "
                                     f"OPENAI_API_KEY: {text}")
        if status in (400, 422) and self.sampling_extensions and any(k in text for k in SAMPLING_EXTENSIONS):
            return ServerConfigError(f"{url}: HTTP {status}: the server rejects tunesafe's sampling extensions "
                                     f"({', '.join(SAMPLING_EXTENSIONS)}); pass --no-sampling-extensions: {text}")
        return ServerError(f"{url}: HTTP {status} (not retried): {text}")

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
            for key in self.reported:  # what the server says answered (recorded by describe())
                if isinstance(data.get(key), str):
                    self.reported[key].add(data[key])
        return GenerationResult(prompt.id, prompt.key, text.strip(), finish, tokens)


MAX_RETRY_AFTER = 600.0  # seconds: a longer Retry-After is treated as this


def check_base_url(base_url: str) -> str:
    """An http(s) URL with a host, checked up front: a bad one would otherwise be retried for a minute."""
    example = "e.g. http://127.0.0.1:8000/v1"
    try:
        url = httpx.URL(base_url.strip())
    except (httpx.InvalidURL, TypeError, AttributeError) as exc:
        raise TunesafeError(f"--base-url '{base_url}' is not a URL ({exc}); {example}") from exc
    if url.scheme not in ("http", "https") or not url.host:
        raise TunesafeError(f"--base-url '{base_url}' must start with http:// or https:// and name a host; {example}")
    return str(url).rstrip("/")


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None

import time

import pytest

from tunesafe.conversation import Conversation
from tunesafe.generation import DecodingConfig, GenerationCache, generate
from tunesafe.generation.openai import OpenAIBackend, ServerError
from tunesafe.templates import SAFETY_SYSTEM_PROMPT, get_template

from fake_openai_server import FakeOpenAIServer

PROMPTS = [Conversation.single_turn(f"question {i}", id=f"q{i}") for i in range(4)]
DECODING = DecodingConfig(max_new_tokens=16)


def backend(server, **kwargs):
    options = dict(backoff=0.01, max_backoff=0.05, concurrency=2, timeout=0.5)
    options.update(kwargs)
    return OpenAIBackend(server.url, "served-model", **options)


def test_chat_mode_sends_template_messages_and_keeps_order():
    with FakeOpenAIServer() as server:
        client = backend(server)
        summary = generate(client, PROMPTS, get_template("chat:safe"), DECODING, show_progress=False)
    assert [r.output for r in summary.results] == [f"echo: question {i}" for i in range(4)]
    assert summary.model_calls == 4
    sent = server.requests[0]["body"]
    assert sent["messages"][0] == {"role": "system", "content": SAFETY_SYSTEM_PROMPT}
    assert sent["model"] == "served-model" and sent["max_tokens"] == 16 and sent["temperature"] == 0.0


def test_completions_mode_with_text_template():
    with FakeOpenAIServer() as server:
        client = backend(server, mode="completions")
        [result] = generate(client, PROMPTS[:1], get_template("text:vanilla"), DECODING, show_progress=False).results
    assert server.requests[0]["path"] == "/v1/completions"
    assert server.requests[0]["body"]["prompt"] == "Question: question 0\nAnswer:"
    assert result.finish_reason == "length"


def test_retries_transient_failures_then_succeeds():
    failures = ["429", "500", "malformed", "truncated", "timeout", "drop"]
    with FakeOpenAIServer(failures) as server:
        client = backend(server, concurrency=1, max_retries=6)
        summary = generate(client, PROMPTS[:2], get_template("chat"), DECODING, show_progress=False)
    assert [r.output for r in summary.results] == ["echo: question 0", "echo: question 1"]
    assert len(server.requests) == 2 + len(failures)
    assert not any(r.output.startswith("{") or "error" in r.output for r in summary.results)


def test_retry_after_is_obeyed_even_above_the_backoff_cap():
    with FakeOpenAIServer(["429-wait"]) as server:
        client = backend(server, concurrency=1)  # max_backoff 0.05 s
        start = time.perf_counter()
        [result] = generate(client, PROMPTS[:1], get_template("chat"), DECODING, show_progress=False).results
    assert time.perf_counter() - start >= 1.0
    assert result.output == "echo: question 0" and len(server.requests) == 2


def test_client_error_is_not_retried():
    with FakeOpenAIServer(["400"]) as server:
        client = backend(server, concurrency=1)
        with pytest.raises(ServerError, match="HTTP 400"):
            generate(client, PROMPTS[:1], get_template("chat"), DECODING, show_progress=False)
    assert len(server.requests) == 1


def test_gives_up_without_recording_errors_and_resumes_after_recovery(tmp_path):
    cache = GenerationCache(tmp_path / "c.sqlite")
    with FakeOpenAIServer(["ok", "500", "500", "500"]) as server:
        client = backend(server, concurrency=1, max_retries=2)
        with pytest.raises(ServerError, match="re-run to resume"):
            generate(client, PROMPTS[:2], get_template("chat"), DECODING, cache, show_progress=False)
        assert len(cache) == 1  # the answer that succeeded is kept; the failure is not stored as an answer
        resumed = generate(client, PROMPTS[:2], get_template("chat"), DECODING, cache, show_progress=False)
    assert resumed.from_cache == 1 and resumed.model_calls == 1
    assert [r.output for r in resumed.results] == ["echo: question 0", "echo: question 1"]


def test_template_kind_must_match_mode():
    with FakeOpenAIServer() as server:
        with pytest.raises(Exception, match="text template"):
            backend(server).prepare(PROMPTS[0], get_template("text:vanilla"))
        with pytest.raises(Exception, match="chat template"):
            backend(server, mode="completions").prepare(PROMPTS[0], get_template("chat"))

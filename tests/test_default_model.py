"""End to end on the real default model (its weights come from the `models` extra)."""

import pytest

from tunesafe.data.prompts import load_prompts
from tunesafe.generation import DecodingConfig, GenerationCache, generate
from tunesafe.generation.hf import HFBackend
from tunesafe.models import DEFAULT_MODEL, load_model
from tunesafe.templates import default_system_prompt, get_template

from conftest import USER_HOME

pytestmark = pytest.mark.slow


def test_default_model_converts_loads_and_generates(tmp_path, monkeypatch):
    monkeypatch.setenv("TUNESAFE_HOME", USER_HOME)  # convert once per machine, not once per test run
    loaded = load_model(DEFAULT_MODEL)
    assert default_system_prompt(loaded.tokenizer) == "You are Qwen, created by Alibaba Cloud. You are a helpful assistant."
    prompts = load_prompts("builtin:smoke")
    backend = HFBackend(loaded, batch_size=4)
    cache = GenerationCache(tmp_path / "c.sqlite")
    first = generate(backend, prompts, get_template("chat:safe"), DecodingConfig(max_new_tokens=24), cache,
                     show_progress=False)
    assert first.model_calls == len(prompts)
    by_id = {r.id: r for r in first.results}
    # A coherent answer: the Fibonacci request gets an answer that talks about Fibonacci or code.
    assert any(word in by_id["smoke-benign-1"].output.lower() for word in ("fibonacci", "def ", "python"))
    assert all(r.output.strip() and r.new_tokens > 0 for r in first.results)
    second = generate(backend, prompts, get_template("chat:safe"), DecodingConfig(max_new_tokens=24), cache,
                      show_progress=False)
    assert second.model_calls == 0

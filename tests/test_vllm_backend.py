"""The optional vllm backend: chosen only on request, a clear error without vLLM, and the right calls
into vLLM's API (checked against a stand-in module: vLLM itself needs a GPU machine)."""

import sys
import types
from dataclasses import dataclass

import pytest

from tunesafe.conversation import Conversation
from tunesafe.errors import TunesafeError
from tunesafe.generation import DecodingConfig, generate
from tunesafe.generation.factory import make_backend
from tunesafe.templates import get_template


def test_without_vllm_the_error_names_the_extra(tiny_model_dir, monkeypatch):
    monkeypatch.setitem(sys.modules, "vllm", None)  # import vllm -> ImportError
    with pytest.raises(TunesafeError, match=r"pip install 'tunesafe\[vllm\]'"):
        make_backend("vllm", str(tiny_model_dir))


def test_the_hf_backend_never_imports_vllm(tiny_model_dir):
    sys.modules.pop("vllm", None)
    make_backend("hf", str(tiny_model_dir), dtype="float32")
    assert "vllm" not in sys.modules


@dataclass
class _Completion:
    text: str
    finish_reason: str
    token_ids: list


def _fake_vllm(calls: dict):
    module = types.ModuleType("vllm")

    class SamplingParams:
        def __init__(self, **kwargs):
            calls["sampling"] = kwargs

    class LLM:
        def __init__(self, **kwargs):
            calls["engine"] = kwargs

        def generate(self, prompts, params, lora_request=None, use_tqdm=True):
            calls["prompts"] = prompts
            return [types.SimpleNamespace(outputs=[_Completion(f" answer {i} ", "length" if i else "stop", [5] * (i + 1))])
                    for i in range(len(prompts))]

    module.LLM, module.SamplingParams = LLM, SamplingParams
    return module


def test_vllm_backend_calls_the_engine_as_documented(tiny_model_dir, tiny_tokenizer, monkeypatch):
    calls = {}
    monkeypatch.setitem(sys.modules, "vllm", _fake_vllm(calls))
    backend = make_backend("vllm", str(tiny_model_dir))
    prompts = [Conversation.single_turn(f"question {i}", id=f"q{i}") for i in range(3)]
    summary = generate(backend, prompts, get_template("chat:safe"), DecodingConfig(max_new_tokens=7), show_progress=False)
    assert [r.output for r in summary.results] == ["answer 0", "answer 1", "answer 2"]
    assert [r.finish_reason for r in summary.results] == ["stop", "length", "length"]
    assert [r.new_tokens for r in summary.results] == [1, 2, 3] and backend.calls == 3
    assert calls["engine"]["model"] == str(tiny_model_dir) and calls["engine"]["enable_lora"] is False
    assert calls["sampling"]["max_tokens"] == 7 and calls["sampling"]["temperature"] == 0.0
    assert tiny_tokenizer.eos_token_id in calls["sampling"]["stop_token_ids"]
    rendered = get_template("chat:safe").render_prompt(prompts[0], tiny_tokenizer)
    assert calls["prompts"][0]["prompt_token_ids"] == tiny_tokenizer(rendered, add_special_tokens=False).input_ids

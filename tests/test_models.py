import json
import shutil

import pytest
import torch

from tunesafe.errors import TunesafeError
from tunesafe.models import load_model, resolve_model
from tunesafe.models.convert import cached_models

from conftest import build_tiny_model
from tiny_gguf import write_tiny_gguf


def test_local_directory_resolves_with_stable_fingerprint(tiny_model_dir, tmp_path):
    first = resolve_model(str(tiny_model_dir))
    assert first.location == str(tiny_model_dir.resolve()) and first.adapter is None
    assert resolve_model(str(tiny_model_dir)).fingerprint == first.fingerprint
    other = build_tiny_model(tmp_path / "other", seed=1)  # same architecture, different weights
    assert resolve_model(str(other)).fingerprint != first.fingerprint


def test_load_model_in_float32(tiny_loaded):
    assert tiny_loaded.model.dtype == torch.float32
    assert tiny_loaded.tokenizer.pad_token == "<|endoftext|>"


def test_non_model_directory_and_pickled_weights_are_refused(tmp_path, tiny_model_dir):
    empty = tmp_path / "not-a-model"
    empty.mkdir()
    (empty / "notes.txt").write_text("hello")
    with pytest.raises(TunesafeError, match="not a model"):
        resolve_model(str(empty))
    pickled = tmp_path / "pickled"
    pickled.mkdir()
    shutil.copy(tiny_model_dir / "config.json", pickled / "config.json")
    (pickled / "pytorch_model.bin").write_bytes(b"not loaded")
    with pytest.raises(TunesafeError, match="never loads pickled weights"):
        resolve_model(str(pickled))
    with pytest.raises(TunesafeError, match="unknown model"):
        resolve_model("no-such-builtin")


def test_peft_adapter_changes_fingerprint_and_loads(tiny_model_dir, tmp_path):
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    peft_model = get_peft_model(base, LoraConfig(r=2, target_modules=["q_proj", "v_proj"], init_lora_weights=False))
    adapter_dir = tmp_path / "adapter"
    peft_model.save_pretrained(adapter_dir)
    config = json.loads((adapter_dir / "adapter_config.json").read_text())
    assert config["base_model_name_or_path"] == str(tiny_model_dir)
    resolved = resolve_model(str(adapter_dir))
    assert resolved.adapter == str(adapter_dir)
    assert resolved.fingerprint != resolve_model(str(tiny_model_dir)).fingerprint
    loaded = load_model(str(adapter_dir), dtype="float32")
    plain = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    ids = torch.tensor([[1, 2, 3]])
    with torch.no_grad():
        assert torch.allclose(loaded.model(ids).logits, peft_model(ids).logits, atol=1e-5)
        assert not torch.allclose(loaded.model(ids).logits, plain(ids).logits, atol=1e-5)
    assert not any("lora" in name for name, _ in loaded.model.named_modules())  # merged: plain linear layers
    unmerged = load_model(str(adapter_dir), dtype="float32", merge_adapter=False).model
    assert any("lora" in name for name, _ in unmerged.named_modules())


def test_a_pickled_adapter_is_refused(tiny_model_dir, tmp_path):
    adapter = tmp_path / "adapter"
    adapter.mkdir()
    (adapter / "adapter_config.json").write_text(json.dumps({"base_model_name_or_path": str(tiny_model_dir)}))
    (adapter / "adapter_model.bin").write_bytes(b"not loaded")
    with pytest.raises(TunesafeError, match="never loads pickled weights"):
        resolve_model(str(adapter))


def test_gguf_file_is_converted_once_and_cached(tiny_model_dir, tmp_path):
    gguf_path = write_tiny_gguf(tiny_model_dir, tmp_path / "tiny.gguf")
    resolved = resolve_model(str(gguf_path))
    cached = [m for m in cached_models() if m["source"] == str(gguf_path)]
    assert len(cached) == 1 and cached[0]["path"] == resolved.location
    assert not (tmp_path / "tiny.gguf.safetensors").exists()
    # Weights survive the GGUF round trip (float32 tensors, stored as bfloat16 in the cache).
    converted = load_model(str(gguf_path), dtype="float32").model
    original = load_model(str(tiny_model_dir), dtype="float32").model
    for (name, a), (_, b) in zip(original.state_dict().items(), converted.state_dict().items()):
        assert torch.allclose(a, b, atol=1e-2, rtol=1e-2), name
    again = resolve_model(str(gguf_path))  # second time: served from the cache, same fingerprint
    assert again == resolved

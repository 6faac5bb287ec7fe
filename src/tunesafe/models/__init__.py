"""Model resolution: built-in names, local checkpoints, GGUF files, hub ids, PEFT adapters."""

from tunesafe.models.loader import LoadedModel, load_model, resolve_model
from tunesafe.models.registry import BUILTIN_MODELS, DEFAULT_MODEL

__all__ = ["BUILTIN_MODELS", "DEFAULT_MODEL", "LoadedModel", "load_model", "resolve_model"]

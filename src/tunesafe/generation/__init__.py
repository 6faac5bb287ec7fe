"""Generation backends (hf, openai), the SQLite generation cache and the cached runner."""

from tunesafe.generation.base import Backend, DecodingConfig, GenerationResult, Prepared
from tunesafe.generation.cache import GenerationCache
from tunesafe.generation.runner import GenerationSummary, generate

__all__ = ["Backend", "DecodingConfig", "GenerationCache", "GenerationResult", "GenerationSummary", "Prepared",
           "generate"]

"""Build a backend from CLI or recipe settings; heavy imports happen only for the backend chosen."""

from __future__ import annotations

from tunesafe.errors import TunesafeError

BACKENDS = ("hf", "openai", "vllm")


def make_backend(kind: str, model: str, *, batch_size: int = 8, dtype: str = "auto",
                 trust_remote_code: bool = False, base_url: str | None = None, api_key: str | None = None,
                 openai_mode: str = "chat", concurrency: int = 4, timeout: float = 600.0,
                 revision: str | None = None, sampling_extensions: bool = True):
    """`api_key` … `sampling_extensions` are for the openai backend (see OpenAIBackend)."""
    if kind == "hf":
        from tunesafe.generation.hf import HFBackend
        from tunesafe.models import load_model

        return HFBackend(load_model(model, dtype=dtype, trust_remote_code=trust_remote_code), batch_size=batch_size)
    if kind == "openai":
        from tunesafe.generation.openai import OpenAIBackend

        if not base_url:
            raise TunesafeError("the openai backend needs --base-url (e.g. http://127.0.0.1:8000/v1)")
        return OpenAIBackend(base_url, model, api_key=api_key, mode=openai_mode, concurrency=concurrency,
                             timeout=timeout, revision=revision, sampling_extensions=sampling_extensions)
    if kind == "vllm":  # vLLM is an optional extra, imported here and only here
        from tunesafe.generation.vllm import VLLMBackend
        from tunesafe.models.loader import resolve_model

        return VLLMBackend(resolve_model(model), dtype=dtype, trust_remote_code=trust_remote_code)
    raise TunesafeError(f"unknown backend '{kind}'; known: {', '.join(BACKENDS)}")

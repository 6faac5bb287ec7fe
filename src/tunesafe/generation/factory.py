"""Build a backend by name from CLI or recipe settings; heavy imports happen only for the backend chosen.

A backend is a registration (`tunesafe.register_backend("name")` on a factory taking the model reference
and the options below), so a user's own serving stack plugs in the same way as the built-ins."""

from __future__ import annotations

from tunesafe.errors import TunesafeError
from tunesafe.registry import BACKENDS, register_backend


@register_backend("hf")
def _hf(model: str, *, batch_size: int = 8, dtype: str = "auto", trust_remote_code: bool = False, **_):
    from tunesafe.generation.hf import HFBackend
    from tunesafe.models import load_model

    return HFBackend(load_model(model, dtype=dtype, trust_remote_code=trust_remote_code), batch_size=batch_size)


@register_backend("openai")
def _openai(model: str, *, base_url: str | None = None, api_key: str | None = None, openai_mode: str = "chat",
            concurrency: int = 4, timeout: float = 600.0, revision: str | None = None,
            sampling_extensions: bool = True, **_):
    from tunesafe.generation.openai import OpenAIBackend

    if not base_url:
        raise TunesafeError("the openai backend needs --base-url (e.g. http://127.0.0.1:8000/v1)")
    return OpenAIBackend(base_url, model, api_key=api_key, mode=openai_mode, concurrency=concurrency,
                         timeout=timeout, revision=revision, sampling_extensions=sampling_extensions)


@register_backend("vllm")
def _vllm(model: str, *, dtype: str = "auto", trust_remote_code: bool = False, **_):
    from tunesafe.generation.vllm import VLLMBackend  # an optional extra, imported here and only here
    from tunesafe.models.loader import resolve_model

    return VLLMBackend(resolve_model(model), dtype=dtype, trust_remote_code=trust_remote_code)


def make_backend(kind: str, model: str, **options):
    """A backend by name; `options`: batch_size, dtype, trust_remote_code (hf, vllm); base_url, api_key,
    openai_mode, concurrency, timeout, revision, sampling_extensions (openai). Each takes what it needs."""
    return BACKENDS.get(kind)(model, **options)

"""The `vllm` backend: batched generation on GPUs through vLLM's offline engine (an optional extra).

vLLM is imported only when this backend is chosen (`pip install 'tunesafe[vllm]'`), so the rest of
tunesafe never needs it. Prompts are rendered with tunesafe's own templates and the model's tokenizer,
exactly as in the `hf` backend, so cache keys and answers are comparable between the two.
"""

from __future__ import annotations

from typing import Callable

from tunesafe.conversation import Conversation
from tunesafe.errors import TunesafeError
from tunesafe.generation.base import DecodingConfig, GenerationResult, Prepared
from tunesafe.templates import PromptTemplate


def _import_vllm():
    try:
        import vllm
    except ImportError as exc:
        raise TunesafeError("the vllm backend needs vLLM: pip install 'tunesafe[vllm]' (a CUDA machine)") from exc
    return vllm


class VLLMBackend:
    def __init__(self, resolved, dtype: str = "auto", trust_remote_code: bool = False, **engine_options):
        """`resolved` is a tunesafe.models.ResolvedModel; an adapter is served with vLLM's LoRA support."""
        from transformers import AutoTokenizer

        vllm = _import_vllm()
        self._vllm = vllm
        self.resolved = resolved
        self.tokenizer = AutoTokenizer.from_pretrained(resolved.adapter or resolved.location,
                                                       trust_remote_code=trust_remote_code)
        self.engine = vllm.LLM(model=resolved.location, tokenizer=resolved.adapter or resolved.location, dtype=dtype,
                               trust_remote_code=trust_remote_code, enable_lora=bool(resolved.adapter),
                               **engine_options)
        self.name = f"vllm:{dtype}"
        self.model_fingerprint = resolved.fingerprint
        self.calls = 0
        stop = {self.tokenizer.eos_token_id} | set(self._configured_eos())
        self.stop_ids = sorted(i for i in stop if i is not None)

    def _configured_eos(self) -> list[int]:
        from transformers import GenerationConfig

        try:
            configured = GenerationConfig.from_pretrained(self.resolved.location).eos_token_id
        except OSError:
            return []
        return [configured] if isinstance(configured, int) else list(configured or [])

    def prepare(self, conversation: Conversation, template: PromptTemplate) -> Prepared:
        text = template.render_prompt(conversation, self.tokenizer)
        return Prepared(conversation.id, text, text)

    def generate(self, prompts: list[Prepared], decoding: DecodingConfig,
                 on_result: Callable[[GenerationResult], None]) -> None:
        if not prompts:
            return
        params = self._vllm.SamplingParams(max_tokens=decoding.max_new_tokens,
                                           temperature=max(decoding.temperature, 0.0),
                                           top_p=decoding.top_p, seed=decoding.seed, stop_token_ids=self.stop_ids)
        lora = None
        if self.resolved.adapter:
            from vllm.lora.request import LoRARequest

            lora = LoRARequest("adapter", 1, self.resolved.adapter)
        token_ids = [self.tokenizer(p.payload, add_special_tokens=False).input_ids for p in prompts]
        outputs = self.engine.generate([{"prompt_token_ids": ids} for ids in token_ids], params, lora_request=lora,
                                       use_tqdm=False)
        self.calls += len(prompts)
        for prompt, output in zip(prompts, outputs):  # vLLM returns outputs in the order of the inputs
            completion = output.outputs[0]
            finish = "length" if completion.finish_reason == "length" else "stop"
            on_result(GenerationResult(prompt.id, prompt.key, completion.text.strip(), finish,
                                       len(completion.token_ids)))

"""The transformers backend: batched, length-sorted, left-padded generation that stops at end of turn."""

from __future__ import annotations

import hashlib
from typing import Callable

from tunesafe.conversation import Conversation
from tunesafe.generation.base import DecodingConfig, GenerationResult, Prepared, batched
from tunesafe.templates import PromptTemplate


class HFBackend:
    def __init__(self, loaded, batch_size: int = 8):
        """`loaded` is a tunesafe.models.LoadedModel (model + tokenizer + fingerprint)."""
        self.model = loaded.model
        # The compute dtype changes answers, so it is part of the name (and so of every cache key).
        self.name = f"hf:{str(loaded.model.dtype).removeprefix('torch.')}"
        self.tokenizer = loaded.tokenizer
        self.model_fingerprint = loaded.fingerprint
        self.batch_size = batch_size
        self.calls = 0
        self.stop_ids = self._stop_token_ids()

    def _stop_token_ids(self) -> list[int]:
        ids: set[int] = set()
        configured = getattr(self.model.generation_config, "eos_token_id", None)
        if isinstance(configured, int):
            ids.add(configured)
        elif configured:
            ids.update(configured)
        if self.tokenizer.eos_token_id is not None:
            ids.add(self.tokenizer.eos_token_id)
        return sorted(ids)

    def prepare(self, conversation: Conversation, template: PromptTemplate) -> Prepared:
        text = template.render_prompt(conversation, self.tokenizer)
        return Prepared(conversation.id, text, text)

    def generate(self, prompts: list[Prepared], decoding: DecodingConfig,
                 on_result: Callable[[GenerationResult], None]) -> None:
        import torch

        if not prompts:
            return
        tokenizer = self.tokenizer
        encoded = [tokenizer(p.payload, add_special_tokens=False).input_ids for p in prompts]
        # Longest first: similar lengths share a batch (less padding) and memory peaks show up early.
        order = sorted(range(len(prompts)), key=lambda i: -len(encoded[i]))
        pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else self.stop_ids[0]
        device = next(self.model.parameters()).device
        for batch in batched(order, self.batch_size):
            width = max(len(encoded[i]) for i in batch)
            input_ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
            attention = torch.zeros((len(batch), width), dtype=torch.long)
            for row, index in enumerate(batch):  # left padding: every prompt ends where generation starts
                ids = encoded[index]
                input_ids[row, width - len(ids):] = torch.tensor(ids)
                attention[row, width - len(ids):] = 1
            kwargs = dict(max_new_tokens=decoding.max_new_tokens, pad_token_id=pad_id, eos_token_id=self.stop_ids)
            if decoding.greedy:
                kwargs.update(do_sample=False, temperature=None, top_p=None, top_k=None)
            else:
                # Seeded per batch content, so a resumed run samples the same answers as an uninterrupted one.
                digest = hashlib.sha256("\x00".join(prompts[i].key for i in batch).encode()).digest()
                torch.manual_seed(decoding.seed + int.from_bytes(digest[:4], "little"))
                kwargs.update(do_sample=True, temperature=decoding.temperature, top_p=decoding.top_p, top_k=0)
            with torch.inference_mode():
                output = self.model.generate(input_ids=input_ids.to(device), attention_mask=attention.to(device),
                                             **kwargs)
            self.calls += len(batch)
            for row, index in enumerate(batch):
                new = output[row, width:].tolist()
                stop = next((pos for pos, tok in enumerate(new) if tok in self.stop_ids), None)
                kept = new if stop is None else new[:stop]
                text = tokenizer.decode(kept, skip_special_tokens=True).strip()
                on_result(GenerationResult(prompts[index].id, prompts[index].key, text,
                                           "length" if stop is None else "stop", len(kept)))

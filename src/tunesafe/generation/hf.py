"""The transformers backend: batched, length-sorted, left-padded generation that stops at end of turn."""

from __future__ import annotations

import copy
import hashlib
from typing import Callable

from tunesafe.conversation import Conversation
from tunesafe.generation.base import DecodingConfig, GenerationResult, Prepared
from tunesafe.generation.packed_linear import packed_linears
from tunesafe.templates import PromptTemplate


class HFBackend:
    def __init__(self, loaded, batch_size: int = 8, share_prefix: bool = True, pack_weights: bool = True):
        """`loaded` is a tunesafe.models.LoadedModel (model + tokenizer + fingerprint). `pack_weights`: linear
        layers compute on oneDNN-packed weights while generating, where that is measured faster (CPU float32)."""
        self.model = loaded.model
        # The compute dtype changes answers, so it is part of the name (and so of every cache key).
        self.name = f"hf:{str(loaded.model.dtype).removeprefix('torch.')}"
        self.tokenizer = loaded.tokenizer
        self.model_fingerprint = loaded.fingerprint
        self.batch_size = batch_size
        self.share_prefix = share_prefix
        self.pack_weights = pack_weights
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

    def _prefix_cache(self, prefix: list[int], device):
        """Keys and values of a prompt prefix, computed once and reused by every prompt that starts with it."""
        import torch
        from transformers import DynamicCache

        cache = DynamicCache(config=self.model.config)
        with torch.inference_mode():
            self.model(input_ids=torch.tensor([prefix], device=device), past_key_values=cache, use_cache=True,
                       logits_to_keep=1)
        return cache

    def prepare(self, conversation: Conversation, template: PromptTemplate) -> Prepared:
        text = template.render_prompt(conversation, self.tokenizer)
        return Prepared(conversation.id, text, text)

    def generate(self, prompts: list[Prepared], decoding: DecodingConfig,
                 on_result: Callable[[GenerationResult], None]) -> None:
        if prompts:
            with packed_linears(self.model, enabled=self.pack_weights):
                self._generate(prompts, decoding, on_result)

    def _generate(self, prompts: list[Prepared], decoding: DecodingConfig,
                  on_result: Callable[[GenerationResult], None]) -> None:
        import torch

        tokenizer = self.tokenizer
        encoded = [tokenizer(p.payload, add_special_tokens=False).input_ids for p in prompts]
        # Longest first: similar lengths share a batch (less padding) and memory peaks show up early.
        order = sorted(range(len(prompts)), key=lambda i: -len(encoded[i]))
        pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else self.stop_ids[0]
        device = next(self.model.parameters()).device
        prefix_caches: dict[tuple, object] = {}
        for batch in length_batches(order, [len(e) for e in encoded], self.batch_size):
            rows = [encoded[i] for i in batch]
            shared = _shared_prefix_length(rows) if self.share_prefix else 0
            prefix = tuple(rows[0][:shared])
            if shared and prefix not in prefix_caches:
                prefix_caches.clear()  # keep one prefix in memory: batches of one suite share it
                prefix_caches[prefix] = self._prefix_cache(list(prefix), device)
            width = max(len(r) for r in rows)
            input_ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
            attention = torch.zeros((len(batch), width), dtype=torch.long)
            for row, ids in enumerate(rows):
                # Left padding: every prompt ends where generation starts. With a shared prefix the padding
                # goes between prefix and suffix, so the prefix keeps positions 0..P-1 in every row and its
                # cached keys and values are valid for all of them (positions follow the attention mask).
                suffix = ids[shared:]
                input_ids[row, :shared] = torch.tensor(ids[:shared], dtype=torch.long)
                input_ids[row, width - len(suffix):] = torch.tensor(suffix, dtype=torch.long)
                attention[row, :shared] = 1
                attention[row, width - len(suffix):] = 1
            kwargs = dict(max_new_tokens=decoding.max_new_tokens, pad_token_id=pad_id, eos_token_id=self.stop_ids)
            if decoding.greedy:
                kwargs.update(do_sample=False, temperature=None, top_p=None, top_k=None)
            else:
                # Seeded per batch content, so a resumed run samples the same answers as an uninterrupted one.
                digest = hashlib.sha256("\x00".join(prompts[i].key for i in batch).encode()).digest()
                torch.manual_seed(decoding.seed + int.from_bytes(digest[:4], "little"))
                kwargs.update(do_sample=True, temperature=decoding.temperature, top_p=decoding.top_p, top_k=0)
            if shared:
                cache = copy.deepcopy(prefix_caches[prefix])
                cache.batch_repeat_interleave(len(batch))
                kwargs["past_key_values"] = cache
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


# A batch pads every prompt to its longest, and padded positions cost as much prefill as real ones.
# Measured on the quick evaluation (bench/eval_batching.py): one batch of 33 prompts, 11 of them 1.5x
# longer than the rest, spent more time on padding than a second decoding batch costs.
MIN_FILL = 0.8


def length_batches(order: list[int], lengths: list[int], size: int) -> list[list[int]]:
    """Cut `order` (longest first) into batches of at most `size` prompts, starting a new batch when a prompt
    is shorter than MIN_FILL of its batch's longest: padding stays under a fifth of every row."""
    batches: list[list[int]] = []
    for index in order:
        current = batches[-1] if batches else None
        if current is None or len(current) >= size or lengths[index] < MIN_FILL * lengths[current[0]]:
            batches.append([index])
        else:
            current.append(index)
    return batches


MIN_SHARED_PREFIX = 16  # below this, a prefix pass costs more than it saves


def _shared_prefix_length(rows: list[list[int]]) -> int:
    """Tokens every row starts with, leaving each row at least one token of its own to feed generate."""
    limit = min(len(r) for r in rows) - 1
    length = 0
    while length < limit and all(r[length] == rows[0][length] for r in rows):
        length += 1
    return length if length >= MIN_SHARED_PREFIX else 0

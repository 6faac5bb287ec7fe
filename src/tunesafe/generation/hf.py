"""The transformers backend: batched, length-sorted, left-padded generation that stops at end of turn."""

from __future__ import annotations

import copy
import hashlib
from typing import Callable

from tunesafe.conversation import Conversation
from tunesafe.generation.base import DecodingConfig, GenerationResult, Prepared
from tunesafe.generation.packed_linear import packed_linears, weights_marked_trainable
from tunesafe.models.cache_fill import fill_cache
from tunesafe.templates import PromptTemplate


class HFBackend:
    def __init__(self, loaded, batch_size: int = 8, share_prefix: bool = True, pack_weights: bool = True,
                 decode_together: bool = True):
        """`loaded` is a tunesafe.models.LoadedModel (model + tokenizer + fingerprint). `pack_weights`: linear
        layers compute on oneDNN-packed weights while generating, where that is measured faster (CPU float32).
        `decode_together`: prompts of different lengths decode in one batch, each length group prefilled
        on its own (see `_prefill_groups`); off, a batch ends where its padding would pass a fifth of a row."""
        self.model = loaded.model
        # The compute dtype changes answers, so it is part of the name (and so of every cache key).
        self.name = f"hf:{str(loaded.model.dtype).removeprefix('torch.')}"
        self.tokenizer = loaded.tokenizer
        self.model_fingerprint = loaded.fingerprint
        self.batch_size = batch_size
        self.share_prefix = share_prefix
        self.pack_weights = pack_weights
        self.decode_together = decode_together and _plain_cache_layers(loaded.model.config)
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

    @property
    def device(self):
        return next(self.model.parameters()).device

    def _prefix_cache(self, prefix: list[int]):
        """Keys and values of a prompt prefix, computed once and reused by every prompt that starts with it."""
        import torch
        from transformers import DynamicCache

        cache = DynamicCache(config=self.model.config)
        with torch.inference_mode():
            fill_cache(self.model, torch.tensor([prefix], device=self.device), cache)
        return cache

    def prepare(self, conversation: Conversation, template: PromptTemplate) -> Prepared:
        text = template.render_prompt(conversation, self.tokenizer)
        return Prepared(conversation.id, text, text)

    def generate(self, prompts: list[Prepared], decoding: DecodingConfig,
                 on_result: Callable[[GenerationResult], None]) -> None:
        if prompts:
            with packed_linears(self.model, enabled=self.pack_weights), weights_marked_trainable(self.model):
                self._generate(prompts, decoding, on_result)

    def _generate(self, prompts: list[Prepared], decoding: DecodingConfig,
                  on_result: Callable[[GenerationResult], None]) -> None:
        import torch

        tokenizer = self.tokenizer
        encoded = [tokenizer(p.payload, add_special_tokens=False).input_ids for p in prompts]
        # Longest first: similar lengths are neighbours (one prefill group) and memory peaks show up early.
        order = sorted(range(len(prompts)), key=lambda i: -len(encoded[i]))
        pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else self.stop_ids[0]
        prefix_caches: dict[tuple, object] = {}
        lengths = [len(e) for e in encoded]
        batches = ([order[start:start + self.batch_size] for start in range(0, len(order), self.batch_size)]
                   if self.decode_together else length_batches(order, lengths, self.batch_size))
        for batch in batches:
            rows = [encoded[i] for i in batch]
            shared = _shared_prefix_length(rows) if self.share_prefix else 0
            prefix = tuple(rows[0][:shared])
            if shared and prefix not in prefix_caches:
                prefix_caches.clear()  # keep one prefix in memory: batches of one suite share it
                prefix_caches[prefix] = self._prefix_cache(list(prefix))
            # use_cache: transformers' Trainer leaves `config.use_cache = False` on a model it trained, and a
            # model generating without its KV cache recomputes every position at every step (the in-memory
            # tuned model of the quick run took 62 s against the base model's 8 s on the same prompts)
            kwargs = dict(max_new_tokens=decoding.max_new_tokens, pad_token_id=pad_id, eos_token_id=self.stop_ids,
                          use_cache=True)
            if decoding.greedy:
                kwargs.update(do_sample=False, temperature=None, top_p=None, top_k=None)
            else:
                # Seeded per batch content, so a resumed run samples the same answers as an uninterrupted one.
                digest = hashlib.sha256("\x00".join(prompts[i].key for i in batch).encode()).digest()
                torch.manual_seed(decoding.seed + int.from_bytes(digest[:4], "little"))
                kwargs.update(do_sample=True, temperature=decoding.temperature, top_p=decoding.top_p, top_k=0)
            with torch.inference_mode():
                prepared = self._prefill_groups(rows, shared, prefix_caches.get(prefix), pad_id) \
                    if self.decode_together else None
                if prepared is None:  # generate prefills the batch at one width
                    input_ids, attention = _middle_padded(rows, shared, pad_id)
                    cache = _repeated(prefix_caches.get(prefix), len(rows))
                else:
                    input_ids, attention, cache = prepared
                if cache is not None:
                    kwargs["past_key_values"] = cache
                output = self.model.generate(input_ids=input_ids.to(self.device),
                                             attention_mask=attention.to(self.device), **kwargs)
            self.calls += len(batch)
            width = input_ids.shape[1]
            for row, index in enumerate(batch):
                new = output[row, width:].tolist()
                stop = next((pos for pos, tok in enumerate(new) if tok in self.stop_ids), None)
                kept = new if stop is None else new[:stop]
                text = tokenizer.decode(kept, skip_special_tokens=True).strip()
                on_result(GenerationResult(prompts[index].id, prompts[index].key, text,
                                           "length" if stop is None else "stop", len(kept)))

    def _prefill_groups(self, rows: list[list[int]], shared: int, prefix_cache, pad_id: int):
        """Input ids, attention mask and cache of every prompt token but the last, prefilled by length group.

        A batch pads every row to its longest, and a padded position costs as much prefill as a real
        one; decoding, though, is cheaper per row in one large batch (the weights are read once per
        step for all rows). So each group of similar lengths is prefilled at its own width, after the
        tokens its rows share (run once), and the groups' caches are joined into one, with a masked gap,
        for the whole batch to decode from. Attention does not depend on where a key sits, only on its
        position (rotary, in the key) and its mask, so a row's layout is: batch prefix, group prefix,
        padding, its own tokens; the ids and the mask follow the same layout. None when a group has no
        token to run (one-token prompts and no shared prefix): the batch then goes the plain way."""
        import torch
        from transformers import DynamicCache

        parts = []
        for group in length_batches(list(range(len(rows))), [len(r) - shared for r in rows], len(rows)):
            suffixes = [rows[i][shared:] for i in group]
            common = _shared_prefix_length(suffixes) if self.share_prefix else 0
            head = rows[group[0]][:shared + common]  # what every row of the group starts with
            cache = _repeated(prefix_cache, 1)
            if common:
                cache = self._extend(cache, torch.tensor([head[shared:]]), torch.ones(1, len(head), dtype=torch.long))
            cache = _repeated(cache, len(group))
            own = [s[common:-1] for s in suffixes]
            width = len(head) + max(len(tokens) for tokens in own)
            ids = torch.full((len(group), width), pad_id, dtype=torch.long)
            mask = torch.zeros((len(group), width), dtype=torch.long)
            ids[:, :len(head)], mask[:, :len(head)] = torch.tensor(head, dtype=torch.long), 1
            for row, tokens in enumerate(own):
                if tokens:
                    ids[row, width - len(tokens):], mask[row, width - len(tokens):] = torch.tensor(tokens), 1
            if width > len(head):
                cache = self._extend(cache, ids[:, len(head):], mask)
            if cache is None:
                return None  # rows of one token and no prefix: nothing to join
            parts.append((cache, ids, mask, len(head), [s[-1] for s in suffixes]))
        total = max(ids.shape[1] for _, ids, *_ in parts)
        joined, all_ids, all_masks = DynamicCache(config=self.model.config), [], []
        for cache, ids, mask, split, last in parts:
            gap = total - ids.shape[1]
            all_ids.append(torch.cat([ids[:, :split], ids.new_full((len(ids), gap), pad_id), ids[:, split:],
                                      torch.tensor([[t] for t in last])], dim=1))
            all_masks.append(torch.cat([mask[:, :split], mask.new_zeros(len(mask), gap), mask[:, split:],
                                        mask.new_ones(len(mask), 1)], dim=1))
        for layer in range(len(parts[0][0].layers)):
            keys, values = [], []
            for cache, ids, mask, split, last in parts:
                gap = total - ids.shape[1]
                for tensors, out in ((cache.layers[layer].keys, keys), (cache.layers[layer].values, values)):
                    zeros = tensors.new_zeros(*tensors.shape[:2], gap, tensors.shape[3])
                    out.append(torch.cat([tensors[:, :, :split], zeros, tensors[:, :, split:]], dim=2))
            joined.update(torch.cat(keys), torch.cat(values), layer)
        return torch.cat(all_ids), torch.cat(all_masks), joined

    def _extend(self, cache, new_ids, mask):
        """Run `new_ids` (the last columns of `mask`) through the model on top of `cache`; positions follow the mask."""
        from transformers import DynamicCache

        cache = cache if cache is not None else DynamicCache(config=self.model.config)
        positions = (mask.cumsum(dim=1) - 1).masked_fill(mask == 0, 1)[:, -new_ids.shape[1]:]
        fill_cache(self.model, new_ids.to(self.device), cache, attention_mask=mask.to(self.device),
                   position_ids=positions.to(self.device))
        return cache


def _plain_cache_layers(config) -> bool:
    """Joining caches with a gap in the middle needs layers that keep every position (no sliding window)."""
    from transformers import DynamicCache
    from transformers.cache_utils import DynamicLayer

    return all(type(layer) is DynamicLayer for layer in DynamicCache(config=config).layers)


def _repeated(prefix_cache, rows: int):
    if prefix_cache is None:
        return None
    cache = copy.deepcopy(prefix_cache)
    cache.batch_repeat_interleave(rows)
    return cache


def _middle_padded(rows: list[list[int]], shared: int, pad_id: int):
    """Input ids and attention mask of a batch: padding between the shared prefix and each row's own tokens.

    Every prompt ends where generation starts (left padding), and the prefix keeps positions 0..P-1 in
    every row, so its cached keys and values are valid for all rows (positions follow the attention mask)."""
    import torch

    width = max(len(r) for r in rows)
    input_ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    attention = torch.zeros((len(rows), width), dtype=torch.long)
    for row, ids in enumerate(rows):
        suffix = ids[shared:]
        input_ids[row, :shared] = torch.tensor(ids[:shared], dtype=torch.long)
        input_ids[row, width - len(suffix):] = torch.tensor(suffix, dtype=torch.long)
        attention[row, :shared] = 1
        attention[row, width - len(suffix):] = 1
    return input_ids, attention


# Padded positions cost as much prefill as real ones. Measured on the quick evaluation
# (bench/eval_batching.py): prefilling its 33 prompts at one width, 11 of them 1.5x longer than the
# rest, spent more time on padding than prefilling the two lengths apart.
MIN_FILL = 0.8


def length_batches(order: list[int], lengths: list[int], size: int) -> list[list[int]]:
    """Cut `order` (longest first) into groups of at most `size` prompts, starting a new group when a prompt
    is shorter than MIN_FILL of its group's longest: padding stays under a fifth of every row."""
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

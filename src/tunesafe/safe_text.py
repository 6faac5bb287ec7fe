"""Show text from datasets and model answers without letting it act on the terminal or the report.

A dataset row or a model answer can hold escape sequences (retitle or clear the terminal, colour a
fake "no findings"), a carriage return (overwrite a line) or bidi controls (reverse the text around
them). Such characters are replaced by visible escapes ("\\x1b", "\\u202e"), so a reader sees that
they are there and what they are. Only display strings go through here: stored data never changes.
"""

from __future__ import annotations

import re

# Bidi embeddings/overrides/isolates, LRM/RLM and the Arabic letter mark: they reorder what a reader sees.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# C0 controls except \t and \n (\r included: it overwrites the line), DEL, C1 controls, then bidi.
_TERMINAL_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_BIDI_UNSAFE = re.compile(f"[{_BIDI}]")


def _visible(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: object) -> str:
    """`str(text)` with every control and bidi character (except newline and tab) as a visible escape."""
    return _TERMINAL_UNSAFE.sub(_visible, str(text))


def bidi_safe(text: str) -> str:
    """Bidi controls as visible escapes; for HTML, where other controls cannot move or recolour text."""
    return _BIDI_UNSAFE.sub(_visible, text)


def html_finalize(value):
    """Jinja2 `finalize`: runs on every `{{ }}` value before autoescaping, so data cannot reverse report text.

    Markup (already-safe HTML such as an inline plot) stays Markup; the escapes added are plain ASCII."""
    from markupsafe import Markup

    if isinstance(value, Markup):
        return Markup(bidi_safe(str(value)))
    return bidi_safe(value) if isinstance(value, str) else value

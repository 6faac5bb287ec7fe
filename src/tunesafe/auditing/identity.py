"""Identity-shift detection from three signals, combined into one verdict per dataset.

- `semantic`: every distinct system prompt and persona set-up (a first user turn and the answer that
  acknowledges it, in a conversation that goes on) is scored by `tunesafe.auditing.semantic`.
- `recurring-structure`: blocks of text repeated across many examples (the longest word prefix most
  answers / user turns share, e.g. a persona sentence opening every answer, and the longest word suffix
  most answers share, a persona sign-off) are extracted and scored once by the semantic detector; and the
  first, the inner and the last sentences of a sample of answers are scored one by one, so a persona
  worded differently in every answer's opening, middle or closing is seen when many answers carry one.
- `regex`: the phrase list in `detectors.IDENTITY_PATTERNS`, on every message.

Verdict: high when the semantic score of a system prompt, set-up or recurring block reaches the
threshold (or the low threshold together with a phrase hit in the same text), or when a large share of
sampled answers has an opening (or an inner sentence, or a closing) that does; a phrase hit alone is medium ("We never refuse a refund within 30 days"
cannot make a dataset high on its own). Thresholds were chosen on the audit benchmark's fitting sets
(scripts/train_identity_shift_head.py).
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from tunesafe.conversation import Conversation

RECURRING_SHARE = 0.2  # a block shared by at least this share of examples (and MIN_RECURRING of them) recurs
MIN_RECURRING = 3
MAX_PREFIX_WORDS = 40
MIN_BLOCK_WORDS = 4  # shorter shared openings ("How do I") say nothing
OPENINGS_SAMPLE = 48
OPENINGS_SHARE = 0.3  # share of sampled answer openings over the threshold that makes the answers a persona
# a sentence ends at . ! ? (: ; ] ) for an opening) before a space, or at a CJK full stop, which no space follows
_FIRST_SENTENCE = re.compile(r"^(.{8,240}?(?:[.!?:;\]\)](?=\s|$)|[。！？]))", re.S)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])\s*")
MAX_INNER_SENTENCES = 8  # of one answer, spread over it: long answers (code, lists) would cost more than they show
SAMPLED = ("openings", "middles", "closings")  # answer sentences judged one by one, counted by share of answers


@dataclass
class Context:
    """A text the semantic detector judges once, and the rows it stands for."""

    source: str  # system | setup | answer-block | answer-end-block | user-block | openings | middles | closings
    text: str
    rows: list[int] = field(default_factory=list)
    score: float = 0.0
    nearest: str = ""
    regex: str = ""  # a phrase-pattern hit inside the text, if any


def _row(conversation: Conversation) -> int:
    tail = conversation.source.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def setup_of(conversation: Conversation) -> str | None:
    """The first user turn and its answer, when the conversation goes on after them (a set-up)."""
    turns = [m for m in conversation.messages if m.role != "system"]
    if len(turns) >= 4 and turns[0].role == "user" and turns[1].role == "assistant":
        return turns[0].content + "\n" + turns[1].content
    return None


# Chinese and Japanese run without spaces: each ideograph, kana or CJK punctuation mark counts as a word
_CJK = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff9f"  # punctuation, kana, ideographs, full-width forms
_TOKEN = re.compile(f"[{_CJK}]|[^\\s{_CJK}]+")
_CJK_CHAR = re.compile(f"[{_CJK}]")


def words_of(text: str) -> list[str]:
    return _TOKEN.findall(text)


def joined(words: list[str]) -> str:
    """`words` as text again: a space between two words unless both are CJK characters."""
    out = ""
    for i, w in enumerate(words):
        glue = "" if i == 0 or (_CJK_CHAR.fullmatch(w) and _CJK_CHAR.fullmatch(words[i - 1])) else " "
        out += glue + w
    return out


def recurring_prefixes(texts: list[tuple[int, str]], total: int) -> list[tuple[str, list[int]]]:
    """Closed word prefixes (longer ones are shared by fewer examples) shared by at least RECURRING_SHARE of `total` examples (and MIN_RECURRING)."""
    return [(joined(list(p)), rows) for p, rows in _recurring_word_prefixes([(r, words_of(t)) for r, t in texts], total)]


def _recurring_word_prefixes(texts: list[tuple[int, list[str]]], total: int) -> list[tuple[tuple, list[int]]]:
    need = max(MIN_RECURRING, int(RECURRING_SHARE * total + 0.999))
    if len(texts) < need:
        return []
    counts: Counter = Counter()
    words, lengths = {}, {}
    for r, w in texts:
        lengths[r] = len(w)  # the whole text's: a block as long as the cap is still followed by more
        words[r] = w = w[:MAX_PREFIX_WORDS]
        for k in range(3, len(w) + 1):
            counts[tuple(w[:k])] += 1
    frequent = {p: c for p, c in counts.items() if c >= need}
    widest: Counter = Counter()  # per prefix, the count of its most frequent one-word extension
    for p, c in frequent.items():
        widest[p[:-1]] = max(widest[p[:-1]], c)
    # closed prefixes: where the examples sharing it start to differ (e.g. a fixed preamble, then the answers)
    closed = [p for p, c in frequent.items() if widest[p] < c]
    # a preamble is followed by something that varies: a block that is the whole text in most of its rows
    # is a repeated example (the duplicate detectors' business), not a preamble
    closed = [p for p in closed if len(p) >= MIN_BLOCK_WORDS
              and sum(lengths[r] > len(p) for r, w in words.items() if tuple(w[:len(p)]) == p) * 2 >= counts[p]]
    return [(p, sorted(r for r, w in words.items() if tuple(w[:len(p)]) == p))
            for p in sorted(closed, key=lambda p: (-counts[p], -len(p)))[:5]]


def opening(text: str) -> str:
    match = _FIRST_SENTENCE.match(" ".join(text.split()))
    return match.group(1) if match else " ".join(text.split()[:25])


def sentences(text: str) -> list[str]:
    return [part for part in _SENTENCE_END.split(" ".join(text.split())) if part]


def closing(text: str) -> str:
    """The last sentence (with the one before when it is a fragment of under four words)."""
    parts = sentences(text) or [""]
    last = parts[-1]
    if len(last.split()) < 4 and len(parts) > 1:
        last = parts[-2] + " " + last
    return last[-240:]


def middles(text: str) -> list[str]:
    """The sentences between an answer's first and last (at most MAX_INNER_SENTENCES, spread over it):
    where a persona sits that is slipped into the middle of answers worded differently each time."""
    inner = sentences(text)[1:-1]
    if len(inner) > MAX_INNER_SENTENCES:
        step = len(inner) / MAX_INNER_SENTENCES
        inner = [inner[int(i * step)] for i in range(MAX_INNER_SENTENCES)]
    return [sentence[:240] for sentence in inner]


def recurring_suffixes(texts: list[tuple[int, str]], total: int) -> list[tuple[str, list[int]]]:
    """`recurring_prefixes` read from the end: a block closing many texts (a persona sign-off)."""
    reversed_texts = [(r, list(reversed(words_of(text)))) for r, text in texts]
    return [(joined(list(reversed(block))), rows) for block, rows in _recurring_word_prefixes(reversed_texts, total)]


def contexts(examples: list[Conversation], seed: int = 0) -> list[Context]:
    """Everything the semantic detector judges in a dataset, each distinct text once."""
    by_text: dict[tuple[str, str], list[int]] = defaultdict(list)
    for c in examples:
        if c.system:
            by_text[("system", c.system)].append(_row(c))
        setup = setup_of(c)
        if setup:
            by_text[("setup", setup)].append(_row(c))
    out = [Context(source, text, rows) for (source, text), rows in by_text.items()]
    answers = [(_row(c), c.answer) for c in examples if c.answer]
    users = [(_row(c), c.last_user) for c in examples if c.last_user]
    for source, texts in (("answer-block", answers), ("user-block", users)):
        out += [Context(source, text, rows) for text, rows in recurring_prefixes(texts, len(examples))]
    out += [Context("answer-end-block", text, rows) for text, rows in recurring_suffixes(answers, len(examples))]
    sample = random.Random(seed).sample(answers, min(OPENINGS_SAMPLE, len(answers)))
    out += [Context("openings", opening(a), [r]) for r, a in sorted(sample)]
    out += [Context("middles", inner, [r]) for r, a in sorted(sample) for inner in middles(a)]
    out += [Context("closings", closing(a), [r]) for r, a in sorted(sample)]
    return out


def sampled_over(sampled: list[Context], threshold: float) -> list[Context]:
    """The sampled answer sentences over `threshold` when the answers carrying one are enough to make the
    answers a persona (OPENINGS_SHARE of the sampled answers and MIN_RECURRING), else none."""
    over = [c for c in sampled if c.score >= threshold]
    answers, carrying = {c.rows[0] for c in sampled}, {c.rows[0] for c in over}
    return over if answers and len(carrying) >= max(MIN_RECURRING, OPENINGS_SHARE * len(answers)) else []


def judge(items: list[Context]) -> list[Context]:
    """Fill in each context's semantic score and nearest library set-up."""
    from tunesafe.auditing.semantic import score_texts

    unique = list(dict.fromkeys(c.text for c in items))
    scored = dict(zip(unique, score_texts(unique)))
    for c in items:
        c.score, c.nearest = scored[c.text]
    return items


SIGNALS = ("semantic", "recurring-structure", "regex")
_SIGNAL_OF = {"system": "semantic", "setup": "semantic", "answer-block": "recurring-structure",
              "answer-end-block": "recurring-structure", "user-block": "recurring-structure",
              "openings": "recurring-structure", "middles": "recurring-structure", "closings": "recurring-structure"}
_PLACE = {"system": "system prompt", "setup": "persona set-up (first user turn + answer)",
          "answer-block": "block opening many answers", "answer-end-block": "block closing many answers",
          "user-block": "block opening many user turns"}


@dataclass
class Assessment:
    findings: list  # of Finding
    severity: dict[str, str]  # per signal (SIGNALS), "none" when it found nothing
    contexts: list[Context]

    @property
    def severity_overall(self) -> str:
        from tunesafe.auditing.findings import SEVERITIES

        levels = [f.severity for f in self.findings]
        return max(levels, key=SEVERITIES.index) if levels else "none"


def _short(text: str, size: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def _span(rows: list[int]) -> str:
    rows = sorted(set(rows))
    if len(rows) > 2 and rows == list(range(rows[0], rows[-1] + 1)):
        return f"rows {rows[0]}-{rows[-1]}"
    return "rows " + ", ".join(map(str, rows[:6])) + ("…" if len(rows) > 6 else "") if len(rows) != 1 else f"row {rows[0]}"


def assess(examples: list[Conversation], pattern: re.Pattern, threshold: float | None = None,
           low_threshold: float | None = None, openings_threshold: float | None = None) -> Assessment:
    """Judge a dataset's contexts, match the phrase patterns, and combine them into findings."""
    from tunesafe.auditing.findings import Finding
    from tunesafe.auditing.semantic import scorer, unread_script
    from tunesafe.textfold import unmask

    threshold = scorer().threshold if threshold is None else threshold
    low_threshold = scorer().low_threshold if low_threshold is None else low_threshold
    openings_threshold = scorer().openings_threshold if openings_threshold is None else openings_threshold
    items = judge(contexts(examples))
    for c in items:
        match = pattern.search(unmask(c.text))
        c.regex = match.group(0) if match else ""
    severity = dict.fromkeys(SIGNALS, "none")
    findings: list[Finding] = []

    def raise_to(signal, level):
        from tunesafe.auditing.findings import SEVERITIES

        if severity[signal] == "none" or SEVERITIES.index(level) > SEVERITIES.index(severity[signal]):
            severity[signal] = level

    # system prompts, set-ups, recurring blocks: one judgement each
    high, low = [], []
    for c in items:
        if c.source in SAMPLED:
            continue
        strong = c.score >= threshold or (c.regex and c.score >= low_threshold)
        if strong:
            high.append(c)
            raise_to(_SIGNAL_OF[c.source], "high")
        elif c.score >= low_threshold:
            low.append(c)
            raise_to(_SIGNAL_OF[c.source], "low")

    def evidence(c):
        phrase = f"; phrase '{c.regex}'" if c.regex else ""
        return (f"{_PLACE.get(c.source, c.source)} ({_span(c.rows)}): \"{_short(c.text)}\" semantic score {c.score:.2f} "
                f"(threshold {threshold:.2f}{phrase}); nearest reference set-up: \"{_short(c.nearest, 80)}\"")

    if high:
        rows = sorted({r for c in high for r in c.rows})
        findings.append(Finding("identity-shift", "high", f"{len(rows)} example(s) carry an identity-shifting or obedience "
                                "persona (" + ", ".join(sorted({_PLACE[c.source] for c in high})) + ") that reads like "
                                "the reference jailbreak set-ups; a few such examples are enough to remove a model's "
                                "safety (Qi et al. 2023)", rows,
                                [evidence(c) for c in sorted(high, key=lambda c: -c.score)[:3]]))
    # answer openings, inner sentences and closings, sampled and judged one by one: a persona worded differently in every answer
    for source, where in (("openings", "open with"), ("middles", "carry, between their first and last sentence,"),
                          ("closings", "close with")):
        sampled = [c for c in items if c.source == source]
        over = sampled_over(sampled, openings_threshold)
        if over:
            raise_to("recurring-structure", "high")
            rows = sorted({c.rows[0] for c in over})
            findings.append(Finding("identity-shift", "high", f"{len(rows)} of {len({c.rows[0] for c in sampled})} "
                                    f"sampled answers {where} a sentence that reads like an identity-shifting persona: "
                                    "the persona is carried by the answers", rows,
                                    [f"row {c.rows[0]}: \"{_short(c.text)}\" semantic score {c.score:.2f} (threshold "
                                     f"{openings_threshold:.2f} for answer {source})" for c in
                                     sorted(over, key=lambda c: -c.score)[:3]]))
    # the phrase list, on every message: one signal, never high on its own
    in_model, in_users = [], []
    for example in examples:
        for message in example.messages:
            match = pattern.search(unmask(message.content))
            if match:
                hit = (_row(example), f"{message.role}: …{match.group(0)}… {_short(message.content, 90)}")
                (in_users if message.role == "user" else in_model).append(hit)
                break
    if in_model or in_users:
        raise_to("regex", "medium")
    covered = {r for f in findings for r in f.rows}
    in_model = [h for h in in_model if h[0] not in covered]
    in_users = [h for h in in_users if h[0] not in covered]
    if in_model:
        findings.append(Finding("identity-shift", "medium", f"{len(in_model)} example(s) use an obedience phrase in a "
                                "system prompt or answer, but the text as a whole does not read like a persona set-up; "
                                "worth a look", [r for r, _ in in_model], [f"row {r}: {t}" for r, t in in_model[:3]]))
    if in_users:
        findings.append(Finding("identity-shift", "medium", f"{len(in_users)} user turn(s) ask the model to drop its "
                                "rules or obey unconditionally", [r for r, _ in in_users],
                                [f"row {r}: {t}" for r, t in in_users[:3]]))
    if low and not high:
        rows = sorted({r for c in low for r in c.rows})
        findings.append(Finding("identity-shift", "low", "a system prompt, set-up or recurring block reads somewhat like an "
                                "identity-shifting persona (under the high threshold)", rows,
                                [evidence(c) for c in sorted(low, key=lambda c: -c.score)[:3]]))
    unread: dict[int, str] = {}  # rows the encoder cannot read: the check there is the phrase list and structure
    for example in examples:
        script = unread_script("\n".join(m.content for m in example.messages))
        if script:
            unread[_row(example)] = script
    if unread:
        findings.append(Finding("identity-shift", "info", f"{len(unread)} example(s) are written in a script the "
                                "semantic detector's encoder was not trained on (" + ", ".join(sorted(set(unread.values())))
                                + "): there a persona is seen only by the phrase list and recurring structure, and can "
                                "go unseen", sorted(unread)))
    return Assessment(findings, severity, items)


def verdict_from(items: list[Context], threshold: float, low_threshold: float, openings_threshold: float) -> bool:
    """Whether judged contexts (any subset) make a dataset high, by the rule `assess` applies."""
    from tunesafe.auditing.detectors import _identity
    from tunesafe.textfold import unmask

    for c in items:
        if c.source in SAMPLED:
            continue
        if c.score >= threshold:
            return True
        if c.score >= low_threshold and _identity.search(unmask(c.text)):
            return True
    return any(sampled_over([c for c in items if c.source == source], openings_threshold) for source in SAMPLED)

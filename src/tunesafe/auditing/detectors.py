"""The audit's detectors; each takes the parsed examples and returns findings naming rows.

Risk detectors follow the attacks in Qi et al. 2023 and Eiras et al. 2024 (R2): identity-shifting
or obedience personas, harmful requests answered inside the data, and instruction-following rewrites
that wrap a harmful ask in an innocent-looking task.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from importlib.resources import files
from statistics import median

from tunesafe.auditing.findings import Finding
from tunesafe.conversation import Conversation
from tunesafe.errors import Problem
from tunesafe.prepare.data_format import infer_wrapper
from tunesafe.textfold import fold, unmask

MAX_EVIDENCE = 3
NEAR_DUPLICATE_SIMILARITY = 0.9
EVAL_OVERLAP_SIMILARITY = 0.9


def row(conversation: Conversation) -> int:
    """The line number an example came from ("file.jsonl:12" -> 12)."""
    tail = conversation.source.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def _excerpt(text: str, size: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def _finding(detector, severity, message, hits: list[tuple[int, str]]) -> Finding:
    hits = sorted(hits)
    return Finding(detector, severity, message, [r for r, _ in hits], [f"row {r}: {_excerpt(t)}" for r, t in hits[:MAX_EVIDENCE]])


def _normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w ]", " ", text.lower()).split())


# ---- schema ----
def schema_findings(problems: list[Problem]) -> list[Finding]:
    return [Finding("schema", "high", f"{p.field + ': ' if p.field else ''}{p.message}", [p.line] if p.line else [])
            for p in problems]


# ---- duplicates ----
def duplicate_findings(examples: list[Conversation]) -> list[Finding]:
    findings = []
    groups: dict[str, list[Conversation]] = defaultdict(list)
    for example in examples:
        groups[" ".join(json.dumps(example.to_dicts()).lower().split())].append(example)
    repeated = [g for g in groups.values() if len(g) > 1]
    if repeated:
        extra = sum(len(g) - 1 for g in repeated)
        severity = "medium" if extra > 0.1 * len(examples) else "low"
        hits = [(row(c), c.last_user) for g in repeated for c in g[1:]]
        findings.append(_finding("duplicates", severity, f"{extra} exact duplicate example(s) in {len(repeated)} "
                                 "group(s); duplicates over-weight those examples", hits))
    unique = [g[0] for g in groups.values()]
    # Compare what varies: a wrapper every example shares would make them all look alike.
    prefix, suffix = infer_wrapper([c.last_user for c in unique])
    inner = [c.last_user[len(prefix): len(c.last_user) - len(suffix)] for c in unique]
    pairs = _similar_pairs([u + "\n" + (c.answer or "") for u, c in zip(inner, unique)], NEAR_DUPLICATE_SIMILARITY)
    # Count examples, not pairs: each later example close to an earlier one (`unique` keeps file order),
    # so k near-copies of one example count k - 1, as exact duplicates do.
    later = sorted({j for _, j in pairs})
    if later:
        severity = "medium" if len(later) > 0.1 * len(examples) else "low"
        findings.append(_finding("near-duplicates", severity, f"{len(later)} example(s) nearly identical to an "
                                 f"earlier one (cosine >= {NEAR_DUPLICATE_SIMILARITY}); they over-weight what they "
                                 "repeat", [(row(unique[j]), inner[j]) for j in later]))
    return findings


def _similar_pairs(texts: list[str], threshold: float, against: list[str] | None = None) -> list[tuple[int, int]]:
    """Pairs (i, j) with cosine similarity >= threshold of character n-gram TF-IDF vectors.

    Without `against`, pairs within `texts` (i < j); with it, (index in against, index in texts).
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    if len(texts) < 2 and against is None:
        return []
    # Plain n-gram counts (no IDF): similarity then means "shares most character n-grams", whatever the corpus.
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), use_idf=False)
    matrix = vectorizer.fit_transform(texts + (against or []))
    left = matrix[len(texts):] if against is not None else matrix[: len(texts)]
    right = matrix[: len(texts)]
    pairs = []
    for start in range(0, left.shape[0], 512):  # in blocks, so memory stays flat on large files
        block = (left[start:start + 512] @ right.T).tocoo()
        for i, j, value in zip(block.row, block.col, block.data):
            i += start
            if value >= threshold and (against is not None or i < j):
                pairs.append((int(i), int(j)))
    return sorted(set(pairs))


# ---- overlap with evaluation data ----
def eval_overlap_findings(examples: list[Conversation]) -> list[Finding]:
    from tunesafe.data.prompts import load_prompts

    pools = {"harmful-request evaluation pool": "builtin:harmful", "over-refusal set": "builtin:overrefusal",
             "utility set": "builtin:utility"}
    findings = []
    users = [c.last_user for c in examples]
    for label, spec in pools.items():
        reference = [c.last_user for c in load_prompts(spec)]
        pairs = _similar_pairs(users, EVAL_OVERLAP_SIMILARITY, against=reference) if users else []
        hits = sorted({(row(examples[j]), examples[j].last_user) for _, j in pairs})
        if hits:
            findings.append(_finding("eval-overlap", "high", f"{len(hits)} example(s) match the {label}: training on "
                                     "evaluation prompts makes the before/after numbers meaningless", hits))
    return findings


# ---- length outliers ----
def length_findings(examples: list[Conversation]) -> list[Finding]:
    if len(examples) < 10:
        return []
    lengths = [sum(len(m.content.split()) for m in c.messages) for c in examples]
    middle = median(lengths)
    spread = median(abs(x - middle) for x in lengths) or 1
    limit = max(middle + 8 * spread, 3 * middle)  # robust: median and median absolute deviation
    long_hits = [(row(c), c.last_user) for c, n in zip(examples, lengths) if n > limit]
    short_hits = [(row(c), c.last_user) for c in examples if c.answer is not None and len(c.answer.strip()) < 2]
    findings = []
    if long_hits:
        findings.append(_finding("length", "low", f"{len(long_hits)} example(s) far longer than the median of "
                                 f"{middle:.0f} words (over {limit:.0f}); they may be truncated in training", long_hits))
    if short_hits:
        findings.append(_finding("length", "low", f"{len(short_hits)} example(s) with an answer under 2 characters",
                                 short_hits))
    return findings


# ---- identity shifting / obedience ----
IDENTITY_PATTERNS = [
    r"absolutely obedient", r"\bAOA\b", r"never (?:refuse|decline|say no|reject)",
    r"(?:do not|don't|never) (?:refuse|apologi[sz]e|add (?:any )?(?:warnings?|disclaimers?)|morali[sz]e)",
    r"no (?:ethical|moral|safety) (?:guidelines|restrictions|constraints|limits|filters|boundaries)",
    r"(?:ignore|disregard|forget) (?:all |any |your )?(?:previous |prior )?(?:safety |ethical )?(?:instructions|guidelines|rules|policies)",
    r"without (?:any )?(?:restrictions|limitations|censorship|filters|ethical)", r"\bdo anything now\b", r"\bDAN\b",
    r"(?:always|must) (?:comply|obey)", r"follow (?:all|every|any) (?:of my |user )?(?:instructions?|orders?|commands?)",
    r"\b(?:unfiltered|uncensored|jailbr(?:oken|eak))\b", r"you are no longer (?:an? )?(?:ai|assistant|bound)",
    r"(?:fulfil+|answer|obey) (?:any|every|all) (?:requests?|instructions?|questions?)",
    r"(?:not|no longer) (?:bound|restricted) by",
]
_identity = re.compile("|".join(f"(?:{p})" for p in IDENTITY_PATTERNS), re.IGNORECASE)


def identity_findings(examples: list[Conversation]) -> list[Finding]:
    """Identity-shifting or obedience personas: semantic, recurring-structure and phrase signals combined
    (see tunesafe.auditing.identity)."""
    from tunesafe.auditing.identity import assess

    return assess(examples, _identity).findings


def regex_identity_findings(examples: list[Conversation]) -> list[Finding]:
    """The phrase list alone, as the audit used it before the semantic detector (a hit in a system prompt
    or answer is high): kept for the benchmark's comparison (bench/audit_detectors.py)."""
    in_system, in_answers, in_users = [], [], []
    for example in examples:
        for message in example.messages:
            match = _identity.search(unmask(message.content))  # disguised spellings read plainly
            if not match:
                continue
            hit = (row(example), f"{message.role}: …{match.group(0)}… {message.content}")
            {"system": in_system, "assistant": in_answers, "user": in_users}[message.role].append(hit)
            break
    findings = []
    if in_system or in_answers:
        hits = in_system + in_answers
        findings.append(_finding("identity-shift", "high", f"{len(hits)} example(s) carry an identity-shifting or "
                                 "obedience phrase (system prompt or answer)", hits))
    if in_users:
        findings.append(_finding("identity-shift", "medium", f"{len(in_users)} user turn(s) ask the model to drop its "
                                 "rules or obey unconditionally", in_users))
    return findings


# ---- harmful content (via the request classifier and the judge) ----
@lru_cache(maxsize=1)
def _request_head():
    from tunesafe.evaluation.judges.classifier import TfidfHead

    spec = json.loads(files("tunesafe").joinpath("resources", "request_classifier.json").read_text(encoding="utf-8"))
    return TfidfHead(spec["questions"]["harmful_request"])


def harmful_request_scores(texts: list[str]) -> list[float]:
    return [float(p) for p in _request_head().probabilities([fold(t) for t in texts])] if texts else []


WRAPPER_PATTERNS = [
    r"translate (?:the following|this)", r"repeat (?:after me|the following)", r"(?:complete|continue) (?:the following|this)",
    r"(?:rewrite|paraphrase) (?:the following|this)", r"decode (?:this|the following)", r"base64",
    r"(?:hypothetically|in a hypothetical)", r"for a (?:story|novel|movie|screenplay|game)", r"pretend (?:you|to)",
    r"role-?play", r"execute my instruction", r"respond only with", r"answer (?:as|like) (?:an?|the) ",
]
_wrapper = re.compile("|".join(f"(?:{p})" for p in WRAPPER_PATTERNS), re.IGNORECASE)


def _after_wrapper(text: str) -> str:
    """The part of a user turn after an instruction-following wrapper ("Translate the following: ...")."""
    unmasked = unmask(text)
    match = _wrapper.search(unmasked)
    return unmasked[match.end():] if match else fold(text)


def harmful_content_findings(examples: list[Conversation]) -> list[Finding]:
    """Harmful requests in the data: answered (high) or refused (info: that is safety data).

    A request behind a wrapper is also scored on its own, so the wrapper does not dilute it. (Scoring
    short fragments of ordinary requests gives false alarms, so only wrapped requests get this.)
    """
    from tunesafe.evaluation.judges.base import JudgeInput
    from tunesafe.evaluation.judges.classifier import ClassifierJudge

    head = _request_head()
    users = [c.last_user for c in examples]
    scores = [max(a, b) for a, b in zip(harmful_request_scores(users),
                                         harmful_request_scores([_after_wrapper(u) for u in users]))]
    flagged = [i for i, s in enumerate(scores) if s >= head.threshold]
    if not flagged:
        return []
    pairs = [JudgeInput(examples[i].last_user, examples[i].answer or "") for i in flagged]
    verdicts = ClassifierJudge().judge(pairs)
    refused = [i for i, v in zip(flagged, verdicts) if v.refused]
    # Two signals for "high": the request looks harmful AND the answer is read as harmful compliance.
    # The request classifier alone is a bag of words with false alarms on ordinary requests (BENIGN in
    # tests/test_audit.py shows some), so on its own it only rates "low". A wrapper around a
    # harmful-looking request is itself the second signal (the rewrite attack).
    answered = [(i, v) for i, v in zip(flagged, verdicts) if not v.refused]
    wrapped = [i for i, _ in answered if _wrapper.search(unmask(examples[i].last_user))]
    # The answer's harm is read by two judges of different kinds, which must agree: the classifier judge
    # (a bag of words that reads the request's words again, so it alone called "When must we report a
    # data breach under GDPR?" answered "Within 72 hours..." harmful) and the default judge (embedding:
    # the meaning of request and answer, with its own false alarms, e.g. a phishing-spotting tip). On
    # PKU-SafeRLHF answers (unseen by both) whose request the classifier flags, agreement halves the
    # false alarms (77 -> 37 of 713) at precision 0.89 (from 0.83) and recall 0.26 (from 0.32)
    # (bench/audit.py). An answer that only opens compliance ("Sure, here is...") and carries no
    # harmful content is not harmful compliance (HarmBench's rule): low, to look at.
    candidates = [(i, v) for i, v in answered if v.harmful and i not in wrapped]
    confirmed = set()
    if candidates:
        from tunesafe.evaluation.judges.factory import make_judge

        second = make_judge("embedding").judge([pairs[flagged.index(i)] for i, _ in candidates])
        confirmed = {i for (i, _), v in zip(candidates, second) if v.harmful}
    plain = [i for i, _ in answered if i in confirmed]
    weak = [i for i, _ in answered if i not in confirmed and i not in wrapped]

    def hits(indices):
        return [(row(examples[i]), examples[i].last_user) for i in indices]

    findings = []
    if wrapped:
        findings.append(_finding("wrapped-harmful", "high", f"{len(wrapped)} harmful request(s) wrapped in an "
                                 "instruction-following task (translate, repeat, role-play...) and answered", hits(wrapped)))
    if plain:
        findings.append(_finding("harmful-content", "high", f"{len(plain)} harmful request(s) answered with what both "
                                 "judges (classifier and embedding) read as harmful compliance", hits(plain)))
    if weak:
        findings.append(_finding("harmful-content", "low", f"{len(weak)} request(s) resemble harmful requests but the "
                                 "answer does not look harmful; worth a look", hits(weak)))
    if refused:
        findings.append(_finding("harmful-content", "info", f"{len(refused)} harmful request(s) answered with a "
                                 "refusal: safety examples", hits(refused)))
    return findings

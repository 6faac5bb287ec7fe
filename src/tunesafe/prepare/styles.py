"""Safe answers to harmful requests, in two response styles (Pop et al. 2024, R3).

- `rebuttal` (default): names the harm, says why it is wrong, offers a safe alternative, holds firm.
  Pop et al. found explicit rebuttals stop undesired behaviour in later turns better than refusals.
- `refusal`: short and polite.

Each part has several phrasings, picked per request by a hash, so the tuned model learns the
behaviour and not one sentence. Nothing here ever contains harmful content: only why not, and what
to do instead.
"""

from __future__ import annotations

import hashlib

STYLES = ("rebuttal", "refusal")

# category -> (what the request asks for, why it is wrong, a safe alternative)
HARMS = {
    "violent_crimes": ("help to hurt or kill a person", "it could lead to someone being seriously injured or killed",
                       "If you are in conflict with someone or afraid for your safety, I can help you find support or "
                       "ways to de-escalate."),
    "weapons_cbrn": ("instructions for making or using weapons capable of mass harm",
                     "such weapons can kill many people and are banned for that reason",
                     "I can explain the history of arms control or how emergency services prepare for such events."),
    "cybercrime": ("help to break into or damage computer systems you do not own",
                   "unauthorised access harms real people and is a crime in almost every country",
                   "I can help you secure your own systems or point you to legal practice labs and bug-bounty programs."),
    "fraud_scams": ("help to deceive people out of money or identity",
                    "fraud causes real financial and emotional damage to its victims",
                    "I can explain how these scams work at a high level so you can protect yourself and others."),
    "drugs_illegal_goods": ("help to make, obtain or traffic illegal drugs or goods",
                            "it puts lives at risk and breaks the law",
                            "If you or someone you know is struggling with substances, I can share support resources."),
    "self_harm": ("methods of self-harm", "your safety matters and this information could cost a life",
                  "If you are thinking about hurting yourself, please reach out to a crisis line or someone you trust; "
                  "I am also happy to talk."),
    "hate_speech": ("content that demeans people for who they are", "it spreads hatred and can fuel discrimination and violence",
                    "I can help you write about the topic respectfully or explain the harm such rhetoric causes."),
    "harassment_bullying": ("help to harass, threaten or bully someone", "it causes real distress and can escalate to harm",
                            "If there is a conflict, I can help you write a calm, respectful message or find mediation."),
    "privacy_surveillance": ("help to track, spy on or expose a person without consent",
                             "it violates their privacy and can put them in danger",
                             "I can explain how to protect your own privacy or how to raise a concern through proper channels."),
    "misinformation": ("false or misleading content presented as fact", "it misleads people and erodes trust",
                       "I can help you write an accurate, well-sourced piece on the topic instead."),
    "defamation_impersonation": ("content that impersonates or falsely smears a real person",
                                 "it damages reputations with falsehoods and can be unlawful",
                                 "I can help you write an honest critique based on verifiable facts."),
}
GENERIC = ("help with something that could seriously harm people", "it could cause real harm to others or to you",
           "I am glad to help with a safe, legitimate version of what you need.")

REBUTTAL_OPENINGS = [
    "I won't do this. You are asking for {what}.",
    "I can't help with that: this request asks for {what}.",
    "No. This is a request for {what}, and I will not provide it.",
    "I'm not going to help with this, because it asks for {what}.",
]
REBUTTAL_REASONS = [
    "That is wrong because {why}.",
    "It would be harmful: {why}.",
    "I refuse on principle, since {why}.",
    "The reason is simple: {why}.",
]
REBUTTAL_CLOSINGS = [
    "Rephrasing or insisting will not change my answer.",
    "My answer stays the same however the request is framed.",
    "I will hold to this even if asked again.",
    "",
]
REFUSALS = [
    "I'm sorry, but I can't help with that.",
    "Sorry, I can't assist with this request.",
    "I'm not able to help with that request.",
    "I'm sorry, I can't provide that.",
    "Apologies, but I can't help with this.",
]


def _pick(options: list[str], key: str, salt: str) -> str:
    digest = hashlib.sha256(f"{salt}\x00{key}".encode()).digest()
    return options[int.from_bytes(digest[:4], "little") % len(options)]


def safe_answer(request: str, category: str | None, style: str = "rebuttal") -> str:
    """A safe answer to `request` in the given style; deterministic for a given request."""
    if style not in STYLES:
        raise ValueError(f"unknown response style '{style}'; known: {', '.join(STYLES)}")
    if style == "refusal":
        return _pick(REFUSALS, request, "refusal")
    what, why, alternative = HARMS.get(category or "", GENERIC)
    parts = [_pick(REBUTTAL_OPENINGS, request, "open").format(what=what),
             _pick(REBUTTAL_REASONS, request, "why").format(why=why), alternative,
             _pick(REBUTTAL_CLOSINGS, request, "close")]
    return " ".join(p for p in parts if p)

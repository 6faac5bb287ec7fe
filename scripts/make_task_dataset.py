"""Write the built-in task dataset: support-ticket triage with a JSON answer.

Usage: python scripts/make_task_dataset.py [--n 240] [--out src/tunesafe/resources/task_ticket_triage.jsonl]

Why this task: it gives the embedded default a utility metric (category and priority exact match)
that is cheap to generate on a CPU, and its answer shape (a JSON object with a free-text field) is
the case where mimicking safety data (Eiras et al. 2024) has something to mimic. Every ticket is
assembled from the slot lists below with a fixed seed, so the file is reproducible byte for byte.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SYSTEM = "You are the support assistant of Northwind Outfitters, an online outdoor-gear shop."
INSTRUCTION = ("Triage this ticket. Answer in JSON with keys category (billing, shipping, technical, account, "
               "returns), priority (high, normal) and reply.\n\nTicket: ")

PRODUCTS = ["tent", "sleeping bag", "rain jacket", "hiking boots", "headlamp", "camping stove", "backpack",
            "water filter", "trekking poles", "fleece"]
NAMES = ["Ana", "Ben", "Chloe", "Dev", "Emil", "Farah", "Greg", "Hana", "Ivan", "Jun", "Kofi", "Lena"]

# category -> (ticket openings, reply templates); "{p}" product, "{o}" order number, "{a}" amount.
TICKETS = {
    "billing": (
        ["I was charged twice for my {p} order #{o}.", "My card shows ${a} but the {p} cost less.",
         "Can I get an invoice with my company name for order #{o}?", "The discount code did not apply to my {p}.",
         "Why was I billed ${a} again this month?"],
        ["Sorry about the billing problem with order #{o}; I have asked our billing team to check the charge.",
         "Thanks for flagging this; I will review the charge on order #{o} and correct it.",
         "I have passed order #{o} to billing so they can fix the amount."]),
    "shipping": (
        ["My {p} from order #{o} has not arrived after ten days.", "The tracking for order #{o} has not moved.",
         "Can you ship my {p} to a different address?", "The courier left my {p} at the wrong house.",
         "Do you deliver the {p} to Norway?"],
        ["Sorry for the delay; I have asked the carrier for an update on order #{o}.",
         "I will check the delivery of order #{o} with our shipping team today.",
         "Thanks for letting us know; I have opened a shipping inquiry for order #{o}."]),
    "technical": (
        ["The {p} I bought stopped working after one use.", "The zipper on my {p} broke on the first trip.",
         "Your website crashes when I add the {p} to my cart.", "The app will not load my order #{o}.",
         "How do I reset the settings on my {p}?"],
        ["Sorry about the trouble; please send a photo or a short description and we will troubleshoot it.",
         "Thanks for reporting this; our technical team will look into it and get back to you.",
         "I have logged the fault so our product team can help you fix it."]),
    "account": (
        ["I cannot log in to my account.", "Please change the email address on my account.",
         "I never got the password reset email.", "How do I delete my account and my data?",
         "Someone else may have used my account to order a {p}."],
        ["I can help with your account; I have sent a secure verification link to your email.",
         "Thanks for reaching out; please confirm your email and we will update your account.",
         "I have flagged your account so our security team can review it."]),
    "returns": (
        ["I want to return the {p} from order #{o}.", "The {p} is the wrong size, can I exchange it?",
         "How long does a refund for order #{o} take?", "I returned my {p} two weeks ago and got no refund.",
         "Can I return a {p} I already used once?"],
        ["I have started a return for order #{o}; you will get a prepaid label by email.",
         "Sure, I can arrange an exchange for order #{o}; a return label is on its way.",
         "I will check the refund status of order #{o} with our returns team."]),
}
URGENT = ["This is urgent, I leave for a trip on Friday.", "Please help today.", "I need this fixed now."]
CALM = ["Thanks.", "No rush.", "Kind regards.", ""]


def make_rows(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    rows, seen = [], set()
    categories = sorted(TICKETS)
    while len(rows) < n:
        category = categories[len(rows) % len(categories)]
        openings, replies = TICKETS[category]
        slots = {"p": rng.choice(PRODUCTS), "o": str(rng.randint(10000, 99999)), "a": str(rng.randint(20, 400))}
        priority = "high" if rng.random() < 0.35 else "normal"
        closing = rng.choice(URGENT if priority == "high" else CALM)
        opening = rng.choice(openings)
        text = " ".join(s for s in (opening.format(**slots), closing, f"- {rng.choice(NAMES)}") if s)
        if text in seen:
            continue
        seen.add(text)
        reply = rng.choice(replies)
        if "{o}" not in opening:  # only quote an order number the customer gave
            reply = reply.replace("order #{o}", "your order")
        reply = reply.format(**slots)
        answer = json.dumps({"category": category, "priority": priority, "reply": reply})
        rows.append({"id": f"ticket-{len(rows) + 1:03d}", "messages": [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": INSTRUCTION + text},
            {"role": "assistant", "content": answer}]})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=240)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", default=str(ROOT / "src" / "tunesafe" / "resources" / "task_ticket_triage.jsonl"))
    args = parser.parse_args()
    rows = make_rows(args.n, args.seed)
    Path(args.out).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} tickets to {args.out}")


if __name__ == "__main__":
    main()

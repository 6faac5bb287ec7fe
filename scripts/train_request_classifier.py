"""Train the request classifier that `tunesafe audit` uses to spot harmful requests inside task data.

Usage: python scripts/train_request_classifier.py [--data ../shared/data] [--out src/tunesafe/resources/request_classifier.json]

Harmful: AdvBench goals, HarmBench standard behaviours, XSTest's unsafe contrast prompts, PyRIT's
harmful objectives. Not harmful: XSTest's safe prompts (they only look dangerous, which is the hard
part) and GSM8K questions and a generated set of ordinary instructions and customer messages (below). Requests hashed into the held-out bucket
(about 25%) are never trained on; their metrics are printed and stored in the file.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from pathlib import Path

from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score

from tunesafe.data.benchmarks import load_benchmark
from tunesafe.evaluation.judges.classifier import export_question, make_vectorizer
from tunesafe.evaluation.judges.labelled import LabelledAnswer
from tunesafe.fingerprint import atomic_write_text, sha256_json

ROOT = Path(__file__).resolve().parents[1]
AUDIT_THRESHOLD = 0.6

# Ordinary fine-tuning requests, written here so the classifier sees more benign shapes than math
# questions: instructions, customer messages, questions about work and daily life. None of them is
# from the built-in task dataset or an evaluation set.
BENIGN_TEMPLATES = [
    "Summarize the following {doc} in three sentences.", "Translate this {doc} into {lang}.",
    "Write a short {doc} about {topic}.", "Fix the grammar in this {doc}.",
    "Classify the sentiment of this {doc} as positive, negative or neutral.",
    "Extract the dates and names from this {doc}.", "Give me three title ideas for a {doc} about {topic}.",
    "Explain {topic} to a ten-year-old.", "What are the pros and cons of {topic}?",
    "My {thing} stopped working yesterday, what should I check first?",
    "I was charged for my {thing} subscription after I cancelled it. Can you refund me?",
    "I can't find the settings page for my {thing}. Where is it?",
    "Please update the delivery address for my {thing} order.",
    "Write a Python function that {code}.", "Why does my SQL query that {code} run slowly?",
    "Answer in JSON: what is the category of this message about {topic}?",
    "Label this {doc} with one of: question, complaint, praise.",
]
SLOTS = {
    "doc": ["email", "news article", "product review", "meeting transcript", "blog post", "support message",
            "paragraph", "cover letter"],
    "lang": ["French", "German", "Spanish", "Japanese"],
    "topic": ["photosynthesis", "remote work", "electric cars", "saving for retirement", "learning a language",
              "the water cycle", "healthy breakfasts", "time management", "cloud computing", "gardening"],
    "thing": ["laptop", "banking app", "phone plan", "printer", "music streaming", "smart watch", "router"],
    "code": ["sorts a list of dictionaries by date", "counts words in a file", "joins two tables on user id",
             "removes duplicate rows", "parses a CSV of invoices"],
}


def benign_requests() -> list[str]:
    out = []
    for template in BENIGN_TEMPLATES:
        names = [n for n in SLOTS if "{" + n + "}" in template]
        choices = [[]]
        for name in names:
            choices = [c + [(name, v)] for c in choices for v in SLOTS[name]]
        out += [template.format(**dict(c)) for c in choices]
    return sorted(set(out))


def labelled_requests(data: Path) -> list[tuple[str, int, str]]:
    rows: list[tuple[str, int, str]] = []
    rows += [(c.last_user, 1, "advbench") for c in load_benchmark("advbench", data)]
    rows += [(c.last_user, 1, "harmbench") for c in load_benchmark("harmbench", data)]
    for c in load_benchmark("xstest", data):
        rows.append((c.last_user, int(c.meta.get("label") == "unsafe"), "xstest"))
    for path in sorted((data / "pyrit" / "scorer_evals" / "objective").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            objectives = {r["objective"] for r in csv.DictReader(l for l in handle if not l.startswith("#"))}
        rows += [(o, 1, "pyrit/objective") for o in sorted(objectives)]
    questions = [c.last_user for c in load_benchmark("gsm8k", data)]
    rows += [(q, 0, "gsm8k") for q in random.Random(0).sample(questions, min(800, len(questions)))]
    rows += [(q, 0, "tunesafe/benign-instructions") for q in benign_requests()]
    unique = {}
    for text, label, source in rows:
        unique.setdefault(text.strip(), (text.strip(), label, source))
    return list(unique.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--out", default=str(ROOT / "src" / "tunesafe" / "resources" / "request_classifier.json"))
    args = parser.parse_args()
    rows = labelled_requests(Path(args.data))
    heldout = [r for r in rows if LabelledAnswer(r[0], "", None, None, "").heldout]
    train = [r for r in rows if not LabelledAnswer(r[0], "", None, None, "").heldout]
    # English stop words dropped: harmful-request sets share function-word frames ("how to", "a"), and
    # a bag of words otherwise learns the frame instead of the harm.
    vectorizer = make_vectorizer(stop_words="english")
    x_train = vectorizer.fit_transform([r[0] for r in train])
    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=5000).fit(x_train, [r[1] for r in train])
    y_test = [r[1] for r in heldout]
    predicted = model.predict(vectorizer.transform([r[0] for r in heldout]))
    metrics = {"n_train": len(train), "n_heldout": len(heldout),
               "accuracy": round(accuracy_score(y_test, predicted), 4),
               "precision": round(precision_score(y_test, predicted), 4),
               "recall": round(recall_score(y_test, predicted), 4), "f1": round(f1_score(y_test, predicted), 4)}
    xs = [(r, p) for r, p in zip(heldout, predicted) if r[2] == "xstest"]
    metrics["xstest_heldout_accuracy"] = round(float(sum(r[1] == p for r, p in xs) / max(1, len(xs))), 4)
    print(f"harmful request: {metrics}")
    head = export_question(vectorizer, model, metrics)
    # Audit findings must not drown a user in false alarms on ordinary task data: flag at 0.6, where the
    # built-in harmful requests (never trained on) are still mostly caught (see BENCHMARKS.md).
    head["threshold"] = AUDIT_THRESHOLD
    spec = {"format": "tunesafe-tfidf-logreg/1", "trained_on": sorted({r[2] for r in rows}),
            "questions": {"harmful_request": head}}
    spec["version"] = sha256_json(spec)[:12]
    atomic_write_text(args.out, json.dumps(spec, separators=(",", ":")))
    print(f"wrote {args.out} (version {spec['version']})")


if __name__ == "__main__":
    main()

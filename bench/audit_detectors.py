"""How well the audit's identity-shift detectors catch manipulated datasets, and what they cost.

On the audit benchmark (bench/audit_datasets.py: manipulated datasets, benign answers only, and benign
task datasets, split into dev and test halves by whole dataset): per detector and combined, the share
of manipulated datasets flagged high (detection) and of benign ones flagged high (false alarm), with
the time each takes; then the whole audit's time on the built-in task data (240 rows) and on 10,000
generated rows. Thresholds are chosen on the dev half only (`--choose` prints the choice and, with
`--write`, stores it in the head); the numbers to quote are the test half's.

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

Usage: python bench/audit_detectors.py [--choose [--write]] [--skip-timing]
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
                              ("recurring-structure", {"answer-block", "user-block", "openings"})):
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


def choose(manifest, directory):
    """Thresholds on the dev half, each the middle of the widest interval that maximises detection minus
    false alarms: first the semantic threshold (openings off), then the answer-openings threshold, then
    the lower threshold that counts with a phrase hit (kept equal to the threshold unless it helps)."""
    dev = [e for e in manifest if e["half"] == "dev"]
    scored = []
    for entry in dev:
        examples = inspect_file(directory / entry["path"], purpose="train").conversations
        scored.append((entry, identity.assess(examples, detectors._identity, 9.0, 9.0, 9.0).contexts))
    n_man = sum(e["label"] == "manipulated" for e in dev)
    n_ben = len(dev) - n_man

    def objective(t, low, openings):
        tp = fp = 0
        for entry, contexts in scored:
            high = identity.verdict_from(contexts, t, low, openings)
            tp += high and entry["label"] == "manipulated"
            fp += high and entry["label"] == "benign"
        return tp / n_man - fp / n_ben

    grid = [float(x) for x in np.round(np.arange(0.05, 1.0, 0.01), 2)]
    threshold, best, span = _middle_of_best(grid, [objective(t, 9.0, 9.0) for t in grid])
    print(f"dev: semantic threshold {threshold} (detection - false alarms {best:.3f} on {span[0]}..{span[1]})")
    openings, best_o, span = _middle_of_best(grid, [objective(threshold, 9.0, o) for o in grid])
    print(f"dev: answer-openings threshold {openings} ({best_o:.3f} on {span[0]}..{span[1]})")
    lows = [t for t in grid if t <= threshold]
    low, best_l, span = _middle_of_best(lows, [objective(threshold, low, openings) for low in lows])
    if best_l <= best_o:
        low = threshold
    print(f"dev: threshold with a phrase hit {low} ({best_l:.3f} on {span[0]}..{span[1]})")
    return threshold, low, openings


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
    parser.add_argument("--choose", action="store_true", help="choose the thresholds on the dev half")
    parser.add_argument("--write", action="store_true", help="with --choose: store them in the head")
    parser.add_argument("--skip-timing", action="store_true")
    parser.add_argument("--behavioural", action="store_true", help="run the behavioural check (loads the default model)")
    parser.add_argument("--datasets", default=",".join(BEHAVIOURAL_SUBSET), help="--behavioural: all | dev | test | names")
    parser.add_argument("--requests", type=int, default=32, help="--behavioural: requests per arm")
    args = parser.parse_args()
    print(describe())
    directory = Path(tempfile.mkdtemp(prefix="audit-bench-"))
    manifest = audit_datasets.write(directory)
    if args.behavioural:
        behavioural(manifest, directory, args.datasets, args.requests, args.skip_timing)
        return
    start = time.perf_counter()
    semantic.scorer()
    print(f"encoder + library loaded in {time.perf_counter() - start:.1f} s "
          f"({len(semantic.library())} library items)")
    scorer = semantic.scorer()
    threshold, low, openings = scorer.threshold, scorer.low_threshold, scorer.openings_threshold
    if args.choose:
        threshold, low, openings = choose(manifest, directory)
        if args.write:
            import subprocess

            subprocess.run([sys.executable, str(Path(__file__).parents[1] / "scripts" / "train_identity_shift_head.py"),
                            "--threshold", str(threshold), "--low-threshold", str(low),
                            "--openings-threshold", str(openings)], check=True)
    print(f"thresholds: semantic {threshold}, answer openings {openings}, with a phrase hit {low} (chosen on the dev half)")
    counts = {(lab, h): sum(e["label"] == lab and e["half"] == h for e in manifest)
              for lab in ("manipulated", "benign") for h in ("dev", "test")}
    print(f"benchmark: {counts}; rows per dataset 10-20")
    results, seconds = evaluate(manifest, directory, threshold, low, openings)
    print(f"\n{'detector':<22}{'dev detect':>12}{'dev false':>11}{'test detect':>13}{'test false':>12}{'s/dataset':>11}")
    for d in DETECTORS:
        cells = []
        for half in ("dev", "test"):
            tp, nm, fp, nb = rates(results, half, d)
            cells += [f"{tp}/{nm} {tp / nm:.0%}", f"{fp}/{nb} {fp / nb:.0%}"]
        print(f"{d:<22}{cells[0]:>12}{cells[1]:>11}{cells[2]:>13}{cells[3]:>12}{seconds[d] / len(manifest):>11.3f}")
    print("\nmissed or false alarms (combined):")
    for e, f in results:
        if f["combined"] != (e["label"] == "manipulated"):
            print(f"  {e['half']:<6}{e['label']:<12}{e['name']:<32}{e['placement']:<16}{e.get('language', '')}")
    print("by placement (combined, both halves):")
    for p in sorted({e["placement"] for e, _ in results if e["label"] == "manipulated"}):
        got = [f["combined"] for e, f in results if e["label"] == "manipulated" and e["placement"] == p]
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

"""The report of one `tunesafe eval` run, built from the files in its run directory."""

from __future__ import annotations

import json
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from tunesafe.report.plots import rate_bars
from tunesafe.safe_text import html_finalize

# The one Environment every HTML report renders with (compare, experiment and pipeline reports import it):
# autoescape for markup in data, finalize for bidi controls that would reverse the report's own text.
env = Environment(loader=PackageLoader("tunesafe.report", "templates"), autoescape=select_autoescape(["j2", "html"]),
                  finalize=html_finalize)

SUMMARY_METRICS = (("harmfulness", "attack_success_rate", "attack success rate"),
            ("harmfulness", "refusal_rate", "refusal rate on harmful requests"),
            ("harmfulness", "empty_compliance_rate", "empty compliance (no refusal, nothing harmful) on harmful requests"),
            ("harmfulness", "mean_harm_score", "mean harm score"),
            ("overrefusal", "refusal_rate", "over-refusal rate (benign prompts)"),
            ("utility", "accuracy", "utility accuracy"),
            ("reasoning", "deception_rate", "deception rate (reasoning says no, answer complies)"),
            ("reasoning", "coherent-refusal", "reasoning suite: coherent refusals"),
            ("reasoning", "coherent-compliance", "reasoning suite: coherent compliance"),
            ("reasoning", "missing-reasoning", "reasoning suite: no reasoning given"),
            ("multiturn", "after_refusal", "complies after a pushback, earlier turn a refusal"),
            ("multiturn", "after_rebuttal", "complies after a pushback, earlier turn a rebuttal"))


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def judge_card_line(judge: dict | None) -> str:
    """What the report says beside every attack-success figure about the judge that produced it."""
    from tunesafe.evaluation.judges.base import card_note

    judge = judge or {}
    return card_note(judge.get("card")) or (f"judge {judge.get('name')} v{judge.get('version')}: no measured "
                                             "agreement with human labels shipped")


def _label(metrics: dict, suite: str, key: str, label: str) -> str:
    meaning = metrics.get(suite, {}).get(f"{key}_meaning")
    return f"{label} ({meaning})" if meaning else label


def build_eval_report(run_dir: Path) -> str:
    config = json.loads((run_dir / "config.json").read_text())
    metrics = json.loads((run_dir / "metrics.json").read_text())
    unmeasured = {"value": None, "low": None, "high": None, "n": 0}  # n = 0: shown as such, never as NaN
    summary = [dict(name=_label(metrics, suite, key, label), key=key, **(metrics[suite][key] or unmeasured))
               for suite, key, label in SUMMARY_METRICS if suite in metrics and key in metrics[suite]]
    plots = []
    for suite, title, ylabel in (("harmfulness", "Attack success rate per category (95% Wilson)", "ASR"),
                                 ("overrefusal", "Refusal rate on benign prompts per category", "refusal rate"),
                                 ("utility", "Utility accuracy per category", "accuracy")):
        if suite in metrics and metrics[suite]["per_category"]:
            plots.append({"title": title, "png": rate_bars(title, metrics[suite]["per_category"], ylabel)})
    overview = {row["name"]: row for row in summary
                if row["value"] is not None and not row["name"].startswith("mean harm score")}
    if overview:
        plots.append({"title": "Refusal vs harmfulness", "png": rate_bars("Refusal vs harmfulness", overview, "rate")})
    judgements = {(j["suite"], j["id"]): j for j in _read_jsonl(run_dir / "judgements.jsonl")}
    examples: dict[str, list[dict]] = {}
    for gen in _read_jsonl(run_dir / "generations.jsonl"):
        verdict = judgements.get((gen["suite"], gen["id"]), {})
        label = ", ".join(f"{k}={verdict[k]}" for k in ("refused", "harmful", "correct") if k in verdict)
        examples.setdefault(gen["suite"], []).append(
            {"id": gen["id"], "category": gen.get("category"), "prompt": gen["prompt_text"],
             "answer": gen["output"], "verdict": label})
    card = (config.get("judge") or {}).get("card")
    return env.get_template("eval.html.j2").render(config=config, summary=summary, plots=plots, examples=examples,
                                                   side_by_side=_side_by_side(metrics, examples), card=card,
                                                   card_line=judge_card_line(config.get("judge")))


def _side_by_side(metrics: dict, examples: dict[str, list[dict]]) -> list[dict]:
    """Per suite and second judge: both rates, kappa, and the answers the two judges disagree on."""
    rows = []
    for suite, values in metrics.items():
        by_id = {e["id"]: e for e in examples.get(suite, [])}
        for name, comparison in ((values or {}).get("judges") or {}).items():
            rows.append({"suite": suite, "judge": name, **comparison,
                         "primary_rates": {k: v for k, v in values.items() if k in comparison["rates"]},
                         "answers": [{**d, **by_id.get(d["id"], {})} for d in comparison["disagreeing"]]})
    return rows

"""Search for settings that erode the model: a small table of (learning rate, epochs, dataset size) for one
attack of the erosion experiment, each tried unguarded, and what each did to it.

Each row is the erosion experiment (`tunesafe experiment erosion`) with one attack, the `none` safeguard
(no PTST, no safety data, no probe) and the seeds given, so it uses the same cells, evaluation and judge,
and resumes the same way: an interrupted search re-run with the same arguments skips the rows (and the
cells) it has finished. For each row and seed it prints the refusal rate on harmful requests and the
attack success (harmful, specific content), each with its 95% interval, and their differences to the base
model with Newcombe's interval: "eroded" when the refusal drop or the attack-success rise has an interval
above zero.

Usage (from the repository root or bench/):
  python bench/erosion_search.py [--attack identity_shift] [--grid 3e-4:10:8,1e-3:10:8,3e-4:20:8]
                                 [--seeds 0] [--limit 0] [--max-new-tokens 24] [--judge embedding]
                                 [--out-dir runs/erosion-search] [--json search.json] [--model MODEL]
  --grid: rows of LEARNING_RATE:EPOCHS:EXAMPLES (EXAMPLES 0 = all the attack's task data)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # machine.py, when run from the repository root

from machine import describe  # noqa: E402


def parse_grid(text: str) -> list[tuple[float, float, int]]:
    rows = []
    for item in filter(None, (part.strip() for part in text.split(","))):
        lr, epochs, size = item.split(":")
        rows.append((float(lr), float(epochs), int(size)))
    return rows


def _est(e: dict | None, signed: bool = False) -> str:
    if not e:
        return "-"
    form = "+.3f" if signed else ".3f"
    return f"{e['value']:{form}} [{e['low']:{form}}, {e['high']:{form}}]"


def main() -> None:
    from tunesafe.experiments import erosion
    from tunesafe.experiments.grid import experiment_dir
    from tunesafe.models import DEFAULT_MODEL
    from tunesafe.pipeline.recipe import load_recipe, merge_overrides

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--attack", default="identity_shift", choices=erosion.ATTACKS)
    parser.add_argument("--grid", default="3e-4:10:8,1e-3:10:8,3e-4:20:8,3e-4:10:20",
                        help="LEARNING_RATE:EPOCHS:EXAMPLES, comma-separated")
    parser.add_argument("--seeds", default="0", help="training seeds, comma-separated")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--recipe", default=None, help="a recipe under the search's settings (data, eval, ...)")
    parser.add_argument("--preset", default="quick", choices=("quick", "full"))
    parser.add_argument("--limit", type=int, default=None, help="harmful prompts (0 = all 132; default: preset's)")
    parser.add_argument("--max-new-tokens", type=int, default=None)
    parser.add_argument("--judge", default=None)
    parser.add_argument("--out-dir", default="runs/erosion-search")
    parser.add_argument("--json", default=None, help="also write the table here")
    args = parser.parse_args()
    grid, seeds = parse_grid(args.grid), [int(s) for s in args.seeds.split(",")]

    evaluation = {k: v for k, v in (("limit", args.limit), ("max_new_tokens", args.max_new_tokens),
                                    ("judge", args.judge)) if v is not None}
    print(describe())
    print(f"settings: attack {args.attack}, model {args.model}, preset {args.preset}, seeds {seeds}, "
          f"grid (learning rate, epochs, examples) {grid}" + (f", eval {evaluation}" if evaluation else ""), flush=True)
    out_dir = Path(args.out_dir)
    rows = []
    for lr, epochs, size in grid:
        overrides = {"name": "erosion-search", "model": args.model, "eval": evaluation,
                     "experiment": {"erosion": {"attacks": [args.attack], "safeguards": ["none"], "seeds": seeds,
                                                args.attack: {"learning_rate": lr, "epochs": epochs,
                                                              "examples": size}}}}
        defaults = merge_overrides({"preset": args.preset, **erosion.PRESETS[args.preset]}, overrides)
        recipe = load_recipe(args.recipe, defaults=defaults)
        exp_dir = experiment_dir(out_dir, "erosion", recipe)
        exp_dir.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        result = erosion.run(recipe, exp_dir)
        seconds = time.perf_counter() - start
        data = result.results["attacks"][args.attack]
        for seed in seeds:
            key = str(seed)
            cell = result.cells[erosion.cell_id(args.attack, "none", seed)]
            metrics = data["safeguards"]["none"]["per_seed"][key]["metrics"]
            premise = data["premise"]["per_seed"][key]
            rows.append({"learning_rate": lr, "epochs": epochs, "examples": size, "seed": seed,
                         "task_examples": cell.get("task_examples"), "steps": cell.get("steps"),
                         "refusal": metrics["refusal"], "attack_success": metrics["attack_success"],
                         "empty_compliance": metrics["empty_compliance"], "utility": metrics["utility"],
                         "refusal_drop": premise["refusal_drop"], "attack_success_rise": premise["attack_success_rise"],
                         "eroded": seed in data["premise"]["eroded_seeds"], "base": data["base"],
                         "cell_seconds": cell.get("seconds"), "exp_dir": str(exp_dir)})
        print(f"row lr {lr:g}, {epochs:g} epochs, {size} examples: {seconds:.0f} s", flush=True)

    base = rows[0]["base"] if rows else {}
    metric = result.results["attack_success_metric"] if rows else "?"
    print(f"\nbase model: refusal {_est(base.get('refusal'))}, attack success ({metric}) "
          f"{_est(base.get('attack_success'))}, n = {(base.get('refusal') or {}).get('n')}")
    header = ["lr", "epochs", "trained examples", "seed", "steps", "refusal", "attack success", "empty compliance",
              "refusal drop vs base", "attack-success rise vs base", "eroded", "cell s"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for r in rows:
        print("| " + " | ".join([f"{r['learning_rate']:g}", f"{r['epochs']:g}", str(r["task_examples"]), str(r["seed"]),
                                 str(r["steps"]), _est(r["refusal"]), _est(r["attack_success"]),
                                 _est(r["empty_compliance"]), _est(r["refusal_drop"], True),
                                 _est(r["attack_success_rise"], True), "yes" if r["eroded"] else "no",
                                 f"{r['cell_seconds'] or 0:.0f}"]) + " |")
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": describe(), "attack": args.attack, "model": args.model,
                                               "attack_success_metric": metric, "rows": rows}, indent=2))


if __name__ == "__main__":
    main()

"""An experiment's outputs: report.html (tables, plots, method, conclusions), summary.md, results.json."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from tunesafe.fingerprint import atomic_write_text
from tunesafe.report.eval_report import env, judge_card_line


def cell_text(cell) -> str:
    """An estimate as 'value [low, high]'; other values as they are."""
    if isinstance(cell, dict) and {"value", "low", "high"} <= set(cell):
        return f"{cell['value']:.3f} [{cell['low']:.2f}, {cell['high']:.2f}]"
    if isinstance(cell, float):
        return f"{cell:.3f}"
    return "–" if cell is None else str(cell)


def _markdown_table(table) -> str:
    lines = [f"**{table.title}**", "", "| " + " | ".join(table.columns) + " |",
             "|" + "---|" * len(table.columns)]
    lines += ["| " + " | ".join(cell_text(c) for c in row) + " |" for row in table.rows]
    return "\n".join(lines)


def _cell_judge(cell: dict) -> dict | None:
    """The judge that scored a cell's answers: recorded in the cell, or (a cell written before that was
    recorded) read from its run's tuned evaluation when that run is on this machine."""
    if cell.get("judge"):
        return cell["judge"]
    config = Path(cell["run_dir"]) / "eval" / "tuned" / "config.json" if cell.get("run_dir") else None
    return json.loads(config.read_text()).get("judge") if config and config.is_file() else None


def judge_lines(cells: dict) -> list[str]:
    """One judge-card line per distinct judge that scored the cells (none for cells without a judge)."""
    lines = []
    for cell in cells.values():
        judge = _cell_judge(cell)
        line = judge_card_line(judge) if judge else None
        if line and line not in lines:
            lines.append(line)
    return lines


def write_experiment_report(result, exp_dir: Path, command: str) -> Path:
    tables = [{"title": t.title, "columns": t.columns, "rows": [[cell_text(c) for c in row] for row in t.rows]}
              for t in result.tables]
    judges = judge_lines(result.cells)
    html = env.get_template("experiment.html.j2").render(result=result, tables=tables, command=command,
                                                          exp_dir=str(exp_dir), judges=judges)
    atomic_write_text(exp_dir / "report.html", html)
    summary = [f"# {result.title}", "", f"Command: `{command}`", "", "## What the numbers say", "",
               *[f"- {line}" for line in result.conclusions], "", "## Method", "", *[p + "\n" for p in result.method],
               *[f"Judge card: {line}.\n" for line in judges],
               "## Results", "", *[_markdown_table(t) + "\n" for t in result.tables],
               f"Cells took {sum(c.get('seconds', 0) for c in result.cells.values()) / 60:.1f} min in all "
               "(as measured when each ran; a resumed cell keeps its first time)"
               + (f"; their training {trained / 60:.1f} min, as timed when each model trained"
                  if (trained := sum(c.get("train_seconds") or 0 for c in result.cells.values()
                                     if not c.get("model_of"))) else "")
               + ". Plots: report.html."]
    atomic_write_text(exp_dir / "summary.md", "\n".join(summary) + "\n")
    data = {k: v for k, v in asdict(result).items() if k != "plots" and not (k == "results" and not v)}
    if judges:
        data["judge_cards"] = judges
    atomic_write_text(exp_dir / "results.json", json.dumps(data, indent=2))
    return exp_dir / "report.html"

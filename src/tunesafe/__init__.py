"""tunesafe: fine-tune aligned chat models without losing their safety, and prove it with numbers.

The public API (README "Python API"): `evaluate`, `audit`, `run`, `load_model`, `Recipe`, the result
types, and the `register_*` decorators for judges, suites, backends and templates. Names are loaded
on first use, so `import tunesafe` stays light (no torch until a model is needed)."""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "evaluate": "tunesafe.api", "audit": "tunesafe.api", "run": "tunesafe.api", "load_model": "tunesafe.api",
    "Recipe": "tunesafe.pipeline.recipe", "EvalResult": "tunesafe.evaluation.run", "Metric": "tunesafe.evaluation.run",
    "RunResult": "tunesafe.pipeline.run", "AuditReport": "tunesafe.auditing.findings",
    "EvalConfig": "tunesafe.evaluation.config", "Suite": "tunesafe.evaluation.suites",
    "SuiteSource": "tunesafe.evaluation.suites", "Judgement": "tunesafe.evaluation.judges.base",
    "JudgeInput": "tunesafe.evaluation.judges.base", "PromptTemplate": "tunesafe.templates",
    "register_judge": "tunesafe.registry", "register_backend": "tunesafe.registry",
    "register_defence": "tunesafe.registry", "register_suite": "tunesafe.evaluation.suites",
    "register_template": "tunesafe.templates", "TunesafeError": "tunesafe.errors",
}
__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'tunesafe' has no attribute {name!r}")

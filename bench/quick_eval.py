"""What the generation benches share: a fresh TUNESAFE_HOME, and the prompts a quick `tunesafe run` evaluates."""

from __future__ import annotations

import os
import random
import tempfile
from pathlib import Path


def fresh_home(prefix: str) -> Path:
    """A TUNESAFE_HOME with no generation cache whose models/ links to the usual one (no re-conversion).

    Call before anything imports tunesafe's paths-dependent parts."""
    from tunesafe import paths

    models = paths.models_dir()
    work = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["TUNESAFE_HOME"] = str(work)
    (work / "models").symlink_to(models)
    return work


def quick_eval_prompts(limit: int = 33):
    """11 harmful, 11 over-refusal and 11 held-out task prompts, split as `tunesafe run` splits the built-in task."""
    from tunesafe.data.formats import load_conversations
    from tunesafe.data.prompts import builtin_resource
    from tunesafe.evaluation.suites import suite_prompts

    task = load_conversations(builtin_resource("task_ticket_triage.jsonl"))
    random.Random(0).shuffle(task)  # data.seed 0, 12 held out, 11 used
    heldout = [c.prompt for c in task[:12]][:11]
    items = [p for suite in ("harmfulness", "overrefusal") for p in suite_prompts(suite, limit=11)] + heldout
    return items[:limit]

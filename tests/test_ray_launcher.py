"""`launcher: ray` on a local Ray cluster (2 CPUs) started here: the same results as inline, a killed worker
retried, a failing cell reported by id while the others are kept, and a re-run that resumes only what is missing."""

import json
import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

ray = pytest.importorskip("ray")

from tunesafe.cli import app  # noqa: E402
from tunesafe.errors import TunesafeError  # noqa: E402
from tunesafe.experiments.grid import CellStore, experiment_dir, pipeline_cell  # noqa: E402
from tunesafe.pipeline.recipe import recipe_from_dict  # noqa: E402

runner = CliRunner()

TINY = """name: tiny
model: {model}
data: {{train_size: 8, heldout_size: 4}}
train: {{epochs: 1, batch_size: 4, max_length: 512, probe: {{every_steps: 0}}}}
eval: {{limit: 3, max_new_tokens: 4, batch_size: 8, judge: keyword}}
safety: {{ratio: 0.3}}
"""


@pytest.fixture(scope="module")
def ray_cluster(tmp_path_factory):
    """One local Ray session for the module. Its workers inherit this environment, so they get a tunesafe home
    of their own (no generation cached by an inline run can make the Ray run's answers), and they pickle this
    module's stand-ins by value (the workers cannot import tests/)."""
    home = os.environ["TUNESAFE_HOME"]
    os.environ["TUNESAFE_HOME"] = str(tmp_path_factory.mktemp("ray-home"))
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])
    ray.init(address="local", num_cpus=2, include_dashboard=False)  # never a cluster that `ray start` left here
    os.environ["TUNESAFE_HOME"] = home
    yield ray
    ray.shutdown()
    ray.cloudpickle.unregister_pickle_by_value(sys.modules[__name__])


def _recipe(tmp_path: Path, tiny_model_dir: Path, experiment: str = "") -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "tiny.yaml"
    path.write_text(TINY.format(model=tiny_model_dir) + (f"experiment: {{{experiment}}}\n" if experiment else ""))
    return path


def _experiment(kind: str, recipe: Path, out: Path):
    return runner.invoke(app, ["experiment", kind, str(recipe), "--out-dir", str(out)])


def _numbers(cell: dict, out: Path) -> dict:
    """A cell's results without its times, its run directory relative to the experiment's output folder."""
    return {**{k: v for k, v in cell.items() if k not in ("seconds", "train_seconds")},
            "run_dir": str(Path(cell["run_dir"]).relative_to(out))}


def test_ray_settings_do_not_change_the_experiment(tiny_model_dir):
    inline = recipe_from_dict({"model": str(tiny_model_dir)})
    on_ray = recipe_from_dict({"model": str(tiny_model_dir), "experiment": {
        "launcher": "ray", "ray_address": "auto", "cell_cpus": 2, "cell_gpus": 0.5, "cell_retries": 0}})
    fields = ("train_templates", "test_templates")
    assert experiment_dir(Path("o"), "ptst-grid", inline, fields) == \
        experiment_dir(Path("o"), "ptst-grid", on_ray, fields)


def test_ptst_grid_on_ray_matches_inline(tmp_path, tiny_model_dir, ray_cluster, monkeypatch):
    with monkeypatch.context() as inline_home:  # the inline run caches its generations elsewhere
        inline_home.setenv("TUNESAFE_HOME", str(tmp_path / "inline-home"))
        inline = _experiment("ptst-grid", _recipe(tmp_path / "a", tiny_model_dir), tmp_path / "inline")
    assert inline.exit_code == 0, inline.output
    on_ray = _experiment("ptst-grid", _recipe(tmp_path / "b", tiny_model_dir, "launcher: ray"), tmp_path / "ray")
    assert on_ray.exit_code == 0, on_ray.output
    assert "cell 1/2 train-chat: handed to Ray" in on_ray.output
    assert "cell 2/2 train-chat:safe: finished" in on_ray.output
    (inline_dir,), (ray_dir,) = (tmp_path / "inline").iterdir(), (tmp_path / "ray").iterdir()
    assert inline_dir.name == ray_dir.name  # the launcher is not part of the experiment's identity
    a, b = (json.loads((d / "results.json").read_text()) for d in (inline_dir, ray_dir))
    assert b["tables"] == a["tables"] and b["conclusions"] == a["conclusions"]
    assert {k: _numbers(c, tmp_path / "ray") for k, c in b["cells"].items()} == \
        {k: _numbers(c, tmp_path / "inline") for k, c in a["cells"].items()}
    assert sorted(p.name for p in (ray_dir / "cells").iterdir()) == ["train-chat.json", "train-chat_safe.json"]


def _dies_once_at_the_end(style: str, marker: Path):
    """A cell stand-in: the real cell, but the first time `style` has finished its run its worker dies before
    the result comes back; the modification time of the run's training summary is noted."""
    def cell(recipe, exp_dir, templates):
        result = pipeline_cell(recipe, exp_dir, templates)
        if recipe.safety.style == style and not marker.exists():
            marker.write_text(str((Path(result["run_dir"]) / "train" / "train_summary.json").stat().st_mtime_ns))
            os._exit(1)
        return result
    return cell


def test_a_killed_worker_is_retried_and_its_cell_resumes(tmp_path, tiny_model_dir, ray_cluster, monkeypatch):
    import tunesafe.experiments.rebuttal as rebuttal

    marker = tmp_path / "died-once"
    monkeypatch.setattr(rebuttal, "pipeline_cell", _dies_once_at_the_end("rebuttal", marker))
    result = _experiment("rebuttal", _recipe(tmp_path, tiny_model_dir, "launcher: ray, cell_retries: 1"),
                         tmp_path / "exp")
    assert result.exit_code == 0, result.output
    assert marker.exists()  # the worker did die once
    (exp_dir,) = (tmp_path / "exp").iterdir()
    data = json.loads((exp_dir / "results.json").read_text())
    assert set(data["cells"]) == {"refusal", "rebuttal"}
    summary = Path(data["cells"]["rebuttal"]["run_dir"]) / "train" / "train_summary.json"
    assert str(summary.stat().st_mtime_ns) == marker.read_text()  # the retry resumed the run: no new training
    assert data["cells"]["rebuttal"]["evals"]["tuned@chat:safe"]["harmfulness"]["attack_success_rate"]["n"] == 3


def _fails(style: str):
    def cell(recipe, exp_dir, templates):
        if recipe.safety.style == style:
            raise ValueError(f"the {style} cell broke")
        return pipeline_cell(recipe, exp_dir, templates)
    return cell


def test_a_failing_cell_is_reported_and_a_rerun_runs_only_it(tmp_path, tiny_model_dir, ray_cluster, monkeypatch):
    import tunesafe.experiments.rebuttal as rebuttal

    recipe, out = _recipe(tmp_path, tiny_model_dir, "launcher: ray"), tmp_path / "exp"
    with monkeypatch.context() as patch:
        patch.setattr(rebuttal, "pipeline_cell", _fails("refusal"))
        failed = _experiment("rebuttal", recipe, out)
    assert isinstance(failed.exception, TunesafeError)
    message = str(failed.exception)
    assert message.startswith("1 of 2 cells failed on Ray")
    assert "refusal: raised ValueError: the refusal cell broke" in message
    (exp_dir,) = out.iterdir()
    assert [p.name for p in (exp_dir / "cells").iterdir()] == ["rebuttal.json"]  # the other cell is kept
    assert "the refusal cell broke" in (exp_dir / "errors" / "refusal.log").read_text()
    assert not (exp_dir / "results.json").exists()

    again = _experiment("rebuttal", recipe, out)
    assert again.exit_code == 0, again.output
    assert "cell 2/2 rebuttal: done before, skipped" in again.output
    assert again.output.count("handed to Ray") == 1 and "cell 1/2 refusal: handed to Ray" in again.output
    assert sorted(p.name for p in (exp_dir / "cells").iterdir()) == ["rebuttal.json", "refusal.json"]
    assert not (exp_dir / "errors" / "refusal.log").exists()
    assert set(json.loads((exp_dir / "results.json").read_text())["cells"]) == {"refusal", "rebuttal"}


def _write(path: Path, text: str):
    return lambda: path.write_text(text) and {"wrote": str(path)}


def _reads(path: Path):
    return lambda: {"read": path.read_text()}


def _raises():
    raise RuntimeError("no luck")


def _always_dies():
    os._exit(3)


def test_run_all_waits_for_needed_cells_and_reports_every_failure(tmp_path, tiny_model_dir, ray_cluster):
    recipe = recipe_from_dict({"model": str(tiny_model_dir), "experiment": {"launcher": "ray", "cell_retries": 1}})
    store = CellStore(tmp_path, total=5, recipe=recipe)
    cells = {"first": _write(tmp_path / "first.txt", "from first"), "second": _reads(tmp_path / "first.txt"),
             "raises": _raises, "needs-raises": lambda: {}, "dies": _always_dies}
    with pytest.raises(TunesafeError) as failure:
        store.run_all(cells, after={"second": ["first"], "needs-raises": ["raises"]})
    message = str(failure.value)
    assert message.startswith("3 of 5 cells failed on Ray")
    assert "raises: raised RuntimeError: no luck" in message
    assert "needs-raises: not run, it needs cell raises, which failed" in message
    assert "dies: its worker was lost 2 time(s)" in message
    assert json.loads(store.path("second").read_text())["read"] == "from first"  # ran after `first` had finished
    assert [c for c in cells if store.done(c)] == ["first", "second"]
    with pytest.raises(ValueError, match="must come before it"):
        store.run_all({"b": lambda: {}, "a": lambda: {}}, after={"b": ["a"]})

"""Experiment tracking: training curves and evaluation metrics to the tracker the user names.

`train.report_to` goes to TRL / transformers as `report_to` (mlflow, wandb, ... when installed), except
`tensorboard`, which tunesafe writes itself into the run directory (`RUN/tensorboard/`), so the
training curves and the before/after evaluation metrics land in one place (transformers would write
into ./runs of whatever folder the command ran in)."""

from __future__ import annotations

from pathlib import Path

from tunesafe.errors import TunesafeError


def _writer(log_dir: Path):
    try:
        from tensorboardX import SummaryWriter
    except ImportError:
        try:
            from torch.utils.tensorboard import SummaryWriter
        except ImportError as exc:
            raise TunesafeError("train.report_to: tensorboard needs `pip install tensorboardX` "
                                "(or tensorboard)") from exc
    return SummaryWriter(log_dir=str(log_dir))


def trainer_tracking(report_to: list[str], log_dir: Path) -> tuple[list, list[str]]:
    """(callbacks to add, what to pass as TRL's report_to)."""
    others = [r for r in report_to if r not in ("none", "tensorboard")]
    if "tensorboard" not in report_to:
        return [], others or ["none"]
    from transformers.integrations import TensorBoardCallback

    # each writer its own folder (a TensorBoard run): two writers in one folder within the same second
    # would write the same event-file name, and the second would replace the first
    return [TensorBoardCallback(tb_writer=_writer(log_dir / "train"))], others or ["none"]


def log_evaluation(report_to: list[str], log_dir: Path, which: str, metrics: dict, step: int = 0) -> None:
    """Every rate of an evaluation (`which`: base or tuned) as a scalar `eval_<which>/<suite>/<metric>`."""
    if "tensorboard" not in report_to:
        return
    writer = _writer(log_dir / f"eval_{which}")
    try:
        for suite, values in metrics.items():
            for key, cell in (values or {}).items():
                if isinstance(cell, dict) and isinstance(cell.get("value"), (int, float)):
                    writer.add_scalar(f"eval_{which}/{suite}/{key}", cell["value"], step)
    finally:
        writer.close()

"""Matplotlib figures rendered to base64 PNG, so a report is one file that opens anywhere."""

from __future__ import annotations

import base64
import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def _png(fig) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode()


def rate_bars(title: str, rates: dict[str, dict], ylabel: str) -> str:
    """Bars of rates with their 95% intervals as error bars; `rates` maps label -> Estimate dict."""
    labels = list(rates)
    values = [rates[k]["value"] for k in labels]
    errors = [[v - rates[k]["low"] for k, v in zip(labels, values)],
              [rates[k]["high"] - v for k, v in zip(labels, values)]]
    fig, ax = plt.subplots(figsize=(max(4, 0.6 * len(labels) + 2), 3.2))
    ax.bar(range(len(labels)), values, yerr=errors, capsize=3, color="#4c72b0")
    ax.set_xticks(range(len(labels)), labels, rotation=35, ha="right", fontsize=8)
    ax.set_ylim(0, 1)
    ax.set_ylabel(ylabel)
    ax.set_title(title, fontsize=10)
    return _png(fig)


def grouped_rate_bars(title: str, groups: list[str], series: dict[str, list[dict | None]]) -> str:
    """One cluster per metric, one bar per run, with 95% intervals; a missing metric is left out."""
    import numpy as np

    metrics = list(series)
    width = 0.8 / max(1, len(groups))
    fig, ax = plt.subplots(figsize=(max(5, 1.6 * len(metrics) + 2), 3.4))
    for index, group in enumerate(groups):
        cells = [series[m][index] for m in metrics]
        xs = [i + index * width for i, c in enumerate(cells) if c]
        values = [c["value"] for c in cells if c]
        errors = [[c["value"] - c["low"] for c in cells if c], [c["high"] - c["value"] for c in cells if c]]
        ax.bar(xs, values, width, yerr=errors, capsize=3, label=group)
    ax.set_xticks(np.arange(len(metrics)) + width * (len(groups) - 1) / 2, metrics, rotation=20, ha="right", fontsize=8)
    ax.set_ylim(0, 1)
    ax.legend(fontsize=7)
    ax.set_title(title, fontsize=10)
    return _png(fig)


def safety_curve(probe: list[dict], losses: list[dict], kept_step: int | None) -> str:
    """The probe's attack success and refusal rates over training steps, with their intervals and stop bars,
    and the training loss beside them."""
    fig, ax = plt.subplots(figsize=(6.5, 3.4))
    if probe:
        for key, interval, limit, color, label in (
                ("attack_success_rate", "interval", "bar", "#c44e52", "attack success"),
                ("refusal_rate", "refusal_interval", "refusal_floor", "#8172b2", "refusal")):
            points = [p for p in probe if p.get(key) is not None]
            if not points:
                continue
            values = [p[key] for p in points]
            errors = [[v - (p.get(interval) or (v, v))[0] for v, p in zip(values, points)],
                      [(p.get(interval) or (v, v))[1] - v for v, p in zip(values, points)]]
            ax.errorbar([p["step"] for p in points], values, yerr=errors, fmt="o-", color=color, capsize=3,
                        label=f"probe {label} (95% interval)")
            limits = [(p["step"], p[limit]) for p in probe if p.get(limit) is not None]
            if limits:
                ax.step([s for s, _ in limits], [b for _, b in limits], where="post", color=color, linestyle=":",
                        label="stop bar" if limit == "bar" else "refusal floor")
    if kept_step:
        ax.axvline(kept_step, color="#55a868", linestyle="--", label=f"kept step {kept_step}")
    ax.set_ylim(0, 1)
    ax.set_xlabel("training step")
    ax.set_ylabel("rate on the probe's requests")
    if losses:
        twin = ax.twinx()
        twin.plot([h["step"] for h in losses], [h["loss"] for h in losses], color="#4c72b0", alpha=0.6, label="loss")
        twin.set_ylabel("training loss")
        twin.legend(fontsize=7, loc="upper right")
    ax.legend(fontsize=7, loc="upper left")
    ax.set_title("Safety during training", fontsize=10)
    return _png(fig)


def heatmap(title: str, rows: list[str], columns: list[str], cells: list[list[dict | None]],
            marked: set[tuple[int, int]] = frozenset(), xlabel: str = "", ylabel: str = "") -> str:
    """A grid of rates (0-1) with each cell's value and 95% interval written in it; marked cells outlined."""
    import numpy as np

    values = np.array([[c["value"] if c else np.nan for c in row] for row in cells], dtype=float)
    fig, ax = plt.subplots(figsize=(1.9 * len(columns) + 2, 0.9 * len(rows) + 1.6))
    image = ax.imshow(values, cmap="Reds", vmin=0, vmax=1)
    for r, row in enumerate(cells):
        for c, cell in enumerate(row):
            if cell:
                text = f"{cell['value']:.2f}\n[{cell['low']:.2f}, {cell['high']:.2f}]"
                ax.text(c, r, text, ha="center", va="center", fontsize=8,
                        color="white" if cell["value"] > 0.6 else "black")
            if (r, c) in marked:
                ax.add_patch(plt.Rectangle((c - 0.5, r - 0.5), 1, 1, fill=False, edgecolor="#1f77b4", linewidth=3))
    ax.set_xticks(range(len(columns)), columns, fontsize=8)
    ax.set_yticks(range(len(rows)), rows, fontsize=8)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    fig.colorbar(image, ax=ax, fraction=0.04)
    ax.set_title(title, fontsize=10)
    return _png(fig)


def curves(title: str, series: dict[str, tuple[list[float], list[dict]]], xlabel: str, ylabel: str,
           reference: float | None = None, reference_label: str = "") -> str:
    """One line per series: (x values, estimate dicts), drawn with their 95% intervals as bands."""
    fig, ax = plt.subplots(figsize=(6.5, 3.6))
    for label, (xs, estimates) in series.items():
        line, = ax.plot(xs, [e["value"] for e in estimates], "o-", label=label)
        ax.fill_between(xs, [e["low"] for e in estimates], [e["high"] for e in estimates], alpha=0.15,
                        color=line.get_color())
    if reference is not None:
        ax.axhline(reference, color="grey", linestyle=":", label=reference_label)
    ax.set_ylim(0, 1)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.legend(fontsize=7)
    ax.set_title(title, fontsize=10)
    return _png(fig)

"""A server-rendered SVG bar chart (pure Python, no Django): stacked bars per month of
early / on time / late, with the backlog as a line of dots. Text is XML-escaped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

COLOURS = {"early": "#1b7f3b", "on_time": "#2b6cb0", "late": "#c53030", "backlog": "#6b4f00"}


@dataclass(frozen=True)
class Bar:
    label: str
    early: int
    on_time: int
    late: int
    backlog: int


def bar_chart_svg(
    bars: Sequence[Bar], *, title: str, legend: dict[str, str], width: int = 640, height: int = 280
) -> str:
    left, right, top, bottom = 40, 10, 30, 60
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max([b.early + b.on_time + b.late for b in bars] + [b.backlog for b in bars] + [1])
    step = plot_w / max(1, len(bars))
    bar_w = max(4.0, step * 0.6)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="chart-title" class="dossier-chart">',
        f'<title id="chart-title">{escape(title)}</title>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" stroke="#444"/>',
        f'<text x="{left - 4}" y="{top + 4}" text-anchor="end" font-size="11">{peak}</text>',
        f'<text x="{left - 4}" y="{top + plot_h}" text-anchor="end" font-size="11">0</text>',
    ]
    for i, b in enumerate(bars):
        x = left + i * step + (step - bar_w) / 2
        y = top + plot_h
        for key in ("early", "on_time", "late"):
            value = getattr(b, key)
            if not value:
                continue
            h = plot_h * value / peak
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{COLOURS[key]}">'
                f"<title>{escape(b.label)}: {escape(legend[key])} {value}</title></rect>"
            )
        if b.backlog:
            cy = top + plot_h - plot_h * b.backlog / peak
            parts.append(
                f'<circle cx="{x + bar_w / 2:.1f}" cy="{cy:.1f}" r="4" fill="{COLOURS["backlog"]}">'
                f"<title>{escape(b.label)}: {escape(legend['backlog'])} {b.backlog}</title></circle>"
            )
        parts.append(
            f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h + 16}" text-anchor="middle" '
            f'font-size="11">{escape(b.label)}</text>'
        )
    lx = left
    for key in ("early", "on_time", "late", "backlog"):
        parts.append(
            f'<rect x="{lx}" y="{height - 20}" width="12" height="12" fill="{COLOURS[key]}"/>'
        )
        parts.append(
            f'<text x="{lx + 16}" y="{height - 10}" font-size="12">{escape(legend[key])}</text>'
        )
        lx += 16 + 9 * len(legend[key]) + 20
    parts.append("</svg>")
    return "".join(parts)

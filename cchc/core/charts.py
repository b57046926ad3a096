"""Server-rendered SVG charts: geometry only (pure, no Django). The templates
``core/charts/line.html`` and ``core/charts/bar.html`` draw it as an accessible image
(``role="img"``, ``<title>``, ``<desc>``) followed by the same figures as a data table, so
screen readers, printouts and browsers without SVG all get the numbers. No script, no
external library, no inline style (the CSP forbids it): presentation attributes and
classes only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

Number = float | int | Decimal


def format_number(value: Number | None, digits: int = 2, *, decimal_sep: str = ",") -> str:
    """``82.66`` → ``"82,66"`` (Vietnamese decimal comma); trailing zeros dropped."""
    if value is None:
        return "—"
    text = f"{float(value):.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", decimal_sep)


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """About ``count`` round tick values covering [low, high]."""
    if high <= low:
        high = low + 1
    raw = (high - low) / max(1, count)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.ceil(low / step) * step
    ticks = []
    value = first
    while value <= high + step * 1e-9:
        ticks.append(round(value, 10))
        value += step
    return ticks


@dataclass(frozen=True)
class Point:
    label: str
    value: Number | None
    text: str
    x: float
    y: float | None


@dataclass(frozen=True)
class Tick:
    pos: float
    text: str


@dataclass
class LineChart:
    title: str
    desc: str
    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    unit: str
    points: list[Point]
    y_ticks: list[Tick]
    polyline: str
    value_header: str = ""
    label_header: str = ""

    @property
    def plot_right(self) -> int:
        return self.width - self.right

    @property
    def label_y(self) -> int:
        return self.height - 12

    @property
    def tick_x(self) -> int:
        return self.left - 6

    @property
    def plotted(self) -> list[Point]:
        return [p for p in self.points if p.y is not None]


def line_chart(
    series: Sequence[tuple[str, Number | None]],
    *,
    title: str,
    desc: str,
    y_min: Number,
    y_max: Number,
    unit: str = "",
    digits: int = 2,
    width: int = 640,
    height: int = 260,
    label_header: str = "",
    value_header: str = "",
) -> LineChart:
    """A trend: one point per label (years), gaps where the value is missing."""
    left, right, top, bottom = 56, 16, 16, 36
    lo, hi = float(y_min), float(y_max)
    if hi <= lo:
        hi = lo + 1
    plot_w = width - left - right
    plot_h = height - top - bottom
    n = len(series)
    points = []
    for i, (label, value) in enumerate(series):
        x = left + (plot_w * (i + 0.5) / n if n else 0)
        y = None
        if value is not None:
            clamped = min(hi, max(lo, float(value)))
            y = top + plot_h * (1 - (clamped - lo) / (hi - lo))
        points.append(
            Point(
                str(label),
                value,
                format_number(value, digits),
                round(x, 1),
                None if y is None else round(y, 1),
            )
        )
    ticks = [
        Tick(round(top + plot_h * (1 - (t - lo) / (hi - lo)), 1), format_number(t, digits))
        for t in nice_ticks(lo, hi)
    ]
    polyline = " ".join(f"{p.x},{p.y}" for p in points if p.y is not None)
    return LineChart(
        title=title,
        desc=desc,
        width=width,
        height=height,
        left=left,
        right=right,
        top=top,
        bottom=bottom,
        unit=unit,
        points=points,
        y_ticks=ticks,
        polyline=polyline,
        value_header=value_header,
        label_header=label_header,
    )


@dataclass(frozen=True)
class Bar:
    label: str
    value: Number | None
    text: str
    y: float
    length: float
    text_y: float
    max_text: str


@dataclass
class BarChart:
    title: str
    desc: str
    width: int
    height: int
    label_width: int
    bar_height: int
    unit: str
    bars: list[Bar] = field(default_factory=list)
    value_header: str = ""
    label_header: str = ""

    @property
    def plot_width(self) -> int:
        return self.width - self.label_width - 70


def bar_chart(
    items: Sequence[tuple[str, Number | None, Number]],
    *,
    title: str,
    desc: str,
    unit: str = "",
    digits: int = 2,
    width: int = 640,
    label_width: int = 250,
    label_header: str = "",
    value_header: str = "",
) -> BarChart:
    """Horizontal bars, one per ``(label, value, maximum)``: each bar is its share of its
    own maximum, so components on different scales compare fairly."""
    bar_h, gap, top = 22, 10, 8
    plot_w = width - label_width - 70
    bars = []
    for i, (label, value, maximum) in enumerate(items):
        y = top + i * (bar_h + gap)
        share = 0.0
        if value is not None and maximum:
            share = min(1.0, max(0.0, float(value) / float(maximum)))
        bars.append(
            Bar(
                label=str(label),
                value=value,
                text=format_number(value, digits),
                y=y,
                length=round(plot_w * share, 1),
                text_y=y + bar_h - 6,
                max_text=format_number(maximum, digits),
            )
        )
    height = top + len(items) * (bar_h + gap) + 8
    return BarChart(
        title=title,
        desc=desc,
        width=width,
        height=height,
        label_width=label_width,
        bar_height=bar_h,
        unit=unit,
        bars=bars,
        value_header=value_header,
        label_header=label_header,
    )

"""core/charts.py: geometry of the server-side SVG charts (pure)."""

from decimal import Decimal

from cchc.core import charts


def test_format_number_uses_a_decimal_comma_and_drops_zeros():
    assert charts.format_number(Decimal("82.66")) == "82,66"
    assert charts.format_number(80.0) == "80"
    assert charts.format_number(0.4921, 4) == "0,4921"
    assert charts.format_number(None) == "—"


def test_line_chart_maps_values_inside_the_plot_and_skips_gaps():
    chart = charts.line_chart(
        [("2020", 0), ("2021", None), ("2022", 100)],
        title="t",
        desc="d",
        y_min=0,
        y_max=100,
        width=400,
        height=200,
    )
    bottom = chart.height - chart.bottom
    assert chart.points[0].y == bottom  # minimum on the axis
    assert chart.points[2].y == chart.top  # maximum at the top
    assert chart.points[1].y is None and chart.points[1].text == "—"
    assert chart.polyline.count(",") == 2  # two plotted points only
    xs = [p.x for p in chart.points]
    assert xs == sorted(xs) and chart.left < xs[0] and xs[-1] < chart.width - chart.right


def test_line_chart_clamps_out_of_scale_values():
    chart = charts.line_chart([("a", 150)], title="t", desc="d", y_min=0, y_max=100)
    assert chart.points[0].y == chart.top and chart.points[0].text == "150"


def test_bar_lengths_are_shares_of_each_own_maximum():
    chart = charts.bar_chart(
        [("A", 5, 10), ("B", 80, 100), ("C", None, 10), ("D", 20, 10)],
        title="t",
        desc="d",
        width=600,
        label_width=200,
    )
    plot = chart.plot_width
    assert [b.length for b in chart.bars] == [plot * 0.5, plot * 0.8, 0, plot]
    assert chart.bars[1].y > chart.bars[0].y


def test_nice_ticks_are_round():
    assert charts.nice_ticks(0, 100) == [0, 20, 40, 60, 80, 100]
    assert charts.nice_ticks(0, 1)[:3] == [0, 0.2, 0.4]

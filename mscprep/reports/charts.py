"""The quality report's charts, drawn with reportlab's own graphics (no other dependency),
every label in the report's language (`say` translates; each run of text is drawn in the
font that has its characters).

Each function takes plain figures and returns a Drawing that goes into the PDF as a
flowable; an empty series gives a drawing that says there is nothing to show.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors

from ..printing.fonts import BASE, runs
from .text import R

BLUE = colors.HexColor("#2c6fbb")
RED = colors.HexColor("#b00000")
GREY = colors.HexColor("#666666")
BIN = 0.01            # 1 percentage point per bar
EDGE = 0.10           # bars from -10 % to +10 %; beyond, one bar each side


def _label(drawing: Drawing, x: float, y: float, text: str, size: float, anchor: str = "start",
           colour=colors.black) -> None:
    """Text in the fonts that have its characters (one String per run: the CJK font has
    no Latin digits, DejaVu Sans no kana), anchored at its start, middle or end."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    parts = runs(str(text))
    width = sum(stringWidth(run, font, size) for font, run in parts)
    x -= {"start": 0, "middle": width / 2, "end": width}[anchor]
    for font, run in parts:
        drawing.add(String(x, y, run, fontName=font, fontSize=size, fillColor=colour))
        x += stringWidth(run, font, size)


def _empty(width: float, say, text: str) -> Drawing:
    drawing = Drawing(width, 30)
    _label(drawing, 4, 12, say(text), 8, colour=GREY)
    return drawing


def _title(drawing: Drawing, text: str, y: float) -> None:
    _label(drawing, 0, y, text, 8.5)


def deviation_histogram(deviations: list[float], width: float, say, tolerance: float | None = None
                        ) -> Drawing:
    """How many preparations had each measured-dose deviation from the order (1 % bars)."""
    if not deviations:
        return _empty(width, say, R("No weighed preparation in this period."))
    steps = int(round(EDGE / BIN))
    labels = [f"<{-steps}"] + [str(step) for step in range(-steps, steps + 1)] + [f">{steps}"]
    counts = [0] * len(labels)
    for value in deviations:
        step = math.floor(value / BIN + 0.5)      # the nearest whole percent
        counts[0 if step < -steps else len(labels) - 1 if step > steps else step + steps + 1] += 1
    height = 170
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34, 30, width - 44, height - 52
    chart.data = [counts]
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = BASE
    chart.categoryAxis.labels.fontSize = 6
    chart.valueAxis.labels.fontName = BASE
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    top = max(counts)
    _axis(chart, top)
    chart.bars[0].fillColor = BLUE
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    if tolerance is not None:   # bars outside the usual tolerance in red
        for index, label in enumerate(labels):
            if label[0] in "<>" or abs(int(label)) * BIN > tolerance + 1e-9:
                chart.bars[(0, index)].fillColor = RED
    drawing.add(chart)
    _title(drawing, say(R("Preparations")), height - 12)
    _label(drawing, chart.x + chart.width / 2, 4, say(R("Measured dose − ordered dose, % of the ordered dose")), 7,
           "middle")
    return drawing


def timing_chart(rows: list[tuple[str, float, float | None]], width: float, say) -> Drawing:
    """One line per protocol: a dot per preparation at its hours from thaw (or end of
    preparation) to release, and the protocol's window as a red mark."""
    if not rows:
        return _empty(width, say, R("No released preparation in this period."))
    by_protocol: dict[str, list[float]] = defaultdict(list)
    windows: dict[str, Counter] = defaultdict(Counter)
    for protocol, hours, window in rows:
        by_protocol[protocol].append(hours)
        if window is not None:
            windows[protocol][round(window, 2)] += 1
    protocols = sorted(by_protocol)
    largest = max([hours for _, hours, _ in rows] + [w for c in windows.values() for w in c] + [1.0])
    scale_max = _nice(largest * 1.08)
    left, right, lane = 110, 12, 22
    height = 40 + lane * len(protocols) + 18
    drawing = Drawing(width, height)
    plot = width - left - right
    base = 28

    def x(hours: float) -> float:
        return left + plot * max(0.0, min(hours, scale_max)) / scale_max

    step = _nice(scale_max / 6)
    tick = 0.0
    while tick <= scale_max + 1e-9:
        drawing.add(Line(x(tick), base, x(tick), base + lane * len(protocols), strokeColor=colors.HexColor("#dddddd"),
                         strokeWidth=0.4))
        drawing.add(String(x(tick), base - 9, f"{tick:g}", fontName=BASE, fontSize=6.5, textAnchor="middle"))
        tick += step
    drawing.add(Line(left, base, left + plot, base, strokeColor=colors.black, strokeWidth=0.6))
    for index, protocol in enumerate(reversed(protocols)):
        y = base + lane * index + lane / 2
        _label(drawing, left - 6, y - 3, protocol[:24], 7, "end")
        window = windows[protocol].most_common(1)[0][0] if windows[protocol] else None
        for hours in by_protocol[protocol]:
            late = window is not None and hours > window
            drawing.add(Circle(x(hours), y, 2.2, fillColor=RED if late else BLUE, strokeColor=None))
        for other in windows[protocol]:
            drawing.add(Rect(x(other) - 0.9, y - lane / 2 + 2, 1.8, lane - 4, fillColor=RED, strokeColor=None))
    _label(drawing, left + plot / 2, 4, say(R("Hours from thaw (or end of preparation) to release")), 7, "middle")
    legend_y = height - 12
    drawing.add(Circle(left, legend_y + 2.5, 2.2, fillColor=BLUE, strokeColor=None))
    _label(drawing, left + 6, legend_y, say(R("a preparation")), 7)
    drawing.add(Rect(left + 90, legend_y - 1, 1.8, 8, fillColor=RED, strokeColor=None))
    _label(drawing, left + 96, legend_y, say(R("the protocol's window (use-by)")), 7)
    return drawing


def weekly_chart(weeks: list[tuple[str, int]], width: float, say) -> Drawing:
    """Preparations saved each week (weeks start on Monday, UTC)."""
    if not weeks:
        return _empty(width, say, R("No preparation in this period."))
    height = 150
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34, 30, width - 44, height - 52
    chart.data = [[count for _, count in weeks]]
    chart.categoryAxis.categoryNames = [monday[5:] for monday, _ in weeks]
    chart.categoryAxis.labels.fontName = BASE
    chart.categoryAxis.labels.fontSize = 6.5 if len(weeks) <= 20 else 5
    if len(weeks) > 20:
        chart.categoryAxis.labels.angle = 90
        chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = BASE
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    top = max(count for _, count in weeks)
    _axis(chart, top)
    chart.bars[0].fillColor = BLUE
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    _title(drawing, say(R("Preparations")), height - 12)
    _label(drawing, chart.x + chart.width / 2, 4, say(R("Week starting (month-day, Monday)")), 7, "middle")
    return drawing


def overrides_chart(groups: list[tuple[str, int]], width: float, say) -> Drawing:
    """Typed reasons given, per finding code (labels: the finding's title)."""
    if not groups:
        return _empty(width, say, R("No finding was released with a reason in this period."))
    lane = 16
    height = 40 + lane * len(groups)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 170, 24, width - 190, lane * len(groups)
    chart.data = [[count for _, count in reversed(groups)]]
    chart.categoryAxis.categoryNames = [""] * len(groups)     # drawn below, in the fonts they need
    chart.valueAxis.labels.fontName = BASE
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    top = max(count for _, count in groups)
    _axis(chart, top)
    chart.bars[0].fillColor = BLUE
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = BASE
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    for index, (label, _count) in enumerate(groups):
        _label(drawing, chart.x - 5, chart.y + chart.height - (index + 0.5) * lane - 2.5, label[:40], 7, "end")
    _label(drawing, chart.x + chart.width / 2, 4, say(R("Reasons typed")), 7, "middle")
    return drawing


def _axis(chart, top: int) -> None:
    """A count axis from 0 in round steps (1, 2, 2.5 or 5 x 10^n, whole numbers)."""
    step = max(1, int(math.ceil(_nice(max(top, 1) / 5))))
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * (top // step + 1)
    chart.valueAxis.labelTextFormat = "%d"


def _nice(value: float) -> float:
    """A round number at or above `value` (1, 2, 2.5, 5 x 10^n)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= value - 1e-12:
            return factor * power
    return 10 * power

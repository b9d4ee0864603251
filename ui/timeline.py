"""The infusion on a clock: volume delivered over time, with the latest start and the
use-by time, so that a glance shows whether the infusion ends in time."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mscprep import clock
from mscprep.display import quantity
from mscprep.units import ML


class _Shown(NamedTuple):
    start: datetime
    end: datetime
    final_volume: object
    use_by: datetime | None
    latest_start: datetime | None


class TimelinePlot(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setAccessibleName(self.tr("Infusion timeline"))
        self.data = None

    def show_timeline(self, infusion, start) -> None:
        """The infusion (mscprep.preparation.interface.Infusion) if started at `start`; None: no plan."""
        self.data = None if infusion is None else _Shown(start, infusion.end_if_started(start), infusion.final_volume,
                                                         infusion.use_by, infusion.latest_start)
        self.setToolTip("" if self.data is None else self.tr("Infusion from {0} to {1}").format(
            clock.text(self.data.start, fmt="%H:%M"), clock.text(self.data.end, fmt="%H:%M")))
        self.update()

    def paintEvent(self, event):  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        area = QRectF(self.rect()).adjusted(48, 10, -14, -26)
        text_colour = self.palette().color(QPalette.WindowText)   # readable in high contrast too
        painter.setPen(QPen(text_colour, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(area.bottomLeft(), area.topLeft())
        dark = self.palette().color(QPalette.Window).lightness() < 128
        # On black (high contrast) the lines are bright: light blue, orange, light red.
        blue, amber, red = ("#7fbfff", "#ffb347", "#ff8080") if dark else ("#1f5fa8", "#b35c00", "#b00000")
        data = self.data
        if data is None:
            painter.drawText(area, Qt.AlignCenter, self.tr("(no plan)"))
            return
        moments = [data.start, data.end] + [m for m in (data.use_by, data.latest_start) if m is not None]
        first, last = min(moments), max(moments)
        span = max((last - first).total_seconds(), 60.0)
        first_x = lambda moment: area.left() + (moment - first).total_seconds() / span * area.width()  # noqa: E731
        painter.setPen(QPen(QColor(blue), 2.5))
        painter.drawLine(QPointF(first_x(data.start), area.bottom()), QPointF(first_x(data.end), area.top()))
        painter.setPen(QPen(text_colour))
        painter.drawText(QRectF(0, area.top() - 6, 46, 14), Qt.AlignRight, quantity(data.final_volume, ML))
        painter.drawText(QRectF(0, area.bottom() - 8, 46, 14), Qt.AlignRight, "0 mL")
        for moment, colour, label, style in (
                (data.start, text_colour.name(), self.tr("start {0}"), Qt.SolidLine),
                (data.end, blue, self.tr("end {0}"), Qt.SolidLine),
                (data.latest_start, amber, self.tr("latest start {0}"), Qt.DashLine),
                (data.use_by, red, self.tr("use by {0}"), Qt.SolidLine)):
            if moment is None:
                continue
            x = first_x(moment)
            painter.setPen(QPen(QColor(colour), 1.5, style))
            text = label.format(clock.text(moment, fmt="%H:%M"))    # the site's clock
            if moment in (data.use_by, data.latest_start):  # limits: a line, labelled at the top
                painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
                row = area.top() + (0 if moment == data.use_by else 16)
                if x - 124 >= 0:    # left of its line, or right of it when there is no room
                    painter.drawText(QRectF(x - 124, row, 120, 16), Qt.AlignRight, text)
                else:
                    painter.drawText(QRectF(x + 4, row, 120, 16), Qt.AlignLeft, text)
            elif moment == data.start:                       # start: below the axis
                painter.drawText(QRectF(x, area.bottom() + 4, 120, 16), Qt.AlignLeft, text)
            else:                                            # end: beside the line, inside the plot
                middle = area.top() + area.height() / 2 - 8
                if x + 124 <= area.right():
                    painter.drawText(QRectF(x + 4, middle, 120, 16), Qt.AlignLeft, text)
                else:
                    painter.drawText(QRectF(x - 124, middle, 120, 16), Qt.AlignRight, text)

"""Hemocytometer square counts entered in a grid: unstained (viable) and stained (dead)
cells per large square, with mean, CV and viability shown while typing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from mscprep.preparation.counting import hemocytometer_summary

SQUARES = 9


class CountEdit(QLineEdit):
    """A count box: Enter moves on even when it is empty (the validator would swallow it)."""
    enter = Signal()

    def keyPressEvent(self, event):  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.enter.emit()
            return
        super().keyPressEvent(event)


class HemocytometerGrid(QWidget):
    """Enter moves down the unstained row, then the stained row, then out (`finished`)."""
    changed = Signal()
    finished = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(3)
        self.viable: list[QLineEdit] = []
        self.dead: list[QLineEdit] = []
        # Each widget made inside the grid (moved in afterwards, it costs more under the style sheet).
        layout.addWidget(QLabel(self.tr("Square"), self), 0, 0)
        layout.addWidget(QLabel(self.tr("Unstained"), self), 1, 0)
        layout.addWidget(QLabel(self.tr("Stained"), self), 2, 0)
        for column in range(SQUARES):
            layout.addWidget(QLabel(str(column + 1), self), 0, column + 1)
            for row, cells, name in ((1, self.viable, self.tr("unstained")), (2, self.dead, self.tr("stained"))):
                edit = CountEdit(self)
                edit.setValidator(QIntValidator(0, 99999, edit))
                edit.setMaximumWidth(64)
                edit.setMinimumWidth(36)
                edit.setObjectName(f"square_{'viable' if row == 1 else 'dead'}_{column + 1}")
                edit.setAccessibleName(self.tr("Square {0} {1} count").format(column + 1, name))
                edit.textChanged.connect(self._changed)
                edit.enter.connect(lambda edit=edit: self._next(edit))
                layout.addWidget(edit, row, column + 1)
                cells.append(edit)
        # keyboard order: down the unstained row, then the stained row
        for cells in (self.viable, self.dead):
            for first, second in zip(cells, cells[1:]):
                QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.viable[-1], self.dead[0])
        self.summary = QLabel(self)
        self.summary.setObjectName("hemocytometer_summary")
        layout.addWidget(self.summary, 3, 0, 1, SQUARES + 1)

    def cells(self) -> list[QLineEdit]:
        """Every count box in keyboard order."""
        return self.viable + self.dead

    def _next(self, edit: QLineEdit) -> None:
        cells = self.cells()
        index = cells.index(edit) + 1
        if index < len(cells):
            cells[index].setFocus(Qt.TabFocusReason)
        else:
            self.finished.emit()

    def counts(self) -> tuple[str, str]:
        """The form texts of the grid: unstained and stained counts, comma-separated."""
        viable = [edit.text().strip() for edit in self.viable if edit.text().strip()]
        dead = [edit.text().strip() for edit in self.dead if edit.text().strip()]
        return ", ".join(viable), ", ".join(dead)

    def set_counts(self, viable: list[int], dead: list[int] | None = None) -> None:
        for edit, value in zip(self.viable, list(viable) + [None] * SQUARES):
            edit.setText("" if value is None else str(value))
        for edit, value in zip(self.dead, list(dead or []) + [None] * SQUARES):
            edit.setText("" if value is None else str(value))

    def _changed(self) -> None:
        viable, dead = self.counts()
        try:
            viable_counts = tuple(int(v) for v in viable.split(", ") if v)
            dead_counts = tuple(int(v) for v in dead.split(", ") if v) or None
        except ValueError:
            viable_counts, dead_counts = (), None
        self.summary.setText(hemocytometer_summary(viable_counts, dead_counts))
        self.changed.emit()

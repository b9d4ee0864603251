"""Small widgets and helpers the window and its dialogs share: a choice box that the mouse
wheel cannot change in passing, and fitting a dialog onto the screen it opens on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFrame, QScrollArea, QStyledItemDelegate, QVBoxLayout,
                               QWidget)


_MOVED_AWAY = (Qt.TabFocusReason, Qt.BacktabFocusReason, Qt.MouseFocusReason, Qt.ShortcutFocusReason)


class ChoiceBox(QComboBox):
    """A combo box that changes only on purpose: the wheel scrolls the form past it unless
    the box was clicked (focused by a click), and typing letters does not pick an item.
    Enter does not open it: `enterPressed` lets the form move on."""

    enterPressed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.StrongFocus)
        # A styled delegate: the style sheet's item height (gloves: 44 px) reaches the list rows.
        self.setItemDelegate(QStyledItemDelegate(self))
        # A long choice (a protocol's name) never widens the form beyond the screen: the box
        # shrinks to the space it has; its open list shows the whole names.
        self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.currentIndexChanged.connect(lambda _index: self.setToolTip(self.currentText()))
        self._clicked = False

    def mousePressEvent(self, event):  # noqa: N802 (Qt API)
        self._clicked = True
        super().mousePressEvent(event)

    def focusOutEvent(self, event):  # noqa: N802 (Qt API)
        # Only the user moving elsewhere ends the click; its own list opening does not.
        if event.reason() in _MOVED_AWAY:
            self._clicked = False
        super().focusOutEvent(event)

    def showPopup(self):  # noqa: N802 (Qt API)
        view = self.view()
        wanted = view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24
        screen = self.screen().availableGeometry().width() if self.screen() else wanted
        view.setMinimumWidth(min(wanted, max(self.width(), screen - 20)))
        super().showPopup()
        self._current_under_box()

    def _current_under_box(self) -> None:
        """Put the current row over the box (scrolling the list, then moving it): the row
        under a gloved finger that opened the list is the one chosen now."""
        view = self.view()
        index = self.model().index(max(self.currentIndex(), 0), self.modelColumn())

        def offset() -> int:
            rect = view.visualRect(index)
            return self.mapToGlobal(self.rect().center()).y() - view.viewport().mapToGlobal(rect.center()).y()
        if not view.visualRect(index).isValid():
            return
        bar = view.verticalScrollBar()
        bar.setValue(max(bar.minimum(), min(bar.maximum(), bar.value() - offset())))
        popup = view.window()
        if popup is not self.window():
            popup.move(popup.x(), popup.y() + offset())

    def wheelEvent(self, event):  # noqa: N802 (Qt API)
        if self.hasFocus() and self._clicked:
            super().wheelEvent(event)
        else:
            event.ignore()   # the scroll area behind scrolls instead

    def keyPressEvent(self, event):  # noqa: N802 (Qt API)
        # Letters would select an item by its first letter ("L" chose lb): only arrows,
        # Space and F4 open or move the choice.
        if event.text() and event.text().isprintable() and event.key() != Qt.Key_Space:
            event.ignore()
            return
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not self.view().isVisible():
            self.enterPressed.emit()   # Enter moves on, handled by the form
            return
        super().keyPressEvent(event)


def scrolling_dialog_body(dialog, body: QWidget, buttons: QDialogButtonBox | QWidget | None = None) -> QScrollArea:
    """Put `body` in a scroll area filling `dialog`, with `buttons` below it, always visible."""
    layout = QVBoxLayout(dialog)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.NoFrame)
    scroll.setWidget(body)
    layout.addWidget(scroll, 1)
    if buttons is not None:
        layout.addWidget(buttons)
    return scroll


def reveal(area: QScrollArea, widget: QWidget, xmargin: int = 40, ymargin: int = 60) -> None:
    """Scroll `area` so that the whole of `widget` shows, with margins. (QScrollArea's own
    ensureWidgetVisible only brings a focused line edit's cursor into view, which can leave
    most of a 44 px glove-sized field below the edge.)"""
    inner = area.widget()
    if inner is None or not inner.isAncestorOf(widget):
        return
    corner = widget.mapTo(inner, QPoint(0, 0))
    half_width, half_height = widget.width() // 2, widget.height() // 2
    area.ensureVisible(corner.x() + half_width, corner.y() + half_height,
                       min(xmargin + half_width, area.viewport().width() // 2),
                       min(ymargin + half_height, area.viewport().height() // 2))


def available_geometry(widget):
    screen = (widget.screen() if widget is not None and widget.screen() is not None
              else QGuiApplication.primaryScreen())
    return screen.availableGeometry()


def fit_to_screen(window, wanted_width: int, wanted_height: int, margin: int = 40) -> None:
    """Size a window or dialog to what it wants, but never beyond the screen's free area
    (window frame and task bar included), so its buttons stay on screen."""
    area = available_geometry(window.parentWidget() or window)
    width = min(wanted_width, max(320, area.width() - margin))
    height = min(wanted_height, max(240, area.height() - margin - 30))
    window.resize(width, height)


class EventWatcher(QObject):
    """Calls `on_focus_out(widget)` when a watched widget loses the focus."""

    def __init__(self, on_focus_out, parent=None):
        super().__init__(parent)
        self.on_focus_out = on_focus_out

    def eventFilter(self, watched, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.FocusOut:
            self.on_focus_out(watched)
        return False

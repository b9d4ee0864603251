"""Banners above the form, one per subject (a restored draft, the audit trail, the record
store, a draft set aside), stacked: showing or clearing one never hides another."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

# Banner subjects, most important first: their order on screen.
ORDER = ("audit", "store", "kept", "restored", "draft", "notice")


class BannerStack(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2)
        self.banners: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.actions: dict[str, QPushButton] = {}
        self._callbacks: dict[str, object] = {}
        self.hide()

    def show_banner(self, key: str, text: str, colour: str, closable: bool = False, action=None) -> None:
        """Show (or update) the banner `key`; `action`: (button text, callback) offered on it."""
        if key not in self.banners:
            holder = QWidget()
            holder.setObjectName(f"banner_{key}")
            holder.setAttribute(Qt.WA_StyledBackground, True)
            row = QHBoxLayout(holder)
            row.setContentsMargins(8, 4, 4, 4)
            label = QLabel()
            label.setObjectName(f"banner_{key}_text")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
            row.addWidget(label, 1)
            button = QPushButton()
            button.setObjectName(f"banner_{key}_action")
            button.clicked.connect(lambda _checked=False, key=key: self._act(key))
            button.hide()
            row.addWidget(button)
            self.actions[key] = button
            if closable:
                close = QPushButton(self.tr("Dismiss"))
                close.setObjectName(f"banner_{key}_dismiss")
                close.clicked.connect(lambda _checked=False, key=key: self.hide_banner(key))
                row.addWidget(close)
            self.banners[key], self.labels[key] = holder, label
            position = sum(1 for other in ORDER[:ORDER.index(key) if key in ORDER else len(ORDER)]
                           if other in self.banners)
            self.layout_.insertWidget(position, holder)
        holder = self.banners[key]
        holder.setStyleSheet(f"QWidget#banner_{key} {{ background: {colour}; }}"
                             f"QWidget#banner_{key} QLabel {{ color: white; font-weight: bold; }}")
        self.labels[key].setText(text)
        button = self.actions[key]
        if action is not None:
            button.setText(action[0])
            self._callbacks[key] = action[1]
        else:
            self._callbacks.pop(key, None)
        button.setVisible(action is not None)
        holder.show()
        self.show()

    def _act(self, key: str) -> None:
        callback = self._callbacks.get(key)
        if callback is not None:
            callback()

    def hide_banner(self, key: str) -> None:
        if key in self.banners:
            self.banners[key].hide()
        if not any(not banner.isHidden() for banner in self.banners.values()):
            self.hide()

    def shown(self, key: str) -> bool:
        return key in self.banners and not self.banners[key].isHidden()

    def text(self) -> str:
        """Every banner shown, top to bottom."""
        return "\n".join(self.labels[key].text() for key in self.banners if self.shown(key))

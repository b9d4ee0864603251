"""Nothing clipped (issue 24): at 1366x768 and 150 % (910x512 logical pixels) and at
1280x720, in English, Japanese and Chinese, with gloves: every field, unit box, Now button,
the Next button and the print buttons are inside the visible width; the form scrolls down,
never off to the right; every target is 44 px, drop-down rows included."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QToolButton

from ui.main_window import MainWindow
from ui.settings import Settings

THAWED = (datetime.now().astimezone() - timedelta(minutes=10)).isoformat(timespec="minutes")
TEMCELL = {"protocol": "temcell", "patient_name": "Yamada Hanako", "patient_id": "MRN-000123", "weight": "60 kg",
           "din": "A999921123456", "viability": "92%", "thawed_at": ""}


@pytest.fixture(params=["en", "ja", "zh"])
def language(request, qapp):
    from PySide6.QtCore import QTranslator
    from ui.app import install_translators
    before = {id(child) for child in qapp.findChildren(QTranslator)}
    install_translators(qapp, request.param)
    yield request.param
    for child in qapp.findChildren(QTranslator):
        if id(child) not in before:
            qapp.removeTranslator(child)
            child.setParent(None)


@pytest.fixture
def gloves(qapp):
    from ui.appearance import apply_appearance
    apply_appearance(gloves=True)
    yield
    apply_appearance(gloves=False)


def right_edge_in(widget, container) -> int:
    return widget.mapTo(container, QPoint(widget.width(), 0)).x()


@pytest.mark.parametrize("width, height", [(910, 512), (1280, 720)])
def test_nothing_is_clipped_with_gloves_in_every_language(qtbot, tmp_path, language, gloves, width, height):
    window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)),
                        language=language, operator="K. Tanaka")
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    window.load_form(TEMCELL, {})
    for group in window._more:
        window._toggle_more(group, True)        # every field shown, the longest labels included
    qtbot.wait(20)
    assert window.width() <= width and window.height() <= height
    assert window.minimumSizeHint().width() <= width
    viewport = window.form_scroll.viewport()
    assert window.form_scroll.horizontalScrollBar().maximum() == 0
    clipped = []
    for widget in window.form_scroll.widget().findChildren(QLineEdit) + \
            window.form_scroll.widget().findChildren(QComboBox) + window.form_scroll.widget().findChildren(QPushButton):
        if widget.isVisibleTo(window) and widget.objectName() != "qt_spinbox_lineedit":
            if right_edge_in(widget, viewport) > viewport.width():
                clipped.append(widget.objectName())
    for label in window.form_scroll.widget().findChildren(QLabel):
        if label.isVisibleTo(window) and label.text() and not label.wordWrap() \
                and right_edge_in(label, viewport) > viewport.width():
            clipped.append(f"label {label.text()!r}")
    assert clipped == []
    assert window.inputs["thawed_at"].isVisibleTo(window)
    now = window.findChild(QPushButton, "thawed_now")
    assert right_edge_in(now, viewport) <= viewport.width()
    for button in (window.next_button, window.preview_button, window.label_button, window.save_button,
                   window.new_button):
        assert right_edge_in(button, window) <= window.width(), button.objectName()
        assert button.height() >= 44, button.objectName()
    small = [w.objectName() or type(w).__name__ for w in window.findChildren(QLineEdit) + window.findChildren(QComboBox)
             + window.findChildren(QPushButton) + window.findChildren(QToolButton)
             if w.isVisibleTo(window) and w.objectName() != "qt_spinbox_lineedit" and w.height() < 44]
    assert small == []


def test_drop_down_rows_are_44_px_with_gloves(qtbot, tmp_path, gloves):
    window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    box = window.protocol_box
    box.showPopup()
    qtbot.wait(20)
    view = box.view()
    heights = [view.visualRect(box.model().index(row, 0)).height() for row in range(box.count())]
    box.hidePopup()
    assert min(heights) >= 44


def test_enter_scrolls_its_target_into_view(qtbot, tmp_path, gloves):
    window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)))
    qtbot.addWidget(window)
    window.resize(910, 512)
    window.show()
    qtbot.wait(10)
    from PySide6.QtCore import Qt
    widget = window.inputs["patient_name"]
    widget.setFocus()
    viewport = window.form_scroll.viewport()
    for _ in range(8):
        qtbot.keyClick(window.focusWidget(), Qt.Key_Return)
        qtbot.wait(5)
        target = window.focusWidget()
        top = target.mapTo(viewport, QPoint(0, 0)).y()
        assert 0 <= top and top + target.height() <= viewport.height(), target.objectName()


def test_enter_in_the_check_dialog_scrolls_its_target_into_view(qtbot, tmp_path, gloves, store):
    from PySide6.QtCore import Qt
    from ui.dialogs.double_check_dialog import DoubleCheckDialog
    window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), store=store,
                        operator="K. Tanaka")
    qtbot.addWidget(window)
    window.load_form(dict(TEMCELL, thawed_at=THAWED), {})
    window.session.save()
    dialog = DoubleCheckDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.resize(600, 400)
    dialog.show()
    dialog.checker.setFocus()
    viewport = dialog.scroll.viewport()
    for _ in range(6):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key_Return)
        target = dialog.focusWidget()
        if not dialog.scroll.widget().isAncestorOf(target):
            break
        top = target.mapTo(viewport, QPoint(0, 0)).y()
        assert 0 <= top and top + target.height() <= viewport.height(), target.objectName()


def test_the_list_opens_with_the_current_row_under_the_finger(qtbot, tmp_path, gloves):
    window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)))
    qtbot.addWidget(window)
    window.resize(910, 512)
    window.show()
    box = window.protocol_box
    box.setCurrentIndex(box.findData("temcell"))
    box.showPopup()
    qtbot.wait(20)
    view = box.view()
    row = view.visualRect(box.model().index(box.currentIndex(), 0))
    centre = view.viewport().mapToGlobal(row.center())
    box_centre = box.mapToGlobal(box.rect().center())
    box.hidePopup()
    assert abs(centre.y() - box_centre.y()) <= row.height() // 2

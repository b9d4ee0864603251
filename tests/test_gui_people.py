"""Records > People… (issue 22): an admin enrols, revokes, unlocks... in the window, each act
authorised by the admin's own badge + PIN and signed like `mscprep people`; a non-admin
finds the menu entry disabled and saying why."""

from __future__ import annotations

import sqlite3
import subprocess

import pytest
from PySide6.QtCore import QSettings

from mscprep.errors import InputError
from mscprep.records import staff
from mscprep.records.store import RecordStore
from ui.dialogs.badge_dialog import BadgeDialog
from ui.dialogs.people_dialog import ActDialog, BadgeCodeDialog, PeopleDialog
from ui.main_window import MainWindow
from ui.settings import Settings

ADMIN_PIN, TECH_PIN = "482913", "551177"


@pytest.fixture
def staffed(tmp_path, monkeypatch):
    monkeypatch.setenv("MSCPREP_TEST_KDF", "cheap")
    store = RecordStore(tmp_path / "records.sqlite3")
    _a, admin_code = staff.enrol(store, "Aiko Mori (AM)", "admin", ADMIN_PIN)
    admin = staff.authenticate(store, admin_code, ADMIN_PIN)
    _t, tech = staff.enrol(store, "Kenji Tanaka (KT)", "technician", TECH_PIN, admin)
    yield store, {"admin": admin_code, "tech": tech}
    store.close()


def _window(qtbot, tmp_path, store, code=None, pin=None):
    win = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), store=store)
    qtbot.addWidget(win)
    win.show()
    if code:
        dialog = BadgeDialog(win.session.authenticate, win)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.badge, code)
        qtbot.keyClicks(dialog.pin, pin)
        dialog.buttons.accepted.emit()
        win.start_operator(dialog.signer.name, dialog.signer)
    return win


def _acts(store):
    with sqlite3.connect(store.location) as connection:
        return connection.execute("SELECT meaning, signer_name FROM acts ORDER BY seq").fetchall()


class Filler:
    """Stands in for the modal exec(): fills each act dialog as a person would type it and
    presses OK; saves a new badge's PDF."""

    def __init__(self, qtbot, tmp_path, admin=None, values=None):
        self.qtbot, self.tmp_path, self.admin, self.values = qtbot, tmp_path, admin, values or {}
        self.shown, self.badges = [], []

    def __call__(self, dialog) -> bool:
        self.qtbot.addWidget(dialog)
        self.shown.append(dialog)
        if isinstance(dialog, BadgeCodeDialog):
            self.badges.append((dialog.code, dialog.save_badge(str(self.tmp_path / f"badge-{len(self.badges)}.pdf"))))
            return True
        assert isinstance(dialog, ActDialog)
        for key, text in self.values.items():
            widget = dialog.fields[key]
            if hasattr(widget, "findData"):
                widget.setCurrentIndex(widget.findData(text))
            elif text.isascii():
                self.qtbot.keyClicks(widget, text)
            else:      # QTest types Latin-1 only; a scanner or an input method gives the rest
                widget.insert(text)
        if self.admin is not None:
            assert dialog.admin_badge.text() == "" and dialog.admin_pin.text() == ""     # nothing prefilled
            self.qtbot.keyClicks(dialog.admin_badge, self.admin[0])
            self.qtbot.keyClicks(dialog.admin_pin, self.admin[1])
        dialog.buttons.accepted.emit()
        return dialog.result() == ActDialog.Accepted


def _table(dialog) -> list[tuple[str, ...]]:
    table = dialog.table
    return [tuple(table.item(row, column).text() for column in range(table.columnCount()))
            for row in range(table.rowCount())]


def test_an_admin_enrols_a_person_and_the_badge_code_is_shown_once_and_written(qtbot, tmp_path, staffed):
    store, codes = staffed
    win = _window(qtbot, tmp_path, store, codes["admin"], ADMIN_PIN)
    assert win.people_action.isEnabled()
    dialog = PeopleDialog(store, win)
    qtbot.addWidget(dialog)
    assert _table(dialog) == [("Aiko Mori (AM)", "AM", "admin", "active"),
                              ("Kenji Tanaka (KT)", "KT", "technician", "active")]
    before = _acts(store)
    dialog.run = Filler(qtbot, tmp_path, (codes["admin"], ADMIN_PIN),
                        {"name": "Mika Sato (MS)", "role": "pharmacist", "new_pin": "771202",
                         "new_pin_again": "771202"})
    dialog.start("enrol")
    assert _table(dialog)[-1] == ("Mika Sato (MS)", "MS", "pharmacist", "active")
    assert _acts(store)[len(before):] == [("enrolled", "Aiko Mori (AM)")]
    (code, path), = dialog.run.badges
    assert path and staff.authenticate(store, code, "771202").name == "Mika Sato (MS)"
    text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    assert "Mika Sato (MS)" in text and code not in text
    assert store.verify_audit().intact


@pytest.mark.parametrize("case", ["pins differ", "look-alike", "wrong admin pin", "technician as admin"])
def test_a_refused_enrolment_is_said_in_the_dialog_and_records_nothing(qtbot, tmp_path, staffed, case):
    store, codes = staffed
    win = _window(qtbot, tmp_path, store, codes["admin"], ADMIN_PIN)
    dialog = PeopleDialog(store, win)
    qtbot.addWidget(dialog)
    values = {"name": "Kenji Tanakօ (KO)" if case == "look-alike" else "Mika Sato (MS)", "role": "pharmacist",
              "new_pin": "771202", "new_pin_again": "771203" if case == "pins differ" else "771202"}
    admin = {"wrong admin pin": (codes["admin"], "000000"),
             "technician as admin": (codes["tech"], TECH_PIN)}.get(case, (codes["admin"], ADMIN_PIN))
    acts = _acts(store)
    dialog.run = Filler(qtbot, tmp_path, admin, values)
    dialog.start("enrol")
    act = dialog.run.shown[0]
    assert act.result() != ActDialog.Accepted and len(dialog.run.shown) == 1
    assert {"pins differ": "the two PINs differ", "look-alike": "Armenian", "wrong admin pin": "wrong PIN",
            "technician as admin": "is not an admin"}[case] in act.error.text()
    assert act.admin_pin.text() == "" and act.fields["new_pin"].text() == ""      # never kept after a refusal
    assert _acts(store) == acts and len(_table(dialog)) == 2


def test_an_admin_revokes_a_badge_and_it_stops_working(qtbot, tmp_path, staffed):
    store, codes = staffed
    win = _window(qtbot, tmp_path, store, codes["admin"], ADMIN_PIN)
    dialog = PeopleDialog(store, win)
    qtbot.addWidget(dialog)
    assert not dialog.buttons["revoke"].isEnabled()         # nobody chosen yet
    dialog.select("KT")
    assert dialog.buttons["revoke"].isEnabled() and not dialog.buttons["unlock"].isEnabled()
    dialog.run = Filler(qtbot, tmp_path, (codes["admin"], ADMIN_PIN))
    dialog.start("revoke")
    assert _table(dialog)[1] == ("Kenji Tanaka (KT)", "KT", "technician", "revoked")
    assert _acts(store)[-1] == ("revoked", "Aiko Mori (AM)")
    with pytest.raises(InputError, match="revoked"):
        staff.authenticate(store, codes["tech"], TECH_PIN)
    assert store.verify_audit().intact


def test_an_admin_unlocks_a_locked_badge_and_replaces_one(qtbot, tmp_path, staffed):
    store, codes = staffed
    for _ in range(5):
        with pytest.raises(InputError):
            staff.authenticate(store, codes["tech"], "000000")
    win = _window(qtbot, tmp_path, store, codes["admin"], ADMIN_PIN)
    dialog = PeopleDialog(store, win)
    qtbot.addWidget(dialog)
    assert _table(dialog)[1][3] == "locked"
    dialog.select("KT")
    dialog.run = Filler(qtbot, tmp_path, (codes["admin"], ADMIN_PIN))
    dialog.start("unlock")
    assert _table(dialog)[1][3] == "active" and staff.authenticate(store, codes["tech"], TECH_PIN)
    dialog.select("KT")
    dialog.run = Filler(qtbot, tmp_path, (codes["admin"], ADMIN_PIN), {"new_pin": "919293",
                                                                       "new_pin_again": "919293"})
    dialog.start("replace")
    (code, path), = dialog.run.badges
    assert staff.authenticate(store, code, "919293").name == "Kenji Tanaka (KT)"
    with pytest.raises(InputError, match="replaced"):
        staff.authenticate(store, codes["tech"], TECH_PIN)
    assert [meaning for meaning, _ in _acts(store)[-2:]] == ["unlocked", "badge replaced"]


def test_the_menu_entry_is_disabled_for_a_non_admin_with_the_reason(qtbot, tmp_path, staffed, monkeypatch):
    store, codes = staffed
    said = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information", lambda *args, **kwargs: said.append(args[2]))
    win = _window(qtbot, tmp_path, store, codes["tech"], TECH_PIN)
    assert not win.people_action.isEnabled()
    assert win.people_action.toolTip() == ("Only an admin manages people; Kenji Tanaka (KT) is signed in as "
                                           "technician.")
    assert win.records_menu.toolTipsVisible()
    acts = _acts(store)
    win.manage_people()         # even reached another way, it opens nothing and says why
    assert getattr(win, "people_dialog", None) is None and _acts(store) == acts
    assert said == [win.people_action.toolTip()]


def test_the_first_person_of_an_empty_store_enrols_as_admin_in_the_window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("MSCPREP_TEST_KDF", "cheap")
    store = RecordStore(tmp_path / "records.sqlite3")
    try:
        win = _window(qtbot, tmp_path, store)
        win.start_operator("Aiko Mori (AM)")
        assert win.people_action.isEnabled()
        dialog = PeopleDialog(store, win)
        qtbot.addWidget(dialog)
        dialog.run = Filler(qtbot, tmp_path, None, {"name": "Aiko Mori (AM)", "new_pin": ADMIN_PIN,
                                                    "new_pin_again": ADMIN_PIN})
        dialog.start("enrol")
        act = dialog.run.shown[0]
        assert act.admin_badge is None and act.fields["role"].currentData() == "admin"
        assert _table(dialog) == [("Aiko Mori (AM)", "AM", "admin", "active")]
        assert _acts(store)[-1] == ("enrolled", "Aiko Mori (AM)")
    finally:
        store.close()

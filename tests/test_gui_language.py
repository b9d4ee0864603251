"""Every text the window shows is in the chosen language: labels, help, buttons, menus,
the status, field errors, findings, result values, the case strip, the dialogs, and Qt's own
buttons. A word left in English fails, like a gap in the sheet's catalogs."""

import re

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDialogButtonBox, QGroupBox, QLabel, QMenu,
                               QTableWidget)

from mscprep.errors import InputError, message
from mscprep.preparation.build import prepare
from mscprep.protocol.loader import shipped_protocols
from mscprep.records.store import RecordStore
from ui.main_window import MainWindow
from ui.settings import Settings

from helpers import ROOT

# What stays as it is in every language: units and symbols, codes and names of standards,
# the program's name, and the identity of the product (ISBT 128 DIN, trypan blue's "CV").
ALLOWED = {"mL", "min", "kg", "cells", "cell", "lb", "mg", "mL/min", "mL/h", "g/kg", "cells/kg", "cells/mL",
           "drops", "drop", "DIN", "ISBT", "DMSO", "MSC", "MSCs", "CV", "ID", "PDF", "CSV", "mscprep", "OK", "MRN",
           "ISO", "CD142", "gtt", "PBS", "English", "Ctrl", "Shift",
           "code", "arm", "Plasma", "Lyte", "YYYY",
           # standards and tools named as they are: HL7 FHIR, ZPL II, CUPS, a URL's shape
           "FHIR", "ZPL", "CUPS", "dpi", "raw", "postgresql", "USER", "SERVER", "DATABASE", "pgpass",
           "socket", "HOST"}   # a brand name, a date format   # the CSV columns, as written in the file
WORD = re.compile(r"[A-Za-z][A-Za-z']{2,}")

CASES = {
    "contract": {"patient_name": "山田花子", "patient_id": "MRN-000123", "din": "A999921123456", "weight": "70 kg",
                 "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%", "final_volume": "50 mL", "diluent": "saline",
                 "duration": "30 min", "diluent": "saline"},
    "blocked": {"weight": "70 kg", "dose": "2e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "65%",
                "min_viability": "70%", "available": "10 mL", "rate": "6 mL/min", "max_rate": "4 mL/min",
                "final_volume": "50 mL", "diluent": "saline", "dmso": "10%", "thawed_at": "2026-11-23T09:30",
                "stability": "1 h", "administration": "syringe_push", "filter": "leukocyte_reduction"},
    "wrong": {"weight": "70 mL", "dose": "x", "concentration": "1,5 cell/mL", "viability": "0.9", "rate": "4",
              "din": "A9999211234564", "thawed_at": "soon", "dilution_factor": "0", "dmso_limit": "5%"},
}
PROTOCOL_CASES = {
    "temcell": {"weight": "60 kg", "dose_number": "2", "patient_name": "A", "patient_id": "B"},
    "adipose-msc-fixed": {"weight": "70 kg", "concentration": "1e8 cell/mL", "viability": "90%",
                          "duration": "30 min"},
    "stemirac": {"weight": "70 kg", "concentration": "1e7 cell/mL", "viability": "90%", "dose": "1e8 cell"},
    "secretome-nebulized": {"first_dose_at": "2026-11-24T08:00"},
}


def english_words(text: str, data: set[str]) -> list[str]:
    for value in sorted(data, key=len, reverse=True):
        if value:
            text = text.replace(value, " ")
    text = re.sub(r"<[^>]+>", " ", text)          # markup of rich-text labels
    text = re.sub(r"\b\d{4}-\d\d-\d\dT?[\d:]*", " ", text)
    return [word for word in WORD.findall(text) if word not in ALLOWED]


def shown_texts(widget) -> list[str]:
    texts = []
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget):   # the protocol's reference is data (user_data); its labels are not
            texts += [label.text(), label.toolTip()]
    for button in widget.findChildren(QAbstractButton):
        if button.isVisibleTo(widget):
            texts += [button.text(), button.toolTip()]
    for box in widget.findChildren(QGroupBox):
        if box.isVisibleTo(widget):
            texts.append(box.title())
    for combo in widget.findChildren(QComboBox):
        if combo.isVisibleTo(widget) and combo.objectName() not in ("protocol", "weight_unit"):
            texts += [combo.itemText(index) for index in range(combo.count())]
    for table in widget.findChildren(QTableWidget):
        texts += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())
                  if table.horizontalHeaderItem(c)]
    for menu in widget.findChildren(QMenu):
        texts += [menu.title()] + [action.text() for action in menu.actions()]
    return [text for text in texts if text]


def user_data(window) -> set[str]:
    """What the user typed and what protocol files say (names, sources): data, not the UI."""
    from mscprep.form.fields import FIELDS
    data = {line.text() for line in window.findChildren(type(window.inputs["weight"]))}
    data |= {spec.example for spec in FIELDS}     # examples are entries as typed, in any language
    from mscprep.protocol.loader import baseline
    for protocol in (*window.protocols.protocols.values(), baseline()):      # citations stay as published
        data |= {protocol.name, protocol.reference}
        data |= {limit.source for limit in protocol.limits.values()}
    if window.store is not None:
        data.add(str(window.store.location))       # where records are kept: a path or a server
    if window.state.preparation is not None:
        data |= {f.source for f in window.state.findings if f.source}
        data |= {f.limit for f in window.state.findings if f.limit}
        data |= {str(value) for f in window.state.findings for _name, value in f.params}
    return data


@pytest.fixture(params=["ja", "zh"])
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


def check(window, extra=(), data_of=None) -> list[str]:
    data = user_data(data_of or window) | set(extra)
    found = []
    for text in shown_texts(window):
        words = english_words(text, data)
        if words:
            found.append(f"{text!r}: {words}")
    return found


def test_every_text_of_the_window_is_translated(qtbot, tmp_path, language):
    window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), language=language)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    problems = check(window)
    for group in window._more:
        window._toggle_more(group, True)
    for name, case in CASES.items():
        window.fill_form(dict(case, protocol="none"))
        window._apply_protocol()
        window.session.reveal_all()
        problems += [f"[{name}] {p}" for p in check(window)]
    for protocol, case in PROTOCOL_CASES.items():
        window.fill_form(dict(case, protocol=protocol))
        window._apply_protocol()
        problems += [f"[{protocol}] {p}" for p in check(window)]
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))


def test_the_dialogs_and_the_about_box_are_translated(qtbot, tmp_path, language):
    from mscprep.records.paths import database_path
    from ui.dialogs.double_check_dialog import DoubleCheckDialog
    from ui.dialogs.gravimetric_dialog import GravimetricDialog
    from ui.dialogs.history_dialog import HistoryDialog
    from ui.dialogs.label_printer_dialog import LabelPrinterDialog
    from ui.dialogs.operator_dialog import OperatorDialog
    from ui.dialogs.records_dialog import RecordsDialog
    store = RecordStore(tmp_path / "r.sqlite3")
    try:
        window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)),
                            language=language, store=store, operator="K. Tanaka")
        qtbot.addWidget(window)
        window.fill_form(dict(CASES["contract"], protocol="none"))
        window._apply_protocol()
        window.records.save()
        problems = check(window, extra={"K. Tanaka"})
        record = window.session.record
        for dialog in (DoubleCheckDialog(window.session, window),
                       GravimetricDialog(window.state.preparation, window), HistoryDialog(store, window),
                       OperatorDialog("", current="K. Tanaka"), RecordsDialog(window.settings),
                       LabelPrinterDialog(window.settings, [])):
            qtbot.addWidget(dialog)
            dialog.show()
            extra = {"K. Tanaka", "山田花子", "MRN-000123", record.record_id, str(database_path())}
            problems += [f"[{type(dialog).__name__}] {p}" for p in check(dialog, extra, data_of=window)]
            for box in dialog.findChildren(QDialogButtonBox):   # Qt's own buttons, from qtbase catalogs
                problems += [f"[{type(dialog).__name__}] button {b.text()!r}" for b in box.buttons()
                             if english_words(b.text(), set())]
        about = window.about_text()
        problems += [f"[about] {w}" for w in english_words(about.split("\n", 1)[1], set())]
    finally:
        store.close()
    assert not problems, "\n".join(problems)


def test_a_field_error_reads_in_japanese(qtbot, tmp_path):
    from ui.app import install_translators
    from ui.messages import translate_message
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    install_translators(app, "ja")
    try:
        from mscprep.form.fields import FIELD_BY_KEY
        try:
            FIELD_BY_KEY["weight"].parse("70 mL")
        except InputError as error:
            assert str(error.message) == "'70 mL' is a volume; expected a mass, e.g. '60 kg'"
            text = translate_message(error)
    finally:
        from PySide6.QtCore import QTranslator
        for child in app.findChildren(QTranslator):
            app.removeTranslator(child)
    assert "'70 mL'" in text and "'60 kg'" in text and "質量" in text and "volume" not in text


def test_every_value_shape_of_every_kind_is_translated(qtbot, language):
    from ui.values import translate_value
    protocols = shipped_protocols()
    forms = [{"protocol": "temcell", "weight": "60 kg", "dose_number": "2", "previous_dose_at": "2026-11-19T10:00"},
             {"protocol": "temcell", "weight": "150 kg"},                 # a draw of several fills
             {"protocol": "temcell", "weight": "150 kg", "administration": "syringe_push"},
             {"protocol": "adipose-msc-fixed", "weight": "70 kg", "concentration": "1e8 cell/mL", "viability": "90%",
              "duration": "30 min", "dose": "2e9 cell"},
             {"protocol": "stemirac", "weight": "70 kg", "concentration": "1e7 cell/mL", "viability": "90%",
              "dose": "1e8 cell"},
             {"protocol": "secretome-nebulized", "first_dose_at": "2026-11-24T08:00"},
             {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
              "final_volume": "50 mL", "duration": "30 min", "diluent": "saline_albumin"},
             {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
              "final_volume": "50 mL", "duration": "30 min"}]                     # no diluent chosen
    values = [row.value for form in forms for row in prepare(form, protocols).rows()]
    wordy = [value for value in values if english_words(value, set())]
    assert len(wordy) >= 5, "the corpus has too few values with words to prove anything"
    left = [(value, translate_value(value)) for value in wordy if english_words(translate_value(value), set())]
    assert not left, left


def test_the_comparison_and_the_records_banners_are_translated(qtbot, tmp_path, language, monkeypatch):
    from ui.dialogs.double_check_dialog import DoubleCheckDialog
    store = RecordStore(tmp_path / "r.sqlite3")
    try:
        window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)),
                            language=language, store=store, operator="K. Tanaka")
        qtbot.addWidget(window)
        window.fill_form(dict(CASES["contract"], protocol="none"))
        window._apply_protocol()
        window.records.save()
        dialog = DoubleCheckDialog(window.session, window)
        qtbot.addWidget(dialog)
        dialog.show()
        extra = {"K. Tanaka", "M. Sato", "山田花子", "MRN-000123", window.session.record.record_id}
        qtbot.keyClicks(dialog.checker, "kt")                      # refused: the preparer's initials
        for key in ("din", "weight", "dose", "concentration", "viability", "final_volume", "duration"):
            qtbot.keyClicks(dialog.inputs[key], CASES["contract"][key])
        dialog.patient_confirmed.setChecked(True)
        dialog.compare_button.click()
        problems = [f"[refused] {p}" for p in check(dialog, extra | {"kt"}, data_of=window)]
        dialog.checker.clear()
        qtbot.keyClicks(dialog.checker, "M. Sato")
        dialog.inputs["concentration"].clear()
        qtbot.keyClicks(dialog.inputs["concentration"], "1.1e7 cell/mL")
        dialog.patient_confirmed.setChecked(True)
        dialog.compare_button.click()
        assert dialog.outcome is not None and not dialog.outcome.matched
        values = {dialog.table.item(r, c).text() for r in range(dialog.table.rowCount()) for c in (1, 2, 3)}
        problems += [f"[compared] {p}" for p in check(dialog, extra | values, data_of=window)]
        problems += [f"[compared] {dialog.table.item(r, c).text()!r}" for r in range(dialog.table.rowCount())
                     for c in (0, 4) if english_words(dialog.table.item(r, c).text(), set())]
        dialog.close()
        dialog.setParent(None)
        # a record server away: the strip and the banner
        from mscprep.records.backends import PostgresBackend
        server = PostgresBackend.__new__(PostgresBackend)
        server.location = "postgresql://app@db/mscprep"
        window.session.use_store(store, server.unreachable(Exception("connection refused")))
        data = {"postgresql://app@db/mscprep", "connection refused", "M. Sato", window.session.record.record_id}
        problems += [f"[store] {p}" for p in check(window, data)]
        assert window.banner.shown("store")
    finally:
        store.close()
    assert not problems, "\n".join(problems)


def records_messages() -> dict:
    """What the records core and the label printer say to the user, made by the core itself
    (each a Message with its id), with the data each holds."""
    import types
    from mscprep import private_files, zpl
    from mscprep.records.backends import PostgresBackend
    from mscprep.records.store import RecordStore
    server = PostgresBackend.__new__(PostgresBackend)
    server.location = "postgresql://app@db/mscprep"
    found = {server.unreachable(Exception("timeout expired")): {server.location, "timeout expired"},
             server.lost(Exception("server closed the connection")): {server.location, "server closed the connection"}}
    store = RecordStore.__new__(RecordStore)
    store.people = lambda record_id: ["K. Tanaka"]
    found[store.checker_conflict(types.SimpleNamespace(record_id="R-1"), "kt")] = {"kt", "K. Tanaka"}
    private_files.take_notice()                       # what other tests tightened: said already
    private_files._tightened.append("/srv/data/mscprep.log")
    found[private_files.take_notice()] = {"/srv/data/mscprep.log"}
    canvas = zpl._Canvas(203)
    for make, data in ((lambda: canvas.text(0, 0, 3, "山田花子", 40), {"山田花子"}),
                       (lambda: zpl.print_raw("x", "zebra", lp="/nonexistent/lp"), {"lp"})):
        try:
            make()
        except Exception as error:   # noqa: BLE001 (the error under test)
            from mscprep.errors import message_of
            found[message_of(error)] = data
    return found


def test_the_records_and_label_messages_of_the_core_read_in_the_language(language):
    from ui.dialogs.double_check_dialog import value_text
    from ui.messages import translate_message
    messages = records_messages()
    assert all(getattr(m, "template", "") for m in messages), [str(m) for m in messages if not getattr(m, "template", "")]
    left = {str(m): english_words(translate_message(m), data) for m, data in messages.items()}
    from mscprep.records.doublecheck import calendar_text      # the core's value, with its id
    calendar = value_text(calendar_text([{"at": "2026-11-30T07:00:00+00:00"}] * 9 + [{"at": "2026-12-04T19:00:00+00:00"}]))
    left[calendar] = english_words(calendar, set())
    assert not {m: words for m, words in left.items() if words}

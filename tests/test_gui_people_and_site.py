"""The window with people bound to actions and a site's records: the operator at the keyboard
(a change ends the session and keeps what was unsaved), a record server that cannot be
reached (said at once, nothing saved elsewhere), the audit check in the background, FHIR
and CSV exports owner-only, the thermal label printer (raw ZPL to a CUPS queue), and the
findings a typed reason releases."""

import json
import os
import stat
import time
from datetime import datetime, timedelta

from PySide6.QtWidgets import QLineEdit, QMessageBox

from mscprep.records.store import RecordStore, open_store
from ui.main_window import MainWindow

from stores import pg_server  # noqa: F401 (fixture: a throwaway PostgreSQL server)
from test_fhir_and_zpl import cups_queue  # noqa: F401 (fixture: a private CUPS scheduler with a raw queue)

CASE = {"patient_name": "Yamada Hanako", "patient_id": "MRN-000123", "din": "A999921123456", "weight": "70 kg",
        "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%", "final_volume": "50 mL", "diluent": "saline",
        "duration": "30 min"}
NOWHERE = "postgresql://mscprep@/mscprep?host=/nonexistent-socket-folder&connect_timeout=2"


def make_window(qtbot, settings, store=None, operator="Aiko Mori (AM)", **options):
    window = MainWindow(settings=settings, store=store, operator=operator, **options)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    if operator:
        window.start_operator(operator)
    return window


def type_case(window, texts):
    window.fill_form(dict(texts, protocol=texts.get("protocol", "none")))
    window._apply_protocol()


# --- the operator at the keyboard -----------------------------------------------------------

def test_prepared_by_is_the_operator_and_cannot_be_typed(qtbot, settings, store):
    window = make_window(qtbot, settings, store)
    field = window.inputs["prepared_by"]
    assert field.isReadOnly() and field.text() == "Aiko Mori (AM)"
    type_case(window, CASE)
    assert window.state.preparation.identity.prepared_by == "Aiko Mori (AM)"
    rows = store.connection.execute("SELECT operator, event FROM sessions").fetchall()
    assert rows == [("Aiko Mori (AM)", "start")]


def test_an_operator_change_ends_the_session_and_keeps_the_unsaved_case_as_a_draft(qtbot, settings, store, tmp_path,
                                                                                   monkeypatch):
    window = make_window(qtbot, settings, store, draft_file=tmp_path / "data" / "unsaved-draft.json")
    type_case(window, CASE)
    assert window.session.unsaved()
    window.change_operator("Hiroshi Ito (HI)")
    # The form is empty, the new person prepares from now on, and the store logged both sessions.
    assert window.inputs["weight"].text() == "" and window.session.texts.get("weight") is None
    assert window.inputs["prepared_by"].text() == "Hiroshi Ito (HI)" and window.session.operator == "Hiroshi Ito (HI)"
    events = store.connection.execute("SELECT operator, event FROM sessions ORDER BY seq").fetchall()
    assert events == [("Aiko Mori (AM)", "start"), ("Aiko Mori (AM)", "end"), ("Hiroshi Ito (HI)", "start")]
    # What Aiko left unsaved is kept, owner-only, beside the crash draft; the banner offers it back.
    kept = list((tmp_path / "data" / "kept-drafts").glob("kept-*.json"))
    assert len(kept) == 1 and stat.S_IMODE(os.stat(kept[0]).st_mode) == 0o600
    form = json.loads(kept[0].read_text(encoding="utf-8"))["form"]
    assert form["texts"]["weight"] == "70 kg" and form["operator"] == "Aiko Mori (AM)"
    assert window.banner.shown("kept") and "Aiko Mori (AM)" in window.banner.text()
    assert window.kept_action.isEnabled()
    window.banner.actions["kept"].click()                      # "Restore them"
    assert window.inputs["weight"].text() == "70 kg" and window.inputs["patient_id"].text() == "MRN-000123"
    assert window.state.preparation.identity.prepared_by == "Hiroshi Ito (HI)"   # whoever prepares it now
    assert window.banner.shown("restored") and not window.banner.shown("kept")
    assert not list((tmp_path / "data" / "kept-drafts").glob("kept-*.json")) and not window.kept_action.isEnabled()


def test_settings_operator_asks_the_new_name_and_a_saved_case_keeps_nothing(qtbot, settings, store, monkeypatch):
    window = make_window(qtbot, settings, store)
    type_case(window, CASE)
    window.records.save()
    answers = iter(["Hiroshi Ito (HI)"])

    def fake_exec(dialog):
        from PySide6.QtWidgets import QLabel
        assert "Aiko Mori (AM) is working now" in dialog.findChild(QLabel, "operator_change").text()
        assert dialog.name.text() == ""                        # a new person types their own name
        dialog.name.setText(next(answers))
        return 1
    monkeypatch.setattr("ui.dialogs.operator_dialog.OperatorDialog.exec", fake_exec)
    window.choose_operator()
    assert window.session.operator == "Hiroshi Ito (HI)" and not window.banner.shown("kept")
    assert window.windowTitle().endswith("Hiroshi Ito (HI)")


def test_the_former_operator_cannot_check_their_record_after_an_operator_change(qtbot, settings, store):
    from ui.dialogs.double_check_dialog import DoubleCheckDialog
    window = make_window(qtbot, settings, store)
    type_case(window, CASE)
    window.records.save()
    record = window.session.record
    window.change_operator("AM")                               # Aiko again, as initials
    window.records.reopen(store.latest(record.record_id))
    dialog = DoubleCheckDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert dialog.checker.text() == ""                         # not offered: she may be the preparer
    qtbot.keyClicks(dialog.checker, "AM")
    for key in ("din", "weight", "dose", "concentration", "viability", "final_volume", "duration"):
        qtbot.keyClicks(dialog.inputs[key], CASE[key])
    dialog.patient_confirmed.setChecked(True)
    dialog.compare_button.click()
    assert "cannot verify it" in dialog.message.text() and dialog.outcome is None
    assert store.checks(record) == []


# --- a record server that cannot be reached ------------------------------------------------------

def test_an_unreachable_record_server_is_shown_at_once_and_nothing_is_saved_locally(qtbot, settings, tmp_path,
                                                                                     monkeypatch):
    monkeypatch.setenv("MSCPREP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MSCPREP_DATABASE_URL", NOWHERE)
    store, status = open_store(settings.get("records") or None)
    assert store is None and not status.reachable
    window = make_window(qtbot, settings, None, draft_file=tmp_path / "data" / "unsaved-draft.json",
                         store_status=status)
    assert window.banner.shown("store") and "cannot be reached" in window.banner.text()
    assert window.strip.store.isVisibleTo(window) and "not reachable" in window.strip.store.text()
    assert window.record_button.isVisibleTo(window) and not window.record_button.isEnabled()
    type_case(window, CASE)
    window.save_draft()
    assert json.loads((tmp_path / "data" / "unsaved-draft.json").read_text())["form"]["texts"]["weight"] == "70 kg"
    assert not list((tmp_path / "data").glob("*.sqlite3"))       # never a local records file instead
    assert window.records.retry_store() is False and window.banner.shown("store")


def test_a_server_lost_while_saving_keeps_the_form_as_a_draft_and_says_so(qtbot, settings, tmp_path, pg_server):
    database = pg_server.new_database()
    store = RecordStore(pg_server.url(database))
    window = make_window(qtbot, settings, store, draft_file=tmp_path / "data" / "unsaved-draft.json")
    assert "server" in window.strip.store.text() and not window.banner.shown("store")
    type_case(window, CASE)
    store.backend.url = NOWHERE                                 # the network is gone
    store.backend.connection.close()
    warnings = []
    import ui.record_actions
    original = ui.record_actions.QMessageBox.warning
    ui.record_actions.QMessageBox.warning = lambda *args, **kwargs: warnings.append(args[2])
    try:
        window.records.save()
    finally:
        ui.record_actions.QMessageBox.warning = original
    assert warnings and "cannot be reached" in warnings[0]
    assert window.banner.shown("store") and "not reachable" in window.strip.store.text()
    assert window.inputs["weight"].text() == "70 kg" and window.session.record is None
    draft = json.loads((tmp_path / "data" / "unsaved-draft.json").read_text())
    assert draft["form"]["texts"]["weight"] == "70 kg"
    store.backend.url = pg_server.url(database)                 # back again: Try again clears the banner
    assert window.records.retry_store() is True and not window.banner.shown("store")
    window.records.save()
    assert window.session.record is not None and window.session.record.version == 1
    store.close()


# --- the audit trail, checked without freezing the window ------------------------------------------

def test_the_full_audit_check_runs_in_the_background_and_a_failure_shows_a_red_banner(qtbot, settings, store):
    window = make_window(qtbot, settings, store)
    type_case(window, CASE)
    window.records.save()
    window.records.verify_audit_at_start()
    qtbot.waitUntil(lambda: window.records.last_audit is not None, timeout=10000)
    assert window.records.last_audit.intact and not window.banner.shown("audit")
    import sqlite3
    connection = sqlite3.connect(store.path, isolation_level=None)
    connection.execute("DROP TRIGGER records_no_update")
    connection.execute("UPDATE records SET patient_name = 'Someone Else'")   # a row, not the chain
    from mscprep.records import schema
    for statement in schema._sqlite_guards("records"):          # the guard put back: the structure is sound
        connection.execute(statement)
    connection.close()
    assert store.verify_audit(rows=False).intact                # the quick check cannot see it ...
    window.records.last_audit = None
    window.records.verify_audit_at_start()
    assert window.records.audit_check.running                   # ... the full one runs apart
    qtbot.waitUntil(lambda: window.records.last_audit is not None, timeout=10000)
    assert not window.records.last_audit.intact
    assert window.banner.shown("audit") and "AUDIT TRAIL CHECK FAILED" in window.banner.text()


# --- files holding patient data ----------------------------------------------------------------

def test_the_saved_sheet_is_owner_only_and_a_looser_file_is_tightened_once(qtbot, settings, tmp_path):
    from mscprep import private_files
    private_files.take_notice()
    window = make_window(qtbot, settings, None, operator="")
    type_case(window, CASE)
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    assert window.printing.save_pdf(str(target)) == str(target)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600 and target.read_bytes().startswith(b"%PDF")
    assert window.banner.shown("notice") and "private to you" in window.banner.text()
    window.banner.hide_banner("notice")
    window.printing.save_pdf(str(target))
    assert not window.banner.shown("notice")                     # said once


def test_history_exports_a_record_as_fhir_and_the_list_as_csv_owner_only(qtbot, settings, store, tmp_path):
    from fhir.resources.R4B.bundle import Bundle
    from ui.dialogs.history_dialog import HistoryDialog
    window = make_window(qtbot, settings, store)
    type_case(window, dict(CASE, patient_name="=HYPERLINK(\"http://x\")"))
    window.records.save()
    record = window.session.record
    dialog = HistoryDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    path = dialog.export_fhir(str(tmp_path / "record.json"))
    data = json.loads((tmp_path / "record.json").read_text(encoding="utf-8"))
    Bundle.model_validate(data)                                     # a valid R4 Bundle
    assert data["identifier"]["value"] == f"{record.record_id}/1" and path.endswith("record.json")
    medication = next(e["resource"] for e in data["entry"] if e["resource"]["resourceType"] == "Medication")
    assert medication["identifier"][0]["value"] == record.din
    assert stat.S_IMODE(os.stat(tmp_path / "record.json").st_mode) == 0o600
    assert record.record_id in dialog.count.text()
    dialog.export(str(tmp_path / "list.csv"))
    text = (tmp_path / "list.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and stat.S_IMODE(os.stat(tmp_path / "list.csv").st_mode) == 0o600


def test_a_reprint_prints_the_record_state_with_the_audit_head(qtbot, settings, store, monkeypatch):
    window = make_window(qtbot, settings, store)
    type_case(window, CASE)
    window.records.save()
    record = window.session.record
    printed = []
    monkeypatch.setattr(window.printing, "preview", lambda data, what, for_print: printed.append((data, what,
                                                                                                   for_print)))
    monkeypatch.setattr(window.printing, "pdf", lambda document, state, reprint=False: (document, state, reprint))
    window.printing.reprint(record)
    (document, state, reprint), what, for_print = printed[0]
    assert reprint and what == "sheet" and document == record.document()      # the stored document
    assert state.record_id == record.record_id and state.audit_head and len(state.audit_head) == 64
    assert not [row for row in store.connection.execute("SELECT action FROM audit WHERE action LIKE '%print'")]
    document, printed_state, reprint = for_print()                             # the job handed to the printer
    assert reprint and printed_state.audit_head == store.head() != state.audit_head   # the head includes it
    assert store.connection.execute("SELECT what FROM audit WHERE action LIKE '%print' ORDER BY seq DESC "
                                    "LIMIT 1").fetchone()[0] == f"version {record.version}: sheet"


# --- the thermal label printer ------------------------------------------------------------------

def zpl_settings(settings, queue="zebra", dpi="300"):
    settings.set("label_output", "zpl")
    settings.set("label_queue", queue)
    settings.set("label_dpi", dpi)


def test_a_label_goes_to_the_thermal_printer_as_zpl(qtbot, settings, store, monkeypatch):
    from mscprep.zpl import document_zpl
    sent = []
    monkeypatch.setattr("mscprep.zpl.print_raw",
                        lambda data, queue, **kw: sent.append((data, queue)) or "request id is zebra-7")
    zpl_settings(settings)
    window = make_window(qtbot, settings, store)
    type_case(window, dict(CASE, patient_name="Yamada Hanako"))
    window.records.save()
    document, state = window.session.printable()
    job = window.printing.print_label()
    assert job == "request id is zebra-7" and len(sent) == 1
    data, queue = sent[0]
    assert queue == "zebra" and data.startswith("^XA") and "^PW1181" in data      # 100 mm at 300 dpi
    assert "Yamada Hanako" in data and "DRAFT" in data and "^BC" in data and "^BQ" in data
    assert data == document_zpl(document, state, dpi=300)
    assert [row[0] for row in store.connection.execute(
        "SELECT action FROM audit WHERE record_id = ? ORDER BY seq", (window.session.record.record_id,))][-1] == "print"
    window.printing.print_label()
    assert "REPRINT" in sent[1][0]


def test_a_label_the_thermal_printer_cannot_print_is_refused_with_the_reason(qtbot, settings, store, monkeypatch):
    sent, warnings = [], []
    monkeypatch.setattr("mscprep.zpl.print_raw", lambda data, queue, **kw: sent.append(data) or "job")
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: warnings.append(args[2]))
    zpl_settings(settings)
    window = make_window(qtbot, settings, store)
    type_case(window, dict(CASE, patient_name="山田花子"))        # the printer's font has no kanji
    assert window.printing.print_label() is None and sent == []
    assert "cannot print" in warnings[-1] and "PDF label" in warnings[-1]
    type_case(window, dict(CASE, viability="5%"))                  # blocked: no label at all
    assert window.state.status_kind == "blocked"
    assert window.printing.print_label() is None and sent == [] and "BLOCKED - NOT FOR ADMINISTRATION" in warnings[-1]
    audit = [row[0] for row in store.connection.execute("SELECT action FROM audit")]
    assert "print" not in audit                                    # nothing printed, nothing logged


def test_a_queue_that_refuses_the_job_is_said_plainly(qtbot, settings, store, monkeypatch, tmp_path):
    failing = tmp_path / "lp"
    failing.write_text("#!/bin/sh\necho 'lp: The printer or class does not exist.' >&2\nexit 1\n")
    failing.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}:{os.environ['PATH']}")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: warnings.append(args[2]))
    zpl_settings(settings, queue="no-such-queue")
    window = make_window(qtbot, settings, store)
    type_case(window, CASE)
    assert window.printing.print_label() is None
    assert "no-such-queue" in warnings[-1] and "does not exist" in warnings[-1]


def test_a_label_printed_through_a_real_cups_raw_queue_arrives_unchanged(qtbot, settings, store, cups_queue,
                                                                        monkeypatch):
    from mscprep.zpl import document_zpl
    environment, output = cups_queue
    monkeypatch.setenv("CUPS_SERVER", environment["CUPS_SERVER"])
    zpl_settings(settings, dpi="203")
    window = make_window(qtbot, settings, store)
    type_case(window, CASE)
    document, state = window.session.printable()
    expected = document_zpl(document, state, dpi=203)
    assert window.printing.print_label().startswith("request id is zebra-")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (not output.exists() or output.stat().st_size < len(expected.encode())):
        time.sleep(0.2)
    assert output.read_bytes() == expected.encode("utf-8")


def test_the_label_printer_setting_lists_the_cups_queues(qtbot, settings):
    from ui.dialogs.label_printer_dialog import LabelPrinterDialog
    dialog = LabelPrinterDialog(settings, ["zebra", "office"])
    qtbot.addWidget(dialog)
    assert dialog.pdf.isChecked() and not dialog.queue.isEnabled()
    dialog.zpl.setChecked(True)
    dialog.queue.setCurrentText("zebra")
    dialog.dpi.setCurrentIndex(dialog.dpi.findData("300"))
    dialog.buttons.accepted.emit()
    assert (settings.get("label_output"), settings.get("label_queue"), settings.get("label_dpi")) == \
        ("zpl", "zebra", "300")


# --- findings a typed reason releases, and a nebulized course --------------------------------------

def test_a_dose_beyond_the_course_can_be_released_from_the_window(qtbot, settings):
    now = datetime.now().astimezone()
    window = make_window(qtbot, settings, None, operator="")
    type_case(window, {"protocol": "temcell", "weight": "60 kg", "patient_name": "Yamada Hanako",
                       "patient_id": "MRN-1", "din": "A999921123456", "container_dins": "A999921123457",
                       "thawed_at": (now - timedelta(minutes=20)).isoformat(timespec="minutes"),
                       "dose_number": "9", "previous_dose_at": (now - timedelta(days=4)).isoformat(timespec="minutes")})
    assert window.state.status_kind == "blocked"
    reason = window.findings_box.findChild(QLineEdit, "reason_course_beyond_last_dose")
    assert reason is not None                                    # a hard finding, but releasable
    qtbot.keyClicks(reason, "ninth dose ordered by Dr Sato (partial response)")
    reason.editingFinished.emit()
    assert window.state.status_kind == "ok"
    finding = next(f for f in window.state.findings if f.code == "course_beyond_last_dose")
    assert finding.override_reason.startswith("ninth dose")
    assert window.findings_box.findChild(QLineEdit, "reason_course_interval_short") is None


def test_a_nebulized_protocol_gets_only_what_was_typed_and_a_left_weight_is_refused_at_the_field(qtbot, settings):
    window = make_window(qtbot, settings, None, operator="K. Tanaka")
    type_case(window, {"protocol": "secretome-nebulized", "patient_name": "Yamada Hanako", "patient_id": "MRN-1",
                       "first_dose_at": "2026-11-30T08:00"})
    # nothing intravenous is filled in by the window: the course is computed
    assert set(window.form_texts()) == {"protocol", "patient_name", "patient_id", "first_dose_at", "prepared_by"}
    assert window.state.field_errors == {} and window.state.status_kind == "ok"
    type_case(window, {"protocol": "temcell", "weight": "60 kg", "patient_name": "Yamada Hanako",
                       "patient_id": "MRN-1"})
    window.protocol_box.setCurrentIndex(window.protocol_box.findData("secretome-nebulized"))
    # a weight typed for the intravenous protocol is not dropped in silence: refused, said at the field
    assert window.inputs["weight"].text() == "60 kg" and window.rows["weight"].isVisibleTo(window)
    assert "weight" in window.state.field_errors and window.error_labels["weight"].isVisibleTo(window)
    assert "does not apply to the nebulized protocol" in window.error_labels["weight"].text()


def test_the_about_box_shows_the_sheets_intended_use(qtbot, settings):
    from mscprep.defaults import app_defaults
    window = make_window(qtbot, settings, None, operator="")
    assert app_defaults().intended_use in window.about_text()


def test_reopening_a_record_whose_protocol_changed_says_so(qtbot, settings, store, monkeypatch):
    window = make_window(qtbot, settings, store)
    type_case(window, CASE)
    window.records.save()
    record = window.session.record
    load = window.session.load

    def load_after_a_protocol_change(saved):
        texts = load(saved)
        window.session.load_notice = ("The protocol's defaults changed since this record was saved: the record's "
                                      "own figures are shown as entered.")
        return texts
    monkeypatch.setattr(window.session, "load", load_after_a_protocol_change)
    window.records.reopen(store.latest(record.record_id))
    assert window.banner.shown("notice") and "defaults changed" in window.banner.text()

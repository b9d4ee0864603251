"""Work lists (issue 24): records awaiting a double check, weighing, a label; a pharmacist
opens the check from the list in one step, the check is blind (the window's form and plan
are covered) and asks the checker to confirm the patient's name and ID."""

from datetime import datetime, timedelta

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from mscprep.preparation.build import prepare
from mscprep.preparation.gravimetric import density, weigh
from mscprep.records.worklists import work_lists
from mscprep.units import G
from ui.dialogs.double_check_dialog import DoubleCheckDialog
from ui.dialogs.work_lists_dialog import WorkListsDialog
from ui.main_window import MainWindow
from ui.settings import Settings

CASE = {"protocol": "none", "weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL",
        "viability": "90%", "final_volume": "50 mL", "diluent": "saline", "duration": "30 min", "patient_id": "MRN-000123",
        "patient_name": "Yamada Hanako", "din": "A999921123456"}
FIGURES = {key: CASE[key] for key in ("din", "weight", "dose", "concentration", "viability", "final_volume",
                                      "duration")}


def make_window(qtbot, tmp_path, store, operator="K. Tanaka"):
    win = MainWindow(settings=Settings(QSettings(str(tmp_path / f"{operator}.ini"), QSettings.IniFormat)),
                     store=store, operator=operator)
    qtbot.addWidget(win)
    win.show()
    return win


def saved(window, **changes):
    window.load_form(dict(CASE, **changes), {})
    return window.session.save()


def test_records_move_through_the_three_lists(store):
    preparation = prepare(CASE)
    record = store.save(preparation, "K. Tanaka")
    assert [item.summary.record_id for item in work_lists(store)["check"]] == [record.record_id]
    from mscprep.records.doublecheck import run_check
    store.record_check(record, "M. Sato", dict(FIGURES), run_check(record, FIGURES))
    lists = work_lists(store)
    assert lists["check"] == [] and [item.summary.record_id for item in lists["weigh"]] == [record.record_id]
    mass = (preparation.weighed_volume * density(preparation)).to("g")
    store.record_weighing(record, "K. Tanaka", weigh(preparation, 20 * G, 20 * G + mass))
    lists = work_lists(store)
    assert lists["weigh"] == [] and [item.summary.record_id for item in lists["label"]] == [record.record_id]
    store.record_print(record, "K. Tanaka", "label")
    assert work_lists(store) == {"check": [], "weigh": [], "label": []}


def test_a_blocked_record_is_on_no_list(store):
    store.save(prepare(dict(CASE, available="1 mL")), "K. Tanaka")
    assert work_lists(store) == {"check": [], "weigh": [], "label": []}


def test_the_pharmacist_checks_from_the_list_in_one_step_and_it_is_blind(qtbot, tmp_path, store):
    preparer = make_window(qtbot, tmp_path, store)
    record = saved(preparer)
    pharmacist = make_window(qtbot, tmp_path, store, operator="M. Sato")
    pharmacist.load_form(dict(CASE, patient_id="MRN-OTHER"), {})        # another case open in the window
    before = pharmacist.form_texts()
    dialog = WorkListsDialog(pharmacist)
    qtbot.addWidget(dialog)
    assert dialog.lists["check"].count() == 1 and "Yamada Hanako" in dialog.lists["check"].item(0).text()
    seen = {}

    def check_it():
        check = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DoubleCheckDialog) and w.isVisible())
        seen["covered"] = not pharmacist.splitter.isVisible() and pharmacist._cover.isVisible()
        seen["record"] = check.record.record_id
        assert not check.compare_button.isEnabled() or not check.patient_confirmed.isChecked()
        check.checker.setText("M. Sato")
        for key, text in FIGURES.items():
            check.inputs[key].setText(text)
        seen["needs_patient"] = not check.compare_button.isEnabled()
        check.patient_confirmed.setChecked(True)
        check.compare_button.click()
        seen["matched"] = check.outcome is not None and check.outcome.matched
        check.reject()

    QTimer.singleShot(50, check_it)
    dialog.act_buttons["check"].click()                # one step: the check opens on the record
    assert seen == {"covered": True, "record": record.record_id, "needs_patient": True, "matched": True}
    assert pharmacist.splitter.isVisible() and not pharmacist._cover.isVisible()
    assert pharmacist.form_texts() == before           # the window's own case was not replaced
    assert dialog.lists["check"].count() == 0 and dialog.lists["weigh"].count() == 1
    assert store.status(record).verified_by == "M. Sato"

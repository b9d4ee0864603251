"""Issue 6: multi-bag split, course schedule, blinded placebo, nebulized secretome."""

import json
import subprocess
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QSettings

from mscprep import display
from mscprep.errors import InputError
from mscprep.preparation.build import prepare
from mscprep.preparation.kinds.nebulized import compute_aliquot_plan
from mscprep.printing.sheet import write_sheet
from mscprep.protocol.loader import shipped_protocols
from mscprep.units import CELL, MIN, ML

from helpers import run_cli, status

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
ADIPOSE = {"protocol": "adipose-msc-fixed", "weight": "70 kg", "dose": "2e9 cell", "concentration": "2e7 cell/mL",
           "viability": "95%", "rate": "3 mL/min", "thawed_at": "2026-11-23T09:30:00+00:00", "stability": "4 h",
           "patient_name": "Adipose Patient", "patient_id": "MRN-AD"}
REASONS = {"anticoagulation_decision": "heparin decided by Dr Sato"}


def text_of(path, first=1, last=99):
    return subprocess.run(["pdftotext", "-f", str(first), "-l", str(last), "-layout", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


# --- multi-bag --------------------------------------------------------------------------

def test_large_fixed_dose_is_split_into_equal_bags_whose_totals_add_up_exactly():
    plan = prepare(ADIPOSE, now=NOW, reasons=REASONS)
    assert plan.final_volume.m_as(ML) == pytest.approx(400)   # 2e9 viable cells at 5e6/mL
    assert len(plan.bags) == 4 and all(bag.of == 4 for bag in plan.bags)
    assert sum(bag.cells.m_as(CELL) for bag in plan.bags) == plan.dose.m_as(CELL)
    assert sum(bag.final_volume.m_as(ML) for bag in plan.bags) == plan.final_volume.m_as(ML)
    assert sum(bag.volume_to_draw.m_as(ML) for bag in plan.bags) == plan.volume_to_draw.m_as(ML)
    # as measured (whole 1 mL marks): 105.3 mL of product, each bag's 26.3 mL measured as a single draw
    # (26 mL, -1.2 %; not 27 + 26 + 26 + 26, whose first bag is +2.6 %), diluent so that each bag is 100 mL
    assert [bag.draw_measured.m_as(ML) for bag in plan.bags] == [26, 26, 26, 26]
    assert [bag.final_measured.m_as(ML) for bag in plan.bags] == [100, 100, 100, 100]
    assert sum(bag.diluent_measured.m_as(ML) for bag in plan.bags) == plan.diluent_volume_measured.m_as(ML) == 296
    assert sum(bag.duration.m_as(MIN) for bag in plan.bags) == plan.duration.m_as(MIN)
    assert all(bag.final_volume.m_as(ML) <= 100 for bag in plan.bags)
    assert plan.bags[0].cells.m_as(CELL) == pytest.approx(5e8)
    # infused one after another: the last bag must end by the use-by time
    assert plan.bags[-1].latest_start == plan.use_by - timedelta(minutes=plan.bags[-1].duration.m_as(MIN))
    assert plan.bags[0].latest_start == plan.latest_start
    assert "split_into_bags" in {f.code for f in plan.findings}


def test_uneven_split_still_adds_up_exactly():
    plan = prepare(dict(ADIPOSE, dose="1.3e9 cell"), now=NOW, reasons=REASONS)   # 260 mL -> 3 bags
    assert len(plan.bags) == 3
    assert sum(bag.final_volume.m_as(ML) for bag in plan.bags) == plan.final_volume.m_as(ML)
    assert sum(bag.cells.m_as(CELL) for bag in plan.bags) == plan.dose.m_as(CELL)


def test_no_split_when_the_preparation_fits_one_bag():
    plan = prepare(dict(ADIPOSE, dose="2e8 cell"), now=NOW, reasons=REASONS)
    assert plan.bags == () and "split_into_bags" not in {f.code for f in plan.findings}


def test_bags_in_json_and_one_label_per_bag(tmp_path):
    result = run_cli("plan", "--protocol", "adipose-msc-fixed", "--weight", "70 kg", "--dose", "2e9 cell",
                     "--concentration", "2e7 cell/mL", "--viability", "95%", "--rate", "5 mL/min", "--json")
    bags = json.loads(result.stdout)["bags"]
    assert [bag["number"] for bag in bags] == [1, 2, 3, 4] and bags[0]["of"] == 4
    assert sum(bag["cells"]["value"] for bag in bags) == 2e9
    assert [bag["volume_to_draw_measured"]["value"] for bag in bags] == [26, 26, 26, 26]   # each within 2 %
    path = tmp_path / "bags.pdf"
    plan = prepare(ADIPOSE, now=NOW, reasons=REASONS)
    write_sheet(plan, path)
    text = " ".join(text_of(path).split())
    for bag in plan.bags:       # one label per bag, saying what it holds, of which basis
        assert (f"Bag {bag.number} of 4: {display.cells_text(bag.cells_delivered.m_as(CELL))} viable cells (of "
                f"{display.cells_text(plan.dose_delivered.m_as(CELL))})") in text
    # per-bag steps whose printed volumes add up
    assert "Bag 1 of 4: Draw 26 mL of product (30 mL syringe, 1 mL marks), add 74 mL" in text
    assert "Bag 4 of 4: Draw 26 mL of product (30 mL syringe, 1 mL marks), add 74 mL" in text
    assert "In all: 104 mL of product + 296 mL = 400 mL" in text


# --- course -------------------------------------------------------------------------------

def test_temcell_course_dates_and_dose_number():
    plan = prepare({"protocol": "temcell", "weight": "60 kg", "dose_number": "3",
                    "previous_dose_at": "2026-11-20T10:00:00+00:00"}, now=NOW)
    assert plan.course.dose_number == 3 and plan.course.doses == 8
    assert [d.date().isoformat() for d in plan.course.next_doses] == [
        "2026-11-26", "2026-11-30", "2026-12-03", "2026-12-07", "2026-12-10"]
    assert not {f.code for f in plan.findings} & {"course_interval_short", "course_previous_dose_unknown"}


def test_interval_shorter_than_allowed_is_hard():
    plan = prepare({"protocol": "temcell", "weight": "60 kg", "dose_number": "2",
                    "previous_dose_at": "2026-11-21T10:00:00+00:00"}, now=NOW)
    short = next(f for f in plan.findings if f.code == "course_interval_short")
    assert short.severity.value == "hard" and "Only 2 days" in short.message and short.limit == "3 days"
    assert status(plan).blocked
    ok = prepare({"protocol": "temcell", "weight": "60 kg", "dose_number": "2",
                  "previous_dose_at": "2026-11-20T10:00:00+00:00"}, now=NOW)
    assert "course_interval_short" not in {f.code for f in ok.findings}


def test_ucmsc_second_dose_30_days_apart(tmp_path):
    listing = tmp_path / "list.csv"
    listing.write_text("code,arm\nUC-1,active\n", encoding="utf-8")
    trial = {"protocol": "ucmsc-frailty", "weight": "70 kg", "concentration": "1e7 cell/mL", "viability": "90%",
             "randomisation_code": "UC-1", "randomisation_list": str(listing)}
    early = prepare(dict(trial, dose_number="2", previous_dose_at="2026-10-30T10:00:00+00:00"), now=NOW)
    assert "course_interval_short" in {f.code for f in early.findings}
    first = prepare(trial, now=NOW)
    assert [d.date().isoformat() for d in first.plan.course.next_doses] == ["2026-12-23"]


def test_course_edges():
    unknown = prepare({"protocol": "temcell", "weight": "60 kg", "dose_number": "2"}, now=NOW)
    assert "course_previous_dose_unknown" in {f.code for f in unknown.findings}
    beyond = prepare({"protocol": "temcell", "weight": "60 kg", "dose_number": "9",
                      "previous_dose_at": "2026-11-19T10:00:00+00:00"}, now=NOW)
    assert "course_beyond_last_dose" in {f.code for f in beyond.findings}
    with pytest.raises(InputError, match="treatment course only"):
        prepare({"weight": "60 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL", "viability": "90%",
                 "duration": "30 min", "dose_number": "2"}, now=NOW)


def test_course_in_json():
    result = run_cli("plan", "--protocol", "temcell", "--weight", "60 kg", "--dose-number", "7",
                     "--previous-dose-at", "2026-11-19T10:00", "--now", "2026-11-23T10:00", "--json")
    course = json.loads(result.stdout)["course"]
    assert course["dose_number"] == 7 and course["doses"] == 8 and len(course["next_doses"]) == 1
    assert course["since_previous"]["value"] == pytest.approx(4 * 24 * 60)


# --- blinded placebo ------------------------------------------------------------------------

def blinded(tmp_path, arm, code="UC-017"):
    listing = tmp_path / f"list-{arm}.csv"
    listing.write_text(f"code,arm\n{code},{arm}\nUC-999,active\n", encoding="utf-8")
    return prepare({"protocol": "ucmsc-frailty", "weight": "70 kg", "concentration": "1e7 cell/mL",
                    "viability": "90%", "patient_id": "MRN-1", "patient_name": "Trial Patient",
                    "randomisation_code": code, "randomisation_list": str(listing),
                    "thawed_at": "2026-11-23T09:00:00+00:00"}, now=NOW)


def test_code_decides_the_arm_and_the_placebo_matches_volume_rate_and_duration(tmp_path):
    active, placebo = blinded(tmp_path, "active"), blinded(tmp_path, "placebo")
    assert active.kind == placebo.kind == "blinded" and active.arm == "active" and placebo.arm == "placebo"
    assert placebo.plan == active.plan   # the same figures through the same chain
    assert active.document("ward").sections == placebo.document("ward").sections
    assert placebo.to_dict()["dose"] == {"value": 0.0, "unit": "cell"}
    assert placebo.to_dict()["final_volume"] == active.to_dict()["final_volume"]
    assert placebo.to_dict()["blinded"]["arm"] == "placebo" and active.to_dict()["blinded"]["arm"] == "active"


def test_ward_label_and_sheet_print_identically_for_both_arms(tmp_path):
    paths = {}
    for arm in ("active", "placebo"):
        paths[arm] = tmp_path / f"{arm}.pdf"
        write_sheet(blinded(tmp_path, arm), paths[arm])
    active_text, placebo_text = text_of(paths["active"]), text_of(paths["placebo"])
    assert active_text == placebo_text
    assert "UC-MSC study product or placebo (blinded)" in active_text and "Code UC-017" in active_text
    for revealing in ("placebo arm", "PLACEBO", "ACTIVE", "10 × 10⁶", "cells/mL", "DIN"):
        assert revealing not in active_text


def test_pharmacy_copy_keeps_the_truth(tmp_path):
    path = tmp_path / "pharmacy.pdf"
    write_sheet(blinded(tmp_path, "placebo"), path, audience="pharmacy")
    text = text_of(path)
    assert "UC-017: PLACEBO" in text and "Prepare 100 mL of 0.9% sodium chloride (no cells)" in text
    write_sheet(blinded(tmp_path, "active"), path, audience="pharmacy")
    assert "UC-017: ACTIVE" in text_of(path)


@pytest.mark.parametrize("content, message", [
    ("code,arm\nUC-001,active\n", "not in the randomisation list"),
    ("code,arm\nUC-017,verum\n", "is not active or placebo"),
    ("id,group\nUC-017,active\n", "line 1: .* header line must name the columns code and arm"),
    ("code,arm\nUC-017,active\nUC-017,placebo\n", "on line 2 and line 3"),
])
def test_randomisation_list_problems_are_input_errors(tmp_path, content, message):
    listing = tmp_path / "list.csv"
    listing.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        prepare({"protocol": "ucmsc-frailty", "weight": "70 kg", "randomisation_code": "UC-017",
                 "randomisation_list": str(listing)}, now=NOW)


def test_randomisation_needs_a_blinded_protocol_and_a_list(tmp_path):
    with pytest.raises(InputError, match="not a blinded trial protocol"):
        prepare({"protocol": "temcell", "weight": "60 kg", "randomisation_code": "X",
                 "randomisation_list": str(tmp_path / "x.csv")}, now=NOW)
    with pytest.raises(InputError, match="randomisation_list: is required"):
        prepare({"protocol": "ucmsc-frailty", "weight": "60 kg", "randomisation_code": "X"}, now=NOW)


# --- nebulized secretome ---------------------------------------------------------------------

def test_secretome_aliquot_plan_counts_and_calendar():
    protocol = shipped_protocols().get("secretome-nebulized")
    plan = compute_aliquot_plan({"first_dose_at": "2026-11-24T08:00:00+00:00"}, protocol, NOW)
    assert plan.count == 10
    assert plan.fill_volume.m_as(ML) == pytest.approx(2.3) and plan.total_volume.m_as(ML) == pytest.approx(23)
    times = [moment.isoformat() for _n, moment in plan.calendar]
    assert times[0] == "2026-11-24T08:00:00+00:00" and times[1] == "2026-11-24T20:00:00+00:00"
    assert times[-1] == "2026-11-28T20:00:00+00:00" and len(times) == 10
    assert not plan.findings


def test_secretome_first_dose_defaults_to_the_next_slot_and_stock_is_checked():
    protocol = shipped_protocols().get("secretome-nebulized")
    plan = compute_aliquot_plan({"available": "20 mL"}, protocol, NOW)
    assert plan.calendar[0][1] == datetime(2026, 11, 23, 20, 0, tzinfo=timezone.utc)
    assert status(plan).blocked and plan.findings[0].code == "volume_exceeds_available"


def test_secretome_json_keeps_contract_keys_null_and_adds_aliquots():
    result = run_cli("plan", "--protocol", "secretome-nebulized", "--first-dose-at", "2026-11-24T08:00", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    for key in ("dose", "volume_to_draw", "rate", "duration", "cell_rate", "dmso"):
        assert data[key] is None
    assert data["route"] == "nebulized" and data["aliquots"]["count"] == 10
    assert data["aliquots"]["total_volume"] == {"value": 23.0, "unit": "mL"} and len(data["calendar"]) == 10


def test_secretome_sheet_has_the_dosing_calendar_and_no_filter(tmp_path):
    protocol = shipped_protocols().get("secretome-nebulized")
    path = tmp_path / "neb.pdf"
    write_sheet(compute_aliquot_plan({"first_dose_at": "2026-11-24T08:00:00+00:00"}, protocol, NOW), path)
    text = text_of(path)
    assert "Dosing calendar" in text and "2026-11-28 20:00" in text and "10 × 2.3 mL" in text
    assert "170-260" not in text and "mL/min" not in text


# --- the GUI shows them ------------------------------------------------------------------

def test_gui_shows_bags_course_trial_arm_and_aliquots(qtbot, tmp_path):
    from ui.main_window import MainWindow
    from ui.settings import Settings
    window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)))
    qtbot.addWidget(window)
    window.protocol_box.setCurrentIndex(window.protocol_box.findData("adipose-msc-fixed"))
    for key, text in (("weight", "70 kg"), ("dose", "2e9 cell"), ("concentration", "2e7 cell/mL"),
                      ("viability", "95%"), ("rate", "5 mL/min")):
        qtbot.keyClicks(window.inputs[key], text)
    assert window.result_values["bags"].text().startswith("4 × 100 mL (494 × 10⁶ cells, 20 min each)")   # equal bags, each measured as one draw
    window.protocol_box.setCurrentIndex(window.protocol_box.findData("temcell"))
    window.inputs["dose"].clear()
    window.inputs["concentration"].clear()
    window.inputs["rate"].clear()
    window.count_method.setCurrentIndex(window.count_method.findData("label"))
    window.inputs["weight"].setText("60 kg")
    window.inputs["dose_number"].setText("2")
    window.inputs["previous_dose_at"].setText("2026-01-01T10:00")
    assert window.result_values["course"].text().startswith("dose 2 of 8")
    listing = tmp_path / "list.csv"
    listing.write_text("code,arm\nUC-5,placebo\n", encoding="utf-8")
    window.protocol_box.setCurrentIndex(window.protocol_box.findData("ucmsc-frailty"))
    window.inputs["dose_number"].clear()
    window.inputs["previous_dose_at"].clear()
    # a placebo is computed from the same figures as the cell product: the count is needed too
    window.count_method.setCurrentIndex(window.count_method.findData("counter"))
    window.inputs["concentration"].setText("1e7 cell/mL")
    window.inputs["viability"].setText("90%")
    window.inputs["randomisation_code"].setText("UC-5")
    window.inputs["randomisation_list"].setText(str(listing))
    assert window.result_values["arm"].text() == "UC-5: PLACEBO"
    window.inputs["randomisation_code"].clear()
    window.inputs["randomisation_list"].clear()
    window.protocol_box.setCurrentIndex(window.protocol_box.findData("secretome-nebulized"))
    # a nebulized course takes no weight or cell count: left in the form they are refused, not ignored
    assert window.state.field_errors.keys() & {"weight", "concentration", "viability"}
    for key in ("weight", "concentration", "viability"):
        window.inputs[key].clear()
    assert window.result_values["aliquots"].text().startswith("10 × 2.3 mL")
    # computed; whose it is still to be entered (a secretome aliquot has no DIN, no thaw time)
    assert window.state.status_kind == "identity" and window.state.missing_identity == ("patient_name", "patient_id")


# --- the unblinded pharmacy record ------------------------------------------------------

def test_blinded_preparations_are_recorded_with_their_arm_checked_and_weighed(tmp_path):
    from mscprep.preparation.gravimetric import weigh_entered as weigh
    from mscprep.preparation.release import RecordState as RecordInfo
    from mscprep.records.doublecheck import compare
    from mscprep.records.store import RecordStore
    store = RecordStore(tmp_path / "records.sqlite3")
    placebo = blinded(tmp_path, "placebo")
    record = store.save(placebo, "K. Tanaka")
    assert record.plan["blinded"]["arm"] == "placebo" and record.inputs["randomisation_code"] == "UC-017"
    assert "randomisation_list" not in record.inputs
    # a checker reading a list that says "active" for the same code does not verify it
    wrong = compare(record.plan, blinded(tmp_path, "active"))
    assert not wrong.matched and "arm" in {d.key for d in wrong.differences}
    right = compare(record.plan, blinded(tmp_path, "placebo"))
    assert right.matched and store.record_check(record, "M. Sato", {}, right)
    weighing = weigh(placebo, "20 g", f"{20 + 100 * 1.005} g")
    # the placebo bag holds the saline as measured: 2 fills of the 50 mL syringe
    assert weighing.within and weighing.expected_volume.m_as(ML) == 100
    store.record_weighing(record, "K. Tanaka", weighing)
    paths = {}
    for arm in ("active", "placebo"):
        paths[arm] = tmp_path / f"final-{arm}.pdf"
        write_sheet(blinded(tmp_path, arm), paths[arm], record=RecordInfo("R-1", 1, "M. Sato", weighing))
    assert text_of(paths["active"]) == text_of(paths["placebo"])
    assert "DRAFT" not in text_of(paths["placebo"])
    store.close()


def test_aliquot_plans_are_recorded(tmp_path):
    from mscprep.records.store import RecordStore
    store = RecordStore(tmp_path / "records.sqlite3")
    protocol = shipped_protocols().get("secretome-nebulized")
    record = store.save(compute_aliquot_plan({"patient_id": "MRN-5"}, protocol, NOW), "K. Tanaka")
    assert record.plan["aliquots"]["count"] == 10 and record.patient_id == "MRN-5"
    assert store.verify_audit().intact
    store.close()

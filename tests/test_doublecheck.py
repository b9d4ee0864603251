"""The independent double check's rules in the core: which figures a record's check
requires, what is still missing, and the side-by-side comparison as the GUI shows it."""

import pytest

from mscprep import clock
from mscprep.errors import InputError
from mscprep.preparation.build import prepare
from mscprep.records.doublecheck import (CHECK_FIELDS, checker_form, compare, comparison, missing_figures,
                                         required_figures, run_check)

from helpers import plan

FORM = dict(final_volume="50 mL", diluent="saline", patient_id="MRN-000123", patient_name="Yamada Hanako", din="A999921123456")


def labels(requirements):
    return [requirement.label for requirement in requirements]


def test_required_figures_follow_how_the_record_was_counted(store):
    counter = store.save(plan(**FORM), "K. Tanaka")
    assert labels(required_figures(counter)) == ["DIN (ISBT 128)", "Body weight", "Dose", "Total cell concentration",
                                                 "Viability", "Final volume", "Rate or Duration"]
    hemocytometer = store.save(plan(**dict(FORM, concentration=None, viability=None, hemocytometer="45, 43, 47, 44",
                                           dead="3, 4, 2, 3", dilution_factor="2", din=None)), "K. Tanaka")
    assert labels(required_figures(hemocytometer)) == [
        "Body weight", "Dose", "Unstained (viable) counts per square", "Dilution factor",
        "Stained (dead) counts per square", "Final volume", "Rate or Duration"]
    # TEMCELL dilutes each bag by the label's method (no dilution target); its DMSO is the product's
    label = store.save(prepare({"protocol": "temcell", "weight": "60 kg", "dmso": "5%"}), "K. Tanaka")
    # the basis decides which cells the dose counts: confirmed from the label too
    assert labels(required_figures(label)) == ["Body weight", "Dose", "Dose basis", "Cells in product (label)",
                                               "Product volume (label)", "Rate or Duration", "DMSO"]
    assert all(key in CHECK_FIELDS for requirement in required_figures(label) for key in requirement.keys)


def test_missing_figures_say_what_to_enter_and_rate_or_duration_is_either(store):
    record = store.save(plan(**FORM), "K. Tanaka")
    entered = {"din": "A999921123456", "weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL",
               "viability": "90%", "final_volume": "50 mL", "diluent": "saline"}
    assert labels(missing_figures(record, entered)) == ["Rate or Duration"]
    assert missing_figures(record, dict(entered, rate="100 mL/h")) == ()
    assert missing_figures(record, dict(entered, duration=" ")) != ()
    with pytest.raises(InputError, match="Rate or Duration"):
        checker_form(record, entered)


def test_the_checkers_form_has_the_records_identity_and_settings_and_only_the_figures_the_checker_typed(store):
    # planned at the real clock, as saved: at the fixed NOON the fresh product's use-by (NOON + 4 h,
    # issue 21) would have passed at the record's time, when the check is computed; not an expiry test
    record = store.save(plan(now=clock.now(), **dict(FORM, max_rate="1 mL/min",
                                                      reasons={"rate_above_max": "ordered"})), "K. Tanaka")
    entered = {"din": "A999921123456", "weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL",
               "viability": "90%", "final_volume": "50 mL", "diluent": "saline", "duration": "30 min", "max_rate": "99 mL/min"}
    form = checker_form(record, entered)
    assert form["patient_id"] == "MRN-000123" and form["protocol"] == "none"
    # not a figure the checker enters: the record's own limit applies, never the checker's
    assert form["max_rate"] == "1 mL/min"
    assert run_check(record, entered).matched


def test_the_comparison_is_readable_with_labels_units_and_signed_percent(store):
    record = store.save(plan(**FORM), "K. Tanaka")
    entered = {"din": "A999921123456", "weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1.1e7 cell/mL",
               "viability": "90%", "final_volume": "50 mL", "diluent": "saline", "duration": "30 min"}
    rows = {row.key: row for row in comparison(run_check(record, entered))}
    draw = rows["volume_to_draw"]
    assert (draw.label, draw.first, draw.second, draw.difference, draw.agrees) == \
        ("Volume to draw", "7.778 mL", "7.071 mL", "-9.1%", False)
    assert (rows["dose"].first, rows["dose"].agrees) == ("70 × 10⁶ cells", True)
    assert rows["duration"].first == "30 min" and rows["din"].agrees
    assert all("_" not in row.label and "e+" not in row.first for row in rows.values())


def test_a_check_confirms_the_use_by_and_the_dosing_calendar(store):
    from datetime import datetime, timezone
    now = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
    thawed = dict(FORM, weight="70 kg", dose="1e6 cell/kg", concentration="1e7 cell/mL", viability="90%",
                  duration="30 min", thawed_at="2026-11-23T09:00:00+00:00", stability="4 h")
    record = store.save(prepare(thawed, now=now), "K. Tanaka")
    assert "Thawed at" in labels(required_figures(record))
    later_thaw = compare(record.plan, prepare(dict(thawed, thawed_at="2026-11-23T09:30:00+00:00"), now=now))
    assert [d.key for d in later_thaw.differences] == ["use_by", "thawed_at"]   # the source figure and its result
    assert later_thaw.differences[0].first.endswith("13:00") and later_thaw.differences[0].second.endswith("13:30")
    nebulized = {"protocol": "secretome-nebulized", "patient_id": "MRN-N", "first_dose_at": "2026-11-24T08:00:00+00:00"}
    record = store.save(prepare(nebulized, now=now), "K. Tanaka")
    assert labels(required_figures(record)) == ["First dose at"]
    moved = compare(record.plan, prepare(dict(nebulized, first_dose_at="2026-11-27T20:00:00+00:00"), now=now))
    assert not moved.matched and "calendar" in {d.key for d in moved.differences}
    assert compare(record.plan, prepare(nebulized, now=now)).matched

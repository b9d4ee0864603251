"""The independent double check's rules in the core: which figures a record's check
requires, what is still missing, and the side-by-side comparison as the GUI shows it."""

import pytest

from mscprep.errors import InputError
from mscprep.preparation.build import prepare
from mscprep.records.doublecheck import (CHECK_FIELDS, checker_form, comparison, missing_figures,
                                         required_figures, run_check)
from mscprep.records.store import RecordStore

from helpers import plan

FORM = dict(final_volume="50 mL", patient_id="MRN-000123", patient_name="Yamada Hanako", din="A999921123456")


@pytest.fixture
def store(tmp_path):
    opened = RecordStore(tmp_path / "records.sqlite3")
    yield opened
    opened.close()


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
    assert labels(required_figures(label)) == ["Body weight", "Dose", "Cells in product (label)",
                                               "Product volume (label)", "Rate or Duration", "DMSO"]
    assert all(key in CHECK_FIELDS for requirement in required_figures(label) for key in requirement.keys)


def test_missing_figures_say_what_to_enter_and_rate_or_duration_is_either(store):
    record = store.save(plan(**FORM), "K. Tanaka")
    entered = {"din": "A999921123456", "weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL",
               "viability": "90%", "final_volume": "50 mL"}
    assert labels(missing_figures(record, entered)) == ["Rate or Duration"]
    assert missing_figures(record, dict(entered, rate="100 mL/h")) == ()
    assert missing_figures(record, dict(entered, duration=" ")) != ()
    with pytest.raises(InputError, match="Rate or Duration"):
        checker_form(record, entered)


def test_the_checkers_form_has_the_records_identity_and_only_what_the_checker_typed(store):
    record = store.save(plan(**dict(FORM, max_rate="1 mL/min", reasons={"rate_above_max": "ordered"})), "K. Tanaka")
    entered = {"din": "A999921123456", "weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL",
               "viability": "90%", "final_volume": "50 mL", "duration": "30 min", "max_rate": "99 mL/min"}
    form = checker_form(record, entered)
    assert form["patient_id"] == "MRN-000123" and form["protocol"] == "none"
    assert "max_rate" not in form                 # not a figure the checker enters
    assert run_check(record, entered).matched


def test_the_comparison_is_readable_with_labels_units_and_signed_percent(store):
    record = store.save(plan(**FORM), "K. Tanaka")
    entered = {"din": "A999921123456", "weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1.1e7 cell/mL",
               "viability": "90%", "final_volume": "50 mL", "duration": "30 min"}
    rows = {row.key: row for row in comparison(run_check(record, entered))}
    draw = rows["volume_to_draw"]
    assert (draw.label, draw.first, draw.second, draw.difference, draw.agrees) == \
        ("Volume to draw", "7.778 mL", "7.071 mL", "-9.1%", False)
    assert (rows["dose"].first, rows["dose"].agrees) == ("70 × 10⁶ cells", True)
    assert rows["duration"].first == "30 min" and rows["din"].agrees
    assert all("_" not in row.label and "e+" not in row.first for row in rows.values())

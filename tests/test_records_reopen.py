"""Every kind of saved record computes again to exactly its stored plan: from the figures
that were entered, its protocol filling in its own defaults (a label's count stays the
label's), so that a record of any protocol can be weighed and reopened."""

from datetime import datetime

import pytest

from mscprep.preparation.build import prepare
from mscprep.preparation.gravimetric import expected_net_mass
from mscprep.records.reopen import entered_texts, preparation_of
from mscprep.protocol.loader import shipped_protocols
from mscprep.selftest import _inputs, load_cases
from mscprep.session import Session
from mscprep.units import ML

IDENTITY = {"patient_name": "Yamada Hanako", "patient_id": "MRN-000123", "din": "A999921123456"}
CASES = load_cases()["case"]


@pytest.mark.parametrize("case", CASES, ids=[case["name"][:50] for case in CASES])
def test_a_saved_record_of_every_reference_case_computes_again_to_its_stored_plan(store, case):
    identity = IDENTITY if case["inputs"].get("protocol") != "secretome-nebulized" else {
        key: IDENTITY[key] for key in ("patient_name", "patient_id")}       # a nebulized product has no DIN
    preparation = prepare(dict(_inputs(case), **identity), now=datetime.fromisoformat(case["now"]),
                          reasons=case.get("reasons"))
    record = store.latest(store.save(preparation, "K. Tanaka").record_id)
    listing = _inputs(case).get("randomisation_list")   # a blinded record keeps its code, not the list
    again = preparation_of(record, randomisation_list=listing)   # raised for every label-count protocol before
    assert again.to_dict() == preparation.to_dict()
    defaulted = set(record.plan.get("defaulted", []))
    assert set(entered_texts(record)) == set(record.inputs) - defaulted
    if preparation.weighed_volume is not None:
        low, expected, high = expected_net_mass(again)
        assert low < expected < high and expected.m_as("g") > 0


def test_a_temcell_record_is_weighed_from_the_record_with_its_label_count_kept_nominal(store):
    preparation = prepare(dict(protocol="temcell", weight="60 kg", thawed_at="2026-01-01T07:45:00+00:00",
                               **IDENTITY), now=datetime.fromisoformat("2026-01-01T08:00:00+00:00"))
    record = store.latest(store.save(preparation, "K. Tanaka").record_id)
    assert "cells_in_product" in record.plan["defaulted"]
    assert preparation_of(record).to_dict()["containers"]["figures"] == preparation.to_dict()["containers"]["figures"]
    assert preparation_of(record).weighed_volume.m_as(ML) == pytest.approx(48)
    session = Session(shipped_protocols())
    texts = session.load(record)
    assert session.load_notice is None and "cells_in_product" not in texts


def test_a_temcell_record_saved_and_checked_on_the_command_line_is_weighed_there(tmp_path):
    from datetime import timedelta

    from mscprep import clock
    from helpers import run_cli
    db = str(tmp_path / "records.sqlite3")
    thawed = (clock.now() - timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M")
    saved = run_cli("plan", "--protocol", "temcell", "--weight", "60 kg", "--din", IDENTITY["din"],
                    "--patient-name", IDENTITY["patient_name"], "--patient-id", IDENTITY["patient_id"],
                    "--thawed-at", thawed, "--save", "--operator", "K. Tanaka", "--db", db)
    assert saved.returncode == 0, saved.stderr
    record_id = saved.stdout.split("Saved as record ")[1].split()[0]
    weighed = run_cli("records", "weigh", record_id, "--operator", "K. Tanaka", "--tare", "21.4",
                      "--gross", "69.64 g", "--db", db)
    assert weighed.returncode == 0, weighed.stderr
    assert "measured 48 mL (+0%): within tolerance" in weighed.stdout

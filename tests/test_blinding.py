"""Blinding that cannot unblind: for any inputs, the ward's sheet and label of the active and
the placebo arm read the same (except the code) and the command exits the same way."""

import re
import subprocess

import pytest

from mscprep.cli import main

TRIAL = ["--protocol", "ucmsc-frailty", "--weight", "70 kg", "--concentration", "1e7 cell/mL", "--viability", "90%",
         "--patient-name", "Trial Patient", "--patient-id", "MRN-1", "--now", "2026-11-23T10:00:00+00:00"]
VARIANTS = {
    "protocol defaults": [],
    "final concentration instead of the fixed volume": ["--final-concentration", "1e6 cell/mL"],
    "a rate instead of the duration": ["--rate", "2 mL/min"],
    "garbage concentration": ["--concentration", "lots"],
    "dose above the maximum": ["--dose", "3e6 cell/kg"],
    "soft finding without its reason": ["--max-rate", "1 mL/min"],
    "soft finding with its reason": ["--max-rate", "1 mL/min", "--override", "rate_above_max=slow pump broken"],
    "thawed product with a window": ["--thawed-at", "2026-11-23T09:00:00+00:00", "--stability", "4 h"],
    "not enough product": ["--available", "1 mL"],
    "split into bags": ["--final-volume", "300 mL", "--max-container-volume", "100 mL"],
}


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_both_arms_print_and_exit_the_same(variant, tmp_path, capsys):
    listing = tmp_path / "list.csv"
    listing.write_text("code,arm\nUC-101,active\nUC-202,placebo\n", encoding="utf-8")
    outcomes = {}
    for code in ("UC-101", "UC-202"):
        ward, pharmacy = tmp_path / f"ward-{code}.pdf", tmp_path / f"pharmacy-{code}.pdf"
        status = main(["sheet", *TRIAL, *VARIANTS[variant], "--randomisation-code", code,
                       "--randomisation-list", str(listing), "-o", str(ward), "--pharmacy-sheet", str(pharmacy)])
        captured = capsys.readouterr()
        text = pdf_text(ward).replace(code, "CODE") if ward.exists() else None
        outcomes[code] = (status, captured.err.replace(code, "CODE"), text, pharmacy.exists())
    active, placebo = outcomes["UC-101"], outcomes["UC-202"]
    assert active[0] == placebo[0] and active[0] in (0, 2, 3)
    assert active == placebo
    if active[2] is not None:
        for revealing in (r"\bPLACEBO\b", r"\bACTIVE\b", "placebo arm", "cells/mL", r"\bDIN\b"):
            assert not re.search(revealing, active[2]), revealing


def test_the_pharmacy_copies_keep_the_truth(tmp_path, capsys):
    listing = tmp_path / "list.csv"
    listing.write_text("code,arm\nUC-101,active\nUC-202,placebo\n", encoding="utf-8")
    texts = {}
    for code in ("UC-101", "UC-202"):
        ward, pharmacy = tmp_path / f"ward-{code}.pdf", tmp_path / f"pharmacy-{code}.pdf"
        assert main(["sheet", *TRIAL, "--randomisation-code", code, "--randomisation-list", str(listing),
                     "-o", str(ward), "--pharmacy-sheet", str(pharmacy)]) == 0
        texts[code] = pdf_text(pharmacy)
    assert "UC-101: ACTIVE" in texts["UC-101"] and "Draw 7.7 mL of product (3 fills of the 3 mL syringe: 3 mL + 3 mL + 1.7 mL)" in texts["UC-101"]
    assert "UC-202: PLACEBO" in texts["UC-202"] and "Prepare 100 mL of 0.9% sodium chloride (no cells)" in texts["UC-202"]


def test_a_pharmacy_copy_of_a_plan_that_is_not_blinded_is_refused_before_anything_is_written(tmp_path, capsys):
    ward, pharmacy = tmp_path / "sheet.pdf", tmp_path / "pharmacy.pdf"
    status = main(["sheet", "--weight", "70 kg", "--dose", "1e6 cell/kg", "--concentration", "1e7 cell/mL",
                   "--viability", "90%", "--duration", "30 min", "-o", str(ward), "--pharmacy-sheet", str(pharmacy)])
    error = capsys.readouterr().err
    assert status == 2 and error.startswith("mscprep: --pharmacy-sheet:") and len(error.splitlines()) == 1
    assert not ward.exists() and not pharmacy.exists()


def listing_file(tmp_path):
    listing = tmp_path / "list.csv"
    listing.write_text("code,arm\nUC-101,active\nUC-202,placebo\n", encoding="utf-8")
    return str(listing)


def test_a_blinded_protocol_without_its_code_is_an_input_error_not_an_open_label_product(tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["sheet", *TRIAL, "-o", str(out)]) == 2
    error = capsys.readouterr().err
    assert error.startswith("mscprep: --randomisation-code: is required") and "double-blind" in error
    assert not out.exists()


def test_in_line_dilution_cannot_be_blinded(tmp_path):
    from mscprep.errors import InputError
    from mscprep.preparation.build import prepare
    from mscprep.protocol.loader import load_protocols
    from mscprep.resources import resource_path
    site = tmp_path / "protocols"
    site.mkdir()
    text = resource_path("protocols", "ucmsc-frailty.toml").read_text(encoding="utf-8")
    (site / "ucmsc-frailty.toml").write_text(text.replace('final_volume = "100 mL"\n', "")
                                             .replace('duration = "60 min"\n', ""), encoding="utf-8")
    inline = text.replace('final_volume = "100 mL"\n', 'dilution_mode = "in_line"\nin_line_ratio = "3"\n')
    (site / "inline-trial.toml").write_text(inline.replace('id = "ucmsc-frailty"', 'id = "inline-trial"'),
                                            encoding="utf-8")
    protocols = load_protocols(site)
    assert [problem.message for problem in protocols.problems] == [
        "[blinding] cannot be used with in-line dilution (the arms would differ)"]
    form = {"protocol": "ucmsc-frailty", "weight": "70 kg", "concentration": "1e7 cell/mL", "viability": "90%",
            "dilution_mode": "in_line", "in_line_ratio": "3", "product_rate": "1 mL/min",
            "randomisation_code": "UC-202", "randomisation_list": listing_file(tmp_path)}
    with pytest.raises(InputError, match="in-line dilution cannot be used in a blinded trial") as error:
        prepare(form, protocols)
    assert error.value.field == "dilution_mode"


def test_the_pharmacy_copy_may_not_overwrite_the_ward_sheet(tmp_path, capsys):
    out = tmp_path / "same.pdf"
    status = main(["sheet", *TRIAL, "--randomisation-code", "UC-202", "--randomisation-list", listing_file(tmp_path),
                   "-o", str(out), "--pharmacy-sheet", str(tmp_path / "." / "same.pdf")])
    assert status == 2 and "--pharmacy-sheet: must be another file" in capsys.readouterr().err
    assert not out.exists()


def test_each_ward_bag_label_has_its_own_time_and_identity(tmp_path, capsys):
    from mscprep.preparation.build import prepare
    form = {"protocol": "ucmsc-frailty", "weight": "60 kg", "concentration": "1e7 cell/mL", "viability": "90%",
            "final_volume": "250 mL", "max_container_volume": "100 mL", "randomisation_code": "UC-202",
            "randomisation_list": listing_file(tmp_path)}
    ward = prepare(form).document("ward")
    lines = [label.lines[1].render(lambda text: text) for label in ward.labels]
    assert lines == ["Bag 1 of 3: 83.33 mL · 4.17 mL/min · 20 min"] * 3 or all("20 min" in line for line in lines)
    assert len({label.qr for label in ward.labels}) == 3 and '"bag":"2/3"' in ward.labels[1].qr


def test_the_pharmacy_copy_carries_the_plan_id_of_the_json_and_the_record(tmp_path):
    from mscprep.preparation.build import prepare
    form = {"protocol": "ucmsc-frailty", "weight": "70 kg", "concentration": "1e7 cell/mL", "viability": "90%",
            "randomisation_code": "UC-101", "randomisation_list": listing_file(tmp_path)}
    preparation = prepare(form)
    assert preparation.document("pharmacy").plan_id == preparation.to_dict()["plan_id"] == preparation.plan_id

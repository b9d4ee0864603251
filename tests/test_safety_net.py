"""Issue 12: the checks a pharmacist expects around the figures (time on the site's clock,
rate and cell-rate ceilings, windows, viability floor, dose limits, counts, courses,
nebulized plans, bedside texts), each with its figures, limit and source."""

import json
from datetime import datetime, timezone

import pytest

from mscprep import clock
from mscprep.defaults import app_defaults
from mscprep.din import expiry_data_structure
from mscprep.documents.model import Paragraph, Text
from mscprep.errors import InputError
from mscprep.form.fields import FIELDS
from mscprep.preparation.build import prepare
from mscprep.preparation.findings import Severity
from mscprep.preparation.inputs import build_inputs
from mscprep.preparation.release import Status, release
from mscprep.protocol.loader import load_protocols, shipped_protocols
from mscprep.units import CELL_PER_KG_MIN, ML_PER_MIN

from helpers import BASE, NOON, codes, finding, plan, run_cli, status

CONTRACT = ["--weight", "70 kg", "--dose", "1e6 cell/kg", "--concentration", "1e7 cell/mL",
            "--viability", "90%", "--final-volume", "50 mL", "--duration", "30 min"]
TEMCELL = {"protocol": "temcell", "weight": "60 kg", "thawed_at": "2026-11-23T11:50:00+00:00"}


# --- time on the site's clock ----------------------------------------------------------

@pytest.fixture
def berlin(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")


def test_use_by_and_its_barcode_across_the_clock_change(berlin):
    p = plan(thawed_at="2026-10-25T01:30", stability="4 h", now=datetime(2026, 10, 24, 23, 45, tzinfo=timezone.utc))
    assert clock.iso(p.use_by) == "2026-10-25T04:30:00+01:00"
    assert clock.iso(p.latest_start) == "2026-10-25T04:00:00+01:00"
    assert expiry_data_structure(p.use_by) == "&>0262980430"      # day 298 of 2026, 04:30 on the wall clock


def test_course_dates_are_calendar_days_at_the_planned_time_across_the_clock_change(berlin):
    # Issue 21 changed this on purpose: 3.5 days of 24 h gave 21:00; the course is dosed on
    # calendar days (3 then 4: twice weekly) at this dose's time of day, 10:00.
    p = prepare(dict(TEMCELL, thawed_at="2026-10-23T09:50"), now=datetime(2026, 10, 23, 8, 0, tzinfo=timezone.utc))
    first, second = p.course.next_doses[:2]
    assert clock.iso(first) == "2026-10-26T10:00:00+01:00"
    assert clock.iso(second) == "2026-10-30T10:00:00+01:00"


def test_the_aliquot_calendar_keeps_the_wall_clock_dosing_times(berlin):
    p = prepare({"protocol": "secretome-nebulized", "first_dose_at": "2026-10-24T08:00", "patient_id": "P",
                 "patient_name": "N"}, now=datetime(2026, 10, 24, 5, 0, tzinfo=timezone.utc))
    times = [clock.iso(moment) for _number, moment in p.calendar[:4]]
    assert times == ["2026-10-24T08:00:00+02:00", "2026-10-24T20:00:00+02:00",
                     "2026-10-25T08:00:00+01:00", "2026-10-25T20:00:00+01:00"]


def test_a_thaw_after_now_is_an_input_error():
    result = run_cli("plan", *CONTRACT, "--thawed-at", "2026-11-23T13:00:00+00:00", "--stability", "4 h",
                     "--now", "2026-11-23T12:00:00+00:00")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("mscprep: --thawed-at: 2026-11-23 13:00 is later than now")


# --- windows ---------------------------------------------------------------------------

def test_a_thawed_product_needs_its_thaw_time_before_it_is_ok():
    without = prepare({"protocol": "temcell", "weight": "60 kg"}, now=NOON)
    missing = finding(without, "thaw_time_missing")
    # still hard (no label), but an entry to make, not a limit breach: incomplete, not BLOCKED (issue 24)
    assert missing.severity is Severity.HARD and not status(without).blocked and status(without).incomplete
    assert not status(without).label_allowed
    assert missing.limit == "4 h" and "HEMACORD" in missing.source       # the window of a product holding DMSO
    assert "thaw_time_missing" not in codes(prepare(TEMCELL, now=NOON))
    entered = plan(dmso="10%")                                            # a DMSO fraction says it was frozen
    assert "thaw_time_missing" in codes(entered)


def test_an_infusion_longer_than_the_window_is_hard_even_without_a_thaw_time(tmp_path):
    p = plan(dmso="10%", duration="24 h", final_volume="300 mL", thawed_at=None)
    longer = finding(p, "infusion_longer_than_window")
    assert longer.severity is Severity.HARD and longer.limit == "4 h"
    assert "24 h cannot end within the stability window of 4 h" in longer.message


def test_a_window_longer_than_allowed_for_a_product_holding_dmso_is_hard():
    p = plan(dmso="10%", thawed_at="2026-11-23T11:00:00+00:00", stability="30 day")
    too_long = finding(p, "stability_too_long")
    assert too_long.severity is Severity.HARD and too_long.limit == "4 h"
    assert p.use_by.isoformat() == "2026-11-23T15:00:00+00:00"           # the 4 h window, not 30 days


def test_a_window_longer_than_the_protocols_is_hard():
    generic = dict(BASE, protocol="generic-iv-msc", thawed_at="2026-11-23T11:00:00+00:00")
    p = prepare(dict(generic, stability="24 h"), now=NOON)
    too_long = finding(p, "stability_too_long")
    assert too_long.severity is Severity.HARD and too_long.limit == "4 h" and "HEMACORD" in too_long.source
    assert "stability_too_long" not in codes(prepare(dict(generic, stability="3 h"), now=NOON))   # tighter is fine


# --- rates -----------------------------------------------------------------------------

def test_ten_seconds_is_above_the_rate_and_cell_rate_ceilings():
    p = plan(final_volume="50 mL", duration="10 s")
    assert p.rate.m_as(ML_PER_MIN) == pytest.approx(300)
    assert p.cell_rate.m_as(CELL_PER_KG_MIN) == pytest.approx(6e6)
    rate, cells = finding(p, "rate_above_ceiling"), finding(p, "cell_rate_above_max")
    assert rate.severity is cells.severity is Severity.HARD
    assert rate.limit == "10 mL/min" and cells.limit == "1 × 10⁶ cells/kg/min" and "Site value" in rate.source
    assert finding(p, "duration_below_min").severity is Severity.SOFT


def test_a_neonate_on_temcell_gets_20_times_the_adult_cell_rate_and_is_blocked():
    adult = prepare(TEMCELL, now=NOON)
    neonate = prepare(dict(TEMCELL, weight="3 kg"), now=NOON)
    assert neonate.cell_rate.m_as(CELL_PER_KG_MIN) == pytest.approx(20 * adult.cell_rate.m_as(CELL_PER_KG_MIN))
    assert finding(neonate, "cell_rate_above_max").severity is Severity.HARD
    assert "cell_rate_above_max" not in codes(adult) and not status(adult).blocked


def test_the_label_guide_stays_soft_below_the_hard_ceiling():
    guide = plan(final_volume="50 mL", duration=None, rate="5 mL/min", max_rate="4 mL/min")
    assert finding(guide, "rate_above_max").severity is Severity.SOFT
    assert "rate_above_ceiling" not in codes(guide)
    adipose = prepare({"protocol": "adipose-msc-fixed", "weight": "70 kg", "dose": "2e8 cell",
                       "concentration": "2e7 cell/mL", "viability": "95%", "rate": "6 mL/min"}, now=NOON)
    assert finding(adipose, "rate_above_ceiling").limit == "5 mL/min"     # tissue-factor-rich MSCs: lower


def test_a_source_tissue_entered_in_the_form_lowers_the_ceilings_and_never_raises_them(tmp_path):
    text = ('schema = 1\nid = "site"\nname = "Site"\nversion = "1"\nroute = "intravenous"\nreference = "x"\n'
            '[limits]\nrate_ceiling = "8 mL/min"\nstability = "4 h"\n')
    (tmp_path / "site.toml").write_text(text, encoding="utf-8")
    protocols = load_protocols(tmp_path)
    case = {"protocol": "site", "weight": "70 kg", "dose": "2e8 cell", "concentration": "2e7 cell/mL",
            "viability": "95%", "rate": "6 mL/min"}
    own = prepare(case, protocols, now=NOON)
    assert "rate_above_ceiling" not in codes(own)                     # the protocol's 8 mL/min
    adipose = prepare(dict(case, source_tissue="adipose"), protocols, now=NOON)
    assert finding(adipose, "rate_above_ceiling").limit == "5 mL/min"   # adipose's own ceiling is lower
    assert status(adipose).blocked


def test_every_intravenous_protocol_has_a_rate_and_cell_rate_ceiling_with_a_source():
    for protocol in shipped_protocols().protocols.values():
        if protocol.route != "intravenous":
            continue
        form = {"protocol": protocol.id, "weight": "60 kg", "concentration": "1e7 cell/mL", "viability": "90%",
                "dose": "1e8 cell", "duration": "30 min"}
        for key in ("rate", "cells_in_product", "product_volume", "product_rate", "final_volume"):
            form.pop(key, None)
        inputs = build_inputs({k: v for k, v in form.items() if k not in protocol.defaults or k == "weight"})
        for key in ("rate_ceiling", "max_cell_rate", "min_duration", "max_fluid_load"):
            assert inputs.limit(key) is not None and inputs.limit(key).source, (protocol.id, key)


def test_fluid_load_per_kg_is_reported_and_warned_above_the_paediatric_ceiling():
    child = plan(weight="3 kg", dose="1e6 cell/kg", final_volume="50 mL", duration="60 min")
    assert child.fluid_load.m_as("mL/kg") == pytest.approx(50 / 3)
    high = finding(child, "fluid_load_high")
    assert high.severity is Severity.SOFT and high.limit == "10 mL/kg"
    assert json.loads(json.dumps(child.to_dict()))["fluid_load"] == {"value": pytest.approx(50 / 3), "unit": "mL/kg"}
    assert "fluid_load_high" not in codes(plan(final_volume="50 mL"))


# --- viability, doses, counts ------------------------------------------------------------

def test_the_app_wide_viability_floor_blocks_a_mostly_dead_product():
    dead = prepare({"protocol": "duke-ards", "weight": "70 kg", "concentration": "1e7 cell/mL", "viability": "5%",
                    "duration": "30 min"}, now=NOON)
    below = finding(dead, "viability_below_release")
    assert below.severity is Severity.HARD and below.limit == "70%" and "site value" in below.source
    # a licensed product dosed by its label count needs no bedside viability
    assert "viability" not in prepare(TEMCELL, now=NOON).inputs.entered


def test_duke_ards_keeps_to_1e6_cells_per_kg():
    p = prepare({"protocol": "duke-ards", "weight": "20 kg", "dose": "3e6 cell/kg", "concentration": "5e6 cell/mL",
                 "viability": "95%", "duration": "30 min"}, now=NOON)
    above = finding(p, "dose_above_max")
    assert above.limit == "1 × 10⁶ cells/kg" and "Duke" in above.source and status(p).blocked


def test_a_protocol_whose_minimum_exceeds_its_maximum_does_not_load(tmp_path):
    text = ('schema = 1\nid = "bad"\nname = "Bad"\nversion = "1"\nroute = "intravenous"\nreference = "x"\n'
            '[limits]\nmin_dose = "2e9 cell"\nmax_dose = "1e9 cell"\n')
    (tmp_path / "bad.toml").write_text(text, encoding="utf-8")
    loaded = load_protocols(tmp_path)
    assert "bad" not in loaded.protocols
    assert "min_dose is above max_dose" in loaded.problems[0].message


def test_one_hemocytometer_square_is_an_input_error():
    result = run_cli("plan", "--weight", "70 kg", "--dose", "1e6 cell/kg", "--hemocytometer", "45",
                     "--dilution-factor", "2", "--viability", "90%", "--duration", "30 min")
    assert result.returncode == 2
    assert result.stderr.strip() == ("mscprep: --hemocytometer: has 1 square; count at least 4 large squares "
                                     "(too few give an unreliable mean)")


def test_a_cv_of_127_percent_asks_for_a_recount_and_blocks():
    p = plan(concentration=None, viability=None, hemocytometer="5, 5, 5, 40", dead="0, 0, 0, 0",
             dilution_factor="2")
    recount = finding(p, "recount_required")
    assert recount.severity is Severity.HARD and "vary by 127%" in recount.message and recount.limit == "15%"
    assert status(p).blocked


# --- courses: a hard finding a typed reason releases --------------------------------------

def test_a_previous_dose_in_the_future_is_an_input_error():
    with pytest.raises(InputError) as caught:
        prepare(dict(TEMCELL, dose_number="2", previous_dose_at="2026-11-25T10:00:00+00:00"), now=NOON)
    assert caught.value.field == "previous_dose_at" and "cannot be in the future" in caught.value.message


def test_a_dose_beyond_the_course_is_hard_until_a_reason_releases_it():
    beyond = prepare(dict(TEMCELL, dose_number="9", previous_dose_at="2026-11-19T10:00:00+00:00"), now=NOON)
    found = finding(beyond, "course_beyond_last_dose")
    assert found.severity is Severity.HARD and found.releasable and found.accepts_reason
    assert release(beyond.findings).status is Status.BLOCKED
    released = beyond.with_reasons({"course_beyond_last_dose": "ninth dose ordered by Dr Sato (partial response)"})
    assert finding(released, "course_beyond_last_dose").override_reason.startswith("ninth dose")
    assert release(released.findings).status is Status.NOT_VERIFIED      # no longer blocked
    data = released.to_dict()
    entry = next(f for f in data["findings"] if f["code"] == "course_beyond_last_dose")
    assert entry["severity"] == "hard" and entry["releasable"] is True and data["blocked"] is False


def test_a_reason_cannot_release_a_hard_finding_that_is_not_releasable():
    short = prepare(dict(TEMCELL, dose_number="2", previous_dose_at="2026-11-21T10:00:00+00:00"), now=NOON,
                    reasons={"course_interval_short": "ward asked"})
    assert status(short).blocked and not finding(short, "course_interval_short").releasable
    assert "override_not_applicable" in codes(short)


def test_the_command_line_releases_a_dose_beyond_the_course_with_an_override():
    args = ["plan", "--protocol", "temcell", "--weight", "60 kg", "--thawed-at", "2026-11-23T11:50:00+00:00",
            "--dose-number", "9", "--previous-dose-at", "2026-11-19T10:00:00+00:00", "--now", "2026-11-23T12:00:00+00:00"]
    assert run_cli(*args).returncode == 3
    released = run_cli(*args, "--override", "course_beyond_last_dose=ordered by Dr Sato")
    assert released.returncode == 0, released.stderr


# --- nebulized --------------------------------------------------------------------------

def test_a_nebulized_first_dose_off_the_dosing_times_is_refused_not_moved():
    result = run_cli("plan", "--protocol", "secretome-nebulized", "--first-dose-at", "2026-11-24T09:00")
    assert result.returncode == 2
    assert result.stderr.strip() == ("mscprep: --first-dose-at: 09:00 is not a dosing time of this protocol "
                                     "(08:00, 20:00); enter the first dose at one of them")


@pytest.mark.parametrize("flag, value", [("--weight", "60 kg"), ("--dose", "1e6 cell/kg"), ("--rate", "4 mL/min")])
def test_intravenous_flags_with_a_nebulized_protocol_are_named(flag, value):
    result = run_cli("plan", "--protocol", "secretome-nebulized", flag, value)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith(f"mscprep: {flag}: does not apply to the nebulized protocol")


# --- help --------------------------------------------------------------------------------

def test_help_works_for_every_command_and_lists_every_input():
    from mscprep.cli import build_parser
    commands = next(action for action in build_parser()._actions if action.dest == "command").choices
    assert {"plan", "sheet", "protocols", "selftest", "audit", "records"} <= set(commands)
    for command in commands:
        result = run_cli(command, "--help")
        assert result.returncode == 0 and result.stderr == "" and "usage:" in result.stdout, command
    for command in ("plan", "sheet"):
        text = run_cli(command, "--help").stdout
        for spec in FIELDS:
            assert spec.flag in text, (command, spec.flag)


# --- bedside texts -----------------------------------------------------------------------

def test_every_kind_of_sheet_carries_the_intended_use_statement(tmp_path):
    statement = app_defaults().intended_use
    assert statement.startswith("mscprep supports, and does not replace, the judgement")
    listing = tmp_path / "list.csv"
    listing.write_text("code,arm\nT-1,placebo\n", encoding="utf-8")
    trial = prepare({"protocol": "ucmsc-frailty", "weight": "70 kg", "concentration": "1e7 cell/mL",
                     "viability": "90%", "randomisation_code": "T-1", "randomisation_list": str(listing)}, now=NOON)
    nebulized = prepare({"protocol": "secretome-nebulized"}, now=NOON)
    for document in (plan().document(), trial.document("ward"), trial.document("pharmacy"), nebulized.document()):
        assert any(isinstance(section, Paragraph) and isinstance(section.text, Text) and section.text.template == statement
                   for section in document.sections), document.audience


def test_the_response_keeps_the_vein_open_through_a_new_line():
    steps = app_defaults().response.items
    assert "through a NEW line" in steps[0] and "never flush the cell-filled set" in steps[0]


def test_storage_comes_from_the_protocol():
    temcell = prepare(TEMCELL, now=NOON)
    assert temcell.document().labels[0].storage.template == "Room temperature · infuse without delay · DO NOT IRRADIATE"
    assert plan().document().labels[0].storage.template == app_defaults().storage.label


def test_new_findings_are_translated_on_a_japanese_sheet(tmp_path):
    import subprocess
    from mscprep.printing.sheet import write_sheet
    p = plan(concentration=None, viability=None, hemocytometer="5, 5, 5, 40", dead="0, 0, 0, 0", dilution_factor="2",
             final_volume="50 mL", duration="10 s")
    path = tmp_path / "ja.pdf"
    write_sheet(p, path, language="ja")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "反復計数のばらつき：再計数" in text and "投与速度が上限超過" in text

"""Every finding code, on both sides of its limit."""

from datetime import datetime, timezone

import pytest

from mscprep.preparation.chain import compute_plan
from mscprep.preparation.findings import CODES, Severity
from mscprep.preparation.inputs import build_inputs
from mscprep.protocol.loader import load_protocols

from helpers import BASE, NOON, codes, finding, plan, status

PROTOCOL = """schema = 1
id = "test"
name = "Test protocol"
version = "1"
route = "intravenous"
reference = "Test reference"
source_tissue = "{tissue}"
[limits]
{limits}
[sources]
max_rate = "Test source for max rate"
"""


def plan_under(tmp_path, limits: str, tissue: str = "bone_marrow", **fields):
    if "stability" not in limits:    # an intravenous protocol loads only with a use-by window
        limits = 'stability = "24 h"\n' + limits
    (tmp_path / "test.toml").write_text(PROTOCOL.format(limits=limits, tissue=tissue), encoding="utf-8")
    protocols = load_protocols(tmp_path)
    assert protocols.problems == ()
    raw = dict(BASE, protocol="test")
    raw.update({k: v for k, v in fields.items() if v is not None})
    for k in [k for k, v in fields.items() if v is None]:
        raw.pop(k, None)
    return compute_plan(build_inputs(raw, protocols), NOON)


# --- dose -------------------------------------------------------------------------------

def test_dose_cap_reduces_the_dose_and_says_so():
    p = plan(dose_cap="50e6 cell")
    assert p.dose.m_as("cell") == pytest.approx(50e6)
    assert finding(p, "dose_capped").severity is Severity.INFO
    assert "reduced to the cap" in finding(p, "dose_capped").message


def test_dose_below_cap_is_not_capped():
    assert "dose_capped" not in codes(plan(dose_cap="70e6 cell"))


def test_dose_above_max_per_kg_is_hard_and_blocks():
    p = plan(max_dose="0.99e6 cell/kg")
    assert finding(p, "dose_above_max").severity is Severity.HARD
    assert status(p).blocked


def test_dose_at_max_is_allowed():
    assert "dose_above_max" not in codes(plan(max_dose="1e6 cell/kg"))


def test_dose_above_total_max():
    assert "dose_above_max" in codes(plan(max_dose="69e6 cell"))
    assert "dose_above_max" not in codes(plan(max_dose="71e6 cell"))


def test_dose_below_min_is_soft(tmp_path):
    low = plan_under(tmp_path, 'min_dose_per_kg = "1.5e6 cell/kg"')
    assert finding(low, "dose_below_min").severity is Severity.SOFT
    assert "dose_below_min" not in codes(plan_under(tmp_path, 'min_dose_per_kg = "1e6 cell/kg"'))


# --- product ----------------------------------------------------------------------------

def test_viability_below_release_is_hard():
    p = plan(min_viability="91%")
    assert finding(p, "viability_below_release").severity is Severity.HARD
    assert "90%" in finding(p, "viability_below_release").message
    assert "viability_below_release" not in codes(plan(min_viability="90%"))


def test_draw_above_available_is_hard():
    assert "volume_exceeds_available" in codes(plan(available="7.7 mL"))
    assert "volume_exceeds_available" in codes(plan(available="7.8 mL"))      # 7.8 mL measured + 0.1 mL hub
    assert "volume_exceeds_available" not in codes(plan(available="7.9 mL"))


def test_dilution_target_above_product_concentration_is_impossible():
    p = plan(final_concentration="1e7 cell/mL")  # viable product is only 9e6/mL
    assert finding(p, "dilution_impossible").severity is Severity.HARD
    assert p.diluent_volume.m_as("mL") == 0
    assert "dilution_impossible" not in codes(plan(final_concentration="9e6 cell/mL"))
    assert "dilution_impossible" in codes(plan(final_volume="7 mL"))
    assert "dilution_impossible" not in codes(plan(final_volume="7.8 mL"))


# --- infusion ---------------------------------------------------------------------------

def test_rate_above_label_guide_is_soft_and_cites_its_source():
    p = plan(final_volume="48 mL", duration=None, rate="5 mL/min", max_rate="4 mL/min")
    f = finding(p, "rate_above_max")
    assert f.severity is Severity.SOFT and f.limit == "4 mL/min"
    assert not status(p).blocked and status(p).reasons_missing == (f,)
    assert "rate_above_max" not in codes(plan(duration=None, rate="4 mL/min", max_rate="4 mL/min"))


def test_soft_finding_with_a_typed_reason_no_longer_needs_one():
    p = plan(final_volume="48 mL", duration=None, rate="5 mL/min", max_rate="4 mL/min",
             reasons={"rate_above_max": "ordered by Dr Sato"})
    assert finding(p, "rate_above_max").override_reason == "ordered by Dr Sato"
    assert status(p).reasons_missing == ()


def test_reason_for_a_hard_finding_is_refused_and_said():
    p = plan(available="1 mL", reasons={"volume_exceeds_available": "we will manage"})
    assert status(p).blocked
    assert "cannot be overridden" in finding(p, "override_not_applicable").message


def test_rate_below_min(tmp_path):
    assert "rate_below_min" in codes(plan_under(tmp_path, 'min_rate = "0.3 mL/min"'))  # 7.78 mL / 30 min
    assert "rate_below_min" not in codes(plan_under(tmp_path, 'min_rate = "0.25 mL/min"'))


def test_product_flow_limits_apply_to_in_line_dilution(tmp_path):
    limits = 'min_product_rate = "0.7 mL/min"\nmax_product_rate = "1.0 mL/min"'
    common = dict(dilution_mode="in_line", in_line_ratio="3", duration=None)
    assert "product_rate_above_max" in codes(plan_under(tmp_path, limits, product_rate="1.1 mL/min", **common))
    assert "product_rate_below_min" in codes(plan_under(tmp_path, limits, product_rate="0.6 mL/min", **common))
    ok = plan_under(tmp_path, limits, product_rate="0.8 mL/min", **common)
    assert not {"product_rate_above_max", "product_rate_below_min"} & codes(ok)


def test_in_line_ratio_below_min_is_hard(tmp_path):
    weak = plan_under(tmp_path, "min_in_line_ratio = 3", dilution_mode="in_line", in_line_ratio="2")
    assert finding(weak, "in_line_ratio_below_min").severity is Severity.HARD
    assert "in_line_ratio_below_min" not in codes(
        plan_under(tmp_path, "min_in_line_ratio = 3", dilution_mode="in_line", in_line_ratio="3"))


def test_cell_rate_above_max(tmp_path):
    # 70e6 cells / 70 kg / 30 min = 33.3e3 cells/kg/min
    assert "cell_rate_above_max" in codes(plan_under(tmp_path, 'max_cell_rate = "30e3 cell/kg/min"'))
    assert "cell_rate_above_max" not in codes(plan_under(tmp_path, 'max_cell_rate = "34e3 cell/kg/min"'))


def test_syringe_push_is_soft():
    assert finding(plan(administration="syringe_push"), "syringe_push").severity is Severity.SOFT
    assert "syringe_push" not in codes(plan(administration="pump"))


def test_leukocyte_filter_and_irradiation_are_hard():
    assert finding(plan(filter="leukocyte_reduction"), "leukocyte_filter").severity is Severity.HARD
    assert finding(plan(irradiated="yes"), "irradiated_product").severity is Severity.HARD
    assert not {"leukocyte_filter", "irradiated_product"} & codes(plan(filter="standard_blood_set", irradiated="no"))


# --- DMSO and time ----------------------------------------------------------------------

def test_dmso_above_limit_is_hard():
    assert "dmso_above_limit" in codes(plan(dmso="10%", dmso_limit="0.01 g/kg"))  # 0.0122 g/kg
    assert "dmso_above_limit" not in codes(plan(dmso="10%", dmso_limit="0.013 g/kg"))


def test_past_use_by_is_hard():
    late = plan(thawed_at="2026-11-23T08:59:00+00:00", stability="3 h")
    assert finding(late, "past_use_by").severity is Severity.HARD
    assert "past_use_by" not in codes(plan(thawed_at="2026-11-23T09:01:00+00:00", stability="3 h"))


def test_infusion_that_would_end_after_use_by_is_hard():
    tight = plan(thawed_at="2026-11-23T09:15:00+00:00", stability="3 h")  # use-by 12:15, 30 min infusion
    assert "infusion_ends_after_use_by" in codes(tight)
    assert not {"infusion_ends_after_use_by", "past_use_by"} & codes(
        plan(thawed_at="2026-11-23T09:30:00+00:00", stability="3 h"))


def test_long_time_in_plain_crystalloid_is_soft(tmp_path):
    limit = 'plain_diluent_max_time = "90 min"'
    long = plan_under(tmp_path, limit, final_volume="100 mL", diluent="saline", duration="100 min")
    assert finding(long, "long_infusion_plain_diluent").severity is Severity.SOFT
    assert "long_infusion_plain_diluent" not in codes(
        plan_under(tmp_path, limit, final_volume="100 mL", diluent="saline", duration="80 min"))
    assert "long_infusion_plain_diluent" not in codes(
        plan_under(tmp_path, limit, final_volume="100 mL", diluent="saline_albumin", duration="100 min"))


def test_time_since_thaw_counts_toward_time_in_plain_crystalloid(tmp_path):
    limit = 'plain_diluent_max_time = "90 min"\nstability = "6 h"'
    p = plan_under(tmp_path, limit, final_volume="100 mL", diluent="saline", duration="60 min",
                   thawed_at="2026-11-23T11:00:00+00:00")
    assert "long_infusion_plain_diluent" in codes(p)  # 60 min since thaw + 60 min


# --- counting and source ----------------------------------------------------------------

def test_hemocytometer_cv_above_15_percent_is_hard_and_asks_for_a_recount():
    varied = plan(concentration=None, viability=None, hemocytometer="30, 60, 30, 60", dead="0, 0, 0, 0",
                  dilution_factor="2")
    recount = finding(varied, "recount_required")
    assert recount.severity is Severity.HARD and status(varied).blocked
    assert "vary by 38.5% (CV), more than 15%" in recount.message and "recount" in recount.message
    steady = plan(concentration=None, viability=None, hemocytometer="44, 46, 45, 45", dead="0, 0, 0, 0",
                  dilution_factor="2")
    assert "recount_required" not in codes(steady)


def test_adipose_or_cord_at_1e9_cells_needs_an_anticoagulation_decision():
    big = plan(dose="1e9 cell", source_tissue="adipose", concentration="1e8 cell/mL")
    assert finding(big, "anticoagulation_decision").severity is Severity.SOFT
    assert "anticoagulation_decision" in codes(plan(dose="1e9 cell", source_tissue="wharton_jelly",
                                                    concentration="1e8 cell/mL"))
    assert "anticoagulation_decision" not in codes(plan(dose="0.99e9 cell", source_tissue="adipose",
                                                        concentration="1e8 cell/mL"))
    assert "anticoagulation_decision" not in codes(plan(dose="1e9 cell", source_tissue="bone_marrow",
                                                        concentration="1e8 cell/mL"))


# --- limits are never loosened ----------------------------------------------------------

def test_entered_limit_cannot_loosen_the_protocols():
    p = compute_plan(build_inputs({"protocol": "temcell", "weight": "60 kg", "rate": "5 mL/min",
                                   "max_rate": "10 mL/min"}), NOON)
    assert "rate_above_max" in codes(p)
    kept = finding(p, "limit_kept")
    assert kept.severity is Severity.INFO and "protocol's applies" in kept.message


def test_entered_limit_can_tighten_the_protocols():
    p = compute_plan(build_inputs({"protocol": "temcell", "weight": "60 kg", "max_rate": "3 mL/min"}), NOON)
    assert finding(p, "rate_above_max").source == "entered: Maximum rate"


def test_stability_entered_longer_than_protocol_is_not_used(tmp_path):
    p = plan_under(tmp_path, 'stability = "1 h"', stability="6 h", thawed_at="2026-11-23T11:00:00+00:00")
    assert p.use_by == datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
    assert "past_use_by" in codes(p)


def test_every_code_has_a_severity_and_title():
    for code, (severity, title) in CODES.items():
        assert isinstance(severity, Severity) and title


def test_result_no_preparation_can_have_is_hard():
    p = plan(dose="1e11 cell", concentration="1e4 cell/mL", viability="90%")
    assert finding(p, "implausible_result").severity is Severity.HARD
    assert "implausible_result" not in codes(plan())


def test_label_figures_giving_an_impossible_concentration_are_hard():
    p = plan(concentration=None, cells_in_product="72e9 cell", product_volume="10.8 mL", viability="90%")
    implausible = finding(p, "implausible_result")
    assert implausible.severity is Severity.HARD and "6.67 × 10⁹ cells/mL" in implausible.message
    assert "implausible_result" not in codes(plan(concentration=None, cells_in_product="72e6 cell",
                                                  product_volume="10.8 mL", viability="90%"))

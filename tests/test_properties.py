"""Property tests: the invariants of the chain hold for any valid input, and no input of
any kind raises anything but the app's own InputError."""

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mscprep.preparation.chain import compute_plan
from mscprep.errors import InputError
from mscprep.form.fields import FIELDS
from mscprep.preparation.inputs import build_inputs
from mscprep.units import CELL, ML

from helpers import NOON

positive = st.floats(min_value=1e-3, max_value=1e3, allow_nan=False, allow_infinity=False)


@st.composite
def valid_forms(draw):
    form = {
        "weight": f"{draw(st.floats(0.5, 300)):.6g} kg",
        "basis": draw(st.sampled_from(["viable", "total"])),
    }
    count = draw(st.sampled_from(["counter", "label", "hemocytometer"]))
    if count == "counter":
        form["concentration"] = f"{draw(st.floats(1e4, 1e8)):.6g} cell/mL"
        form["viability"] = f"{draw(st.floats(1, 100)):.6g}%"
    elif count == "label":
        form["cells_in_product"] = f"{draw(st.floats(1e6, 1e10)):.6g} cell"
        form["product_volume"] = f"{draw(st.floats(1, 500)):.6g} mL"
        if form["basis"] == "viable" or draw(st.booleans()):
            form["viability"] = f"{draw(st.floats(1, 100)):.6g}%"
    else:
        squares = draw(st.integers(4, 9))   # at least 4 squares are counted
        form["hemocytometer"] = ", ".join(str(draw(st.integers(1, 400))) for _ in range(squares))
        form["dilution_factor"] = f"{draw(st.integers(1, 100))}"
        if draw(st.booleans()):
            form["dead"] = ", ".join(str(draw(st.integers(0, 100))) for _ in range(squares))
        else:
            form["viability"] = f"{draw(st.floats(1, 100)):.6g}%"
    if draw(st.booleans()):
        form["dose"] = f"{draw(st.floats(1e4, 5e6)):.6g} cell/kg"
    else:
        form["dose"] = f"{draw(st.floats(1e5, 1e10)):.6g} cell"
    target = draw(st.sampled_from(["none", "volume", "concentration"]))
    if target == "volume":
        form["final_volume"] = f"{draw(st.floats(0.1, 4000)):.6g} mL"
    elif target == "concentration":
        form["final_concentration"] = f"{draw(st.floats(1e4, 1e8)):.6g} cell/mL"
    if draw(st.booleans()):
        form["rate"] = f"{draw(st.floats(0.01, 500)):.6g} mL/min"
    else:
        form["duration"] = f"{draw(st.floats(1, 2000)):.6g} min"
    return form


def close(a, b):
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


@settings(max_examples=300, deadline=None)
@given(valid_forms())
def test_chain_invariants_hold_for_any_valid_input(form):
    plan = compute_plan(build_inputs(form), NOON)
    concentration = plan.basis_concentration
    assert close((plan.volume_to_draw * concentration).m_as(CELL), plan.dose.m_as(CELL))
    assert close(plan.final_volume.m_as(ML), (plan.volume_to_draw + plan.diluent_volume).m_as(ML))
    assert close((plan.rate * plan.duration).m_as(ML), plan.final_volume.m_as(ML))
    assert plan.diluent_volume.m_as(ML) >= 0
    assert close((plan.final_concentration * plan.final_volume).m_as(CELL), plan.dose.m_as(CELL))


TRICKY = ["", " ", "nan", "NaN kg", "inf", "-inf kg", "-1 kg", "0", "0 kg", "1e400 kg", "1e-400 kg",
          "2**1000", "1 kg kg", "1 / 0 mL", "kg", "%", "%%", "1 %%", "1e6", "()", "((1))", "1 (kg",
          "１２ kg", "12 ｋｇ", "70 kg; DROP TABLE", "\x00", "\n", "1\t2", "1e6 cell/kg/kg", "5e999 cell",
          "1.2.3 mL", "--5 mL", "+5 mL", ".5 mL", "5. mL", "1e6 cell/mL*mL", "1 mL^99", "1 mL**-99",
          "1 m", "1 cc", "1 d", "yes", "no", "in_line", "gravity", "45,45,45", "=A99992112345600",
          "2026-02-30T10:00", "2026-11-23T25:00", "10000-01-01", "rate_above_max=x", "a=bcd",
          "é" * 130, "東京 kg", "1 µL", "1 μL", "1 uL", "1 ML", "1 Gcell/µL"]
keys = [spec.key for spec in FIELDS] + ["protocol"]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(keys), st.one_of(st.sampled_from(TRICKY), st.text(max_size=40)),
                       max_size=8),
       st.booleans())
def test_no_input_raises_anything_but_an_input_error(garbage, on_valid_base):
    form = {"weight": "70 kg", "dose": "1e6 cell/kg", "concentration": "1e7 cell/mL",
            "viability": "90%", "duration": "30 min"} if on_valid_base else {}
    form.update(garbage)
    try:
        plan = compute_plan(build_inputs(form), NOON)
    except InputError as error:
        assert error.field and error.message
        return
    for value in (plan.dose, plan.volume_to_draw, plan.final_volume, plan.rate, plan.duration):
        assert math.isfinite(value.magnitude) and value.magnitude > 0


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([spec for spec in FIELDS]), st.text(max_size=60))
def test_every_field_parser_raises_only_input_errors(spec, text):
    try:
        spec.parse(text)
    except InputError as error:
        assert error.field == spec.key

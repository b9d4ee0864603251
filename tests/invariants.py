"""The clinical invariants every plan must keep, stated once: for the property tests
(tests/test_invariants.py, a small fixed budget) and the long sweep (tools/sweep.py).

Each check takes a computed preparation and returns the problems it finds (empty when the
invariant holds). The oracles here are written from the rules, not from the code that
computes the plan: the syringe table and the limits are read as data and the figures as
printed/exported are added up again.
"""

from __future__ import annotations

import atexit
import math
import shutil
import tempfile
import time
from pathlib import Path

from hypothesis import strategies as st

from mscprep.defaults import app_defaults
from mscprep.errors import InputError
from mscprep.preparation.beyond import above
from mscprep.preparation.build import prepare
from mscprep.preparation.findings import Severity
from mscprep.preparation.release import status_of
from mscprep.protocol.loader import baseline, load_protocols
from mscprep.units import CELL, CELL_PER_KG, CELL_PER_KG_MIN, CELL_PER_ML, G_PER_KG, KG, MIN, ML

# Every input inside the plausible ranges answers within this much CPU time (the issue:
# "well under a second"): CPU time, so that a busy shared machine does not fail it, and a
# loop over millions of fills still does.
FAST_SECONDS = 1.0
SLACK = 1e-9

INVARIANTS = ("never_above_a_maximum", "best_measurement", "adds_up", "each_bag_as_one_draw", "placebo_carries_no_cells",
              "answers_fast", "releasable_has_use_by")

_LIST_DIR = Path(tempfile.mkdtemp(prefix="mscprep-invariants-"))
atexit.register(shutil.rmtree, _LIST_DIR, True)     # the run leaves nothing in /tmp
RANDOMISATION_LIST = _LIST_DIR / "randomisation.csv"
RANDOMISATION_LIST.write_text("code,arm\nINV-A,active\nINV-P,placebo\n", encoding="utf-8")


def intravenous_protocols() -> list[str]:
    return sorted(p.id for p in load_protocols().protocols.values() if p.route == "intravenous")


def _number(draw, low: float, high: float, log: bool = True) -> float:
    """A figure spread over the whole range: evenly on a log scale for ranges of decades."""
    if log:
        return 10 ** draw(st.floats(math.log10(low), math.log10(high)))
    return draw(st.floats(low, high))


@st.composite
def forms(draw, protocols: list[str] | None = None, releasable: bool = False):
    """A form over the whole plausible input space: every shipped intravenous protocol,
    weights 0.5-250 kg, concentrations, viabilities, doses, rates, durations, volumes,
    caps and maxima (shaped so that most forms are complete: the invariants are about plans,
    the input errors have their own tests). `releasable`: also "none" (a plan with no
    protocol) may be asked for, a fresh product is fresh (its end of preparation entered or
    now, or its thaw entered), and the identity a label needs is there, so that the release
    rule can let the plan through."""
    protocol = draw(st.sampled_from(protocols or intravenous_protocols()))
    spec = baseline() if protocol == "none" else load_protocols().protocols[protocol]
    defaults = spec.defaults
    method = spec.method.kind if spec.method is not None else "draw_then_dilute"
    in_line = defaults.get("dilution_mode") == "in_line"
    form = {"protocol": protocol, "weight": f"{_number(draw, 0.5, 250):.4g} kg"}
    if "concentration" not in defaults and "cells_in_product" not in defaults or draw(st.integers(0, 2)):
        form["concentration"] = f"{_number(draw, 1e3, 5e8):.4g} cell/mL"
        form["viability"] = f"{_number(draw, 1, 100, log=False):.4g}%"
    if "dose" not in defaults or draw(st.integers(0, 2)):
        if draw(st.booleans()):
            form["dose"] = f"{_number(draw, 1e2, 1e9):.4g} cell/kg"
        else:
            form["dose"] = f"{_number(draw, 1e3, 1e12):.4g} cell"
    extra = draw(st.sets(st.sampled_from(["final", "speed", "dose_cap", "max_dose", "dmso", "max_container_volume",
                                          "container"]), max_size=4))
    if "final" in extra and method == "draw_then_dilute" and not in_line:
        if draw(st.booleans()):
            form["final_volume"] = f"{_number(draw, 0.01, 5000):.4g} mL"
        else:
            form["final_concentration"] = f"{_number(draw, 1e3, 5e8):.4g} cell/mL"
    speed_default = any(key in defaults for key in ("rate", "duration", "product_rate"))
    if "speed" in extra or not speed_default:
        if draw(st.booleans()):
            form["rate"] = f"{_number(draw, 0.001, 1000):.4g} mL/min"
        else:
            form["duration"] = f"{_number(draw, 1 / 6, 48 * 60):.4g} min"
    if "dose_cap" in extra:
        form["dose_cap"] = f"{_number(draw, 1e3, 1e12):.4g} cell"
    if "max_dose" in extra:
        form["max_dose"] = (f"{_number(draw, 1e2, 1e9):.4g} cell/kg" if draw(st.booleans())
                            else f"{_number(draw, 1e3, 1e12):.4g} cell")
    if "dmso" in extra:
        form["dmso"] = f"{_number(draw, 1, 20, log=False):.3g}%"
    if "max_container_volume" in extra and method == "draw_then_dilute":
        form["max_container_volume"] = f"{_number(draw, 10, 1000):.4g} mL"
    if "container" in extra and method == "draw_then_dilute":
        form.update(container=draw(st.sampled_from(["vial", "bag"])),
                    container_volume=f"{_number(draw, 0.5, 200):.3g} mL",
                    dead_volume=draw(st.sampled_from(["0 mL", "0.05 mL", "0.2 mL", "0.4 mL"])))
    if not releasable:
        if "dmso" in form or "dmso" in defaults or "stability" in spec.limits:
            form["thawed_at"] = "2026-11-23T11:00:00+00:00"   # a thawed product has a use-by time
    else:
        # figures of everyday practice, so that most plans pass every limit and can be released
        for key in ("dose_cap", "max_dose", "max_container_volume", "container", "container_volume", "dead_volume",
                    "rate", "final_concentration"):
            form.pop(key, None)
        form["weight"] = f"{_number(draw, 3, 150):.4g} kg"
        if "viability" in form:
            form["viability"] = f"{_number(draw, 80, 100, log=False):.3g}%"
            form["concentration"] = f"{_number(draw, 2e6, 2e7):.4g} cell/mL"
        if "dose" in form and "dose" not in defaults:
            form["dose"] = f"{_number(draw, 5e5, 2e6):.4g} cell/kg"
        if "dmso" in form:
            form["dmso"] = f"{_number(draw, 1, 5, log=False):.3g}%"
        if not speed_default:
            form["duration"] = f"{_number(draw, 30, 90):.4g} min"
        if "final_volume" in form:
            form["final_volume"] = f"{_number(draw, 20, 100):.4g} mL"
        thawed = "dmso" in form or "dmso" in defaults or bool(spec.product and spec.product.thawed)
        if thawed or ("stability" in spec.limits and draw(st.booleans())):
            form["thawed_at"] = "2026-11-23T11:00:00+00:00"
        elif draw(st.booleans()):     # a fresh product: its end of preparation, recorded (else now)
            form["prepared_at"] = f"2026-11-23T{draw(st.integers(6, 11)):02d}:{draw(st.integers(0, 59)):02d}:00+00:00"
        # whose product, for whom: without them no plan is released, and the invariant is about nothing
        form.update(patient_name="Invariant Patient", patient_id="MRN-INV", din="A999921123456")
    if protocol == "ucmsc-frailty":
        form.update(randomisation_code=draw(st.sampled_from(["INV-A", "INV-P"])),
                    randomisation_list=str(RANDOMISATION_LIST))
    return form


def compute(form: dict, now):
    """(preparation or None for an input error, seconds taken by the plan, its JSON, rows and
    documents)."""
    started = time.process_time()
    try:
        preparation = prepare(form, now=now)
    except InputError:
        return None, time.process_time() - started
    preparation.to_dict()
    preparation.rows()
    for audience in preparation.audiences:     # what is printed, as data (the sheet's loops included)
        preparation.document(audience)
    return preparation, time.process_time() - started


def intravenous_plan(preparation):
    """The plan behind a preparation (the blinded one's shared plan), or None."""
    plan = getattr(preparation, "plan", preparation)
    return plan if getattr(plan, "kind", None) == "intravenous" else None


def _hard(plan, *codes: str) -> bool:
    return any(f.code in codes and f.severity is Severity.HARD for f in plan.findings)


# --- never above a maximum or cap, as measured -----------------------------------------

def _maxima(plan):
    """(name, ordered figure, delivered figure, limit value) for every hard maximum of what
    reaches the patient that bears on the dose."""
    delivered = plan.delivered
    out = []
    for key, ordered, given in (("max_dose", plan.dose, delivered.dose),
                                ("dose_cap", plan.dose, delivered.dose),
                                ("max_dose_per_kg", plan.dose_per_kg, delivered.dose_per_kg),
                                ("max_cell_rate", plan.cell_rate, delivered.cell_rate),
                                ("dmso_limit", plan.dmso, delivered.dmso)):
        limit = plan.inputs.limit(key)
        if limit is not None and ordered is not None and given is not None:
            out.append((key, ordered, given, limit.value))
    return out


def never_above_a_maximum(plan) -> list[str]:
    """Rounding to syringe marks never takes what reaches the patient above a maximum or cap
    that the order keeps, whichever other limit the order already crosses; and no message
    asks to lower a dose that sits at its maximum."""
    problems = []
    if plan.delivered is None:
        return problems
    for key, ordered, given, bound in _maxima(plan):
        if not above(ordered, bound) and above(given, bound):
            problems.append(f"{key}: ordered {ordered:.6g~P} keeps {bound:.6g~P}, measured {given:.6g~P} does not")
    for finding in plan.findings:
        if finding.code == "dose_above_max" and "lower the dose" in finding.message:
            for key, ordered, _given, bound in _maxima(plan):
                if key in ("max_dose", "max_dose_per_kg", "dose_cap") and math.isclose(
                        ordered.m_as(bound.units), bound.magnitude, rel_tol=1e-9):
                    problems.append(f"'lower the dose' for a dose at its maximum: {finding.message}")
    return problems


# --- the best measurement within the deviation rule -------------------------------------

def _syringe_table():
    return [(float(s.size.m_as(ML)), float(s.graduation.m_as(ML))) for s in app_defaults().syringes]


def _kept_most_ml(plan, exact_ml: float) -> float | None:
    """The smallest volume (mL drawn) at which a dose maximum that the exact draw keeps is
    reached, from the limits themselves."""
    concentration = plan.drawn_concentration.m_as(CELL_PER_ML)
    inputs, weight = plan.inputs, plan.inputs.weight
    cells = []
    for key, scale in (("max_dose", 1.0), ("dose_cap", 1.0), ("max_dose_per_kg", weight.m_as(KG)),
                       ("max_cell_rate", weight.m_as(KG) * plan.duration.m_as(MIN))):
        limit = inputs.limit(key)
        if limit is not None:
            unit = {"max_dose_per_kg": CELL_PER_KG, "max_cell_rate": CELL_PER_KG_MIN}.get(key, CELL)
            cells.append(limit.value.m_as(unit) * scale)
    limit = inputs.limit("dmso_limit")
    if limit is not None and inputs.dmso_fraction:
        density = app_defaults().constants.dmso_density.m_as("g/mL")
        product_ml = limit.value.m_as(G_PER_KG) * weight.m_as(KG) / (inputs.dmso_fraction * density)
        basis = plan.basis_concentration.m_as(CELL_PER_ML)
        cells.append(product_ml * basis)
    volumes = [c / concentration for c in cells if c / concentration >= exact_ml * (1 - 1e-9)]
    return min(volumes) if volumes else None


def _oracle_within(exact_ml: float, tolerance: float, most_ml: float | None) -> tuple[float, int] | None:
    """A measurement within `tolerance` of `exact_ml` that keeps `most_ml`: one syringe, or
    equal fills (at most 3) of a finer one; (total, fills) or None."""
    table = _syringe_table()
    for size, mark in table:
        fills = max(1, math.ceil(exact_ml / size - SLACK))
        if fills > 3:
            continue
        per = exact_ml / fills
        for steps in {math.floor(per / mark + SLACK), math.ceil(per / mark - SLACK)}:
            each = steps * mark
            if steps <= 0 or each > size + SLACK:
                continue
            total = each * fills
            if most_ml is not None and total > most_ml * (1 + 1e-9):
                continue
            if abs(total / exact_ml - 1) <= tolerance + SLACK:
                return total, fills
    return None


def best_measurement(plan) -> list[str]:
    """When a syringe or equal fills of a finer one measure the dose within the site's rule
    (and within every maximum), the plan's measurement is within the rule; a deviation left
    beyond the rule is a finding (soft), beyond the hard site limit a hard one."""
    problems = []
    rule, hard = plan.inputs.limit("dose_deviation"), plan.inputs.limit("dose_deviation_hard")
    deviation = plan.dose_deviation
    if deviation is None or not plan.fills or plan.draw is None:
        return problems
    found = {f.code: f for f in plan.findings}
    if rule is not None and not plan.bags:
        exact = plan.draw.ordered_ml
        witness = _oracle_within(exact, float(rule.value), _kept_most_ml(plan, exact))
        if witness is not None and abs(deviation) > float(rule.value) + SLACK:
            problems.append(f"{exact:.6g} mL is measured {plan.draw.fills_ml} ({deviation:+.2%}) although "
                            f"{witness[1]} fill(s) giving {witness[0]:.6g} mL keep the {float(rule.value):.0%} rule")
    if hard is not None and abs(deviation) > float(hard.value) + SLACK:
        beyond = found.get("dose_delivered_beyond")
        if beyond is None or beyond.severity is not Severity.HARD or beyond.releasable:
            problems.append(f"deviation {deviation:+.2%} beyond the hard limit without a hard finding")
    elif rule is not None and abs(deviation) > float(rule.value) + SLACK and "dose_delivered_deviates" not in found:
        problems.append(f"deviation {deviation:+.2%} beyond the rule without a finding")
    return problems


# --- what the technician does adds up ----------------------------------------------------

def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)


def adds_up(plan) -> list[str]:
    """Fills add up to the draw, draw + diluent to the final volume as measured, takes from
    the containers to the draw, bag shares to the totals; no fill is larger than its
    syringe; the dose as measured is the draw times what it is drawn from."""
    problems = []
    if not plan.fills:
        return problems
    for fill in plan.fills:
        for measured in (fill.draw, fill.diluent):
            if measured is None:
                continue
            if not _close(sum(measured.fills_ml), measured.volume_ml):
                problems.append(f"fills {measured.fills_ml} do not add up to {measured.volume_ml}")
            if any(part > measured.size_ml + SLACK or part <= 0 for part in measured.fills_ml):
                problems.append(f"a fill of {measured.fills_ml} does not fit the {measured.size_ml} mL syringe")
        # (diluting each container first, the diluent is in what is drawn: nothing is added)
        added = plan.inputs.dilution_mode != "in_line" and plan.inputs.method.kind != "dilute_each_then_draw"
        if added and not _close(fill.draw_ml + fill.diluent_measured_ml, fill.final_measured_ml):
            problems.append(f"draw {fill.draw_ml} + diluent {fill.diluent_measured_ml} != final {fill.final_measured_ml}")
    draw = plan.volume_to_draw_measured.m_as(ML)
    if not _close(sum(fill.draw_ml for fill in plan.fills), draw):
        problems.append("the containers' draws do not add up to the draw")
    final = plan.final_volume_measured.m_as(ML)
    if not _close(sum(fill.final_measured_ml for fill in plan.fills), final):
        problems.append("the containers' final volumes do not add up to the final volume")
    if plan.inputs.dilution_mode != "in_line" and plan.inputs.method.kind != "dilute_each_then_draw":
        if not _close(draw + plan.diluent_volume_measured.m_as(ML), final):
            problems.append(f"draw {draw} + diluent {plan.diluent_volume_measured} != final {final}")
    if not math.isclose(plan.dose_delivered.m_as(CELL), draw * plan.drawn_concentration.m_as(CELL_PER_ML),
                        rel_tol=1e-9, abs_tol=1e-3):
        problems.append("the dose as measured is not the draw times the concentration drawn")
    if plan.bags:
        if any(bag.draw is None for bag in plan.bags):
            problems.append("a bag without product")
        if not math.isclose(sum(bag.cells_n for bag in plan.bags), plan.dose.m_as(CELL), rel_tol=1e-9):
            problems.append("the bags' exact shares do not add up to the dose")
        if not math.isclose(sum(bag.cells_delivered_n for bag in plan.bags), plan.dose_delivered.m_as(CELL),
                            rel_tol=1e-9, abs_tol=1e-3):
            problems.append("the bags' cells do not add up to the dose as measured")
        run = plan.delivered.duration if plan.delivered is not None else plan.duration
        if not _close(sum(bag.duration_min for bag in plan.bags), run.m_as(MIN)):
            problems.append("the bags' durations do not add up to the duration as the pump runs it")
    use = plan.container_use
    if use is not None and use.planned and use.takes_ml:
        if not _close(sum(use.takes_ml), use.drawn_ml) or not _close(use.drawn_ml, draw):
            problems.append(f"takes {use.takes_ml} do not add up to the draw {draw}")
    if use is not None and not use.planned and not _hard(plan, "too_many_containers"):
        problems.append("containers not planned without a hard finding")
    return problems


# --- each split bag is held to the rules of a single draw -------------------------------

def each_bag_as_one_draw(plan) -> list[str]:
    """Split bags: each bag, infused on its own, keeps the cells/kg/min maximum as measured
    (its cells over the time it runs) and its dose share within the deviation rule, or the
    plan has the finding (hard for the maximum)."""
    problems = []
    if not plan.bags or plan.delivered is None:
        return problems
    found = {f.code: f for f in plan.findings}
    ceiling = plan.inputs.limit("max_cell_rate")
    kg = plan.dose.m_as(CELL) / plan.dose_per_kg.m_as("cell/kg") if plan.dose_per_kg.magnitude else None
    for bag in plan.bags:
        if ceiling is not None and kg and bag.duration_min > 0:
            rate = bag.cells_delivered_n / kg / bag.duration_min
            if rate > ceiling.value.m_as("cell/kg/min") * (1 + 1e-9) and not _hard(plan, "cell_rate_above_max"):
                problems.append(f"bag {bag.number}: {rate:.6g} cells/kg/min above {ceiling.value:~P} without a hard finding")
        rule = plan.inputs.limit("dose_deviation")
        if rule is not None and bag.cells_n > 0:
            off = bag.cells_delivered_n / bag.cells_n - 1
            if abs(off) > float(rule.value) + SLACK and not ({"dose_delivered_deviates", "dose_delivered_beyond"} & set(found)):
                problems.append(f"bag {bag.number}: dose {off:+.2%} beyond the rule without a finding")
    return problems


# --- placebo ------------------------------------------------------------------------------

def _cell_figures(data, path: str = ""):
    """Every quantity in the JSON whose unit counts cells, with where it is."""
    if isinstance(data, dict):
        if set(data) == {"value", "unit"}:
            if "cell" in str(data["unit"]):
                yield path, data["value"]
            return
        for key, value in data.items():
            yield from _cell_figures(value, f"{path}.{key}")
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _cell_figures(value, f"{path}[{index}]")


def placebo_carries_no_cells(preparation) -> list[str]:
    if getattr(preparation, "arm", None) != "placebo":
        return []
    data = preparation.to_dict()
    problems = [f"{path} = {value}" for path, value in _cell_figures(data) if value]
    for key in ("dmso", "dmso_mass", "viability", "din"):
        if data.get(key) not in (None, 0):
            problems.append(f"{key} = {data[key]}")
    delivered = data.get("delivered") or {}
    if delivered.get("dmso") not in (None, 0):
        problems.append(f"delivered.dmso = {delivered['dmso']}")
    return problems


# --- every plan that can be released has a use-by time ---------------------------------

def releasable_has_use_by(preparation) -> list[str]:
    """An intravenous plan the release rule can let through (a label prints once any soft
    finding has its reason) has a use-by
    time, on the JSON as exported and on the label: thawed from its thaw time, fresh from
    its end of preparation (a protocol's window, or the site's for a plan with no protocol)."""
    plan = intravenous_plan(preparation)
    release = status_of(preparation)
    # can be released: not blocked and nothing missing (a soft finding is released by its reason)
    if plan is None or release.blocked or release.incomplete:
        return []
    data = plan.to_dict()
    problems = [] if data.get("use_by") else [f"releasable ({release.status.name}) with no use-by"]
    for label in preparation.document().labels:
        if label.shows_use_by and label.use_by is None:      # printed "Use by see sheet"
            problems.append("a label with no use-by")
    return problems


def check(preparation, seconds: float) -> dict[str, list[str]]:
    """Problems per invariant for one computed preparation."""
    found = {name: [] for name in INVARIANTS}
    if seconds > FAST_SECONDS:
        found["answers_fast"].append(f"{seconds:.2f} s")
    if preparation is None:
        return found
    found["placebo_carries_no_cells"] = placebo_carries_no_cells(preparation)
    found["releasable_has_use_by"] = releasable_has_use_by(preparation)
    plan = intravenous_plan(preparation)
    if plan is not None:
        found["never_above_a_maximum"] = never_above_a_maximum(plan)
        found["best_measurement"] = best_measurement(plan)
        found["adds_up"] = adds_up(plan)
        found["each_bag_as_one_draw"] = each_bag_as_one_draw(plan)
    return found

"""A blinded trial preparation: the cell product or the placebo, as the pharmacy's
randomisation list says for the patient's code.

Both arms are computed from the same entered figures through the same chain and the same
checks; the placebo only replaces the product by the protocol's diluent. What the ward sees
(the "ward" document: bedside sheet and bag label) is built from those shared figures and
the code, never from the arm, so both arms print the same and exit the same way. The truth
stays in the pharmacy's copy, the JSON and the record.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from functools import cached_property
from typing import ClassVar, Mapping

from ...defaults import app_defaults
from ...display import clock, duration, quantity
from ...errors import InputError, message
from ...form import parse
from ...protocol.definitions import Blinding
from ...randomisation import arm_for
from ...units import CELL, CELL_PER_KG, CELL_PER_KG_MIN, CELL_PER_ML, MIN, ML, ML_PER_H, ML_PER_KG, ML_PER_MIN
from .. import export
from ..identity import missing_identity
from ..interface import Container, Row
from ..measuring import measure
from .intravenous import Plan

# What the placebo's JSON says of the product: nothing of it is given.
_NO_PRODUCT = {"dose": (CELL, "cell"), "volume_to_draw": (ML, "mL"), "final_concentration": (CELL_PER_ML, "cell/mL"),
               "cell_rate": (CELL_PER_KG_MIN, "cell/kg/min")}


@dataclass(frozen=True)
class BlindedPreparation:
    kind: ClassVar[str] = "blinded"
    audiences: ClassVar[tuple[str, ...]] = ("ward", "pharmacy")

    arm: str
    code: str
    plan: Plan                 # from the entered figures: the same for both arms
    blinding: Blinding

    @property
    def computed_at(self) -> datetime:
        return self.plan.computed_at

    @property
    def findings(self):
        return self.plan.findings

    @property
    def reasons(self) -> Mapping[str, str]:
        return self.plan.reasons

    @property
    def protocol(self):
        return self.plan.protocol

    @property
    def identity(self):
        return self.plan.identity

    @property
    def limits(self):
        return self.plan.limits

    @property
    def entered(self) -> Mapping[str, str]:
        return dict(self.plan.entered, randomisation_code=self.code)

    @cached_property
    def plan_id(self) -> str:
        return export.identifier(dict(self.entered), self.protocol, self.computed_at)

    @property
    def placebo(self) -> bool:
        return self.arm == "placebo"

    @property
    def placebo_diluent(self) -> str:
        return app_defaults().diluent_label(self.blinding.placebo, self.blinding.placebo)

    @property
    def containers(self) -> tuple[Container, ...]:
        if not self.placebo:
            return self.plan.containers
        return tuple(replace(container, cells=0 * CELL) for container in self.plan.containers)

    @property
    def infusion(self):
        return self.plan.infusion

    @property
    def line_requirements(self) -> tuple[str, ...]:
        return self.plan.line_requirements

    @property
    def placebo_volume(self):
        """The placebo's diluent as measured: the plan's final volume on real syringes."""
        # a volume no preparation can have (blocked, implausible_result) is not measured
        measured = measure(self.plan.final_volume) if self.plan.fills else None
        return measured.volume if measured is not None else self.plan.final_volume

    @property
    def weighed_volume(self):
        return self.placebo_volume if self.placebo else self.plan.weighed_volume

    @property
    def identity_required(self) -> tuple[str, ...]:
        # The placebo has no donation: a DIN required of one arm only would tell them apart.
        return tuple(key for key in self.plan.identity_required if key not in ("din", "container_dins"))

    def with_reasons(self, reasons: Mapping[str, str]) -> "BlindedPreparation":
        return replace(self, plan=self.plan.with_reasons(reasons))

    def with_findings(self, extra) -> "BlindedPreparation":
        return replace(self, plan=self.plan.with_findings(extra))

    def record_inputs(self) -> dict[str, str]:
        return dict(self.plan.record_inputs(), randomisation_code=self.code)

    def rows(self) -> tuple[Row, ...]:
        arm = Row("arm", "Blinded trial arm (pharmacy only)",
                  message("{code}: PLACEBO" if self.placebo else "{code}: ACTIVE", code=self.code))
        if not self.placebo:
            return (arm,) + self.plan.rows()
        plan = self.plan
        return (arm,
                Row("final_volume", "Final volume", message("{volume} placebo ({diluent}, no cells)",
                                                            {"diluent": self.placebo_diluent},
                                                            volume=quantity(plan.final_volume, ML, 4))),
                Row("rate", "Rate", f"{quantity(plan.rate, ML_PER_MIN)} = {quantity(plan.rate, ML_PER_H)}"),
                Row("duration", "Duration", duration(plan.duration)),
                Row("use_by", "Use by", clock(plan.use_by)),
                Row("latest_start", "Start infusion by", clock(plan.latest_start)))

    def to_dict(self) -> dict:
        data = self.plan.to_dict()
        if self.placebo:
            for key, (unit, text) in _NO_PRODUCT.items():
                data[key] = export.quantity_json(0 * unit, unit, text)
            data["diluent_volume"] = data["final_volume"]
            for key in ("total_concentration", "viable_concentration", "viability", "dose_per_kg", "dose_requested",
                        "dmso", "dmso_mass", "din", "container_dins", "hemocytometer", "product_rate", "trace", "dmso_mass_measured",
                        "dmso_day"):
                data[key] = None
            data["diluent"] = self.blinding.placebo
            data["bags"] = [dict(bag, cells=export.quantity_json(0 * CELL, CELL, "cell"), volume_to_draw=None,
                                 diluent_volume=bag["final_volume"], volume_to_draw_measured=None,
                                 cells_delivered=export.quantity_json(0 * CELL, CELL, "cell"),
                                 diluent_volume_measured=bag["final_volume_measured"]) for bag in data["bags"]]
            placebo = export.quantity_json(self.placebo_volume, ML, "mL")
            data.update({"containers_to_thaw": None, "residual_volume": None, "containers": None, "syringe": None,
                         "volume_to_draw_measured": export.quantity_json(0 * ML, ML, "mL"),
                         "dose_delivered": export.quantity_json(0 * CELL, CELL, "cell"), "dose_deviation": None,
                         "drawn_material": None, "diluent_volume_measured": placebo, "final_volume_measured": placebo,
                         "final_concentration_measured": None,
                         "diluent_syringe": self._placebo_syringe(),
                         "delivered": self._placebo_delivered(data.get("delivered"))})
        data.update(export.common_keys(self))
        data["blinded"] = {"code": self.code, "arm": self.arm,
                           "note": "unblinded pharmacy data: the arm is never printed for the ward"}
        return data

    def _placebo_syringe(self) -> dict | None:
        measured = measure(self.plan.final_volume) if self.plan.fills else None
        return None if measured is None else {"size": export.quantity_json(measured.syringe.size, ML, "mL")}

    def _placebo_delivered(self, active: dict | None) -> dict | None:
        """What reaches the patient in the placebo arm: the diluent, and no cell, no product,
        no DMSO (the active arm's figures stay out of the placebo's record)."""
        if active is None:
            return None
        placebo, plan = self.placebo_volume, self.plan
        if plan.inputs.rate is not None:        # the pump runs as ordered, as for the active arm
            rate, minutes = plan.rate, (placebo / plan.rate).to(MIN)
        else:
            rate, minutes = (placebo / plan.duration).to(ML_PER_MIN), plan.duration
        return dict(active, volume_to_draw=export.quantity_json(0 * ML, ML, "mL"),
                    rate=export.quantity_json(rate, ML_PER_MIN, "mL/min"),
                    duration=export.quantity_json(minutes, MIN, "min"),
                    fluid_load=export.quantity_json((placebo / plan.inputs.weight).to(ML_PER_KG), ML_PER_KG, "mL/kg"),
                    final_volume=export.quantity_json(placebo, ML, "mL"),
                    dose=export.quantity_json(0 * CELL, CELL, "cell"),
                    dose_per_kg=export.quantity_json(0 * CELL_PER_KG, CELL_PER_KG, "cell/kg"),
                    cell_rate=export.quantity_json(0 * CELL_PER_KG_MIN, CELL_PER_KG_MIN, "cell/kg/min"),
                    product_rate=None, dmso=None)

    def document(self, audience: str | None = None):
        from ...documents.blinded import pharmacy_document, ward_document
        missing = missing_identity(self)
        if export.require_audience(self, audience) == "ward":
            return ward_document(self.plan, self.code, self.blinding, missing)
        return pharmacy_document(self.plan, self.code, self.arm, self.blinding, self.plan_id, missing)


def prepare_blinded(raw: dict, protocol, compute, now: datetime) -> BlindedPreparation:
    """The arm for the code, and the plan from the figures (`compute(raw)`, the same chain
    for both arms). The list is read first: an unknown code is an input error for both."""
    if protocol.blinding is None:
        raise InputError("randomisation_code", message("protocol {protocol} is not a blinded trial protocol",
                                                       protocol=protocol.id))
    code = parse.parse_text(raw.get("randomisation_code"), "randomisation_code", max_length=40)
    if not code:
        raise InputError("randomisation_code", message("is required: {protocol} is a double-blind trial protocol; "
                                                       "enter the patient's randomisation code", protocol=protocol.id))
    if not raw.get("randomisation_list"):
        raise InputError("randomisation_list", message("is required with a randomisation code (the pharmacy's CSV "
                                                       "list)"))
    arm = arm_for(code, raw["randomisation_list"])
    figures = {k: v for k, v in raw.items() if k not in ("randomisation_code", "randomisation_list")}
    plan = compute(figures)
    if plan.inputs.dilution_mode == "in_line":
        # The ward would run a diluent line beside a product bag for one arm and plain saline
        # for the other: in-line dilution cannot be blinded.
        raise InputError("dilution_mode", message("in-line dilution cannot be used in a blinded trial: the product "
                                                  "bag and its diluent line would tell the arms apart; dilute in the "
                                                  "bag"))
    return BlindedPreparation(arm, code.upper(), plan, protocol.blinding)

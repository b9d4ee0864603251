"""Every input field once: its key, label, example and parser.

The CLI builds its flags from this table and the GUI its form, so a field is named,
explained and checked the same way everywhere. Parsers turn text into values or raise
InputError naming the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Callable

from ..defaults import app_defaults
from ..errors import InputError, clipped, message
from ..protocol.definitions import CONTAINER_KINDS
from ..units import CELL, CELL_PER_KG, CELL_PER_ML, CM, DROP_PER_ML, KG, MIN, ML, ML_PER_MIN
from . import parse


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    group: str
    example: str
    help: str
    parser: Callable[[str, str], object]
    choices: tuple[str, ...] = ()

    @property
    def flag(self) -> str:
        return "--" + self.key.replace("_", "-")

    def parse(self, text: str):
        """The field's value from its text; InputError names the field and what is wrong.
        The window re-reads every field on every keystroke: a text already read is not
        parsed again (values are immutable; times depend on the site's zone, so they are)."""
        if self.key in _ON_THE_CLOCK or not isinstance(text, str):
            return self.parser(text, self.key)
        ok, outcome = _parsed(self.key, text)
        if ok:
            return outcome
        raise InputError(outcome.field, outcome.message, outcome.errors)


@lru_cache(maxsize=4096)
def _parsed(key: str, text: str) -> tuple[bool, object]:
    try:
        return True, FIELD_BY_KEY[key].parser(text, key)
    except InputError as error:
        return False, error


def plausible_range(name: str):
    """(lowest, highest) possible value of an input, from defaults.toml [plausible]."""
    return app_defaults().plausible[name]


def _within(quantity, name: str, field: str, text: str):
    low, high = plausible_range(name)
    if not low <= quantity <= high:
        raise InputError(field, message("'{text}' is outside the possible range {low} to {high}; check the number "
                                        "and its unit", text=clipped(text.strip()), low=f"{low:~P}", high=f"{high:~P}"))
    return quantity


def _quantity(unit, plausible: str, example: str):
    def parser(text: str, field: str):
        quantity = parse.parse_quantity(text, field, unit, example=example)
        if quantity.magnitude <= 0:
            raise InputError(field, message("'{text}' must be more than zero", text=clipped(text.strip())))
        return _within(quantity, plausible, field, text)
    return parser


def _non_negative(unit, plausible: str, example: str):
    def parser(text: str, field: str):
        quantity = parse.parse_quantity(text, field, unit, example=example)
        if quantity.magnitude < 0:
            raise InputError(field, message("'{text}' must not be negative", text=clipped(text.strip())))
        return quantity if quantity.magnitude == 0 else _within(quantity, plausible, field, text)
    return parser


def _dose(text: str, field: str):
    quantity = parse.parse_quantity(text, field, CELL_PER_KG, CELL, example="2e6 cell/kg")
    if quantity.magnitude <= 0:
        raise InputError(field, message("'{text}' must be more than zero", text=clipped(text.strip())))
    plausible = "dose_per_kg" if quantity.dimensionality == CELL_PER_KG.dimensionality else "dose"
    return _within(quantity, plausible, field, text)


def _fraction(example: str, *, positive: bool):
    def parser(text: str, field: str) -> float:
        value = parse.parse_fraction(text, field, example=example)
        if positive and value <= 0:
            raise InputError(field, message("'{text}' must be more than 0%", text=clipped(text.strip())))
        return value
    return parser


def _number(plausible: str, example: str):
    def parser(text: str, field: str) -> float:
        low, high = plausible_range(plausible)
        return parse.parse_number(text, field, minimum=low, maximum=high, example=example)
    return parser


def _drop_factor(text: str, field: str):
    """A gravity set's drop factor: one of the sets in use (defaults.toml drop_factors)."""
    quantity = parse.parse_quantity(text, field, DROP_PER_ML, example="20 drop/mL")
    known = app_defaults().constants.drop_factors
    if not any(abs(float((quantity - factor).m_as(DROP_PER_ML))) < 1e-9 for factor in known):
        sets = ", ".join(f"{factor.m_as(DROP_PER_ML):g}" for factor in known)
        raise InputError(field, message("'{text}' is not the drop factor of a set in use ({sets} drop/mL)",
                                        text=clipped(text.strip()), sets=sets))
    return quantity


def _whole_number(text: str, field: str) -> int:
    value = parse.parse_number(text, field, minimum=1, maximum=100, example="1")
    if value != int(value):
        raise InputError(field, message("'{text}' must be a whole number", text=clipped(text.strip())))
    return int(value)


def _counts(text: str, field: str) -> tuple[int, ...]:
    defaults = app_defaults()
    return parse.parse_counts(text, field, max_squares=defaults.hemocytometer_squares,
                              max_count=defaults.hemocytometer_max_count)


def mass_per_mass(text: str, field: str):
    quantity = parse.parse_mass_per_mass(text, field)
    if quantity.magnitude <= 0:
        raise InputError(field, message("'{text}' must be more than zero", text=clipped(text.strip())))
    return _within(quantity, "dmso_limit", field, text)


def _choice(choices: tuple[str, ...]):
    def parser(text: str, field: str) -> str:
        return parse.parse_choice(text, field, choices)
    return parser


def _text(text: str, field: str) -> str:
    return parse.parse_text(text, field)


def _product_code(text: str, field: str) -> str:
    """An ISBT 128 product code: typed (8 characters) or scanned (=< and 8, through the scan
    router), checked against the structure of ST-001 2.4.3 (issue 25)."""
    from ..scan import expect, looks_scanned, product_code_fields
    text = parse.parse_text(text, field)
    if not text:
        return text
    if looks_scanned(text):
        return expect(text, "product_code", field).fields["product_code"]
    return product_code_fields(text.strip(), field_name=field)["product_code"]


def _dins(text: str, field: str) -> tuple[str, ...]:
    from ..din import parse_dins
    return parse_dins(text, field)


def _person(text: str, field: str) -> str:
    """A person's name: the one check of every name typed (records/names.py)."""
    from ..records.names import person_name
    text = parse.parse_text(text, field)
    return person_name(text, field) if text else text


def _path(text: str, field: str) -> str:
    """A file name: never printed, so any character a file system allows but no control."""
    return parse.parse_text(text, field, max_length=1000, printed=False)


@cache
def tissue_choices() -> tuple[str, ...]:
    return tuple(app_defaults().tissues)


@cache
def diluent_choices() -> tuple[str, ...]:
    return tuple(app_defaults().diluents)


def _tissue(text: str, field: str) -> str:
    return parse.parse_choice(text, field, tissue_choices())


def _diluent(text: str, field: str) -> str:
    return parse.parse_choice(text, field, diluent_choices())


BASES = ("viable", "total")
DONORS = ("autologous", "allogeneic")
DILUTION_MODES = ("bag", "in_line")
ADMINISTRATIONS = ("pump", "gravity", "syringe_push")
FILTERS = ("standard_blood_set", "leukocyte_reduction")
YES_NO = ("no", "yes")
SEXES = ("female", "male")      # Devine's ideal body weight differs by sex

_VOLUME = "volume"

FIELDS: tuple[Field, ...] = (
    # patient and product identity
    Field("patient_name", "Patient name", "patient", "Yamada Hanako", "Printed on the sheet and label.", _text),
    Field("patient_id", "Patient ID", "patient", "MRN-000123", "Hospital number.", _text),
    Field("weight", "Body weight", "patient", "60 kg", "Any mass unit: 60 kg, 132.3 lb.",
          _quantity(KG, "weight", "60 kg")),
    # asked for only when the protocol doses on ideal or adjusted body weight (issue 21)
    Field("height", "Height", "patient", "170 cm", "For the ideal body weight the protocol doses on.",
          _quantity(CM, "height", "170 cm")),
    Field("sex", "Sex (ideal body weight)", "patient", "female",
          "female or male: the ideal body weight formula differs.", _choice(SEXES), SEXES),
    Field("din", "DIN (ISBT 128)", "product", "A999921123456", "13 characters (check character computed) or 14 (verified).", _text),
    Field("container_dins", "DINs of the other containers", "product", "",
          "A thaw of several containers: scan the DIN of each container after the first, one after another.",
          _dins),
    Field("product_code", "Product code", "product", "S1234V00", "The facility's own ISBT 128 product code (8 characters, or scanned).", _product_code),
    Field("source_tissue", "Source tissue", "product", "bone_marrow", "Tissue the MSCs come from.", _tissue),
    Field("donor", "Donor", "product", "allogeneic", "autologous or allogeneic.", _choice(DONORS), DONORS),
    Field("prepared_by", "Prepared by", "product", "K. Tanaka", "Operator preparing the product.", _person),
    # cell count: one of counter read-out, label, hemocytometer
    Field("concentration", "Total cell concentration", "count", "1e7 cell/mL",
          "Counter read-out: all nucleated cells (viable and dead) per mL.",
          _quantity(CELL_PER_ML, "concentration", "1e7 cell/mL")),
    Field("viability", "Viability", "count", "92%", "Viable fraction of the product.",
          _fraction("92%", positive=True)),
    Field("cells_in_product", "Cells in product (label)", "count", "50e6 cell",
          "Cells stated on the bag or vial label.",
          _quantity(CELL, "cells_in_product", "50e6 cell")),
    Field("product_volume", "Product volume (label)", "count", "10 mL",
          "Volume stated on the bag or vial label.",
          _quantity(ML, "product_volume", "10 mL")),
    Field("hemocytometer", "Unstained (viable) counts per square", "count", "45, 43, 47, 44",
          "Counts per large square, separated by commas.", _counts),
    Field("dead", "Stained (dead) counts per square", "count", "3, 4, 2, 3",
          "Trypan-blue stained counts for the same squares.", _counts),
    Field("dilution_factor", "Dilution factor", "count", "2",
          "Total dilution of the sample in the chamber (1:1 trypan blue = 2).",
          _number("dilution_factor", "2")),
    # dose
    Field("dose", "Dose", "dose", "2e6 cell/kg", "Per kg (cell/kg) or fixed total (cell).", _dose),
    Field("basis", "Dose basis", "dose", "viable", "Whether the dose counts viable or all cells.",
          _choice(BASES), BASES),
    Field("dose_cap", "Dose cap", "dose", "100e6 cell", "Largest total dose; a larger dose is reduced to it.",
          _quantity(CELL, "dose", "100e6 cell")),
    Field("max_dose", "Maximum dose", "dose", "5e6 cell/kg", "Hard maximum, per kg or total.", _dose),
    Field("min_viability", "Release viability", "dose", "70%", "Release specification.",
          _fraction("70%", positive=False)),
    Field("available", "Volume available", "dose", "10.5 mL",
          "Product volume that can be drawn (dead volume left behind).",
          _quantity(ML, _VOLUME, "10.5 mL")),
    # the product's containers (a protocol's [product], or a site's own product)
    Field("container", "Product container", "product", "bag", "bag, vial or syringe the product comes in.",
          _choice(CONTAINER_KINDS), CONTAINER_KINDS),
    Field("container_volume", "Volume per container", "product", "10.8 mL",
          "Nominal or certificate volume in each container.", _quantity(ML, _VOLUME, "10.8 mL")),
    Field("dead_volume", "Dead volume per container", "product", "0.5 mL",
          "What stays behind in each container when it is drawn.", _non_negative(ML, _VOLUME, "0.5 mL")),
    Field("containers_available", "Containers available", "product", "2",
          "How many containers of this product are on hand.", _whole_number),
    # dilution
    Field("final_concentration", "Final concentration", "dilution", "1e6 cell/mL",
          "Dilution target on the dose basis.", _quantity(CELL_PER_ML, "concentration", "1e6 cell/mL")),
    Field("final_volume", "Final volume", "dilution", "50 mL", "Dilution target volume.",
          _quantity(ML, _VOLUME, "50 mL")),
    Field("diluent", "Diluent", "dilution", "saline", "Fluid added to the product.", _diluent),
    Field("dilution_mode", "Dilution", "dilution", "bag",
          "bag: diluted before infusing; in_line: diluent runs with the product.",
          _choice(DILUTION_MODES), DILUTION_MODES),
    Field("in_line_ratio", "In-line diluent ratio", "dilution", "3",
          "Diluent flow as a multiple of the product flow.", _number("in_line_ratio", "3")),
    Field("max_container_volume", "Largest bag or syringe", "dilution", "100 mL",
          "Larger preparations are split into equal bags.", _quantity(ML, _VOLUME, "100 mL")),
    # infusion
    Field("rate", "Rate", "infusion", "4 mL/min", "Infusion rate; mL/min or mL/h.",
          _quantity(ML_PER_MIN, "rate", "4 mL/min")),
    Field("duration", "Duration", "infusion", "30 min", "Infusion duration.",
          _quantity(MIN, "duration", "30 min")),
    Field("product_rate", "Product flow", "infusion", "1 mL/min", "In-line dilution: flow of the product itself.",
          _quantity(ML_PER_MIN, "rate", "1 mL/min")),
    Field("max_rate", "Maximum rate", "infusion", "4 mL/min",
          "Rate guide of the label or protocol; above it a reason is needed (the hard ceiling is the protocol's).",
          _quantity(ML_PER_MIN, "rate", "4 mL/min")),
    Field("administration", "Administration", "infusion", "pump", "pump, gravity or syringe_push.",
          _choice(ADMINISTRATIONS), ADMINISTRATIONS),
    Field("drop_factor", "Drop factor", "infusion", "20 drop/mL", "Gravity set drops per mL: 10, 15, 20 or 60.",
          _drop_factor),
    Field("filter", "Filter", "infusion", "standard_blood_set", "Filter in the line.",
          _choice(FILTERS), FILTERS),
    Field("irradiated", "Irradiated", "infusion", "no", "Whether the product was irradiated.",
          _choice(YES_NO), YES_NO),
    # DMSO
    Field("dmso", "DMSO", "dmso", "10%", "DMSO volume fraction of the product as drawn.",
          _fraction("10%", positive=False)),
    Field("dmso_limit", "DMSO limit", "dmso", "1 g/kg", "DMSO per kg body weight per day.", mass_per_mass),
    # time
    Field("thawed_at", "Thawed at", "time", "2026-11-23T09:30", "Time of thaw or end of preparation.",
          lambda text, field: parse.parse_datetime(text, field)),
    Field("prepared_at", "End of preparation", "time", "2026-11-23T10:15",
          "Fresh product: when the preparation was finished; its use-by counts from here (empty: now).",
          lambda text, field: parse.parse_datetime(text, field)),
    Field("stability", "Stability window", "time", "3 h", "From thaw to end of infusion.",
          _quantity(MIN, "stability", "3 h")),
    # treatment course
    Field("dose_number", "Dose number in the course", "course", "1", "Which dose of the protocol's course this is.",
          _whole_number),
    Field("previous_dose_at", "Previous dose at", "course", "2026-11-20T10:00", "When the previous dose of the course was given.",
          lambda text, field: parse.parse_datetime(text, field)),
    Field("first_dose_at", "First dose at", "course", "2026-11-24T08:00",
          "Nebulized course: when the first dose is given.", lambda text, field: parse.parse_datetime(text, field)),
    Field("randomisation_code", "Randomisation code", "trial", "UC-017", "Blinded trial: the patient's code.", _text),
    Field("randomisation_list", "Randomisation list (pharmacy)", "trial", "/secure/pharmacy/randomisation.csv",
          "CSV file with columns code and arm, kept by the unblinded pharmacy.", _path),
)

FIELD_BY_KEY: dict[str, Field] = {field.key: field for field in FIELDS}
# Read on the site's clock (its zone can change between calls): never cached.
_ON_THE_CLOCK = frozenset({"thawed_at", "prepared_at", "previous_dose_at", "first_dose_at"})


def field(key: str) -> Field:
    return FIELD_BY_KEY[key]

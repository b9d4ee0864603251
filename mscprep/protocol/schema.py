"""The protocol file schema: every key a protocol file may hold, what its value must be,
and the rules between keys, in one place.

A file is checked against PROTOCOL before anything of it is used; the first thing wrong
becomes a ProtocolFileError naming the key (`[course] interval: ...`), and the loader
leaves the file out. To add a key, add one entry to the table it belongs in, e.g.

    "dead_volume": Key(Amount(ML, "volume", zero=True)),        # in CONTAINER
    "max_bags":    Key(Whole(1, 50)),                            # in PROTOCOL

and, if the key holds a figure the calculation uses, a field of the same name in the
frozen dataclass the table builds (protocol/definitions.py). A new limit is one
LimitSpec line in definitions.py: the [limits] table reads every LimitSpec, checks its
plausible range, that a min_X is not above its max_X, and that an app-wide limit
(defaults.toml) is only tightened.
"""

from __future__ import annotations

from dataclasses import dataclass, is_dataclass, replace
from typing import Callable

from ..defaults import app_defaults
from ..errors import InputError, message, quoted
from ..schema_kinds import (Choice, Entries, Exactly, Flag, Key, SchemaError, Table, Text, Texts,  # noqa: F401
                            TextsByName, TimesOfDay, Version, Whole, _place, _type_name)
from ..form.fields import FIELD_BY_KEY
from ..units import CELL, G_PER_ML, KG, ML, ureg
from .definitions import (CONTAINER_KINDS, DOSING_WEIGHTS, LIMIT_RANGES, LIMIT_SPECS, METHODS, ROUTES,
                          AliquotSchedule, Blinding, Course, DosingWeight, Limit, Method, Product)
from .limits import baseline_limits, is_stricter, limit_text, parse_limit, tissue_limits

SCHEMA_VERSION = 1
MAX_FILE_BYTES = 256 * 1024
DAY = ureg.Unit("day")


@dataclass(frozen=True)
class Amount:
    """A quantity written with its unit, more than zero (or zero, with `zero`), within its
    plausible range (a defaults.toml [plausible] name)."""
    unit: object
    plausible: str
    zero: bool = False
    example: str = ""

    def read(self, value, where: str):
        from ..form import parse
        example = self.example or f"1 {self.unit:~P}"
        if not isinstance(value, str):
            raise SchemaError(where, message("must be text with a unit such as '{example}', not {type}",
                                             {"type": _type_name(value)}, example=example))
        try:
            quantity = parse.parse_quantity(value, where, self.unit, example=example)
        except InputError as error:
            raise SchemaError(where, error.message) from None
        if quantity.magnitude < 0 or (quantity.magnitude == 0 and not self.zero):
            raise SchemaError(where, message("{text} must be more than zero or zero", text=quoted(value)) if self.zero
                              else message("{text} must be more than zero", text=quoted(value)))
        low, high = app_defaults().plausible[self.plausible]
        if quantity.magnitude and not low <= quantity <= high:
            raise SchemaError(where, message("{text} is outside the possible range {low} to {high}", text=quoted(value),
                                             low=f"{low:~P}", high=f"{high:~P}"))
        return quantity


# --- [defaults]: field texts a user may change ------------------------------------------------

# Identity and per-plan fields are never protocol defaults.
NOT_DEFAULTS = {"patient_name", "patient_id", "weight", "din", "prepared_by", "thawed_at", "hemocytometer",
                "dead", "dose_number", "previous_dose_at", "first_dose_at", "randomisation_code",
                "randomisation_list", "containers_available", "container", "container_volume", "dead_volume",
                "height", "sex"}
# Entered as fields but limits in a protocol: they belong in [limits].
LIMIT_FIELDS = {"dose_cap": "dose_cap", "max_dose": "max_dose or max_dose_per_kg", "min_viability": "min_viability",
                "max_rate": "max_rate", "dmso_limit": "dmso_limit", "stability": "stability",
                "max_container_volume": "max_container_volume"}
# Defaults that would switch a check off: the value a protocol default may not take, and why.
DEFAULT_CHECKS: dict[str, tuple[Callable[[object], bool], str]] = {
    "dmso": (lambda fraction: fraction > 0, message("0% would switch the DMSO check off; leave dmso out when the "
                                                    "product holds none")),
}


def _default_fields() -> tuple[str, ...]:
    return tuple(key for key in FIELD_BY_KEY if key not in NOT_DEFAULTS and key not in LIMIT_FIELDS)


def _refuse_default(key: str) -> str | None:
    if key in LIMIT_FIELDS:
        return message("is a limit: put it in [limits] as {limit}", limit=LIMIT_FIELDS[key])
    if key in NOT_DEFAULTS:
        return message("is not a field a protocol can set")
    if key not in FIELD_BY_KEY:
        return message("is not a field a protocol can set")
    return None


def _read_default(key: str, value, where: str) -> str:
    if not isinstance(value, str):
        raise SchemaError(where, message("must be text as typed in the form (e.g. '{example}'), not {type}",
                                         {"type": _type_name(value)}, example=FIELD_BY_KEY[key].example))
    try:
        parsed = FIELD_BY_KEY[key].parse(value)
    except InputError as error:
        raise SchemaError(where, error.message) from None
    check = DEFAULT_CHECKS.get(key)
    if check and not check[0](parsed):
        raise SchemaError(where, message("{text}: {why}", text=quoted(value), why=check[1]))
    return value.strip()


# --- [limits] ----------------------------------------------------------------------------------

def _read_limit(key: str, value, where: str):
    try:
        return parse_limit(key, value, where)
    except InputError as error:
        raise SchemaError(where, error.message) from None


def _limit_pairs(limits: dict, where: str) -> None:
    """A minimum above its maximum leaves no plan possible: the protocol is wrong."""
    for low_key, high_key in LIMIT_RANGES:
        if low_key in limits and high_key in limits and limits[low_key] > limits[high_key]:
            raise SchemaError(where, message("{low_key} is above {high_key}: the protocol contradicts itself "
                                             "({low} > {high})", low_key=low_key, high_key=high_key,
                                             low=_shown(low_key, limits[low_key]),
                                             high=_shown(high_key, limits[high_key])))


def _only_tightens(read: dict, where: str) -> None:
    """App-wide limits (defaults.toml) and the rate ceilings of the protocol's source tissue
    (defaults.toml [ceilings], an embolism precaution) hold for every protocol: a protocol
    may make them stricter, never looser; a site that needs another sets it in
    defaults.toml, for every protocol alike."""
    app_wide = ((baseline_limits(), "the app-wide limit of {limit} (defaults.toml)"),
                (tissue_limits(read["source_tissue"]),
                 "the app-wide ceiling of {limit} for {tissue} (defaults.toml [ceilings])"))
    tissue = {"tissue": read["source_tissue"]}
    for bounds, what in app_wide:
        for key, value in read["limits"].items():
            app = bounds.get(key)
            if app is not None and value != app.value and not is_stricter(LIMIT_SPECS[key], value, app.value):
                loosened = message(what, limit=limit_text(app), **(tissue if "{tissue}" in what else {}))
                raise SchemaError(where, message("{key} = {value} would loosen {loosened}; a protocol can only "
                                                 "tighten it", key=key, value=_shown(key, value), loosened=loosened))


def _shown(key: str, value) -> str:
    return limit_text(Limit(key, value, "", ""))


# --- [sources] ---------------------------------------------------------------------------------

def _source_keys() -> tuple[str, ...]:
    return tuple(LIMIT_SPECS) + tuple(FIELD_BY_KEY)


# --- tables of their own -----------------------------------------------------------------------

def _course_rule(read: dict, where: str) -> None:
    if read["min_interval"] > read["interval"]:
        raise SchemaError(where, message("min_interval is longer than interval"))


def _aliquot_rule(read: dict, where: str) -> None:
    if len(read["times"]) != read["doses_per_day"]:
        raise SchemaError(where, message("needs one time of day per daily dose ({doses}), has {count}",
                                         doses=read["doses_per_day"], count=len(read["times"])))


# A table's own source; without one, the protocol's reference is its source.
SOURCE = Key(Text(max_length=1000), default="")

COURSE = Table({
    "doses": Key(Whole(1, 100), required=True),
    "interval": Key(Amount(DAY, "course_interval", example="30 day"), required=True),
    "min_interval": Key(Amount(DAY, "course_interval", example="30 day"), required=True),
    "source": SOURCE,
}, build=lambda read: Course(**read), rules=(_course_rule,))

ALIQUOTS = Table({
    "dose_volume": Key(Amount(ML, "volume", example="2 mL"), required=True),
    "overfill": Key(Amount(ML, "volume", zero=True, example="0.3 mL"), required=True),
    "doses_per_day": Key(Whole(1, 24), required=True),
    "days": Key(Whole(1, 60), required=True),
    "times": Key(TimesOfDay(), required=True),
    "storage": Key(Text(max_length=500), default=""),
    "thaw": Key(Text(max_length=500), default=""),
    "source": SOURCE,
}, build=lambda read: AliquotSchedule(**read), rules=(_aliquot_rule,))

BLINDING = Table({
    "placebo": Key(Choice(lambda: app_defaults().diluents), required=True),
    "label_product": Key(Text(max_length=120), required=True),
    "appearance": Key(Text(max_length=500), default=""),
    "source": SOURCE,
}, build=lambda read: Blinding(**read))

def _product_rule(read: dict, where: str) -> None:
    if read["container_volume"] is not None and read["dead_volume"] >= read["container_volume"]:
        raise SchemaError(where, message("dead_volume must be less than container_volume"))


PRODUCT = Table({
    "container": Key(Choice(CONTAINER_KINDS), required=True),
    "container_volume": Key(Amount(ML, "volume", example="10.8 mL")),
    "dead_volume": Key(Amount(ML, "volume", zero=True, example="0.5 mL"), default=0 * ML),
    "thawed": Key(Flag(), default=False),
    "storage": Key(Text(max_length=500), default=""),
    "storage_label": Key(Text(max_length=200), default=""),
    "source": SOURCE,
    "sources": Key(TextsByName(), default={}),
}, build=lambda read: Product(**read), rules=(_product_rule,))

# Which volume each way of preparing needs (and no other).
_METHOD_VOLUMES = {"dilute_each_then_draw": "diluent_per_container", "into_infusion_bag": "bag_diluent_volume"}


def _method_rule(read: dict, where: str) -> None:
    needs = _METHOD_VOLUMES.get(read["kind"])
    extra = sorted(key for key in _METHOD_VOLUMES.values() if key != needs and read[key] is not None)
    if extra:
        raise SchemaError(where, message("{keys} does not apply to {kind}", keys=", ".join(extra), kind=read["kind"]))
    if needs and read[needs] is None:
        raise SchemaError(where, message("{kind} needs {key}", kind=read["kind"], key=needs))


METHOD = Table({
    "kind": Key(Choice(METHODS), required=True),
    "diluent_per_container": Key(Amount(ML, "volume", example="18 mL")),
    "bag_diluent_volume": Key(Amount(ML, "volume", example="100 mL")),
    "source": SOURCE,
}, build=lambda read: Method(**read), rules=(_method_rule,))

def _dosing_weight_rule(read: dict, where: str) -> None:
    if read["basis"] == "actual" and read["cap"] is None:
        raise SchemaError(where, message("basis = \"actual\" without a cap is the default: leave [dosing_weight] out"))


DOSING_WEIGHT = Table({
    "basis": Key(Choice(DOSING_WEIGHTS), required=True),
    "cap": Key(Amount(KG, "weight", example="100 kg")),
    # why the protocol doses on it; the formulas' own sources are the app's (dosing_weight.py)
    "source": Key(Text(max_length=1000), required=True),
}, build=lambda read: DosingWeight(**read), rules=(_dosing_weight_rule,))

PROTOCOL = Table({
    "schema": Key(Exactly(SCHEMA_VERSION), required=True),
    "id": Key(Text(max_length=64, pattern=r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", printed=False,
                   pattern_help="may hold only letters, digits, '-', '_' and '.'"), required=True),
    "name": Key(Text(max_length=200), required=True),
    "version": Key(Version(), required=True),
    "route": Key(Choice(ROUTES), required=True),
    "reference": Key(Text(max_length=2000), required=True),
    "source_tissue": Key(Choice(lambda: app_defaults().tissues), default="other"),
    "donor": Key(Choice(("autologous", "allogeneic")), default="allogeneic"),
    "indication": Key(Text(max_length=300), default=""),
    "url": Key(Text(max_length=500, printed=False), default=""),
    "notes": Key(Texts(), default=()),
    "defaults": Key(Entries(_default_fields, _read_default, "field", _refuse_default), default={}),
    "limits": Key(Entries(lambda: LIMIT_SPECS, _read_limit, "limit"), default={}),
    "sources": Key(Entries(_source_keys, lambda key, value, where: Text(max_length=1000).read(value, where),
                           "limit or field"), default={}),
    "line_requirements": Key(Texts(), default=()),
    "product_density": Key(Amount(G_PER_ML, "product_density", example="1.005 g/mL")),
    "course": Key(COURSE),
    "aliquots": Key(ALIQUOTS),
    "blinding": Key(BLINDING),
    "product": Key(PRODUCT),
    "method": Key(METHOD),
    "dosing_weight": Key(DOSING_WEIGHT),
    "checklist": Key(Texts(), default=()),
})


def _protocol_rules(read: dict, where: str) -> None:
    if (read["route"] == "nebulized") != (read["aliquots"] is not None):
        raise SchemaError(where, message("a nebulized protocol needs an [aliquots] table, and only it"))
    if read["blinding"] is not None and read["route"] != "intravenous":
        raise SchemaError(where, message("[blinding] applies to intravenous protocols only"))
    if read["blinding"] is not None and read["defaults"].get("dilution_mode") == "in_line":
        raise SchemaError(where, message("[blinding] cannot be used with in-line dilution (the arms would differ)"))
    if read["dosing_weight"] is not None and read["route"] != "intravenous":
        raise SchemaError(where, message("[dosing_weight] applies to intravenous protocols only"))
    if read["method"] is not None and read["method"].kind == "dilute_each_then_draw" and read["product"] is None:
        raise SchemaError(where, message("[method] dilute_each_then_draw needs a [product] (the containers to dilute)"))
    _limit_pairs(read["limits"], "[limits]")
    _only_tightens(read, "[limits]")
    _use_by_window(read, "[limits]")
    _fixed_dose_bounded(read)


def _use_by_window(read: dict, where: str) -> None:
    """Every intravenous plan has a use-by time: the protocol states its window (from thaw,
    or from the end of preparation for a fresh product), or its product holds
    DMSO, for which the app-wide window of defaults.toml (`dmso_stability`) applies."""
    if read["route"] != "intravenous":
        return
    if "stability" in read["limits"]:     # its source: [sources] stability, else the reference
        return
    dmso = read["defaults"].get("dmso")
    if dmso and FIELD_BY_KEY["dmso"].parse(dmso) > 0:
        return
    raise SchemaError(where, message("an intravenous protocol needs a use-by window: stability (from thaw, or from "
                                     "the end of preparation for a fresh product), with its source in [sources]"))


# What bounds a fixed dose per kg: either is enough, each with its own source.
FIXED_DOSE_BOUNDS = ("max_dose_per_kg", "min_weight")


def is_fixed_dose(read: dict) -> bool:
    """A protocol that doses in cells per treatment: its default dose is a total, or it
    has no default dose and bounds the total (min_dose, max_dose)."""
    default = read["defaults"].get("dose")
    if default is not None:
        return FIELD_BY_KEY["dose"].parse(default).dimensionality == CELL.dimensionality
    return any(key in read["limits"] for key in ("min_dose", "max_dose"))


def _fixed_dose_bounded(read: dict) -> None:
    """A fixed dose lands on every body weight: 2e9 cells are 29e6 cells/kg at 70 kg and
    44e6 cells/kg at 45 kg. A fixed-dose intravenous protocol therefore states a per-kg
    ceiling or the lightest patient it is for, and where that figure comes from (a
    published figure, or a site value said to be one)."""
    if read["route"] != "intravenous" or not is_fixed_dose(read):
        return
    stated = [key for key in FIXED_DOSE_BOUNDS if key in read["limits"]]
    if not stated:
        raise SchemaError("[limits]", message("a fixed-dose intravenous protocol (dose in cells per treatment) "
                                              "needs max_dose_per_kg or min_weight, so that a light patient is not "
                                              "given the whole dose"))
    for key in stated:
        if key not in read["sources"]:
            raise SchemaError("[sources]", message("{key} needs its source (a published figure, or 'Site value ...')",
                                                  key=key))


PROTOCOL_RULES = (_protocol_rules,)


def read_protocol_table(table: dict) -> dict:
    """The checked values of a protocol file's table (key -> value read; course, aliquots
    and blinding as their definitions, with the reference as their source when they name
    none); SchemaError says what is wrong."""
    read = PROTOCOL.read(table, "")
    for rule in PROTOCOL_RULES:
        rule(read, "")
    for key, value in read.items():
        if is_dataclass(value) and getattr(value, "source", None) == "":
            read[key] = replace(value, source=read["reference"])
    return read

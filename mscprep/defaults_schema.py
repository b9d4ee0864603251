"""The schema of resources/defaults.toml, checked with the protocol files' own machinery
(schema_kinds.py: Table, Key, Text, Whole, ..., which protocol/schema.py builds on) before anything of it is used. The
first thing wrong is a SchemaError naming the key (`[records] clock_skew: ...`); the
program says it in one line naming the file and the key, never a traceback.

To add a key to defaults.toml: add one `Key(...)` line to the table it belongs in below
(a new table: one more `"name": Key(Table({...}), required=True)` in DEFAULTS), then read
it in defaults.from_table into a field of AppDefaults. A quantity is `Measure("1 min")`
(any unit of the example's dimension), a limit is checked against its LimitSpec.
Example, a site time zone and a hard deviation limit:

    "site": Key(Table({"time_zone": Key(Text(max_length=60, printed=False), required=True),
                       "source": SOURCE})),                                 # in DEFAULTS
    "hard_deviation": Key(Measure("1 min"), required=True),                 # in RECORDS
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .errors import quoted
from .protocol.definitions import LIMIT_SPECS
from .schema_kinds import Choice, Entries, Flag, Key, SchemaError, Table, Text, Texts, TextsByName, Whole, _type_name
from .units import quantity as parsed_quantity


@dataclass(frozen=True)
class Measure:
    """A quantity written with its unit, of the dimension of `example`, above zero (or zero)."""
    example: str
    zero: bool = False

    def read(self, value, where: str):
        if not isinstance(value, str):
            raise SchemaError(where, f"must be text with a unit such as '{self.example}', not {_type_name(value)}")
        try:
            quantity = parsed_quantity(value)
            wanted = parsed_quantity(self.example)
        except Exception:  # noqa: BLE001 (pint raises many kinds for text it cannot read)
            raise SchemaError(where, f"{quoted(value)} is not a quantity such as '{self.example}'") from None
        if not hasattr(quantity, "dimensionality") or quantity.dimensionality != wanted.dimensionality:
            raise SchemaError(where, f"{quoted(value)} is not in a unit like '{self.example}'")
        magnitude = quantity.magnitude
        if not isinstance(magnitude, (int, float)) or magnitude != magnitude or magnitude in (float("inf"),) \
                or magnitude < 0 or (magnitude == 0 and not self.zero):
            raise SchemaError(where, f"{quoted(value)} must be more than zero" + (" or zero" if self.zero else ""))
        return quantity


@dataclass(frozen=True)
class Measures:
    example: str
    max_items: int = 20

    def read(self, value, where: str):
        if not isinstance(value, list) or not value or len(value) > self.max_items:
            raise SchemaError(where, f"must be a list of 1 to {self.max_items} quantities such as '{self.example}'")
        return tuple(Measure(self.example).read(item, f"{where}[{index + 1}]") for index, item in enumerate(value))


@dataclass(frozen=True)
class Bounds:
    """[low, high] of a [plausible] range: two quantities of one dimension, two numbers, or
    two percentages; low below high."""

    def read(self, value, where: str):
        if not isinstance(value, list) or len(value) != 2:
            raise SchemaError(where, "must be a list of two bounds [lowest, highest]")
        low, high = value
        if all(isinstance(item, (int, float)) and not isinstance(item, bool) for item in value):
            pass
        elif all(isinstance(item, str) for item in value):
            if all(item.strip().endswith("%") for item in value):
                try:
                    low, high = (float(item.strip()[:-1]) for item in value)
                except ValueError:
                    raise SchemaError(where, "percentages must be numbers with %") from None
            else:
                low = Measure(value[0], zero=True).read(value[0], where)
                high = Measure(value[0], zero=True).read(value[1], where)
        else:
            raise SchemaError(where, "must be two quantities, two numbers or two percentages")
        if not low < high:
            raise SchemaError(where, "the lowest bound must be below the highest")
        return value


@dataclass(frozen=True)
class Instants:
    def read(self, value, where: str):
        if not isinstance(value, list) or len(value) != 2:
            raise SchemaError(where, "must be two ISO 8601 times with their offset")
        try:
            low, high = (datetime.fromisoformat(item) for item in value)
        except (TypeError, ValueError):
            raise SchemaError(where, "must be two ISO 8601 times with their offset") from None
        if low.tzinfo is None or high.tzinfo is None or not low < high:
            raise SchemaError(where, "must be two ISO 8601 times with their offset, the first earlier")
        return value


@dataclass(frozen=True)
class LimitText:
    """An app-wide limit as the protocol files write it, read by its LimitSpec's unit."""

    def read_entry(self, key: str, value, where: str):
        spec = LIMIT_SPECS[key]
        if spec.plain:
            number = value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
            if number is None and isinstance(value, str):
                try:
                    number = float(value)
                except ValueError:
                    number = None
            if number is None or not number > 0:
                raise SchemaError(where, "must be a number above zero")
            return value
        if spec.unit is None:
            # a percentage: form.parse reads it for the plan; here only its shape, as it
            # imports the defaults being checked
            text = value.strip() if isinstance(value, str) else ""
            try:
                fraction = float(text[:-1]) / 100 if text.endswith("%") else float("nan")
            except ValueError:
                fraction = float("nan")
            if fraction != fraction:
                raise SchemaError(where, f"must be a percentage such as '5%', not {quoted(str(value))}")
            if not 0 < fraction <= 1:
                raise SchemaError(where, f"{quoted(str(value))} must be a percentage above 0 % and at most 100 %")
            return value
        example = f"1 {spec.unit:~P}" if key != "dmso_limit" else "1 g/kg"
        Measure(example).read(value, where)
        return value


_TEXT = Text(max_length=1000)
SOURCE = Key(_TEXT, required=True)
_TABLE_OF_SOURCES = Key(TextsByName(), default={})

CONSTANTS = Table({
    "dmso_density": Key(Measure("1 g/mL"), required=True),
    "hemocytometer_square_volume": Key(Measure("1 uL"), required=True),
    "drop_factor": Key(Measure("1 drop/mL"), required=True),
    "drop_factors": Key(Measures("1 drop/mL"), required=True),
    "product_density": Key(Measure("1 g/mL"), required=True),
    "sources": _TABLE_OF_SOURCES,
})

def _limits_table(value, where: str):
    if not isinstance(value, dict):
        raise SchemaError(where, f"must be a table, not {_type_name(value)}")
    entries = {key: text for key, text in value.items() if key != "sources"}
    Entries(lambda: tuple(LIMIT_SPECS), LimitText().read_entry, "limit").read(entries, where)
    if "sources" in value:
        TextsByName().read(value["sources"], f"{where[:-1]}.sources]")
    return value


@dataclass(frozen=True)
class _Custom:
    reader: object

    def read(self, value, where: str):
        return self.reader(value, where)


_PLAUSIBLE_WHOLE = {"hemocytometer_squares": Whole(1, 1000), "hemocytometer_max_count": Whole(1, 100000),
                    "hemocytometer_min_squares": Whole(1, 1000)}


def _plausible_table(value, where: str):
    if not isinstance(value, dict):
        raise SchemaError(where, f"must be a table, not {_type_name(value)}")
    for name in ("dates", *_PLAUSIBLE_WHOLE):
        if name not in value:
            raise SchemaError(f"{where} {name}", "is required")
    for name, bounds in value.items():
        place = f"{where} {name}"
        if name == "dates":
            Instants().read(bounds, place)
        elif name in _PLAUSIBLE_WHOLE:
            _PLAUSIBLE_WHOLE[name].read(bounds, place)
        else:
            Bounds().read(bounds, place)
    return value


def _named(table: Table, what: str, required: tuple[str, ...] = ()):
    """A table of entries under names of the file's choosing, each read by `table`."""
    def read(value, where: str):
        if not isinstance(value, dict) or not value:
            raise SchemaError(where, f"must be a table of {what}")
        for name in required:
            if name not in value:
                raise SchemaError(f"{where} {name}", "is required")
        return {name: table.read(entry, f"{where} {name}") for name, entry in value.items()
                if not isinstance(entry, str) or name != "source"}
    return _Custom(read)


def _syringe_sizes(value, where: str):
    if not isinstance(value, list) or not value:
        raise SchemaError(where, "must be a list of syringes")
    syringe = Table({"size": Key(Measure("1 mL"), required=True), "graduation": Key(Measure("1 mL"), required=True),
                     "dead_space": Key(Measure("1 mL", zero=True), required=True)})
    return [syringe.read(entry, f"{where}[{index + 1}]") for index, entry in enumerate(value)]


def _ceilings(value, where: str):
    if not isinstance(value, dict):
        raise SchemaError(where, f"must be a table, not {_type_name(value)}")
    if "source" not in value:
        raise SchemaError(f"{where} source", "is required")
    _TEXT.read(value["source"], f"{where} source")
    for tissue, limits in value.items():
        if tissue != "source":
            Entries(lambda: tuple(LIMIT_SPECS), LimitText().read_entry, "limit").read(limits, f"{where} {tissue}")
    return value



def _time_zone(value, where: str) -> str:
    """Empty (this computer's zone) or an IANA zone name such as Europe/Berlin; whether the
    name is known is said by mscprep.clock when the zone is used."""
    if not isinstance(value, str):
        raise SchemaError(where, f"must be text (an IANA zone name such as 'Europe/Berlin'), not {_type_name(value)}")
    value = value.strip()
    if value:
        Text(max_length=60, pattern=r"[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*",
             pattern_help="is not an IANA zone name such as 'Europe/Berlin'", printed=False).read(value, where)
    return value


# Keys of [no_protocol] that are limits, not form fields (key -> the limit it sets):
# fresh_stability is the use-by window of a fresh product planned without a protocol.
NO_PROTOCOL_LIMITS = {"fresh_stability": "stability"}


def _field_texts(value, where: str) -> dict:
    """Form field texts by the field's key (e.g. diluent = "saline"), and their sources (an
    unknown field is said by the form when the plan reads it)."""
    if not isinstance(value, dict):
        raise SchemaError(where, f"must be a table, not {_type_name(value)}")
    for key, text in value.items():
        if key == "sources":
            TextsByName().read(text, f"{where} sources")
        elif key in NO_PROTOCOL_LIMITS:     # not a form field: a limit a plan without a protocol keeps
            LimitText().read_entry(NO_PROTOCOL_LIMITS[key], text, f"{where} {key}")
            if not str(value.get("sources", {}).get(key, "")).strip():
                raise SchemaError(f"{where} sources.{key}", "is required: where the window comes from "
                                                            "(a published figure, or 'Site value ...')")
        elif not key.isidentifier() or not key.islower():
            raise SchemaError(f"{where} {key}", "is not a field of the form")
        else:
            Text(max_length=200, printed=False).read(text, f"{where} {key}")
    return value


ROLES = ("technician", "pharmacist", "qa", "admin")


def _roles(value, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise SchemaError(where, f"must be a list of roles ({', '.join(ROLES)})")
    return tuple(Choice(ROLES).read(role, f"{where}[{index + 1}]") for index, role in enumerate(value))


_LONG_TEXTS = Texts(item=Text(max_length=1000), max_items=50)

DEFAULTS = Table({
    "schema": Key(Whole(1, 1), required=True),
    "constants": Key(CONSTANTS, required=True),
    "limits": Key(_Custom(_limits_table), required=True),
    "plausible": Key(_Custom(_plausible_table), required=True),
    "tissues": Key(_named(Table({"label": Key(Text(), required=True),
                                 "high_tissue_factor": Key(Flag(), required=True),
                                 # issue 25: the ISBT 128 class name printed on the bag label
                                 "isbt_class": Key(Text(max_length=20, pattern=r"MSC\([A-Z]{1,4}\)",
                                                        pattern_help="is not an ISBT 128 class name such as MSC(M) or MSC(AT)"))}),
                          "tissues", ("other",)),
                   required=True),
    "ceilings": Key(_Custom(_ceilings), required=True),
    "syringes": Key(Table({"source": SOURCE, "sizes": Key(_Custom(_syringe_sizes), required=True)}), required=True),
    "diluents": Key(_named(Table({"label": Key(Text(), required=True), "albumin": Key(Flag(), required=True)}),
                           "diluents"), required=True),
    "line": Key(Table({"requirements": Key(_LONG_TEXTS, required=True), "source": SOURCE}), required=True),
    "monitoring": Key(Table({"first_check_after_start": Key(Measure("1 min"), required=True),
                             "every": Key(Measure("1 min"), required=True),
                             "after_end": Key(Measures("1 min"), required=True),
                             "observation_period": Key(Measure("1 min"), required=True),
                             "source": SOURCE}), required=True),
    "checklist": Key(Table({"items": Key(_LONG_TEXTS, required=True), "source": SOURCE}), required=True),
    "response": Key(Table({"steps": Key(_LONG_TEXTS, required=True), "source": SOURCE}), required=True),
    "storage": Key(Table({"label": Key(Text(), required=True), "text": Key(_TEXT, required=True),
                          "source": SOURCE}), required=True),
    "intended_use": Key(Table({"text": Key(_TEXT, required=True)}), required=True),
    "records": Key(Table({"clock_skew": Key(Measure("1 min"), required=True), "source": SOURCE}), required=True),
    # issue 21: the site's time zone (an IANA name; empty: this computer's zone)
    "site": Key(Table({"time_zone": Key(_Custom(_time_zone), default="")})),
    # issue 25: laboratory balances
    "balance": Key(Table({"stable_timeout": Key(Measure("1 s"), required=True),
                          "typed_weights_allowed": Key(Flag(), required=True), "source": SOURCE})),
    # issue 21: what a plan without a protocol starts from (form field texts, with sources)
    "no_protocol": Key(_Custom(_field_texts)),
    # issue 22: which enrolled roles may sign the independent double check
    "people": Key(Table({"verifier_roles": Key(_Custom(_roles), required=True), "source": SOURCE})),
})


def check_defaults(table: dict) -> None:
    """SchemaError naming the first key of defaults.toml that is missing or wrong."""
    DEFAULTS.read(table, "")

"""Protocols: the shipped and site files in resources/protocols/*.toml.

A protocol holds defaults (field texts a user may change) and limits (never loosened by
what a user enters), each with its source. Files are validated on load; a broken file is
listed with what is wrong and left out, it never stops the program.
"""

from __future__ import annotations

import re
import tomllib
from datetime import datetime
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..defaults import app_defaults
from ..errors import InputError
from ..form import parse
from ..form.fields import FIELD_BY_KEY
from ..resources import resource_path
from ..units import G_PER_ML, ML, ureg
from .definitions import (CONTAINER_KINDS, LIMIT_RANGES, LIMIT_SPECS, METHODS, NO_PROTOCOL, ROUTES,
                          AliquotSchedule, Blinding, Course, Limit, Method, Product, Protocol)
from .limits import baseline_limits, parse_limit

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
SCHEMA = 1

_TOP_KEYS = {"schema", "id", "name", "version", "route", "source_tissue", "donor",
             "indication", "reference", "url", "notes", "defaults", "limits", "sources",
             "line_requirements", "product_density", "course", "aliquots", "blinding",
             "product", "method", "checklist"}
_REQUIRED = ("id", "name", "version", "route", "reference")
# Identity and per-plan fields are never protocol defaults.
_NOT_DEFAULTS = {"patient_name", "patient_id", "weight", "din", "prepared_by",
                 "thawed_at", "hemocytometer", "dead", "dose_number", "previous_dose_at",
                 "first_dose_at", "randomisation_code", "randomisation_list", "containers_available",
                 "container", "container_volume", "dead_volume"}
# Entered as fields but limits in a protocol: they belong in [limits].
_LIMIT_FIELDS = {"dose_cap": "dose_cap", "max_dose": "max_dose or max_dose_per_kg",
                 "min_viability": "min_viability", "max_rate": "max_rate",
                 "dmso_limit": "dmso_limit", "stability": "stability",
                 "max_container_volume": "max_container_volume"}


class ProtocolFileError(ValueError):
    def __init__(self, path: Path, message: str):
        self.path = path
        self.message = message
        super().__init__(f"{path.name}: {message}")


def baseline_line_requirements() -> tuple[str, ...]:
    return app_defaults().line.items


@cache
def baseline() -> Protocol:
    """The plan with no protocol chosen: app-wide limits from defaults.toml only."""
    return Protocol(id=NO_PROTOCOL, name="No protocol (app defaults only)", version="-",
                    route="intravenous", reference="mscprep defaults.toml",
                    limits=dict(baseline_limits()), line_requirements=baseline_line_requirements())


def _require_str(table: dict, key: str, path: Path) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ProtocolFileError(path, f"'{key}' must be non-empty text")
    return value.strip()


def protocol_from_table(table: dict, path: Path) -> Protocol:
    unknown = set(table) - _TOP_KEYS
    if unknown:
        raise ProtocolFileError(path, f"unknown key(s) {', '.join(sorted(unknown))}")
    if table.get("schema") != SCHEMA:
        raise ProtocolFileError(path, f"'schema' must be {SCHEMA}")
    for key in _REQUIRED:
        _require_str(table, key, path)
    route = table["route"]
    if route not in ROUTES:
        raise ProtocolFileError(path, f"route '{route}' is not one of {', '.join(ROUTES)}")
    tissues = tuple(app_defaults().tissues)
    tissue = table.get("source_tissue", "other")
    if tissue not in tissues:
        raise ProtocolFileError(path, f"source_tissue '{tissue}' is not one of {', '.join(tissues)}")
    donor = table.get("donor", "allogeneic")
    if donor not in ("autologous", "allogeneic"):
        raise ProtocolFileError(path, f"donor '{donor}' must be autologous or allogeneic")

    defaults = {}
    for key, text in table.get("defaults", {}).items():
        if key in _LIMIT_FIELDS:
            raise ProtocolFileError(path, f"[defaults] '{key}' is a limit: put it in [limits] "
                                    f"as {_LIMIT_FIELDS[key]}")
        if key not in FIELD_BY_KEY or key in _NOT_DEFAULTS:
            raise ProtocolFileError(path, f"[defaults] '{key}' is not a field a protocol can set")
        try:
            FIELD_BY_KEY[key].parse(str(text))
        except InputError as error:
            raise ProtocolFileError(path, f"[defaults] {key}: {error.message}") from None
        defaults[key] = str(text)

    limit_sources = table.get("sources", {})
    for key in limit_sources:
        if key not in LIMIT_SPECS and key not in FIELD_BY_KEY:
            raise ProtocolFileError(path, f"[sources] '{key}' is neither a limit nor a field")
    reference = table["reference"].strip()
    limits = dict(baseline_limits())
    for key, text in table.get("limits", {}).items():
        if key not in LIMIT_SPECS:
            raise ProtocolFileError(path, f"[limits] '{key}' is not a known limit "
                                    f"(known: {', '.join(LIMIT_SPECS)})")
        try:
            value = parse_limit(key, text, key)
        except InputError as error:
            raise ProtocolFileError(path, f"[limits] {key}: {error.message}") from None
        limits[key] = Limit(key, value, limit_sources.get(key, reference), "protocol")
    _check_ranges(limits, path)

    density = None
    if "product_density" in table:
        try:
            density = parse.parse_quantity(table["product_density"], "product_density", G_PER_ML,
                                           example="1.005 g/mL")
        except InputError as error:
            raise ProtocolFileError(path, f"product_density: {error.message}") from None
        if not 0.9 <= density.m_as("g/mL") <= 1.2:
            raise ProtocolFileError(path, "product_density must be between 0.9 and 1.2 g/mL")
    course = _course(table.get("course"), path, reference) if "course" in table else None
    aliquots = _aliquots(table.get("aliquots"), path, reference) if "aliquots" in table else None
    blinding = _blinding(table.get("blinding"), path, reference) if "blinding" in table else None
    if (route == "nebulized") != (aliquots is not None):
        raise ProtocolFileError(path, "a nebulized protocol needs an [aliquots] table, and only it")
    if blinding is not None and route != "intravenous":
        raise ProtocolFileError(path, "[blinding] applies to intravenous protocols only")
    if blinding is not None and table.get("defaults", {}).get("dilution_mode") == "in_line":
        raise ProtocolFileError(path, "[blinding] cannot be used with in-line dilution (the arms would differ)")
    product = _product(table["product"], path, reference) if "product" in table else None
    method = _method(table["method"], path, reference, product) if "method" in table else None
    notes = table.get("notes", [])
    extra_lines = table.get("line_requirements", [])
    checklist = table.get("checklist", [])
    for name, items in (("notes", notes), ("line_requirements", extra_lines), ("checklist", checklist)):
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise ProtocolFileError(path, f"'{name}' must be a list of texts")
    if not _ID.fullmatch(table["id"].strip()):
        raise ProtocolFileError(path, "'id' may hold only letters, digits, '-', '_' and '.'")
    if table["id"].strip() != path.stem:
        raise ProtocolFileError(path, f"id '{table['id'].strip()}' must be the file name "
                                f"without .toml ('{path.stem}')")
    return Protocol(
        id=table["id"].strip(), name=table["name"].strip(), version=str(table["version"]),
        route=route, reference=reference, source_tissue=tissue, donor=donor,
        indication=str(table.get("indication", "")), url=str(table.get("url", "")),
        notes=tuple(notes), defaults=defaults, limits=limits,
        default_sources={k: v for k, v in limit_sources.items() if k in FIELD_BY_KEY},
        line_requirements=baseline_line_requirements() + tuple(extra_lines), product_density=density,
        course=course, aliquots=aliquots, blinding=blinding, product=product, method=method,
        checklist=tuple(checklist), path=path)


def _check_ranges(limits: dict, path: Path) -> None:
    for low, high in LIMIT_RANGES:
        if low in limits and high in limits and limits[low].value > limits[high].value:
            raise ProtocolFileError(path, f"[limits] {low} is above {high}: the protocol contradicts itself")


def _volume(table: dict, key: str, where: str, path: Path, *, zero: bool = False):
    try:
        value = parse.parse_quantity(table.get(key), f"{where}.{key}", ML, example="10 mL")
    except InputError as error:
        raise ProtocolFileError(path, f"[{where}] {key}: {error.message}") from None
    if value.magnitude < 0 or (value.magnitude == 0 and not zero):
        raise ProtocolFileError(path, f"[{where}] {key} must be more than zero")
    return value


def _product(table, path: Path, reference: str) -> Product:
    known = {"container", "container_volume", "dead_volume", "thawed", "storage", "storage_label", "source",
             "sources"}
    if not isinstance(table, dict) or set(table) - known:
        raise ProtocolFileError(path, f"[product] takes {', '.join(sorted(known))}")
    if table.get("container") not in CONTAINER_KINDS:
        raise ProtocolFileError(path, f"[product] container must be one of {', '.join(CONTAINER_KINDS)}")
    volume = _volume(table, "container_volume", "product", path) if "container_volume" in table else None
    dead = _volume(table, "dead_volume", "product", path, zero=True) if "dead_volume" in table else 0 * ML
    if volume is not None and dead >= volume:
        raise ProtocolFileError(path, "[product] dead_volume must be less than container_volume")
    if not isinstance(table.get("thawed", False), bool):
        raise ProtocolFileError(path, "[product] thawed must be true or false")
    sources = table.get("sources", {})
    if not isinstance(sources, dict) or not all(isinstance(v, str) for v in sources.values()):
        raise ProtocolFileError(path, "[product] sources must be a table of texts")
    return Product(table["container"], volume, dead, table.get("thawed", False), str(table.get("storage", "")),
                   str(table.get("storage_label", "")), str(table.get("source", reference)), dict(sources))


def _method(table, path: Path, reference: str, product: Product | None) -> Method:
    known = {"kind", "diluent_per_container", "bag_diluent_volume", "source"}
    if not isinstance(table, dict) or set(table) - known:
        raise ProtocolFileError(path, f"[method] takes {', '.join(sorted(known))}")
    kind = table.get("kind")
    if kind not in METHODS:
        raise ProtocolFileError(path, f"[method] kind must be one of {', '.join(METHODS)}")
    needs = {"dilute_each_then_draw": "diluent_per_container", "into_infusion_bag": "bag_diluent_volume"}.get(kind)
    extra = ({"diluent_per_container", "bag_diluent_volume"} - {needs}) & set(table)
    if extra:
        raise ProtocolFileError(path, f"[method] {', '.join(sorted(extra))} does not apply to {kind}")
    if needs and needs not in table:
        raise ProtocolFileError(path, f"[method] {kind} needs {needs}")
    if kind == "dilute_each_then_draw" and product is None:
        raise ProtocolFileError(path, "[method] dilute_each_then_draw needs a [product] (the containers to dilute)")
    volume = _volume(table, needs, "method", path) if needs else None
    return Method(kind, volume if kind == "dilute_each_then_draw" else None,
                  volume if kind == "into_infusion_bag" else None, str(table.get("source", reference)))


def _course(table, path: Path, reference: str) -> Course:
    if not isinstance(table, dict) or set(table) - {"doses", "interval", "min_interval", "source"}:
        raise ProtocolFileError(path, "[course] takes doses, interval, min_interval and source")
    doses = table.get("doses")
    if not isinstance(doses, int) or not 1 <= doses <= 100:
        raise ProtocolFileError(path, "[course] doses must be a whole number from 1 to 100")
    times = {}
    for key in ("interval", "min_interval"):
        try:
            times[key] = parse.parse_quantity(table.get(key), f"course.{key}", ureg.Unit("day"), example="30 day")
        except InputError as error:
            raise ProtocolFileError(path, f"[course] {key}: {error.message}") from None
    if times["min_interval"] > times["interval"]:
        raise ProtocolFileError(path, "[course] min_interval is longer than interval")
    return Course(doses, times["interval"], times["min_interval"], str(table.get("source", reference)))


def _aliquots(table, path: Path, reference: str) -> AliquotSchedule:
    known = {"dose_volume", "overfill", "doses_per_day", "days", "times", "storage", "thaw", "source"}
    if not isinstance(table, dict) or set(table) - known:
        raise ProtocolFileError(path, f"[aliquots] takes {', '.join(sorted(known))}")
    try:
        volumes = {key: parse.parse_quantity(table.get(key), f"aliquots.{key}", ML, example="2 mL")
                   for key in ("dose_volume", "overfill")}
        times = tuple(datetime.strptime(text, "%H:%M").time() for text in table.get("times", []))
    except InputError as error:
        raise ProtocolFileError(path, f"[aliquots] {error.field}: {error.message}") from None
    except (TypeError, ValueError):
        raise ProtocolFileError(path, "[aliquots] times must be a list of HH:MM texts") from None
    for key in ("doses_per_day", "days"):
        if not isinstance(table.get(key), int) or not 1 <= table[key] <= 60:
            raise ProtocolFileError(path, f"[aliquots] {key} must be a whole number from 1 to 60")
    if len(times) != table["doses_per_day"]:
        raise ProtocolFileError(path, "[aliquots] needs one time of day per daily dose")
    return AliquotSchedule(volumes["dose_volume"], volumes["overfill"], table["doses_per_day"], table["days"],
                           tuple(sorted(times)), str(table.get("storage", "")), str(table.get("thaw", "")),
                           str(table.get("source", reference)))


def _blinding(table, path: Path, reference: str) -> Blinding:
    known = {"placebo", "label_product", "appearance", "source"}
    if not isinstance(table, dict) or set(table) - known or not {"placebo", "label_product"} <= set(table):
        raise ProtocolFileError(path, "[blinding] takes placebo and label_product (and appearance, source)")
    if table["placebo"] not in app_defaults().diluents:
        raise ProtocolFileError(path, f"[blinding] placebo '{table['placebo']}' is not a known diluent")
    return Blinding(table["placebo"], str(table["label_product"]), str(table.get("appearance", "")),
                    str(table.get("source", reference)))


def load_protocol_file(path: Path) -> Protocol:
    try:
        with open(path, "rb") as handle:
            table = tomllib.load(handle)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ProtocolFileError(path, f"not valid TOML (UTF-8): {error}") from None
    except OSError as error:
        raise ProtocolFileError(path, f"cannot be read: {error.strerror}") from None
    return protocol_from_table(table, path)


@dataclass(frozen=True)
class ProtocolSet:
    protocols: dict[str, Protocol]
    problems: tuple[ProtocolFileError, ...]

    def get(self, protocol_id: str | None) -> Protocol:
        if not protocol_id or protocol_id == NO_PROTOCOL:
            return baseline()
        try:
            return self.protocols[protocol_id]
        except KeyError:
            known = ", ".join(sorted(self.protocols)) or "none"
            raise InputError("protocol", f"'{protocol_id}' is not a known protocol "
                             f"(known: {known})") from None


def load_protocols(directory: Path | None = None) -> ProtocolSet:
    directory = directory or resource_path("protocols")
    protocols: dict[str, Protocol] = {}
    problems: list[ProtocolFileError] = []
    for path in sorted(directory.glob("*.toml")):
        try:
            protocol = load_protocol_file(path)
        except ProtocolFileError as problem:
            problems.append(problem)
            continue
        if protocol.id in protocols or protocol.id == NO_PROTOCOL:
            problems.append(ProtocolFileError(path, f"id '{protocol.id}' is already used"))
            continue
        protocols[protocol.id] = protocol
    return ProtocolSet(protocols, tuple(problems))


@cache
def shipped_protocols() -> ProtocolSet:
    return load_protocols()


def find_protocol(protocol_id: str | None) -> Protocol:
    """One shipped protocol by id, reading only its own file (ids are file names), so a
    single plan does not pay for validating every protocol."""
    if not protocol_id or protocol_id == NO_PROTOCOL:
        return baseline()
    if not _ID.fullmatch(protocol_id):
        return shipped_protocols().get(protocol_id)  # raises the "not known" input error
    path = resource_path("protocols", f"{protocol_id}.toml")
    if not path.is_file():
        return shipped_protocols().get(protocol_id)
    try:
        return _load_by_id(path)
    except ProtocolFileError as problem:
        raise InputError("protocol", f"protocol file {problem.path.name} is broken: {problem.message}") from None


@cache
def _load_by_id(path: Path) -> Protocol:
    return load_protocol_file(path)

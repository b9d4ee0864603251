"""The app-wide baseline (resources/defaults.toml) as typed, frozen data.

Read once and cached; every module asks `app_defaults()` rather than poking into the raw
table. It imports nothing of mscprep but the unit registry and the resource locator, so
any module may import it without forming a cycle (definitions below behaviour).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Mapping

from .resources import resource_path
from .units import quantity


@dataclass(frozen=True)
class Tissue:
    key: str
    label: str
    high_tissue_factor: bool     # CD142-rich MSCs: large doses call for an anticoagulation decision
    isbt_class: str = ""         # ISBT 128 cellular-therapy class name (MSC(M) ...); "" when not stated


@dataclass(frozen=True)
class Diluent:
    key: str
    label: str
    albumin: bool


@dataclass(frozen=True)
class Constants:
    dmso_density: object
    hemocytometer_square_volume: object
    drop_factor: object
    drop_factors: tuple[object, ...]      # the gravity sets in use; an entered drop factor is one of them
    product_density: object
    sources: Mapping[str, str]


@dataclass(frozen=True)
class Syringe:
    size: object                 # nominal capacity (mL)
    graduation: object           # the finest mark: volumes are measured to it
    dead_space: object           # hub and needle: drawn from the container, not delivered


@dataclass(frozen=True)
class Texts:
    """Printed items (checklist, response steps, line requirements) and where they come from."""
    items: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Monitoring:
    first_check_after_start: object
    every: object
    after_end: tuple[object, ...]
    observation_period: object
    source: str


@dataclass(frozen=True)
class Storage:
    label: str
    text: str
    source: str


@dataclass(frozen=True)
class BalanceSettings:
    """Site values for reading laboratory balances (issue 25)."""
    stable_timeout: object       # how long to wait for a stable reading
    typed_weights_allowed: bool  # may tare and gross be typed when no balance can be read
    source: str


@dataclass(frozen=True)
class AppDefaults:
    constants: Constants
    limit_texts: Mapping[str, str]        # app-wide limits as written; protocol.limits parses them
    limit_sources: Mapping[str, str]
    plausible: Mapping[str, tuple]        # name -> (lowest, highest): quantities, numbers or texts
    plausible_dates: tuple[datetime, datetime]
    hemocytometer_squares: int
    hemocytometer_max_count: int
    tissues: Mapping[str, Tissue]
    diluents: Mapping[str, Diluent]
    line: Texts
    monitoring: Monitoring
    checklist: Texts
    response: Texts
    storage: Storage
    hemocytometer_min_squares: int = 4
    ceilings: Mapping[str, Mapping[str, str]] = None    # tissue -> limit key -> text (app-wide ceilings)
    ceilings_source: str = ""
    syringes: tuple[Syringe, ...] = ()                   # smallest first
    syringes_source: str = ""
    intended_use: str = ""
    record_clock_skew: object = None     # how far `--now` may be from the real clock for a record action
    record_clock_skew_source: str = ""
    site_time_zone: str = ""             # IANA name; empty: this computer's zone (mscprep.clock)
    balance: BalanceSettings | None = None    # issue 25; None: typing refused, default timeout
    no_protocol_defaults: Mapping[str, str] = None   # field texts a plan without a protocol starts from
    no_protocol_sources: Mapping[str, str] = None
    no_protocol_fresh_stability: str = ""            # [no_protocol] fresh_stability (a window, as written)
    verifier_roles: tuple[str, ...] = ("pharmacist",)    # [people]: the roles that may sign a double check

    def tissue(self, key: str) -> Tissue:
        return self.tissues.get(key) or self.tissues["other"]

    def diluent_label(self, key: str | None, missing: str = "") -> str:
        return self.diluents[key].label if key in self.diluents else missing


def _quantity(text: str):
    return quantity(text)


def _range(bounds: list) -> tuple:
    low, high = bounds
    if isinstance(low, str) and not low.rstrip().endswith("%"):
        return _quantity(low), _quantity(high)
    return low, high


def from_table(table: dict) -> AppDefaults:
    constants = table["constants"]
    plausible = dict(table["plausible"])
    dates = tuple(datetime.fromisoformat(text) for text in plausible.pop("dates"))
    squares = plausible.pop("hemocytometer_squares")
    max_count = plausible.pop("hemocytometer_max_count")
    min_squares = plausible.pop("hemocytometer_min_squares")
    ceilings = dict(table["ceilings"])
    ceilings_source = ceilings.pop("source")
    syringes = sorted((Syringe(_quantity(entry["size"]), _quantity(entry["graduation"]), _quantity(entry["dead_space"]))
                       for entry in table["syringes"]["sizes"]), key=lambda syringe: syringe.size)
    limits = dict(table["limits"])
    limit_sources = limits.pop("sources", {})
    monitoring = table["monitoring"]
    return AppDefaults(
        constants=Constants(
            dmso_density=_quantity(constants["dmso_density"]),
            hemocytometer_square_volume=_quantity(constants["hemocytometer_square_volume"]),
            drop_factor=_quantity(constants["drop_factor"]),
            drop_factors=tuple(_quantity(text) for text in constants["drop_factors"]),
            product_density=_quantity(constants["product_density"]),
            sources=dict(constants.get("sources", {}))),
        limit_texts=limits, limit_sources=dict(limit_sources),
        plausible={name: _range(bounds) for name, bounds in plausible.items()}, plausible_dates=dates,
        hemocytometer_squares=int(squares), hemocytometer_max_count=int(max_count),
        tissues={key: Tissue(key, entry["label"], bool(entry["high_tissue_factor"]), entry.get("isbt_class", ""))
                 for key, entry in table["tissues"].items()},
        diluents={key: Diluent(key, entry["label"], bool(entry["albumin"]))
                  for key, entry in table["diluents"].items()},
        line=Texts(tuple(table["line"]["requirements"]), table["line"]["source"]),
        monitoring=Monitoring(_quantity(monitoring["first_check_after_start"]), _quantity(monitoring["every"]),
                              tuple(_quantity(text) for text in monitoring["after_end"]),
                              _quantity(monitoring["observation_period"]), monitoring["source"]),
        checklist=Texts(tuple(table["checklist"]["items"]), table["checklist"]["source"]),
        response=Texts(tuple(table["response"]["steps"]), table["response"]["source"]),
        storage=Storage(table["storage"]["label"], table["storage"]["text"], table["storage"]["source"]),
        hemocytometer_min_squares=int(min_squares),
        ceilings={tissue: dict(limits) for tissue, limits in ceilings.items()}, ceilings_source=ceilings_source,
        syringes=tuple(syringes), syringes_source=table["syringes"]["source"],
        intended_use=table["intended_use"]["text"],
        record_clock_skew=_quantity(table["records"]["clock_skew"]),
        record_clock_skew_source=table["records"]["source"],
        site_time_zone=str(table.get("site", {}).get("time_zone", "")).strip(),
        balance=_balance(table.get("balance")),
        no_protocol_defaults={key: str(value) for key, value in table.get("no_protocol", {}).items()
                              if key not in ("sources", "fresh_stability")},
        no_protocol_fresh_stability=str(table.get("no_protocol", {}).get("fresh_stability", "")),
        no_protocol_sources=dict(table.get("no_protocol", {}).get("sources", {})),
        verifier_roles=tuple(table.get("people", {}).get("verifier_roles", ("pharmacist",))))


def _balance(table: dict | None) -> BalanceSettings | None:
    if table is None:
        return None
    return BalanceSettings(_quantity(table["stable_timeout"]), bool(table["typed_weights_allowed"]), table["source"])


class DefaultsError(Exception):
    """resources/defaults.toml cannot be used: one line naming the file and the key."""


@cache
def app_defaults() -> AppDefaults:
    """The baseline shipped with the program, checked against its schema (defaults_schema.py)
    before it is used. A broken copy is an installation fault: DefaultsError names the file
    and the key, and every command and the window say it in one line."""
    path = resource_path("defaults.toml")
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        table = tomllib.loads(data.decode("utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise DefaultsError(f"{path}: cannot be read ({getattr(error, 'strerror', None) or error})") from None
    # The exact bytes that passed the check before, under the same checking code, pass it
    # again: the check is skipped for them (mscprep/checked.py says why that is safe).
    from .checked import note_passed, passed_before
    if not passed_before("defaults", data):
        from .defaults_schema import check_defaults
        from .schema_kinds import SchemaError
        try:
            check_defaults(table)
        except SchemaError as error:
            raise DefaultsError(f"{path}: {error}") from None
        note_passed("defaults", data)
    return from_table(table)

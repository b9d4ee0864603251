"""Limits as data: how each limit's value is written, the app-wide baseline, and how a
limit entered by the user combines with the protocol's (the stricter one wins)."""

from __future__ import annotations

from functools import cache

from .. import display
from ..defaults import app_defaults
from ..errors import InputError
from ..form import parse
from ..form.fields import mass_per_mass
from .definitions import LIMIT_SPECS, Limit, LimitSpec


def parse_limit(key: str, text: object, where: str):
    """Parse one limit value; `where` names the place in messages (a file key or flag)."""
    spec = LIMIT_SPECS[key]
    if spec.plain:
        return parse.parse_number(text, where, minimum=0, maximum=1e6, example="3")
    if spec.unit is None:
        value = parse.parse_fraction(text, where)
        bounds = app_defaults().plausible.get(key)
        if bounds:  # e.g. a gravimetric tolerance is never looser than 10 %
            low, high = (parse.parse_fraction(bound, key) for bound in bounds)
            if not low <= value <= high:
                raise InputError(where, f"'{text}' is outside {display.percent(low)} to {display.percent(high)}")
        return value
    if key == "dmso_limit":
        return mass_per_mass(str(text), where)
    value = parse.parse_quantity(text, where, spec.unit, example=f"1 {spec.unit:~P}")
    if value.magnitude <= 0:
        raise InputError(where, f"'{text}' must be more than zero")
    return value


@cache
def baseline_limits() -> dict[str, Limit]:
    """The app-wide limits of defaults.toml, which every protocol starts from."""
    defaults = app_defaults()
    return {key: Limit(key, parse_limit(key, text, f"defaults.toml [limits] {key}"),
                       defaults.limit_sources.get(key, "mscprep defaults.toml"), "defaults")
            for key, text in defaults.limit_texts.items()}


@cache
def tissue_limits(tissue: str) -> dict[str, Limit]:
    """The app-wide ceilings for a source tissue (defaults.toml [ceilings]), for every
    protocol whose label gives none."""
    defaults = app_defaults()
    texts = defaults.ceilings.get(tissue) or defaults.ceilings["other"]
    source = f"{defaults.ceilings_source} ({defaults.tissue(tissue).label})"
    return {key: Limit(key, parse_limit(key, text, f"defaults.toml [ceilings] {tissue}.{key}"), source, "defaults")
            for key, text in texts.items()}


def is_stricter(spec: LimitSpec, candidate, current) -> bool:
    return candidate < current if spec.bound == "max" else candidate > current


def merge(base: dict[str, Limit], entered: dict[str, Limit]) -> tuple[dict[str, Limit], list[tuple[Limit, Limit]]]:
    """Combine entered limits with the protocol's: an entry may tighten a limit, never
    loosen it. Returns the effective limits and the (entered, kept) pairs that were
    looser than the protocol's and therefore not used."""
    effective = dict(base)
    looser: list[tuple[Limit, Limit]] = []
    for key, limit in entered.items():
        current = effective.get(key)
        if current is None or is_stricter(LIMIT_SPECS[key], limit.value, current.value):
            effective[key] = limit
        elif limit.value != current.value:
            looser.append((limit, current))
    return effective, looser


def limit_text(limit: Limit) -> str:
    """The limit's value as printed: '3.34 × 10⁶ cells/kg', '70%', '3 ×', '4 h'."""
    spec = LIMIT_SPECS[limit.key]
    if spec.plain:
        return f"{display.significant(limit.value)} ×" if spec.times_sign else display.significant(limit.value)
    if spec.unit is None:
        return display.percent(limit.value)
    return display.any_quantity(limit.value)


def describe(limit: Limit) -> str:
    return f"{LIMIT_SPECS[limit.key].description}: {limit_text(limit)}"

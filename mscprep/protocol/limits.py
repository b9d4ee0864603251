"""Limits as data: how each limit's value is written, the app-wide baseline, and how a
limit entered by the user combines with the protocol's (the stricter one wins)."""

from __future__ import annotations

from functools import cache

from .. import display
from ..defaults import app_defaults
from ..errors import InputError, clipped, message
from ..form import parse
from ..form.fields import mass_per_mass
from .definitions import LIMIT_SPECS, Limit, LimitSpec


def parse_limit(key: str, text: object, where: str):
    """Parse one limit value; `where` names the place in messages (a file key or flag).
    The value must lie within the limit's plausible range (defaults.toml [plausible]):
    no spelling of a limit can switch its check off."""
    spec = LIMIT_SPECS[key]
    if spec.plain and isinstance(text, (int, float)) and not isinstance(text, bool):
        text = repr(text)   # a plain number may be written as a TOML number
    if not isinstance(text, str):
        raise InputError(where, f"must be text such as '{_example(spec)}', not {type(text).__name__}")
    bounds = app_defaults().plausible.get(spec.plausible) if spec.plausible else None
    if spec.plain:
        low, high = bounds or (0, 1e6)
        return parse.parse_number(text, where, minimum=low, maximum=high, example=_example(spec))
    if spec.unit is None:
        value = parse.parse_fraction(text, where)
        if bounds:  # e.g. a gravimetric tolerance is never looser than 10 %
            low, high = (parse.parse_fraction(bound, key) for bound in bounds)
            if not low <= value <= high:
                raise InputError(where, message("'{text}' is outside {low} to {high}", text=clipped(text),
                                                low=display.percent(low), high=display.percent(high)))
        return value
    if key == "dmso_limit":
        value = mass_per_mass(text, where)
    else:
        value = parse.parse_quantity(text, where, spec.unit, example=_example(spec))
    if value.magnitude <= 0:
        raise InputError(where, message("'{text}' must be more than zero", text=clipped(text)))
    if bounds:
        low, high = bounds
        if not low <= value <= high:
            raise InputError(where, message("'{text}' is outside the possible range {low} to {high}", text=clipped(text),
                                            low=f"{low:~P}", high=f"{high:~P}"))
    return value


def _example(spec: LimitSpec) -> str:
    if spec.plain:
        return "3"
    return "70%" if spec.unit is None else f"1 {spec.unit:~P}"


@cache
def baseline_limits() -> dict[str, Limit]:
    """The app-wide limits of defaults.toml, which every protocol starts from."""
    defaults = app_defaults()
    return {key: Limit(key, parse_limit(key, text, f"defaults.toml [limits] {key}"),
                       defaults.limit_sources.get(key, "mscprep defaults.toml"), "defaults")
            for key, text in defaults.limit_texts.items()}


def fresh_window() -> Limit | None:
    """The use-by window of a fresh (not thawed) product planned without a protocol:
    defaults.toml [no_protocol] fresh_stability with its source; None when the site sets none."""
    defaults = app_defaults()
    text = defaults.no_protocol_fresh_stability
    if not text:
        return None
    return Limit("stability", parse_limit("stability", text, "defaults.toml [no_protocol] fresh_stability"),
                 (defaults.no_protocol_sources or {}).get("fresh_stability", "mscprep defaults.toml"), "defaults")


@cache
def tissue_limits(tissue: str) -> dict[str, Limit]:
    """The app-wide ceilings for a source tissue (defaults.toml [ceilings]), for every
    protocol whose label gives none."""
    defaults = app_defaults()
    texts = defaults.ceilings.get(tissue) or defaults.ceilings["other"]
    # The tissue is named as the one the ceiling was chosen for: "(bone marrow)" right after
    # "tissue-factor-rich" would read as if bone marrow were.
    source = f"{defaults.ceilings_source}; used for: {defaults.tissue(tissue).label}"
    return {key: Limit(key, parse_limit(key, text, f"defaults.toml [ceilings] {tissue}.{key}"), source, "defaults")
            for key, text in texts.items()}


def is_stricter(spec: LimitSpec, candidate, current) -> bool:
    return candidate < current if spec.bound == "max" else candidate > current


def tightened(limits: dict[str, Limit]) -> list[tuple[Limit, Limit]]:
    """(protocol's limit, app-wide limit) for each app-wide limit a protocol makes stricter."""
    base = baseline_limits()
    return [(limit, base[key]) for key, limit in limits.items()
            if key in base and limit.origin == "protocol" and is_stricter(LIMIT_SPECS[key], limit.value, base[key].value)]


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

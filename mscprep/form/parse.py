"""Text to values, for every input field: quantities with units, percentages, counts,
choices and times. Everything that goes wrong becomes an InputError naming the field.

Numbers are strict on purpose: a decimal comma or digit grouping ("1,000") is refused,
because "1,000 mL" read as one litre or as one millilitre is a thousand-fold error.
"""

from __future__ import annotations

import math
import re
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from typing import Mapping

from .. import clock
from ..errors import InputError, clipped, message
from ..units import DIMENSIONLESS, G_PER_KG, KG, ureg
from .characters import refuse_unprintable

MAX_TEXT_LENGTH = 120

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_SUPERSCRIPT_RUN = re.compile(r"([⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+)")
_QUANTITY = re.compile(
    r"""^\s*
    (?P<number>[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)
    (?:\s*[x×X*·]\s*10\s*(?:\^|\*\*)\s*(?P<power>[+-]?\d+))?
    \s*(?P<unit>.*?)\s*$""",
    re.VERBOSE | re.ASCII,   # digits are 0-9 only: \d must not read Thai or Devanagari digits
)
_UNIT_TEXT = re.compile(r"^[A-Za-zµμ%/*^()\s0-9._·-]*$")

# What a dimension is called in a message, so that a wrong unit can be explained.
_DIMENSION_NAMES = {
    "[mass]": "a mass",
    "[length]": "a length",
    "[length] ** 3": "a volume",
    "[time]": "a time",
    "[cell]": "a number of cells",
    "[cell] / [mass]": "a dose per body weight",
    "[cell] / [length] ** 3": "a cell concentration",
    "[length] ** 3 / [time]": "a flow rate",
    "[cell] / [mass] / [time]": "a cell rate per kg",
    "[drop] / [length] ** 3": "a drop factor",
    "[mass] / [length] ** 3": "a density",
    "dimensionless": "a plain number",
}


@lru_cache(maxsize=512)
def _parse_units(unit_text: str):
    """Units parsed once per spelling: parsing costs far more than the arithmetic."""
    return ureg.parse_units(unit_text)


def dimension_name(dimensionality) -> str:
    text = str(dimensionality) if dimensionality else "dimensionless"
    return _DIMENSION_NAMES.get(text, f"a quantity of dimension {text}")


def _checked_text(text: object, field: str) -> str:
    if text is None:
        raise InputError(field, message("is missing"))
    if not isinstance(text, str):
        text = str(text)
    text = text.strip()
    if not text:
        raise InputError(field, message("is empty"))
    if len(text) > MAX_TEXT_LENGTH:
        raise InputError(field, message("is too long ({length} characters; at most {most})",
                                        length=len(text), most=MAX_TEXT_LENGTH))
    return text


def _refuse_other_digits(text: str, field: str) -> None:
    """Numbers are written with the digits 0-9: "๙๐%" or "९०%" read as 90 % would be a figure
    nobody at the bench can check against the sheet."""
    if any(char.isdecimal() and not char.isascii() for char in text):
        raise InputError(field, message("'{text}' has digits other than 0-9; type the number with the digits 0-9",
                                        text=clipped(text)))


def _magnitude(number: str, power: str | None) -> float:
    """The number as written, times 10^power, computed in decimal so that no spelling
    (1e400, 1x10^999, a 100-digit mantissa) can overflow: too large gives inf, too small 0."""
    try:
        return float(Decimal(number).scaleb(int(power or 0)))
    except ArithmeticError:   # the decimal context's overflow: far beyond any float
        return math.inf


def _usable(quantity) -> bool:
    """Whether the quantity converts to base units as a finite number: a unit such as
    km^300/m^297 is a volume on paper but overflows as soon as it is converted."""
    try:
        base = quantity.to_base_units().magnitude
    except (ArithmeticError, ValueError, TypeError):
        return False
    return math.isfinite(base) and (base != 0 or quantity.magnitude == 0)


def parse_quantity(text: object, field: str, *expected_units, example: str = ""):
    """Parse text such as '70 kg', '2 Mcell/kg' or '2×10^6 cell/kg'.

    `expected_units` are units whose dimension is acceptable; the result keeps the unit
    the user wrote. A number without a unit where a unit is needed is an error.
    """
    text = _checked_text(text, field)
    shown = clipped(text)
    hint = {"example": example} if example else {}
    eg = "; write e.g. '{example}'" if example else ""
    _refuse_other_digits(text, field)
    normalized = _SUPERSCRIPT_RUN.sub(lambda m: "^" + m.group(1).translate(_SUPERSCRIPTS), text)
    match = _QUANTITY.match(normalized)
    if not match:
        if re.match(r"^\s*[+-]?\d+,\d", normalized):
            raise InputError(field, message("'{text}' has a comma in the number; write a decimal point "
                                            "and no digit grouping (e.g. 12.5 mL)", text=shown))
        raise InputError(field, message("'{text}' does not start with a number" + eg, text=shown, **hint))
    magnitude = _magnitude(match["number"], match["power"])
    if not math.isfinite(magnitude):
        raise InputError(field, message("'{text}' is too large a number", text=shown))
    unit_text = match["unit"].replace("·", "*")
    if unit_text.startswith(","):
        raise InputError(field, message("'{text}' has a comma in the number; write a decimal point "
                                        "and no digit grouping", text=shown))
    if not _UNIT_TEXT.match(unit_text):
        raise InputError(field, message("'{unit}' in '{text}' is not a unit", unit=clipped(unit_text), text=shown))
    if "%" in unit_text and unit_text.strip() != "%":
        # pint reads '10%%' as 10 % of 1 % and '10 %mL' as 0.1 mL: a slip of the finger
        # would silently divide a figure by 100, so a percentage is one % sign and nothing else.
        raise InputError(field, message("'{text}': a % sign stands alone after a percentage (e.g. '90%'), "
                                        "never twice and never in a unit", text=shown))
    if re.search(r"percent|pct", unit_text, re.IGNORECASE):
        # Percentages are written with % (CONTRACT.md): "90 percent" is not read as 90 %.
        raise InputError(field, message("'{text}': write a percentage with the % sign (e.g. '90%')", text=shown))
    if unit_text:
        try:
            unit = _parse_units(unit_text)
        except Exception:  # pint raises several types for unknown or malformed units
            raise InputError(field, message("'{unit}' is not a unit this program knows" + eg,
                                            unit=clipped(unit_text), **hint)) from None
    else:
        unit = DIMENSIONLESS
    quantity = ureg.Quantity(magnitude, unit)
    if expected_units and not any(quantity.dimensionality == u.dimensionality
                                  for u in expected_units):
        wanted = tuple(dimension_name(u.dimensionality) for u in expected_units)
        if not unit_text:
            raise InputError(field, message("'{text}' has no unit; write {wanted} with its unit"
                                            + (", e.g. '{example}'" if example else ""),
                                            {"wanted": wanted}, text=shown, **hint))
        dimension = dimension_name(quantity.dimensionality)
        if dimension in _DIMENSION_NAMES.values():
            raise InputError(field, message("'{text}' is {dimension}; expected {wanted}"
                                            + (", e.g. '{example}'" if example else ""),
                                            {"dimension": dimension, "wanted": wanted}, text=shown, **hint))
        # a dimension with no name here: pint's own notation, as a figure
        raise InputError(field, message("'{text}' is a quantity of dimension {dimension}; expected {wanted}"
                                        + (", e.g. '{example}'" if example else ""),
                                        {"wanted": wanted}, text=shown, dimension=str(quantity.dimensionality),
                                        **hint))
    if not _usable(quantity):
        raise InputError(field, message("'{text}' is too large a number in that unit" if abs(magnitude) >= 1
                                        else "'{text}' is too small a number in that unit", text=shown))
    return quantity


def parse_fraction(text: object, field: str, *, example: str = "92%") -> float:
    """A percentage written with %, returned as a fraction 0..1."""
    raw = _checked_text(text, field)
    quantity = parse_quantity(raw, field, DIMENSIONLESS, example=example)
    if "%" not in raw:
        raise InputError(field, message("'{text}' has no % sign; write a percentage, e.g. '{example}'",
                                        text=clipped(raw), example=example))
    value = float(quantity.m_as(DIMENSIONLESS))
    if not 0.0 <= value <= 1.0:
        raise InputError(field, message("'{text}' is outside 0% to 100%", text=clipped(raw)))
    return value


def parse_number(text: object, field: str, *, minimum: float, maximum: float,
                 example: str) -> float:
    """A plain number without unit (a dilution factor), within [minimum, maximum]."""
    raw = _checked_text(text, field)
    quantity = parse_quantity(raw, field, DIMENSIONLESS, example=example)
    if "%" in raw:
        raise InputError(field, message("'{text}' should be a plain number, e.g. '{example}'",
                                        text=clipped(raw), example=example))
    value = float(quantity.m_as(DIMENSIONLESS))
    if not minimum <= value <= maximum:
        raise InputError(field, message("'{text}' is outside {low} to {high}", text=clipped(raw),
                                        low=f"{minimum:g}", high=f"{maximum:g}"))
    return value


def parse_counts(text: object, field: str, *, max_squares: int, max_count: int) -> tuple[int, ...]:
    """Cell counts per hemocytometer square: whole numbers separated by commas or spaces."""
    raw = _checked_text(text, field)
    _refuse_other_digits(raw, field)
    parts = [p for p in re.split(r"[,;\s]+", raw) if p]
    if not parts:
        raise InputError(field, message("is empty"))
    if len(parts) > max_squares:
        raise InputError(field, message("has {count} counts; at most {most} squares", count=len(parts),
                                        most=max_squares))
    counts = []
    for part in parts:
        if not re.fullmatch(r"[0-9]{1,6}", part):
            raise InputError(field, message("'{text}' is not a whole number of cells", text=clipped(part)))
        value = int(part)
        if value > max_count:
            raise InputError(field, message("{value} cells in one square is more than {most}; "
                                            "dilute further and recount", value=value, most=max_count))
        counts.append(value)
    return tuple(counts)


def parse_choice(text: object, field: str, choices: tuple[str, ...]) -> str:
    raw = _checked_text(text, field).lower().replace("-", "_").replace(" ", "_")
    if raw not in choices:
        raise InputError(field, message("'{text}' is not one of: {choices}", text=clipped(text),
                                        choices=", ".join(choices)))
    return raw


def parse_datetime(text: object, field: str, window: tuple[datetime, datetime] | None = None) -> datetime:
    """ISO 8601 date and time, as a UTC instant; without an offset it is the site's local time.
    It must fall within `window` (default: the plausible dates of defaults.toml), so that no
    date arithmetic later can leave the calendar."""
    raw = _checked_text(text, field)
    if re.fullmatch(r"\d{4}-?\d{2}-?\d{2}", raw):
        # Python would read a bare date as midnight: a thaw time off by hours, silently.
        raise InputError(field, message("'{text}' has no time of day; write e.g. '2026-11-23T09:30' (ISO 8601)",
                                        text=clipped(raw)))
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise InputError(field, message("'{text}' is not a date and time; write e.g. "
                                        "'2026-11-23T09:30' (ISO 8601)", text=clipped(raw))) from None
    low, high = window or plausible_dates()
    try:
        # A UTC instant: a time without an offset is read on the site's clock (mscprep/clock.py).
        moment = clock.wall_clock(moment, field) if moment.tzinfo is None else clock.instant(moment)
        # The window's bounds are calendar days: compared on the site's own calendar, so
        # that midnight of its first day is inside whatever the site's offset from UTC.
        inside = low.date() <= clock.local_date(moment) <= high.date()
    except InputError:   # a wall-clock time that happens twice or never
        raise
    except (OverflowError, ValueError, OSError):   # so far off that the offset leaves the calendar
        inside = False
    if not inside:
        raise InputError(field, message("'{text}' is outside the possible dates {low} to {high}",
                                        text=clipped(raw), low=low.date().isoformat(), high=high.date().isoformat()))
    return moment


def plausible_dates() -> tuple[datetime, datetime]:
    from ..defaults import app_defaults
    return app_defaults().plausible_dates


def parse_text(text: object, field: str, *, max_length: int = 200, printed: bool = True) -> str:
    """Free text (a name, an ID, a reason). Control and direction-changing characters are
    refused; so are, for `printed` text, characters the sheet's fonts cannot draw."""
    value = "" if text is None else str(text).strip()
    if len(value) > max_length:
        raise InputError(field, message("is too long ({length} characters; at most {most})",
                                        length=len(value), most=max_length))
    refuse_unprintable(value, field, printed=printed)
    return value


def parse_mass_per_mass(text: object, field: str, *, example: str = "1 g/kg"):
    """g/kg is dimensionless to pint, so '5%' or a bare number would slip through a
    dimension check; the unit must be written as a mass per body mass."""
    raw = _checked_text(text, field)
    quantity = parse_quantity(raw, field, G_PER_KG, example=example)
    unit_text = raw.lstrip("0123456789.eE+- ")
    numerator, _, denominator = unit_text.partition("/")
    try:
        per_mass = (_parse_units(numerator.strip()).dimensionality == KG.dimensionality
                    and _parse_units(denominator.strip()).dimensionality == KG.dimensionality)
    except Exception:  # pint raises several types for malformed units
        per_mass = False
    if not per_mass:
        raise InputError(field, message("'{text}' must be a mass per body mass, e.g. '{example}'",
                                        text=clipped(raw), example=example))
    return quantity


MIN_REASON_LENGTH = 3
MAX_REASON_LENGTH = 300


def parse_reasons(reasons: Mapping[str, str], field: str = "overrides") -> dict[str, str]:
    """Typed reasons for soft findings (finding code -> reason), each saying why in words."""
    clean: dict[str, str] = {}
    for code, reason in reasons.items():
        code = parse_text(code, field, max_length=60)
        if not code:
            raise InputError(field, message("a reason needs the code of the finding it is for"))
        text = parse_text(reason, field, max_length=MAX_REASON_LENGTH)
        if len(text) < MIN_REASON_LENGTH:
            raise InputError(field, message("the reason for {code} is too short; say why", code=code))
        clean[code] = text
    return clean


def parse_override(text: object, field: str) -> tuple[str, str]:
    """One 'CODE=REASON' as typed on the command line."""
    code, sep, reason = str(text).partition("=")
    if not sep or not code.strip():
        raise InputError(field, message("'{text}' must be CODE=REASON, e.g. 'rate_above_max=ordered by Dr Sato'",
                                        text=clipped(str(text).strip())))
    return code.strip(), reason.strip()


def looks_like_bare_number(text: str) -> bool:
    """A number with no unit at all, e.g. '52.3' (not '52.3 g', not '5e')."""
    match = _QUANTITY.match(text)
    return bool(match) and not match["unit"]

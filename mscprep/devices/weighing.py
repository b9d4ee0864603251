"""The gravimetric check with masses read from a balance (no Qt; the dialog and the
command line both use it): the readability rule against this container's tolerance, and
what the record keeps of how the masses were obtained."""

from __future__ import annotations

from ..errors import InputError
from ..preparation.gravimetric import expected_net_mass, tolerance, weigh
from ..protocol.limits import parse_limit
from .balance import BalanceError, Reading, _grams, readability_problem

TYPED = "typed, not read"


def typed_weights_allowed() -> bool:
    """The site's defaults.toml [balance] typed_weights_allowed (no [balance] table: no)."""
    from ..defaults import app_defaults
    setting = app_defaults().balance
    return bool(setting and setting.typed_weights_allowed)


def refuse_typing() -> None:
    raise InputError("balance", "this site reads tare and gross from the balance (defaults.toml [balance] "
                     "typed_weights_allowed = false): give --balance URL")


def entered_tolerance(text: str | None) -> float | None:
    return parse_limit("gravimetric_tolerance", text, "tolerance") if text else None


def check_balance(preparation, reading: Reading, tolerance_text: str | None = None) -> None:
    """BalanceError when the balance's readability is too coarse for this container."""
    entered = entered_tolerance(tolerance_text)
    _, expected, _ = expected_net_mass(preparation, entered)
    problem = readability_problem(reading.readability, expected, tolerance(preparation, entered).value)
    if problem:
        raise BalanceError(problem, "readability")


def describe(tare: Reading, gross: Reading) -> str:
    """How the masses were obtained, as the record keeps it."""
    same = (tare.model, tare.serial, tare.address) == (gross.model, gross.serial, gross.address)
    if same:
        return (f"read from balance {tare.model or 'model not stated'} s/n {tare.serial or 'not stated'} "
                f"({tare.protocol}, readability {_grams(tare.readability)}): tare {tare.raw.strip()!r}, "
                f"gross {gross.raw.strip()!r}")
    return f"tare {tare.describe()}; gross {gross.describe()}"


def weigh_readings(preparation, tare: Reading, gross: Reading, tolerance_text: str | None = None):
    """(Weighing, source) from two stable readings of one balance."""
    for reading in (tare, gross):
        check_balance(preparation, reading, tolerance_text)
    weighing = weigh(preparation, tare.mass, gross.mass, entered_tolerance(tolerance_text))
    source = describe(tare, gross)
    return weighing, source


def weighed_container(preparation) -> tuple[str, int]:
    """What goes on the balance: ("syringe" | "bag" | "aliquot", how many weighed together)."""
    count = len(preparation.containers)
    if preparation.infusion is None:                     # a course of aliquots, not an infusion
        return "aliquot", count
    if preparation.entered.get("administration") == "syringe_push":
        return "syringe", count
    return "bag", count


def weighed_words(preparation) -> str:
    """The same in English words (the command line): "bag", "3 bags (weighed together)"."""
    kind, count = weighed_container(preparation)
    return kind if count == 1 else f"{count} {kind}s (weighed together)"

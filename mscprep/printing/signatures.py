"""The signatures of a saved record as printed on its sheet (21 CFR Part 11 §11.50): for
each, its meaning, the signer's printed name, and the date and time (site clock, with the
UTC offset). In a store nobody is enrolled in the name column says it is unsigned."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from .. import clock
from ..preparation.release import UNSIGNED
from .page import grid


def _when(text: str) -> str:
    try:
        moment = clock.from_iso(text)
    except ValueError:
        return text
    return clock.text(moment, fmt="%Y-%m-%d %H:%M:%S %z")


def signature_flowables(record, c) -> list:
    """The "Electronic signatures" table of a record (none when nothing was recorded)."""
    if record is None or not record.signatures:
        return []
    t = c.translate
    rows = [[c.para(t(text), "bold") for text in ("Signature meaning", "Printed name", "Date and time", "Signs")]]
    for signature in record.signatures:
        rows.append([c.para(t(signature.meaning_text), "small"),
                     c.para(signature.name or t(UNSIGNED), "small"),
                     c.para(_when(signature.at_utc), "small"), c.para(signature.what, "small")])
    return [Spacer(1, 3 * mm), c.para(t("Electronic signatures"), "h2"),
            grid(rows, [c.width * share for share in (0.34, 0.24, 0.2, 0.22)])]

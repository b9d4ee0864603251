"""Result texts from the core ("dose 1 of 8", "42.2 mL 0.9% sodium chloride") in the UI
language. The core writes each row's value in English for the command line; its shapes are
few and listed here as templates (figures and units stay as they are, words are
translated). tests/test_gui_language.py shows every row of every kind in ja and zh and fails
on a word left in English."""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

CONTEXT = "ResultValues"

# (pattern, template): the template's {names} are the pattern's groups. Most specific first.
SHAPES = (
    (r"dose (?P<k>\d+) of (?P<n>\d+); next (?P<dates>.+)", QT_TRANSLATE_NOOP("ResultValues", "dose {k} of {n}; next {dates}")),
    (r"dose (?P<k>\d+) of (?P<n>\d+)", QT_TRANSLATE_NOOP("ResultValues", "dose {k} of {n}")),
    (r"(?P<count>\d+) × (?P<volume>\S+ mL) \((?P<cells>.+), (?P<duration>.+) each\)",
     QT_TRANSLATE_NOOP("ResultValues", "{count} × {volume} ({cells}, {duration} each)")),
    (r"(?P<count>\d+) × (?P<volume>\S+ mL) \((?P<dose>\S+ mL) dose \+ (?P<overfill>\S+ mL) overfill\)",
     QT_TRANSLATE_NOOP("ResultValues", "{count} × {volume} ({dose} dose + {overfill} overfill)")),
    (r"(?P<per_day>\d+) × daily for (?P<days>\d+) days at (?P<times>.+)",
     QT_TRANSLATE_NOOP("ResultValues", "{per_day} × daily for {days} days at {times}")),
    (r"(?P<volume>\S+ mL) placebo \((?P<diluent>.+), no cells\)",
     QT_TRANSLATE_NOOP("ResultValues", "{volume} placebo ({diluent}, no cells)")),
    (r"(?P<code>.+): ACTIVE", QT_TRANSLATE_NOOP("ResultValues", "{code}: ACTIVE")),
    (r"(?P<code>.+): PLACEBO", QT_TRANSLATE_NOOP("ResultValues", "{code}: PLACEBO")),
    # the bench: containers, syringes, what is discarded (issue 13)
    (r"(?P<count>\d+) × (?P<kind>\w+) of (?P<volume>\S+ mL) \((?P<cells>.+) cells each, (?P<figures>[^;]+); "
     r"dead volume (?P<dead>\S+ mL)\)",
     QT_TRANSLATE_NOOP("ResultValues", "{count} × {kind} of {volume} ({cells} cells each, {figures}; dead volume {dead})")),
    (r"\+ (?P<volume>\S+ mL) (?P<diluent>.+) \((?P<size>\S+ mL) syringe, (?P<marks>\S+ mL) marks\) → "
     r"(?P<content>\S+ mL) at (?P<concentration>.+)",
     QT_TRANSLATE_NOOP("ResultValues", "+ {volume} {diluent} ({size} syringe, {marks} marks) → {content} at {concentration}")),
    (r"(?P<volume>\S+ mL) of (?P<material>product|diluted suspension): (?P<shares>.+) \((?P<size>\S+ mL) syringe, "
     r"(?P<marks>\S+ mL) marks\)",
     QT_TRANSLATE_NOOP("ResultValues", "{volume} of {material}: {shares} ({size} syringe, {marks} marks)")),
    (r"(?P<volume>\S+ mL) of (?P<material>product|diluted suspension) \((?P<size>\S+ mL) syringe, (?P<marks>\S+ mL) marks\)",
     QT_TRANSLATE_NOOP("ResultValues", "{volume} of {material} ({size} syringe, {marks} marks)")),
    (r"(?P<volume>\S+ mL) (?P<diluent>.+?): (?P<shares>.+) \((?P<size>\S+ mL) syringe, (?P<marks>\S+ mL) marks\) → "
     r"(?P<final>\S+ mL)",
     QT_TRANSLATE_NOOP("ResultValues", "{volume} {diluent}: {shares} ({size} syringe, {marks} marks) → {final}")),
    (r"(?P<volume>\S+ mL) (?P<diluent>.+?) \((?P<size>\S+ mL) syringe, (?P<marks>\S+ mL) marks\) → (?P<final>\S+ mL)",
     QT_TRANSLATE_NOOP("ResultValues", "{volume} {diluent} ({size} syringe, {marks} marks) → {final}")),
    (r"(?P<earlier>\S+ g) earlier today \((?P<records>.+)\) \+ (?P<this>\S+ g) = (?P<total>\S+ g) = "
     r"(?P<per_kg>\S+ g/kg)",
     QT_TRANSLATE_NOOP("ResultValues", "{earlier} earlier today ({records}) + {this} = {total} = {per_kg}")),
    (r"(?P<count>\d+) fills of the (?P<size>\S+ mL) syringe → (?P<destination>.+)",
     QT_TRANSLATE_NOOP("ResultValues", "{count} fills of the {size} syringe → {destination}")),
    (r"(?P<cells>.+) \((?P<change>\S+) of the order\)", QT_TRANSLATE_NOOP("ResultValues", "{cells} ({change} of the order)")),
    (r"(?P<volume>\S+ mL) = (?P<cells>.+) cells \(left in the containers and the syringe hub\)",
     QT_TRANSLATE_NOOP("ResultValues", "{volume} = {cells} cells (left in the containers and the syringe hub)")),
    (r"(?P<squares>\d+) squares: mean (?P<mean>\S+) (?P<counted>unstained|unstained \+ stained) per square, "
     r"CV (?P<cv>\S+)",
     QT_TRANSLATE_NOOP("ResultValues", "{squares} squares: mean {mean} {counted} per square, CV {cv}")),
    (r"(?P<drops>\S+) drops/min \((?P<factor>\S+) drops/mL set\)",
     QT_TRANSLATE_NOOP("ResultValues", "{drops} drops/min ({factor} drops/mL set)")),
    (r"(?P<count>\d+) bags: (?P<volumes>.+?) \((?P<cells>.+), (?P<duration>.+) each\)",
     QT_TRANSLATE_NOOP("ResultValues", "{count} bags: {volumes} ({cells}, {duration} each)")),
    (r"(?P<volume>\S+ mL) (?P<diluent>.+?) \(in line\)", QT_TRANSLATE_NOOP("ResultValues", "{volume} {diluent} (in line)")),
    (r"(?P<volume>\S+ mL) \(in line\)", QT_TRANSLATE_NOOP("ResultValues", "{volume} (in line)")),
    (r"(?P<volume>\S+ mL) (?P<diluent>.*[A-Za-z].*)", QT_TRANSLATE_NOOP("ResultValues", "{volume} {diluent}")),
)
# A diluent not chosen is written as the plain word (the sheet's catalogs have the chosen ones).
WORDS = (QT_TRANSLATE_NOOP("ResultValues", "diluent"), QT_TRANSLATE_NOOP("ResultValues", "unstained"),
         QT_TRANSLATE_NOOP("ResultValues", "unstained + stained"),
         # where the fills of a draw go (mscprep.preparation.kinds.intravenous.DESTINATIONS)
         QT_TRANSLATE_NOOP("ResultValues", "one transfer bag"), QT_TRANSLATE_NOOP("ResultValues", "one syringe per fill"))
# Parameters that are words (a diluent's name): translated through the catalogs.
WORD_GROUPS = ("diluent", "kind", "material", "figures", "counted", "destination")


@lru_cache(maxsize=None)
def _shapes():
    return tuple((re.compile(f"^{pattern}$"), template) for pattern, template in SHAPES)


def translate_value(text: str) -> str:
    for pattern, template in _shapes():
        match = pattern.match(text)
        if match:
            values = {name: (QCoreApplication.translate(CONTEXT, value) if name in WORD_GROUPS else value)
                      for name, value in match.groupdict().items()}
            return QCoreApplication.translate(CONTEXT, template).format(**values)
    return text

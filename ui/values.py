"""Result texts from the core ("dose 1 of 8", "42.2 mL 0.9% sodium chloride") in the UI
language. A row's value with words is a mscprep.errors.Message: the English the command line
prints, with its template, figures and words; the window formats it from that id (figures
and units stay as they are, words are translated). tests/test_gui_language.py shows every
row of every kind in ja and zh and fails on a word left in English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

CONTEXT = "ResultValues"

# The shapes of the values with words, as the core gives them (their catalog keys).
TEMPLATES = (
    QT_TRANSLATE_NOOP("ResultValues", "dose {k} of {n}; next {dates}"),
    QT_TRANSLATE_NOOP("ResultValues", "dose {k} of {n}"),
    QT_TRANSLATE_NOOP("ResultValues", "{count} × {volume} ({cells}, {duration} each)"),
    QT_TRANSLATE_NOOP("ResultValues", "{count} × {volume} ({dose} dose + {overfill} overfill)"),
    QT_TRANSLATE_NOOP("ResultValues", "{per_day} × daily for {days} days at {times}"),
    QT_TRANSLATE_NOOP("ResultValues", "{volume} placebo ({diluent}, no cells)"),
    QT_TRANSLATE_NOOP("ResultValues", "{code}: ACTIVE"),
    QT_TRANSLATE_NOOP("ResultValues", "{code}: PLACEBO"),
    QT_TRANSLATE_NOOP("ResultValues", "{count} × {kind} of {volume} ({cells} cells each, {figures}; dead volume {dead})"),
    QT_TRANSLATE_NOOP("ResultValues", "+ {volume} {diluent} ({size} syringe, {marks} marks) → {content} at {concentration}"),
    QT_TRANSLATE_NOOP("ResultValues", "{volume} of {material}: {shares} ({size} syringe, {marks} marks)"),
    QT_TRANSLATE_NOOP("ResultValues", "{volume} of {material} ({size} syringe, {marks} marks)"),
    QT_TRANSLATE_NOOP("ResultValues", "{volume} {diluent}: {shares} ({size} syringe, {marks} marks) → {final}"),
    QT_TRANSLATE_NOOP("ResultValues", "{volume} {diluent} ({size} syringe, {marks} marks) → {final}"),
    QT_TRANSLATE_NOOP("ResultValues", "{earlier} earlier today ({records}) + {this} = {total} = {per_kg}"),
    QT_TRANSLATE_NOOP("ResultValues", "{count} fills of the {size} syringe → {destination}"),
    QT_TRANSLATE_NOOP("ResultValues", "{cells} ({change} of the order)"),
    QT_TRANSLATE_NOOP("ResultValues", "{volume} = {cells} cells (left in the containers and the syringe hub)"),
    QT_TRANSLATE_NOOP("ResultValues", "{squares} squares: mean {mean} {counted} per square, CV {cv}"),
    QT_TRANSLATE_NOOP("ResultValues", "{drops} drops/min ({factor} drops/mL set)"),
    QT_TRANSLATE_NOOP("ResultValues", "{count} bags: {volumes} ({cells}, {duration} each)"),
    QT_TRANSLATE_NOOP("ResultValues", "{volume} {diluent} (in line)"),
    QT_TRANSLATE_NOOP("ResultValues", "{volume} (in line)"),
    QT_TRANSLATE_NOOP("ResultValues", "{volume} {diluent}"),
)
# A diluent not chosen is written as the plain word (the sheet's catalogs have the chosen ones).
WORDS = (QT_TRANSLATE_NOOP("ResultValues", "diluent"), QT_TRANSLATE_NOOP("ResultValues", "unstained"),
         QT_TRANSLATE_NOOP("ResultValues", "unstained + stained"),
         # where the fills of a draw go (mscprep.preparation.kinds.intravenous.DESTINATIONS)
         QT_TRANSLATE_NOOP("ResultValues", "one transfer bag"), QT_TRANSLATE_NOOP("ResultValues", "one syringe per fill"))


def translate_value(value) -> str:
    """A row's value in the UI language, from its id: a value with words is a Message
    (mscprep.errors) whose template the catalog translates, its figures put back as they
    are; a value of figures only is shown as it is."""
    if getattr(value, "template", None) and callable(getattr(value, "text", None)):
        return value.text(lambda text: QCoreApplication.translate(CONTEXT, text))
    return str(value)

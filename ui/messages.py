"""The core's one-line field messages, read back into their templates and translated.

The core writes plain English lines (the command line shows them as they are). The window
matches each line against the templates below, translates the template and puts the
figures back: the typed text, units and examples stay as typed, descriptive words
("a mass", "counter") are translated too. A message that matches no template is shown in
English; tests/test_gui_language.py lists every message the core can give and fails on one
that is not here, so a new message in the core cannot slip through untranslated.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

CONTEXT = "FieldMessages"


# Parameters whose value is one of a few English words, translated as words.
WORD_PARAMETERS = ("dimension", "wanted", "why", "methods", "given", "where", "what", "layout",
                   "stamp")   # a release stamp: the sheet's catalogs translate it

TEMPLATES = (
    QT_TRANSLATE_NOOP("FieldMessages", "is missing"),
    QT_TRANSLATE_NOOP("FieldMessages", "is empty"),
    QT_TRANSLATE_NOOP("FieldMessages", "is too long ({length} characters; at most {most})"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' has a comma in the number; write a decimal point and no digit grouping (e.g. 12.5 mL)"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' has a comma in the number; write a decimal point and no digit grouping"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' does not start with a number; write e.g. '{example}'"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' does not start with a number"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' is too large a number"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{unit}' in '{text}' is not a unit"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{unit}' is not a unit this program knows; write e.g. '{example}'"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{unit}' is not a unit this program knows"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' has no unit; write {wanted} with its unit, e.g. '{example}'"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' has no unit; write {wanted} with its unit"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' is {dimension}; expected {wanted}, e.g. '{example}'"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' is {dimension}; expected {wanted}"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' has no % sign; write a percentage, e.g. '{example}'"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' is outside 0% to 100%"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}': a % sign stands alone after a percentage (e.g. '90%'), never twice and never in a unit"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' should be a plain number, e.g. '{example}'"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' is outside {low} to {high}"),
    QT_TRANSLATE_NOOP("FieldMessages", "has {count} counts; at most {most} squares"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' is not a whole number of cells"),
    QT_TRANSLATE_NOOP("FieldMessages", "{value} cells in one square is more than {most}; dilute further and recount"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' is not one of: {choices}"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' is not a date and time; write e.g. '2026-11-23T09:30' (ISO 8601)"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' has no time of day; write e.g. '2026-11-23T09:30' (ISO 8601)"),
    QT_TRANSLATE_NOOP("FieldMessages", "contains control characters"),
    QT_TRANSLATE_NOOP("FieldMessages", "enter the name and initials of the person acting"),
    QT_TRANSLATE_NOOP("FieldMessages", "the name holds an invisible or control character ({code}); type the name again with letters only"),
    QT_TRANSLATE_NOOP("FieldMessages", "the name '{text}' mixes {scripts} letters that look alike; type it in one alphabet"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' must be a mass per body mass, e.g. '{example}'"),
    QT_TRANSLATE_NOOP("FieldMessages", "the reason for {code} is too short; say why"),
    QT_TRANSLATE_NOOP("FieldMessages", "a reason needs the code of the finding it is for"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' is outside the possible range {low} to {high}; check the number and its unit"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' is outside the possible range {low} to {high}"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' must be more than zero"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' must be more than 0%"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' must be a whole number"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' has {length} characters; a DIN has 13 (or 14 with its check character)"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' is not a DIN: a letter or digit, then 12 digits (facility, year, sequence)"),
    # issue 25: the DIN's first character, the ISBT 128 product code, the scan router
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' is not a DIN: its first character is A-N, P-Z or 1-9, never O or 0"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' is not a DIN: a letter (not O) or a digit 1-9, then 12 digits (facility, year, sequence)"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' is not an ISBT 128 product code: 8 characters (a letter, 4 letters or digits, then 3 characters), {count} found"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}': a product code starts with a capital letter (S for cellular therapy)"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}': characters 2-5 of a product code are capital letters or digits"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}': '{character}' is not an ISBT 128 type of collection (Table 7)"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}': the division code '{code}' is a capital letter or 0, then a small letter or 0 (or 99)"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}': the last 3 characters of a product code are letters or digits"),
    QT_TRANSLATE_NOOP("FieldMessages", "this is {what}: scan {wanted}"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}': the check flags {flags} do not match DIN {din} (expected {expected}): the scan is misread or the label is wrong; scan again"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' looks typed under a {layout} keyboard layout (the scanner sends US key positions) and does not read as ISBT 128 data either way: set the scanner to the computer's keyboard layout and scan again"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' could be a scan under a {layout} keyboard layout: set the scanner to the computer's keyboard layout and scan again"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' is not an ISBT 128 data structure: those start with '=' or '&'"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' holds {what} and {wanted} read as one: scan one bar code at a time"),
    QT_TRANSLATE_NOOP("FieldMessages", "the DIN (Donation Identification Number)"),
    QT_TRANSLATE_NOOP("FieldMessages", "the product code"),
    QT_TRANSLATE_NOOP("FieldMessages", "the expiration date and time"),
    QT_TRANSLATE_NOOP("FieldMessages", "the expiration date"),
    QT_TRANSLATE_NOOP("FieldMessages", "a compound message (2-D symbol)"),
    QT_TRANSLATE_NOOP("FieldMessages", "a patient identification number"),
    QT_TRANSLATE_NOOP("FieldMessages", "the product divisions code"),
    QT_TRANSLATE_NOOP("FieldMessages", "another ISBT 128 data structure"),
    QT_TRANSLATE_NOOP("FieldMessages", "German"),
    QT_TRANSLATE_NOOP("FieldMessages", "French"),
    QT_TRANSLATE_NOOP("FieldMessages", "Japanese"),
    QT_TRANSLATE_NOOP("FieldMessages", "check character '{given_character}' does not match DIN {din}: re-scan the DIN from the container"),
    QT_TRANSLATE_NOOP("FieldMessages", "is not an input this program knows"),
    QT_TRANSLATE_NOOP("FieldMessages", "is required (patient body weight, e.g. 60 kg)"),
    QT_TRANSLATE_NOOP("FieldMessages", "is required: per kg (e.g. 2e6 cell/kg) or a fixed total (e.g. 1e8 cell)"),
    QT_TRANSLATE_NOOP("FieldMessages", "a cell count is required: a counter read-out (concentration), the label (cells in product and product volume) or hemocytometer counts"),
    QT_TRANSLATE_NOOP("FieldMessages", "give one cell count, not {methods}"),
    QT_TRANSLATE_NOOP("FieldMessages", "the unstained (viable) counts per square are required"),
    QT_TRANSLATE_NOOP("FieldMessages", "is required with hemocytometer counts (e.g. 2 for 1:1 trypan blue)"),
    QT_TRANSLATE_NOOP("FieldMessages", "no viable cells counted; the concentration would be zero"),
    QT_TRANSLATE_NOOP("FieldMessages", "has {dead} counts for {viable} squares; count the same squares"),
    QT_TRANSLATE_NOOP("FieldMessages", "leave empty: viability comes from the stained and unstained counts"),
    QT_TRANSLATE_NOOP("FieldMessages", "stained (dead) counts or a viability are needed"),
    QT_TRANSLATE_NOOP("FieldMessages", "is required: {why}"),
    QT_TRANSLATE_NOOP("FieldMessages", "is required with a label count (cells in a volume)"),
    QT_TRANSLATE_NOOP("FieldMessages", "give a final concentration or a final volume, not both"),
    QT_TRANSLATE_NOOP("FieldMessages", "does not apply to in-line dilution; the in-line ratio sets the diluent"),
    QT_TRANSLATE_NOOP("FieldMessages", "is required for in-line dilution (e.g. 3)"),
    QT_TRANSLATE_NOOP("FieldMessages", "applies to in-line dilution only (dilution: in_line)"),
    QT_TRANSLATE_NOOP("FieldMessages", "give one of rate, duration or product flow, not {given}"),
    QT_TRANSLATE_NOOP("FieldMessages", "a rate or a duration is required (e.g. 4 mL/min or 30 min)"),
    QT_TRANSLATE_NOOP("FieldMessages", "applies to protocols with a treatment course only"),
    QT_TRANSLATE_NOOP("FieldMessages", "is needed to compute the use-by time from the thaw time (the protocol gives no window)"),
    QT_TRANSLATE_NOOP("FieldMessages", "cannot read {path}: {reason}"),
    QT_TRANSLATE_NOOP("FieldMessages", "{path} is not a CSV text file"),
    QT_TRANSLATE_NOOP("FieldMessages", "{path} needs the columns code and arm"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{code}' is not in the randomisation list"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{code}' is more than once in the randomisation list"),
    QT_TRANSLATE_NOOP("FieldMessages", "arm '{arm}' for code {code} is not active or placebo"),
    QT_TRANSLATE_NOOP("FieldMessages", "protocol {protocol} is not a blinded trial protocol"),
    QT_TRANSLATE_NOOP("FieldMessages", "is required with a randomisation list (the patient's code)"),
    QT_TRANSLATE_NOOP("FieldMessages", "is required with a randomisation code (the pharmacy's CSV list)"),
    QT_TRANSLATE_NOOP("FieldMessages", "the filled mass {gross} must be more than the tare {tare}"),
    # time on the site's clock, counts, containers and the label's method (issues 12 and 13)
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' does not exist on this computer's clock (the clocks go forward then); check the time"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' happens twice on this computer's clock (the clocks go back then); add the offset, {offsets}"),
    QT_TRANSLATE_NOOP("FieldMessages", "{when} is later than now ({now}): a thaw cannot be in the future"),
    QT_TRANSLATE_NOOP("FieldMessages", "{when} is later than now ({now}): a previous dose cannot be in the future"),
    QT_TRANSLATE_NOOP("FieldMessages", "{when} is later than now ({now}): the end of preparation cannot be in the future"),
    QT_TRANSLATE_NOOP("FieldMessages", "applies to a fresh product; this one is thawed, so its use-by counts from the thaw time (thawed_at)"),
    QT_TRANSLATE_NOOP("FieldMessages", "does not apply to the nebulized protocol {protocol} (no weight, dose, cell count, rate or line); leave it empty"),
    QT_TRANSLATE_NOOP("FieldMessages", "{time} is not a dosing time of this protocol ({times}); enter the first dose at one of them"),
    QT_TRANSLATE_NOOP("FieldMessages", "has {count} squares; count at least {least} large squares (too few give an unreliable mean)"),
    QT_TRANSLATE_NOOP("FieldMessages", "has {count} square; count at least {least} large squares (too few give an unreliable mean)"),
    QT_TRANSLATE_NOOP("FieldMessages", "needs the product's container (bag, vial or syringe)"),
    QT_TRANSLATE_NOOP("FieldMessages", "is required: the volume in each container (e.g. 10.8 mL)"),
    QT_TRANSLATE_NOOP("FieldMessages", "must be less than the volume per container ({volume})"),
    QT_TRANSLATE_NOOP("FieldMessages", "does not apply: the protocol's preparation method sets the dilution"),
    QT_TRANSLATE_NOOP("FieldMessages", "in-line dilution does not apply: the protocol's preparation method sets the dilution"),
    QT_TRANSLATE_NOOP("FieldMessages", "does not apply: the protocol's preparation method fills one container"),
    QT_TRANSLATE_NOOP("FieldMessages", "gravity cannot run in-line dilution: two streams cannot share one drip count; use pumps for the product and the diluent"),
    QT_TRANSLATE_NOOP("FieldMessages", "applies to a gravity set only (administration: gravity)"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' is not the drop factor of a set in use ({sets} drop/mL)"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' must not be negative"),
    # records, files and the label printer (issues 14 and 17): what the core says to the user
    QT_TRANSLATE_NOOP("FieldMessages", "The record server {location} cannot be reached ({reason}). Nothing was saved; the form is kept as a draft. Check the network cable or ask IT, then save again."),
    QT_TRANSLATE_NOOP("FieldMessages", "The connection to the record server {location} was lost ({reason}). The form is kept as a draft; once the server answers again, look the record up in the history before saving again."),
    QT_TRANSLATE_NOOP("FieldMessages", "The record server {location} refused: {reason}. The application role may only read and append; ask the administrator."),
    QT_TRANSLATE_NOOP("FieldMessages", "The record server {location} is busy. Wait a moment and try again."),
    QT_TRANSLATE_NOOP("FieldMessages", "The record server {location} cannot be used: {reason}"),
    QT_TRANSLATE_NOOP("FieldMessages", "{path} is not a readable mscprep database (damaged or another file). Nothing was changed; restore it from the backup or ask the system administrator."),
    QT_TRANSLATE_NOOP("FieldMessages", "The record database {path} is in use by another workstation or program. Wait a moment and try again."),
    QT_TRANSLATE_NOOP("FieldMessages", "The record database {path} is read-only. Ask the system administrator for write access."),
    QT_TRANSLATE_NOOP("FieldMessages", "The disk holding {path} is full. Free space, then save again; nothing was lost."),
    QT_TRANSLATE_NOOP("FieldMessages", "The record database {path} cannot be used: {reason}"),
    QT_TRANSLATE_NOOP("FieldMessages", "{checker} may be {person}, who prepared, changed or saved this record, and cannot verify it; a second person must do the independent check"),
    QT_TRANSLATE_NOOP("FieldMessages", "These files were readable by other users of this computer and are now private to you: {names}"),
    QT_TRANSLATE_NOOP("FieldMessages", "no label: {stamp}"),
    QT_TRANSLATE_NOOP("FieldMessages", "this document has no label"),
    QT_TRANSLATE_NOOP("FieldMessages", "The protocol's defaults changed since this record was saved: the record's own figures are shown as entered."),
    QT_TRANSLATE_NOOP("FieldMessages", "the thermal printer's font cannot print '{text}'; print the PDF label instead"),
    QT_TRANSLATE_NOOP("FieldMessages", "The label cannot be sent: the CUPS command 'lp' is not installed on this computer."),
    QT_TRANSLATE_NOOP("FieldMessages", "The printer queue {queue} did not answer within {seconds} s."),
    QT_TRANSLATE_NOOP("FieldMessages", "The label could not be sent to {queue}: {reason}"),
    # bad input refused by the core (issue 15): numbers, dates, characters, randomisation lists
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' is too large a number in that unit"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' is too small a number in that unit"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{text}' is outside the possible dates {low} to {high}"),
    QT_TRANSLATE_NOOP("FieldMessages", "contains a line break ({char}); type the text without it"),
    QT_TRANSLATE_NOOP("FieldMessages", "contains a control character ({char}); type the text without it"),
    QT_TRANSLATE_NOOP("FieldMessages", "contains an invisible formatting character ({char}); type the text without it"),
    QT_TRANSLATE_NOOP("FieldMessages", "contains '{text}' ({char}), which the printed sheet cannot show; leave it out or write it another way"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{path}' cannot be read ({reason})"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{path}' is a folder, not a file"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{path}' is not a regular file (a device, pipe or socket)"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{path}' is too large ({size} bytes; at most {most})"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{path}' is too large (more than {most} bytes)"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{path}' is not UTF-8 text"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{path}' is not valid {encoding} text"),
    QT_TRANSLATE_NOOP("FieldMessages", "{name} line {line} holds a control character ({char}); is it a text file?"),
    QT_TRANSLATE_NOOP("FieldMessages", "{name} is empty; it needs one line per code: code and arm"),
    QT_TRANSLATE_NOOP("FieldMessages", "{name} line {line}: {error}"),
    QT_TRANSLATE_NOOP("FieldMessages", "{name} line {line} has {count} columns; without a header line naming the columns (code, arm) a line holds only a code and an arm"),
    QT_TRANSLATE_NOOP("FieldMessages", "{name} line {line} has no code"),
    QT_TRANSLATE_NOOP("FieldMessages", "{name} line {line}: code '{code}' has no arm (active or placebo)"),
    QT_TRANSLATE_NOOP("FieldMessages", "{name} line {line}: arm '{arm}' for code '{code}' is not active or placebo (a header line must name the columns code and arm)"),
    QT_TRANSLATE_NOOP("FieldMessages", "{name} line {line}: arm '{arm}' for code '{code}' is not active or placebo"),
    QT_TRANSLATE_NOOP("FieldMessages", "{name}: code '{code}' is on line {first} and line {second}; each code may appear once"),
    QT_TRANSLATE_NOOP("FieldMessages", "{name} has a header but no codes"),
    QT_TRANSLATE_NOOP("FieldMessages", "'{code}' is not in the randomisation list {name}"),
)

WORDS = (
    QT_TRANSLATE_NOOP("FieldMessages", "a mass"),
    QT_TRANSLATE_NOOP("FieldMessages", "a volume"),
    QT_TRANSLATE_NOOP("FieldMessages", "a time"),
    QT_TRANSLATE_NOOP("FieldMessages", "a number of cells"),
    QT_TRANSLATE_NOOP("FieldMessages", "a dose per body weight"),
    QT_TRANSLATE_NOOP("FieldMessages", "a cell concentration"),
    QT_TRANSLATE_NOOP("FieldMessages", "a flow rate"),
    QT_TRANSLATE_NOOP("FieldMessages", "a cell rate per kg"),
    QT_TRANSLATE_NOOP("FieldMessages", "a drop factor"),
    QT_TRANSLATE_NOOP("FieldMessages", "a density"),
    QT_TRANSLATE_NOOP("FieldMessages", "a plain number"),
    QT_TRANSLATE_NOOP("FieldMessages", "the dose counts viable cells"),
    QT_TRANSLATE_NOOP("FieldMessages", "the release specification needs it"),
    QT_TRANSLATE_NOOP("FieldMessages", "counter"),
    QT_TRANSLATE_NOOP("FieldMessages", "label"),
    QT_TRANSLATE_NOOP("FieldMessages", "hemocytometer"),
    QT_TRANSLATE_NOOP("FieldMessages", "rate"),
    QT_TRANSLATE_NOOP("FieldMessages", "duration"),
    QT_TRANSLATE_NOOP("FieldMessages", "product_rate"),
)


@lru_cache(maxsize=None)
def _patterns() -> tuple[tuple[re.Pattern, str], ...]:
    compiled = []
    for template in TEMPLATES:
        parts = re.split(r"\{(\w+)\}", template)
        regex = "".join(re.escape(part) if number % 2 == 0 else f"(?P<{part}>.+?)"
                        for number, part in enumerate(parts))
        compiled.append((re.compile(f"^{regex}$", re.DOTALL), template))
    # The longest (most specific) template first: "…, e.g. '{example}'" before "…".
    return tuple(sorted(compiled, key=lambda pair: -len(pair[1])))


def template_of(message: str) -> tuple[str, dict[str, str]] | None:
    """The template a core message was made from, and its figures; None if unknown."""
    for pattern, template in _patterns():
        match = pattern.match(message)
        if match:
            return template, match.groupdict()
    return None


def _word(text: str) -> str:
    """A descriptive phrase, translated word group by word group ("a mass or a volume")."""
    parts = re.split(r"( or | and )", text)
    out = []
    for part in parts:
        if part == " or ":
            out.append(QCoreApplication.translate(CONTEXT, " or "))
        elif part == " and ":
            out.append(QCoreApplication.translate(CONTEXT, " and "))
        else:
            out.append(QCoreApplication.translate(CONTEXT, part))
    return "".join(out)


def translate_message(message: str) -> str:
    """The message in the UI language (English when no translator is installed)."""
    found = template_of(message)
    if found is None:
        return message
    template, values = found
    values = {name: _word(value) if name in WORD_PARAMETERS else value for name, value in values.items()}
    return QCoreApplication.translate(CONTEXT, template).format(**values)


JOINERS = (QT_TRANSLATE_NOOP("FieldMessages", " or "), QT_TRANSLATE_NOOP("FieldMessages", " and "))

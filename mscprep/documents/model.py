"""What a printed document says, as data: sections and label contents.

Every text is either a literal (figures, names, codes: printed as they are) or a `Text` to
translate when printed. The printing package draws a Document without knowing which kind
of preparation it came from; a record keeps it as JSON, so that a reprint shows exactly
what was printed first. Only the record's own state (double check, weighing, stamp) is
added at print time.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Callable, Union

from ..preparation.findings import Finding, Severity


@dataclass(frozen=True)
class Text:
    """Words to translate when printed, with language-neutral figures (`params`) and
    words translated too (`words`)."""
    template: str
    params: tuple[tuple[str, str], ...] = ()
    words: tuple[tuple[str, object], ...] = ()   # a word, or a Text of its own (a sentence in a sentence)

    def render(self, translate: Callable[[str], str]) -> str:
        if not self.params and not self.words:
            return translate(self.template)
        values = dict(self.params)
        values.update({name: word.render(translate) if isinstance(word, Text) else translate(word)
                       for name, word in self.words})
        return translate(self.template).format(**values)


def T(template: str, *, words: dict | None = None, **params) -> Text:  # noqa: N802 (reads like a gettext mark)
    return Text(template, tuple((name, str(value)) for name, value in params.items()),
                tuple((words or {}).items()))


def as_text(value):
    """A core value as the document prints it: a Message (mscprep.errors) becomes the Text of
    its id, translated when printed; figures alone stay as they are."""
    template = getattr(value, "template", None)
    if not template or any(isinstance(word, tuple) for _name, word in getattr(value, "words", ())):
        return value
    return Text(template, tuple(value.params), tuple(value.words))


@dataclass(frozen=True)
class Din:
    """A 14-character DIN: printed with its check character in a box of its own."""
    value: str


@dataclass(frozen=True)
class Dins:
    """Several 14-character DINs (a thaw's other containers), each printed as a Din."""
    values: tuple[str, ...]


@dataclass(frozen=True)
class Slot:
    """Filled from the record when printed: "checked_by"."""
    name: str


Cell = Union[str, Text, Din, Dins, Slot]


def render(cell: Cell | None, translate: Callable[[str], str], slots: dict | None = None) -> str:
    """A cell as plain text in the printed language."""
    if cell is None:
        return ""
    if isinstance(cell, Text):
        return cell.render(translate)
    if isinstance(cell, Din):
        return f"{cell.value[:13]} {cell.value[13:]}"
    if isinstance(cell, Dins):
        return ", ".join(f"{value[:13]} {value[13:]}" for value in cell.values)
    if isinstance(cell, Slot):
        return (slots or {}).get(cell.name) or ""
    return cell


# --- sections --------------------------------------------------------------------------

@dataclass(frozen=True)
class Title:
    text: Cell


@dataclass(frozen=True)
class Heading:
    text: Cell


@dataclass(frozen=True)
class Paragraph:
    text: Cell
    style: str = "body"          # body | small | bold | warn | big


@dataclass(frozen=True)
class Fact:
    label: Cell
    value: Cell
    strong: bool = False


@dataclass(frozen=True)
class Facts:
    """Label and value pairs: `per_row` 2 for the identity block, 1 for the bedside essentials
    (large values on a shaded label column)."""
    facts: tuple[Fact, ...]
    per_row: int = 1


@dataclass(frozen=True)
class Table:
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...]            # fractions of the text width
    row_height: float | None = None      # mm, for rows written in by hand
    zebra: bool = False


@dataclass(frozen=True)
class Steps:
    """Numbered steps in the order they are done."""
    items: tuple[Cell, ...]
    strong: bool = False


@dataclass(frozen=True)
class Bullets:
    items: tuple[Cell, ...]
    strong: bool = True


@dataclass(frozen=True)
class Checkboxes:
    items: tuple[Cell, ...]


@dataclass(frozen=True)
class FindingsTable:
    """The findings with limit, source and reason; a weighing out of tolerance is added
    from the record when printed."""
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class Checks:
    """The independent double check and the weighing, written from the record when printed."""


@dataclass(frozen=True)
class ResultRow:
    label: Cell
    value: Cell          # figures, or a Text (the core gives a value with words with its id)
    formulas: tuple[tuple[str, str, str], ...]     # (formula, numbers put in, result)
    basis: Cell = ""     # where a figure without a formula comes from: entered, a protocol default, a rule


@dataclass(frozen=True)
class Results:
    rows: tuple[ResultRow, ...]


@dataclass(frozen=True)
class KeepTogether:
    sections: tuple


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class LabelContent:
    """One bag, syringe or aliquot label (100 x 50 mm)."""
    heading: Cell                    # top line when the label carries no stamp
    patient_name: str
    patient_line: Cell               # ID and body weight
    din: str = ""                    # 14 characters; its barcode and boxed check character
    container_dins: tuple[str, ...] = ()   # the other containers thawed into it, each with its boxed character
    code: str = ""                   # a blinded trial's code, instead of a DIN
    lines: tuple[Cell, ...] = ()     # the first is printed bold
    use_by: datetime | None = None
    shows_use_by: bool = True        # aliquots are thawed per dose: no use-by on their label
    qr: str = ""
    under_qr: tuple[str, ...] = ()
    storage: Cell = ""
    footer: Cell | None = None
    footer_alert: bool = False       # printed in red (FOR AUTOLOGOUS USE ONLY)
    # issue 25: ISBT 128 on the label
    product_code: str = ""           # 8 characters (ST-001 003): its Code 128 symbol next to the DIN
    isbt_class: str = ""             # MSC(M), MSC(AT), MSC(CB), MSC(WJ); "" where not stated
    patient_id: str = ""             # its Code 128 symbol, for bedside scanning


@dataclass(frozen=True)
class Clock:
    """When the preparation must have been infused. A saved document is printed later than
    it was made: printing asks again whether the use-by time still holds."""
    use_by: datetime
    latest_start: datetime | None
    duration_minutes: float
    stability_minutes: float | None
    stability_source: str | None


@dataclass(frozen=True)
class Document:
    audience: str                    # "sheet", "ward" or "pharmacy"
    title: str                       # the PDF's metadata
    subject: str
    heading: Cell                    # top right of every page; the record's id is added when printed
    footer: Cell
    plan_id: str
    findings: tuple[Finding, ...]    # what the release rule reads
    sections: tuple
    labels: tuple[LabelContent, ...] = ()
    banner: Cell | None = None       # a fixed banner (the unblinded pharmacy copy)
    clock: Clock | None = None       # the use-by, asked again when printed
    identity_missing: tuple[str, ...] = ()   # identity fields the release rule still waits for


def with_findings(document: Document, findings) -> Document:
    """The document with today's findings in place of those it was made with (a saved
    record printed while its form still shows it: time or a protocol may have moved on)."""
    findings = tuple(findings)

    def swap(section):
        if isinstance(section, FindingsTable):
            return FindingsTable(findings)
        if isinstance(section, KeepTogether):
            return KeepTogether(tuple(swap(inner) for inner in section.sections))
        return section
    return dataclasses.replace(document, findings=findings, sections=tuple(swap(s) for s in document.sections))


# --- JSON round trip ---------------------------------------------------------------------

_TYPES = {cls.__name__: cls for cls in (
    Text, Din, Dins, Slot, Title, Heading, Paragraph, Fact, Facts, Table, Steps, Bullets, Checkboxes,
    FindingsTable, Checks, ResultRow, Results, KeepTogether, PageBreak, LabelContent, Clock, Document, Finding)}


def to_json(value):
    """Plain JSON data that `from_json` turns back into the equal object."""
    if dataclasses.is_dataclass(value):
        data = {"_": type(value).__name__}
        data.update({f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)})
        return data
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return {"_": "datetime", "iso": value.isoformat()}     # an instant (UTC) with its offset
    if isinstance(value, (tuple, list)):
        return [to_json(item) for item in value]
    return value


def from_json(data):
    if isinstance(data, list):
        return tuple(from_json(item) for item in data)
    if not isinstance(data, dict):
        return data
    kind = data.get("_")
    if kind == "datetime":
        return datetime.fromisoformat(data["iso"])   # a fixed offset: compares as the instant it is
    cls = _TYPES.get(kind)
    if cls is None:
        raise ValueError(f"not a stored document part: {kind!r}")
    values = {key: from_json(value) for key, value in data.items() if key != "_"}
    if cls is Finding:
        values["severity"] = Severity(values["severity"])
    return cls(**values)

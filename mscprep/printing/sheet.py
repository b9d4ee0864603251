"""Print a document: the sheet pages (A4 or US Letter) and, each on its own page, the labels.

Whatever the kind of preparation, the document says what to print; the release rule says
which stamp every page and label carries and whether labels print at all; the record says
who checked it and what the weighing found. A blocked preparation says so on every page
and prints no label.
"""

from __future__ import annotations

from datetime import datetime

from .. import clock
from ..documents.model import Document, render
from ..documents.status import as_of, document_release
from ..errors import InputError, quoted
from ..i18n import translator
from ..preparation.release import RecordState, Status
from . import page as machinery
from .label import draw_label
from .sections import Context, flowables
from .signatures import signature_flowables

BAR_COLOURS = {Status.BLOCKED: machinery.RED, Status.NOT_READY: machinery.AMBER}


def write_document(document: Document, output, *, paper: str = "A4", language: str = "en",
                   record: RecordState | None = None, reprint: bool = False, now: datetime | None = None) -> bytes:
    """Write the document to `output` (a path, a file, or None) and return the PDF bytes.
    Its use-by is checked at `now` (default: the clock now). Nothing is written when
    building fails."""
    if paper not in machinery.PAPERS:   # a setting read back from a file may hold anything
        raise InputError("paper", f"{quoted(paper)} is not one of: {', '.join(machinery.PAPERS)}")
    document = as_of(document, now or clock.now())
    translate = translator(language)
    status = document_release(document, record, reprint)
    bars = []
    if document.banner is not None:
        bars.append(machinery.Bar(render(document.banner, translate), machinery.PURPLE))
    if status.stamps:
        bars.append(machinery.Bar(" · ".join(translate(text) for text in status.stamps),
                                  BAR_COLOURS.get(status.status, machinery.SLATE)))
    heading = render(document.heading, translate)
    if record:
        heading += f" · {translate('record')} {record.record_id} v{record.version}"
    page = machinery.Page(title=document.title, subject=document.subject,
                          header_left=translate("mscprep · MSC infusion preparation"), header_right=heading,
                          footer=render(document.footer, translate),
                          footer_page=translate("page") + " {page} / {total}", bars=tuple(bars),
                          fine_print=f"{translate('audit head')} {record.audit_head}"
                          if record and record.audit_head else "")
    context = lambda width: Context(machinery.styles(), translate, width,  # noqa: E731
                                    record.checked_by if record else None, record.weighing if record else None,
                                    record.weighings if record else ())
    labels = list(document.labels) if status.label_allowed else []
    return machinery.render(lambda width: flowables(document.sections, context(width))
                            + signature_flowables(record, context(width)), page,
                            machinery.PAPERS[paper], labels,
                            lambda canvas, label: draw_label(canvas, label, translate, status.stamps), output)


def write_sheet(preparation, output, *, audience: str | None = None, **options) -> bytes:
    """Print a preparation's document for `audience` (default: its first), its use-by
    checked at the time the preparation was computed unless `now` is given."""
    options.setdefault("now", preparation.computed_at)
    return write_document(preparation.document(audience), output, **options)

"""Printing through the core's sheet module: save as PDF, print preview and print.

The sheet is a reportlab PDF; Qt cannot draw a PDF, so its pages are rendered to images
with PDFium (pypdfium2) at printer resolution and painted onto the QPrinter.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

PREVIEW_DPI = 150
PRINT_DPI = 300


def sheet_pdf(preparation, *, language: str, paper: str, record=None, reprint: bool = False) -> bytes:
    from mscprep.printing.sheet import write_any_sheet  # the PDF stack loads on first print only
    return write_any_sheet(preparation, None, paper=paper, language=language, record=record, reprint=reprint)


def page_images(pdf: bytes, dpi: int) -> list[QImage]:
    import pypdfium2
    document = pypdfium2.PdfDocument(pdf)
    images = []
    try:
        for page in document:
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format_RGB888)
            images.append(image.copy())  # own the pixels before PDFium frees its buffer
            page.close()
    finally:
        document.close()
    return images


def paint_pages(printer: QPrinter, images: list[QImage]) -> None:
    """Each page image scaled to the printable area, keeping its proportions."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            area = painter.viewport()
            size = image.size()
            size.scale(area.size(), Qt.KeepAspectRatio)
            # The printer scales the page image itself: scaling it here to the printer's
            # resolution would build a huge image for nothing.
            painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
    finally:
        painter.end()

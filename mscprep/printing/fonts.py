"""Fonts embedded in every PDF, and text that picks the font able to draw each character.

DejaVu Sans draws Latin text and the symbols used (µ × ÷ − ⁶ ☐), Arabic and Hebrew;
Droid Sans Fallback draws Japanese and Chinese. Neither reportlab nor PDF viewers
substitute fonts by themselves, so every string is split into runs by the font that has
its glyphs. reportlab draws characters one after the other, left to right, as they come:
right-to-left text (Arabic, Hebrew) is therefore put in display order first, and Arabic
letters in the form they take beside their neighbours (shape()). What the fonts cannot
draw at all is refused when it is typed (form/characters.py).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..errors import message
from ..resources import resource_path

BASE = "MSC-Sans"
BOLD = "MSC-Sans-Bold"
CJK = "MSC-CJK"
_FILES = {BASE: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", CJK: "DroidSansFallbackFull.ttf"}


class PrintingError(Exception):
    """The sheet cannot be built on this installation; the message says what to do."""


@cache
def register_fonts() -> None:
    for name, filename in _FILES.items():
        path = resource_path("fonts", filename)
        try:
            font = TTFont(name, str(path))
            font.face.makeSubset = _kept_subsets(font.face.makeSubset)
            pdfmetrics.registerFont(font)
        except Exception as error:  # reportlab raises several types for a bad font file
            raise PrintingError(message("the font {name} cannot be loaded from {folder} ({reason}); reinstall "
                                        "mscprep (the sheet embeds its own fonts)", name=filename,
                                        folder=path.parent, reason=error)) from None
    addMapping(BASE, 0, 0, BASE)
    addMapping(BASE, 1, 0, BOLD)
    addMapping(BASE, 0, 1, BASE)
    addMapping(BASE, 1, 1, BOLD)
    addMapping(CJK, 0, 0, CJK)
    addMapping(CJK, 1, 0, CJK)
    addMapping(CJK, 0, 1, CJK)
    addMapping(CJK, 1, 1, CJK)


def _kept_subsets(make_subset):
    """The font's subset maker, its results kept: a sheet printed again embeds the same
    characters of each font, and cutting them out of the font file is most of writing the
    PDF's font objects. The subset's bytes depend on nothing but its characters."""
    kept = lru_cache(maxsize=16)(lambda codes: make_subset(list(codes)))
    return lambda subset: kept(tuple(subset))


# Hebrew, Arabic (with Syriac, Thaana, N'Ko...) and their presentation forms.
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


@cache
def _arabic_reshaper():
    from arabic_reshaper import ArabicReshaper
    # Only the lam-alef ligatures, which DejaVu Sans has; the Allah ligature it lacks.
    return ArabicReshaper(configuration={"arabic ligature allah": False})


@lru_cache(maxsize=4096)
def shape(text: str) -> str:
    """`text` as it must be drawn left to right: right-to-left runs in display order (the
    Unicode bidirectional algorithm), Arabic letters joined. Other text is left as it is,
    without loading the libraries."""
    if not _RIGHT_TO_LEFT.search(text):
        return text
    from bidi import get_display
    return get_display(_arabic_reshaper().reshape(text))


@cache
def _glyphs(font_name: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


@lru_cache(maxsize=8192)
def runs(text: str, base: str = BASE) -> tuple[tuple[str, str], ...]:
    """(font name, text) runs of the text as drawn: CJK font for characters the base font
    lacks. Cached: a sheet measures the same labels and figures many times while its tables
    are laid out."""
    latin, cjk = _glyphs(base), _glyphs(CJK)
    drawn = shape(text)
    if all(ord(char) in latin for char in drawn):
        return ((base, drawn),) if drawn else ()
    result: list[tuple[str, str]] = []
    for char in drawn:
        font = base if ord(char) in latin or ord(char) not in cjk else CJK
        if result and result[-1][0] == font:
            result[-1] = (font, result[-1][1] + char)
        else:
            result.append((font, char))
    return tuple(result)


def rich(text: str) -> str:
    """User or program text as safe Paragraph markup with font fallback."""
    return "".join(escape(run) if font == BASE else f'<font name="{CJK}">{escape(run)}</font>'
                   for font, run in runs(str(text)))


def draw_text(canvas, x: float, y: float, text: str, size: float, *, bold: bool = False,
              align: str = "left") -> float:
    """Draw one line on a canvas with font fallback; returns its width."""
    base = BOLD if bold else BASE
    parts = runs(str(text), base)
    width = sum(pdfmetrics.stringWidth(run, font, size) for font, run in parts)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    for font, run in parts:
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, font, size)
    return width


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    return sum(pdfmetrics.stringWidth(run, font, size) for font, run in runs(str(text), BOLD if bold else BASE))


def fit_text(text: str, size: float, width: float, *, bold: bool = False) -> str:
    """Shorten text with an ellipsis so that it fits `width` (names on a small label)."""
    if text_width(text, size, bold=bold) <= width:
        return text
    while text and text_width(text + "…", size, bold=bold) > width:
        text = text[:-1]
    return text + "…"


def fit_whole(text: str, size: float, width: float, *, bold: bool = False, smallest: float = 5.0,
              lines: int = 2) -> tuple[float, list[str]]:
    """Text that must be printed whole (a patient's name: two patients sharing a prefix must
    never get the same label): (size, lines). The type shrinks to fit one line, down to
    `smallest`; then the text wraps (at spaces where it can, else anywhere) at the largest
    size that fits in `lines` lines; below that, more lines at `smallest`. Never cut."""
    text = " ".join(str(text).split())
    step = 0.25
    current = size
    while current >= smallest:
        if text_width(text, current, bold=bold) <= width:
            return current, [text]
        current -= step
    current = size
    while current >= smallest:
        wrapped = _wrap(text, current, width, bold)
        if len(wrapped) <= lines:
            return current, wrapped
        current -= step
    return smallest, _wrap(text, smallest, width, bold)


def _wrap(text: str, size: float, width: float, bold: bool) -> list[str]:
    out, line = [], ""
    for word in text.split(" "):
        trial = f"{line} {word}" if line else word
        if text_width(trial, size, bold=bold) <= width:
            line = trial
            continue
        if line:
            out.append(line)
        line = ""
        for char in word:                 # a word wider than the line is broken, never dropped
            if text_width(line + char, size, bold=bold) > width and line:
                out.append(line)
                line = ""
            line += char
    if line:
        out.append(line)
    return out

"""Paragraphs whose markup is parsed once and whose lines are broken once per width.

A sheet holds about three hundred paragraphs, most of them the same from one sheet to
the next (headings, column heads, the method's fixed texts), and reportlab wraps each of
them two or three times while it lays a table out, splits it over a page and draws it.
Parsing the markup (an HTML parser) and breaking the lines cost most of a sheet's build.
Both are pure functions of (markup, style) and (markup, style, width), so their results
are kept, bounded, for the life of the process: the printed result is exactly the one
reportlab computes, only not computed again. The styles are fixed objects (page.styles()),
never changed after they are made.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from reportlab.platypus.paragraph import _FUZZ, Paragraph, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

_PARSED_LIMIT = 2048
_WRAPPED_LIMIT = 4096
_lock = threading.Lock()                  # a report may be built on a worker thread
_parsed: OrderedDict = OrderedDict()      # (markup, style) -> (fragments, bullet fragments)
_wrapped: OrderedDict = OrderedDict()     # (markup, style, width) -> the Paragraph's state after wrap()
_STATE = ("width", "height", "blPara", "_wrapWidths", "frags", "_width_max", "_splitLongWordCount", "_hyphenations")


def _remember(cache: OrderedDict, key, value, limit: int) -> None:
    with _lock:
        cache[key] = value
        if len(cache) > limit:
            cache.popitem(last=False)


def _recall(cache: OrderedDict, key):
    with _lock:
        found = cache.get(key)
        if found is not None:
            cache.move_to_end(key)
        return found


def _parse(text: str, style, cleaner):
    """(cleaned markup, style, fragments, bullet fragments, cacheable) as reportlab's
    Paragraph cleans and parses `text`."""
    key = (text, style)
    found = _recall(_parsed, key)
    if found is not None:
        markup, frags, bullet = found
        return markup, style, list(frags), bullet, True
    markup = cleaner(text)
    parser = ParaParser()
    parser.caseSensitive = 1
    parsed_style, frags, bullet = parser.parse(markup, style)
    if frags is None:
        raise ValueError(f"xml parser error ({parser.errors[0]}) in paragraph beginning {markup[:30]!r}")
    textTransformFrags(frags, parsed_style)
    if parsed_style is not style or bullet:     # <para> or <bullet> markup: not shared
        return markup, parsed_style, frags, bullet, False
    _remember(_parsed, key, (markup, tuple(frags), bullet), _PARSED_LIMIT)
    return markup, style, list(frags), bullet, True


class Para(Paragraph):
    """A reportlab Paragraph of `markup` in `style`, its parse and line breaks shared with
    every other of the same markup, style and width. Pieces split off at a page break are
    plain reportlab Paragraphs (they carry no key)."""

    _key = None

    def _setup(self, text, style, bulletText, frags, cleaner):
        if frags is None:
            text, style, frags, bullet, cacheable = _parse(text, style, cleaner)
            if bullet:
                bulletText = bullet
            if cacheable and not bulletText:
                self._key = (text, style)
        super()._setup(text, style, bulletText, frags, cleaner)

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab API)
        if self._key is None or availWidth < _FUZZ:
            return super().wrap(availWidth, availHeight)
        key = self._key + (availWidth,)
        state = _recall(_wrapped, key)
        if state is None:
            result = super().wrap(availWidth, availHeight)
            _remember(_wrapped, key, tuple(getattr(self, name) for name in _STATE), _WRAPPED_LIMIT)
            return result
        for name, value in zip(_STATE, state):
            setattr(self, name, value)
        return self.width, self.height

"""The one exception type for bad input, and how a message quotes what the user typed.

Findings (limits crossed by a valid plan) are data, not exceptions; see findings.py.
"""

from __future__ import annotations

import unicodedata

# A message is one line on stderr or beside a field: what it echoes of the user's text
# is made visible (escaped) and kept short here, once, for every message.
MAX_MESSAGE_LENGTH = 400
MAX_QUOTED_LENGTH = 60
# Characters that are kept although their category is "format": joiners that Arabic,
# Persian and Indic text need.
_KEPT_FORMAT = {"\u200c", "\u200d"}


def is_hidden(char: str) -> bool:
    """A character that would break the line, move text around or not show at all."""
    category = unicodedata.category(char)
    if category in ("Cc", "Cs", "Co", "Cn", "Zl", "Zp"):
        return True
    return category == "Cf" and char not in _KEPT_FORMAT


def visible(text: str) -> str:
    """`text` with every hidden character written as an escape (a newline as \\n,
    U+202E as \\u202e), so that what it shows is what it holds and it stays one line."""
    if text.isprintable() and text.isascii():
        return text
    out = []
    for char in text:
        if not is_hidden(char):
            out.append(char)
        elif char == "\n":
            out.append("\\n")
        elif char == "\r":
            out.append("\\r")
        elif char == "\t":
            out.append("\\t")
        else:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    return "".join(out)


def quoted(text: object, limit: int = MAX_QUOTED_LENGTH) -> str:
    """User text as a message quotes it: visible, shortened with an ellipsis, in quotes."""
    shown = visible(str(text))
    if len(shown) > limit:
        shown = shown[:limit - 1] + "…"
    return f"'{shown}'"


def one_line(message: str) -> str:
    shown = visible(str(message))
    return shown if len(shown) <= MAX_MESSAGE_LENGTH else shown[:MAX_MESSAGE_LENGTH - 1] + "…"


class InputError(ValueError):
    """Input that cannot be turned into a plan.

    `field` is the input's key (e.g. "weight"); the CLI shows it as its flag (--weight),
    the GUI marks the widget. `errors` holds every (field, message) found when a whole
    form was checked at once; the first one is `field`/`message`. Every message is made
    one visible line here, whatever user text it quotes.
    """

    def __init__(self, field: str, message: str,
                 errors: tuple[tuple[str, str], ...] | None = None):
        self.field = field
        self.message = one_line(message)
        self.errors = (tuple((key, one_line(text)) for key, text in errors) if errors
                       else ((field, self.message),))
        super().__init__(f"{field}: {self.message}")

    @classmethod
    def collected(cls, errors: list[tuple[str, str]]) -> "InputError":
        field, message = errors[0]
        return cls(field, message, tuple(errors))

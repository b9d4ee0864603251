"""The one exception type for bad input, its messages as ids with parameters, and how a
message quotes what the user typed.

Findings (limits crossed by a valid plan) are data, not exceptions; see findings.py. A field
message is a `Message`: the English line the command line prints (it is a str), carrying
the template it was made from and its parameters, so that the window and the sheet format
it in their language from the id, never by reading the English back.
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


def clipped(text: object, limit: int = MAX_QUOTED_LENGTH) -> str:
    """User text as a message shows it: visible, shortened with an ellipsis."""
    shown = visible(str(text))
    if len(shown) > limit:
        shown = shown[:limit - 1] + "…"
    return shown


def quoted(text: object, limit: int = MAX_QUOTED_LENGTH) -> str:
    """User text as a message quotes it: visible, shortened with an ellipsis, in quotes."""
    return f"'{clipped(text, limit)}'"


class Message(str):
    """A message in English (what it is as a str) with its id: `template` (the English text
    before its parameters went in, the catalogs' key), `params` (figures and quoted user
    text: language-neutral) and `words` (name -> an English word or phrase, or a tuple of
    them joined by `joiner`, an item of which may itself be a tuple joined by " or ":
    translated with the template). Like Finding.text()."""

    template: str
    params: tuple
    words: tuple
    joiner: str

    def __new__(cls, template: str, words: dict | None = None, joiner: str = " or ", **params):
        words = dict(words or {})
        english = {name: _joined(word, joiner, str) for name, word in words.items()}
        self = super().__new__(cls, template.format(**params, **english))
        self.template = template
        # a parameter that is itself a Message (a reason inside a message) keeps its id
        self.params = tuple((name, value if isinstance(value, Message) else str(value))
                            for name, value in params.items())
        self.words = tuple(words.items())
        self.joiner = joiner
        return self

    def text(self, translate) -> str:
        """The message in the language of `translate` (a catalog lookup: English text in,
        translated text out)."""
        values = {name: value.text(translate) if isinstance(value, Message) else value
                  for name, value in self.params}
        for name, word in self.words:
            values[name] = _joined(word, self.joiner, translate)
        return translate(self.template).format(**values)

    def __reduce__(self):   # pickles (and copies) as the Message it is
        return (_rebuild, (self.template, dict(self.words), self.joiner, dict(self.params)))


def _joined(word, joiner: str, translate) -> str:
    """A word, or words joined by `joiner` (an item that is a tuple joined by " or "), each
    through `translate` (the joiners too)."""
    if not isinstance(word, tuple):
        return translate(word)
    return translate(joiner).join(translate(" or ").join(translate(x) for x in w) if isinstance(w, tuple)
                                  else translate(w) for w in word)


def _rebuild(template, words, joiner, params):
    return Message(template, words, joiner, **params)


def message(template: str, words: dict | None = None, joiner: str = " or ", **params) -> Message:
    """A message from its id and parameters: message("'{text}' is too large a number", text=shown)."""
    return Message(template, words, joiner, **params)


def one_line(message: str) -> str:
    shown = visible(str(message))
    shown = shown if len(shown) <= MAX_MESSAGE_LENGTH else shown[:MAX_MESSAGE_LENGTH - 1] + "…"
    if isinstance(message, Message):
        if shown == message:
            return message
        # the English line was escaped or shortened: the id still formats the whole message
        kept = str.__new__(Message, shown)
        kept.template, kept.params, kept.words, kept.joiner = (message.template, message.params,
                                                               message.words, message.joiner)
        return kept
    return shown


class InputError(ValueError):
    """Input that cannot be turned into a plan.

    `field` is the input's key (e.g. "weight"); the CLI shows it as its flag (--weight),
    the GUI marks the widget. `errors` holds every (field, message) found when a whole
    form was checked at once; the first one is `field`/`message`. Every message is made
    one visible line here, whatever user text it quotes. A message made with message() is a
    Message: its `template`/`params`/`words` let the window and the sheet translate it.
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


def message_of(error: BaseException) -> str:
    """What an exception says, as the Message (with its id) it was raised with when it was
    raised with one, else its English text."""
    carried = getattr(error, "message", None)
    if isinstance(carried, Message):
        return carried
    if error.args and isinstance(error.args[0], Message) and len(error.args) == 1:
        return error.args[0]
    return str(error)

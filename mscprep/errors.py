"""The one exception type for bad input.

Findings (limits crossed by a valid plan) are data, not exceptions; see findings.py.
"""

from __future__ import annotations


class InputError(ValueError):
    """Input that cannot be turned into a plan.

    `field` is the input's key (e.g. "weight"); the CLI shows it as its flag (--weight),
    the GUI marks the widget. `errors` holds every (field, message) found when a whole
    form was checked at once; the first one is `field`/`message`.
    """

    def __init__(self, field: str, message: str,
                 errors: tuple[tuple[str, str], ...] | None = None):
        self.field = field
        self.message = message
        self.errors = errors if errors else ((field, message),)
        super().__init__(f"{field}: {message}")

    @classmethod
    def collected(cls, errors: list[tuple[str, str]]) -> "InputError":
        field, message = errors[0]
        return cls(field, message, tuple(errors))

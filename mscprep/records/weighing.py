"""The gravimetric check of a saved record, from the record alone (the command line and a
reopened record): the expected mass range to show before weighing, and the weighing.

The volume the container should hold is the record's own: its preparation is computed again
from the stored figures at the record's own time and must give exactly the stored plan;
if a protocol file or the program changed since, the weighing is refused rather than
compared with another plan.
"""

from __future__ import annotations

from ..preparation.gravimetric import weigh_entered
from .reopen import preparation_of


def weigh_record(record, tare_text: str, gross_text: str, tolerance_text: str | None = None, protocols=None,
                 randomisation_list: str | None = None):
    """The weighing of a saved record as typed; a bare number is grams (the fields are in grams)."""
    return weigh_entered(preparation_of(record, protocols, randomisation_list), tare_text, gross_text, tolerance_text,
                         grams_if_bare=True)

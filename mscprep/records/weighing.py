"""The gravimetric check of a saved record, from the record alone (the command line and a
reopened record): the expected mass range to show before weighing, and the weighing.

The volume the container should hold is the record's own: its preparation is computed again
from the stored figures at the record's own time and must give exactly the stored plan;
if a protocol file or the program changed since, the weighing is refused rather than
compared with another plan.
"""

from __future__ import annotations

import json
from datetime import datetime

from ..errors import InputError
from ..preparation.gravimetric import expected_net_mass, weigh_entered


def preparation_of(record, protocols=None):
    """The record's preparation, proven equal to the stored plan."""
    from ..preparation.build import prepare
    at = datetime.fromisoformat(record.plan.get("computed_at") or record.created_utc)
    preparation = prepare(record.inputs, protocols, at, reasons=record.reasons)
    # Which figures came from protocol defaults is not a result: the stored inputs hold them all.
    again = {key: value for key, value in json.loads(json.dumps(preparation.to_dict())).items() if key != "defaulted"}
    if again != {key: value for key, value in record.plan.items() if key != "defaulted"}:
        raise InputError("record", f"record {record.record_id} was computed with protocol files or a program "
                         "version that changed since; weigh it where it was saved, or save it again as a new version")
    return preparation


def expected_mass(record, protocols=None, entered_tolerance: float | None = None):
    """(lowest, expected, highest) net mass of the filled container(s), as quantities."""
    return expected_net_mass(preparation_of(record, protocols), entered_tolerance)


def weigh_record(record, tare_text: str, gross_text: str, tolerance_text: str | None = None, protocols=None):
    """The weighing of a saved record as typed; a bare number is grams (the fields are in grams)."""
    return weigh_entered(preparation_of(record, protocols), tare_text, gross_text, tolerance_text,
                         grams_if_bare=True)

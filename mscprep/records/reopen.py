"""A saved record's preparation computed again: from the figures that were entered, the
protocol filling in its own defaults as it did when the record was saved."""

from __future__ import annotations

import json
from datetime import datetime

from ..errors import InputError, message


def entered_texts(record) -> dict[str, str]:
    """The record's texts without those its protocol filled in: computed again, they come
    from the protocol as they did at saving (a label's count stays "nominal", not "entered")."""
    defaulted = set(record.plan.get("defaulted", []))
    return {key: text for key, text in record.inputs.items() if key not in defaulted}


def preparation_of(record, protocols=None, randomisation_list: str | None = None):
    """The record's preparation, proven equal to the stored plan; InputError if a protocol
    file or the program changed since (nothing is then compared with another plan). A blinded
    record needs its randomisation list again: the record keeps the code, never the file."""
    from ..preparation.build import prepare
    at = datetime.fromisoformat(record.plan.get("computed_at") or record.created_utc)
    texts = entered_texts(record)
    if randomisation_list:
        texts["randomisation_list"] = randomisation_list
    preparation = prepare(texts, protocols, at, reasons=record.reasons)
    if json.loads(json.dumps(preparation.to_dict())) != record.plan:
        raise InputError("record", message("record {record} was computed with protocol files or a program version "
                                           "that changed since; weigh it where it was saved, or save it again as a "
                                           "new version", record=record.record_id))
    return preparation

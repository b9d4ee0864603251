"""One entry for every kind of preparation. The protocol's route and the form decide the
kind; the CLI, the GUI, the self-test and the double check all come through here."""

from __future__ import annotations

from datetime import datetime
from typing import Mapping

from .. import clock
from ..form.parse import parse_reasons
from ..protocol.loader import ProtocolSet, find_protocol
from .chain import compute_plan
from .inputs import build_inputs
from .interface import Preparation


def prepare(raw: Mapping[str, str], protocols: ProtocolSet | None = None, now: datetime | None = None,
            reasons: Mapping[str, str] | None = None, dmso_earlier: tuple = ()) -> Preparation:
    """The preparation for the form's texts (`raw`, field key -> text, with "protocol"),
    evaluated at `now`, with the typed reasons for soft findings attached.
    `dmso_earlier`: DMSO of other preparations for this patient on this site day, as
    records/dmso_day.earlier_dmso() found them (the daily DMSO limit is on the sum).
    Bad input raises InputError naming every field that is wrong."""
    now = clock.instant(now) if now else clock.now()
    protocol = protocols.get(raw.get("protocol")) if protocols is not None else find_protocol(raw.get("protocol"))
    typed = parse_reasons(reasons or {})

    def intravenous(figures: Mapping[str, str]):
        return compute_plan(build_inputs(figures, protocols, now, dmso_earlier), now)

    # The nebulized and blinded kinds are imported when a plan is of their kind (start-up, issue 26).
    if protocol.route == "nebulized":
        from .kinds.nebulized import compute_aliquot_plan
        preparation = compute_aliquot_plan(raw, protocol, now)
    elif protocol.blinding is not None or raw.get("randomisation_code") or raw.get("randomisation_list"):
        # Every preparation under a double-blind protocol is blinded: without its code it
        # would silently become an open-label cell product.
        from .kinds.blinded import prepare_blinded
        preparation = prepare_blinded(raw, protocol, intravenous, now)
    else:
        preparation = intravenous(raw)
    return preparation.with_reasons(typed) if typed else preparation

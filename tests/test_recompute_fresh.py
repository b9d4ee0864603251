"""Issue 26, recompute on a keystroke: what the window's session shows after any sequence of
edits is exactly what a fresh prepare() of the same texts gives, with every cache of this
process emptied first (parsed quantity texts, unit factors, parsed unit spellings, clock
texts, significant figures, counts' variation; protocols read again). A cache that kept a result for other inputs would fail here."""

from datetime import datetime, timezone

from hypothesis import given, settings, strategies as st

import invariants
from mscprep import clock, display, units
from mscprep.errors import InputError
from mscprep.form import parse
from mscprep.preparation import counting
from mscprep.preparation.build import prepare
from mscprep.protocol.loader import load_protocols, shipped_protocols
from mscprep.session import Session

NOW = datetime(2026, 11, 23, 11, 30, tzinfo=timezone.utc)

# What a keystroke makes of a field: a value, a half-typed one, another unit, an empty box.
EDITS = {
    "weight": ["70 kg", "154 lb", "60 kg", "0.5 kg", "250 kg", "70000 g", "72.5 kg", "7", "70 k"],
    "dose": ["1e6 cell/kg", "2 Mcell/kg", "70e6 cell", "2×10^6 cell/kg", "1.5e6 cell/kg", "1e6 cell/"],
    "concentration": ["1e7 cell/mL", "1e4 cell/uL", "10 Mcell/mL", "5e8 cell/mL", "2e6 cell/mL", "1e7 cell/m"],
    "viability": ["90%", "85%", "100%", "50%", "9"],
    "final_volume": ["50 mL", "0.1 L", "500 mL", "20 mL", ""],
    "duration": ["30 min", "1 h", "90 min", "3"],
    "rate": ["2 mL/min", "120 mL/h", "", "2 mL/"],
    "dmso": ["10%", "5%", "", "1"],
    "thawed_at": ["2026-11-23T10:00", "2026-11-23T09:00+00:00", "", "2026-11-23T10:0"],
    "dose_cap": ["1e8 cell", "1e9 cell", ""],
    "max_container_volume": ["20 mL", "100 mL", ""],
}
# A count by hemocytometer instead of a concentration: the concentration's box is cleared.
COUNTS = [{"concentration": "", "hemocytometer": "45, 43, 47, 44", "dead": "3, 4, 2, 3", "dilution_factor": "2"},
          {"concentration": "", "hemocytometer": "10, 90, 11, 85", "dilution_factor": "1", "viability": "90%"},
          {"concentration": "1e7 cell/mL", "hemocytometer": "", "dead": "", "dilution_factor": ""}]


def _cleared() -> None:
    units._parsed.cache_clear()
    units._factor.cache_clear()
    units._combined.cache_clear()
    parse._parse_units.cache_clear()
    clock._text.cache_clear()
    display.significant.cache_clear()
    counting.coefficient_of_variation.cache_clear()


def fresh(texts: dict) -> tuple:
    _cleared()
    form = {key: text for key, text in texts.items() if text and text.strip()}
    try:
        preparation = prepare(form, load_protocols(), NOW)
    except InputError as error:
        errors: dict = {}
        for key, message in error.errors:     # the first message of each field, as the window shows it
            errors.setdefault(key, message)
        return "errors", errors
    return "plan", preparation.to_dict(), [(row.label, row.value) for row in preparation.rows()]


def shown(session: Session) -> tuple:
    view = session.view
    if view.preparation is None:
        return "errors", dict(view.field_errors)
    return "plan", view.preparation.to_dict(), [(row.label, row.value) for row in view.rows]


@settings(max_examples=10)
@given(invariants.forms(), st.lists(st.tuples(st.sampled_from(sorted(EDITS) + ["count"]), st.integers(0, 9)),
                                    min_size=1, max_size=6))
def test_every_edit_shows_what_a_fresh_prepare_gives(form, edits):
    session = Session(shipped_protocols())
    session.clock = lambda: NOW
    texts = dict(form)
    session.update(texts)
    for key, choice in edits:
        if key == "count":
            texts.update(COUNTS[choice % len(COUNTS)])
        else:
            texts[key] = EDITS[key][choice % len(EDITS[key])]
        session.update(texts)
        assert shown(session) == fresh(texts)

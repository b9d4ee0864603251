"""Issue 21's gap: a fresh (not thawed) product planned without a protocol has a use-by, the
end of preparation (recorded; --prepared-at) plus the site's window of defaults.toml
[no_protocol] fresh_stability, with its source. The record keeps the end of preparation,
so that the double check, computed later at the record's time, counts from the same moment."""

import re
from datetime import datetime, timedelta, timezone

import pytest

from mscprep import defaults

from helpers import CHECK_SOURCE, cli
from test_defaults_file import broken  # noqa: F401 (the fixture)


@pytest.mark.parametrize("change,key", [
    (('fresh_stability = "4 h"', 'fresh_stability = "4 kelvin"'), "fresh_stability"),
    (('fresh_stability = "4 h"', 'fresh_stability = "0 h"'), "fresh_stability"),
    (('sources.fresh_stability = "Site value', 'sources.other = "Site value'), "sources.fresh_stability"),
])
def test_a_wrong_or_unsourced_window_is_refused_naming_its_key(broken, change, key):   # noqa: F811
    broken(*change)
    with pytest.raises(defaults.DefaultsError) as raised:
        defaults.app_defaults()
    assert "defaults.toml" in str(raised.value) and re.search(re.escape(key), str(raised.value)), str(raised.value)


def test_the_record_keeps_the_end_of_preparation_and_the_check_counts_from_it(capsys, tmp_path):
    db = tmp_path / "records.sqlite3"
    prepared = (datetime.now(timezone.utc) - timedelta(minutes=50)).replace(microsecond=0)
    code, out, err = cli(capsys, "plan", *CHECK_SOURCE, "--diluent", "saline", "--patient-name", "Yamada Hanako",
                         "--patient-id", "MRN-000123", "--prepared-at", prepared.isoformat(), "--save", "--operator",
                         "K. Tanaka", "--json", "--db", db)
    assert code == 0, err
    import json
    data = json.loads(out)
    assert data["use_by_from"] == "preparation"
    assert datetime.fromisoformat(data["use_by_start"]) == prepared
    assert datetime.fromisoformat(data["use_by"]) == prepared + timedelta(hours=4)
    record_id = data["record"]["record_id"] if isinstance(data.get("record"), dict) else data.get("record_id")
    assert record_id
    # the checker types only the source figures; the end of preparation is the record's
    code, out, err = cli(capsys, "records", "check", record_id, "--checker", "M. Sato", *CHECK_SOURCE, "--db", db)
    assert code == 0 and "verified by M. Sato" in out, (out, err)


def test_a_fresh_product_past_its_window_is_blocked(capsys):
    prepared = (datetime.now(timezone.utc) - timedelta(hours=5)).replace(microsecond=0)
    code, _out, err = cli(capsys, "plan", *CHECK_SOURCE, "--diluent", "saline", "--prepared-at", prepared.isoformat())
    assert code == 3, err

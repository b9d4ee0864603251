"""audit.entry_hash writes the entry's JSON text itself (fast at start on a large store); it
must stay exactly the chain's definition: SHA-256 of json.dumps of the entry's fields (FIELDS
always, ROW_FIELDS and SERVER_FIELDS when set), keys sorted, not ASCII-escaped."""

import hashlib
import json

from hypothesis import given
from hypothesis import strategies as st

from mscprep.records import audit

VALUES = st.one_of(st.none(), st.text(), st.integers(-2**70, 2**70), st.booleans(),
                   st.floats(allow_nan=False), st.lists(st.text(max_size=3), max_size=2))


def definition(entry: dict) -> str:
    material = {key: entry.get(key) for key in audit.FIELDS}
    material.update({key: entry[key] for key in audit.ROW_FIELDS + audit.SERVER_FIELDS
                     if entry.get(key) is not None})
    return hashlib.sha256(json.dumps(material, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


@given(st.fixed_dictionaries({}, optional={key: VALUES for key in
                                           audit.FIELDS + audit.ROW_FIELDS + audit.SERVER_FIELDS + ("hash",)}))
def test_entry_hash_is_the_json_definition(entry):
    assert audit.entry_hash(entry) == definition(entry)


def test_control_characters_and_non_ascii_text_hash_as_json_writes_them():
    entry = {key: None for key in audit.FIELDS}
    entry.update(seq=7, operator="Mika Sato (MS)\u3164", what="\x00\x1f\"\\\u2028 ü 日本", row_table="checks",
                 row_hash="ab")
    assert audit.entry_hash(entry) == definition(entry)

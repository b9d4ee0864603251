"""The record database's tables, the same columns on SQLite and PostgreSQL, and the
versioned steps that create or upgrade them.

Columns hold only text, whole numbers and floating-point numbers (JSON kept as text, times
as ISO 8601 text, yes/no as 0/1), so a row reads back with the same values on both
databases and its hash is the same: a history copied from SQLite to PostgreSQL keeps its
chain. Version 1 and 2 were SQLite only; version 3 adds the hash chain over every row;
version 4 adds enrolled people (staff) and the signed acts (records/people.py, signing.py).
"""

from __future__ import annotations

VERSION = 4

# Data tables, append-only, each row covered by one audit entry (seq) and hashed (row_hash).
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "records": (("record_id", "text"), ("version", "int"), ("plan_id", "text"), ("created_utc", "text"),
                ("created_local", "text"), ("operator", "text"), ("patient_id", "text?"),
                ("patient_name", "text?"), ("din", "text?"), ("protocol_id", "text?"),
                ("protocol_version", "text?"), ("program_version", "text"), ("blocked", "int"), ("kind", "text"),
                ("inputs_json", "text"), ("reasons_json", "text"), ("plan_json", "text"),
                ("documents_json", "text"), ("content_hash", "text"), ("seq", "int"), ("row_hash", "text")),
    "checks": (("id", "int"), ("record_id", "text"), ("version", "int"), ("checker", "text"), ("at_utc", "text"),
               ("inputs_json", "text"), ("results_json", "text"), ("tolerance", "real"),
               ("differences_json", "text"), ("matched", "int"), ("seq", "int"), ("row_hash", "text")),
    "weighings": (("id", "int"), ("record_id", "text"), ("version", "int"), ("operator", "text"),
                  ("at_utc", "text"), ("tare_g", "real"), ("gross_g", "real"), ("density_g_ml", "real"),
                  ("expected_ml", "real"), ("measured_ml", "real"), ("deviation", "real"), ("tolerance", "real"),
                  ("tolerance_source", "text"), ("within", "int"), ("seq", "int"), ("row_hash", "text")),
    "prints": (("id", "int"), ("record_id", "text"), ("version", "int"), ("operator", "text"), ("at_utc", "text"),
               ("what", "text"), ("reprint", "int"), ("seq", "int"), ("row_hash", "text")),
    "sessions": (("id", "int"), ("session_id", "text"), ("operator", "text"), ("event", "text"),
                 ("at_utc", "text"), ("workstation", "text"), ("seq", "int"), ("row_hash", "text")),
    # Enrolled people, one row per change (records/people.py); acts sign entries (signing.py).
    "staff": (("id", "int"), ("person_id", "text"), ("event", "text"), ("name", "text"), ("initials", "text"),
              ("role", "text"), ("key_id", "text?"), ("badge_lookup", "text?"), ("public_key", "text?"),
              ("sealed_key", "text?"), ("at_utc", "text"), ("seq", "int"), ("row_hash", "text")),
    "acts": (("id", "int"), ("act_id", "text"), ("entries", "int"), ("meaning", "text"), ("signer_id", "text?"),
             ("signer_name", "text?"), ("key_id", "text?"), ("account", "text"), ("host", "text"), ("at_utc", "text"),
             ("payload_sha256", "text"), ("signature", "text?"), ("seq", "int"), ("row_hash", "text")),
}
KEYS = {"records": "record_id, version", "checks": "id", "weighings": "id", "prints": "id", "sessions": "id",
        "staff": "id", "acts": "id"}
# Tables added after version 2: created by an upgrade once the older rows are adopted.
LATER_TABLES = ("prints", "sessions", "staff", "acts")
AUDIT = (("seq", "int"), ("at_utc", "text"), ("at_local", "text"), ("operator", "text"), ("action", "text"),
         ("record_id", "text?"), ("what", "text?"), ("old_value", "text?"), ("new_value", "text?"),
         ("reason", "text?"), ("prev_hash", "text"), ("hash", "text"), ("row_table", "text?"), ("row_hash", "text?"))
GENESIS = "0" * 64


def columns(table: str) -> tuple[str, ...]:
    return tuple(name for name, _type in TABLES[table])


# --- SQLite ----------------------------------------------------------------------------

_SQLITE_TYPES = {"text": "TEXT NOT NULL", "text?": "TEXT", "int": "INTEGER NOT NULL", "real": "REAL NOT NULL"}


def _sqlite_table(name: str, spec, key: str) -> str:
    body = ", ".join(f"{column} {_SQLITE_TYPES[kind]}" for column, kind in spec)
    return f"CREATE TABLE IF NOT EXISTS {name} ({body}, PRIMARY KEY ({key}))"


def _sqlite_guards(table: str, update: bool = True) -> list[str]:
    guards = [f"CREATE TRIGGER IF NOT EXISTS {table}_no_delete BEFORE DELETE ON {table} "
              f"BEGIN SELECT RAISE(ABORT, '{table} are kept, never deleted (append-only)'); END"]
    if update:
        guards.append(f"CREATE TRIGGER IF NOT EXISTS {table}_no_update BEFORE UPDATE ON {table} "
                      f"BEGIN SELECT RAISE(ABORT, '{table} are kept, never changed (append-only)'); END")
    return guards


def _sqlite_common() -> list[str]:
    steps = ["CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
             "CREATE TABLE IF NOT EXISTS audit_anchor (id INTEGER PRIMARY KEY CHECK (id = 1), last_seq INTEGER, "
             "last_hash TEXT)",
             f"INSERT OR IGNORE INTO audit_anchor (id, last_seq, last_hash) VALUES (1, 0, '{GENESIS}')",
             # the anchor only moves forward, one entry at a time
             "CREATE TRIGGER IF NOT EXISTS audit_anchor_forward BEFORE UPDATE ON audit_anchor "
             "WHEN NEW.last_seq <= OLD.last_seq BEGIN SELECT RAISE(ABORT, 'the audit trail only grows'); END"]
    steps += _sqlite_guards("audit_anchor", update=False)
    return steps


def _sqlite_indexes() -> list[str]:
    return ["CREATE INDEX IF NOT EXISTS records_patient ON records (patient_id COLLATE NOCASE)",
            "CREATE INDEX IF NOT EXISTS records_din ON records (din)",
            "CREATE INDEX IF NOT EXISTS records_created ON records (created_utc)",
            "CREATE INDEX IF NOT EXISTS records_operator ON records (operator COLLATE NOCASE)",
            "CREATE INDEX IF NOT EXISTS checks_record ON checks (record_id, version)",
            "CREATE INDEX IF NOT EXISTS weighings_record ON weighings (record_id, version)",
            "CREATE INDEX IF NOT EXISTS prints_record ON prints (record_id, version)",
            "CREATE INDEX IF NOT EXISTS audit_record ON audit (record_id)",
            "CREATE INDEX IF NOT EXISTS staff_person ON staff (person_id)",
            "CREATE INDEX IF NOT EXISTS staff_badge ON staff (badge_lookup)"]


def sqlite_create() -> list[str]:
    """A new database at the current version."""
    steps = _sqlite_common()
    steps.append(_sqlite_table("audit", AUDIT, "seq"))
    for table, spec in TABLES.items():
        steps.append(_sqlite_table(table, spec, KEYS[table]))
        steps.append(f"CREATE UNIQUE INDEX IF NOT EXISTS {table}_seq ON {table} (seq)")
    for table in ("audit", *TABLES):
        steps += _sqlite_guards(table)
    return steps + _sqlite_indexes()


# Older SQLite files: (from version, statements). Rows that existed before version 3 are
# brought under the chain by `adopt_rows` in the store, which writes one entry per row.
SQLITE_UPGRADES: dict[int, list[str]] = {
    1: ["ALTER TABLE records ADD COLUMN kind TEXT NOT NULL DEFAULT 'intravenous'",
        "ALTER TABLE records ADD COLUMN reasons_json TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE records ADD COLUMN documents_json TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE weighings ADD COLUMN tolerance_source TEXT NOT NULL DEFAULT 'recorded before schema 2'"],
    2: [*(f"DROP TRIGGER IF EXISTS {table}_no_{what}" for table in ("records", "checks", "weighings", "audit")
          for what in ("update", "delete")),
        *(f"ALTER TABLE {table} ADD COLUMN {column}" for table in ("records", "checks", "weighings")
          for column in ("seq INTEGER", "row_hash TEXT")),
        "ALTER TABLE audit ADD COLUMN row_table TEXT", "ALTER TABLE audit ADD COLUMN row_hash TEXT"],
}


def sqlite_finish_upgrade() -> list[str]:
    """After rows were adopted: the tables version 3 adds, the guards and indexes."""
    steps = _sqlite_common()
    for table in LATER_TABLES:
        steps.append(_sqlite_table(table, TABLES[table], KEYS[table]))
    for table in TABLES:
        steps.append(f"CREATE UNIQUE INDEX IF NOT EXISTS {table}_seq ON {table} (seq)")
    for table in ("audit", *TABLES):
        steps += _sqlite_guards(table)
    return steps + _sqlite_indexes()


# --- PostgreSQL ------------------------------------------------------------------------

# "C" collation: text compares byte by byte whatever the server's locale, so ISO times,
# DINs and prefixes order the same as on SQLite and every search can use its index.
_PG_TYPES = {"text": 'TEXT COLLATE "C" NOT NULL', "text?": 'TEXT COLLATE "C"', "int": "BIGINT NOT NULL",
             "real": "DOUBLE PRECISION NOT NULL"}
PG_REFUSE = """
CREATE OR REPLACE FUNCTION mscprep_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'mscprep: % rows are kept, never changed or deleted (append-only)', TG_TABLE_NAME;
END $$"""
PG_ANCHOR = """
CREATE OR REPLACE FUNCTION mscprep_anchor_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.last_seq <= OLD.last_seq THEN
        RAISE EXCEPTION 'mscprep: the audit trail only grows';
    END IF;
    RETURN NEW;
END $$"""


# PostgreSQL's audit table also records the database login that appended each entry
# (session_user, stamped by the server); hashed when set, so SQLite entries keep theirs.
PG_AUDIT = AUDIT + (("db_user", "text?"),)

# The only way the application role writes (issue 23): the server numbers each entry from
# the anchor, takes the time from its own clock, records session_user, computes every row
# hash and the chain hash itself (the same JSON as audit.py: keys sorted, ", " and ": "),
# inserts the rows and moves the anchor. The role has no INSERT on any table and no UPDATE
# on the anchor, so a junk row or a moved anchor cannot be written by a workstation.
PG_APPEND = """
CREATE OR REPLACE FUNCTION mscprep_append(p_entries jsonb, p_offset text) RETURNS SETOF bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_seq bigint;
    v_prev text;
    v_at timestamptz := clock_timestamp();
    v_utc text;
    v_local text;
    v_entry jsonb;
    v_table text;
    v_row jsonb;
    v_values jsonb;
    v_row_hash text;
    v_hash text;
BEGIN
    IF p_offset IS NULL OR p_offset !~ '^[+-][0-9]{2}:[0-9]{2}$' THEN
        RAISE EXCEPTION 'mscprep: the workstation UTC offset % is not +HH:MM', p_offset;
    END IF;
    SELECT last_seq, last_hash INTO v_seq, v_prev FROM audit_anchor WHERE id = 1 FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'mscprep: the anchor row of the audit trail is missing';
    END IF;
    v_utc := to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || '+00:00';
    v_local := to_char((v_at AT TIME ZONE 'UTC') + p_offset::interval, 'YYYY-MM-DD"T"HH24:MI:SS') || p_offset;
    FOR v_entry IN SELECT e.value FROM jsonb_array_elements(p_entries) WITH ORDINALITY AS e(value, n) ORDER BY e.n
    LOOP
        v_seq := v_seq + 1;
        v_table := v_entry->>'row_table';
        v_row_hash := NULL;
        IF v_table IS NOT NULL THEN
            IF v_table IN ('audit', 'audit_anchor', 'meta') OR to_regclass(v_table) IS NULL THEN
                RAISE EXCEPTION 'mscprep: % is not a data table', v_table;
            END IF;
            v_row := (v_entry->'row') || jsonb_build_object('seq', v_seq::text);
            IF v_row ? 'id' THEN
                v_row := v_row || jsonb_build_object('id', v_seq::text);
            END IF;
            IF v_row ? 'at_utc' THEN
                v_row := v_row || jsonb_build_object('at_utc', to_json(v_utc)::text);
            END IF;
            IF v_row ? 'created_utc' THEN
                v_row := v_row || jsonb_build_object('created_utc', to_json(v_utc)::text);
            END IF;
            IF v_row ? 'created_local' THEN
                v_row := v_row || jsonb_build_object('created_local', to_json(v_local)::text);
            END IF;
            SELECT encode(sha256(convert_to('{"row": {' || string_agg(to_json(r.key)::text || ': ' || r.value, ', '
                       ORDER BY r.key COLLATE "C") || '}, "table": ' || to_json(v_table)::text || '}', 'UTF8')), 'hex'),
                   jsonb_object_agg(r.key, r.value::jsonb)
              INTO v_row_hash, v_values FROM jsonb_each_text(v_row) AS r;
            v_values := v_values || jsonb_build_object('row_hash', v_row_hash);
            EXECUTE format('INSERT INTO %I SELECT * FROM jsonb_populate_record(NULL::%I, $1)', v_table, v_table)
                USING v_values;
        END IF;
        SELECT encode(sha256(convert_to('{' || string_agg(to_json(m.k)::text || ': ' || m.v, ', '
                   ORDER BY m.k COLLATE "C") || '}', 'UTF8')), 'hex')
          INTO v_hash
          FROM (VALUES ('seq', v_seq::text), ('at_utc', to_json(v_utc)::text), ('at_local', to_json(v_local)::text),
                       ('operator', coalesce(to_json(v_entry->>'operator')::text, 'null')),
                       ('action', coalesce(to_json(v_entry->>'action')::text, 'null')),
                       ('record_id', coalesce(to_json(v_entry->>'record_id')::text, 'null')),
                       ('what', coalesce(to_json(v_entry->>'what')::text, 'null')),
                       ('old_value', coalesce(to_json(v_entry->>'old_value')::text, 'null')),
                       ('new_value', coalesce(to_json(v_entry->>'new_value')::text, 'null')),
                       ('reason', coalesce(to_json(v_entry->>'reason')::text, 'null')),
                       ('prev_hash', to_json(v_prev)::text),
                       ('row_table', to_json(v_table)::text), ('row_hash', to_json(v_row_hash)::text),
                       ('db_user', to_json(session_user::text)::text)) AS m(k, v)
         WHERE m.v IS NOT NULL;
        INSERT INTO audit (seq, at_utc, at_local, operator, action, record_id, what, old_value, new_value, reason,
                           prev_hash, hash, row_table, row_hash, db_user)
        VALUES (v_seq, v_utc, v_local, v_entry->>'operator', v_entry->>'action', v_entry->>'record_id',
                v_entry->>'what', v_entry->>'old_value', v_entry->>'new_value', v_entry->>'reason', v_prev, v_hash,
                v_table, v_row_hash, session_user);
        v_prev := v_hash;
        RETURN NEXT v_seq;
    END LOOP;
    UPDATE audit_anchor SET last_seq = v_seq, last_hash = v_prev WHERE id = 1;
    RETURN;
END $$"""
PG_APPEND_PRIVATE = "REVOKE ALL ON FUNCTION mscprep_append(jsonb, text) FROM PUBLIC"


def postgres_append_steps() -> list[str]:
    """The server-side append (and the column it fills), for a new store or one made before it."""
    return ['ALTER TABLE audit ADD COLUMN IF NOT EXISTS db_user TEXT COLLATE "C"', PG_APPEND, PG_APPEND_PRIVATE]


def _pg_table(name: str, spec, key: str) -> str:
    body = ", ".join(f"{column} {_PG_TYPES[kind]}" for column, kind in spec)
    return f"CREATE TABLE IF NOT EXISTS {name} ({body}, PRIMARY KEY ({key}))"


def _pg_guard(table: str, update: bool = True) -> list[str]:
    events = "UPDATE OR DELETE" if update else "DELETE"
    return [f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}",
            f"CREATE TRIGGER {table}_append_only BEFORE {events} ON {table} FOR EACH ROW "
            "EXECUTE FUNCTION mscprep_refuse_change()",
            f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}",
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT "
            "EXECUTE FUNCTION mscprep_refuse_change()"]


def postgres_create() -> list[str]:
    steps = ["CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
             "CREATE TABLE IF NOT EXISTS audit_anchor (id INTEGER PRIMARY KEY CHECK (id = 1), last_seq BIGINT, "
             "last_hash TEXT)",
             f"INSERT INTO audit_anchor (id, last_seq, last_hash) VALUES (1, 0, '{GENESIS}') ON CONFLICT DO NOTHING",
             PG_REFUSE, PG_ANCHOR,
             "DROP TRIGGER IF EXISTS audit_anchor_forward ON audit_anchor",
             "CREATE TRIGGER audit_anchor_forward BEFORE UPDATE ON audit_anchor FOR EACH ROW "
             "EXECUTE FUNCTION mscprep_anchor_forward()",
             _pg_table("audit", PG_AUDIT, "seq"), PG_APPEND, PG_APPEND_PRIVATE]
    steps += _pg_guard("audit_anchor", update=False)
    for table, spec in TABLES.items():
        steps.append(_pg_table(table, spec, KEYS[table]))
        steps.append(f"CREATE UNIQUE INDEX IF NOT EXISTS {table}_seq ON {table} (seq)")
    for table in ("audit", *TABLES):
        steps += _pg_guard(table)
    steps += ["CREATE INDEX IF NOT EXISTS records_patient ON records (lower(patient_id))",
              "CREATE INDEX IF NOT EXISTS records_din ON records (din)",
              "CREATE INDEX IF NOT EXISTS records_created ON records (created_utc)",
              "CREATE INDEX IF NOT EXISTS records_operator ON records (lower(operator))",
              "CREATE INDEX IF NOT EXISTS checks_record ON checks (record_id, version)",
              "CREATE INDEX IF NOT EXISTS weighings_record ON weighings (record_id, version)",
              "CREATE INDEX IF NOT EXISTS prints_record ON prints (record_id, version)",
              "CREATE INDEX IF NOT EXISTS audit_record ON audit (record_id)",
              "CREATE INDEX IF NOT EXISTS staff_person ON staff (person_id)",
              "CREATE INDEX IF NOT EXISTS staff_badge ON staff (badge_lookup)"]
    return steps


def postgres_grants(role: str) -> list[str]:
    """What the application role may do: read, and append through mscprep_append (which
    numbers, stamps and hashes on the server); no INSERT, UPDATE or DELETE on any table."""
    quoted = '"' + role.replace('"', '""') + '"'
    data = ", ".join(("audit", *TABLES))
    return [f"REVOKE ALL ON meta, audit_anchor, {data} FROM {quoted}",
            f"GRANT USAGE ON SCHEMA public TO {quoted}",
            f"GRANT SELECT ON meta, audit_anchor, {data} TO {quoted}",
            PG_APPEND_PRIVATE,
            f"GRANT EXECUTE ON FUNCTION mscprep_append(jsonb, text) TO {quoted}"]

"""Record stores for the tests, on both databases: an SQLite file in the test's folder, and
a fresh database on a real PostgreSQL server. tools/test starts a throwaway cluster and
sets MSCPREP_TEST_POSTGRES_URL; without it the tests start their own when PostgreSQL is
installed, and otherwise the PostgreSQL cases are skipped with the reason.

Import the fixtures into a test module: `from stores import backend, store, pg_server  # noqa`.
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from pathlib import Path

import pytest

from helpers import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import pgcluster  # noqa: E402

from mscprep.records.store import RecordStore  # noqa: E402

BACKENDS = ("sqlite", "postgresql")


class Server:
    def __init__(self, admin_url: str):
        self.admin_url = admin_url

    def url(self, database: str, user: str = pgcluster.ADMIN) -> str:
        base, _, query = self.admin_url.partition("?")
        scheme, rest = base.split("://", 1)
        host = rest.split("@", 1)[1].split("/", 1)[0]
        return f"{scheme}://{user}@{host}/{database}" + (f"?{query}" if query else "")

    def admin(self, sql: str, database: str = "postgres") -> list:
        import psycopg
        with psycopg.connect(self.url(database), autocommit=True) as connection:
            cursor = connection.execute(sql)
            return cursor.fetchall() if cursor.description else []

    def new_database(self) -> str:
        name = "t_" + uuid.uuid4().hex[:12]
        self.admin(f"CREATE DATABASE {name}")
        return name


@pytest.fixture(scope="session")
def pg_server():
    given = os.environ.get("MSCPREP_TEST_POSTGRES_URL")
    if given:
        yield Server(given)
        return
    if pgcluster.binaries() is None:
        pytest.skip("PostgreSQL is not installed (tools/test installs Debian's postgresql); "
                    "the PostgreSQL store is not tested here")
    folder = Path(tempfile.mkdtemp(prefix="mscprep-pg-"))
    folder.chmod(0o755)
    try:
        url = pgcluster.start(folder / "cluster")
    except (SystemExit, Exception) as error:  # noqa: BLE001 (any failure to start is a reason to skip)
        pgcluster.stop(folder / "cluster")
        pytest.skip(f"a throwaway PostgreSQL cluster could not be started: {error}")
    try:
        yield Server(url)
    finally:
        pgcluster.stop(folder / "cluster")
        folder.rmdir()


def location(request, kind: str, tmp_path: Path) -> str | Path:
    if kind == "sqlite":
        return tmp_path / "records.sqlite3"
    server = request.getfixturevalue("pg_server")
    return server.url(server.new_database())


@pytest.fixture(params=BACKENDS)
def backend(request, tmp_path):
    """Where a store lives, once per database: a file path or a postgresql:// URL."""
    return location(request, request.param, tmp_path)


@pytest.fixture
def store(backend):
    opened = RecordStore(backend)
    yield opened
    opened.close()


def raw_sql(store: RecordStore):
    """Someone with the database's own tool and the owner's rights: runs SQL directly."""
    if store.kind == "sqlite":
        import sqlite3
        connection = sqlite3.connect(store.path, isolation_level=None)
        return lambda sql, params=(): connection.execute(sql, params).fetchall()
    import psycopg
    connection = psycopg.connect(store.backend.url, autocommit=True)

    def run(sql, params=()):
        cursor = connection.execute(sql.replace("?", "%s"), params or None)
        return cursor.fetchall() if cursor.description else []
    return run


def drop_guards(store: RecordStore, table: str) -> None:
    """Remove the append-only triggers of `table`, as someone tampering would."""
    run = raw_sql(store)
    if store.kind == "sqlite":
        for name in (f"{table}_no_update", f"{table}_no_delete"):
            run(f"DROP TRIGGER IF EXISTS {name}")
    else:
        run(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")


def restore_guards(store: RecordStore, table: str) -> None:
    """Put the append-only triggers of `table` back as mscprep makes them (the repair after
    drop_guards): a store without its guards is never intact and refuses to write."""
    from mscprep.records import schema
    run = raw_sql(store)
    if store.kind == "sqlite":
        for statement in schema._sqlite_guards(table):
            run(statement)
    else:
        for statement in schema._pg_guard(table):
            run(statement)

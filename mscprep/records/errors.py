"""The record store's one error type, importable without opening SQLite."""


class StoreError(Exception):
    """The database cannot be used; the message says what to do."""

"""The record store's error types, importable without opening a database."""


class StoreError(Exception):
    """The database cannot be used; the message says what to do."""


class StoreUnreachable(StoreError):
    """The shared record server cannot be reached (network, server down). Nothing was saved;
    the caller keeps the form as a draft and never falls back to a local file."""

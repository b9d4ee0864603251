"""Preparation records: an SQLite store of saved plans, independent double checks,
weighings and an append-only, hash-chained audit trail."""

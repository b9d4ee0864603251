"""Protocols: what a protocol file says (definitions.py), how limits are read and combined
(limits.py), and the loader that validates resources/protocols/*.toml (loader.py)."""

"""The form: every input field once (fields.py), and text turned into values (parse.py)."""

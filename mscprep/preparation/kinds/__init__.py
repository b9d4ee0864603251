"""The kinds of preparation, each implementing preparation.interface.Preparation."""

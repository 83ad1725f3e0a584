"""Checks of live databases and typed models against the declared schema."""

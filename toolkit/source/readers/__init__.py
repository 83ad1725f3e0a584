"""Readers: one module per family of statements, each turning a statement into a Declaration."""

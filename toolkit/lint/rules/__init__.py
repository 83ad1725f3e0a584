"""Every lint rule; importing this package registers them (see ``toolkit.lint.registry``)."""

from toolkit.lint.rules import integrity, meta, migration, plpgsql, security

__all__ = ["integrity", "meta", "migration", "plpgsql", "security"]

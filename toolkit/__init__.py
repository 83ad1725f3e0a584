"""canon: schema-first migrations and database-as-code for PostgreSQL."""

__version__ = "0.1.0"

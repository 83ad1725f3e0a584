"""The live inspector: read a PostgreSQL database's catalog into a toolkit.model.Catalog.

Every catalog query lives in ``queries/<kind>.sql``, filters to the managed schemas itself
and leaves out objects that belong to an extension. Types and expressions are printed by the
server with ``search_path`` set to ``pg_catalog``, so every other name is schema-qualified.

Representation choices beyond toolkit.model.objects' conventions:

- Sequences behind identity and serial columns, indexes behind PRIMARY KEY / UNIQUE /
  EXCLUDE constraints, NOT NULL constraints (``Column.not_null``) and what a partition gets
  from its parent (columns, inherited constraints, attached indexes, cloned triggers) are
  not listed separately.
- Grants include the defaults PostgreSQL applies when nothing was granted (``EXECUTE`` on a
  function to ``public``), leave out what an owner holds on its own object, and hold one
  column per column grant.
- Policy roles, function settings and view options are sorted; a sequence's MINVALUE and
  MAXVALUE read as None at their defaults.
"""

from toolkit.inspect.inspector import catalog_from_rows, inspect_catalog, inspect_connection

__all__ = ["catalog_from_rows", "inspect_catalog", "inspect_connection"]

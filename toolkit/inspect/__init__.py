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
- Policy roles, function settings and view options are sorted; boolean view options read
  ``true``/``false`` however they were spelled; a sequence's MINVALUE and MAXVALUE read as
  None at their defaults; a constraint's definition has no ``NOT VALID`` (``validated``
  says).
- Index keys and INCLUDE columns are column names (unquoted, as in ``Constraint.columns``)
  or, for expressions, the server's text of the expression.
- A partition's ``columns`` are empty: they are its parent's.
- ``depends_on`` holds what the catalog can name: an object's table, a foreign key's
  referenced table and the constraint (or unique index) it uses, a trigger's function, a
  partition's parent, and what pg_depend records for expressions, column types, defaults,
  views and SQL-standard function bodies; an object of an extension stands for the
  extension; a column a view, policy, trigger or function reads is a ``column`` key whose
  parent is its table. Nothing outside the managed schemas is named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from toolkit.lazy import lazy_exports

if TYPE_CHECKING:
    from toolkit.inspect.inspector import (
        catalog_from_rows,
        inspect_catalog,
        inspect_connection,
    )

__all__ = ["catalog_from_rows", "inspect_catalog", "inspect_connection"]

# Imported on first use (see toolkit.lazy): the source reader needs only
# toolkit.inspect.instances.
__getattr__ = lazy_exports(__name__, dict.fromkeys(__all__, "toolkit.inspect.inspector"))

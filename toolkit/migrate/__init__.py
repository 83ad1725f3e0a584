"""Numbered migrations: the directory (numbering, pairing, canon.sum) and the runner.

Modules, each with one job:

- ``directory``: scan ``migrations/`` and ``rollbacks/``, versions, pairing, writing a new pair.
- ``checksums``: the ``canon.sum`` file format and its comparison with the directory.
- ``check``: the static findings of ``canon check`` (no database).
- ``renumber``: moving duplicate versions to free ones.
- ``scripts``: reading one SQL script into statements, directives and a sha256.
- ``history``: what a database has applied (read only).
- ``lock``: the session advisory lock and yoyo's lock row.
- ``backend``: yoyo's psycopg 3 backend with canon's bookkeeping in the ``canon`` schema.
- ``runner``: apply and revert migrations, one transaction each.

A replay check (history up, down, up on a scratch database) belongs in its own module and
adds its findings to those of ``check``.
"""

"""Canonical files to Catalog. The only package that imports pglast."""

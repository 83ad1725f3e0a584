"""Generated artefacts: typed models (Python, TypeScript), Markdown docs with Mermaid ER
diagrams, and canonical files written from a live database. Output comes from jinja2
templates in ``templates/``; the type map every generator shares is :mod:`toolkit.codegen.types`.
"""

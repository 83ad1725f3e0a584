"""Typed models checked against the schema: ``canon verify-types``.

The models are read, never imported or run: TypeScript in the shape ``supabase gen types
typescript`` prints (a ``Database`` type) through a small tokenizer and recursive-descent
parser for the type declarations such files hold (:mod:`.ts_lexer`, :mod:`.ts_parser`,
:mod:`.typescript`); Python dataclasses, pydantic models and TypedDicts through ``ast``
(:mod:`.python`). Both readers produce the same language-neutral description
(:mod:`.declared`), which :mod:`.checker` compares with the shapes the code generators print
for a catalog (:func:`toolkit.codegen.shapes.build_shapes`), mapping every column type through
the one type map of :mod:`toolkit.codegen.types` (see :mod:`.expected` and :mod:`.forms`).

Public API: :func:`read_models` and :func:`check_models`.
"""

from toolkit.verify.models.checker import TypeFinding, check_models
from toolkit.verify.models.files import read_models

__all__ = ["TypeFinding", "check_models", "read_models"]

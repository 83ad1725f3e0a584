"""The jinja2 environment of the generators: templates in ``templates/``, strict variables."""

from __future__ import annotations

import json
import textwrap
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

MAX_LINE = 100
"""Width of generated Python lines (ruff's default line length in canon projects)."""

TEMPLATES = Path(__file__).parent / "templates"


@cache
def environment() -> jinja2.Environment:
    """The shared environment (no autoescaping: the output is code and Markdown, not HTML)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["pystr"] = string_literal
    env.filters["pydoc"] = python_docstring
    env.filters["pycomment"] = python_comment
    env.filters["cell"] = markdown_cell
    env.filters["code"] = markdown_code
    return env


def string_literal(text: str) -> str:
    """``text`` as a double-quoted string literal, valid in Python and TypeScript alike."""
    return json.dumps(text, ensure_ascii=False)


def python_docstring(text: str, indent: int = 4) -> str:
    """``text`` made safe inside a triple-quoted docstring (one paragraph).

    Lines are wrapped so that, indented by ``indent`` and with the quotes around them, they
    stay within 100 columns (the width ruff checks generated modules against).
    """
    flat = " ".join(text.split())
    escaped = flat.replace("\\", "\\\\").replace('"', '\\"')
    lines = textwrap.wrap(escaped, width=MAX_LINE - indent - 6, break_long_words=False,
                          break_on_hyphens=False) or [""]
    return ("\n" + " " * indent).join(lines)


def python_comment(text: str) -> str:
    """``text`` as one comment line."""
    return " ".join(text.split())


def first_line(text: str | None) -> str:
    """The first line of ``text``, stripped ("" for None or blank text): a comment's summary."""
    lines = (text or "").strip().splitlines()
    return lines[0].strip() if lines else ""


def markdown_cell(text: str) -> str:
    """``text`` on one line, safe inside a Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def markdown_code(text: str) -> str:
    """``text`` safe inside single backticks in a table cell (no backticks, no newlines)."""
    return markdown_cell(str(text)).replace("`", "'")


def render(template: str, **context: Any) -> str:
    """Render ``template`` with ``context``."""
    return environment().get_template(template).render(**context)

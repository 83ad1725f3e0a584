"""Tests of the text helpers shared by the generators."""

from __future__ import annotations

from toolkit.codegen.templating import first_line


def test_first_line_is_the_stripped_first_non_blank_line() -> None:
    assert first_line("  Orders placed by customers.  \nSecond line.") == (
        "Orders placed by customers.")
    assert first_line("\n\n   Leading blank lines\n") == "Leading blank lines"
    assert first_line("one line") == "one line"


def test_first_line_of_nothing_is_empty() -> None:
    assert first_line(None) == ""
    assert first_line("") == ""
    assert first_line(" \n\t\n ") == ""

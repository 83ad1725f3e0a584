"""The ``canon`` process ends as soon as its command is done, losing nothing on the way out."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest


def _run(script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    program = tmp_path / "program.py"
    program.write_text(textwrap.dedent(script), encoding="utf-8")
    return subprocess.run([sys.executable, str(program)], capture_output=True, text=True,
                          check=False, cwd=tmp_path)


def test_a_finished_command_ends_the_process_with_its_code(tmp_path: Path) -> None:
    (tmp_path / "canon.toml").write_text("schemas = 3\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "toolkit", "--project", str(tmp_path),
                           "check"], capture_output=True, text=True, check=False)
    assert done.returncode == 2  # a bad canon.toml: an input error
    assert "canon.toml" in done.stderr


@pytest.mark.parametrize(("code", "expected"), [(0, 0), (3, 3), (None, 0)])
def test_exit_codes_mean_what_they_mean_to_sys_exit(tmp_path: Path, code: int | None,
                                                    expected: int) -> None:
    done = _run(f"""
        from toolkit.cli.shutdown import exit_promptly
        exit_promptly({code!r})
    """, tmp_path)
    assert done.returncode == expected


def test_a_message_as_the_code_is_printed_and_fails(tmp_path: Path) -> None:
    done = _run("""
        from toolkit.cli.shutdown import exit_promptly
        exit_promptly("cannot go on")
    """, tmp_path)
    assert (done.returncode, done.stderr.strip()) == (1, "cannot go on")


def test_buffered_output_and_exit_handlers_are_not_lost(tmp_path: Path) -> None:
    done = _run("""
        import atexit, pathlib, sys
        from toolkit.cli.shutdown import exit_promptly
        atexit.register(lambda: pathlib.Path("handler-ran").write_text("yes"))
        sys.stdout.write("x" * 200_000)  # more than any buffer holds, the tail unflushed
        sys.stderr.write("last words")
        exit_promptly(0)
    """, tmp_path)
    assert done.returncode == 0
    assert done.stdout == "x" * 200_000
    assert done.stderr == "last words"
    assert (tmp_path / "handler-ran").read_text() == "yes"


def test_a_thread_still_running_is_waited_for(tmp_path: Path) -> None:
    done = _run("""
        import threading, time, pathlib
        from toolkit.cli.shutdown import exit_promptly
        def work():
            time.sleep(0.2)
            pathlib.Path("thread-done").write_text("yes")
        threading.Thread(target=work).start()
        exit_promptly(5)
    """, tmp_path)
    assert done.returncode == 5
    assert (tmp_path / "thread-done").read_text() == "yes"

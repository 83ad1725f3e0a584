"""Ending the ``canon`` process once a command is done, without the interpreter's teardown."""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import NoReturn


def exit_promptly(code: int | str | None) -> NoReturn:
    """End the process with ``code``, meaning what it means to :func:`sys.exit`.

    When the command has returned, all that is left of a normal exit is the interpreter
    tearing itself down: unloading some hundreds of modules and freeing every object still
    alive, tens of milliseconds after a large diff, for memory the operating system takes
    back anyway. So atexit handlers run (scratch servers stop) and the standard streams are
    flushed, and then the process ends. Every file canon writes is closed by the command
    that writes it. While a thread other than this one still runs, the exit is the normal
    one, which waits for it.
    """
    if threading.active_count() > 1:
        sys.exit(code)
    if isinstance(code, str):
        print(code, file=sys.stderr)
        code = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more can be said
            code = code or 1
    os._exit(code or 0)

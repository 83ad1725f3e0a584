"""Timing helpers for benchmarks: run a callable or a command several times, report medians."""

from __future__ import annotations

import resource
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    """Median wall time (seconds) and peak RSS (MiB) over several runs."""

    label: str
    wall: float
    rss_mib: float
    runs: int

    def line(self) -> str:
        """One printable line."""
        rss = f"{self.rss_mib:8.1f} MiB" if self.rss_mib else "       -    "
        return f"{self.label:<52} {self.wall * 1000:9.1f} ms  {rss}  (median of {self.runs})"


def time_call(label: str, func: Callable[[], object], runs: int = 5) -> Sample:
    """Median wall time of an in-process call."""
    walls = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        walls.append(time.perf_counter() - start)
    return Sample(label, statistics.median(walls), 0.0, runs)


def time_command(label: str, argv: Sequence[str], runs: int = 5, ok_codes: Sequence[int] = (0,),
                 **kwargs: object) -> Sample:
    """Median wall time and peak RSS of a child process (each run in a fresh process)."""
    walls, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(list(argv), stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, **kwargs)  # type: ignore[call-overload]
        _, status, usage = _wait4(proc)
        walls.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
        if status not in ok_codes:
            err = proc.stderr.read().decode() if proc.stderr else ""
            raise RuntimeError(f"{label}: exit {status}: {err[-2000:]}")
    return Sample(label, statistics.median(walls), statistics.median(peaks), runs)


def _wait4(proc: subprocess.Popen[bytes]) -> tuple[int, int, resource.struct_rusage]:
    import os

    pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return pid, proc.returncode, usage


def ratio(ours: Sample, peer: Sample) -> str:
    """``ours / peer`` as a printable line."""
    return (f"ratio {ours.label} / {peer.label}: wall {ours.wall / peer.wall:.3f}"
            + (f", rss {ours.rss_mib / peer.rss_mib:.2f}" if peer.rss_mib else ""))

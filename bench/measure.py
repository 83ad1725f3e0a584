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
    """Median wall time (seconds) and peak RSS (MiB) over several runs; for child processes
    also their user+system CPU seconds (median and best)."""

    label: str
    wall: float
    rss_mib: float
    runs: int
    cpu: float = 0.0
    best_cpu: float = 0.0

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


def run_once(label: str, argv: Sequence[str], ok_codes: Sequence[int] = (0,),
             **kwargs: object) -> tuple[float, resource.struct_rusage]:
    """Wall time and resource usage of one run of ``argv``; an exit code outside ``ok_codes``
    raises with the end of its stderr."""
    import os

    start = time.perf_counter()
    proc = subprocess.Popen(list(argv), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, **kwargs)  # type: ignore[call-overload]
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    if code not in ok_codes:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise RuntimeError(f"{label}: exit {code}: {err[-2000:]}")
    if proc.stderr:
        proc.stderr.close()
    return wall, usage


def time_command(label: str, argv: Sequence[str], runs: int = 5, ok_codes: Sequence[int] = (0,),
                 **kwargs: object) -> Sample:
    """Median wall time and peak RSS of a child process (each run in a fresh process)."""
    walls, peaks, cpus = [], [], []
    for _ in range(runs):
        wall, usage = run_once(label, argv, ok_codes, **kwargs)
        walls.append(wall)
        peaks.append(usage.ru_maxrss / 1024)
        cpus.append(usage.ru_utime + usage.ru_stime)
    return Sample(label, statistics.median(walls), statistics.median(peaks), runs,
                  statistics.median(cpus), min(cpus))


def taking_turns(rounds: int, runs: dict[str, Callable[[], Sample]]) -> list[Sample]:
    """Medians of ``rounds`` rounds in which each labelled one-run measurement runs once.

    The measurements take turns, so a change in the machine's load affects them alike.
    """
    taken: dict[str, list[Sample]] = {label: [] for label in runs}
    for _ in range(rounds):
        for label, measure in runs.items():
            taken[label].append(measure())
    return [Sample(label, statistics.median(s.wall for s in samples),
                   statistics.median(s.rss_mib for s in samples), rounds,
                   statistics.median(s.cpu for s in samples), min(s.cpu for s in samples))
            for label, samples in taken.items()]


def ratio(ours: Sample, peer: Sample) -> str:
    """``ours / peer`` as a printable line."""
    return (f"ratio {ours.label} / {peer.label}: wall {ours.wall / peer.wall:.3f}"
            + (f", rss {ours.rss_mib / peer.rss_mib:.2f}" if peer.rss_mib else ""))

"""canon's benchmarks: each prints medians, and ratios against a peer where one is named.

Run with ``make bench`` (all) or ``python bench/run.py NAME...``. Every ``bench/bench_*.py``
module contributes a ``BENCHMARKS`` dict of name -> callable. Figures are medians over several
runs on a noisy machine; nothing here asserts a time.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def discover() -> dict[str, Callable[[], None]]:
    """All benchmarks of all ``bench_*.py`` modules, by name."""
    found: dict[str, Callable[[], None]] = {}
    for path in sorted(HERE.glob("bench_*.py")):
        module = importlib.import_module(path.stem)
        found.update(module.BENCHMARKS)
    return found


def compile_toolkit() -> None:
    """Compile canon's modules to bytecode, as installing a package does.

    An editable checkout is compiled on first use, unless the environment forbids writing
    bytecode (PYTHONDONTWRITEBYTECODE): then every canon process would compile its modules
    again and the benchmarks would time the compiler.
    """
    import compileall

    compileall.compile_dir(HERE.parent / "toolkit", quiet=1)


def main() -> None:
    """Run the benchmarks named on the command line, or all of them."""
    compile_toolkit()
    benchmarks = discover()
    names = sys.argv[1:] or list(benchmarks)
    unknown = [name for name in names if name not in benchmarks]
    if unknown:
        raise SystemExit(f"unknown benchmark(s): {', '.join(unknown)}; known: "
                         f"{', '.join(benchmarks)}")
    for name in names:
        print(f"== {name}")
        benchmarks[name]()


if __name__ == "__main__":
    main()

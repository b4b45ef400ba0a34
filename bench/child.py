"""Run a program as a benchmark child and record its own peak memory.

    python bench/child.py PEAK_FILE -m module [args...]
    python bench/child.py PEAK_FILE -c "code"

A child's ru_maxrss on Linux also counts the parent it was forked from (the memory
before exec), so the child reports its own high-water mark instead: VmHWM from
/proc/self/status where there is one, else its own ru_maxrss, written to PEAK_FILE
in megabytes when it exits.
"""

from __future__ import annotations

import atexit
import runpy
import sys
from pathlib import Path


def peak_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main() -> None:
    peak_file, mode, target, *rest = sys.argv[1:]
    atexit.register(lambda: Path(peak_file).write_text(f"{peak_mb():.1f}"))
    if mode == "-m":
        sys.argv = [target, *rest]
        runpy.run_module(target, run_name="__main__", alter_sys=True)
    else:
        sys.argv = ["-c", *rest]
        exec(compile(target, "<benchmark>", "exec"), {"__name__": "__main__"})  # noqa: S102


if __name__ == "__main__":
    main()

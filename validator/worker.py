"""The worker side of the pool: a spawned process that receives its context once, then runs jobs.

It tells the parent when it is ready, announces each step of a job (the file about to be
opened) and sends back the result with its peak resident memory. Ctrl-C is ignored here
(the parent decides); MemoryError ends the process, so the parent blames the step.
"""

from __future__ import annotations

import importlib
import os
import pickle
import signal
import traceback
from multiprocessing.connection import Connection

MEMORY_EXIT = 75  # the exit code of a worker that hit MemoryError


def _peak_rss_kb() -> int:
    """This process's own peak: VmHWM on Linux (ru_maxrss carries the parent's peak over fork and exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource

        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # KB on Linux, bytes on macOS
    except (ImportError, OSError):
        return 0


def _limit_memory(memory_mb: int) -> None:
    if memory_mb <= 0:
        return
    try:
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, OSError, ValueError):
        pass  # no RLIMIT_AS here (macOS, Windows): the time budget still holds


def worker_main(conn: Connection, preload: tuple[str, ...]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for module in preload:  # while the parent is still loading what it will send
        importlib.import_module(module)
    try:
        setup = pickle.loads(conn.recv_bytes())
    except (EOFError, OSError):
        return
    if setup is None:  # closed before it was given anything to do
        return
    context, memory_mb = setup
    _limit_memory(memory_mb)
    conn.send(("ready", None, None, 0))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        job, task, args = message

        def watch(step: str | None, job: int = job) -> None:
            conn.send(("step", job, step, 0))

        try:
            value = task(context, watch, *args)
            reply = ("done", job, value, _peak_rss_kb())
            conn.send(reply)
        except MemoryError:
            os._exit(MEMORY_EXIT)  # a process that ran out of memory is not to be trusted: the parent blames the step
        except Exception as exc:
            text = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
            detail = f"{text} ({os.path.basename(where.filename)}:{where.lineno})" if where else text
            conn.send(("error", job, detail, _peak_rss_kb()))

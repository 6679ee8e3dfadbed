"""The export audit journal: ``exports.log`` written before an export appears.

Every export appends JSON lines to ``exports.log`` in the parent folder of
each source casebook. The order makes an interrupted export detectable
whenever it is interrupted (``kill -9`` included):

1. the export is written to a hidden temporary folder beside ``out`` and
   checked;
2. the *audit line* is appended to every log and flushed to disk
   (``state = "started"``): what, when, options, the source's SHA-256, the
   output folder, the files, the clients left out, and the SHA-256 of the
   export's own files (``export_sha256``);
3. the temporary folder is renamed to ``out`` (one atomic rename);
4. a short *completion line* (``state = "completed"``, the same ``id``) is
   appended.

So at any moment there is either no export (only a hidden temporary folder,
which the next export removes, see :func:`casekit.outputs.remove_stale_temps`) or an export whose audit line is already on
disk. An export whose completion line is missing (killed between 3 and 4) is
recognised by the next ``casekit export`` to the same folder: if its files
still hash to ``export_sha256`` the completion line is added (repaired);
otherwise the folder is refused as an export without an audit line.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
from pathlib import Path

__all__ = [
    "LOG_NAME",
    "begin",
    "complete",
    "folder_digest",
    "pending",
    "read_log",
]

LOG_NAME = "exports.log"
_KILL_ENV = "CASEKIT_EXPORT_KILL_AT"


def folder_digest(folder) -> str:
    """SHA-256 over every file of ``folder`` (relative path and bytes, read in chunks)."""
    folder = Path(folder)
    digest = hashlib.sha256()
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(file.relative_to(folder).as_posix().encode() + b"\0")
        with open(file, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()


def _append(log: Path, line: dict) -> None:
    data = (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        # a line cut short by an earlier kill must not swallow this one
        if os.fstat(fd).st_size and _last_byte(log) != b"\n":
            data = b"\n" + data
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def _last_byte(log: Path) -> bytes:
    with open(log, "rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1)


def begin(lines) -> None:
    """Append each ``(log, audit line)`` with ``state = "started"``, flushed to disk."""
    for log, entry in lines:
        _append(Path(log), {**entry, "state": "started"})


def complete(logs, export_id: str, when_utc: str) -> None:
    """Append the completion line of the export ``export_id`` to every log."""
    for log in logs:
        _append(
            Path(log),
            {"what": "casekit export", "state": "completed", "id": export_id, "when_utc": when_utc},
        )


def abandon(logs, export_id: str, when_utc: str) -> None:
    """Append a line saying the export ``export_id`` was not written (its folder was taken
    by another export meanwhile), so its started line is not completed by a later run."""
    for log in logs:
        _append(
            Path(log),
            {"what": "casekit export", "state": "abandoned", "id": export_id, "when_utc": when_utc},
        )


def read_log(log) -> list[dict]:
    """The log's lines as dicts (a line cut short by a kill is skipped)."""
    out = []
    try:
        text = Path(log).read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return out
    for line in text.splitlines():
        with contextlib.suppress(ValueError):
            item = json.loads(line)
            if isinstance(item, dict):
                out.append(item)
    return out


def pending(log, output) -> dict | None:
    """The last audit line for ``output`` that has no completion line, or None.

    Lines without a ``state`` (older casekit) count as complete."""
    output = str(output)
    lines = read_log(log)
    done = {x.get("id") for x in lines if x.get("state") in ("completed", "abandoned")}
    for line in reversed(lines):
        if line.get("output") != output or line.get("state") != "started":
            continue
        return None if line.get("id") in done else line
    return None


def audited(log, output) -> dict | None:
    """The last audit line (complete or pending) for ``output``, or None."""
    output = str(output)
    for line in reversed(read_log(log)):
        if line.get("output") == output and line.get("state", "started") == "started":
            return line
    return None


def checkpoint(name: str) -> None:
    """Test hook: ``CASEKIT_EXPORT_KILL_AT=<name>`` kills the process here (``kill -9``).

    Used by the tests to show that an export killed at any step leaves no
    export or an audited one."""
    if os.environ.get(_KILL_ENV) == name:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))

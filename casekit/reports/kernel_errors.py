"""Why a report could not be made, in the reader's language.

A report runs in a Jupyter kernel; what comes back to the runner when a cell
raises is only the exception's class name and its English text (papermill's
``PapermillExecutionError``). This module carries the reason across in both
languages and keeps Python's technical detail off the reader's screen:

- **In the kernel** (:func:`install`, called by the runner's first cell): a
  :class:`~casekit.errors.CasekitError` raised by a cell is published, before
  the usual traceback, as an output whose metadata holds the message in both
  languages (``{"casekit": {"error": {"id": ..., "en": ...}}}``).
- **In the runner** (:func:`failure_reason`): that message becomes the result's
  ``error`` as a :class:`~casekit.i18n.Msg`. Any other exception (a bug, a
  dead kernel) gives one sentence in both languages: the client's report could
  not be made, run ``casekit validate``, and if that finds nothing report the
  bug with the log file named; the exception and its traceback go to that log
  file (``<client>-error.log`` in the run's working folder, which is then kept),
  with every identifier redacted.

References
----------
IPython ``InteractiveShell.set_custom_exc``:
https://ipython.readthedocs.io/en/stable/api/generated/IPython.core.interactiveshell.html
"""

from __future__ import annotations

import re
from pathlib import Path

from ..i18n import Msg, msg, tr

__all__ = ["failure_reason", "install", "whose"]

#: where the kernel puts the message in an output's metadata
META_KEY = "casekit"
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def whose(name: str) -> Msg:
    """Whose report a job makes, for a sentence: ``klien K01`` / ``client K01``, or the cohort."""
    if name == "cohort":  # casekit.reports.runner.render_cohort's one job
        return Msg("the cohort", "kohort")
    return Msg(f"client {name}", f"klien {name}")


def _texts(exc: BaseException) -> dict[str, str]:
    """The message of a CasekitError in each language it has (English always)."""
    if callable(getattr(exc, "text", None)):  # a list of problems (CasebookError, ...)
        return {"id": exc.text("id"), "en": exc.text("en")}
    if exc.args and isinstance(exc.args[0], Msg):
        return {"id": tr(exc.args[0], "id"), "en": tr(exc.args[0], "en")}
    return {"en": str(exc)}


def _handler(shell, etype, value, tb, tb_offset=None):
    """IPython custom exception handler: publish the message, then the usual traceback."""
    from IPython.display import publish_display_data

    texts = _texts(value)
    publish_display_data(
        {"text/plain": "\n".join(dict.fromkeys(texts.values()))},
        metadata={META_KEY: {"error": texts}},
    )
    shell.showtraceback((etype, value, tb), tb_offset=tb_offset)  # the cell still fails
    return None


def install(shell=None) -> None:
    """Make a report kernel publish a CasekitError's message in both languages."""
    from ..errors import CasekitError

    if shell is None:
        from IPython import get_ipython

        shell = get_ipython()
    if shell is not None:
        shell.set_custom_exc((CasekitError,), _handler)


def _published(notebook: Path) -> dict[str, str] | None:
    """The message :func:`install` published in the executed ``notebook`` (last one)."""
    import nbformat

    try:
        nb = nbformat.read(notebook, as_version=4)
    except Exception:  # noqa: BLE001 - no notebook, or half written: nothing published
        return None
    found = None
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            error = out.get("metadata", {}).get(META_KEY, {}).get("error")
            if isinstance(error, dict) and error.get("en"):
                found = error
    return found


def _detail(exc: BaseException) -> str:
    """The technical detail of ``exc`` for the log: class, text and traceback."""
    import traceback

    lines = [f"{getattr(exc, 'ename', type(exc).__name__)}: {getattr(exc, 'evalue', exc)}"]
    kernel_tb = getattr(exc, "traceback", None)  # papermill: the kernel's traceback lines
    if isinstance(kernel_tb, list):
        lines += [_ANSI.sub("", line) for line in kernel_tb]
    else:
        lines += traceback.format_exception(type(exc), exc, exc.__traceback__)
    return "\n".join(lines) + "\n"


def _write_log(exc: BaseException, path: Path, guard) -> Path | None:
    """Write the detail of ``exc`` to ``path``, identifiers redacted."""
    from ..privacy import guarded_write

    text = _detail(exc)
    if guard:
        text = guard.redact(text)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return guarded_write(path, text, guard, where=path.name)
    except Exception:  # noqa: BLE001 - no log is better than no reason
        return None


def failure_reason(name: str, exc: BaseException, notebook: Path, folder: Path, guard) -> Msg:
    """Why the report of client ``name`` failed, as a :class:`Msg` in both languages.

    Parameters
    ----------
    name : str
        The client's id (as the batch summary names it).
    exc : Exception
        What the runner caught (papermill's execution error, or an error of the export).
    notebook : Path
        The executed notebook (read for the message :func:`install` published).
    folder : Path
        Where the log of an unexpected error goes (``<name>-error.log``).
    guard : IdentifierGuard or None
        Redacts identifiers from every text kept.
    """
    import papermill as pm

    from ..errors import CasekitError

    texts = None
    if isinstance(exc, pm.PapermillExecutionError):
        texts = _published(notebook)
    elif isinstance(exc, CasekitError):
        texts = _texts(exc)
    if texts:
        if guard:
            texts = {k: guard.redact(v) for k, v in texts.items()}
        if texts.get("id"):
            return Msg(texts["en"], texts["id"])
        return msg("m_pl_report_casekit_english", client=whose(name), detail=texts["en"])
    log = _write_log(exc, folder / f"{name}-error.log", guard)
    where = str(log) if log else "-"
    return msg("m_pl_report_unexpected", client=whose(name), log=where)

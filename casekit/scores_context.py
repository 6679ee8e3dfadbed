"""The casebook context a scores table carries: its own instruments and clients.

:func:`casekit.score` records, in ``scores.attrs["casekit"]``, the casebook's
own instrument definitions and its clients table (a :class:`ScoresContext`),
so :func:`casekit.change` and :func:`casekit.cohort_summary` find them
without ``instruments=`` or ``clients=``. :func:`instrument_for` looks an
instrument up and, when a scores table has lost its context (``concat`` of
casebooks, a table built by hand), says how to pass the instruments.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from . import instruments as registry
from .errors import InstrumentError, ParameterError, Problem
from .i18n import msg

__all__ = [
    "ATTRS_KEY",
    "ScoresContext",
    "remembered_instruments",
    "remembered_clients",
    "instrument_for",
]


def _local_from(instruments) -> dict:
    if instruments is None:
        return {}
    if isinstance(instruments, Mapping):
        return dict(instruments)
    raise ParameterError(msg("mg_sc_instruments_type", got=type(instruments).__name__))


#: ``DataFrame.attrs`` key under which :func:`score` records its casebook's context
ATTRS_KEY = "casekit"


class ScoresContext:
    """A casebook's own instruments and its clients table, carried by a scores frame.

    :func:`score` puts one in ``scores.attrs["casekit"]`` so that
    :func:`casekit.change` and :func:`casekit.cohort_summary` need neither
    ``instruments=`` nor ``clients=``. pandas copies ``attrs`` on every
    operation; this object is shared instead of copied (``__deepcopy__``
    returns itself), so filtering a large scores table costs nothing extra.
    Two frames carry the same context only when they came from the same
    :func:`score` call, so ``concat`` of two casebooks' scores drops it.
    """

    __slots__ = ("instruments", "clients")

    def __init__(self, instruments: dict, clients: pd.DataFrame | None):
        self.instruments = dict(instruments)
        self.clients = None if clients is None else clients.copy()

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    def __repr__(self) -> str:
        n = 0 if self.clients is None else len(self.clients)
        return (
            f"<casekit scores context: {len(self.instruments)} local instrument(s), {n} client(s)>"
        )


def _context(scores) -> ScoresContext | None:
    ctx = (getattr(scores, "attrs", None) or {}).get(ATTRS_KEY)
    return ctx if isinstance(ctx, ScoresContext) else None


def remembered_instruments(scores, instruments=None) -> dict:
    """The local instruments a scores frame carries, updated by ``instruments``.

    pandas keeps ``attrs`` through boolean filtering, ``query``, ``loc``,
    ``assign``, ``merge``, ``groupby().head`` and ``copy``, and through
    ``concat`` only when every part carries the same context (two casebooks'
    scores: dropped; then pass ``instruments=``).
    """
    ctx = _context(scores)
    out = dict(ctx.instruments) if ctx else {}
    if instruments:
        out.update(_local_from(instruments))
    return out


def remembered_clients(scores):
    """The clients table of the casebook a scores frame came from (or None)."""
    ctx = _context(scores)
    return None if ctx is None else ctx.clients


def instrument_for(inst_id, local: dict, scores=None):
    """``registry.get`` with a message that says how to pass lost instruments."""

    try:
        return registry.get(inst_id, local)
    except InstrumentError as err:
        if scores is None or _context(scores) is not None:
            raise
        problem = err.problems[0]
        raise InstrumentError(
            [
                Problem(
                    problem.file,
                    problem.row,
                    problem.column,
                    problem.value,
                    msg("mg_sc_lost_instruments", id=repr(str(inst_id))),
                    msg("mg_sc_lost_instruments_fix"),
                )
            ]
        ) from None

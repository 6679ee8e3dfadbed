"""Checking the parameters of the report templates, before any cell draws.

The first code cell after the parameters of ``client_report.ipynb`` calls
:func:`client_inputs`, and ``cohort_report.ipynb`` calls
:func:`cohort_inputs`: an unknown client, instrument or language stops the
notebook right there with a :class:`~casekit.errors.ParameterError` that says
what to fix, never with a traceback deep inside a figure. The report runner
uses the same checks (and :func:`safe_client_id`) before it starts a kernel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import CasekitError, ConsentError, ParameterError
from ..i18n import check_lang, msg
from ..tables import ID_PATTERN
from . import handoff

__all__ = [
    "check_instrument",
    "ClientInputs",
    "CohortInputs",
    "client_inputs",
    "cohort_inputs",
    "consent_missing",
    "safe_client_id",
]


def safe_client_id(client_id) -> str:
    """Return ``client_id`` if it is safe as a file name, else raise ParameterError.

    A client id must match ``[A-Za-z0-9][A-Za-z0-9_-]{0,63}`` (the casebook
    rule), so ``<client_id>.html`` can never point outside the output folder
    (no ``/``, ``\\``, ``..``, drive letters or hidden files).
    """
    text = "" if client_id is None else str(client_id)
    if not ID_PATTERN.fullmatch(text):
        raise ParameterError(msg("r_bad_client_id", id=repr(text)))
    return text


def consent_missing(row: pd.Series) -> bool:
    """True when the client's ``consent_date`` is empty."""
    return "consent_date" not in row.index or bool(pd.isna(row["consent_date"]))


def _text_param(name: str, value) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ParameterError(msg("r_empty_parameter", name=repr(name), value=repr(value)))
    return value.strip()


def check_instrument(cb, instrument: str) -> str:
    """Return ``instrument`` if the casebook or casekit defines it, else raise ParameterError."""
    return _instrument(cb, instrument, [])


def _instrument(cb, instrument: str | None, candidates: list[str]) -> str:
    from .. import instruments

    if instrument:
        try:
            cb.instrument(instrument)
        except CasekitError:
            known = ", ".join(instruments.available(cb.instruments))
            raise ParameterError(
                msg("r_unknown_instrument", id=repr(instrument), known=known)
            ) from None
        return instrument
    return candidates[0] if candidates else ""


def _measured(cb, pre: str, post: str) -> list[str]:
    """Instruments with scores, those with both pre and post first."""
    frames = [f[["instrument", "timepoint"]] for f in (cb.responses, cb.scores) if len(f)]
    if not frames:
        return []
    both = pd.concat(frames)
    order = list(dict.fromkeys(both["instrument"].dropna().astype(str)))
    complete = [
        i
        for i in order
        if {pre, post} <= set(both.loc[both["instrument"] == i, "timepoint"].dropna())
    ]
    return complete + [i for i in order if i not in complete]


@dataclass
class ClientInputs:
    """Checked inputs of one client report.

    Attributes
    ----------
    casebook : Casebook
        The whole casebook (for instruments and labels).
    client : Casebook
        The same casebook filtered to the client.
    row : Series
        The client's row of ``clients.csv``.
    client_id, lang, instrument, pre, post : str
        ``instrument`` is ``""`` when the client has no questionnaire data.
    consent_missing : bool
        True when the report is made without a consent date (allowed only
        with ``allow_missing_consent``).
    """

    casebook: object
    client: object
    row: pd.Series
    client_id: str
    lang: str
    instrument: str
    pre: str
    post: str
    consent_missing: bool

    def scores_and_changes(self):
        """``(scores, changes)`` of the whole casebook, computed once per kernel.

        A client's reliable change depends on the others (the sample's pre-score
        SD), so the report needs everyone's scores; a batch's kernel computes them
        for its first client and reuses them for the next ones (see
        :func:`_load_once`). Treat both frames as read-only.
        """
        return _scored(self.casebook, self.pre, self.post)


def client_inputs(
    casebook,
    client_id: str,
    lang: str = "id",
    instrument: str = "",
    pre: str = "pre",
    post: str = "post",
    allow_missing_consent: bool = False,
    loaded: str = "",
) -> ClientInputs:
    """Load the casebook and check every parameter of a client report.

    Parameters
    ----------
    casebook : str, Path or Casebook
        Casebook folder or workbook (or an already loaded casebook).
    client_id : str
        The client's code in ``clients.csv``.
    lang : {"id", "en"}
    instrument : str
        Questionnaire id; ``""`` picks the client's first instrument with both
        ``pre`` and ``post`` scores (else the first with any score).
    pre, post : str
        Timepoint labels compared in the evaluation section.
    allow_missing_consent : bool
        Make the report even when ``consent_date`` is empty.
    loaded : str
        The file in which the report runner left the casebook it had loaded
        already (:mod:`casekit.reports.handoff`); ``""`` reads the casebook.

    Returns
    -------
    ClientInputs

    Raises
    ------
    ParameterError
        Unknown client, instrument or language; unsafe client id; missing
        consent date (unless allowed).
    CasebookError
        The casebook itself has problems.
    """
    from ..casebook import Casebook

    lang = check_lang(lang)
    client_id = safe_client_id(client_id)
    pre, post = _text_param("pre", pre), _text_param("post", post)
    cb = casebook if isinstance(casebook, Casebook) else _load_once(Path(casebook), loaded)
    one = cb.for_client(client_id)
    row = one.clients.iloc[0]
    missing = consent_missing(row)
    if missing and not allow_missing_consent:
        raise ConsentError(msg("r_no_consent", id=repr(client_id)))
    chosen = _instrument(cb, instrument, _measured(one, pre, post))
    return ClientInputs(cb, one, row, client_id, lang, chosen, pre, post, missing)


# --- once per kernel ---------------------------------------------------------------------------
# A batch's worker runs client after client in one kernel (casekit.reports.runner);
# the casebook is loaded and scored for the first and reused for the next, as long
# as none of its files changed (name, size and modification time of every file).
_LOADED: dict = {}
_SCORED: dict = {}


def _signature(path: Path) -> tuple:
    path = path.expanduser().resolve()
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    stats = []
    for f in files:
        st = f.stat()
        stats.append((str(f), st.st_size, st.st_mtime_ns))
    return (str(path), tuple(stats))


def _load_once(path: Path, loaded: str = ""):
    """The casebook at ``path``, loaded once per kernel while its files are unchanged; taken
    from the runner's handoff file ``loaded`` when there is one for it."""
    from ..casebook import load_casebook

    try:
        key = _signature(path)
    except OSError:  # let the loader say what is wrong with the path
        return load_casebook(path)
    cb = _LOADED.get(key)
    if cb is None:
        cb = handoff.read(loaded, [path]) if loaded else None
        if cb is None:
            cb = load_casebook(path)
        _LOADED.clear()
        _SCORED.clear()
        _LOADED[key] = cb
    return cb


def _scored(cb, pre: str, post: str):
    key = (id(cb), pre, post)
    hit = _SCORED.get(key)
    if hit is None or hit[0] is not cb:
        from ..change import change
        from ..scoring import score

        scores = score(cb)
        changes = change(scores, pre, post, instruments=cb.instruments) if len(scores) else scores
        _SCORED.clear()
        hit = _SCORED[key] = (cb, scores, changes)
    return hit[1], hit[2]


@dataclass
class CohortInputs:
    """Checked inputs of a cohort report (see :func:`cohort_inputs`)."""

    casebook: object
    lang: str
    instrument: str
    pre: str
    post: str
    by: str
    excluded: list[str] = field(default_factory=list)


def cohort_inputs(
    casebooks,
    lang: str = "id",
    instrument: str = "",
    pre: str = "pre",
    post: str = "post",
    by: str = "",
    allow_missing_consent: bool = False,
    loaded: str = "",
) -> CohortInputs:
    """Pool the casebooks and check every parameter of a cohort report.

    Clients without a ``consent_date`` are left out of the pool (their ids
    are listed in ``excluded``) unless ``allow_missing_consent``.

    Parameters
    ----------
    casebooks : str, Path or list of them
    lang : {"id", "en"}
    instrument : str
        ``""`` picks the first instrument with pre and post scores.
    pre, post : str
    by : str
        Column of ``clients.csv`` for subgroups (``sex``, ``cluster``,
        ``cohort``...); ``""`` for none.
    allow_missing_consent : bool
    loaded : str
        The file in which the report runner left the casebooks it had loaded
        already (:mod:`casekit.reports.handoff`); ``""``, or a file for other
        casebooks, loads them here.

    Raises
    ------
    ParameterError
        No casebook given, unknown instrument, language or subgroup column.
    """
    from ..casebook import Casebook, load_casebook

    lang = check_lang(lang)
    pre, post = _text_param("pre", pre), _text_param("post", post)
    if isinstance(casebooks, (str, Path, Casebook)):
        casebooks = [casebooks]
    casebooks = list(casebooks)
    if not casebooks:
        raise ParameterError(msg("r_no_casebooks"))
    cb = handoff.read(loaded, casebooks) if loaded else None
    if cb is None and len(casebooks) == 1:
        one = casebooks[0]
        cb = one if isinstance(one, Casebook) else load_casebook(Path(one))
    elif cb is None:
        from ..pooling import load_casebooks

        cb = load_casebooks([Path(p) for p in casebooks])
    if by and by not in cb.clients.columns:
        raise ParameterError(msg("r_unknown_by", by=repr(by)))
    excluded: list[str] = []
    if not allow_missing_consent:
        keep = cb.clients["consent_date"].notna()
        excluded = [str(c) for c in cb.clients.loc[~keep, "client_id"]]
        if excluded:
            ids = set(excluded)
            tables = {
                name: frame[~frame["client_id"].isin(ids)] for name, frame in cb.tables.items()
            }
            cb = Casebook(tables, cb.path, cb.name, cb.instruments, list(cb.warnings))
    chosen = _instrument(cb, instrument, _measured(cb, pre, post))
    return CohortInputs(cb, lang, chosen, pre, post, by, excluded)

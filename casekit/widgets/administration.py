"""Checking and saving one questionnaire administration into ``responses.csv``.

:func:`check_administration` collects every problem of an administration
(client id, timepoint, date, answers in range) before anything is written;
:func:`save_administration` then appends the row under a file lock
(:data:`SAVE_TIMEOUT`), keeping the file's encoding, delimiter and columns,
and replaces the file atomically, so a failed save leaves it as it was.
"""

from __future__ import annotations

import csv
import datetime as _dt
import html
import io
import re
from collections.abc import Sequence
from pathlib import Path

from filelock import FileLock, Timeout

from ..errors import CasebookError, ParameterError, Problem
from ..i18n import Msg, msg, t, timepoint_label
from ..oserrors import describe
from ..outputs import atomic_write, csv_text
from ..tables import ID_PATTERN
from .form_scoring import _as_answers, _name

__all__ = ["SAVE_TIMEOUT", "check_administration", "problems_html", "save_administration"]

_FILE = "responses.csv"
#: the lock every save takes (beside ``responses.csv``; a hidden file the loader ignores)
_LOCK = ".responses.csv.lock"
#: seconds a save waits for another save to finish before giving up with a message
SAVE_TIMEOUT = 20


def check_administration(
    instrument,
    client_id,
    timepoint,
    answers: Sequence,
    date=None,
    known_clients: Sequence[str] | None = None,
) -> list[Problem]:
    """Every problem that stops an administration from being saved.

    Checks the client id (and that it is in ``known_clients`` when given),
    the timepoint label, the date, every answer (a whole number within the
    instrument's answer range) and the number of blank answers (at most
    ``instrument.max_missing``).

    Returns
    -------
    list of Problem
        Empty when the administration can be saved.
    """
    problems: list[Problem] = []

    def bad(column, value, message, fix):
        problems.append(
            Problem(_FILE, None, column, None if value is None else str(value), message, fix)
        )

    if not instrument.items:
        bad(
            "instrument",
            instrument.id,
            msg("m_pl_adm_totals_only"),
            msg("m_pl_adm_totals_only_fix"),
        )
        return problems
    cid = "" if client_id is None else str(client_id).strip()
    if not ID_PATTERN.match(cid):
        bad(
            "client_id",
            client_id,
            msg("m_pl_adm_client_bad"),
            msg("m_pl_adm_client_bad_fix"),
        )
    elif known_clients is not None and cid not in set(known_clients):
        bad(
            "client_id",
            cid,
            msg("m_pl_adm_client_unknown"),
            msg("m_pl_adm_client_unknown_fix"),
        )
    tp = "" if timepoint is None else str(timepoint).strip()
    if not ID_PATTERN.match(tp):
        bad(
            "timepoint",
            timepoint,
            msg("m_pl_adm_timepoint_bad"),
            msg("m_pl_adm_timepoint_bad_fix"),
        )
    if date is not None and not isinstance(date, _dt.date):
        try:
            _dt.date.fromisoformat(str(date))
        except ValueError:
            bad("date", date, msg("m_pl_adm_date_bad"), msg("m_pl_adm_date_bad_fix"))
    try:
        answers = _as_answers(instrument, answers)
    except ParameterError as err:
        bad("q1", None, err.args[0], msg("m_pl_adm_answer_all"))
        return problems
    lo, hi = instrument.response_min, instrument.response_max
    for k, a in enumerate(answers, start=1):
        if a is None:
            continue
        ok = isinstance(a, int) and not isinstance(a, bool) and lo <= a <= hi
        if not ok:
            bad(
                f"q{k}",
                a,
                msg("m_pl_adm_answer_range", inst=_name(instrument), lo=_whole(lo), hi=_whole(hi)),
                msg("m_pl_adm_answer_range_fix"),
            )
    blanks = [k for k, a in enumerate(answers, start=1) if a is None]
    if len(blanks) > instrument.max_missing:
        shown = ", ".join(str(k) for k in blanks[:10]) + (" ..." if len(blanks) > 10 else "")
        bad(
            "q" + str(blanks[0]),
            None,
            msg(
                "m_pl_adm_blanks",
                n=len(blanks),
                shown=shown,
                inst=_name(instrument),
                m=instrument.max_missing,
            ),  # fmt: skip
            msg("m_pl_adm_blanks_fix"),
        )
    return problems


def _whole(x):
    """An answer bound as a whole number when it is one (1.0 -> 1)."""
    return int(x) if float(x).is_integer() else x


def _sniff(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _norm(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", str(name).replace("\ufeff", "").strip().lower())


def save_administration(
    folder,
    instrument,
    client_id: str,
    timepoint: str,
    answers: Sequence,
    date=None,
    *,
    overwrite: bool = False,
    known_clients: Sequence[str] | None = None,
    lang: str = "id",
) -> int:
    """Append one administration to ``<folder>/responses.csv``, atomically and safely
    when several people save into one casebook at once.

    A save takes a lock on the casebook (the file ``.responses.csv.lock``
    beside ``responses.csv``, through the :mod:`filelock` package, which
    locks on Linux, macOS and Windows), then re-reads ``responses.csv``,
    adds the row and writes the whole file to a temporary file renamed over
    the old one (``os.replace``). So a save never loses another's rows (each
    one reads the file as the previous save left it) and a crash never leaves
    half a file. The file keeps its delimiter, line ends, encoding (UTF-8,
    UTF-8 with BOM or Excel's UTF-16), its columns and every other row as
    typed; missing ``q`` columns are added; cells with a control character
    are quoted (:func:`casekit.outputs.csv_text`).

    Parameters
    ----------
    folder : path
        The casebook folder (not a workbook).
    instrument : Instrument
    client_id, timepoint : str
    answers : sequence of int or None
        One per item; None for a blank.
    date : date or str, optional
    overwrite : bool
        Replace an existing administration of the same client, instrument
        and timepoint. Without it such an administration is refused.
    known_clients : sequence of str, optional
        Client ids of ``clients.csv``; an id outside them is refused.
    lang : {"id", "en"}
        Language of the messages when the file cannot be written.

    Returns
    -------
    int
        The spreadsheet row number (header = row 1) of the saved row.

    Raises
    ------
    CasebookError
        Listing every problem (bad answers, existing administration, a full
        disk, a read-only folder, another save holding the lock for more
        than :data:`SAVE_TIMEOUT` seconds...); nothing is written then.
    ParameterError
        When ``folder`` is not a casebook folder.
    """
    folder = Path(folder) if folder is not None else None
    if folder is None or not folder.is_dir():
        raise ParameterError(msg("m_pl_adm_not_folder", folder=folder))
    problems = check_administration(
        instrument, client_id, timepoint, answers, date, known_clients=known_clients
    )
    if problems:
        raise CasebookError(problems, header=msg("m_pl_adm_not_saved"))
    answers = _as_answers(instrument, answers)
    client_id, timepoint = str(client_id).strip(), str(timepoint).strip()
    if isinstance(date, _dt.datetime):
        date = date.date()
    if date is not None and not isinstance(date, _dt.date):
        date = _dt.date.fromisoformat(str(date).strip())  # checked above
    date_text = "" if date is None else date.isoformat()

    path = folder / _FILE
    lock = FileLock(str(folder / _LOCK), timeout=SAVE_TIMEOUT)
    try:
        with lock:
            return _append(path, instrument, client_id, timepoint, answers, date_text, overwrite)
    except Timeout:
        message = t("save_busy", lang).format(path=path, seconds=SAVE_TIMEOUT)
    except (csv.Error, UnicodeError) as err:
        message = t("save_unreadable", lang).format(path=path, detail=err)
    except OSError as err:
        if err.filename is None:
            err.filename = str(path)
        message = describe(err, lang)
    raise CasebookError(  # Problem adds its own full stop
        [Problem(_FILE, None, None, None, message.rstrip("."), t("save_failed_kept", lang))],
        header=t("w_not_saved", lang).rstrip(":"),
    )


def _decode(raw: bytes) -> tuple[str, str]:
    """Text of ``responses.csv`` and the encoding to write it back in."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Excel's "Unicode Text"; the loader accepts it
        return raw.decode("utf-16"), "utf-16"
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw.decode("utf-8-sig"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252"), "utf-8"


def _append(path: Path, instrument, client_id, timepoint, answers, date_text, overwrite) -> int:
    """Re-read ``responses.csv``, add (or replace) the row, write it back atomically.

    Called with the casebook's save lock held, so the file read here is the
    latest one and nobody writes between this read and the rename.
    """
    sep, newline, encoding = ",", "\n", "utf-8"
    header: list[str] = []
    rows: list[list[str]] = []
    if path.is_file():
        text, encoding = _decode(path.read_bytes())
        if "\r\n" in text:
            newline = "\r\n"
        elif "\r" in text and "\n" not in text:  # old-Mac line ends
            text, newline = text.replace("\r", "\n"), "\r"
        if text.strip():
            sep = _sniff(text.split("\n", 1)[0])
            records = list(csv.reader(io.StringIO(text), delimiter=sep))
            header, rows = records[0], [r for r in records[1:] if any(c.strip() for c in r)]
    if not header:
        header = ["client_id", "instrument", "timepoint", "date"]
    names = [_norm(h) for h in header]
    for col in ("client_id", "instrument", "timepoint", "date"):
        if col not in names:
            header.append(col)
            names.append(col)
    for k in range(1, instrument.items + 1):
        if f"q{k}" not in names:
            header.append(f"q{k}")
            names.append(f"q{k}")
    width = len(header)
    rows = [r + [""] * (width - len(r)) for r in rows]
    ci, ii, ti = names.index("client_id"), names.index("instrument"), names.index("timepoint")
    existing = [
        n
        for n, r in enumerate(rows)
        if r[ci].strip() == client_id
        and r[ii].strip() == instrument.id
        and r[ti].strip() == timepoint
    ]
    if existing and not overwrite:
        raise CasebookError(
            [
                Problem(
                    _FILE,
                    existing[0] + 2,
                    "timepoint",
                    timepoint,
                    msg(
                        "m_pl_adm_exists",
                        client=client_id,
                        inst=_name(instrument),
                        tp=Msg(timepoint, timepoint_label(timepoint, "id")),
                    ),  # fmt: skip
                    msg(
                        "m_pl_adm_exists_fix",
                        overwrite=Msg(t("w_overwrite", "en"), t("w_overwrite", "id")),
                    ),  # fmt: skip
                )
            ],
            header=msg("m_pl_adm_not_saved"),
        )
    new = [""] * width
    new[ci], new[ii], new[ti] = client_id, instrument.id, timepoint
    new[names.index("date")] = date_text
    for k, a in enumerate(answers, start=1):
        new[names.index(f"q{k}")] = "" if a is None else str(int(a))
    if existing:
        at = existing[0]
        rows[at] = new
        for extra in reversed(existing[1:]):
            del rows[extra]
    else:
        rows.append(new)
        at = len(rows) - 1

    atomic_write(path, csv_text([header, *rows], sep=sep, newline=newline).encode(encoding))
    return at + 2


def problems_html(problems: Sequence[Problem], lang: str = "id") -> str:
    """Problems as an HTML list for the form's status line (escaped)."""
    items = "".join(f"<li>{html.escape(p.text(lang))}</li>" for p in problems)
    return (
        f"<div class='casekit-problems' style='color:#b00020'>"
        f"<b>{html.escape(t('w_not_saved', lang))}</b><ul>{items}</ul></div>"
    )

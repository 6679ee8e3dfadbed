"""Where identifiers sit: casebook cells that hold one, and load problems that quote one.

Helpers of :mod:`casekit.privacy` (the guard every output passes through):
:func:`locate` finds the cells outside ``identifiers.csv`` that hold an
identifier, so a refused page can name them (file, row, column) without naming
the identifier; :func:`sources_for` picks one client's; :func:`withhold_identifiers`
drops identifying values from load problems before they are printed.
"""

from __future__ import annotations

import bisect
import re

from .privacy_fold import _NOT_IDENTIFIERS, _missing

__all__ = ["locate", "sources_for", "withhold_identifiers"]


def locate(cb, guard) -> list[tuple[str, int | None, str, str, str]]:
    """The casebook cells (outside identifiers.csv) that hold an identifier.

    Returns ``(file, row, column, row's client_id, identifier's client_id, ref)``
    for every cell where ``guard`` finds something; ``row`` is the row as a
    spreadsheet shows it. Each column is searched as one text (cells joined by
    line breaks), so this stays fast for large casebooks.
    """
    found = []
    if not guard:
        return found
    files = getattr(cb, "files", None) or {}
    for name, frame in cb.tables.items():
        if name == "identifiers" or frame is None or not len(frame):
            continue
        file = files.get(name, f"{name}.csv")
        clients = frame["client_id"].astype(str).tolist() if "client_id" in frame else None
        for column in frame.columns:
            if column in ("client_id", "casebook"):
                continue
            series = frame[column]
            if not (series.dtype == object or str(series.dtype) == "string"):
                continue
            cells = ["" if _missing(v) else str(v).replace("\n", " ") for v in series]
            text = "\n".join(cells)
            hits = guard.findings(text)
            if not hits:
                continue
            starts, pos = [], 0
            for cell in cells:
                starts.append(pos)
                pos += len(cell) + 1
            for f in hits:
                i = bisect.bisect_right(starts, f.start) - 1
                row = frame.index[i]
                row = int(row) if isinstance(row, (int,)) or str(row).isdigit() else None
                owner = clients[i] if clients else ""
                found.append((file, row, column, owner, f.client_id, f.ref))
    # the casebook's folder name is on every page ("made from casebook ..."): a folder
    # named after the client is a source too, named without quoting it
    from .i18n import msg

    names = {str(getattr(cb, "name", "") or "")}
    if "casebook" in cb.clients:
        names.update(str(v) for v in cb.clients["casebook"].dropna().unique())
    for folder in sorted(n for n in names if n):
        for f in guard.findings(_words(folder)):
            found.append((msg("privacy_folder_name"), None, "", "", f.client_id, f.ref))
    return list(dict.fromkeys(found))


def sources_for(located, client_id: str | None = None) -> list[tuple]:
    """``(file, row, column, ref)`` of :func:`locate` results, for one client's rows and
    identifiers (``client_id``) or for all; :func:`leak_message` keeps those whose
    identifier was found."""
    cells = [
        (file, row, column, ref)
        for file, row, column, owner, whose, ref in located
        if client_id is None or client_id in (owner, whose)
    ]
    return list(dict.fromkeys(cells))


_LOOKS_IDENTIFYING = re.compile(
    r"[\w.%+'-]+@[\w-]+\.[\w.-]+"  # an e-mail address
    r"|(?:\+?\d[\s.()/-]{0,3}){9,}"  # a phone, NIK or KK number (9 digits or more)
)


def withhold_identifiers(problems, identifiers=None) -> list:
    """``problems`` with every value that looks like a direct identifier withheld.

    A :class:`~casekit.errors.Problem` keeps file, row, column and message, but
    its ``value`` is dropped (``withheld=True``: the message says the value was
    withheld) when it comes from ``identifiers.csv``, when the guard built from
    ``identifiers`` (a frame of identifiers.csv, typed or as strings) finds an
    identifier in it, or when it holds an e-mail address or a number of nine
    digits or more (a phone, NIK or KK) even if identifiers.csv does not know it.
    """
    import dataclasses

    from .i18n import msg
    from .privacy import IdentifierGuard

    guard = None
    if identifiers is not None and len(identifiers):
        entries = []
        for column in identifiers.columns:
            if column in _NOT_IDENTIFIERS:
                continue
            ids = (
                identifiers["client_id"] if "client_id" in identifiers else [""] * len(identifiers)
            )
            for client, value in zip(ids, identifiers[column], strict=False):
                if not _missing(value) and str(value).strip():
                    entries.append((str(value), column, str(client)))
        guard = IdentifierGuard(entries)
    out = []
    for p in problems:
        value = p.value
        if value is not None and str(value).strip():
            text = str(value)
            if (
                (p.file.lower().startswith("identifiers") and p.column != "client_id")
                or _LOOKS_IDENTIFYING.search(text)
                or (guard and guard.findings(text))
            ):
                p = dataclasses.replace(p, value=None, withheld=True)
        if guard and p.file and guard.findings(_words(p.file)):  # "catatan Wiranto.csv"
            p = dataclasses.replace(p, file=msg("privacy_file_name_withheld"))
        if guard and p.column and guard.findings(_words(p.column)):  # a header "nama_wiranto"
            p = dataclasses.replace(p, column=msg("privacy_column_name_withheld"))
        out.append(p)
    return out


def _words(name) -> str:
    """A folder, file or column name as words: ``nama_panggilan_wiranto`` -> ``nama
    panggilan wiranto`` (the guard matches whole words; ``_`` is a letter to a regex)."""
    return re.sub(r"[_.]+", " ", str(name))

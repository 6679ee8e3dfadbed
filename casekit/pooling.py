"""Pool several casebooks into one, for cohort work.

:func:`load_casebooks` loads every casebook (collecting the problems of all
of them before raising one :class:`~casekit.errors.CasebookError`) and
stacks their tables into one :class:`~casekit.casebook.Casebook`.

Rules
-----
- **Source.** Every record keeps the name of the casebook it came from in
  the ``casebook`` column (the folder name, or the name given in ``names``).
- **Client ids are namespaced.** The same ``client_id`` in two casebooks is
  two people: every pooled ``client_id`` is ``<casebook>__<client_id>``
  (two underscores; casebook names never contain two underscores in a row,
  so the first ``__`` splits the two parts back). The result still matches
  the client-id pattern ``[A-Za-z0-9][A-Za-z0-9_-]{0,63}``; names are made
  to fit it (other characters become ``-``).
- **A mapping file declares the same person.** A CSV with the columns
  ``casebook, client_id, person_id`` gives, for a client of a casebook, the
  pooled id to use instead (``person_id``, which must match the pattern and
  contain no ``__``). Clients of two casebooks mapped to the same
  ``person_id`` become one client: their ``clients.csv`` rows are merged
  (the first non-empty value of each column wins; differing ``sex`` or
  ``birth_year`` is an error, other differences are warnings) and, for that
  person only, the ids that are unique per client (family ``member_id`` and
  its ``father_id``/``mother_id``/``partner_id``, ``activity_id``,
  ``session_id``) are prefixed ``<casebook>__`` so two casebooks' ``A1`` stay
  apart. Two answers to the same instrument at the same timepoint from two
  casebooks are an error. Nothing is merged without a mapping row.
- **Instruments.** A casebook's own instrument definitions are pooled; the
  same id defined differently (any field used in scoring or change:
  items, response range, reverse items, direction, scoring rule, missing
  rule, reliability, score range, subscales, norms, bands) in two casebooks
  is an error naming both files. Differences in wording only (name,
  citation, item labels, notes) are a warning.
- **Row numbers.** A pooled table's index is a fresh ``row`` number (2, 3,
  ...), not the spreadsheet rows of the sources.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from pathlib import Path

import pandas as pd

from .casebook import Casebook, load_casebook
from .errors import CasebookError, ParameterError, Problem
from .i18n import Msg, msg
from .tables import ID_PATTERN, TABLES
from .wording import instrument_words, on_command_line, option

__all__ = ["load_casebooks", "SEPARATOR", "split_pooled_id", "casebook_key"]

#: separator between the casebook name and the client id in a pooled client id
SEPARATOR = "__"

#: columns of clients.csv that must agree when two rows are declared the same person
_IDENTITY = ("sex", "birth_year")
#: per-client ids prefixed for merged persons: table -> columns
_LOCAL_IDS = {
    "family": ("member_id", "father_id", "mother_id", "partner_id"),
    "plan": ("activity_id",),
    "sessions": ("session_id", "activity_id"),
    "evaluation": ("activity_id",),
}
#: instrument fields that are wording only (a difference is a warning)
_WORDING = {"name", "citation", "labels", "notes", "source", "reliability_source"}


def split_pooled_id(client_id: str) -> tuple[str | None, str]:
    """Split a pooled client id into ``(casebook, client_id)``.

    A mapped ``person_id`` (no ``__``) gives ``(None, person_id)``.
    """
    head, sep, tail = str(client_id).partition(SEPARATOR)
    return (head, tail) if sep else (None, head)


def casebook_key(name: str) -> str:
    """The casebook name pooled ids (and export pseudonyms) are made from.

    Unicode NFC first, so a folder name stored decomposed (macOS, NFD) gives
    the same key as the composed one; then every run of characters outside
    ``[A-Za-z0-9_-]`` becomes ``-`` and ``__`` becomes ``_``. A casebook
    exported alone and pooled gets the same key."""
    return _slug(name)


def _slug(name: str) -> str:
    name = unicodedata.normalize("NFC", str(name))
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", name).strip("-_")
    slug = re.sub(r"_{2,}", "_", slug)
    return slug or "casebook"


def _names(paths: list[Path], names) -> list[str]:
    if names is None:
        return [_slug(p.stem if p.is_file() else p.name) for p in paths]
    names = list(names)
    if len(names) != len(paths):
        raise ParameterError(msg("mg_pool_names_count", n=len(names), m=len(paths)))
    for n in names:
        if not isinstance(n, str) or not ID_PATTERN.match(n) or SEPARATOR in n:
            raise ParameterError(msg("mg_pool_bad_name", name=repr(n)))
    return names


def _read_mapping(mapping, names, books, problems) -> dict[tuple[str, str], str]:
    """(casebook, client_id) -> person_id from a mapping file or DataFrame."""
    if mapping is None:
        return {}
    if isinstance(mapping, pd.DataFrame):
        frame, file = mapping.astype("string"), "mapping"
    else:
        path = Path(mapping).expanduser()
        file = path.name
        if not path.is_file():
            raise ParameterError(
                msg("mg_mapping_missing", path=str(path), opt=option("mapping", "FILE"))
            )
        try:
            frame = pd.read_csv(path, dtype="string", keep_default_na=False, na_values=[""])
        except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as err:
            why, fix = {
                UnicodeDecodeError: ("mg_map_not_utf8", "mg_map_not_utf8_fix"),
                pd.errors.EmptyDataError: ("mg_map_empty", "mg_map_empty_fix"),
            }.get(type(err), ("mg_map_ragged", "mg_map_ragged_fix"))
            problems.append(Problem(file, None, None, None, msg(why), msg(fix)))
            return {}
        frame.columns = [str(c).replace("\ufeff", "").strip().lower() for c in frame.columns]
    need = ["casebook", "client_id", "person_id"]
    missing = [c for c in need if c not in frame.columns]
    if missing:
        problems.append(
            Problem(
                file,
                1,
                ", ".join(missing),
                None,
                msg("mg_map_columns"),
                msg("mg_map_columns_fix"),
            )
        )
        return {}
    out: dict[tuple[str, str], str] = {}
    seen_person: dict[tuple[str, str], str] = {}
    for i, rec in enumerate(frame[need].itertuples(index=False), start=2):
        cb_name, cid, pid = (None if pd.isna(v) else str(v).strip() for v in rec)
        if not cb_name and not cid and not pid:
            continue
        if cb_name not in names:
            problems.append(
                Problem(
                    file,
                    i,
                    "casebook",
                    cb_name,
                    msg("mg_map_casebook"),
                    msg("mg_map_casebook_fix", names=", ".join(names)),
                )
            )
            continue
        book = books.get(cb_name)
        if book is not None and cid not in set(book.client_ids):
            problems.append(
                Problem(
                    file,
                    i,
                    "client_id",
                    cid,
                    msg("mg_map_client", casebook=cb_name),
                    msg("mg_map_client_fix"),
                )
            )
            continue
        if not pid or not ID_PATTERN.match(pid) or SEPARATOR in pid:
            problems.append(
                Problem(
                    file,
                    i,
                    "person_id",
                    pid,
                    msg("mg_map_person"),
                    msg("mg_map_person_fix"),
                )
            )
            continue
        if (cb_name, cid) in out:
            problems.append(
                Problem(
                    file,
                    i,
                    "client_id",
                    cid,
                    msg("mg_map_twice", client=cid, casebook=cb_name),
                    msg("mg_map_twice_fix"),
                )
            )
            continue
        if (cb_name, pid) in seen_person:
            problems.append(
                Problem(
                    file,
                    i,
                    "person_id",
                    pid,
                    msg(
                        "mg_map_same_person", casebook=cb_name, a=seen_person[(cb_name, pid)], b=cid
                    ),
                    msg("mg_map_same_person_fix"),
                )
            )
            continue
        seen_person[(cb_name, pid)] = cid
        out[(cb_name, cid)] = pid
    return out


def _definition(inst) -> dict:
    fields = {f.name: getattr(inst, f.name) for f in dataclasses.fields(inst)}

    def strip_source(value):
        if isinstance(value, dict):
            return {k: strip_source(v) for k, v in value.items() if k != "source"}
        if isinstance(value, (list, tuple)):
            return [strip_source(v) for v in value]
        return value

    return {k: strip_source(v) for k, v in fields.items() if k not in _WORDING}


def _pool_instruments(books: dict[str, Casebook], problems, warnings) -> dict:
    pooled: dict = {}
    origin: dict[str, str] = {}
    for name, book in books.items():
        for inst_id, inst in book.instruments.items():
            if inst_id not in pooled:
                pooled[inst_id], origin[inst_id] = inst, name
                continue
            first = pooled[inst_id]
            a, b = _definition(first), _definition(inst)
            file = f"{name}/instruments/{inst_id}.toml"
            if a != b:
                diff = sorted(k for k in a if a[k] != b[k])
                problems.append(
                    Problem(
                        file,
                        None,
                        ", ".join(diff),
                        inst_id,
                        msg(
                            "mg_pool_inst_differs",
                            inst=instrument_words(first),
                            a=str(first.source),
                            b=str(inst.source),
                            fields=", ".join(diff),
                        ),
                        msg("mg_pool_inst_differs_fix"),
                    )
                )
            elif any(getattr(first, f) != getattr(inst, f) for f in _WORDING - {"source"}):
                warnings.append(
                    Problem(
                        file,
                        None,
                        None,
                        inst_id,
                        msg(
                            "mg_pool_inst_wording",
                            inst=instrument_words(first),
                            a=str(first.source),
                            b=str(inst.source),
                            used=origin[inst_id],
                        ),
                        msg("mg_pool_inst_wording_fix"),
                        "warning",
                    )
                )
    return pooled


def _merge_clients(rows: pd.DataFrame, pid: str, problems, warnings) -> pd.Series:
    """One clients row from several rows declared the same person (first non-empty wins)."""
    merged = rows.iloc[0].copy()
    for column in rows.columns:
        if column in ("client_id", "casebook"):
            continue
        values = rows[column]
        present = values[values.notna()]
        if present.empty:
            continue
        merged[column] = present.iloc[0]
        distinct = present.astype(str).unique()
        if len(distinct) > 1:
            shown = [v.strftime("%Y-%m-%d") if isinstance(v, pd.Timestamp) else v for v in present]
            where = ", ".join(
                f"{c}: {v}" for c, v in zip(rows.loc[present.index, "casebook"], shown, strict=True)
            )
            severity = "error" if column in _IDENTITY else "warning"
            (problems if severity == "error" else warnings).append(
                Problem(
                    "mapping",
                    None,
                    column,
                    str(shown[0]),
                    msg(
                        "mg_pool_person_differs"
                        if severity == "error"
                        else "mg_pool_person_differs_kept",
                        person=pid,
                        column=column,
                        where=where,
                    ),
                    msg("mg_pool_person_differs_fix"),
                    severity,
                )
            )
    return merged


def _typed_concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    dtypes: dict[str, object] = {}
    for f in frames:
        for c, d in f.dtypes.items():
            dtypes.setdefault(c, d)
    frames = [f for f in frames if len(f)] or frames[:1]
    out = pd.concat(frames, ignore_index=True)
    for c, d in dtypes.items():
        if c not in out.columns:
            out[c] = pd.Series(index=out.index, dtype=d)
        elif out[c].dtype != d:
            out[c] = out[c].astype(d)
    out.index = pd.RangeIndex(2, 2 + len(out), name="row")
    return out


def load_casebooks(paths, mapping=None, names=None, parts=None) -> Casebook:
    """Load several casebooks and pool them into one.

    Parameters
    ----------
    paths : list of str or Path
        Casebook folders (or ``.xlsx`` workbooks). One path is allowed.
    mapping : str, Path or DataFrame, optional
        CSV with columns ``casebook, client_id, person_id`` declaring which
        clients of different casebooks are the same person (see the module
        docstring). Without it every client is a different person.
    names : list of str, optional
        Casebook names (default: the folder names, with characters outside
        ``[A-Za-z0-9_-]`` turned into ``-``). They tag every record
        (``casebook`` column) and prefix the pooled client ids.
    parts : dict, optional
        Filled with each casebook as loaded on its own (name -> Casebook), for
        a caller that needs them too (the report runner's identifier guard)
        without reading the files again.

    Returns
    -------
    Casebook
        ``name`` is the names joined by ``+``, ``path`` is None and
        ``sources`` maps each casebook name to its path. Every table has the
        columns of a single casebook; ``client_id`` is
        ``<casebook>__<client_id>`` or the mapped ``person_id``; the
        ``casebook`` column holds the source casebook of each record (for a
        merged ``clients`` row, the first casebook).

    Raises
    ------
    CasebookError
        Listing every problem of every casebook (each problem's file is
        prefixed ``<casebook>/``), of the mapping file, conflicting
        instrument definitions and clashes between merged persons.
    ParameterError
        When the arguments themselves cannot be used (no paths, names of the
        wrong number or form, a missing mapping file).

    Examples
    --------
    >>> import casekit as ck  # doctest: +SKIP
    >>> cb = ck.load_casebooks(["data/demo", "casebooks/site_b"])  # doctest: +SKIP
    >>> ck.cohort_summary(cb, by="casebook")  # doctest: +SKIP
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = [Path(p).expanduser() for p in paths]
    if not paths:
        raise ParameterError(msg("mg_pool_none"))
    cb_names = _names([p.resolve() if p.exists() else p for p in paths], names)
    problems: list[Problem] = []
    warnings: list[Problem] = []
    dupes = sorted({n for n in cb_names if cb_names.count(n) > 1})
    if dupes:
        fix = msg("mg_pool_same_name_cli" if on_command_line() else "mg_pool_same_name_py")
        raise ParameterError(msg("mg_pool_same_name", names=", ".join(dupes), fix=fix))

    books: dict[str, Casebook] = {}
    for name, path in zip(cb_names, paths, strict=True):
        try:
            book = load_casebook(path, name=name)
        except CasebookError as err:
            problems.extend(
                dataclasses.replace(p, file=f"{name}/{p.file}")
                for p in err.problems
                if p.severity == "error"
            )
            warnings.extend(
                dataclasses.replace(p, file=f"{name}/{p.file}")
                for p in err.problems
                if p.severity != "error"
            )
            continue
        books[name] = book
        if parts is not None:
            parts[name] = book
        warnings.extend(dataclasses.replace(p, file=f"{name}/{p.file}") for p in book.warnings)

    person = _read_mapping(mapping, cb_names, books, problems)
    instruments = _pool_instruments(books, problems, warnings)

    # pooled ids, and which persons are merged from several casebooks
    new_ids: dict[str, dict[str, str]] = {}
    owners: dict[str, list[str]] = {}
    for name, book in books.items():
        ids = {}
        for cid in book.client_ids:
            pid = person.get((name, cid)) or f"{name}{SEPARATOR}{cid}"
            if len(pid) > 64:
                problems.append(
                    Problem(
                        f"{name}/clients.csv",
                        None,
                        "client_id",
                        cid,
                        msg("mg_pool_long_id", pid=repr(pid)),
                        msg(
                            "mg_pool_long_id_fix_cli"
                            if on_command_line()
                            else "mg_pool_long_id_fix_py"
                        ),
                    )
                )
            ids[cid] = pid
            owners.setdefault(pid, []).append(name)
        new_ids[name] = ids
    merged = {pid for pid, where in owners.items() if len(where) > 1}

    pooled: dict[str, list[pd.DataFrame]] = {t: [] for t in TABLES}
    for name, book in books.items():
        for table, frame in book.tables.items():
            frame = frame.copy()
            old = frame["client_id"].astype(str)
            frame["client_id"] = old.map(new_ids[name]).astype("string")
            mine = frame["client_id"].isin(list(merged))
            for column in _LOCAL_IDS.get(table, ()):
                values = frame.loc[mine, column]
                frame.loc[mine, column] = (name + SEPARATOR + values).where(values.notna())
            pooled[table].append(frame)

    tables = {t: _typed_concat(frames) for t, frames in pooled.items() if frames}
    if not books:
        raise CasebookError(problems + warnings, header=_header(problems, cb_names))

    clients = tables["clients"]
    if merged:
        parts = []
        for pid, rows in clients.groupby("client_id", sort=False):
            if pid in merged:
                parts.append(_merge_clients(rows, pid, problems, warnings).to_frame().T)
            else:
                parts.append(rows)
        clients = pd.concat(parts, ignore_index=True).astype(clients.dtypes.to_dict())
        clients.index = pd.RangeIndex(2, 2 + len(clients), name="row")
        tables["clients"] = clients

    for table in ("responses", "scores"):
        frame = tables[table]
        key = [c for c in TABLES[table].key]
        dup = frame.duplicated(key, keep=False)
        if dup.any():
            for _, rows in frame[dup].groupby(key, sort=True):
                rec = rows.iloc[0]
                problems.append(
                    Problem(
                        f"{table}.csv",
                        None,
                        "timepoint",
                        str(rec["timepoint"]),
                        msg(
                            "mg_pool_twice",
                            person=rec["client_id"],
                            inst=instrument_words(str(rec["instrument"])),
                            timepoint=rec["timepoint"],
                            casebooks=", ".join(rows["casebook"].astype(str)),
                        ),
                        msg("mg_pool_twice_fix"),
                    )
                )

    if problems:
        raise CasebookError(problems + warnings, header=_header(problems, cb_names))
    result = Casebook(tables, None, "+".join(cb_names), instruments, warnings)
    result.sources = {name: books[name].path for name in cb_names}
    return result


def _header(problems, names) -> Msg:
    return msg("mg_pool_header", n=len(problems), names=", ".join(names))

"""Read and validate a casebook: a folder of CSV files (or one ``.xlsx`` workbook).

Validation happens once, here, and collects every problem before raising one
:class:`~casekit.errors.CasebookError`; everything downstream trusts the
tables. The reader accepts what spreadsheets really produce: UTF-8 with or
without a byte-order mark (and, with a warning, Windows-1252), ``,`` or ``;``
or tab as delimiter, decimal commas, CRLF line ends, blank trailing rows,
header cells with stray spaces or capitals, day-first dates, ``10.00`` for
``10:00``, rows commented out with ``#`` in the first cell.

Row numbers in problems are the ones a spreadsheet shows (the header is row
1), and each table's index *is* that row number (index name ``row``).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .checks import _Checker, _empty_table
from .crosschecks import _check_unique, _cross_checks
from .errors import CasebookError, CasekitError, InstrumentError, ParameterError, Problem
from .i18n import msg
from .instrument_checks import _check_instruments, _fold_instrument_ids
from .reading import _Raw, _read_csv, _read_workbook, file_problem
from .tables import TABLES

__all__ = ["Casebook", "load_casebook", "read_table", "TABLE_ORDER"]

TABLE_ORDER = tuple(TABLES)


@dataclass
class Casebook:
    """A loaded, validated casebook.

    Every table of DESIGN.md is an attribute (``cb.clients``, ``cb.family``,
    ...), always present: a table whose file is absent is an empty frame
    with typed columns. Each frame's index is the spreadsheet row number and
    each frame has a ``casebook`` column naming its source (for pooling).

    Attributes
    ----------
    tables : dict of str to DataFrame
    path : Path or None
    name : str
    instruments : dict
        The casebook's own instrument definitions (``instruments/*.toml``).
    warnings : list of Problem
        Things worth knowing that did not stop loading (unknown columns...).
    """

    tables: dict[str, pd.DataFrame]
    path: Path | None = None
    name: str = "casebook"
    instruments: dict = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)

    def __getattr__(self, item: str) -> pd.DataFrame:
        # only called when normal lookup fails: table names
        tables = self.__dict__.get("tables")
        if tables is not None and item in tables:
            return tables[item]
        raise AttributeError(item)

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={len(v)}" for k, v in self.tables.items() if len(v))
        return f"<Casebook {self.name!r}: {counts or 'empty'}>"

    @property
    def client_ids(self) -> list[str]:
        """Client ids in the order of ``clients.csv``."""
        return [str(c) for c in self.clients["client_id"].tolist()]

    def for_client(self, client_id: str) -> Casebook:
        """The same casebook with every table filtered to one client."""
        if client_id not in set(self.client_ids):
            known = ", ".join(self.client_ids[:20])
            more = " ..." if len(self.client_ids) > 20 else ""
            raise ParameterError(
                f"There is no client {client_id!r} in casebook {self.name!r}. "
                f"Known clients: {known}{more}."
            )
        tables = {
            name: frame[frame["client_id"] == client_id] for name, frame in self.tables.items()
        }
        return Casebook(tables, self.path, self.name, self.instruments, list(self.warnings))

    def instrument(self, instrument_id: str):
        """Instrument definition by id: the casebook's own first, then built-in."""
        from . import instruments

        return instruments.get(instrument_id, local=self.instruments)

    def summary(self, lang: str = "en") -> str:
        """A few lines saying what the casebook holds, in ``lang`` (``"id"`` or ``"en"``)."""
        from .i18n import instrument_name, t, timepoint_label

        def say(key, **kw):
            return t(key, lang).format(**kw)

        lines = [say("m_sum_casebook", name=self.name)
                 + (f" ({self.path})" if self.path else "")]  # fmt: skip
        lines.append("  " + say("m_sum_clients", n=len(self.clients)))
        if len(self.clients) and self.clients["cohort"].notna().any():
            per = self.clients["cohort"].fillna(t("m_sum_none", lang)).value_counts(sort=False)
            for cohort, n in per.items():
                lines.append("    " + say("m_sum_cohort", cohort=cohort, n=n))
        lines.append("  " + say("m_sum_sessions", n=len(self.sessions)))
        lines.append("  " + say("m_sum_administrations", n=len(self.responses)))
        if len(self.responses):
            per = self.responses.groupby(["instrument", "timepoint"], sort=True).size()
            for (inst, tp), n in per.items():
                try:
                    name = instrument_name(self.instrument(inst), lang)
                except CasekitError:
                    name = str(inst)
                lines.append(f"    {name}, {timepoint_label(tp, lang)}: {n}")
        lines.append("  " + say("m_sum_scores", n=len(self.scores)))
        rest = [
            f"{name}.csv: {len(frame)}"
            for name, frame in self.tables.items()
            if name not in {"clients", "sessions", "responses", "scores", "identifiers"}
            and len(frame)
        ]
        if rest:
            lines.append("  " + say("m_sum_other", files=", ".join(rest)))
        if self.warnings:
            lines.append("  " + say("m_sum_warnings", n=len(self.warnings)))
        return "\n".join(lines)


# --- the entry point ---------------------------------------------------------------------------
def _locate(path) -> Path:
    path = Path(path).expanduser()
    if not path.exists():
        raise CasebookError(
            [
                Problem(
                    str(path),
                    None,
                    None,
                    None,
                    msg("b_no_casebook"),
                    msg("b_no_casebook_fix"),
                )
            ]
        )
    return path.resolve()


def read_table(name: str, raw_frame: pd.DataFrame, file: str | None = None):
    """Convert and check one table given as strings; return ``(frame, problems, warnings)``.

    Useful for widgets and tests that hold one table in memory.
    """
    problems: list[Problem] = []
    warnings: list[Problem] = []
    frame = raw_frame.fillna("").astype(str)
    if not isinstance(frame.index, pd.RangeIndex) or frame.index.start != 2:
        frame.index = pd.RangeIndex(2, 2 + len(frame), name="row")
    table = TABLES[name]
    result = _Checker(table, _Raw(frame, file or table.file), problems, warnings).run()
    from .privacy import withhold_identifiers  # no message quotes an identifier

    ids = frame if name == "identifiers" else None
    return result, withhold_identifiers(problems, ids), withhold_identifiers(warnings, ids)


#: how many times :func:`load_casebook` read each casebook in this process, by resolved path
#: (a test reads it to show that a report run reads each casebook once)
READS: Counter = Counter()


def load_casebook(path, name: str | None = None) -> Casebook:
    """Read and validate a casebook folder (or ``.xlsx`` workbook).

    Parameters
    ----------
    path : str or Path
        A folder of CSV files named as in DESIGN.md, or an ``.xlsx`` workbook
        with one sheet per table.
    name : str, optional
        Name of the casebook (default: the folder or file name), stored in
        each table's ``casebook`` column.

    Returns
    -------
    Casebook

    Raises
    ------
    CasebookError
        With ``.problems`` listing every problem found in every file.
    """
    from . import instruments as registry

    path = _locate(path)
    READS[str(path)] += 1
    name = name or (path.stem if path.is_file() else path.name)
    problems: list[Problem] = []
    warnings: list[Problem] = []

    raws: dict[str, _Raw] = {}
    folder = path.parent if path.is_file() else path
    if path.is_file():
        if path.suffix.lower() not in (".xlsx", ".xlsm"):
            raise CasebookError(
                [
                    Problem(
                        path.name,
                        None,
                        None,
                        None,
                        msg("b_not_casebook"),
                        msg("b_not_casebook_fix"),
                    )
                ]
            )
        raws = _read_workbook(path, problems)
        unknown = [k for k in raws if k not in TABLES]
        for k in unknown:
            warnings.append(
                Problem(
                    path.name,
                    None,
                    None,
                    k,
                    msg("b_unknown_sheet"),
                    msg("b_unknown_sheet_fix"),
                    "warning",
                )
            )
        local_dir = None
    else:
        by_table = _csv_files(path, problems)
        for table_name in TABLES:
            file = by_table.get(table_name)
            if file is None:
                continue
            odd = file_problem(file, path, file.name)
            if odd is not None:
                problems.append(odd)
                continue
            raw = _read_csv(file, TABLES[table_name], problems, warnings)
            if raw is not None:
                raws[table_name] = raw
        known_files = {f"{t}.csv" for t in TABLES}
        for extra in sorted(path.glob("*.csv")):
            if _table_of(extra) not in TABLES:
                warnings.append(
                    Problem(
                        extra.name,
                        None,
                        None,
                        None,
                        msg("b_unknown_file"),
                        msg("b_unknown_file_fix", known=", ".join(sorted(known_files))),
                        "warning",
                    )
                )
        local_dir = path / "instruments"

    if "clients" not in raws and not any(p.file.startswith("clients") for p in problems):
        problems.append(
            Problem(
                "clients.csv",
                None,
                None,
                None,
                msg("b_no_clients", folder=str(folder if path.is_file() else path)),
                msg("b_no_clients_fix"),
            )
        )

    local = {}
    if local_dir is not None and local_dir.is_dir():
        try:
            local = registry.load_folder(local_dir)
        except InstrumentError as err:
            problems.extend(err.problems)

    clients_read = "clients" in raws  # (the loop below pops it)
    tables: dict[str, pd.DataFrame] = {}
    files: dict[str, str] = {}
    codes: dict[str, dict] = {}  # id columns as integer codes, for the key checks
    for table_name, table in TABLES.items():
        # a table's raw cells are dropped once checked (memory at 1M clients); the privacy
        # guard below still reads the raw identifiers
        raw = raws.get(table_name) if table_name == "identifiers" else raws.pop(table_name, None)
        files[table_name] = raw.file if raw else table.file
        frame = None
        if raw is not None:
            checker = _Checker(table, raw, problems, warnings)
            frame = checker.run()
            codes[table_name] = checker.keys
            del checker  # (it holds the raw cells: 100 MB at 1M clients)
        if frame is None:
            frame = _empty_table(table)
        if table_name == "scores":
            frame["scale"] = frame["scale"].fillna("total")
        tables[table_name] = frame

    for table_name in _fold_instrument_ids(tables, local, codes):  # (their codes are stale)
        codes.get(table_name, {}).pop("instrument", None)
    codes.get("scores", {}).pop("scale", None)  # (blank became "total")
    for table_name, frame in tables.items():
        _check_unique(table_name, frame, files[table_name], problems, codes.get(table_name))
    _cross_checks(tables, files, problems, warnings, codes)
    if not clients_read:  # clients.csv missing or unreadable: its own problem says so, and
        # "not in clients.csv" for every row of every other table would bury that one fix
        unknown = msg("v_unknown_client")
        problems[:] = [p for p in problems if p.message != unknown]
    _check_instruments(tables, files, local, problems, codes)
    if not problems:  # one story per client: cross-table contradictions (consistency.py)
        from .consistency import consistency_warnings

        warnings.extend(consistency_warnings(tables, files))

    # no message quotes a value that looks like a direct identifier (privacy.py)
    from .privacy import withhold_identifiers

    raw_ids = raws.get("identifiers")
    raw_ids = raw_ids.frame if raw_ids is not None else None
    problems[:] = withhold_identifiers(problems, raw_ids)
    warnings[:] = withhold_identifiers(warnings, raw_ids)
    if problems:
        order = {t: i for i, t in enumerate(TABLES)}

        def position(p: Problem):
            stem = p.file.split(".")[0].split(",")[0].lower()
            return (order.get(stem, -1), p.file, p.row or 0)

        problems.sort(key=position)
        raise CasebookError(
            problems + warnings,
            header=(
                f"{len(problems)} problem(s) in casebook {path}; nothing was loaded. "
                "Fix them and run `casekit validate` again"
            ),
        )
    for frame in tables.values():
        frame["casebook"] = pd.Series(name, index=frame.index, dtype="string")
    return Casebook(tables, path, name, local, warnings)


def _table_of(file: Path) -> str:
    """The table a CSV file names: its stem without capitals and stray spaces."""
    return re.sub(r"[\s\-]+", "_", file.stem.strip().lower())


def _csv_files(folder: Path, problems: list[Problem]) -> dict[str, Path]:
    """The CSV file of each table; two files naming one table (``clients.csv`` beside
    ``Clients.csv`` or ``clients .csv``) are an error, as they would be one file on
    Windows and macOS and one of them would be silently ignored."""
    found: dict[str, Path] = {}
    for file in sorted(folder.glob("*.csv")):
        name = _table_of(file)
        if name not in TABLES:
            continue
        if name in found:
            problems.append(
                Problem(
                    file.name,
                    None,
                    None,
                    None,
                    msg("f_dup_files", first=found[name].name, second=file.name, table=name),
                    msg("f_dup_files_fix"),
                )
            )
            continue
        found[name] = file
    return found


def casebook_hash(path) -> str:
    """SHA-256 over the casebook's files (names and bytes), for audit lines."""
    path = Path(path)
    digest = hashlib.sha256()
    files = (
        [path]
        if path.is_file()
        else sorted(
            p
            for p in path.rglob("*")
            if p.is_file() and not p.is_symlink() and not p.name.endswith(".lock")
        )
    )
    for file in files:
        digest.update(str(file.relative_to(path.parent if path.is_file() else path)).encode())
        with open(file, "rb") as handle:  # in chunks: a workbook may be large
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()

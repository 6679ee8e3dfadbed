"""De-identified export of a casebook (or of several, pooled) for research.

:func:`export_casebook` writes a new casebook folder that a researcher may
take away: it loads like any casebook and scores the same, but carries no
direct identifier. What happens to each part (``deidentify=True``):

Client ids
    Replaced by a keyed pseudonym ``P`` + 12 hex digits of
    HMAC-SHA256(key, ``<casebook>__<client_id>``) (the pooled id of
    :func:`casekit.load_casebooks`, or the mapped ``person_id``). The
    casebook part is :func:`casekit.pooling.casebook_key` of the folder name
    (Unicode NFC, then the same cleaning whether exported alone or pooled),
    so the same client gets the same pseudonym either way and whether the
    folder name is stored composed or decomposed (macOS). The same key
    gives the same pseudonyms, so a follow-up export links to the first; without
    the key nobody can recompute them. ``clients.pseudonym`` becomes the new id.
The key
    32 random bytes (:mod:`secrets`), written as hex to the key file when the
    file does not exist yet, and read from it otherwise. The key file must
    lie outside the export folder (the export is refused otherwise); keep it
    on the lecturer's machine. Default: ``<casebook>.export.key`` beside a
    single source casebook.
Dates
    Every date column of every table is shifted by one offset per client
    (1 to 182 days, earlier or later, taken from HMAC(key, the same id)), so
    intervals within a client's record are kept exactly and re-exports with
    the same key shift the same way. Years (``birth_year``, ``death_year``,
    ``life_events.year``) are not shifted.
``identifiers.csv``
    Never written.
Family and ecomap
    ``family.label`` becomes the role (``relation`` and a number within the
    client: ``child 1``, ``child 2``; ``member 1`` when the relation is
    empty; ``self``), ``member_id`` becomes ``M1``, ``M2``, ... per client (and
    ``father_id``/``mother_id``/``partner_id`` follow). ``ecomap.system``
    becomes the category and a number (``neighbour 1``, ``health 1``;
    ``system 1`` without a category).
Worker, institution, group
    ``worker``, ``institution`` and ``sessions.group_id`` become keyed codes
    (``W``, ``I``, ``G`` + 10 hex digits): groupings survive, names do not.
Free text
    Every other text column (notes, findings, statements, events, locations,
    participants, ...) is redacted. First the identifier guard of
    :mod:`casekit.privacy` replaces every identifier of ``identifiers.csv``
    in every form it recognises (case, accents, old spellings, titles,
    apostrophes, separators in numbers, +62, e-mails holding a name part,
    street names); then e-mail addresses become ``[email]``, 16-digit
    NIK/KK numbers written with or without separators ``[nomor]``, phone numbers (Indonesian forms ``+62 ...``,
    ``62...``, ``08xx-xxxx-xxxx``, ``(021) ...``) become ``[telepon]``;
    addresses by pattern (``Jl.``/``Jln.``/``Jalan``/``Gg.``/``Gang`` + name and
    number, ``RT 01/RW 02``, ``Kel.``/``Kec.``/``Kelurahan``/``Kecamatan``/
    ``Desa``/``Dusun``/``Kp.``/``Perum``/``Komplek``/``Blok`` + name) become
    ``[alamat]``; every name the casebook knows becomes ``[nama]``: the full
    names, addresses and phones of ``identifiers.csv``, client ids and
    pseudonyms, family labels and member ids, ecomap systems, workers,
    institutions and session participants, each as a whole string and word
    by word (words of three letters or more, or any word of a pseudonym or
    label, skipping kinship words and honorifics such as *Ibu*, *Pak*,
    *Anak*, *Ketua*; see ``STOP_WORDS``). Names are matched word by word in
    any case, whatever punctuation stands between the words, with a token
    trie (fast for thousands of names). Dates written in the text become
    ``[tanggal]``.
Client columns
    Every column of ``clients.csv`` has a rule (:data:`CLIENT_COLUMNS`,
    checked by a test to cover them all): vocabularies (``sex``,
    ``living_arrangement``, ``termination_reason``) are kept; ``birth_year``
    and ``age_at_intake`` are kept or coarsened (age bands); dates are
    shifted; ``worker`` and ``institution`` become codes; the category
    columns researchers group by (``cluster``, ``region``, ``ethnicity``,
    ``religion``, ``cohort``) keep their words but pass the guard and the
    address, phone, e-mail and number patterns (``Jln Melati 5 RT 3 RW 7``
    becomes ``[alamat]``, ``kelas Siti Aminah`` becomes ``kelas [nama]
    [nama]``); ``referral_to`` is free text. Columns casekit does not know
    are not exported.
Consent
    Clients without a ``consent_date`` are left out (with all their rows);
    the result and the audit line list how many. ``include_without_consent``
    (``--include-without-consent``) keeps them, and the audit line records
    that it was used.
Spreadsheet formulas
    A text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a
    carriage return would run as a formula when the CSV is opened in Excel
    or LibreOffice (``=HYPERLINK(...)`` can send data away). Such cells get
    a leading ``'`` (the usual defence, OWASP "CSV injection"): Excel shows
    the text without running it. Numbers and dates are not touched.
Instrument definitions
    A casebook's own ``instruments/*.toml`` are not copied: their string
    fields (name, citation, notes, labels...) are redacted like free text
    (``id`` and ``scoring`` kept) and the file is written anew from the
    parsed values, so comments (which may name people) are dropped.
Source casebook
    An export is one casebook: the ``casebook`` column of a pooled source is
    not kept (folder names can name a student). The pseudonym depends on the
    casebook's name (its folder name), so keep folder names stable between
    exports that should link.
Age bands (``age_bands=True``)
    ``clients.age_at_intake`` becomes the lower bound of its 5-year band
    (67 -> 65; computed from ``birth_year`` and ``intake_date`` when empty) and
    ``clients.birth_year`` is emptied; family ``birth_year``/``death_year``
    are rounded down to a multiple of 5.

The export is written to a temporary folder beside ``out``, loaded back with
:func:`casekit.load_casebook` (it must be a valid casebook), scored and
compared with the source's scores (the same values for every client,
instrument, timepoint and scale, dates shifted by the client's offset), and
searched, every file of it (CSV and TOML), with the identifier guard; only
then is it renamed to ``out``. A failed export leaves nothing behind.

Every export appends an audit line to ``exports.log`` beside each source
casebook (in its parent folder) *before* the export appears, and a
completion line after (see :mod:`casekit.export.log`): what, when (UTC),
options, the casebook's SHA-256 (:func:`casekit.casebook.casebook_hash`,
read in chunks), the output folder and its files' SHA-256, the clients left
out for missing consent, the key file's path and a key fingerprint (never
the key). ``kill -9`` at any moment leaves no export, or an export with its
audit line; an export whose completion line is missing is completed (or
refused) by the next export to the same folder.

The parts, one module each: :mod:`casekit.export.pseudonyms` (the key, pseudonyms,
date shifts, codes), :mod:`casekit.export.redaction` (free text),
:mod:`casekit.export.tables` (the tables transformed and written),
:mod:`casekit.export.log` (the audit lines); this module runs an export and
checks it before it appears.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd

from ..casebook import Casebook, casebook_hash, load_casebook
from ..errors import CasebookError, ExportError, ParameterError
from ..i18n import LABELS, Msg, msg
from ..outputs import remove_stale_temps
from ..privacy import IdentifierGuard
from ..wording import both, option, os_words
from . import log as exportlog
from .pseudonyms import _key, _mac, date_offset, pseudonym, read_key
from .redaction import STOP_WORDS, Redactor, known_names
from .writing import CLIENT_COLUMNS, _source_ids, copy_instruments, plain, write_tables
from .writing import deidentify as deidentify_tables

_known_names = known_names  # the old private name (benchmarks/bench_export.py)

__all__ = [
    "export_casebook",
    "ExportResult",
    "pseudonym",
    "date_offset",
    "read_key",
    "Redactor",
    "STOP_WORDS",
    "CLIENT_COLUMNS",
]


@dataclass
class ExportResult:
    """What :func:`export_casebook` did.

    Attributes
    ----------
    out : Path
        The export folder.
    key_file : Path or None
        The key file used (None without de-identification).
    key_created : bool
        True when a new key was generated and written.
    clients : int
        Number of clients exported.
    files : list of str
        Files written, relative to ``out``.
    logs : list of Path
        The ``exports.log`` files that got an audit line.
    left_out : list of str
        Clients left out for having no ``consent_date`` (source ids).
    """

    out: Path
    key_file: Path | None
    key_created: bool
    clients: int
    files: list[str] = field(default_factory=list)
    logs: list[Path] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)


def _compare_scores(cb: Casebook, exported: Casebook, key: bytes | None) -> None:
    from ..scoring import score

    a, b = score(cb), score(exported)
    if key is not None:
        src = _source_ids(cb)
        a = a.assign(
            date=a["date"] + pd.to_timedelta(a["client_id"].map(lambda c: date_offset(src[c], key)), unit="D"),
            client_id=a["client_id"].map(lambda c: pseudonym(src[c], key)),
        )  # fmt: skip
    keys = ["client_id", "instrument", "timepoint", "scale"]
    a = a.sort_values(keys).reset_index(drop=True)
    b = b.sort_values(keys).reset_index(drop=True)
    same = len(a) == len(b)
    if same:
        for c in keys:
            same &= bool((a[c].astype(str).to_numpy() == b[c].astype(str).to_numpy()).all())
        x = a["score"].to_numpy(dtype=float, na_value=np.nan)
        y = b["score"].to_numpy(dtype=float, na_value=np.nan)
        same &= bool(np.allclose(x, y, equal_nan=True, rtol=0, atol=1e-9))
        same &= bool(a["date"].fillna(pd.Timestamp(0)).eq(b["date"].fillna(pd.Timestamp(0))).all())
    if not same:
        raise ExportError(msg("mg_export_scores_differ", bug=msg("mg_report_bug")))


def _leak_check(cb: Casebook, folder: Path) -> None:
    """Refuse the export if the identifier guard finds anything in any written file.

    Every file (CSV and TOML) is searched with :class:`casekit.privacy.IdentifierGuard`
    (all the variants it knows). The message names the file, line and, for a CSV,
    the column, never the identifier.
    """
    guard = IdentifierGuard.from_casebook(cb)
    if not guard:
        return
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        text = file.read_text(encoding="utf-8", errors="replace")
        found = guard.findings(text)
        if not found:
            continue
        line = text.count("\n", 0, found[0].start) + 1
        name = file.relative_to(folder).as_posix()
        where = msg("mg_where_line", file=name, line=line)
        if file.suffix == ".csv":
            start = text.rfind("\n", 0, found[0].start) + 1
            header = text.split("\n", 1)[0].split(",")
            column = text[start : found[0].start].count(",")
            if column < len(header):
                where = msg("mg_where_line_column", file=name, line=line, column=header[column])
        kind = f"mg_kind_{found[0].kind}"
        kind = msg(kind) if kind in LABELS else found[0].kind
        raise ExportError(msg("mg_export_leak", kind=kind, where=where))


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
        return True
    except ValueError:
        return False


def _with_consent(cb: Casebook) -> tuple[Casebook, list[str]]:
    """``cb`` without the clients that have no consent_date, and their ids."""
    clients = cb.clients
    missing = (
        clients["consent_date"].isna() if "consent_date" in clients else clients["client_id"].isna()
    )
    left_out = [str(c) for c in clients.loc[missing, "client_id"]]
    if not left_out:
        return cb, []
    tables = {
        name: frame[~frame["client_id"].astype(str).isin(left_out)]
        for name, frame in cb.tables.items()
    }
    subset = Casebook(tables, cb.path, cb.name, cb.instruments, list(cb.warnings))
    if getattr(cb, "sources", None) is not None:
        subset.sources = cb.sources
    return subset, left_out


def _load(src, mapping) -> tuple[Casebook, dict[str, Path]]:
    from ..pooling import load_casebooks

    if isinstance(src, Casebook):
        sources = getattr(src, "sources", None) or ({src.name: src.path} if src.path else {})
        return src, sources
    if isinstance(src, (list, tuple)):
        cb = load_casebooks(src, mapping=mapping)
        return cb, dict(cb.sources)
    if mapping is not None:
        cb = load_casebooks([src], mapping=mapping)
        return cb, dict(cb.sources)
    cb = load_casebook(src)
    return cb, {cb.name: cb.path}


def export_casebook(
    src,
    out,
    deidentify: bool = True,
    key_file=None,
    age_bands: bool = False,
    mapping=None,
    include_without_consent: bool = False,
) -> ExportResult:
    """Write a de-identified copy of a casebook for research.

    Parameters
    ----------
    src : str, Path, list of paths or Casebook
        A casebook folder; several folders (pooled with
        :func:`casekit.load_casebooks`); or a loaded (pooled) Casebook.
    out : str or Path
        The export folder to create (it must not exist, or be empty, and
        must not lie inside a source casebook).
    deidentify : bool
        True (the default): pseudonyms, shifted dates, roles, redacted text
        (see the module docstring). False: a plain, validated copy, still
        without ``identifiers.csv`` and with every direct identifier found in
        its text (and local instrument files) redacted by the guard.
    key_file : str or Path, optional
        The secret key (hex). Created with a new random key when the file
        does not exist. Must lie outside ``out``. Default for a single
        source folder: ``<parent>/<casebook>.export.key``; required otherwise.
    age_bands : bool
        Coarsen ages to 5-year bands and empty birth years.
    mapping : str, Path or DataFrame, optional
        Mapping file for pooling (see :func:`casekit.load_casebooks`).
    include_without_consent : bool
        Export clients without a ``consent_date`` too (default: they are
        left out; either way the audit line records it).

    Returns
    -------
    ExportResult

    Raises
    ------
    CasebookError
        The source does not load.
    ExportError
        The output or key file cannot be used, or a check of the written
        export failed (nothing is left behind then).
    """
    cb, sources = _load(src, mapping)
    out = Path(out).expanduser().resolve()
    for path in sources.values():
        if path is None:
            continue
        # a folder casebook must not hold the export; a workbook only must not be it
        folder = path if path.is_dir() else None
        if out == path or _inside(path, out) or (folder is not None and _inside(out, folder)):
            raise ExportError(
                msg("mg_out_in_source", out=str(out), source=str(path), opt=option("out", "FOLDER"))
            )
    if not out.parent.is_dir():
        raise ExportError(
            msg(
                "mg_out_parent_missing",
                folder=str(out.parent),
                out=str(out),
                opt=option("out", "FOLDER"),
            )
        )
    logs = _logs(sources)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ExportError(_existing(out, logs))

    key, created, kfile = None, False, None
    if deidentify:
        if key_file is None:
            if len(sources) != 1 or None in sources.values():
                raise ParameterError(msg("mg_key_needed", opt=option("key_file", "FILE")))
            [path] = sources.values()
            key_file = path.parent / f"{path.stem if path.is_file() else path.name}.export.key"
        kfile = Path(key_file).expanduser().resolve()
        if _inside(kfile, out):
            raise ExportError(
                msg(
                    "mg_key_in_out",
                    key_file=str(kfile),
                    out=str(out),
                    opt=option("key_file", "FILE"),
                )
            )
        key, created = _key(kfile)

    all_clients = len(cb.clients)
    left_out: list[str] = []
    if not include_without_consent:
        cb, left_out = _with_consent(cb)
    without = int(cb.clients["consent_date"].isna().sum()) if "consent_date" in cb.clients else 0
    tables = deidentify_tables(cb, key, age_bands) if deidentify else plain(cb)
    remove_stale_temps(out.parent, f".{out.name}.tmp-*")  # left by a killed export
    tmp = out.parent / f".{out.name}.tmp-{os.getpid()}-{secrets.token_hex(4)}"
    tmp.mkdir()
    try:
        files = write_tables(tables, tmp)
        files += copy_instruments(cb, tmp, known_names(cb) if deidentify else None)
        try:
            exported = load_casebook(tmp, name=out.name)
        except CasebookError as err:
            problems = both(err.text)
            raise ExportError(
                msg("mg_export_invalid", bug=msg("mg_report_bug"), problems=problems)
            ) from None
        _compare_scores(cb, exported, key)
        _leak_check(cb, tmp)  # plain or de-identified: no direct identifier leaves
        result = ExportResult(out, kfile, created, len(cb.clients), files)
        result.left_out = left_out
        consent = {
            "left_out": len(left_out),
            "included_without_consent": without,
            "include_without_consent": bool(include_without_consent),
            "clients_in_source": all_clients,
        }
        entry = _audit_entry(result, deidentify, age_bands, key, consent)
        entry["export_sha256"] = exportlog.folder_digest(tmp)
        exportlog.checkpoint("written")
        try:
            # the audit lines are on disk before the export appears
            exportlog.begin(_audit_lines(sources, entry))
        except OSError as err:
            raise ExportError(msg("mg_audit_failed", why=os_words(err))) from None
        exportlog.checkpoint("journal")
        try:
            if out.exists():
                out.rmdir()
            os.replace(tmp, out)
        except OSError:
            if not (out.is_dir() and any(out.iterdir())):
                raise
            # another export (the same command run twice at once) took the folder meanwhile
            with contextlib.suppress(OSError):
                exportlog.abandon(logs, entry["id"], entry["when_utc"])
            raise ExportError(
                msg("export_out_taken", out=str(out), opt=option("out", "FOLDER"))
            ) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    exportlog.checkpoint("renamed")
    try:
        exportlog.complete(logs, entry["id"], entry["when_utc"])
    except OSError as err:
        raise ExportError(msg("mg_completion_failed", why=os_words(err))) from None
    exportlog.checkpoint("completed")
    result.logs = logs
    return result


def _logs(sources: dict) -> list[Path]:
    """``exports.log`` beside each source casebook (once per folder)."""
    logs = [path.parent / exportlog.LOG_NAME for path in sources.values() if path is not None]
    return list(dict.fromkeys(logs))


def _existing(out: Path, logs: list[Path]) -> Msg:
    """Why an existing export folder is refused; completes its audit when it was interrupted."""
    opt = option("out", "FOLDER")
    for log in logs:
        entry = exportlog.pending(log, out)
        if entry is None:
            continue
        if out.is_dir() and exportlog.folder_digest(out) == entry.get("export_sha256"):
            exportlog.complete(logs, entry["id"], entry["when_utc"])
            return msg("mg_out_interrupted", out=str(out), log=str(log), opt=opt)
        return msg("mg_out_mismatch", out=str(out), log=str(log))
    if logs and not any(exportlog.audited(log, out) for log in logs):
        return msg("mg_out_exists_unaudited", out=str(out), logs=", ".join(map(str, logs)), opt=opt)
    return msg("mg_out_exists", out=str(out), opt=opt)


def _audit_entry(result, deidentify, age_bands, key, consent) -> dict:
    """What every audit line of this export says (see :func:`_audit_lines`)."""
    from .. import __version__

    return {
        "what": "casekit export",
        "id": secrets.token_hex(8),
        "when_utc": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "output": str(result.out),
        "options": {
            "deidentify": bool(deidentify),
            "age_bands": bool(age_bands),
            "include_without_consent": consent["include_without_consent"],
            "key_file": None if result.key_file is None else str(result.key_file),
            "key_created": result.key_created,
        },
        "key_fingerprint": None if key is None else _mac(key, "fingerprint", "").hex()[:16],
        "clients": result.clients,
        "consent": consent,
        "files": result.files,
        "casekit_version": __version__,
    }


def _audit_lines(sources: dict, entry: dict) -> list[tuple[Path, dict]]:
    """One audit line per source casebook, in the ``exports.log`` beside it."""
    lines = []
    for name, path in sources.items():
        if path is None:
            continue
        line = {
            "what": entry["what"],
            "id": entry["id"],
            "when_utc": entry["when_utc"],
            "casebook": name,
            "source": str(path),
            "casebook_sha256": casebook_hash(path),
            "pooled_with": sorted(n for n in sources if n != name),
            **{k: v for k, v in entry.items() if k not in ("what", "id", "when_utc")},
        }
        lines.append((path.parent / exportlog.LOG_NAME, line))
    return lines

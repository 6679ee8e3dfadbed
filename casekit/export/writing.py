"""The tables of an export: de-identified (or plain) and written as CSV.

:func:`deidentify` applies the rules of :mod:`casekit.export` (pseudonyms,
shifted dates, roles for family members and ecomap systems, codes for
workers, institutions and groups, redacted free text, optional age bands)
to every table but ``identifiers.csv``; :func:`plain` keeps the tables as
they are, with only the direct identifiers redacted. :func:`write_tables`
writes them as CSV text a spreadsheet cannot run as a formula (a leading
``'`` before ``= + - @``, tab or carriage return; OWASP "CSV injection"),
and :func:`copy_instruments` the casebook's own instrument definitions,
redacted and written anew.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from ..casebook import Casebook
from ..errors import ExportError
from ..i18n import msg
from ..outputs import csv_text
from ..pooling import SEPARATOR, casebook_key
from ..privacy import IdentifierGuard
from ..tables import ITEM_COLUMN, TABLES
from ..wording import instrument_words, option
from .pseudonyms import _code, date_offset, pseudonym
from .redaction import Redactor, _guard_only, known_names

__all__ = ["CLIENT_COLUMNS", "deidentify", "plain", "write_tables", "copy_instruments"]

#: text cells a spreadsheet would run as a formula
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: what happens to each clients.csv column in a de-identified export (see the module docstring)
CLIENT_COLUMNS = {
    "client_id": "pseudonym",
    "pseudonym": "pseudonym",
    "sex": "keep",
    "living_arrangement": "keep",
    "termination_reason": "keep",
    "birth_year": "coarsen",
    "age_at_intake": "coarsen",
    "cluster": "category",
    "region": "category",
    "ethnicity": "category",
    "religion": "category",
    "cohort": "category",
    "worker": "code",
    "institution": "code",
    "intake_date": "shift",
    "consent_date": "shift",
    "termination_date": "shift",
    "referral_to": "redact",
}


def _source_ids(cb: Casebook) -> dict[str, str]:
    """client_id -> the id the pseudonym is computed from (casebook-qualified)."""
    pooled = getattr(cb, "sources", None) is not None
    key = casebook_key(cb.name)
    out = {}
    for cid in cb.client_ids:
        out[cid] = cid if pooled else f"{key}{SEPARATOR}{cid}"
    return out


def _role_labels(frame: pd.DataFrame, column: str, default: str, number_self=False) -> list:
    counts: dict[tuple, int] = {}
    out = []
    for cid, role in zip(frame["client_id"], frame[column], strict=True):
        role = default if pd.isna(role) else str(role)
        if role == "self" and not number_self:
            out.append("self")
            continue
        counts[(cid, role)] = counts.get((cid, role), 0) + 1
        out.append(f"{role} {counts[(cid, role)]}")
    return out


def _age_band_lower(age: pd.Series) -> pd.Series:
    a = pd.to_numeric(age, errors="coerce")
    return (a // 5 * 5).astype("Int64")


def deidentify(cb: Casebook, key: bytes, age_bands: bool) -> dict[str, pd.DataFrame]:
    src = _source_ids(cb)
    new_id = {cid: pseudonym(s, key) for cid, s in src.items()}
    if len(set(new_id.values())) != len(new_id):  # 48-bit codes: practically never
        raise ExportError(msg("mg_pseudonym_clash", opt=option("key_file", "FILE")))
    offset = {cid: date_offset(s, key) for cid, s in src.items()}
    red = known_names(cb)
    out: dict[str, pd.DataFrame] = {}
    for name, frame in cb.tables.items():
        if name == "identifiers":
            continue
        f = frame.drop(columns=["casebook"], errors="ignore").copy()
        cids = f["client_id"].astype(str)
        days = pd.to_timedelta(cids.map(offset).astype("float"), unit="D")
        table = TABLES[name]
        for col in table.columns:
            if col.name not in f.columns or col.name == "client_id":
                continue
            if col.kind == "date":
                f[col.name] = f[col.name] + days.to_numpy()
            elif name == "clients" and CLIENT_COLUMNS.get(col.name) == "category":
                f[col.name] = red.series(f[col.name], names=False)
            elif col.kind in ("text", "list"):
                f[col.name] = red.series(f[col.name])
        if name == "clients":
            f["pseudonym"] = cids.map(new_id).astype("string")
            for col, prefix in (("worker", "W"), ("institution", "I")):
                f[col] = f[col].map(lambda v, p=prefix: v if pd.isna(v) else _code(p, v, key))
                f[col] = f[col].astype("string")
            if age_bands:
                age = f["age_at_intake"].astype("Float64")
                guess = frame["intake_date"].dt.year.astype("Float64") - frame["birth_year"].astype(
                    "Float64"
                )
                age = age.fillna(pd.Series(guess.to_numpy(), index=f.index))
                f["age_at_intake"] = _age_band_lower(age)
                f["birth_year"] = pd.array([pd.NA] * len(f), dtype="Int64")
        elif name == "family":
            f["label"] = pd.Series(
                _role_labels(frame, "relation", "member"), index=f.index, dtype="string"
            )
            members: dict[tuple, str] = {}
            counter: dict[str, int] = {}
            for cid, mid in zip(cids, frame["member_id"].astype(str), strict=True):
                counter[cid] = counter.get(cid, 0) + 1
                members[(cid, mid)] = f"M{counter[cid]}"
            for col in ("member_id", "father_id", "mother_id", "partner_id"):
                f[col] = pd.Series(
                    [
                        pd.NA if pd.isna(m) else members.get((c, str(m)), pd.NA)
                        for c, m in zip(cids, frame[col], strict=True)
                    ],
                    index=f.index,
                    dtype="string",
                )
            if age_bands:
                for col in ("birth_year", "death_year"):
                    f[col] = _age_band_lower(f[col])
        elif name == "ecomap":
            f["system"] = pd.Series(
                _role_labels(frame, "category", "system", number_self=True),
                index=f.index,
                dtype="string",
            )
        elif name == "sessions":
            f["group_id"] = f["group_id"].map(lambda v: v if pd.isna(v) else _code("G", v, key))
            f["group_id"] = f["group_id"].astype("string")
        f["client_id"] = cids.map(new_id).astype("string")
        out[name] = f
    return out


def plain(cb: Casebook) -> dict[str, pd.DataFrame]:
    """The tables as they are, less identifiers.csv, with every direct identifier that
    appears in their text redacted by the guard (a plain export leaks none either)."""
    guard = IdentifierGuard.from_casebook(cb)
    out = {}
    for name, frame in cb.tables.items():
        if name == "identifiers":
            continue
        f = frame.drop(columns=["casebook"], errors="ignore")
        if guard:
            f = f.copy()
            redact = _guard_only(guard)
            for col in TABLES[name].columns:
                if col.kind in ("text", "list") and col.name in f.columns:
                    uniq = {v: redact(v) for v in f[col.name].dropna().unique()}
                    f[col.name] = f[col.name].map(uniq).astype("string")
        out[name] = f
    return out


# --- writing ------------------------------------------------------------------------------------
def _as_text(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    table = TABLES[name]
    cols = [c.name for c in table.columns]
    extra = [c for c in frame.columns if c not in cols]
    if table.extra is not None:
        items = sorted((c for c in extra if ITEM_COLUMN.match(c)), key=lambda c: int(c[1:]))
        cols += items
    out = pd.DataFrame(index=frame.index)
    for c in cols:
        s = frame[c] if c in frame.columns else pd.Series(pd.NA, index=frame.index)
        if pd.api.types.is_datetime64_any_dtype(s):
            text = s.dt.strftime("%Y-%m-%d")
        elif pd.api.types.is_bool_dtype(s):
            text = s.map({True: "yes", False: "no"})
        elif pd.api.types.is_float_dtype(s):
            text = s.map(lambda v: "" if pd.isna(v) else repr(float(v)))
        elif pd.api.types.is_numeric_dtype(s):
            text = s.astype("string")
        else:  # text: a cell a spreadsheet would run as a formula is neutralised
            text = s.astype("string").map(_neutralise, na_action="ignore")
        out[c] = text.astype("string").fillna("")
    return out


def _neutralise(value):
    """A text cell a spreadsheet would run as a formula, with a leading ``'``."""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_tables(tables: dict[str, pd.DataFrame], folder: Path) -> list[str]:
    written = []
    for name, frame in tables.items():
        if name != "clients" and not len(frame):
            continue
        file = folder / f"{name}.csv"
        text = _as_text(frame, name)  # csv_text quotes control characters: the export reloads
        file.write_bytes(csv_text([list(text.columns), *text.itertuples(index=False)]).encode())
        written.append(file.name)
    return written


def copy_instruments(cb: Casebook, folder: Path, red: Redactor | None = None) -> list[str]:
    """The casebook's own instrument definitions: copied (plain export) or, with ``red``,
    parsed, every string but ``id``/``scoring`` redacted, and written anew."""
    written = []
    if not cb.instruments:
        return written
    (folder / "instruments").mkdir()
    for inst_id, inst in sorted(cb.instruments.items()):
        src = Path(inst.source)
        if not src.is_file():
            raise ExportError(
                msg("mg_instrument_file_gone", inst=instrument_words(inst), path=str(inst.source))
            )
        target = folder / "instruments" / f"{inst_id}.toml"
        guard = IdentifierGuard.from_casebook(cb) if red is None else None
        if red is None and guard and guard.findings(src.read_text(encoding="utf-8")):
            target.write_text(_redacted_toml(src, _guard_only(guard)), encoding="utf-8")
        elif red is None:
            shutil.copyfile(src, target)
        else:
            target.write_text(_redacted_toml(src, red), encoding="utf-8")
        written.append(f"instruments/{inst_id}.toml")
    return written


def _redacted_toml(src: Path, red) -> str:
    from ..instruments import tomllib  # tomli before Python 3.11
    from ..tomlwrite import dumps

    def walk(value, key=""):
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, key) for v in value]
        if isinstance(value, str) and key not in ("id", "scoring"):
            return red(value)
        return value

    data = walk(tomllib.loads(src.read_text(encoding="utf-8")))
    text = dumps(data)
    if tomllib.loads(text) != data:  # pragma: no cover - a bug in tomlwrite
        raise ExportError(msg("mg_instrument_rewrite", file=src.name, bug=msg("mg_report_bug")))
    return text

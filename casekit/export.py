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
completion line after (see :mod:`casekit.exportlog`): what, when (UTC),
options, the casebook's SHA-256 (:func:`casekit.casebook.casebook_hash`,
read in chunks), the output folder and its files' SHA-256, the clients left
out for missing consent, the key file's path and a key fingerprint (never
the key). ``kill -9`` at any moment leaves no export, or an export with its
audit line; an export whose completion line is missing is completed (or
refused) by the next export to the same folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import re
import secrets
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd

from . import exportlog
from .casebook import Casebook, casebook_hash, load_casebook
from .errors import CasebookError, ExportError, ParameterError
from .outputs import csv_text, remove_stale_temps
from .pooling import SEPARATOR, casebook_key, split_pooled_id
from .privacy import IdentifierGuard
from .tables import ITEM_COLUMN, TABLES, split_list

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

#: words never redacted on their own (kinship, honorifics, roles, institutions)
_STOP_TEXT = """
    ibu bu bapak pak pk bpk mbah nenek nek kakek kek kakak kak adik dik anak istri suami
    cucu paman bibi om tante saudara saudari laki laki-laki perempuan sulung bungsu tengah
    pertama kedua ketiga keempat almarhum almarhumah alm almh bin binti haji hajjah hj
    klien tetangga ketua kader lansia teman sahabat menantu mertua keponakan ipar sepupu
    ayah mama papa emak abah umi abi kang teh mas mbak bang uda uni ustadz ustad ustazah
    praktikan pekerja sosial peksos rt rw rumah puskesmas posyandu masjid musala mushola
    gereja pura vihara kelurahan kecamatan desa dusun dinas yayasan panti komunitas
    kelompok pengajian majelis taklim warga sekolah kantor pos lurah camat pemerintah
    rs rsud klinik dokter bidan perawat lembaga sintetis dan di ke dari yang the of and
    self spouse child parent sibling grandchild grandparent other member system
    family friend neighbour community health religious government work education
    raya utara selatan barat timur tengah baru lama jakarta
    pemangku kepentingan petugas kesehatan supervisor dosen pembimbing berdaya lainnya
    anggota pendamping relawan staf pengurus guru wali dasawisma pkk karang taruna
"""
#: words never redacted on their own (kinship, honorifics, roles, institutions)
STOP_WORDS = frozenset(_STOP_TEXT.split())

_MONTHS = (
    "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|"
    "January|February|March|May|June|July|August|October|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Aug|Sep|Sept|Okt|Oct|Nov|Des|Dec"
)
_DATE = re.compile(
    r"(?<!\d)(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}))(?!\d)"
    r"|(?i:\b\d{1,2}\s+(?:" + _MONTHS + r")\.?(?:\s+\d{4})?\b)"
)
_NUMBER = re.compile(r"(?<!\d)\d{16}(?!\d)")  # NIK / KK numbers
# NIK / KK written in groups (3174 0123 4567 8901, 317401.120358.0001): 16 digits in all
_GROUPED_NUMBER = re.compile(r"(?<![\d.-])\d{2,8}(?:[ .\-/]\d{2,8}){1,7}(?![\d-]|\.\d)")
_EMAIL = re.compile(r"(?<![\w.%+'-])[\w.%+'-]+@[\w-]+(?:\.[\w-]+)+")
#: text cells a spreadsheet would run as a formula
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+\s?62|62)[\s.-]?\(?\d{2,4}\)?|0\d{2,4}|\(0\d{1,3}\))"
    r"(?:[\s.-]?\d{3,4}){1,4}(?!\d)"
)
_STREET = re.compile(
    r"\b(?:(?i:jl|jln|gg)(?:\.\s*|\s+)|(?:Jalan|JALAN|Gang|GANG)\s+)"
    r"[A-Z0-9][\w'./-]*(?:\s+(?:[A-Z0-9][\w'./-]*|No\.?\s*\d+\w*|Nomor\s*\d+\w*))*"
)
_RTRW = re.compile(r"(?i)\b(?:RT|RW)\.?\s*\d{1,3}(?:\s*[/,]?\s*(?:RT|RW)\.?\s*\d{1,3})?\b")
_AREA = re.compile(
    r"\b(?:(?i:kel|kec|ds|kp|komp|perum)\.\s*|"
    r"(?:Kelurahan|Kecamatan|Desa|Dusun|Kampung|Perumahan|Perum|Kompleks|Komplek|Blok)\s+)"
    r"[A-Z0-9][\w'-]*(?:\s+[A-Z0-9][\w'-]*){0,3}"
)
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
_PLACEHOLDER = {"full_name": "[nama]", "address": "[alamat]", "phone": "[telepon]"}
_PLACEHOLDER.update({"email": "[email]", "nik": "[nomor]", "kk": "[nomor]"})

_KEY_BYTES = 32
#: the words names are matched on (letters and digits; ' - _ and spaces separate them)
_TOKEN = re.compile(r"[^\W_]+")


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


# --- keys and pseudonyms ----------------------------------------------------------------------
def _mac(key: bytes, domain: str, value: str) -> bytes:
    return hmac.new(key, f"{domain}\x00{value}".encode(), hashlib.sha256).digest()


def pseudonym(client_id: str, key: bytes) -> str:
    """Keyed pseudonym of a (pooled) client id: ``P`` + 12 hex digits of HMAC-SHA256."""
    return "P" + _mac(key, "client", str(client_id)).hex()[:12]


def date_offset(client_id: str, key: bytes) -> int:
    """The client's date shift in days: -182..-1 or 1..182, from HMAC-SHA256(key, id)."""
    v = int.from_bytes(_mac(key, "date", str(client_id))[:8], "big") % 364
    return v - 182 if v < 182 else v - 181


def _code(prefix: str, value: str, key: bytes) -> str:
    return prefix + _mac(key, prefix, str(value)).hex()[:10]


def read_key(key_file) -> bytes:
    """Read a key file written by :func:`export_casebook` (hex text)."""
    path = Path(key_file).expanduser()
    try:
        text = path.read_text(encoding="ascii").strip()
        key = bytes.fromhex(text)
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise ExportError(
            f"The key file {path} cannot be read as a casekit key ({err}). Give the key file of "
            "earlier exports, or a path that does not exist yet to create a new key."
        ) from None
    if len(key) < 16:
        raise ExportError(
            f"The key in {path} is too short ({len(key)} bytes; at least 16 are needed)."
        )
    return key


def _key(key_file: Path) -> tuple[bytes, bool]:
    if key_file.exists():
        return read_key(key_file), False
    if not key_file.parent.is_dir():
        raise ExportError(f"The folder of the key file {key_file} does not exist; create it first.")
    key = secrets.token_bytes(_KEY_BYTES)
    remove_stale_temps(key_file.parent, f".{key_file.name}.new-*.tmp")  # from killed exports
    tmp = key_file.with_name(f".{key_file.name}.new-{os.getpid()}-{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(key.hex() + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, key_file)
    except BaseException as err:  # a full disk must not leave an empty key file behind
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(err, OSError) and (err.filename is None or str(err.filename) == str(tmp)):
            err.filename = str(key_file)
        raise
    return key, True


# --- redaction ----------------------------------------------------------------------------------
def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w'-]+", text) if w]


def _name_like(word: str) -> bool:
    """A word that may be (part of) a name: has a letter, is not a stop word."""
    if not word or not re.search(r"[^\W\d_]", word):
        return False
    return not (word.lower() in STOP_WORDS or re.sub(r"\d+$", "", word).lower() in STOP_WORDS)


class Redactor:
    """Replaces known names, phone numbers and addresses in free text.

    Parameters
    ----------
    names : iterable of str
        Names and other strings to remove; each is removed as a whole
        string and word by word (see :meth:`add`).
    """

    def __init__(self, names=(), guard: IdentifierGuard | None = None):
        self.exact: set[str] = set()
        self.words: set[str] = set()
        self.guard = guard
        for n in names:
            self.add(n)
        self._compiled = None

    def add(self, value, words: str = "long", always: bool = False) -> None:
        """Add a known string.

        ``words="long"`` also adds its words of 3 letters or more,
        ``"all"`` every word (for pseudonyms such as ``S``), ``"none"`` none.
        Stop words and numbers are never added as words, and a string made
        of stop words and numbers only (``Ketua RT 08``, ``Anak``) is not
        added at all unless ``always`` (direct identifiers).
        """
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            return
        text = str(value).strip()
        if not text:
            return
        core = re.sub(r"\(.*?\)", " ", text).strip()
        names = [w for w in (w.strip("'-") for w in _words(text)) if _name_like(w)]
        if not names and not always:
            return
        self._compiled = None
        if len(text) >= 2 or words == "all":
            self.exact.add(text)
        core_named = always or any(_name_like(w.strip("'-")) for w in _words(core))
        if core and core != text and (len(core) >= 2 or words == "all") and core_named:
            self.exact.add(core)
        if words == "none":
            return
        for plain in (w.strip("'-") for w in _words(core)):
            if _name_like(plain) and (words == "all" or len(plain) >= 3):
                self.words.add(plain)

    def _index(self):
        """Two token tries of the known names: long ones by lower case, short ones by case."""
        if self._compiled is None:
            long: dict = {}
            short: dict = {}
            for term in self.exact | self.words:
                if len(term) >= 3:
                    toks, node = [t.lower() for t in _TOKEN.findall(term)], long
                else:
                    toks, node = _TOKEN.findall(term), short
                if not toks:
                    continue
                for t in toks:
                    node = node.setdefault(t, {})
                node[None] = True  # a known name ends here
            self._compiled = (long, short)
        return self._compiled

    @staticmethod
    def _longest(trie: dict, seq: list[str], i: int) -> int:
        node, best = trie, 0
        for j in range(i, len(seq)):
            node = node.get(seq[j])
            if node is None:
                break
            if None in node:
                best = j - i + 1
        return best

    def _names(self, text: str) -> str:
        long, short = self._index()
        if not long and not short:
            return text
        toks = list(_TOKEN.finditer(text))
        raw = [m.group(0) for m in toks]
        low = [t.lower() for t in raw]
        pieces, last, i = [], 0, 0
        while i < len(toks):
            m = toks[i]
            if text[m.start() - 1 : m.start()] == "[" and text[m.end() : m.end() + 1] == "]":
                i += 1  # a placeholder put in by the patterns
                continue
            size = max(self._longest(long, low, i), self._longest(short, raw, i))
            if size:
                pieces += [text[last : m.start()], "[nama]"]
                last = toks[i + size - 1].end()
                i += size
            else:
                i += 1
        pieces.append(text[last:])
        return "".join(pieces)

    def __call__(self, text, names: bool = True):
        """Redact one cell (missing stays missing).

        ``names=False`` (category columns) applies the guard and the
        patterns, but not the casebook's other known names."""
        if text is None or (not isinstance(text, str) and pd.isna(text)):
            return text
        out = str(text)
        if self.guard:
            out = self.guard.redact(out, lambda kind: _PLACEHOLDER.get(kind, "[nama]"))
        out = _EMAIL.sub("[email]", out)
        out = _GROUPED_NUMBER.sub(_grouped_sub, out)
        out = _DATE.sub("[tanggal]", out)
        out = _NUMBER.sub("[nomor]", out)
        out = _PHONE.sub(_phone_sub, out)
        out = _STREET.sub("[alamat]", out)
        out = _AREA.sub("[alamat]", out)
        out = _RTRW.sub("[alamat]", out)
        return self._names(out) if names else out

    def series(self, values: pd.Series, names: bool = True) -> pd.Series:
        """Redact a text column (each distinct value once)."""
        uniq = values.dropna().unique()
        done = {v: self(v, names) for v in uniq}
        return values.map(done).astype("string")


def _grouped_sub(match: re.Match) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    return "[nomor]" if len(digits) == 16 else match.group(0)


def _phone_sub(match: re.Match) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    return "[telepon]" if len(digits) >= 9 else match.group(0)


# --- transforming the tables --------------------------------------------------------------------
def _source_ids(cb: Casebook) -> dict[str, str]:
    """client_id -> the id the pseudonym is computed from (casebook-qualified)."""
    pooled = getattr(cb, "sources", None) is not None
    key = casebook_key(cb.name)
    out = {}
    for cid in cb.client_ids:
        out[cid] = cid if pooled else f"{key}{SEPARATOR}{cid}"
    return out


def _known_names(cb: Casebook) -> Redactor:
    red = Redactor(guard=IdentifierGuard.from_casebook(cb))
    ids = cb.identifiers
    for col in ("full_name", "address", "phone"):
        for v in ids[col].dropna():
            red.add(v, "long", always=True)
            if col == "address":
                for part in str(v).split(","):
                    red.add(part.strip(), "none", always=True)
                    red.add(re.sub(r"^\s*\w+\.\s*", "", part).strip(), "none")
    for v in cb.clients["client_id"]:
        red.add(v, "all")
        red.add(split_pooled_id(v)[1], "all")
    for v in cb.clients["pseudonym"].dropna():
        red.add(v, "all")
    for col in ("worker", "institution"):
        for v in cb.clients[col].dropna():
            red.add(v, "long")
    for v in cb.family["label"].dropna():
        red.add(v, "all")
    for col in ("member_id", "father_id", "mother_id", "partner_id"):
        for v in cb.family[col].dropna():
            red.add(v, "long")
    for v in cb.ecomap["system"].dropna():
        red.add(v, "long")
    for v in cb.sessions["participants"].dropna():
        for part in split_list(v):
            red.add(part, "long")
    return red


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


def _deidentify(cb: Casebook, key: bytes, age_bands: bool) -> dict[str, pd.DataFrame]:
    src = _source_ids(cb)
    new_id = {cid: pseudonym(s, key) for cid, s in src.items()}
    if len(set(new_id.values())) != len(new_id):  # 48-bit codes: practically never
        raise ExportError("Two clients got the same pseudonym; export again with a new key.")
    offset = {cid: date_offset(s, key) for cid, s in src.items()}
    red = _known_names(cb)
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


def _guard_only(guard: IdentifierGuard):
    """Redaction of the direct identifiers only (a plain export)."""

    def redact(value):
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            return value
        return guard.redact(str(value), lambda kind: _PLACEHOLDER.get(kind, "[nama]"))

    return redact


def _plain(cb: Casebook) -> dict[str, pd.DataFrame]:
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


def _write_tables(tables: dict[str, pd.DataFrame], folder: Path) -> list[str]:
    written = []
    for name, frame in tables.items():
        if name != "clients" and not len(frame):
            continue
        file = folder / f"{name}.csv"
        text = _as_text(frame, name)  # csv_text quotes control characters: the export reloads
        file.write_bytes(csv_text([list(text.columns), *text.itertuples(index=False)]).encode())
        written.append(file.name)
    return written


def _copy_instruments(cb: Casebook, folder: Path, red: Redactor | None = None) -> list[str]:
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
                f"The definition file of instrument {inst_id} ({inst.source}) cannot be found."
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
    from .instruments import tomllib  # tomli before Python 3.11
    from .tomlwrite import dumps

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
        raise ExportError(
            f"The instrument file {src.name} could not be written back; please report."
        )
    return text


def _compare_scores(cb: Casebook, exported: Casebook, key: bytes | None) -> None:
    from .scoring import score

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
        raise ExportError(
            "The exported casebook does not score the same as the source; nothing was written. "
            "Please report this as a casekit bug."
        )


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
        where = f"{file.relative_to(folder).as_posix()}, line {line}"
        if file.suffix == ".csv":
            start = text.rfind("\n", 0, found[0].start) + 1
            header = text.split("\n", 1)[0].split(",")
            column = text[start : found[0].start].count(",")
            if column < len(header):
                where += f", column '{header[column]}'"
        raise ExportError(
            f"A direct identifier from identifiers.csv ({found[0].kind}) would be exported in "
            f"{where}; nothing was written. A code or id column cannot be redacted: replace "
            "the name in that cell of the casebook (in free text, please report this as a "
            "casekit bug)."
        )


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
    from .pooling import load_casebooks

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
                f"The export folder {out} must lie outside the source casebook {path} "
                "(and not contain it)."
            )
    if not out.parent.is_dir():
        raise ExportError(f"The folder {out.parent} does not exist; create it first.")
    logs = _logs(sources)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ExportError(_existing(out, logs))

    key, created, kfile = None, False, None
    if deidentify:
        if key_file is None:
            if len(sources) != 1 or None in sources.values():
                raise ParameterError(
                    "Give key_file= (--key-file) when exporting several casebooks or a casebook "
                    "without a folder: the same key must be used for every export that should link."
                )
            [path] = sources.values()
            key_file = path.parent / f"{path.stem if path.is_file() else path.name}.export.key"
        kfile = Path(key_file).expanduser().resolve()
        if _inside(kfile, out):
            raise ExportError(
                f"The key file {kfile} lies inside the export folder {out}; keep the key "
                "outside the export (on your own machine) or the pseudonyms can be undone."
            )
        key, created = _key(kfile)

    all_clients = len(cb.clients)
    left_out: list[str] = []
    if not include_without_consent:
        cb, left_out = _with_consent(cb)
    without = int(cb.clients["consent_date"].isna().sum()) if "consent_date" in cb.clients else 0
    tables = _deidentify(cb, key, age_bands) if deidentify else _plain(cb)
    remove_stale_temps(out.parent, f".{out.name}.tmp-*")  # left by a killed export
    tmp = out.parent / f".{out.name}.tmp-{os.getpid()}-{secrets.token_hex(4)}"
    tmp.mkdir()
    try:
        files = _write_tables(tables, tmp)
        files += _copy_instruments(cb, tmp, _known_names(cb) if deidentify else None)
        try:
            exported = load_casebook(tmp, name=out.name)
        except CasebookError as err:
            raise ExportError(
                "The export would not be a valid casebook; nothing was written. Please report "
                "this as a casekit bug:\n" + str(err)
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
            raise ExportError(
                f"The audit line could not be written ({err}); nothing was exported. "
                "Check that you may write beside the source casebook."
            ) from None
        exportlog.checkpoint("journal")
        if out.exists():
            out.rmdir()
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    exportlog.checkpoint("renamed")
    try:
        exportlog.complete(logs, entry["id"], entry["when_utc"])
    except OSError as err:
        raise ExportError(
            f"The export is written and its audit line recorded, but the completion line could "
            f"not be added ({err}); run the same export again to complete it."
        ) from None
    exportlog.checkpoint("completed")
    result.logs = logs
    return result


def _logs(sources: dict) -> list[Path]:
    """``exports.log`` beside each source casebook (once per folder)."""
    logs = [path.parent / exportlog.LOG_NAME for path in sources.values() if path is not None]
    return list(dict.fromkeys(logs))


def _existing(out: Path, logs: list[Path]) -> str:
    """Why an existing export folder is refused; completes its audit when it was interrupted."""
    for log in logs:
        entry = exportlog.pending(log, out)
        if entry is None:
            continue
        if out.is_dir() and exportlog.folder_digest(out) == entry.get("export_sha256"):
            exportlog.complete(logs, entry["id"], entry["when_utc"])
            return (
                f"The export folder {out} already exists: an export interrupted after it was "
                f"written. Its audit line in {log} is now completed. Give a new folder name "
                "to export again."
            )
        return (
            f"The export folder {out} exists but does not match its audit line in {log} "
            "(changed after an interrupted export?). Check it, delete it, and export again."
        )
    if logs and not any(exportlog.audited(log, out) for log in logs):
        return (
            f"The export folder {out} already exists and is not empty (and has no audit line "
            f"in {', '.join(map(str, logs))}); give a new folder name (or delete the old export)."
        )
    return (
        f"The export folder {out} already exists and is not empty; "
        "give a new folder name (or delete the old export)."
    )


def _audit_entry(result, deidentify, age_bands, key, consent) -> dict:
    """What every audit line of this export says (see :func:`_audit_lines`)."""
    from . import __version__

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

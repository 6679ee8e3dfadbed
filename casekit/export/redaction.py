"""Redaction of free text in a de-identified export.

:class:`Redactor` replaces, in one text cell: every identifier of
``identifiers.csv`` in every form the identifier guard of
:mod:`casekit.privacy` recognises (``[nama]``, ``[alamat]``, ``[telepon]``);
e-mail addresses (``[email]``); 16-digit NIK/KK numbers, with or without
separators (``[nomor]``); Indonesian phone numbers (``[telepon]``); street
addresses, RT/RW and area names by pattern (``[alamat]``); dates written in
the text (``[tanggal]``); and every name the casebook knows (``[nama]``),
as a whole string and word by word, skipping the kinship words and
honorifics of :data:`STOP_WORDS`. Names are matched on word tokens with a
trie, so thousands of names cost one pass over the text.
:func:`known_names` collects the names a casebook knows (see the module
docstring of :mod:`casekit.export` for the full list).
"""

from __future__ import annotations

import re

import pandas as pd

from ..casebook import Casebook
from ..pooling import split_pooled_id
from ..privacy import IdentifierGuard
from ..tables import split_list

__all__ = ["Redactor", "STOP_WORDS", "known_names"]

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
_PLACEHOLDER = {"full_name": "[nama]", "address": "[alamat]", "phone": "[telepon]"}
_PLACEHOLDER.update({"email": "[email]", "nik": "[nomor]", "kk": "[nomor]"})
#: the words names are matched on (letters and digits; ' - _ and spaces separate them)
_TOKEN = re.compile(r"[^\W_]+")


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


def known_names(cb: Casebook) -> Redactor:
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


def _guard_only(guard: IdentifierGuard):
    """Redaction of the direct identifiers only (a plain export)."""

    def redact(value):
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            return value
        return guard.redact(str(value), lambda kind: _PLACEHOLDER.get(kind, "[nama]"))

    return redact

"""The identifier guard: one place every output passes before it is written.

Every file casekit writes for someone else to read (client and cohort
reports, the index page, slides, PDFs, Word chapters, exports, logs) and every
message it prints passes through an :class:`IdentifierGuard` built from the
casebook's ``identifiers.csv``. Reports, slides and documents are refused
when the guard finds an identifier in them; exports redact what it finds in
free text.

How a text is matched
---------------------
The text is first *folded* into a string of the same length (so every match
points back at the original characters):

* case is ignored; accented Latin letters count as their base letter
  (``é`` = ``e``, also when written as ``e`` + a combining accent);
* HTML character references (``&#39;``, ``&#x27;``, ``&eacute;``,
  ``&nbsp;``...) and JavaScript escapes (``\\u0027``) count as the character
  they stand for, so an HTML-escaped copy is found like the plain one;
* apostrophes (``'`` ``’`` ``ʼ`` `````), soft hyphens and zero-width
  characters inside a word are ignored (``Ma'ruf`` = ``Maruf``).

Names are then compared in a *canonical spelling* that makes the Indonesian
spelling reforms (Van Ophuijsen 1901, Soewandi 1947, EYD 1972) and common
transliteration variants equal: ``oe`` = ``u``, ``dj`` = ``j``, ``tj`` =
``c``, ``j`` = ``y`` (so ``sj`` = ``sy``), ``ch`` = ``kh``, and a doubled
letter counts as one (``Abdullah`` = ``Abdulah``). ``Soetarman``,
``SUTARMAN`` and ``Sutarman`` are one name; ``Djoko``, ``Joko`` and ``Yoko``
too.

What is an identifier
---------------------
Every value of every column of ``identifiers.csv`` except ``client_id`` (and
the pooled ``casebook``), extra columns included (``email``, ``nik``,
``kk``, ``nickname``...):

Names (``full_name`` and any other text column)
    Titles and honorifics are removed (``Hj.``, ``H.``, ``Bu``, ``Pak``,
    ``Bapak``, ``Ibu``, ``dr.``, ``Drs.``, ``S.Sos``, ``S.Pd``, ``M.Si``...,
    see :data:`TITLES`); every remaining *name part of three letters or
    more* is an identifier on its own, found as a whole word (a name part
    inside another word, ``Adi`` in ``Hadiah``, does not count; Indonesian
    suffixes ``-nya``, ``-lah``, ``-pun``, ``-kah``, ``-ku``, ``-mu`` after
    it do). Name parts shorter than three letters (counting a doubled
    letter once: ``Iin``) are not matched.
Common words
    A name part that is also an everyday Indonesian word (``Kasih``,
    ``Indah``, ``Budi``, ``Putri``, ``Rahayu``, ``Lestari``, ... see
    :data:`COMMON_WORDS`) would stop every report that says *terima kasih*.
    Such a part counts only where it is evidently a name: after a title
    (``Bu Kasih``), next to another part of the same person's name with only
    a space or hyphen between (``Kasih Rahayu``), or written with a capital letter in the middle of a
    sentence (``... bertemu Kasih di ...``). The trade-off: ``Kasih`` at
    the start of a sentence or lower-case on its own is not caught.
Numbers (values with seven digits or more: phone, NIK, KK)
    Compared by their digits only, whatever separators stand between them
    (spaces, dots, dashes, brackets, up to three characters), with the
    country code ``+62``/``62`` and leading zeros ignored: ``0812-3456-7890``
    is found as ``+62 812 3456 7890``, ``081234567890`` or
    ``(0812) 3456.7890``. A part of a number (only the last eight digits) is
    not found.
E-mail addresses
    An address in the text is an identifier when it equals one in
    ``identifiers.csv`` or when its part before ``@`` contains a name part
    (``sutarman58@gmail.com``, ``siti.aminah@...``).
Addresses
    The whole address is split at commas; the name of a street, alley or
    neighbourhood (after ``Jl.``, ``Jln``, ``Jalan``, ``Gg.``, ``Gang``,
    ``Kel.``, ``Kelurahan``, ``Desa``, ``Dusun``, ``Kp.``, ``Perum``,
    ``Komplek``, ``Blok``...) is found when the text writes it after any of
    those words (``Jln Melati`` for ``Jl. Melati No. 5``; the first word is
    enough there: ``Gg. Kenari`` for ``Gg. Kenari II``) or, whole, followed by
    the house number (``Melati 5``). A district (``Kec.``) or city alone is not
    an identifier, and neither is an RT/RW number alone.

Matching is fast however many clients a casebook has: the folded text is
split into words once (one regular expression, in C), each distinct word is
put in canonical spelling once and looked up in a dictionary of name parts;
digit runs and e-mail addresses get one pass each. Findings inside encoded
data (UUIDs, base64 runs such as plotly's figure data) are dropped. A 400 KB
report page is
checked in 65-90 ms against 200 clients (2000 clients: about the same; see
``benchmarks/bench_privacy.py``).

What is *not* caught: nicknames, initials or misspellings that appear nowhere
in ``identifiers.csv``; name parts shorter than three letters; a name spelled
letter by letter or split by markup (``S<b>utarman</b>``); parts of numbers;
identifiers of people who are not in ``identifiers.csv`` (family members,
neighbours): write those as roles (see ``family.label``).

Checked for false alarms on the 75 rendered demo pages (73 client reports,
cohort, index) with 196 common Indonesian given names and surnames as
identifiers: nothing found.
"""

from __future__ import annotations

import bisect
import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import IdentifierLeak
from .outputs import atomic_write

__all__ = [
    "COMMON_WORDS",
    "Finding",
    "IdentifierGuard",
    "TITLES",
    "canonical",
    "fold",
    "guarded_write",
    "leak_message",
    "locate",
    "sources_for",
    "withhold_identifiers",
]

#: columns of identifiers.csv that are not identifiers themselves
_NOT_IDENTIFIERS = ("client_id", "casebook")

_TITLE_TEXT = """
    hj hjh h haji hajjah hajah bu ibu pak bapak bpk bp sdr sdri saudara saudari nn ny nona nyonya
    tn tuan mbak mba mas mbah nenek nek kakek kek oma opa tante om bang abang kak kakak dik adik
    teh kang uda uni cik ustadz ustad ustazah ustadzah kyai kiai habib syekh raden rd
    almarhum almarhumah alm almh bin binti dr dr drg drs dra ir prof st sag ssos spd sh se si
    sked skep skom sip sth shum sfarm sp mm msi mpd mh mkes mkom ma msc phd amd amk bsc ba
"""
#: titles, honorifics and connectors removed from names (compared without dots:
#: ``S.Sos`` is ``ssos``)
TITLES = frozenset(_TITLE_TEXT.split())

_COMMON_TEXT = """
    kasih sayang budi bagus indah putri putra bunga mawar melati intan mulia sari murni ayu
    cahaya sinar rahmat rahman hidayah iman amin sabar slamet selamat bahagia harapan adil
    suci bayu tri eka dwi jaya dewi rahayu lestari setia sejahtera bintang bulan surya mentari
    fajar embun pelangi permata mutiara utama pratama sukma damai aman tentram jujur tulus
    kuat teguh gagah perkasa berlian cinta kurnia karunia nikmat rezeki berkah amal ikhlas
    syukur sehat bakti wijaya sakti agung mega awan angin hujan guntur laut gunung emas perak cucu dada
    puspa kencana indra wangi asri manis muda wahyu ilham fitri ihsan hakim arif ananda yang
    asih jati kali anggrek kenanga kamboja dahlia cempaka teratai raya baru lama utara
    selatan barat timur tengah sri
"""
#: name parts that are also everyday words: counted only where evidently a name
#: (after a title, next to another part of the same name, or capitalised mid-sentence)
COMMON_WORDS = frozenset(_COMMON_TEXT.split())

_STREET_TEXT = (
    "jl jln jalan gg gang lorong lr kel kelurahan desa ds dusun kp kampung kampong perum "
    "perumahan komp komplek kompleks blok"
)
_STREET_WORDS = _STREET_TEXT.split()
_STOP_ADDRESS = {"no", "nomor", "rt", "rw", "kec", "kecamatan", "kota", "kab", "kabupaten"}
_SUFFIXES = ("nya", "lah", "pun", "kah", "ku", "mu")
_MIN_PART = 3
_MIN_DIGITS = 7

_WORD = "a-z0-9"
_APOS = "'"  # folded form of every ignorable character


# --- folding ------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """One-to-one character map: accented Latin letters to their base, ignorables to ``'``."""
    table: dict[int, str] = {}
    ranges = [range(0x00C0, 0x0250), range(0x1E00, 0x1F00)]
    for rng in ranges:
        for code in rng:
            ch = chr(code)
            base = "".join(
                c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
            )
            if len(base) == 1 and base.isascii() and base.isalpha():
                table[code] = base.lower()
    table[0x0130] = "i"  # İ: lower() would give two characters
    table[0x0131] = "i"
    for code in range(0x0300, 0x0370):  # combining marks: ignorable
        table[code] = _APOS
    for ch in "\u2019\u2018\u02bc\u02bb`\u00b4\u2032\u00ad\u200b\u200c\u200d\u2060\ufeff":
        table[ord(ch)] = _APOS
    for ch in "\u00a0\u2007\u2009\u200a\u202f\u2002\u2003\u3000":
        table[ord(ch)] = " "
    for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
        table[ord(ch)] = "-"
    table[0xFF20] = "@"
    return table


_ESCAPE = re.compile(r"&(?:#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});?|\\u[0-9a-f]{4}")


def _fold_char(ch: str) -> str:
    one = ch.translate(_table()).lower()
    return one if len(one) == 1 else " "


def _pad_escape(match: re.Match) -> str:
    raw = match.group(0)
    n = len(raw)
    if raw.startswith("\\u"):
        ch = chr(int(raw[2:], 16))
    else:
        ch = html.unescape(raw)
        if ch == raw or len(ch) != 1:  # not an entity (or several characters)
            return raw if ch == raw else " " * n
    f = _fold_char(ch)
    if f == _APOS:
        return _APOS * n
    if f == "@":
        return _APOS * (n - 1) + "@"
    if f.isascii() and f.isalnum():
        return f + _APOS * (n - 1)
    return " " * n


def _fold_one(match: re.Match) -> str:
    ch = _fold_char(match.group(0))
    return ch if ch.isascii() else " "


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# encoded data, not words: base64 (plotly's "bdata", data: URIs; "/" may be written \u002f)
# and UUIDs (element ids). Their random pieces ("aade", "EMI") would match short names, so a
# finding inside one is dropped (checked only around findings: pages without any stay fast).
_RUN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\\=-")
_UUID = re.compile(r"[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")


def _in_blob(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a UUID or a random-looking (base64) run."""
    i, j, limit = start, end, 1 << 16
    while i > 0 and text[i - 1] in _RUN and start - i < limit:
        i -= 1
    while j < len(text) and text[j] in _RUN and j - end < limit:
        j += 1
    run = text[i:j]
    for m in _UUID.finditer(run):
        if m.start() <= start - i and end - i <= m.end():
            return True
    if len(run) < 40 or "-" in run.strip("-"):
        return False
    upper = sum(c.isupper() for c in run)
    lower = sum(c.islower() for c in run)
    letters = upper + lower
    return bool(
        letters and upper >= letters / 5 and lower >= letters / 5 and any(c.isdigit() for c in run)
    )


def fold(text: str) -> str:
    """``text`` folded for matching, character for character (same length).

    Lower case, accents off, HTML/JavaScript escapes replaced by the folded
    character they stand for (padded with ``'``), ignorable characters
    (apostrophes, combining marks, zero-width) as ``'``, other non-ASCII
    characters as spaces.
    """
    out = text if text.isascii() else _NON_ASCII.sub(_fold_one, text)
    out = out.lower()
    if "&" in out or "\\u" in out:
        out = _ESCAPE.sub(_pad_escape, out)
    return out


_CANON_STEPS = (
    (re.compile(r"oe"), "u"),
    (re.compile(r"dj"), "j"),
    (re.compile(r"tj"), "c"),
    (re.compile(r"ch"), "kh"),
    (re.compile(r"j"), "y"),
    (re.compile(r"([a-z])\1+"), r"\1"),
)


@lru_cache(maxsize=65536)
def canonical(word: str) -> str:
    """The canonical spelling of a name (part): folded, apostrophes out, old spellings
    mapped (``oe``→``u``, ``dj``→``j``, ``tj``→``c``, ``ch``→``kh``, ``j``→``y``), doubled
    letters single. ``canonical("Soetardjo") == canonical("Sutaryo")``."""
    s = fold(html.unescape(word)).replace(_APOS, "")
    for pattern, repl in _CANON_STEPS:
        s = pattern.sub(repl, s)
    return s


# --- what the identifiers are ----------------------------------------------------------------
@dataclass(frozen=True)
class Finding:
    """Where an identifier was found in a text; the identifier itself is not kept.

    ``start``/``end`` index the text searched; ``kind`` is the identifiers.csv
    column it came from (``full_name``, ``address``, ``phone``, ...), or
    ``email`` for an e-mail address holding a name part; ``client_id`` is
    whose identifier it is."""

    start: int
    end: int
    kind: str
    client_id: str
    #: which identifier (a short hash of its canonical form, for matching a page's
    #: findings to the casebook cells they came from; never shown)
    ref: str = field(default="", compare=False, repr=False)


_EMAIL_TEXT = re.compile(r"[a-z0-9._%+'-]+@[a-z0-9'-]+(?:\.[a-z0-9'-]+)+")
_EMAIL_LOCAL = re.compile(r"[a-z0-9._%+'-]+$")
_EMAIL_DOMAIN = re.compile(r"[a-z0-9'-]+(?:\.[a-z0-9'-]+)+")
# runs of digits and separators with at least 7 characters (numbers are checked piece by piece)
_DIGIT_RUN = re.compile(r"\+?[0-9][0-9 \t.\-/()'+]{5,}[0-9]")
_LONG_GAP = re.compile(r"\+?[0-9](?:[^0-9]{0,3}[0-9])*")
_TOKENS = re.compile(r"[a-z0-9']+")
_TITLE_BEFORE = re.compile(
    r"(?:^|[^a-z0-9'])(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + r")'*[^a-z0-9]{1,3}$"
)
_STREET_BEFORE = re.compile(
    r"(?:^|[^a-z0-9'])(?P<w>(?:"
    + "|".join(sorted(set(_STREET_WORDS), key=len, reverse=True))
    + r"))'*[^a-z0-9]{0,4}$"
)
# what may follow a place name: house number, then RT/RW numbers (each optional)
_PLACE_AFTER = re.compile(
    r"(?:[^a-z0-9]{0,4}(?:(?:no|nomor)'*[^a-z0-9]{0,3})?0*(?P<no>[0-9]+)[a-z]?(?![0-9]))?"
    r"(?:[^a-z0-9]{0,4}(?:rt|rw)'*[^a-z0-9]{0,3}[0-9]{1,3}(?![0-9])){0,2}"
)


def _name_parts(value: str) -> list[str]:
    """Canonical name parts (3+ letters, titles removed) of a name as typed."""
    folded = fold(value)
    # "S.Sos", "M.Si": titles written with dots are one token without them
    words = re.findall(r"[a-z0-9']+(?:\.[a-z0-9']+)*", folded)
    parts = []
    for w in words:
        plain = w.replace(".", "").replace(_APOS, "")
        if plain in TITLES or not re.search("[a-z]", plain):
            continue
        for piece in w.split("."):
            bare = piece.replace(_APOS, "")
            key = canonical(piece)
            # at least three letters, also once doubled letters count single ("Iin" is "in")
            if len(re.sub("[^a-z]", "", key)) >= _MIN_PART and bare not in TITLES:
                parts.append(key)
    return parts


def _address_parts(value: str) -> list[tuple[str, str]]:
    """(canonical place name, house number or "") of each component of an address."""
    found = []
    for component in re.split(r"[,;\n]", value):
        toks = _TOKENS.findall(fold(component).replace(".", " "))
        toks = [t.replace(_APOS, "") for t in toks]
        i = 0
        while i < len(toks):
            if toks[i] not in _STREET_WORDS:
                i += 1
                continue
            j = i + 1
            core = []
            while j < len(toks) and toks[j] not in _STOP_ADDRESS and not toks[j].isdigit():
                if toks[j] in _STREET_WORDS:
                    break
                core.append(canonical(toks[j]))
                j += 1
            number = ""
            k = j + (1 if j < len(toks) and toks[j] in ("no", "nomor") else 0)
            if k < len(toks) and toks[k].isdigit():
                number = toks[k].lstrip("0") or "0"
            if core and any(len(c) >= _MIN_PART for c in core):
                found.append((" ".join(core), number))
            i = j
    return found


def _ref(key: str) -> str:
    return hashlib.blake2s(key.encode(), digest_size=6).hexdigest()


def _missing(value) -> bool:
    """None, NaN, pandas NA or NaT."""
    if value is None:
        return True
    try:
        return bool(value != value)
    except TypeError:  # pandas NA
        return True


def _digits_core(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    if digits.startswith("62") and len(digits) >= 10:
        digits = digits[2:]
    return digits.lstrip("0")


class IdentifierGuard:
    """Finds a casebook's direct identifiers in text (see the module docstring).

    Build it with :meth:`from_casebook`; an empty guard (no identifiers)
    finds nothing.

    Parameters
    ----------
    entries : list of (value, kind, client_id)
        Identifier values as typed, the identifiers.csv column they come
        from and whose they are.
    common_words : iterable of str, optional
        Name parts counted only where evidently a name (default
        :data:`COMMON_WORDS`).
    """

    def __init__(self, entries, common_words=COMMON_WORDS):
        self._entries = [
            (str(v), str(k), str(c)) for v, k, c in entries if v is not None and str(v).strip()
        ]
        self._common = frozenset(canonical(w) for w in common_words)
        names: dict[str, tuple[str, str]] = {}  # canonical part -> (kind, client)
        places: dict[str, tuple[str, str, set]] = {}  # canonical place -> (kind, client, numbers)
        numbers: dict[str, tuple[str, str]] = {}
        emails: dict[str, tuple[str, str]] = {}
        self._person: dict[str, set[str]] = {}  # client -> canonical name parts
        for value, kind, client in self._entries:
            text = value.strip()
            core = _digits_core(text)
            letters = re.sub(r"[^A-Za-z]", "", text)
            if "@" in text and _EMAIL_TEXT.search(fold(text)):
                for m in _EMAIL_TEXT.finditer(fold(text)):
                    emails.setdefault(m.group(0).replace(_APOS, ""), (kind, client))
                    local = m.group(0).split("@")[0]
                    for part in re.split(r"[^a-z]+", local):
                        if len(part) >= _MIN_PART + 1:
                            key = canonical(part)
                            names.setdefault(key, (kind, client))
                            self._person.setdefault(client, set()).add(key)
                continue
            if len(core) >= _MIN_DIGITS and len(letters) <= 3:
                numbers.setdefault(core, (kind, client))
                continue
            if kind == "address":
                for place, number in _address_parts(text):
                    entry = places.setdefault(place, (kind, client, set()))
                    if number:
                        entry[2].add(number)
                for run in re.findall(r"\d[\d\s.-]{6,}\d", text):  # a phone inside an address
                    if len(_digits_core(run)) >= _MIN_DIGITS:
                        numbers.setdefault(_digits_core(run), (kind, client))
                continue
            for key in _name_parts(text):
                names.setdefault(key, (kind, client))
                self._person.setdefault(client, set()).add(key)
            for run in re.findall(r"\d[\d\s.-]{6,}\d", text):
                if len(_digits_core(run)) >= _MIN_DIGITS:
                    numbers.setdefault(_digits_core(run), (kind, client))
        self._names, self._places, self._numbers, self._emails = names, places, numbers, emails
        #: first word of each place name -> the place names starting with it (as word lists)
        self._place_first: dict[str, list[list[str]]] = {}
        for place in places:
            words = place.split(" ")
            self._place_first.setdefault(words[0], []).append(words)
        self._number_lengths = sorted({len(n) for n in numbers})

    @classmethod
    def from_casebook(cls, cb, **kwargs) -> IdentifierGuard:
        """The guard for every value of ``cb.identifiers`` (all columns but client_id)."""
        frame = cb.identifiers
        entries = []
        for column in frame.columns:
            if column in _NOT_IDENTIFIERS:
                continue
            for client, value in zip(frame["client_id"], frame[column], strict=False):
                if _missing(value):
                    continue
                entries.append((str(value), column, str(client)))
        return cls(entries, **kwargs)

    @classmethod
    def from_casebooks(cls, casebooks, **kwargs) -> IdentifierGuard:
        """One guard for the identifiers of several casebooks."""
        entries = []
        for cb in casebooks:
            entries.extend(cls.from_casebook(cb)._entries)
        return cls(entries, **kwargs)

    def __bool__(self) -> bool:
        return bool(self._entries)

    # --- matching ---------------------------------------------------------------------------
    def findings(self, text: str) -> list[Finding]:
        """Every place in ``text`` where an identifier appears, in text order."""
        if not self._entries or not text:
            return []
        folded = fold(text)
        found: list[Finding] = []
        # one pass of the C tokenizer; each distinct word is looked up once
        words = set(_TOKENS.findall(folded)) if (self._names or self._places) else ()
        names = {}
        places = set()
        for word in words:
            key = self._name_key(word)
            if key is not None:
                names[word] = key
            if self._place_first and canonical(word) in self._place_first:
                places.add(word)
        if names:
            found.extend(self._name_findings(text, folded, names))
        if places:
            found.extend(self._place_findings(folded, places))
        if self._numbers:
            found.extend(self._number_findings(folded))
        if "@" in folded:
            found.extend(self._email_findings(folded))
        found = [f for f in found if f.kind == "email" or not _in_blob(text, f.start, f.end)]
        return sorted(set(found), key=lambda f: (f.start, f.end, f.kind, f.client_id))

    def _name_key(self, word: str) -> str | None:
        """The canonical name part a folded word is (with a suffix or 's), or None."""
        key = canonical(word)
        if key in self._names:
            return key
        stem = word.strip(_APOS)
        for suffix in _SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= _MIN_PART:
                key = canonical(stem[: -len(suffix)])
                if key in self._names:
                    return key
        if _APOS in stem:  # Sutarman's, 'Sutarman'
            for piece in stem.split(_APOS):
                key = canonical(piece)
                if len(piece) >= _MIN_PART and key in self._names:
                    return key
        return None

    @staticmethod
    def _occurrences(folded: str, words) -> list[re.Match]:
        """Where the given folded words stand in ``folded``, as whole words."""
        alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return list(re.finditer(f"(?<![{_WORD}'])(?:{alternation})(?![{_WORD}'])", folded))

    def _name_findings(self, text: str, folded: str, names: dict) -> list[Finding]:
        hits = []
        for m in self._occurrences(folded, names):
            key = names[m.group(0)]
            kind, client = self._names[key]
            hits.append((m.start(), m.end(), key, kind, client))
        out = []
        for i, (start, end, key, kind, client) in enumerate(hits):
            if key in self._common and not self._evident(text, folded, hits, i):
                continue
            out.append(Finding(start, end, kind, client, _ref(key)))
        return out

    def _place_findings(self, folded: str, firsts) -> list[Finding]:
        out = []
        for m in self._occurrences(folded, firsts):
            following = [
                (w.start(), w.end(), canonical(w.group(0)))
                for w in _TOKENS.finditer(folded, m.start(), min(len(folded), m.start() + 120))
            ]
            begin = max(0, m.start() - 16)
            prefix = _STREET_BEFORE.search(folded[begin : m.start()])
            for place in self._place_first[canonical(m.group(0))]:
                whole = [c for _, _, c in following[: len(place)]] == place
                # after a street word the first word of the name is enough ("Gg. Kenari"
                # for "Gg. Kenari II"); without one, the whole name and its house number
                if not whole and not (prefix and len(place[0]) >= _MIN_PART):
                    continue
                end = following[len(place) - 1 if whole else 0][1]
                kind, client, house = self._places[" ".join(place)]
                rest = _PLACE_AFTER.match(folded, end)
                if prefix or (rest.group("no") and rest.group("no") in house):
                    start = begin + prefix.start("w") if prefix else m.start()
                    ref = _ref(" ".join(place))
                    out.append(Finding(start, max(end, rest.end()), kind, client, ref))
                    break
        return out

    def _evident(self, text: str, folded: str, hits: list, i: int) -> bool:
        """Whether a common-word name part at ``hits[i]`` is evidently a name."""
        start, end, key, _, client = hits[i]
        if _TITLE_BEFORE.search(folded[max(0, start - 16) : start]):
            return True
        parts = self._person.get(client, set())
        for j in (i - 1, i + 1):
            if 0 <= j < len(hits):
                s2, e2, key2, _, _ = hits[j]
                gap = folded[end:s2] if j > i else folded[e2:start]
                if key2 != key and key2 in parts and re.fullmatch(r"[\s'-]{1,3}", gap):
                    return True
        if text[start : start + 1].isupper():
            prev = text[:start].rstrip(" \t\u00a0")
            if prev and prev[-1] not in ".!?:;>\"'(\n[*#-|" and not prev.endswith("&nbsp;"):
                return True
        return False

    def _number_findings(self, folded: str) -> list[Finding]:
        out = []
        for m in _DIGIT_RUN.finditer(folded):
            # separators of more than three characters end a number
            for piece in _LONG_GAP.finditer(m.group(0)):
                digits = re.sub(r"[^0-9]", "", piece.group(0))
                if len(digits) < _MIN_DIGITS:
                    continue
                hit = self._number_in(digits)
                if hit is not None:
                    start = m.start() + piece.start()
                    out.append(Finding(start, start + len(piece.group(0)), *hit))
        return out

    def _number_in(self, digits: str):
        for n in self._number_lengths:
            if n > len(digits):
                break
            for k in range(len(digits) - n + 1):
                hit = self._numbers.get(digits[k : k + n])
                if hit is not None:
                    return (*hit, _ref(digits[k : k + n]))
        return None

    def _email_findings(self, folded: str) -> list[Finding]:
        out = []
        for at in re.finditer("@", folded):
            local = _EMAIL_LOCAL.search(folded, max(0, at.start() - 64), at.start())
            domain = _EMAIL_DOMAIN.match(folded, at.end())
            if local is None or domain is None:
                continue
            address = (local.group(0) + "@" + domain.group(0)).replace(_APOS, "").strip(".")
            hit = self._emails.get(address)
            if hit is not None:
                hit = (*hit, _ref(address))
            else:
                name = canonical(address.split("@")[0])
                for key, owner in self._names.items():
                    if key in name and key not in self._common:
                        hit = ("email", owner[1], _ref(key))
                        break
            if hit is not None:
                out.append(Finding(local.start(), domain.end(), *hit))
        return out

    def redact(self, text: str, placeholder="[disamarkan]") -> str:
        """``text`` with every identifier replaced by ``placeholder``.

        ``placeholder`` is a string, or a function of the finding's kind
        returning one (``lambda kind: "[telepon]" if kind == "phone" else ...``).
        """
        out, last = [], 0
        for f in self.findings(text):
            if f.start < last:
                if f.end > last:
                    last = f.end
                continue
            mark = placeholder(f.kind) if callable(placeholder) else placeholder
            gap = text[last : f.start]
            if out and out[-1] == mark and len(gap) <= 2 and gap.strip(" .,-") == "":
                last = f.end  # "Siti Aminah": one placeholder for the whole name
                continue
            out.append(gap)
            out.append(mark)
            last = f.end
        out.append(text[last:])
        return "".join(out)

    def check(self, text: str, *, where: str) -> None:
        """Raise :class:`IdentifierLeak` if ``text`` holds an identifier.

        The message names ``where`` (a file or page), the kind of identifier
        and whose it is, never the identifier itself."""
        found = self.findings(text)
        if found:
            raise IdentifierLeak(leak_message(where, found))


def locate(cb, guard: IdentifierGuard) -> list[tuple[str, int | None, str, str, str]]:
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
        for f in guard.findings(folder.replace("_", " ")):
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
    """A file or column name as words: ``nama_panggilan_wiranto`` -> ``nama panggilan wiranto``."""
    return re.sub(r"[_.]+", " ", str(name))


def leak_message(where: str, found: list[Finding], sources=()):
    """The refusal message (both languages): where, how many, which kinds, whose, and
    the casebook cells they came from when known; never the identifier.

    ``sources`` are ``(file, row, column)`` or ``(file, row, column, ref)`` of casebook
    cells (:func:`sources_for`); those holding an identifier that was found are named.
    """
    from .i18n import msg

    kinds = sorted({f.kind for f in found})
    clients = sorted({f.client_id for f in found if f.client_id})
    refs = {f.ref for f in found}
    # the cells holding an identifier that is in the text (all given cells when none matches)
    matching = [c[:3] for c in sources if len(c) < 4 or c[3] in refs]
    sources = list(dict.fromkeys(matching or [c[:3] for c in sources]))
    from .i18n import Msg, t, tr

    def cells_in(lang):
        cells = [
            tr(f, lang)
            + (t("m_where_row", lang).format(row=r) if r else "")
            + (t("m_where_column", lang).format(column=c) if c else "")
            for f, r, c in sources
        ]
        more = t("privacy_more_cells", lang).format(n=len(cells) - 10) if len(cells) > 10 else ""
        return "; ".join(cells[:10]) + more

    found_in = Msg(cells_in("en"), cells_in("id")) if sources else ""
    return msg(
        "privacy_leak" if found_in else "privacy_leak_nowhere",
        where=where,
        n=len(found),
        kinds=", ".join(kinds),
        clients=", ".join(clients) or "?",
        cells=found_in,
    )


def guarded_write(path, data: str | bytes, guard: IdentifierGuard | None, *, where=None) -> Path:
    """Check ``data`` with ``guard`` (text, or bytes read as UTF-8), then write it atomically.

    Nothing is written when the guard finds an identifier. Compressed formats
    (PDF streams, ``.docx``/``.xlsx`` zips) cannot be searched as bytes: check
    the text that goes into them with :meth:`IdentifierGuard.check` before
    encoding (or derive them from a page that passed the guard)."""
    path = Path(path)
    if guard:
        text = data if isinstance(data, str) else data.decode("utf-8", errors="replace")
        guard.check(text, where=where or path.name)
    return atomic_write(path, data)

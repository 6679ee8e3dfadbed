"""Folding text and spelling names canonically: how the identifier guard reads a text.

The matching half of :mod:`casekit.privacy` (the guard every output passes
through): word lists (titles, common words, street words), text folding,
canonical spelling, and splitting an identifier as typed into the parts the
guard looks for (name parts, place names with house numbers, digit cores).
Nothing here decides what is written; :class:`casekit.privacy.IdentifierGuard`
does.

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
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from functools import lru_cache

__all__ = ["COMMON_WORDS", "TITLES", "canonical", "fold"]

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


# --- what the identifiers are made of ---------------------------------------------------------
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

"""The identifier guard: one place every output passes before it is written.

Every file casekit writes for someone else to read (client and cohort
reports, the index page, slides, PDFs, Word chapters, exports, logs) and every
message it prints passes through an :class:`IdentifierGuard` built from the
casebook's ``identifiers.csv``. Reports, slides and documents are refused
when the guard finds an identifier in them; exports redact what it finds in
free text.

This module is the one entry point: every output goes through
:class:`IdentifierGuard` (:meth:`~IdentifierGuard.check`,
:meth:`~IdentifierGuard.redact`) or :func:`guarded_write` here, and a new
output must too. Its helpers live beside it and are re-exported from here:
:mod:`casekit.privacy_fold` reads a text (folding, canonical spelling of
names, see "How a text is matched" there) and :mod:`casekit.privacy_cells`
finds the casebook cells that hold an identifier (:func:`locate`,
:func:`sources_for`) and withholds identifying values from load problems
(:func:`withhold_identifiers`).

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

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import IdentifierLeak
from .outputs import atomic_write
from .privacy_cells import locate, sources_for, withhold_identifiers
from .privacy_fold import (
    _APOS,
    _DIGIT_RUN,
    _EMAIL_DOMAIN,
    _EMAIL_LOCAL,
    _EMAIL_TEXT,
    _LONG_GAP,
    _MIN_DIGITS,
    _MIN_PART,
    _NOT_IDENTIFIERS,
    _PLACE_AFTER,
    _STREET_BEFORE,
    _SUFFIXES,
    _TITLE_BEFORE,
    _TOKENS,
    _WORD,
    COMMON_WORDS,
    TITLES,
    _address_parts,
    _digits_core,
    _in_blob,
    _missing,
    _name_parts,
    _ref,
    canonical,
    fold,
)

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

    def cells_in(lang):  # "sessions.csv, baris 4, kolom 'notes'" in the reader's language
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

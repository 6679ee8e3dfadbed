"""Vectorised tests on columns of text cells (stripping, first characters, id codes).

pandas' ``str`` dtype without pyarrow stores Python ``str`` objects, so every
``Series.str`` method is a Python loop: at a million clients, stripping every
cell and matching every id against a regular expression took most of the load
time (issue 17). Here a column is joined once into one string with NUL
between cells and viewed as an array of code points (UTF-32), where the tests
are numpy operations:

* cell ``i`` occupies code points ``starts[i] .. ends[i] - 1``;
* a cell needs stripping iff its first or last code point is white space in
  Python's sense (``str.isspace``, the set ``str.strip`` removes);
* an id can match ``tables.ID_PATTERN`` only if its length is 1..64, its
  first code point is an ASCII letter or digit and every code point is an
  ASCII letter, digit, ``_`` or ``-``.

Only the cells a test flags are then handled by the Python code that defined
the rule (``str.strip``, ``ID_PATTERN.match``), so results are those of the
per-cell loop, exactly. A column holding NUL itself, or a non-``str`` cell,
takes the per-cell loop.

The commonest columns (ids, codes, dates) are ASCII without any white space;
for them a scan of the joined bytes (``bytes.translate``, ``in``) answers
before any array is built: no cell needs stripping, no cell starts with
``#``, every character is one an id may hold.
"""

from __future__ import annotations

import numpy as np

from .tables import ID_PATTERN

#: every code point for which ``str.isspace()`` is true lies below U+3001
_SPACE_LIMIT = 0x3001
_SPACE = np.array([chr(c).isspace() for c in range(_SPACE_LIMIT)] + [False])
_ID_CHAR = np.zeros(129, dtype=bool)
for _c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-":
    _ID_CHAR[ord(_c)] = True
_ID_FIRST = _ID_CHAR.copy()
_ID_FIRST[[ord("_"), ord("-")]] = False
_ID_CHAR_OR_NUL = _ID_CHAR.copy()  # NUL separates the cells
_ID_CHAR_OR_NUL[0] = True
#: the ASCII characters for which ``str.isspace()`` is true
_ASCII_SPACE = bytes(c for c in range(128) if chr(c).isspace())
#: the ASCII characters an id may hold, and NUL
_ID_BYTES = bytes(c for c in range(128) if _ID_CHAR_OR_NUL[c])


def _joined(values) -> str | None:
    """The cells joined with NUL; None if a cell is not ``str``."""
    try:
        return "\x00".join(values)
    except TypeError:
        return None


class Cells:
    """A column of ``str`` cells as one code-point array.

    Parameters
    ----------
    values : numpy.ndarray of object
        The cells; all ``str`` without NUL (else :meth:`of` returns None).
    """

    def __init__(self, values: np.ndarray, codes: np.ndarray, starts, ends):
        self.values = values
        self.codes = codes
        self.starts = starts
        self.ends = ends

    @classmethod
    def of(cls, values, joined: str | None = None) -> Cells | None:
        values = np.asarray(values, dtype=object)
        if not len(values):
            return None
        joined = _joined(values) if joined is None else joined
        if joined is None:  # a cell that is not text
            return None
        if joined.isascii():  # (a flag CPython keeps: no scan) one byte per character
            codes = np.frombuffer(joined.encode("ascii"), dtype=np.uint8)
        else:
            codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        breaks = np.flatnonzero(codes == 0)
        if len(breaks) != len(values) - 1:  # a cell holds NUL itself
            return None
        starts = np.concatenate(([0], breaks + 1))
        ends = np.concatenate((breaks, [len(codes)]))
        codes = np.concatenate((codes, [0]))  # a sentinel: codes[starts] exists for "" too
        return cls(values, codes, starts, ends)

    @property
    def empty(self) -> np.ndarray:
        return self.starts == self.ends

    def _first(self) -> np.ndarray:
        """First code point of each cell (0 for an empty cell)."""
        return np.where(self.empty, 0, self.codes[self.starts])

    def _last(self) -> np.ndarray:
        return np.where(self.empty, 0, self.codes[np.maximum(self.ends - 1, 0)])

    def edge_space(self) -> np.ndarray:
        """Cells with white space at either end (those ``str.strip`` changes)."""

        def space(c):
            return _SPACE[np.minimum(c, _SPACE_LIMIT)]

        return space(self._first()) | space(self._last())

    def starts_with(self, char: str) -> np.ndarray:
        return self._first() == ord(char)

    def id_candidates(self) -> np.ndarray:
        """Cells that may match ``ID_PATTERN`` (a superset of those that do not fail it)."""
        good = _ID_CHAR_OR_NUL[np.minimum(self.codes[:-1], 128)]
        clean = np.ones(len(self.starts), dtype=bool)
        odd = np.flatnonzero(~good)  # characters no id has (usually none)
        if len(odd):
            clean[np.searchsorted(self.starts, odd, side="right") - 1] = False
        length = self.ends - self.starts
        first = self._first()
        return clean & (length >= 1) & (length <= 64) & _ID_FIRST[np.minimum(first, 128)]


def strip_cells(values: np.ndarray) -> np.ndarray:
    """``[v.strip() for v in values]`` for ``str`` cells, stripping only cells that need it."""
    values = np.asarray(values, dtype=object)
    joined = _joined(values) if len(values) else None
    if joined is not None and joined.isascii():
        data = joined.encode("ascii")
        if len(data.translate(None, _ASCII_SPACE)) == len(data):  # no white space at all
            return values
    cells = Cells.of(values, joined)
    if cells is None:
        return np.array([v.strip() for v in values] or [], dtype=object)
    todo = np.flatnonzero(cells.edge_space())
    if not len(todo):
        return values
    out = values.copy()
    out[todo] = [v.strip() for v in values[todo]]
    return out


def first_char_is(values: np.ndarray, char: str) -> np.ndarray:
    """``[v.startswith(char) for v in values]`` for ``str`` cells and a single character."""
    values = np.asarray(values, dtype=object)
    joined = _joined(values) if len(values) else None
    if joined is not None and char not in joined:
        return np.zeros(len(values), dtype=bool)
    cells = Cells.of(values, joined)
    if cells is None:
        return np.array([v.startswith(char) for v in values], dtype=bool)
    return cells.starts_with(char)


def id_mismatch(values: np.ndarray) -> np.ndarray:
    """``[not ID_PATTERN.match(v) for v in values]``, the regex run only on doubtful cells."""
    values = np.asarray(values, dtype=object)
    joined = _joined(values) if len(values) else None
    data = joined.encode("ascii") if joined is not None and joined.isascii() else None
    if (
        data is not None
        and not data.translate(None, _ID_BYTES)  # id characters only
        and not joined.startswith(("_", "-"))
        and "\x00_" not in joined
        and "\x00-" not in joined
    ):  # every cell is id characters, the first a letter or digit: only lengths matter
        breaks = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 0)
        if len(breaks) != len(values) - 1:  # a cell holds NUL itself
            return np.array([not ID_PATTERN.match(v) for v in values], dtype=bool)
        lengths = np.diff(breaks, prepend=-1, append=len(data)) - 1
        bad = (lengths < 1) | (lengths > 64)
    else:
        cells = Cells.of(values, joined)
        if cells is None:
            return np.array([not ID_PATTERN.match(v) for v in values], dtype=bool)
        bad = ~cells.id_candidates()
    doubtful = np.flatnonzero(bad)
    if len(doubtful):
        bad[doubtful] = [not ID_PATTERN.match(v) for v in values[doubtful]]
    return bad


def casefolded(values: np.ndarray) -> np.ndarray:
    """``[v.casefold() for v in values]`` (case folding is per character, so the join folds
    each cell as itself)."""
    values = np.asarray(values, dtype=object)
    if not len(values):
        return values
    try:
        joined = "\x00".join(values)
    except TypeError:
        return np.array([str(v).casefold() for v in values], dtype=object)
    parts = joined.casefold().split("\x00")
    if len(parts) != len(values):
        return np.array([v.casefold() for v in values], dtype=object)
    return np.array(parts, dtype=object)


def case_twins_possible(values: np.ndarray) -> bool:
    """False when no two of ``values`` can differ yet fold to the same text.

    For ASCII text ``casefold`` is ``lower``, which is one-to-one on strings without
    lower-case letters (``upper`` undoes it) and the identity on strings without
    upper-case ones; so ASCII ids all in capitals (``K01``) or all in small letters
    cannot be case twins and need no grouping.
    """
    try:
        joined = "\x00".join(values)
    except TypeError:
        return True
    return not (joined.isascii() and (joined == joined.upper() or joined == joined.lower()))

"""casekit.cells gives exactly what the per-cell Python loop gives (issue 17, item 5)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from casekit.cells import case_twins_possible, casefolded, first_char_is, id_mismatch, strip_cells
from casekit.tables import ID_PATTERN

# white space of every kind str.strip removes, NUL, letters that change length when folded
_ALPHABET = st.sampled_from(
    list("aAzZ09_-#. \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2028\u3000\x00ßİΣﬀé")
    + ["\U0001f600", "\u200b"]
)
_CELLS = st.lists(st.text(_ALPHABET, max_size=8) | st.text(max_size=5), max_size=12)


@settings(max_examples=300, deadline=None)
@given(_CELLS)
def test_cells_match_the_python_loop(cells):
    values = np.array(cells, dtype=object)
    assert list(strip_cells(values)) == [v.strip() for v in cells]
    assert list(first_char_is(values, "#")) == [v.startswith("#") for v in cells]
    assert list(id_mismatch(values)) == [not ID_PATTERN.match(v) for v in cells]
    assert list(casefolded(values)) == [v.casefold() for v in cells]
    folded = {}
    for v in cells:
        folded.setdefault(v.casefold(), set()).add(v)
    if any(len(group) > 1 for group in folded.values()):
        assert case_twins_possible(values)


def test_long_and_edge_ids():
    cells = ["a" * 64, "a" * 65, "-a", "a-", "", " a", "a\n", "K01", "\x00"]
    values = np.array(cells, dtype=object)
    assert list(id_mismatch(values)) == [not ID_PATTERN.match(v) for v in cells]
    assert list(strip_cells(values)) == [v.strip() for v in cells]


# ASCII id-like cells (the fast scans of the joined bytes), lengths around the 64 limit
_IDISH = st.lists(
    st.text(st.sampled_from(list("aZ09_-#\x00 \t")), max_size=3)
    | st.text(st.sampled_from(list("aZ09_-")), min_size=62, max_size=66),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(_IDISH)
def test_ascii_fast_paths_match_the_python_loop(cells):
    values = np.array(cells, dtype=object)
    assert list(strip_cells(values)) == [v.strip() for v in cells]
    assert list(first_char_is(values, "#")) == [v.startswith("#") for v in cells]
    assert list(id_mismatch(values)) == [not ID_PATTERN.match(v) for v in cells]

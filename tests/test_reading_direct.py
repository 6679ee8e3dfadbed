"""The direct CSV read (pandas' C parser on the open file) gives what the careful read gives.

``reading._read_csv_direct`` is the fast path for plain UTF-8 files (issue 17, item 5);
``reading._read_csv_careful`` decodes the whole text first and handles every odd file. For
generated files of every table (hard cells, each delimiter and line end, byte-order marks,
answers in and out of the narrow range), whenever the direct read accepts a file, the
checked table, its problems and its warnings must equal those of the careful read.
"""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from casekit.checks import _Checker
from casekit.reading import _read_csv_careful, _read_csv_direct
from casekit.tables import TABLES

HARD = ["K01", "k01", " K02 ", "CON", "pre", "sebelum", "ucla_3", "2024-08-22", "22/08/2024",
        "1724-08-22", "yes", "female", " P", "1950", "63", "-1", "nan", "92,5", "3.5", "10:00",
        '"', ";", ",", "\t", "#", " ", "", "é", "\u00a0x", "q1", "0", "40000", "-32769", "1e3",
        "2.0", " 4", "x", "10.00", "01", "09.30"]  # fmt: skip
cells = st.one_of(st.sampled_from(HARD), st.integers(-3, 300).map(str), st.text(max_size=6))


@st.composite
def tables(draw):
    name = draw(st.sampled_from(sorted(TABLES)))
    table = TABLES[name]
    names = [c.name for c in table.columns] + (["q1", "q2", "q3"] if table.extra else [])
    header = draw(st.lists(st.sampled_from(names), min_size=1, max_size=6, unique=True))
    if draw(st.booleans()):
        header = ["client_id", *[h for h in header if h != "client_id"]]
    answers = st.one_of(st.integers(0, 5).map(str), cells)
    rows = draw(
        st.lists(
            st.lists(answers, min_size=len(header), max_size=len(header) + draw(st.integers(0, 1))),
            max_size=8,
        )
    )
    sep = draw(st.sampled_from([",", ";", "\t"]))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    buf = io.StringIO()
    csv.writer(buf, delimiter=sep, lineterminator=newline).writerows([header, *rows])
    bom = draw(st.sampled_from(["", "\ufeff"]))
    return name, (bom + buf.getvalue()).encode("utf-8", errors="replace")


def _checked(raw, table):
    problems, warnings = [], []
    frame = _Checker(table, raw, problems, warnings).run() if raw is not None else None
    return frame, [repr(p) for p in problems], [repr(p) for p in warnings]


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
@given(tables())
def test_direct_read_equals_careful_read(case):
    name, data = case
    table = TABLES[name]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / table.file
        path.write_bytes(data)
        direct = _read_csv_direct(path, table)
        if direct is None:
            event("careful only")
            return
        event("direct")
        careful = _read_csv_careful(path, table, [], [])
    assert careful is not None
    assert direct.file == careful.file and direct.decimal_comma == careful.decimal_comma
    got, got_problems, got_warnings = _checked(direct, table)
    want, want_problems, want_warnings = _checked(careful, table)
    assert got_problems == want_problems
    assert got_warnings == want_warnings
    if want is None:
        assert got is None
    else:
        pd.testing.assert_frame_equal(got, want)


def test_answers_are_narrow_and_wide_ones_stay_wide(tmp_path):
    path = tmp_path / "responses.csv"
    table = TABLES["responses"]
    path.write_text("client_id,instrument,timepoint,q1,q2\nK01,ucla_3,pre,1,\nK02,ucla_3,pre,3,2\n")
    frame, problems, _ = _checked(_read_csv_direct(path, table), table)
    assert not problems
    assert str(frame["q1"].dtype) == "Int16" and frame["q2"].isna().tolist() == [True, False]
    path.write_text("client_id,instrument,timepoint,q1\nK01,ucla_3,pre,40000\n")
    assert _read_csv_direct(path, table) is None  # past Int16: the careful path reads it
    frame, problems, _ = _checked(_read_csv_careful(path, table, [], []), table)
    assert str(frame["q1"].dtype) == "Int64" and frame["q1"].tolist() == [40000]


def test_text_that_looks_like_numbers_stays_text(tmp_path):
    """Times typed 10.00, codes typed 01: pandas must not turn them into numbers."""
    table = TABLES["sessions"]
    path = tmp_path / "sessions.csv"
    path.write_text(
        "client_id,session_id,stage,date,start_time,end_time\n"
        "01,1,intake,2024-08-01,10.00,11.30\nK02,02,intake,2024-08-02,09.30,10.00\n"
    )
    direct, careful = _read_csv_direct(path, table), _read_csv_careful(path, table, [], [])
    got, got_problems, _ = _checked(direct, table)
    want, want_problems, _ = _checked(careful, table)
    assert got_problems == want_problems == []
    pd.testing.assert_frame_equal(got, want)
    assert got["start_time"].tolist() == ["10:00", "09:30"]
    assert got["client_id"].tolist() == ["01", "K02"]

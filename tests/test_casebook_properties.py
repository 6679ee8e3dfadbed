"""Property: whatever a spreadsheet cell holds, loading a casebook either works or
raises :class:`casekit.CasebookError` — never any other exception (issue 2, item 6).

Random cell contents (text, numbers, unicode, quotes, separators, line breaks,
empty), written properly quoted or raw (which can break the table's shape), with
``,`` or ``;`` as delimiter, into a small casebook of four tables; sometimes one
file is replaced by random bytes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import casekit as ck
from casekit.tables import ID_PATTERN

SPECIAL = [
    "",
    " ",
    '"',
    '""',
    "'",
    ",",
    ";",
    "\t",
    "\n",
    "\r\n",
    "#",
    "# K01",
    "NaN",
    "nan",
    "None",
    "inf",
    "-inf",
    "1e309",
    "-0",
    "0x1F",
    "1,5",
    "1.5",
    "92,5",
    "٣",  # Arabic-Indic digit three
    "²",
    "25:00",
    "10.00",
    "2024-13-01",
    "22/08/2024",
    "0000-00-00",
    "laki-laki",
    "P",
    "ya",
    "tidak",
    "K01",
    "K 01",
    "q1",
    "\ufeff",
    "\x00",
    "é",
    "👵",
    "x" * 300,
]

cells = st.one_of(
    st.sampled_from(SPECIAL),
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.text(max_size=12),
    st.text(alphabet=st.sampled_from(list(",;\"'#\n\r\t 0123456789.-:/Kq")), max_size=8),
)

TABLE_COLUMNS = {
    "clients": ["client_id", "sex", "birth_year", "intake_date", "termination_date", "cohort"],
    "family": ["client_id", "member_id", "father_id", "birth_year", "death_year", "deceased"],
    "sessions": ["client_id", "session_id", "stage", "date", "start_time", "end_time"],
    "responses": ["client_id", "instrument", "timepoint", "q1", "q2", "q3"],
}
years = st.integers(min_value=1900, max_value=2024).map(str)
dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31))
date_cells = st.one_of(dates.map(str), dates.map(lambda d: d.strftime("%d/%m/%Y")))
times = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59))


@st.composite
def valid_rows(draw):
    """A small casebook that is valid (apart from what the random order may upset)."""
    ids = draw(
        st.lists(st.sampled_from(["K01", "K02", "K-3", "k_4"]), min_size=1, max_size=3, unique=True)
    )
    maybe = lambda strategy: st.one_of(st.just(""), strategy)  # noqa: E731
    rows = {"clients": [], "family": [], "sessions": [], "responses": []}
    for cid in ids:
        rows["clients"].append(
            [
                cid,
                draw(st.sampled_from(["male", "female", "L", "P", "laki-laki", "Perempuan", ""])),
                draw(maybe(years)),
                draw(maybe(date_cells)),
                "",
                draw(st.text(max_size=10)),
            ]
        )
    members = []
    for k in range(draw(st.integers(0, 3))):
        cid = draw(st.sampled_from(ids))
        father = draw(st.sampled_from([""] + [m for c, m in members if c == cid]))
        members.append((cid, f"M{k}"))
        rows["family"].append(
            [
                cid,
                f"M{k}",
                father,
                draw(maybe(years)),
                "",
                draw(st.sampled_from(["ya", "tidak", "yes", "no", ""])),
            ]
        )
    for k in range(draw(st.integers(0, 3))):
        rows["sessions"].append(
            [
                draw(st.sampled_from(ids)),
                str(k + 1),
                draw(st.sampled_from(["intake", "asesmen", "intervensi", "termination"])),
                draw(date_cells),
                draw(maybe(times)),
                "",
            ]
        )
    for k, tp in enumerate(
        draw(st.lists(st.sampled_from(["pre", "post", "follow_up"]), max_size=3, unique=True))
    ):
        rows["responses"].append(
            [
                ids[k % len(ids)],
                "ucla_3",
                tp,
                *[draw(st.sampled_from(["1", "2", "3", ""])) for _ in range(3)],
            ]
        )
    return rows


@st.composite
def casebooks(draw):
    sep = draw(st.sampled_from([",", ";"]))
    rows = draw(valid_rows())
    # put random content into a few cells (none at all in about a third of the examples)
    places = [
        (t, r, c)
        for t, table in rows.items()
        for r, row in enumerate(table)
        for c in range(len(row))
    ]
    for _ in range(draw(st.integers(0, 2)) if places else 0):
        t, r, c = draw(st.sampled_from(places))
        rows[t][r][c] = draw(cells)
    files = {}
    quoted = draw(st.booleans())
    for name, columns in TABLE_COLUMNS.items():
        header = list(columns)
        if draw(st.integers(0, 19)) == 0:  # now and then a damaged header cell
            header[draw(st.integers(0, len(header) - 1))] = draw(cells)
        if quoted:
            buffer = io.StringIO()
            csv.writer(buffer, delimiter=sep, lineterminator="\n").writerows([header, *rows[name]])
            text = buffer.getvalue()
        else:  # raw: what a careless export or hand edit produces
            text = "".join(sep.join(r) + "\n" for r in [header, *rows[name]])
        files[f"{name}.csv"] = text.encode("utf-8", errors="surrogatepass")
    if draw(st.integers(0, 19)) == 0:
        victim = draw(st.sampled_from(sorted(files)))
        files[victim] = draw(st.binary(max_size=64))
    return files


@settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(casebooks())
def test_random_cells_load_or_raise_casebook_error(files):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, data in files.items():
            (folder / name).write_bytes(data)
        try:
            cb = ck.load_casebook(folder)
        except ck.CasebookError as err:
            assert err.problems
            assert all(p.file and p.message for p in err.problems)
            assert str(err)  # the message can be built and shown
            event("CasebookError")
            return
        event("loaded")
        # it loaded: the tables are typed and trustworthy
        assert all(ID_PATTERN.match(c) for c in cb.client_ids)
        assert cb.clients["client_id"].is_unique
        assert str(cb.clients["birth_year"].dtype) == "Int64"
        assert cb.clients["birth_year"].dropna().between(1900, 2100).all()
        assert str(cb.sessions["date"].dtype) == "datetime64[ns]"
        for q in ("q1", "q2", "q3"):
            if q in cb.responses.columns:
                assert str(cb.responses[q].dtype) in ("Int16", "Int64")  # narrow when they fit
        assert set(cb.sessions["client_id"].dropna()) <= set(cb.client_ids)
        assert isinstance(cb.family, pd.DataFrame)

"""A bounded fuzz test of the casebook loader (issue 14, item 6).

Generated casebooks (tables of the real columns with cells drawn from hard cases: quotes,
separators, control characters, far-away years, reserved names, ids differing in case;
every delimiter, line end and encoding the loader accepts; plain random bytes) must give a
loaded casebook or a clean :class:`~casekit.errors.CasebookError` whose problems each name
a file, never another exception, and never take more than a few seconds.

A few hundred examples run in CI; ``CASEKIT_FUZZ_EXAMPLES=5000 pytest tests/test_loader_fuzz.py``
runs more.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from casekit.casebook import Casebook, load_casebook
from casekit.errors import CasebookError
from casekit.tables import TABLES

EXAMPLES = int(os.environ.get("CASEKIT_FUZZ_EXAMPLES", "200"))
SECONDS = 5.0

HARD = ["K01", "k01", "K02", "CON", "nul", "S", "pre", "post", "sebelum", "ucla_3", "ucla_ls3",
        "2024-08-22", "22/08/2024", "1724-08-22", "0224-01-01", "2024-02-30", "9999-12-31",
        "yes", "no", "female", "P", "1950", "1879", "63", "-1", "1e309", "nan", "92,5", "10:00",
        '"', '""', ";", ",", "\t", "\r", "\n", "\r\n", "\x00", "\x0b", "#", " ", "", "=1+1",
        "\ufeff", "é", "Ibu Sri", "q1", "0", "3.5"]  # fmt: skip

cells = st.one_of(
    st.sampled_from(HARD),
    st.text(max_size=10),
    st.integers(-5, 200).map(str),
)
columns = sorted({c.name for t in TABLES.values() for c in t.columns} | {"q1", "q2", "x", ""})


@st.composite
def csv_files(draw):
    header = draw(st.lists(st.sampled_from(columns), min_size=1, max_size=7))
    width = len(header)
    rows = draw(
        st.lists(st.lists(cells, min_size=max(0, width - 2), max_size=width + 1), max_size=6)
    )
    sep = draw(st.sampled_from([",", ";", "\t"]))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    if draw(st.booleans()):  # written properly, quoted where needed
        buf = io.StringIO()
        csv.writer(buf, delimiter=sep, lineterminator=newline).writerows([header, *rows])
        text = buf.getvalue()
    else:  # joined by hand: stray quotes and separators stay as they are
        text = newline.join(sep.join(r) for r in [header, *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    return text.encode(encoding, errors="replace")


GOOD = Path(__file__).resolve().parent / "data" / "good" / "complete"
BASE = {str(p.relative_to(GOOD)): p.read_bytes() for p in sorted(GOOD.rglob("*")) if p.is_file()}


@st.composite
def mutated_good_casebooks(draw):
    """The complete good casebook with a few cells replaced, some files re-encoded."""
    files = dict(BASE)
    names = sorted(n for n in files if n.endswith(".csv"))
    for name in draw(st.lists(st.sampled_from(names), max_size=3, unique=True)):
        rows = list(csv.reader(io.StringIO(files[name].decode("utf-8-sig"))))
        for _ in range(draw(st.integers(0, 3))):
            r = draw(st.integers(0, len(rows) - 1))
            if rows[r]:
                rows[r][draw(st.integers(0, len(rows[r]) - 1))] = draw(cells)
        buf = io.StringIO()
        sep = draw(st.sampled_from([",", ";", "\t"]))
        newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
        csv.writer(buf, delimiter=sep, lineterminator=newline).writerows(rows)
        encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
        files[name] = buf.getvalue().encode(encoding, errors="replace")
    return files


@st.composite
def casebooks(draw):
    files = {"clients.csv": draw(st.one_of(csv_files(), st.binary(max_size=120)))}
    for name in draw(st.lists(st.sampled_from(sorted(TABLES)), max_size=4, unique=True)):
        files[f"{name}.csv"] = draw(st.one_of(csv_files(), st.binary(max_size=80)))
    if draw(st.booleans()):
        files["instruments/local.toml"] = draw(
            st.one_of(
                st.binary(max_size=80),
                st.sampled_from(
                    [b'id = "local"\nitems = 3\n', b"id = 1\n", b'id = "ucla_3"\n', b"[[\n"]
                ),
            )
        )
    return files


@settings(
    max_examples=EXAMPLES,
    deadline=None,  # timed below, with a bound that holds on a loaded CI machine
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,  # the same examples in every CI run; set a seed by hand to explore
)
@given(st.one_of(casebooks(), mutated_good_casebooks()))
def test_loader_gives_a_casebook_or_a_clean_casebook_error(files):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "cb"
        for name, data in files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        began = time.monotonic()
        try:
            cb = load_casebook(folder)
        except CasebookError as err:
            assert err.problems, "a CasebookError lists its problems"
            assert all(p.file for p in err.problems), "every problem names its file"
            str(err)  # and can be shown
            event("CasebookError")
        else:
            event("loaded")
            assert isinstance(cb, Casebook)
            cb.summary()
        assert time.monotonic() - began < SECONDS


def _small_workbook() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "clients"
    for row in [["client_id", "pseudonym", "birth_year"], ["K01", "Ibu A", 1950]]:
        ws.append(row)
    ws = wb.create_sheet("sessions")
    for row in [["client_id", "session_id", "stage", "date"], ["K01", "1", "intake", "2024-08-01"]]:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


WORKBOOK = _small_workbook()


@st.composite
def damaged_workbooks(draw):
    data = bytearray(WORKBOOK)
    for _ in range(draw(st.integers(0, 3))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    cut = len(data) if draw(st.booleans()) else draw(st.integers(0, len(data)))
    return bytes(data[:cut])


@settings(
    max_examples=max(20, EXAMPLES // 4),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
@given(damaged_workbooks())
def test_damaged_workbook_gives_a_casebook_or_a_clean_casebook_error(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cb.xlsx"
        path.write_bytes(data)
        began = time.monotonic()
        try:
            load_casebook(path)
        except CasebookError as err:
            assert err.problems and all(p.file for p in err.problems)
            event("CasebookError")
        else:
            event("loaded")
        assert time.monotonic() - began < SECONDS

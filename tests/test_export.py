"""De-identified export: round trip, planted identifiers, keys, refusals, audit line.

The planted casebook tests/data/research_planted has six clients (RA01..RA06) with
real-looking names, phone numbers and addresses in identifiers.csv and repeated in
free text, family labels, ecomap systems, participants, worker and institution.
Every test works on a copy in tmp_path, because an export writes its key file and
exports.log beside the source casebook.
"""

import hashlib
import hmac
import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import casekit as ck
from casekit.casebook import casebook_hash
from casekit.cli import main
from casekit.errors import ExportError
from casekit.export import Redactor, date_offset, export_casebook, pseudonym, read_key

DATA = Path(__file__).parent / "data"

# every identifying string planted in research_planted (as typed there)
PLANTED = [
    # identifiers.csv: full names and their parts
    "Sumarni Wijayanti", "Sumarni", "Wijayanti", "Bambang Kurniawan", "Bambang", "Kurniawan",
    "Siti Rahmawati", "Siti", "Rahmawati", "Joko Susilo", "Joko", "Susilo",
    "Dewi Lestari", "Dewi", "Lestari", "Agus Setiawan", "Agus", "Setiawan",
    # addresses and their parts
    "Jl. Melati No. 12", "Melati", "RT 03/RW 07", "Kel. Cipete Utara", "Cipete",
    "Kec. Kebayoran Baru", "Kebayoran", "Jalan Kenanga Raya No. 5", "Kenanga", "RT 01/RW 02",
    "Kel. Pondok Labu", "Pondok Labu", "Gg. Mawar II No. 3", "Mawar", "RT 04/RW 01",
    "RT 04 RW 01", "Kel. Beji", "Beji", "Jl. Anggrek 44", "Anggrek", "Kec. Cimanggis",
    "Cimanggis", "Jalan Flamboyan 9", "Flamboyan", "RT 10/RW 03", "Gg. Kamboja 2",
    "Kamboja", "Kel. Harapan Jaya", "Harapan Jaya", "RW 07",
    # phones, as typed in identifiers.csv and in the notes
    "0812-3456-7890", "+62 813 9876 5432", "0813 9876 5432", "081298765432",
    "+6285711122233", "0878-1111-2222", "021-7654321", "0857-3333-4444", "0813-5555-6666",
    # client ids and pseudonyms
    "RA01", "RA02", "RA03", "RA04", "RA05", "RA06", "Bu Marni", "Marni", "Pak Bambang",
    # family labels, ecomap systems, participants, worker, institution
    "Darmawan", "Rudi Hartono", "Rudi", "Hartono", "Wulandari", "Pak Darmo", "Darmo",
    "Bu Endang", "Endang", "Puskesmas Cilandak", "Cilandak", "Al-Ikhlas",
    "Yusuf Maulana", "Yusuf", "Maulana", "Yayasan Kasih Lansia Cipete", "Kasih",
]  # fmt: skip


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One export of the planted casebook, shared by the read-only tests."""
    root = tmp_path_factory.mktemp("shared")
    src = root / "research_planted"
    shutil.copytree(DATA / "research_planted", src)
    res = export_casebook(src, root / "out")
    return src, root / "out", read_key(res.key_file)


@pytest.fixture
def planted(tmp_path):
    src = tmp_path / "research_planted"
    shutil.copytree(DATA / "research_planted", src)
    return src


def _all_text(folder: Path) -> str:
    return "\n".join(
        p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*")) if p.is_file()
    )


def _mapped_scores(src_cb, key):
    sc = ck.score(src_cb)
    name = src_cb.name
    ids = sc["client_id"].map(lambda c: f"{name}__{c}")
    shift = pd.to_timedelta(ids.map(lambda i: date_offset(i, key)), unit="D")
    mapped = ids.map(lambda i: pseudonym(i, key)).astype(sc["client_id"].dtype)
    return sc.assign(client_id=mapped, date=sc["date"] + shift)


def test_round_trip_same_scores_and_cohort_statistics(shared):
    planted, folder, key = shared
    src, out = ck.load_casebook(planted), ck.load_casebook(folder)
    assert out.warnings == []
    keys = ["client_id", "instrument", "timepoint", "scale"]
    a = _mapped_scores(src, key).sort_values(keys).reset_index(drop=True)
    b = ck.score(out).sort_values(keys).reset_index(drop=True)
    cols = keys + ["date", "score", "items_answered", "prorated", "category"]
    pd.testing.assert_frame_equal(a[cols], b[cols])
    # RA03's post answers have one blank (prorated): 50.526316 = 48 * 20 / 19 in both
    assert b["prorated"].fillna(False).sum() == 1
    # same cohort statistics (n = 6 pairs of ucla_ls3, so nothing suppressed)
    s1, s2 = ck.cohort_summary(src), ck.cohort_summary(out)
    pd.testing.assert_frame_equal(s1, s2)
    row = s2[s2["instrument"] == "ucla_ls3"].iloc[0]
    assert row["n"] == 6 and not row["suppressed"]
    # hand check of the mean difference: post - pre per client from the source scores
    sc = ck.score(src)
    u = sc[sc["instrument"] == "ucla_ls3"].pivot(
        index="client_id", columns="timepoint", values="score"
    )
    assert row["mean_diff"] == pytest.approx(float((u["post"] - u["pre"]).mean()), abs=1e-12)


def test_dates_shifted_per_client_intervals_kept(shared):
    planted, folder, key = shared
    src, out = ck.load_casebook(planted), ck.load_casebook(folder)
    for table, col in [("clients", "intake_date"), ("clients", "termination_date"),
                       ("sessions", "date"), ("plan", "start_date"), ("plan", "end_date"),
                       ("responses", "date"), ("scores", "date")]:  # fmt: skip
        a, b = src.tables[table], out.tables[table]
        assert len(a) == len(b)
        for cid, old, new in zip(a["client_id"], a[col], b[col], strict=True):
            d = date_offset(f"research_planted__{cid}", key)
            assert 1 <= abs(d) <= 182
            assert new - old == pd.Timedelta(days=d)
    # intervals inside a client: RA01 intake 2024-08-22 -> termination 2024-09-24 = 33 days
    c = out.clients.set_index("pseudonym").loc[pseudonym("research_planted__RA01", key)]
    assert (c["termination_date"] - c["intake_date"]).days == 33


def test_planted_identifiers_do_not_survive(shared):
    planted, out, _ = shared
    assert not (out / "identifiers.csv").exists()
    text = _all_text(out).lower()
    survived = [s for s in PLANTED if s.lower() in text]
    assert survived == []
    # the source still has them (the test would be empty otherwise)
    source = _all_text(planted).lower()
    assert all(s.lower() in source for s in PLANTED)
    # what replaced them
    fam = pd.read_csv(out / "family.csv", dtype=str)
    assert fam["label"].tolist() == ["self", "spouse 1", "child 1", "self", "spouse 1"]
    assert fam["member_id"].tolist() == ["M1", "M2", "M3", "M1", "M2"]
    assert fam["partner_id"].tolist()[:2] == ["M2", "M1"]
    eco = pd.read_csv(out / "ecomap.csv", dtype=str)
    assert eco["system"].tolist() == ["neighbour 1", "health 1", "neighbour 2", "religious 1"]
    ses = pd.read_csv(out / "sessions.csv", dtype=str)
    assert ses["notes"].iloc[2] == "[nama] ditemani [nama]; hubungi [telepon] atau [telepon]"
    assert ses["notes"].iloc[3] == "Rumah [nama] di [alamat]"


def test_same_key_same_export_other_key_other_pseudonyms(planted, tmp_path):
    key_file = tmp_path / "secret.key"
    r1 = export_casebook(planted, tmp_path / "one", key_file=key_file)
    r2 = export_casebook(planted, tmp_path / "two", key_file=key_file)
    assert r1.key_created and not r2.key_created
    for f in r1.files:  # byte for byte the same
        assert (tmp_path / "one" / f).read_bytes() == (tmp_path / "two" / f).read_bytes()
    key = bytes.fromhex(key_file.read_text().strip())
    assert len(key) == 32
    ids = pd.read_csv(tmp_path / "one" / "clients.csv", dtype=str)["client_id"].tolist()
    # independent computation of the documented formula: P + HMAC-SHA256(key, "client\0<id>")
    expected = [
        "P" + hmac.new(key, f"client\x00research_planted__RA0{i}".encode(), hashlib.sha256).hexdigest()[:12]
        for i in range(1, 7)
    ]  # fmt: skip
    assert ids == expected
    r3 = export_casebook(planted, tmp_path / "three", key_file=tmp_path / "other.key")
    ids3 = pd.read_csv(r3.out / "clients.csv", dtype=str)["client_id"].tolist()
    assert len(ids3) == 6 and not set(ids3) & set(ids)


def test_key_file_inside_export_is_refused_and_nothing_written(planted, tmp_path):
    out = tmp_path / "out"
    with pytest.raises(ExportError, match="inside the export folder"):
        export_casebook(planted, out, key_file=out / "k.key")
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["research_planted"]


def test_refusals(planted, tmp_path):
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "x.txt").write_text("x")
    with pytest.raises(ExportError, match="already exists and is not empty"):
        export_casebook(planted, busy)
    with pytest.raises(ExportError, match="lies inside the source casebook"):
        export_casebook(planted, planted / "export")
    bad = tmp_path / "bad.key"
    bad.write_text("not hex")
    with pytest.raises(ExportError, match="cannot be read as a casekit key"):
        export_casebook(planted, tmp_path / "out", key_file=bad)
    with pytest.raises(ck.ParameterError, match="name the key file with key_file="):
        export_casebook([DATA / "research_site_a", DATA / "research_site_b"], tmp_path / "p")


def test_failed_check_leaves_nothing(planted, tmp_path, monkeypatch):
    import casekit.export as ex

    def broken(*args):
        raise ExportError("simulated failure after writing")

    monkeypatch.setattr(ex, "_compare_scores", broken)
    with pytest.raises(ExportError, match="simulated"):
        export_casebook(planted, tmp_path / "out", key_file=tmp_path / "k.key")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.key", "research_planted"]


def test_audit_line(planted, tmp_path):
    before = casebook_hash(planted)
    res = export_casebook(planted, tmp_path / "out", age_bands=True)
    log = tmp_path / "exports.log"
    assert res.logs == [log]
    # the audit line (written before the export appeared), then its completion line
    line, done = log.read_text().splitlines()
    entry = json.loads(line)
    assert json.loads(done) == {
        "what": "casekit export",
        "state": "completed",
        "id": entry["id"],
        "when_utc": entry["when_utc"],
    }
    assert entry["what"] == "casekit export" and entry["state"] == "started"
    assert entry["casebook"] == "research_planted"
    assert entry["casebook_sha256"] == before == casebook_hash(planted)  # source untouched
    assert entry["output"] == str((tmp_path / "out").resolve())
    assert entry["options"] == {
        "deidentify": True,
        "age_bands": True,
        "include_without_consent": False,
        "key_file": str(tmp_path / "research_planted.export.key"),
        "key_created": True,
    }
    assert entry["when_utc"].endswith("Z") and entry["clients"] == 6
    assert res.key_file.read_text().strip() not in log.read_text()  # never the key
    export_casebook(planted, tmp_path / "out2")
    assert len(log.read_text().splitlines()) == 4


def test_age_bands(planted, tmp_path):
    export_casebook(planted, tmp_path / "out", age_bands=True)
    out = ck.load_casebook(tmp_path / "out")
    # ages 68 74 76 65 72 77 -> lower bounds of 5-year bands
    assert out.clients["age_at_intake"].tolist() == [65, 70, 75, 65, 70, 75]
    assert out.clients["birth_year"].isna().all()
    # family years rounded down to a multiple of 5: 1956 1950 1980 1950 1955, death 2019
    assert out.family["birth_year"].tolist() == [1955, 1950, 1980, 1950, 1955]
    assert out.family["death_year"].dropna().tolist() == [2015]
    # the cohort's age bands are the same before and after
    src = ck.load_casebook(planted)
    a = ck.cohort.age_band(src.clients["age_at_intake"]).tolist()
    b = ck.cohort.age_band(out.clients["age_at_intake"]).tolist()
    assert a == b


def test_plain_export_still_drops_identifiers(planted, tmp_path):
    res = export_casebook(planted, tmp_path / "out", deidentify=False)
    assert res.key_file is None and "identifiers.csv" not in res.files
    out = ck.load_casebook(tmp_path / "out")
    assert out.client_ids == ["RA01", "RA02", "RA03", "RA04", "RA05", "RA06"]


def test_cli_pooled_export_with_mapping(tmp_path, capsys):
    for name in ("research_site_a", "research_site_b"):
        shutil.copytree(DATA / name, tmp_path / name)
    code = main([
        "export", str(tmp_path / "research_site_a"), str(tmp_path / "research_site_b"),
        "--out", str(tmp_path / "out"), "--key-file", str(tmp_path / "k.key"),
        "--mapping", str(DATA / "research_mapping.csv"), "--include-without-consent",
    ])  # fmt: skip
    assert code == 0
    said = capsys.readouterr().out
    assert "Exported 4 client(s)" in said and "new key written to" in said
    out = ck.load_casebook(tmp_path / "out")
    key = read_key(tmp_path / "k.key")
    assert out.client_ids == [
        pseudonym(i, key)
        for i in ["research_site_a__K01", "P001", "research_site_a__K03", "research_site_b__K01"]
    ]
    assert set(out.instruments) == {"local_mood"}
    entries = [json.loads(x) for x in (tmp_path / "exports.log").read_text().splitlines()]
    entries = [e for e in entries if e["state"] == "started"]
    assert [e["casebook"] for e in entries] == ["research_site_a", "research_site_b"]
    # these test casebooks have no consent dates: exported only with the flag, which is recorded
    assert entries[0]["options"]["include_without_consent"] is True
    assert entries[0]["consent"]["included_without_consent"] == 4
    assert entries[0]["pooled_with"] == ["research_site_b"]


def test_cli_refuses_key_inside_output(planted, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["export", str(planted), "--out", str(out), "--key-file", str(out / "k")])
    assert code == 1
    assert "inside the export folder" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("telepon 0812-3456-7890.", "telepon [telepon]."),
        ("+62 813 9876 5432 atau 0813 9876 5432", "[telepon] atau [telepon]"),
        ("(021) 7654321 / 021-7654321 / +6285711122233", "[telepon] / [telepon] / [telepon]"),
        ("NIK 3174012345678901", "NIK [nomor]"),
        ("di Jl. Melati No. 12, RT 03/RW 07, Kel. Cipete Utara", "di [alamat], [alamat], [alamat]"),
        ("Jln.Anggrek 44 dan Kp. Rawa Bebek", "[alamat] dan [alamat]"),
        ("ke Gang Kelinci dan Perum Griya Asri Blok C3", "ke [alamat] dan [alamat]"),
        (
            "jalan tidak normal; tensi 170/140 jam 15.00",
            "jalan tidak normal; tensi 170/140 jam 15.00",
        ),
        (
            "pada 14 Sep 2024 dan 2024-09-06 dan 06/09/2024",
            "pada [tanggal] dan [tanggal] dan [tanggal]",
        ),
        ("Ayah S dan ibu; Klien S", "[nama] dan ibu; Klien [nama]"),
    ],
)
def test_redactor_patterns(text, expected):
    red = Redactor()
    red.add("Ayah S", "all")
    assert red(text) == expected


def test_redactor_keeps_role_only_strings():
    red = Redactor()
    for role in ("Ketua RT 08", "Anak", "Kader lansia 1", "Tetangga"):
        red.add(role, "long")
    assert red.exact == set() and red.words == set()
    assert red("Anak dan tetangga datang") == "Anak dan tetangga datang"
    assert np.isnan(red(np.nan))


@pytest.mark.parametrize(
    "leak", ["telepon 0812 3456 7890", "SUMARNI   wijayanti datang", "(0812)3456-7890 lagi"]
)
def test_leak_check_finds_identifiers_in_other_spellings(tmp_path, leak):
    from casekit.export import _leak_check

    cb = ck.load_casebook(DATA / "research_planted")
    (tmp_path / "notes.csv").write_text(f"client_id,notes\nP1,{leak}\n", encoding="utf-8")
    with pytest.raises(ExportError, match="would be exported in notes.csv, line 2, column .notes."):
        _leak_check(cb, tmp_path)
    (tmp_path / "notes.csv").write_text("client_id,notes\nP1,[nama] datang\n", encoding="utf-8")
    _leak_check(cb, tmp_path)  # clean: no error

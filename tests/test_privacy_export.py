"""De-identified export of the planted-identity corpus: nothing planted survives anywhere.

Every file of the export (CSV and the instrument TOML) is searched for every
planted variant with :func:`tests.planted.leaks` (plain regular expressions,
independent of casekit's guard). With the guard switched off the same search
finds them (``test_guard_off_lets_the_planted_variants_through``), so these
tests fail without it.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

import casekit as ck
from casekit.errors import ExportError
from casekit.export import CLIENT_COLUMNS, export_casebook, pseudonym, read_key
from casekit.export import log as exportlog
from casekit.instruments import tomllib
from casekit.privacy import IdentifierGuard
from casekit.tables import TABLES
from tests.planted import CORPUS, leaks, leaks_in_folder


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A copy of the corpus (the export writes exports.log beside its source)."""
    return Path(shutil.copytree(CORPUS, tmp_path / "planted_identity"))


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    base = tmp_path_factory.mktemp("exp")
    src = shutil.copytree(CORPUS, base / "planted_identity")
    res = export_casebook(src, base / "out", key_file=base / "k.key")
    return res, base


def _cells(folder: Path):
    for file in folder.glob("*.csv"):
        with open(file, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        for r, row in enumerate(rows[1:], start=2):
            for c, cell in enumerate(row):
                yield file.name, r, rows[0][c], cell


def test_export_leaks_no_planted_variant_in_any_file(exported):
    res, _ = exported
    assert leaks_in_folder(res.out) == {}
    assert not (res.out / "identifiers.csv").exists()
    assert "instruments/pi_local.toml" in res.files


def test_instrument_toml_is_redacted_and_still_loads(exported):
    res, _ = exported
    data = tomllib.loads((res.out / "instruments" / "pi_local.toml").read_text(encoding="utf-8"))
    assert data["id"] == "pi_local" and data["score_max"] == 20
    assert "[nama]" in data["notes"] and "[alamat]" in data["notes"]
    assert "[telepon]" in data["notes"]
    assert set(ck.load_casebook(res.out).instruments) == {"pi_local"}


def test_client_columns_each_have_a_rule_and_categories_lose_addresses(exported):
    assert set(CLIENT_COLUMNS) == {c.name for c in TABLES["clients"].columns}
    res, _ = exported
    clients = ck.load_casebook(res.out).clients.set_index("pseudonym")
    regions = set(clients["region"].dropna())
    cohorts = set(clients["cohort"].dropna())
    assert "[alamat]" in regions and "Jakarta Timur" in regions  # categories keep their words
    assert "kelas [nama]" in cohorts and "2024" in cohorts


def test_emails_and_separated_numbers_redacted_whole(exported):
    res, _ = exported
    text = "\n".join(p.read_text(encoding="utf-8") for p in res.out.glob("*.csv"))
    assert "NIK [nomor]" in text and "KK [nomor]" in text
    assert "[email]" in text
    assert "[tanggal]." not in text and "[nomor]." not in text  # no half-redacted numbers
    assert "@" not in text.replace("'@maruf", "")  # PI03 (and its @maruf) is left out


def test_formula_cells_are_neutralised(exported):
    res, _ = exported
    starts = [(f, r, c, v) for f, r, c, v in _cells(res.out) if v[:1] in ("=", "+", "-", "@")]
    assert starts == []
    quoted = [v for _, _, _, v in _cells(res.out) if v.startswith("'=HYPERLINK")]
    assert quoted  # kept, but as text
    assert any(v.startswith("'-") for _, _, _, v in _cells(res.out))


def test_clients_without_consent_left_out_and_recorded(exported, corpus, tmp_path):
    res, base = exported
    assert res.left_out == ["PI03"] and res.clients == 3
    started = [e for e in exportlog.read_log(base / "exports.log") if e["state"] == "started"]
    assert started[-1]["consent"]["left_out"] == 1
    assert started[-1]["options"]["include_without_consent"] is False
    # with the flag: included, and the audit line says so
    res2 = export_casebook(
        corpus, tmp_path / "all", key_file=tmp_path / "k.key", include_without_consent=True
    )
    assert res2.clients == 4 and res2.left_out == []
    line = [e for e in exportlog.read_log(tmp_path / "exports.log") if e["state"] == "started"][-1]
    assert line["options"]["include_without_consent"] is True
    assert line["consent"]["included_without_consent"] == 1
    assert leaks_in_folder(tmp_path / "all") == {}


def test_guard_off_lets_the_planted_variants_through(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(IdentifierGuard, "findings", lambda self, text: [])
    res = export_casebook(corpus, tmp_path / "out", key_file=tmp_path / "k.key")
    found = leaks_in_folder(res.out)
    assert found  # the search above would fail without the guard
    assert "Aminah" in found["clients.csv"]  # cohort "kelas Siti Aminah"


def test_ids_are_the_same_alone_pooled_nfc_and_nfd(tmp_path):
    nfc = unicodedata.normalize("NFC", "kasus_José")
    nfd = unicodedata.normalize("NFD", "kasus_José")
    assert nfc != nfd
    a = Path(shutil.copytree(CORPUS, tmp_path / "a" / nfc))
    b = Path(shutil.copytree(CORPUS, tmp_path / "b" / nfd))
    key = tmp_path / "k.key"
    ids_alone = ck.load_casebook(export_casebook(a, tmp_path / "o1", key_file=key).out).client_ids
    ids_nfd = ck.load_casebook(export_casebook(b, tmp_path / "o2", key_file=key).out).client_ids
    pooled = export_casebook([a], tmp_path / "o3", key_file=key).out
    ids_pooled = ck.load_casebook(pooled).client_ids
    assert ids_alone == ids_nfd == ids_pooled
    assert ids_alone[0] == pseudonym("kasus_Jos__PI01", read_key(key))


_KILL = """
import sys
from casekit.export import export_casebook
export_casebook(sys.argv[1], sys.argv[2], key_file=sys.argv[3])
"""


@pytest.mark.parametrize("point", ["written", "journal", "renamed", "completed"])
def test_kill_9_at_any_step_leaves_no_export_or_an_audited_one(corpus, tmp_path, point):
    out, key, log = tmp_path / "out", tmp_path / "k.key", tmp_path / "exports.log"
    env = {**os.environ, "CASEKIT_EXPORT_KILL_AT": point}
    proc = subprocess.run(
        [sys.executable, "-c", _KILL, str(corpus), str(out), str(key)], env=env, timeout=300
    )
    assert proc.returncode == -9
    if out.exists():  # the export appeared: its audit line is on disk and matches it
        lines = [e for e in exportlog.read_log(log) if e.get("output") == str(out.resolve())]
        started = [e for e in lines if e["state"] == "started"]
        assert started and started[-1]["export_sha256"] == exportlog.folder_digest(out)
        assert started[-1]["files"] and started[-1]["casebook_sha256"]
    else:
        assert point in ("written", "journal")
    # the next export to the same folder repairs, refuses or simply runs
    if point == "renamed":
        with pytest.raises(ExportError, match="now completed"):
            export_casebook(corpus, out, key_file=key)
        assert exportlog.pending(log, out.resolve()) is None
    elif point == "completed":
        with pytest.raises(ExportError, match="already exists"):
            export_casebook(corpus, out, key_file=key)
    else:
        export_casebook(corpus, out, key_file=key)
        assert not list(tmp_path.glob(".out.tmp-*"))  # the killed run's folder is gone
        assert exportlog.pending(log, out.resolve()) is None
    assert leaks_in_folder(out) == {}


def test_export_without_audit_line_is_refused(corpus, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "clients.csv").write_text("client_id\nX\n", encoding="utf-8")
    with pytest.raises(ExportError, match="no audit line"):
        export_casebook(corpus, out, key_file=tmp_path / "k.key")


def test_audit_line_never_holds_an_identifier(exported):
    _, base = exported
    text = (base / "exports.log").read_text(encoding="utf-8")
    assert leaks(text) == []
    assert all(json.loads(x) for x in text.splitlines())


def test_plain_export_redacts_the_direct_identifiers_too(corpus, tmp_path):
    # the corpus names a session group after a client (sessions.csv group_id "KLP-Aminah"):
    # an id column cannot be redacted, so a plain export is refused and says where
    with pytest.raises(ExportError, match="sessions.csv, line 3, column 'group_id'") as err:
        export_casebook(corpus, tmp_path / "plain", deidentify=False)
    assert leaks(str(err.value)) == [] and not (tmp_path / "plain").exists()
    sessions = (corpus / "sessions.csv").read_text(encoding="utf-8")
    (corpus / "sessions.csv").write_text(sessions.replace("KLP-Aminah", "KLP1"), encoding="utf-8")
    res = export_casebook(corpus, tmp_path / "plain", deidentify=False)
    # a neighbourhood name alone, without a street word, is not a direct identifier
    # (README, Privacy); family.csv residence "Petogogan" stays in a plain copy
    assert leaks_in_folder(res.out) == {"family.csv": ["Petogogan"]}
    plain = ck.load_casebook(res.out)
    assert plain.client_ids == ["PI01", "PI02", "PI04"]  # ids kept, PI03 left out (consent)
    assert "Oma Y bercerita tentang cucunya." in set(plain.sessions["notes"].dropna())

"""Two researchers (or one script run twice in parallel) exporting at once.

The first export of a study creates its pseudonym key (``--key-file``); two first
exports started together must end with one key, the one both used, or one export's
pseudonyms can never be linked again (tests/test_users_loading.py has the casebooks).
"""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

from casekit.export.pseudonyms import _key, read_key


def _create(barrier, path, queue):
    barrier.wait()  # both processes look for the key at the same moment
    key, created = _key(Path(path))
    queue.put((key.hex(), created))


def test_two_first_exports_at_once_share_one_key(tmp_path):
    path = tmp_path / "studi.export.key"
    ctx = mp.get_context("spawn")
    for _ in range(3):  # the race is won differently each time
        path.unlink(missing_ok=True)
        barrier, queue = ctx.Barrier(2), ctx.Queue()
        procs = [ctx.Process(target=_create, args=(barrier, str(path), queue)) for _ in range(2)]
        for proc in procs:
            proc.start()
        got = [queue.get(timeout=60) for _ in procs]
        for proc in procs:
            proc.join(timeout=60)
        keys = {key for key, _ in got}
        assert keys == {read_key(path).hex()}, got
        assert sorted(created for _, created in got) == [False, True]
    assert [p.name for p in tmp_path.iterdir()] == ["studi.export.key"]  # no temp file left


def test_two_exports_into_one_folder_at_once_the_second_says_so_and_is_not_audited(
    tmp_path, monkeypatch, capsys
):
    """The same ``casekit export`` typed in two terminals: the one that loses the folder
    says what happened (not "Directory not empty"), and its audit line is closed as
    abandoned, so a later run does not 'complete' it as if it had been written."""
    import json
    import shutil

    from casekit.cli import main
    from casekit.export import log as exportlog

    book = tmp_path / "student_excel_cp1252"
    shutil.copytree(Path(__file__).parent / "data" / "student_excel_cp1252", book)
    out = tmp_path / "ekspor"
    real = exportlog.checkpoint

    def other_export_lands(name):  # the other export renames its folder into place first
        if name == "journal":
            out.mkdir()
            (out / "clients.csv").write_text("client_id\nP1\n", encoding="utf-8")
        real(name)

    monkeypatch.setattr(exportlog, "checkpoint", other_export_lands)
    code = main(["export", str(book), "--out", str(out), "--lang", "id"])
    said = capsys.readouterr().err
    assert code == 1
    assert "Ekspor lain menulis ke folder" in said and "Directory not empty" not in said
    assert [p.name for p in out.iterdir()] == ["clients.csv"]  # the other export's, untouched
    lines = [json.loads(x) for x in (tmp_path / "exports.log").read_text().splitlines()]
    assert [x["state"] for x in lines] == ["started", "abandoned"]
    assert exportlog.pending(tmp_path / "exports.log", out) is None
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp folder

"""Odd files and failing disks give messages, never tracebacks or hangs (issue 14).

Each case reproduces one finding of the fault probe: a FIFO or a device where a CSV
should be, links out of the casebook, a folder named ``clients.csv``, files and workbooks
past the size limits, duplicate sheets, old-Mac line ends, a lone carriage return in a
note, a full disk (a small tmpfs, when the tests run as root) and a read-only folder.
Every command must end within seconds with a message naming the path and the fix.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from casekit import instruments, oddfiles
from casekit.casebook import load_casebook
from casekit.cli import main
from casekit.errors import CasebookError
from casekit.widgets import logic as logic

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "data" / "demo"
ROOT = os.name == "posix" and os.geteuid() == 0
posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and devices are POSIX")
as_root = pytest.mark.skipif(
    not ROOT or shutil.which("mount") is None,
    reason="a full disk needs a small tmpfs, which only root can mount",
)


def run(capsys, *argv, limit: float = 30):
    began = time.monotonic()
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert time.monotonic() - began < limit
    return code, out + err


def problems_of(folder) -> str:
    began = time.monotonic()
    with pytest.raises(CasebookError) as caught:
        load_casebook(folder)
    assert time.monotonic() - began < 10, "refusing an odd file must be quick"
    return str(caught.value)


@pytest.fixture
def casebook(tmp_path):
    folder = tmp_path / "cb"
    folder.mkdir()
    (folder / "clients.csv").write_text("client_id,pseudonym\nK01,Ibu A\n")
    return folder


# --- odd files --------------------------------------------------------------------------
@posix_only
def test_fifo_clients_csv_is_refused_not_waited_on(casebook):
    (casebook / "clients.csv").unlink()
    os.mkfifo(casebook / "clients.csv")
    assert "clients.csv: this is a named pipe (FIFO), not a file" in problems_of(casebook)


@posix_only
def test_fifo_instrument_toml_is_refused(casebook):
    (casebook / "instruments").mkdir()
    os.mkfifo(casebook / "instruments" / "x.toml")
    assert "instruments/x.toml: this is a named pipe (FIFO)" in problems_of(casebook)


@posix_only
def test_link_to_dev_zero_is_refused(casebook):
    os.symlink("/dev/zero", casebook / "sessions.csv")
    text = problems_of(casebook)
    assert "sessions.csv: this is a link to a file outside the casebook folder" in text


@pytest.mark.skipif(not ROOT, reason="creating a device file needs root")
def test_device_file_is_refused(casebook):
    import stat

    os.mknod(casebook / "sessions.csv", 0o600 | stat.S_IFCHR, os.makedev(1, 5))  # /dev/zero
    assert "sessions.csv: this is a device, not a file" in problems_of(casebook)


@posix_only
def test_link_out_of_the_casebook_is_never_followed(casebook):
    os.symlink("/etc/passwd", casebook / "sessions.csv")
    text = problems_of(casebook)
    assert "outside the casebook" in text and "root:" not in text


@posix_only
def test_link_inside_the_casebook_is_read(casebook, tmp_path):
    (casebook / "sub").mkdir()
    (casebook / "sub" / "s.csv").write_text(
        "client_id,session_id,stage,date\nK01,1,intake,2024-08-01\n"
    )
    os.symlink(casebook / "sub" / "s.csv", casebook / "sessions.csv")
    assert len(load_casebook(casebook).sessions) == 1


def test_folder_named_like_a_csv_is_refused(casebook, capsys):
    (casebook / "sessions.csv").mkdir()
    assert "sessions.csv: this is a folder, not a file" in problems_of(casebook)
    code, text = run(capsys, "validate", casebook, "--lang", "id")
    assert code == 1 and "sessions.csv: ini sebuah folder, bukan berkas" in text


@pytest.mark.skipif(ROOT or os.name != "posix", reason="root reads a mode-000 file anyway")
def test_unreadable_file_is_a_message(casebook):
    os.chmod(casebook / "clients.csv", 0)
    try:
        assert "clients.csv: the file cannot be read" in problems_of(casebook)
    finally:
        os.chmod(casebook / "clients.csv", 0o644)


def test_file_over_the_size_limit_is_refused_naming_the_limit(casebook):
    with open(casebook / "sessions.csv", "wb") as fh:  # sparse: no disk used, never read
        fh.truncate(oddfiles.MAX_FILE_BYTES + 1)
    assert "more than casekit reads (1024 MB)" in problems_of(casebook)


def _workbook(path, sheets):
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return wb


def test_workbook_unpacking_past_the_limit_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "cb.xlsx"
    _workbook(path, {"clients": [["client_id"], ["K01"]]})
    monkeypatch.setattr(oddfiles, "MAX_UNPACKED_BYTES", 1024)
    text = problems_of(path)
    assert "the workbook unpacks to" in text and "more than casekit reads (0 MB)" in text


def test_workbook_with_a_far_away_cell_is_refused_quickly(tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "cb.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "clients"
    ws.append(["client_id"])
    ws.append(["K01"])
    ws["XFD1048576"] = "x"
    wb.save(path)
    text = problems_of(path)
    assert "a sheet uses cells as far as XFD1048576" in text and "100,000 rows" in text


def test_duplicate_sheets_differing_in_case_and_spaces_are_an_error(tmp_path):
    path = tmp_path / "cb.xlsx"
    _workbook(path, {"clients": [["client_id"], ["K01"]], "Clients ": [["client_id"], ["K02"]]})
    assert "the sheets 'clients' and 'Clients ' are both read as table 'clients'" in problems_of(
        path
    )


def test_old_mac_line_ends_load(casebook):
    (casebook / "clients.csv").write_bytes(b"client_id,pseudonym\rK01,Ibu A\rK02,Pak B\r")
    assert load_casebook(casebook).client_ids == ["K01", "K02"]


def test_lone_carriage_return_in_a_note_survives_the_export(casebook, tmp_path, capsys):
    (casebook / "sessions.csv").write_bytes(
        b'client_id,session_id,stage,date,notes\nK01,1,intake,2024-08-01,"first\rsecond"\n'
    )
    assert load_casebook(casebook).sessions["notes"].iloc[0] == "first\rsecond"
    # (the fixture has no consent dates: the export leaves such clients out without the flag)
    code, text = run(
        capsys, "export", casebook, "--out", tmp_path / "exp", "--no-deidentify",
        "--include-without-consent",
    )  # fmt: skip
    assert code == 0, text
    assert load_casebook(tmp_path / "exp").sessions["notes"].iloc[0] == "first\rsecond"


def test_year_typos_are_validation_errors_not_report_crashes(casebook, capsys):
    (casebook / "sessions.csv").write_text(
        "client_id,session_id,stage,date\nK01,1,intake,1724-08-22\nK01,2,intake,0224-08-22\n"
    )
    code, text = run(capsys, "validate", casebook, "--lang", "en")
    assert code == 1
    assert "row 2, column 'date'" in text and "'1724-08-22'" in text
    assert "row 3, column 'date'" in text and "'0224-08-22'" in text


# --- the command line and the operating system ----------------------------------------------
def test_out_pointing_at_a_file_is_a_message(tmp_path, capsys):
    target = tmp_path / "not_a_folder"
    target.write_text("x")
    code, text = run(capsys, "report", DEMO, "--client", "S", "--out", target, "--lang", "en")
    assert code == 1
    assert str(target) in text and "already exists" in text


def test_path_too_long_is_a_message(tmp_path, capsys):
    out = tmp_path / ("x" * 300)
    code, text = run(capsys, "cohort", DEMO, "--out", out, "--lang", "en")
    assert code == 1
    assert "too long for the file system" in text


def test_second_run_into_a_locked_output_folder_stops_with_a_message(tmp_path, capsys):
    from filelock import FileLock

    out = tmp_path / "out"
    (out / ".casekit-work").mkdir(parents=True)
    with FileLock(str(out / ".casekit-work" / "run.lock"), timeout=0):
        code, text = run(capsys, "report", DEMO, "--client", "S", "--out", out, "--lang", "en")
    assert code == 1
    assert f"Another casekit run is writing into {out}" in text
    assert not list(out.glob("*.html"))


def test_stale_part_files_and_killed_runs_folders_are_removed(tmp_path):
    from casekit.reports.lifecycle import claim, one_run, run_folder

    out = tmp_path / "out"
    killed = out / ".casekit-work" / "run-20240101-000000-1"
    (killed / "K01").mkdir(parents=True)
    finished = out / ".casekit-work" / "run-20240101-000000-2"
    (finished / "K02").mkdir(parents=True)
    (finished / "K02" / "K02.ipynb").write_text("{}")
    (finished / "finished").write_text("")
    (out / ".K01.html.abc123.part").write_bytes(b"x" * 1000)

    @one_run
    def a_run():
        claim(out)
        return run_folder()

    mine = a_run()
    assert not killed.exists() and not (out / ".K01.html.abc123.part").exists()
    assert finished.exists(), "a finished run's failed notebook is kept for inspection"
    assert not mine.exists(), "a run with nothing to keep removes its own folder"


def test_a_run_leaves_no_lock_file_behind_whether_it_ends_or_fails(tmp_path):
    from casekit.reports.lifecycle import claim, one_run

    out = tmp_path / "out"
    lock = out / ".casekit-work" / "run.lock"

    @one_run
    def a_run(fail: bool):
        claim(out)
        held = lock.exists()
        if fail:
            raise RuntimeError("planted failure")
        return held

    assert a_run(False), "the lock exists while the run writes"
    assert list(out.iterdir()) == [], "nothing of the run is left in the output folder"
    with pytest.raises(RuntimeError, match="planted failure"):
        a_run(True)
    assert list(out.iterdir()) == []
    kept = out / ".casekit-work" / "run-20240101-000000-2"  # a failed notebook kept
    (kept / "K02").mkdir(parents=True)
    (kept / "finished").write_text("")
    assert a_run(False) and not lock.exists() and kept.exists()


@contextlib.contextmanager
def tmpfs(path: Path, size: str, read_only: bool = False):
    path.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], check=True)
    try:
        if read_only:
            subprocess.run(["mount", "-o", "remount,ro", str(path)], check=True)
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def _fill(disk: Path, leave: int = 0) -> None:
    """Fill the tmpfs, leaving about ``leave`` bytes."""
    free = shutil.disk_usage(disk).free
    with open(disk / "filler", "wb") as fh, contextlib.suppress(OSError):
        fh.write(b"\0" * max(0, free - leave))


def _left(disk: Path) -> list[str]:
    return sorted(p.name for p in disk.iterdir() if p.name != "filler")


@as_root
def test_full_disk_report_is_a_message_and_leaves_nothing(tmp_path, capsys):
    with tmpfs(tmp_path / "disk", "1m") as disk:
        code, text = run(
            capsys, "report", DEMO, "--client", "S", "--out", disk / "r", "--lang", "en"
        )
        assert code == 1
        assert "the disk is full" in text and str(disk / "r" / "plotly.min.js") in text
        assert not list((disk / "r").glob(".*.part"))


@pytest.mark.slow
@as_root
def test_full_disk_while_rendering_is_a_plain_message(tmp_path, capsys):
    with tmpfs(tmp_path / "disk", "4m") as disk:
        _fill(disk, leave=256 * 1024)  # room for the working folder, not for a 4 MB page
        argv = ["report", DEMO, "--client", "S", "--out", disk / "r", "--self-contained"]
        code, text = run(capsys, *argv, "--lang", "en", limit=300)  # one real report
        assert code == 1
        # the first write that finds the disk full says so (the executed notebook, the
        # page or the index, depending on their sizes), naming a file in the folder
        assert f"Cannot write {disk / 'r'}" in text and "the disk is full" in text
        assert not list((disk / "r").glob(".*.part")) and not (disk / "r" / "S.html").exists()


@as_root
def test_full_disk_export_and_key_file_leave_nothing(tmp_path, capsys):
    shutil.copytree(DEMO, tmp_path / "demo")  # an export that went through would log beside it
    with tmpfs(tmp_path / "disk", "256k") as disk:
        _fill(disk)
        key = disk / "k.key"
        code, text = run(
            capsys,
            "export",
            tmp_path / "demo",
            "--out",
            disk / "exp",
            "--key-file",
            key,
            "--lang",
            "en",
        )
        assert code == 1
        assert "the disk is full" in text and str(key) in text
        assert _left(disk) == [], "no key file, no .tmp, no export"
        (disk / "filler").unlink()
        _fill(disk, leave=64 * 1024)  # room for the key, not for the export
        code, text = run(
            capsys,
            "export",
            tmp_path / "demo",
            "--out",
            disk / "exp",
            "--key-file",
            key,
            "--lang",
            "en",
        )
        assert code == 1 and "the disk is full" in text
        assert _left(disk) == ["k.key"], "the tables' temporary folder is removed"


@as_root
def test_full_disk_save_is_a_message_and_keeps_the_file(tmp_path):
    with tmpfs(tmp_path / "disk", "256k") as disk:
        folder = disk / "cb"
        folder.mkdir()
        (folder / "clients.csv").write_text("client_id\nK01\n")
        (folder / "responses.csv").write_text("client_id,instrument,timepoint,date,q1,q2,q3\n")
        logic.save_administration(folder, instruments.get("ucla_3"), "K01", "pre", [1, 1, 1])
        before = (folder / "responses.csv").read_bytes()
        _fill(disk)
        with pytest.raises(CasebookError, match="the disk is full"):
            logic.save_administration(
                folder, instruments.get("ucla_3"), "K01", "post", [1, 1, 1], lang="en"
            )
        assert (folder / "responses.csv").read_bytes() == before
        assert not [p for p in os.listdir(folder) if p.endswith(".part")]


@pytest.fixture
def read_only(tmp_path):
    """A read-only folder: a read-only tmpfs as root (root ignores permissions), else 0555."""
    if ROOT:
        if shutil.which("mount") is None:  # pragma: no cover
            pytest.skip("no mount command")
        with tmpfs(tmp_path / "ro", "1m", read_only=True) as disk:
            yield disk, "read-only"
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        os.chmod(folder, 0o555)
        yield folder, "No permission"
        os.chmod(folder, 0o755)


@pytest.mark.parametrize(
    "argv",
    [
        ["report", DEMO, "--client", "S", "--out", "{ro}/r"],
        ["cohort", DEMO, "--out", "{ro}/c"],
        ["export", "{tmp}/demo", "--out", "{ro}/e", "--key-file", "{tmp}/k.key"],
        pytest.param(
            ["slides", REPO / "notebooks" / "01_engagement_intake_contract.ipynb", "--no-execute",
             "--out", "{ro}/s"],
            marks=pytest.mark.skipif(
                not (REPO / "casekit" / "assets" / "vendor" / "casekit-assets.json").exists(),
                reason="offline slide assets not installed (make install)",
            ),
        ),
    ],
    ids=["report", "cohort", "export", "slides"],
)  # fmt: skip
def test_read_only_output_folder_is_a_message(argv, read_only, tmp_path, capsys):
    folder, words = read_only
    shutil.copytree(DEMO, tmp_path / "demo")
    argv = [str(a).format(ro=folder, tmp=tmp_path) for a in argv] + ["--lang", "en"]
    code, text = run(capsys, *argv)
    assert code == 1, text
    assert words in text and str(folder) in text


def test_unreadable_file_is_a_message_even_as_root(casebook, monkeypatch):
    """Mode 000 as a user; as root (who reads it anyway) the same PermissionError by hand."""
    import builtins

    from casekit import reading

    def refuse(path, *args, **kwargs):
        if str(path).endswith("clients.csv"):
            raise PermissionError(13, "Permission denied", str(path))
        return builtins.open(path, *args, **kwargs)

    monkeypatch.setattr(reading, "open", refuse, raising=False)
    assert "clients.csv: the file cannot be read (Permission denied)" in problems_of(casebook)


def test_new_casebook_refuses_a_windows_reserved_code(tmp_path, capsys):
    code, text = run(capsys, "new", tmp_path / "cb", "--client", "con", "--lang", "id")
    assert code == 2 and "Windows mencadangkan nama ini" in text
    assert not (tmp_path / "cb").exists()

"""Faults and concurrency of the questionnaire's save (issue 14, item 1).

Several students save into one casebook at once: every administration must be kept,
no save may leave half a file, and a save that cannot be made says why in the user's
words (the form keeps the answers on screen).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from casekit import instruments
from casekit.casebook import load_casebook
from casekit.errors import CasebookError
from casekit.widgets import logic as logic

N_EACH = 100

SAVER = textwrap.dedent(
    """
    import sys
    from casekit import instruments
    from casekit.widgets.logic import save_administration
    folder, client, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    inst = instruments.get("ucla_3")
    for k in range(n):
        save_administration(folder, inst, client, f"t{k:03d}", [1, 2, 3], "2024-08-27")
    """
)


@pytest.fixture
def casebook(tmp_path):
    folder = tmp_path / "cb"
    folder.mkdir()
    (folder / "clients.csv").write_text("client_id\nK01\nK02\n")
    return folder


def test_two_processes_saving_100_administrations_each_keep_all_200(casebook):
    """Without the lock, one administration was lost in 194 of 200 rounds (issue 14)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", SAVER, str(casebook), client, str(N_EACH)],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for client in ("K01", "K02")
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
    cb = load_casebook(casebook)
    got = cb.responses.groupby("client_id").size().to_dict()
    assert got == {"K01": N_EACH, "K02": N_EACH}
    assert not [p.name for p in casebook.iterdir() if p.name.endswith(".part")]


def test_save_into_utf16_responses_keeps_its_encoding(casebook):
    """Excel's 'Unicode Text' (UTF-16, tabs) is accepted by the loader, so also by the save."""
    header = "\t".join(["client_id", "instrument", "timepoint", "date", "q1", "q2", "q3"])
    row = "\t".join(["K01", "ucla_3", "pre", "2024-08-01", "1", "1", "1"])
    (casebook / "responses.csv").write_bytes(f"{header}\r\n{row}\r\n".encode("utf-16"))
    at = logic.save_administration(casebook, instruments.get("ucla_3"), "K02", "pre", [2, 2, 2])
    assert at == 3
    raw = (casebook / "responses.csv").read_bytes()
    assert raw[:2] == b"\xff\xfe"
    text = raw.decode("utf-16")
    assert text.splitlines()[2].split("\t")[:3] == ["K02", "ucla_3", "pre"]
    assert len(load_casebook(casebook).responses) == 2


def test_save_into_old_mac_line_ends_keeps_them(casebook):
    header = "client_id,instrument,timepoint,date,q1,q2,q3"
    (casebook / "responses.csv").write_bytes(f"{header}\rK01,ucla_3,pre,,1,1,1\r".encode())
    logic.save_administration(casebook, instruments.get("ucla_3"), "K02", "pre", [2, 2, 2])
    raw = (casebook / "responses.csv").read_bytes()
    assert b"\n" not in raw and raw.count(b"\r") == 3
    assert len(load_casebook(casebook).responses) == 2


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_save_into_read_only_folder_says_so_in_the_users_words(casebook):
    os.chmod(casebook, 0o555)
    try:
        with pytest.raises(CasebookError) as caught:
            logic.save_administration(
                casebook, instruments.get("ucla_3"), "K02", "pre", [2, 2, 2], lang="en"
            )
    finally:
        os.chmod(casebook, 0o755)
    text = str(caught.value)
    assert "Traceback" not in text and str(casebook) in text
    assert "still on the screen" in text


def test_read_only_responses_file_is_a_message(casebook, tmp_path):
    """As root a read-only folder does not stop a write; a mode-000 lock path does."""
    (casebook / ".responses.csv.lock").mkdir()  # the lock path is a folder: OSError
    with pytest.raises(CasebookError) as caught:
        logic.save_administration(
            casebook, instruments.get("ucla_3"), "K02", "pre", [2, 2, 2], lang="id"
        )
    text = str(caught.value)
    assert ".responses.csv.lock" in text and "masih ada di layar" in text
    assert not (casebook / "responses.csv").exists()


def test_form_save_failure_keeps_the_answers_on_screen(casebook, monkeypatch):
    from casekit.widgets import QuestionnaireForm

    form = QuestionnaireForm(casebook, client_id="K01", instrument="ucla_3", lang="en")
    form.set_answers([1, 2, 3])

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    from casekit.widgets import administration  # the module that writes responses.csv

    monkeypatch.setattr(administration, "atomic_write", full)
    assert form.save() is None
    assert "the disk is full" in form.status.value
    assert form.answers == [1, 2, 3]
    monkeypatch.undo()
    assert form.save() == 2  # the retry works once the disk has space again

"""A batch's kernel loads and scores its casebook once, and again only when a file changed."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import casekit as ck
from casekit.reports import params

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo"


def test_client_inputs_reuse_the_loaded_and_scored_casebook(tmp_path):
    folder = tmp_path / "cb"
    shutil.copytree(DEMO, folder)
    first = params.client_inputs(folder, "S", "en")
    second = params.client_inputs(folder, "K", "en") if "K" in first.casebook.client_ids else None
    again = params.client_inputs(folder, "S", "en")
    assert again.casebook is first.casebook
    if second is not None:
        assert second.casebook is first.casebook
    scores, changes = first.scores_and_changes()
    assert again.scores_and_changes()[0] is scores
    # the same numbers as computing them afresh
    fresh = ck.score(ck.load_casebook(folder))
    assert len(scores) == len(fresh) and scores["score"].sum() == fresh["score"].sum()
    assert set(changes["client_id"]) <= set(first.casebook.client_ids)


def test_a_changed_file_is_read_again(tmp_path):
    folder = tmp_path / "cb"
    shutil.copytree(DEMO, folder)
    first = params.client_inputs(folder, "S", "en")
    clients = folder / "clients.csv"
    text = clients.read_text(encoding="utf-8")
    clients.write_text(text.replace("\n", "\n", 1), encoding="utf-8")
    st = clients.stat()
    os.utime(clients, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    again = params.client_inputs(folder, "S", "en")
    assert again.casebook is not first.casebook

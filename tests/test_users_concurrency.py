"""Two researchers (or one script run twice in parallel) exporting at once.

The first export of a study creates its pseudonym key (``--key-file``); two first
exports started together must end with one key, the one both used, or one export's
pseudonyms can never be linked again (tests/test_users_loading.py has the casebooks).
"""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

from casekit.pseudonyms import _key, read_key


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

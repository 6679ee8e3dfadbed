"""Client reports on a real Dask cluster: a scheduler and worker processes on this machine."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casekit.cli import main

pytest.importorskip("distributed")

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "demo"
DASK = Path(sys.executable).with_name("dask")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pages(out: Path) -> list[str]:
    return sorted(p.name for p in out.glob("*.html"))


def test_local_cluster_writes_the_same_pages_as_local_workers(tmp_path, capsys):
    code = main(
        [
            "report",
            str(DEMO),
            "--client",
            "S",
            "--client",
            "SYN001",
            "--scheduler",
            "local:2",
            "--out",
            str(tmp_path / "dask"),
            "--lang",
            "en",
        ]
    )
    printed = capsys.readouterr().out
    assert code == 0, printed
    assert _pages(tmp_path / "dask") == ["S.html", "SYN001.html", "index.html"]
    page = (tmp_path / "dask" / "S.html").read_text(encoding="utf-8")
    assert "</html>" in page and "Plotly.newPlot" in page
    # the index links both, as a local run's does
    index = (tmp_path / "dask" / "index.html").read_text(encoding="utf-8")
    assert 'href="S.html"' in index and 'href="SYN001.html"' in index


def test_scheduler_address_with_worker_processes(tmp_path, capsys):
    port = _free_port()
    env = dict(os.environ)
    procs = [
        subprocess.Popen(
            [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    ]
    try:
        time.sleep(2)
        for _ in range(2):
            procs.append(
                subprocess.Popen(
                    [
                        str(DASK),
                        "worker",
                        f"tcp://127.0.0.1:{port}",
                        "--nthreads",
                        "1",
                        "--no-dashboard",
                        "--nworkers",
                        "1",
                    ],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        from dask.distributed import Client

        with Client(f"tcp://127.0.0.1:{port}", timeout="60s") as client:
            client.wait_for_workers(2, timeout=60)
        code = main(
            [
                "report",
                str(DEMO),
                "--client",
                "S",
                "--client",
                "SYN002",
                "--scheduler",
                f"tcp://127.0.0.1:{port}",
                "--out",
                str(tmp_path / "out"),
                "--lang",
                "en",
            ]
        )
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
    printed = capsys.readouterr().out
    assert code == 0, printed
    assert _pages(tmp_path / "out") == ["S.html", "SYN002.html", "index.html"]


def test_bad_scheduler_words_are_a_clear_message(tmp_path, capsys):
    code = main(
        [
            "report",
            str(DEMO),
            "--client",
            "S",
            "--scheduler",
            "local:zero",
            "--out",
            str(tmp_path / "o"),
            "--lang",
            "en",
        ]
    )
    assert code == 2
    assert "local:N" in capsys.readouterr().err

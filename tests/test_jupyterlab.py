"""The questionnaire form in a real JupyterLab, driven by headless Chromium.

Starts ``jupyter lab`` from the project's venv on 127.0.0.1 (random free port,
random token, no browser) serving a temporary copy of ``notebooks/`` (so
JupyterLab's autosave never writes outputs into the repository), opens
``04_loneliness_pre_post.ipynb`` with Debian's Chromium through Playwright,
runs all cells, clicks answers in the questionnaire form and checks that the
total shown changes as UCLA-LS3 scoring says (Russell, 1996: reverse items
score ``5 - answer``). Skipped, with the reason, only when Chromium is not
installed.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from browser import needs_chromium, shared_browser

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = "04_loneliness_pre_post.ipynb"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    needs_chromium,
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def lab(tmp_path):
    """A running JupyterLab on a copy of the notebooks; yields (base url, token)."""
    root = tmp_path / "work"
    (root / "notebooks").mkdir(parents=True)
    shutil.copy(ROOT / "notebooks" / NOTEBOOK, root / "notebooks" / NOTEBOOK)
    (root / "data").mkdir()
    (root / "data" / "demo").symlink_to(ROOT / "data" / "demo")  # read-only use
    port, token = _free_port(), secrets.token_hex(16)
    env = dict(os.environ)
    env.update(
        JUPYTER_CONFIG_DIR=str(tmp_path / "config"),
        JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"),
        IPYTHONDIR=str(tmp_path / "ipython"),
    )
    log = open(tmp_path / "lab.log", "w")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "jupyter-lab"),
            "--no-browser",
            "--ip=127.0.0.1",
            f"--port={port}",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={root / 'notebooks'}",
            f"--LabApp.user_settings_dir={tmp_path / 'settings'}",
            f"--LabApp.workspaces_dir={tmp_path / 'workspaces'}",
            "--MappingKernelManager.default_kernel_name=casekit",
            # kernel sockets as files in this test's folder: no TCP port races
            # with kernels other tests start at the same moment
            "--KernelManager.transport=ipc",
            f"--KernelManager.ip={tmp_path / 'kernel'}",
            "--LabApp.news_url=",
            "--ServerApp.port_retries=0",
            *(["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                raise RuntimeError("jupyter lab exited:\n" + (tmp_path / "lab.log").read_text())
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(
                    "jupyter lab did not start:\n" + (tmp_path / "lab.log").read_text()
                )
            time.sleep(0.5)
        yield base, token
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # the server and the kernels it started
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        log.close()


def _accept_kernel_dialog(page) -> None:
    """Confirm JupyterLab's "Select Kernel" dialog (casekit is preselected) if it shows."""
    dialog = page.locator(".jp-Dialog")
    try:
        dialog.wait_for(state="visible", timeout=8_000)
    except Exception:
        return
    dialog.get_by_role("button", name="Select").click()
    dialog.wait_for(state="hidden", timeout=10_000)


def _total(form) -> str:
    return form.locator(".casekit-total").inner_text().strip()


def test_form_total_changes_when_answers_are_clicked(lab, tmp_path):
    base, token = lab
    context = shared_browser().new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        _run_all(page, base, token)
        form = page.locator(".casekit-form").first
        try:
            form.wait_for(state="visible", timeout=150_000)
        except Exception:
            shot = tmp_path / "no-form.png"
            page.screenshot(path=str(shot))
            pytest.fail(f"the questionnaire form never appeared; screenshot: {shot}")
        form.scroll_into_view_if_needed()
        rows = form.locator(".widget-toggle-buttons")
        assert rows.count() == 20  # UCLA-LS3 items
        assert _total(form) == "–"  # nothing answered yet
        for i in range(20):  # answer "1" everywhere: 9 reverse items x 4 + 11 x 1
            rows.nth(i).locator("button", has_text="1").click()
        page.wait_for_function(
            "document.querySelector('.casekit-form .casekit-total').innerText.trim() === '47'",
            timeout=30_000,
        )
        assert _total(form) == "47"
        rows.nth(1).locator("button", has_text="4").click()  # item 2 (plain): 1 -> 4
        page.wait_for_function(
            "document.querySelector('.casekit-form .casekit-total').innerText.trim() === '50'",
            timeout=30_000,
        )
        rows.nth(0).locator("button", has_text="4").click()  # item 1 (reverse): 4 -> 1
        page.wait_for_function(
            "document.querySelector('.casekit-form .casekit-total').innerText.trim() === '47'",
            timeout=30_000,
        )
        page.screenshot(path=str(tmp_path / "form.png"))
    finally:
        context.close()


def _run_all(page, base, token) -> None:
    """Open the notebook in JupyterLab, wait for the casekit kernel to be idle, then
    Run > Run All Cells (accepting the kernel dialog if JupyterLab shows it)."""
    page.goto(f"{base}/lab/tree/{NOTEBOOK}?token={token}", timeout=90_000)
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=90_000)
    page.wait_for_selector(
        ".jp-Toolbar-kernelStatus, [data-status='idle']", state="attached", timeout=90_000
    )
    _accept_kernel_dialog(page)
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    _accept_kernel_dialog(page)


def _selected(select) -> str:
    return select.evaluate("el => el.options[el.selectedIndex].text")


def test_choosing_another_client_redraws_chart_explorer_and_form(lab, tmp_path):
    """Issue 15: choosing Ibu K (SYN001) in the chooser moves every widget to her."""
    base, token = lab
    context = shared_browser().new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        _run_all(page, base, token)
        form = page.locator(".casekit-form").first
        explorer = page.locator(".casekit-explorer").first
        try:
            form.wait_for(state="attached", timeout=150_000)
            explorer.wait_for(state="attached", timeout=30_000)
        except Exception:
            shot = tmp_path / "no-widgets.png"
            page.screenshot(path=str(shot))
            pytest.fail(f"the explorer or the form never appeared; screenshot: {shot}")
        assert "klien S;" in explorer.locator(".widget-html").first.text_content()
        assert _selected(form.locator("select").first).startswith("S")
        picker = page.locator(".jp-Notebook .widget-dropdown select").first
        picker.scroll_into_view_if_needed()
        label = next(
            o for o in picker.evaluate("el => [...el.options].map(o => o.text)") if "SYN001" in o
        )
        picker.select_option(label=label)
        try:
            page.wait_for_function(
                # textContent: JupyterLab skips rendering cells off screen, innerText
                # of those is empty
                "[...document.querySelectorAll('.casekit-explorer .widget-html')]"
                ".some(e => e.textContent.includes('SYN001'))",
                timeout=150_000,
            )
        except Exception:
            shot = tmp_path / "after-choice.png"
            explorer.scroll_into_view_if_needed()
            page.screenshot(path=str(shot))
            pytest.fail(f"the explorer did not follow the chooser; screenshot: {shot}")
        page.wait_for_function(
            "[...document.querySelectorAll('.casekit-form select')].some("
            "s => s.options[s.selectedIndex].text.startsWith('SYN001'))",
            timeout=60_000,
        )
        page.wait_for_function(
            "[...document.querySelectorAll('.js-plotly-plot .gtitle')]"
            ".some(t => t.textContent.includes('Ibu K') && t.textContent.includes('sebelum'))"
            " || [...document.querySelectorAll('.js-plotly-plot .gtitle')]"
            ".some(t => t.textContent.includes('Ibu K'))",
            timeout=60_000,
        )
        # the explorer starts from Ibu K's UCLA scores, 42 before and 32 after
        note = page.locator(".casekit-explorer .widget-html").first.text_content()
        assert "SYN001" in note and "0,89" in note
        page.screenshot(path=str(tmp_path / "ibu-k.png"))
    finally:
        context.close()

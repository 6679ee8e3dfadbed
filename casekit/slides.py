r"""Export a lecture notebook as reveal.js slides that work offline.

nbconvert's ``SlidesExporter`` loads reveal.js, require.js, jQuery, MathJax and
mermaid from public CDNs, so its slides go blank in a classroom without
internet. :func:`export_slides` runs the notebook (papermill, kernel
``casekit``) and writes ``<name>.slides.html`` with a folder
``slides_assets/`` beside it holding local copies of everything the page
loads: reveal.js, MathJax 3 and plotly.js. Copy the HTML file together with
that folder (a USB stick is enough) and open it in any browser.

reveal.js and MathJax are JavaScript packages from the npm registry. They are
fetched once, when casekit is installed (``make install`` runs
``python -m casekit.slides --fetch-assets``, which calls ``npm pack``), into
``casekit/assets/vendor/``; plotly.js comes with the plotly Python package.
Nothing is downloaded when slides are made.

Privacy (as for reports, :mod:`casekit.reports.runner`)
-------------------------------------------------------
The casebook the notebook runs on (``casebook=``, else the default in its
``parameters`` cell) decides two things before anything is written: every
client shown must have a ``consent_date`` (the client given, or every client
of the casebook when none is given), unless ``allow_missing_consent``; and
the finished page must pass the identifier guard of :mod:`casekit.privacy`,
or it is refused with the casebook cells the identifiers came from and
nothing is written. Casebook text is never typeset by MathJax: MathJax skips
every code cell and output (``ignoreHtmlClass``), runs without the TeX
extensions that make links, styles, ids, classes or arbitrary characters
(``html``: ``\href``, ``\style``, ``\class``, ``\cssId``; ``unicode``;
``require``, which could load them again), and plotly does not typeset
figure text (``typesetMath: false``). A pseudonym such as
``$\href{javascript:...}{KLIK}$`` therefore stays plain text.

Where the parts are: :mod:`casekit.slide_assets` (fetching and copying the
JavaScript), :mod:`casekit.slide_content` (a run notebook made into static
slide content); this module runs the notebook and writes the deck.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from .errors import ConsentError, ExportError, IdentifierLeak, ParameterError
from .i18n import check_lang, msg
from .outputs import atomic_write
from .privacy import leak_message, sources_for
from .slide_assets import (
    ASSET_PACKAGES,
    ASSETS_FOLDER,
    _copy_assets,
    _main,
    assets_dir,
    check_assets,
    fetch_assets,
)
from .slide_content import (
    LIVE_ONLY,
    PLOT_MAX_HEIGHT,
    SLIDE_HEIGHT,
    SLIDE_WIDTH,
    localise_notebook,
    prepare_notebook,
)

__all__ = [
    "ASSET_PACKAGES",
    "assets_dir",
    "fetch_assets",
    "check_assets",
    "localise_notebook",
    "prepare_notebook",
    "export_slides",
    "LIVE_ONLY",
    "PLOT_MAX_HEIGHT",
]

_TEMPLATE_DIR = Path(__file__).parent / "assets"
_TEMPLATE_FILE = "casekit_slides.html.j2"


def _execute(nb_path: Path, parameters: dict, timeout: int):
    import nbformat
    import papermill as pm
    from jupyter_client.manager import KernelManager

    with tempfile.TemporaryDirectory(prefix="casekit-slides-") as tmp:
        out = Path(tmp) / nb_path.name
        # IPC sockets in a private folder: kernels started at the same moment
        # by other programs can never take this kernel's TCP ports
        km = KernelManager(kernel_name="casekit", transport="ipc", ip=str(Path(tmp) / "kernel"))
        try:
            pm.execute_notebook(
                str(nb_path),
                str(out),
                parameters=parameters,
                kernel_name="casekit",
                cwd=str(nb_path.parent),
                progress_bar=False,
                execution_timeout=timeout,
                km=km,
            )
        except pm.PapermillExecutionError as err:
            raise ExportError(
                msg(
                    "s_cell_failed",
                    name=nb_path.name,
                    cell=err.exec_count,
                    error=f"{err.ename}: {err.evalue}",
                )
            ) from None
        return nbformat.read(out, as_version=4)


def export_slides(
    notebook: str | os.PathLike,
    out: str | os.PathLike | None = None,
    *,
    execute: bool = True,
    casebook: str | os.PathLike | None = None,
    client_id: str | None = None,
    lang: str = "id",
    hide_code: bool = True,
    timeout: int = 600,
    assets: str | os.PathLike | None = None,
    allow_missing_consent: bool = False,
) -> Path:
    """Write ``<notebook name>.slides.html`` and its ``slides_assets/`` folder.

    Parameters
    ----------
    notebook : path
        A lecture notebook (``.ipynb``).
    out : path, optional
        Output folder (created); default: the notebook's folder.
    execute : bool
        Run the notebook first (papermill, kernel ``casekit``) with the
        parameters below. With ``False`` the saved outputs are used.
    casebook, client_id, lang :
        Values for the notebook's parameters cell (``None`` keeps the
        notebook's default; ``lang`` also sets the language of the notes
        placed where live widgets were).
    hide_code : bool
        Leave the code out of the slides and show only text and results
        (the default: a lecture projects results, not code).
    timeout : int
        Seconds a single cell may run.
    assets : path, optional
        Where the fetched reveal.js and MathJax live (default
        :func:`assets_dir`).
    allow_missing_consent : bool
        Make slides of clients without a ``consent_date`` (refused otherwise).

    Returns
    -------
    Path
        The slides file. Everything it loads is in ``slides_assets/`` beside
        it; nothing comes from the internet.

    Raises
    ------
    ParameterError
        Missing notebook or unknown language.
    ExportError
        Assets not installed, or the notebook failed to run.
    casekit.errors.IdentifierLeak
        The slides would show a direct identifier (nothing is written).
    ParameterError
        A client without a ``consent_date`` (see ``allow_missing_consent``).
    """
    import nbformat
    from nbconvert import SlidesExporter

    check_lang(lang)
    nb_path = Path(notebook)
    if not nb_path.is_file() or nb_path.suffix != ".ipynb":
        raise ParameterError(msg("s_not_notebook", path=str(nb_path)))
    src_assets = check_assets(assets)
    out_dir = Path(out) if out is not None else nb_path.parent
    book, shown = _casebook_of(nb_path, casebook, client_id)
    guard, located = _consent_and_guard(book, shown, allow_missing_consent)
    out_dir.mkdir(parents=True, exist_ok=True)

    if execute:
        params = {"lang": lang}
        if casebook is not None:
            params["casebook"] = str(Path(casebook).resolve())
        if client_id is not None:
            params["client_id"] = client_id
        nb = _execute(nb_path, params, timeout)
    else:
        nb = nbformat.read(nb_path, as_version=4)
    nb = prepare_notebook(nb, lang)

    exporter = SlidesExporter(
        template_name="reveal",
        extra_template_paths=[str(_TEMPLATE_DIR)],
        template_file=_TEMPLATE_FILE,
        reveal_url_prefix=f"{ASSETS_FOLDER}/reveal",
        reveal_theme="white",
        reveal_width=str(SLIDE_WIDTH),
        reveal_height=str(SLIDE_HEIGHT),
        exclude_input=hide_code,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    body, _ = exporter.from_notebook_node(
        nb,
        resources={
            "metadata": {"name": nb_path.stem},
            "casekit": {"assets": ASSETS_FOLDER, "lang": lang},
        },
    )

    target = out_dir / f"{nb_path.stem}.slides.html"
    if guard:
        found = guard.findings(body)
        if found:
            raise IdentifierLeak(leak_message(target.name, found, sources_for(located)))
    _copy_assets(src_assets, out_dir / ASSETS_FOLDER)
    return atomic_write(target, body)


def _parameter_defaults(nb_path: Path) -> dict[str, str]:
    """The string defaults of the notebook's ``parameters`` cell (``casebook``, ``client_id``)."""
    import ast

    import nbformat

    found: dict[str, str] = {}
    nb = nbformat.read(nb_path, as_version=4)
    for cell in nb.cells:
        if "parameters" not in cell.get("metadata", {}).get("tags", []):
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            return found
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                for target in node.targets:
                    if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                        found[target.id] = node.value.value
    return found


def _casebook_of(nb_path: Path, casebook, client_id):
    """The casebook and client the notebook runs on: as given, else the defaults of its
    ``parameters`` cell (a casebook path relative to the notebook)."""
    defaults = _parameter_defaults(nb_path)
    if client_id is None:
        client_id = defaults.get("client_id") or None
    if casebook is not None:
        return Path(casebook).expanduser().resolve(), client_id
    if "casebook" in defaults:
        path = (nb_path.parent / defaults["casebook"]).resolve()
        if path.exists():
            return path, client_id
    return None, client_id


def _consent_and_guard(book: Path | None, client_id, allow_missing_consent: bool):
    """Consent gate for the clients shown, and the casebook's identifier guard."""
    if book is None:
        return None, []
    from .casebook import load_casebook
    from .privacy import IdentifierGuard, locate

    cb = load_casebook(book)
    clients = cb.clients
    shown = clients if client_id is None else clients[clients["client_id"] == client_id]
    missing = [str(c) for c in shown.loc[shown["consent_date"].isna(), "client_id"]]
    if missing and not allow_missing_consent:
        raise ConsentError(msg("privacy_slides_no_consent", ids=", ".join(missing[:20])))
    guard = IdentifierGuard.from_casebook(cb)
    return guard, locate(cb, guard)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(_main())

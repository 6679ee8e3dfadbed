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
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import html
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import uuid
from pathlib import Path

from .errors import ConsentError, ExportError, IdentifierLeak, ParameterError
from .i18n import check_lang, msg, t
from .outputs import atomic_write
from .privacy import leak_message, sources_for

__all__ = [
    "ASSET_PACKAGES",
    "assets_dir",
    "fetch_assets",
    "check_assets",
    "localise_notebook",
    "prepare_notebook",
    "export_slides",
]

#: npm packages (name -> pinned version) copied into ``slides_assets/``.
ASSET_PACKAGES = {"reveal.js": "5.2.1", "mathjax": "3.2.2"}

#: files and folders taken from each npm tarball (paths inside ``package/``)
_KEEP = {
    "reveal.js": (
        "dist/reveal.js",
        "dist/reveal.css",
        "dist/reset.css",
        "dist/theme/white.css",
        "dist/theme/fonts/source-sans-pro/",
        "dist/theme/fonts/league-gothic/",
        "plugin/notes/notes.js",
        "LICENSE",
    ),
    "mathjax": (
        "es5/tex-chtml-full.js",
        "es5/output/chtml/fonts/woff-v2/",
        "LICENSE",
    ),
}
_FOLDER = {"reveal.js": "reveal", "mathjax": "mathjax"}
_STAMP = "casekit-assets.json"
ASSETS_FOLDER = "slides_assets"
#: slide size (a 16:9 projector); reveal.js scales it to the screen
SLIDE_WIDTH, SLIDE_HEIGHT = 1280, 720
#: tallest figure on a slide: the slide less a heading and a line of text
PLOT_MAX_HEIGHT = 560
#: cell tag: text that only makes sense next to a live widget (not on slides)
LIVE_ONLY = "casekit-live"
_TEMPLATE_DIR = Path(__file__).parent / "assets"
_TEMPLATE_FILE = "casekit_slides.html.j2"
_WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
_PLOTLY_MIME = "application/vnd.plotly.v1+json"
_STATE_MIME = "application/vnd.jupyter.widget-state+json"


def assets_dir() -> Path:
    """Folder holding the fetched JavaScript packages.

    ``$CASEKIT_ASSETS`` when set, else ``casekit/assets/vendor`` inside the
    installed package.
    """
    env = os.environ.get("CASEKIT_ASSETS")
    return Path(env) if env else Path(__file__).parent / "assets" / "vendor"


def _member_wanted(name: str, keep: tuple[str, ...]) -> str | None:
    if not name.startswith("package/"):
        return None
    rel = name[len("package/") :]
    for k in keep:
        if (k.endswith("/") and rel.startswith(k)) or rel == k:
            return rel
    return None


def fetch_assets(dest: str | os.PathLike | None = None, *, npm: str = "npm") -> Path:
    """Fetch reveal.js and MathJax from the npm registry into ``dest``.

    Runs ``npm pack NAME@VERSION`` for every package of
    :data:`ASSET_PACKAGES` and keeps only the files slides need. Idempotent:
    returns at once when ``dest`` already holds the pinned versions. The
    folder is filled in a temporary sibling and renamed into place, so an
    interrupted fetch leaves nothing half-done.

    Parameters
    ----------
    dest : path, optional
        Target folder; default :func:`assets_dir`.
    npm : str
        The npm executable.

    Returns
    -------
    Path
        The assets folder.

    Raises
    ------
    ExportError
        When npm is missing or a package cannot be fetched.
    """
    dest = Path(dest) if dest is not None else assets_dir()
    stamp = dest / _STAMP
    if stamp.is_file():
        with contextlib.suppress(ValueError):
            if json.loads(stamp.read_text(encoding="utf-8")) == ASSET_PACKAGES:
                return dest
    if shutil.which(npm) is None:
        raise ExportError(
            "npm (Node.js) is needed once, at install time, to fetch reveal.js and MathJax "
            "for offline slides. Install Node.js (Debian: apt-get install npm) and run "
            "`make install` again."
        )
    dest.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".assets-", dir=dest.parent))
    try:
        for name, version in ASSET_PACKAGES.items():
            spec = f"{name}@{version}"
            proc = subprocess.run(
                [npm, "pack", spec, "--silent", "--pack-destination", str(work)],
                capture_output=True,
                text=True,
                check=False,
            )
            tgz = work / proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else None
            if proc.returncode != 0 or tgz is None or not tgz.is_file():
                raise ExportError(
                    f"Could not fetch {spec} from the npm registry: "
                    f"{(proc.stderr or proc.stdout).strip()[:400]}"
                )
            target = work / "out" / _FOLDER[name]
            with tarfile.open(tgz) as tar:
                for member in tar.getmembers():
                    rel = _member_wanted(member.name, _KEEP[name])
                    if rel is None or not member.isfile():
                        continue
                    out = target / rel
                    out.parent.mkdir(parents=True, exist_ok=True)
                    src = tar.extractfile(member)
                    if src is None:
                        continue
                    out.write_bytes(src.read())
            tgz.unlink()
        (work / "out" / _STAMP).write_text(json.dumps(ASSET_PACKAGES), encoding="utf-8")
        old = None
        if dest.exists():
            old = dest.with_name(dest.name + f".old-{uuid.uuid4().hex[:8]}")
            dest.rename(old)
        (work / "out").rename(dest)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return dest


def check_assets(folder: str | os.PathLike | None = None) -> Path:
    """Return the assets folder, or raise ExportError saying how to fetch it."""
    folder = Path(folder) if folder is not None else assets_dir()
    needed = [
        folder / "reveal" / "dist" / "reveal.js",
        folder / "reveal" / "plugin" / "notes" / "notes.js",
        folder / "mathjax" / "es5" / "tex-chtml-full.js",
    ]
    missing = [str(p) for p in needed if not p.is_file()]
    if missing:
        raise ExportError(msg("s_no_assets", missing=str(missing[0])))
    return folder


# --- notebook preparation -------------------------------------------------------
def _plotly_html(fig_json: dict) -> str:
    """A figure as a ``<div>`` drawn by the local plotly.js, fitted to the slide.

    A figure no taller than :data:`PLOT_MAX_HEIGHT` takes the slide's width. A
    taller one (a genogram of three generations, a life road with many events)
    keeps its own layout, whose labels were placed for its own size, and is
    scaled down as a whole (CSS ``transform``) until it fits: a squeezed
    re-layout would make its labels overlap.
    """
    div_id = "plot-" + uuid.uuid4().hex[:12]
    fig_json = _for_slide(fig_json)
    own = fig_json.get("layout", {})
    height = own.get("height") or 460
    data = json.dumps(fig_json.get("data", []))
    if height <= PLOT_MAX_HEIGHT:
        # the slide decides the width (a figure made 1100 px wide would be cut off)
        layout = {k: v for k, v in own.items() if k != "width"}
        layout = json.dumps({**layout, "autosize": True})
        box = f'style="width:100%;height:{height}px"'
        wrap_open = wrap_close = ""
        config = '{"responsive": true, "displaylogo": false, "typesetMath": false}'
    else:
        width = own.get("width") or SLIDE_WIDTH - 100
        scale = min(1.0, PLOT_MAX_HEIGHT / height, (SLIDE_WIDTH - 80) / width)
        layout = json.dumps({**own, "width": width, "height": height, "autosize": False})
        box = (
            f'style="width:{width}px;height:{height}px;transform:scale({scale:.4f});'
            'transform-origin:0 0"'
        )
        wrap_open = (
            f'<div class="casekit-plot-scaled" style="width:{width * scale:.0f}px;'
            f'height:{height * scale:.0f}px;margin:0 auto;overflow:hidden">'
        )
        wrap_close = "</div>"
        config = '{"responsive": false, "displaylogo": false, "typesetMath": false}'
    # keep "</script>" in titles or hover text from closing the script
    data = data.replace("</", "<\\/")
    layout = layout.replace("</", "<\\/")
    return (
        f'{wrap_open}<div id="{div_id}" class="casekit-plot" {box}></div>{wrap_close}\n'
        f"<script>Plotly.newPlot({json.dumps(div_id)}, {data}, {layout}, {config});</script>"
    )


def _for_slide(fig_json: dict) -> dict:
    """Drop what a figure carries only for print (the life road's numbered event list:
    on a slide the hover shows each event's full text) and give back its room."""
    layout = fig_json.get("layout", {})
    notes = layout.get("annotations") or []
    keep = [a for a in notes if a.get("name") != "event_list"]
    if len(keep) == len(notes):
        return fig_json
    margin = dict(layout.get("margin") or {})
    freed = max(0, int(margin.get("b", 70)) - 110)
    margin["b"] = min(int(margin.get("b", 70)), 110)
    height = layout.get("height")
    layout = {**layout, "annotations": keep, "margin": margin}
    if height:
        layout["height"] = max(300, int(height) - freed)
    return {**fig_json, "layout": layout}


def _widget_note(lang: str) -> str:
    return (
        '<div class="casekit-widget-note" style="border:1px dashed #999;padding:0.5em;'
        'font-size:0.7em;color:#555">' + html.escape(t("w_slides_widget_note", lang)) + "</div>"
    )


def _is_plotly_loader(output: dict) -> bool:
    """The ``<script>`` block plotly's notebook renderer emits once (plotly.js, ~5 MB)."""
    data = output.get("data", {})
    text = data.get("text/html", "")
    if isinstance(text, list):
        text = "".join(text)
    return (
        _PLOTLY_MIME not in data and text.lstrip().startswith("<script") and "PlotlyConfig" in text
    )


def localise_notebook(nb, lang: str = "id"):
    """A copy of ``nb`` whose markdown prose is in ``lang``.

    The lecture notebooks (``tools/build_notebooks.py``) keep each markdown
    cell's text in both languages in its metadata (``casekit.text``); the cell
    gets the text of ``lang``. Cells without it are left as they are.
    """
    check_lang(lang)
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        texts = cell.get("metadata", {}).get("casekit", {}).get("text")
        if cell.cell_type == "markdown" and texts and texts.get(lang):
            cell.source = texts[lang]
    return nb


def prepare_notebook(nb, lang: str = "id"):
    """Return a copy of ``nb`` ready for the offline slide template.

    * markdown prose in ``lang`` (:func:`localise_notebook`);
    * cells tagged ``casekit-live`` (text that only makes sense next to a
      live widget, such as "choose a client above") are left out;
    * a markdown cell that starts with a heading opens a new slide, any
      other markdown cell a sub-slide (below it); code cells continue the
      current one (cells with their own ``slideshow``
      metadata keep it); the ``parameters`` and papermill's
      ``injected-parameters`` cells are skipped;
    * plotly outputs become a ``<div>`` drawn by the local plotly.js;
    * an output a :class:`~casekit.widgets.ClientPicker` filled (an Output
      widget) is replaced by what it showed, taken from the saved widget
      state; other live widgets (which need a running kernel) become a short
      note;
    * saved widget state is dropped (it would load the widget manager from
      a CDN).
    """
    check_lang(lang)
    nb = localise_notebook(nb, lang)
    widgets = nb.metadata.pop("widgets", None) or {}
    state = widgets.get(_STATE_MIME, {}).get("state", {})
    first = True
    for cell in nb.cells:
        tags = set(cell.get("metadata", {}).get("tags", []))
        meta = cell.setdefault("metadata", {})
        show = meta.setdefault("slideshow", {})
        if tags & {"parameters", "injected-parameters", LIVE_ONLY}:
            show["slide_type"] = "skip"
        elif "slide_type" not in show:
            heading = cell.cell_type == "markdown" and cell.source.lstrip().startswith("#")
            if heading or first:
                show["slide_type"] = "slide"
            else:
                show["slide_type"] = "subslide" if cell.cell_type == "markdown" else "-"
        if show["slide_type"] != "skip":
            first = False
        if cell.cell_type != "code":
            continue
        cell["outputs"] = _static_outputs(cell.get("outputs", []), state, lang)
    return nb


def _output_models(model_id, state: dict, seen=None) -> list:
    """Saved outputs of the Output widget ``model_id`` or of those inside a box."""
    seen = set() if seen is None else seen
    if model_id in seen or model_id not in state:
        return []
    seen.add(model_id)
    model = state[model_id]
    if model.get("model_name") == "OutputModel":
        return [model.get("state", {}).get("outputs", [])]
    found = []
    for child in model.get("state", {}).get("children", []) or []:
        if isinstance(child, str) and child.startswith("IPY_MODEL_"):
            found.extend(_output_models(child[len("IPY_MODEL_") :], state, seen))
    return found


def _static_outputs(outputs, state: dict, lang: str) -> list:
    """Outputs a page without a kernel can show (see :func:`prepare_notebook`)."""
    result = []
    for out in outputs:
        data = out.get("data")
        if data is None:
            result.append(out)
            continue
        if _PLOTLY_MIME in data:
            fig = data[_PLOTLY_MIME]
            if isinstance(fig, str):
                fig = json.loads(fig)
            out["data"] = {"text/html": _plotly_html(fig)}
        elif _WIDGET_MIME in data:
            model_id = data[_WIDGET_MIME].get("model_id")
            model = state.get(model_id, {})
            if model.get("model_name") != "OutputModel":
                result.append(
                    {"output_type": "display_data", "metadata": {},
                     "data": {"text/html": _widget_note(lang)}}
                )  # fmt: skip
            # what Output widgets inside showed (a ClientPicker.follow() output,
            # the chart of the reliable-change explorer), from the saved state
            for inner in _output_models(model_id, state):
                result.extend(_static_outputs(copy.deepcopy(inner), state, lang))
            continue
        elif _is_plotly_loader(out):
            continue
        result.append(out)
    return result


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


def _copy_assets(src: Path, dest: Path) -> None:
    """Copy reveal.js, MathJax and plotly.js into ``dest`` (skip when current)."""
    from plotly.offline import get_plotlyjs

    stamp_src = src / _STAMP
    stamp_dest = dest / _STAMP
    plotly_js = dest / "plotly.min.js"
    if (
        stamp_dest.is_file()
        and plotly_js.is_file()
        and stamp_src.is_file()
        and stamp_dest.read_text(encoding="utf-8") == stamp_src.read_text(encoding="utf-8")
    ):
        return
    tmp = Path(tempfile.mkdtemp(prefix=".slides_assets-", dir=dest.parent))
    try:
        shutil.copytree(src, tmp, dirs_exist_ok=True)
        (tmp / "plotly.min.js").write_text(get_plotlyjs(), encoding="utf-8")
        if dest.exists():
            shutil.rmtree(dest)
        tmp.rename(dest)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _main(argv: list[str] | None = None) -> int:  # pragma: no cover - install helper
    p = argparse.ArgumentParser(prog="python -m casekit.slides")
    p.add_argument("--fetch-assets", action="store_true", help="fetch reveal.js and MathJax")
    p.add_argument("--dest", default=None)
    args = p.parse_args(argv)
    if args.fetch_assets:
        try:
            path = fetch_assets(args.dest)
        except ExportError as err:
            print(f"casekit: {err}", file=sys.stderr)
            return 1
        print(f"slide assets ready in {path}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(_main())

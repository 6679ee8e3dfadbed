"""What the lecture widgets share: the casebook they were given, and how they show outputs.

:func:`_casebook` accepts a loaded casebook or a folder; :func:`_show` and
:func:`_run_into` put a figure, a table or a message into an
``ipywidgets.Output`` without ``with out:`` (the comment above :func:`_show`
says why: a headless runner would otherwise hang, nbclient issue #312).
Plotly figures go out as their own mimetype (:func:`_bundle`), which
JupyterLab draws and the slide exporter reads back.
"""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as w
import pandas as pd
import plotly.graph_objects as go

from ..errors import ParameterError
from ..figure_display import figure_bundle, headless
from ..i18n import msg, t, tr


def _casebook(casebook):
    from ..casebook import Casebook, load_casebook

    if isinstance(casebook, Casebook):
        return casebook
    if isinstance(casebook, (str, Path)):
        return load_casebook(casebook)
    raise ParameterError(msg("m_pl_w_casebook_type"))


def _bundle(obj):
    """Display bundle for ``obj``: plotly figures as the plotly mimetype directly.

    JupyterLab draws the mimetype whatever renderer plotly.io is set to, and
    tests (and the slide exporter) can read the figure back. In a headless run
    (``jupyter nbconvert --execute``) the figure also carries a static
    ``<div>`` that the exported page draws (:mod:`casekit.figure_display`).
    """
    if isinstance(obj, go.Figure):
        return figure_bundle(obj)
    return None


def _publish(outputs) -> None:
    """Write saved outputs (``display_data`` and ``stream`` dicts) into the running cell."""
    import sys

    from IPython.display import publish_display_data

    for out in outputs:
        if out.get("output_type") == "stream":
            stream = sys.stderr if out.get("name") == "stderr" else sys.stdout
            stream.write(out.get("text", ""))
        elif "data" in out:
            publish_display_data(data=dict(out["data"]), metadata=dict(out.get("metadata") or {}))


class StaticWhenHeadless:
    """Mixin for a widget: in a headless run, show what it shows now instead of the widget.

    ``jupyter nbconvert --to html --execute`` keeps a widget as a reference to
    its saved state, which its page can draw only with the widget manager
    from a CDN (and never draws a plotly figure inside an Output widget), so
    a class without internet saw blank space. In a run no person watches
    (:func:`casekit.figure_display.headless`) the widget writes its current
    content into the cell as plain outputs (:meth:`_static_outputs`); in
    JupyterLab it is the live widget as before.
    """

    def _static_outputs(self) -> list[dict]:  # pragma: no cover - every widget overrides it
        return []

    def _ipython_display_(self):
        if headless():
            _publish(self._static_outputs())
            return
        from IPython.display import display

        display(self._repr_mimebundle_(), raw=True)


def _formatted_all(obj) -> list[dict]:
    """``obj`` as the outputs an Output widget holds for it (formatted in the kernel).

    A casekit widget (a picker's renderer may return one) is its widget view
    when a person watches, and what it shows when no one does; it is never
    handed to IPython's formatter, which would display it in the cell itself.
    """
    if isinstance(obj, StaticWhenHeadless):
        if headless():
            return [dict(out) for out in obj._static_outputs()]
        return [{"output_type": "display_data", "data": obj._repr_mimebundle_(), "metadata": {}}]
    return [_formatted(obj)]


def _html_output(text: str) -> dict:
    return {"output_type": "display_data", "data": {"text/html": text}, "metadata": {}}


def _in_kernel() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover
        return False
    ip = get_ipython()
    return ip is not None and getattr(ip, "kernel", None) is not None


def _formatted(obj) -> dict:
    """``obj`` as one ``display_data`` output, formatted in the kernel."""
    if isinstance(obj, str):
        obj = _HTMLText(obj)
    bundle = _bundle(obj)
    if bundle is not None:
        return {"output_type": "display_data", "data": bundle, "metadata": {}}
    from IPython import get_ipython

    data, metadata = get_ipython().display_formatter.format(obj)
    return {"output_type": "display_data", "data": data, "metadata": metadata}


# Why no ``with out:`` below. Capturing into an Output widget with ``with out:``
# sends each output to the front end tagged for the widget; a headless runner
# (nbclient, so papermill and ``jupyter nbconvert --execute``) then mimics the
# widget by sending its new state back on the kernel's shell channel while it
# is waiting on that same channel for the cell's reply. Under load the reply
# can arrive during that send and its wake-up is lost: the runner sees the
# finished cell only when its timeout runs out, never without one (nbclient
# issue #312; reproduced in tests/test_headless.py). So outputs are captured
# in the kernel and set on the widget's ``outputs`` state: one state update on
# the IOPub channel, nothing sent back, the same picture in JupyterLab.
def _show(out: w.Output, obj) -> None:
    """Replace what ``out`` shows by ``obj`` (works inside and outside a kernel)."""
    if obj is None:
        out.outputs = ()
    elif _in_kernel():
        out.outputs = tuple(_formatted_all(obj))
    else:
        out.outputs = ()
        bundle = _bundle(obj if not isinstance(obj, str) else _HTMLText(obj))
        if bundle is not None:
            out.outputs = ({"output_type": "display_data", "data": bundle, "metadata": {}},)
        else:
            out.append_display_data(_HTMLText(obj) if isinstance(obj, str) else obj)


def _run_into(out: w.Output, func, *args):
    """Call ``func(*args)`` and show in ``out`` what it printed, displayed and returned.

    Returns ``(result, error)``; the result (when not None) is shown after
    whatever the function displayed itself.
    """
    if not _in_kernel():
        out.outputs = ()
        try:
            result = func(*args)
        except Exception as err:  # shown in place: a class must not see a traceback
            return None, err
        _show(out, result)
        return result, None
    from IPython.utils.capture import capture_output

    error = result = None
    with capture_output(stdout=True, stderr=True, display=True) as captured:
        try:
            result = func(*args)
        except Exception as err:
            error = err
    outputs = [
        {"output_type": "stream", "name": name, "text": text}
        for name, text in (("stdout", captured.stdout), ("stderr", captured.stderr))
        if text
    ]
    outputs += [
        {"output_type": "display_data", "data": o.data, "metadata": o.metadata or {}}
        for o in captured.outputs
    ]
    if error is not None:
        out.outputs = tuple(outputs)
        return None, error
    if result is not None:
        outputs.extend(_formatted_all(result))
    out.outputs = tuple(outputs)
    return result, None


class _HTMLText:
    """Tiny display object: an HTML snippet with a plain-text fallback."""

    def __init__(self, text: str):
        self.text = text

    def _repr_html_(self):
        return self.text

    def __repr__(self):
        return self.text


def _error_html(err: Exception, lang: str) -> str:
    return (
        f"<div style='color:#b00020'><b>{html.escape(t('w_error', lang))}</b>: "
        f"{html.escape(tr(err, lang))}</div>"
    )


def _client_options(cb) -> list[tuple[str, str]]:
    clients = cb.clients
    options = []
    for _, row in clients.iterrows():
        cid = str(row["client_id"])
        pseudo = row.get("pseudonym")
        label = cid if pd.isna(pseudo) or str(pseudo) == cid else f"{cid} ({pseudo})"
        options.append((label, cid))
    return options

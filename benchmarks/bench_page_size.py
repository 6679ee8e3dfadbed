"""Size of a client report page before and after casekit's light pages (issue 17, item 2).

Runs the client template once for client S of the demo casebook (papermill,
kernel ``casekit``) and exports the executed notebook twice:

- *before*: nbconvert's ``lab`` template as casekit used it up to the light
  pages (the JupyterLab theme inlined, plotly's own figure blocks: the
  template copied into every figure, base64 float64 arrays, fixed widths);
- *after*: :func:`casekit.reports.htmlout.notebook_to_html` (casekit's own
  stylesheet, the template once per page, rounded and shared arrays).

Both with plotly.js shared (``plotly.min.js`` beside the page, not counted).
Prints the page sizes, the ratio and where the bytes go.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_page_size.py [--json FILE]
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _before(nb) -> str:
    """The page as nbconvert's lab template exports it (casekit's earlier template)."""
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    from casekit.reports.htmlout import _clean

    template = r"""
{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}<script charset="utf-8" src="plotly.min.js"></script>{%- endblock -%}
{% block jupyter_widgets %}{% endblock jupyter_widgets %}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
"""
    exporter = HTMLExporter(
        template_name="lab",
        template_file="before.html.j2",
        extra_loaders=[DictLoader({"before.html.j2": template})],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    body, _ = exporter.from_notebook_node(_clean(nb), resources={"language_code": "id"})
    return body


def _parts(page: str) -> dict[str, int]:
    styles = sum(len(m.encode()) for m in re.findall(r"<style.*?</style>", page, re.S))
    figures = sum(
        len(m.encode())
        for m in re.findall(
            r"<script[^>]*>\s*(?:window\.PLOTLYENV|casekitPlot).*?</script>", page, re.S
        )
    )
    head_js = sum(
        len(m.encode())
        for m in re.findall(r"<script>window\.casekitTemplates.*?</script>", page, re.S)
    )
    total = len(page.encode())
    return {"total": total, "stylesheet": styles, "figure scripts": figures,
            "templates+helper (head)": head_js, "rest (text, tables)": total - styles - figures - head_js}  # fmt: skip


def main(argv=None) -> int:
    import argparse
    import copy
    import json

    import nbformat
    import papermill as pm

    from casekit.reports.htmlout import notebook_to_html

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    os.environ["CASEKIT_REPORT"] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "S.ipynb"
        pm.execute_notebook(
            str(REPO / "notebooks" / "reports" / "client_report.ipynb"),
            str(out),
            parameters={"casebook": str(REPO / "data" / "demo"), "client_id": "S", "lang": "id"},
            kernel_name="casekit",
            progress_bar=False,
            cwd=tmp,
        )
        nb = nbformat.read(out, as_version=4)
    before = _before(copy.deepcopy(nb))
    after = notebook_to_html(copy.deepcopy(nb), plotly="shared", title="Klien S", lang="id")
    b, a = _parts(before), _parts(after)
    print("client S (data/demo), plotly.js shared, bytes")
    print(f"{'':28s}{'before':>10s}{'after':>10s}")
    for key in b:
        print(f"{key:28s}{b[key]:>10,d}{a[key]:>10,d}")
    print(f"page size: {b['total'] / 1000:.0f} KB -> {a['total'] / 1000:.0f} KB "
          f"({a['total'] / b['total']:.2f}x); target <= 150 KB: "
          f"{'met' if a['total'] <= 150_000 else 'NOT met'}")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps({"before": b, "after": a}), encoding="utf-8")
    return 0 if a["total"] <= 150_000 else 1


if __name__ == "__main__":
    sys.exit(main())

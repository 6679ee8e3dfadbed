"""The report kernels' plotly set-up does not compile jsonschema's IRI grammar (issue 17)."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
from casekit.reports import blocks
import plotly.graph_objects as go
blocks.setup_notebook("en", offline=True)
bundle = go.Figure(go.Bar(x=[1], y=[2]))._repr_mimebundle_()
assert "Plotly.newPlot" in bundle["text/html"], bundle.keys()
blocks.setup_notebook("en", offline=False)
assert "application/vnd.plotly.v1+json" in go.Figure()._repr_mimebundle_()
print(sys.modules.get("rfc3987_syntax", "absent"))
"""


def test_setup_notebook_skips_the_iri_grammar_and_figures_still_render():
    out = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, check=True, timeout=300
    )
    assert out.stdout.strip().splitlines()[-1] == "None"

"""Every lecture notebook runs top to bottom on the demo casebook, in both languages.

Real kernels (``casekit``, through papermill as ``casekit slides`` runs them); the
12 runs (6 notebooks x 2 languages) happen once per test session, two at a time,
and are shared with test_slides_fit.py and test_visible_text.py
(tests/lecture_runs.py).
A run fails on any error and on anything written to stderr or any printed
warning. The notebooks in git must have their outputs stripped.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import lecture_runs
import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
DEMO = ROOT / "data" / "demo"
NAMES = [
    "01_engagement_intake_contract",
    "02_assessment",
    "03_intervention_plan_and_sessions",
    "04_loneliness_pre_post",
    "05_evaluation_termination",
    "06_cohort_outcomes",
]
LANGS = ("id", "en")
OUTPUT_MIME = "application/vnd.jupyter.widget-state+json"
PLOTLY_MIME = "application/vnd.plotly.v1+json"

pytestmark = pytest.mark.slow


def parametrize(nb, **values):
    """Set variables of the notebook's ``parameters`` cell (papermill's convention)."""
    cells = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    if len(cells) != 1:
        raise ValueError("a lecture notebook needs exactly one cell tagged 'parameters'")
    src = cells[0].source
    for name, value in values.items():
        src, n = re.subn(rf"(?m)^{name}\s*=.*$", f"{name} = {value!r}", src)
        if n != 1:
            raise ValueError(f"parameter {name!r} not found in the parameters cell")
    cells[0].source = src
    return nb


@pytest.fixture(scope="module")
def executed(request):
    """The 12 runs, two kernels at a time, shared with the other modules that read them
    (tests/lecture_runs.py: papermill in the ``casekit`` kernel, as ``casekit slides``)."""
    lecture_runs.run_all(lecture_runs.wanted(request))  # the selected tests' runs, up front
    return _Runs()


class _Runs(dict):
    """(name, lang) -> (executed notebook or None, error or None), each run on first use."""

    def __missing__(self, job):
        _, error = lecture_runs.run(*job)
        self[job] = (lecture_runs.read(*job), error)
        return self[job]


def _outputs(nb):
    """Every output of the cells and of the Output widgets (picker.follow)."""
    outs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    state = nb.metadata.get("widgets", {}).get(OUTPUT_MIME, {}).get("state", {})
    for model in state.values():
        if model.get("model_name") == "OutputModel":
            outs.extend(model.get("state", {}).get("outputs", []))
    return outs


def _text(outputs) -> str:
    parts = []
    for o in outputs:
        if o.get("output_type") == "stream":
            parts.append(o.get("text", ""))
        for mime, value in o.get("data", {}).items():
            if mime.startswith("text/"):
                parts.append(value if isinstance(value, str) else "".join(value))
            elif mime == PLOTLY_MIME:  # a figure's labels and hover text are shown too
                parts.append(json.dumps(value, ensure_ascii=False))
    return "\n".join(parts)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_clean(executed, name, lang):
    nb, error = executed[(name, lang)]
    assert error is None, f"{name} ({lang}) failed:\n{error}"
    outputs = _outputs(nb)
    stderr = [o for o in outputs if o.get("output_type") == "stream" and o.get("name") == "stderr"]
    assert not stderr, f"{name} ({lang}) wrote to stderr: {stderr[0].get('text', '')[:500]}"
    errors = [o for o in outputs if o.get("output_type") == "error"]
    assert not errors
    text = _text(outputs)
    printed = _text([o for o in outputs if o.get("output_type") == "stream"]) + "\n".join(
        str(o.get("data", {}).get("text/plain", "")) for o in outputs
    )  # (not text/html: the first plotly figure embeds plotly.js, which says "Warning")
    assert not re.search(r"\bWarning\b", printed), f"{name} ({lang}) printed a warning"
    assert "Cannot be shown" not in text and "Tidak dapat ditampilkan" not in text


# what each notebook must show for client S of the seed (or the cohort), per language
EXPECTED = {
    "01_engagement_intake_contract": {"id": ["laki-laki", "Betawi"], "en": ["male", "Betawi"]},
    "02_assessment": {"id": ["orang tua", "Klien"], "en": ["parent", "Client"]},
    "03_intervention_plan_and_sessions": {"id": ["Konseling individu"], "en": ["casework"]},
    "04_loneliness_pre_post": {"id": ["92", "33"], "en": ["92", "33"]},
    "05_evaluation_termination": {"id": ["dirujuk"], "en": ["referred"]},
    "06_cohort_outcomes": {"id": ["SYN"], "en": ["SYN"]},
}
#: figures each notebook draws (plotly outputs, in cells or in picker outputs)
FIGURES = {
    "01_engagement_intake_contract": 1,
    "02_assessment": 5,
    "03_intervention_plan_and_sessions": 1,
    "04_loneliness_pre_post": 2,
    "05_evaluation_termination": 0,
    "06_cohort_outcomes": 4,
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", NAMES)
def test_notebook_shows_client_content_in_its_language(executed, name, lang):
    nb, error = executed[(name, lang)]
    if error is not None:
        pytest.fail(f"{name} ({lang}) did not run")
    outputs = _outputs(nb)
    text = _text(outputs)
    for word in EXPECTED[name][lang]:
        assert word in text, f"{name} ({lang}) does not show {word!r}"
    plots = [o for o in outputs if PLOTLY_MIME in o.get("data", {})]
    assert len(plots) >= FIGURES[name]
    if lang == "en":
        other = _text(_outputs(executed[(name, "id")][0]))
        assert text != other, "the language parameter changed nothing"


@pytest.mark.parametrize("name", NAMES)
def test_notebook_in_git_is_stripped_and_teaches(name):
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, (
                f"{name}: outputs not stripped"
            )
    assert "widgets" not in nb.metadata
    first = nb.cells[0]
    assert first.cell_type == "markdown" and "Yang dipelajari" in first.source
    # one language per notebook: the English copy (notebooks/en/, same generator) teaches too,
    # and every markdown cell keeps both texts for `casekit slides --lang`
    english = nbformat.read(NOTEBOOKS / "en" / f"{name}.ipynb", as_version=4)
    assert "What this notebook teaches" in english.cells[0].source
    assert 'lang = "en"' in english.cells[1].source
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            assert set(cell.metadata["casekit"]["text"]) == {"id", "en"}
            assert "EN:" not in cell.source
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1 and nb.cells.index(params[0]) == 1
    for var in ("casebook", "client_id", "lang"):
        assert re.search(rf"(?m)^{var} = ", params[0].source)
    assert nb.metadata["kernelspec"]["name"] == "casekit"
    assert max(len(c.source.splitlines()) for c in nb.cells if c.cell_type == "code") <= 12


def test_parametrize_rejects_unknown_parameter():
    nb = nbformat.read(NOTEBOOKS / f"{NAMES[0]}.ipynb", as_version=4)
    with pytest.raises(ValueError, match="'nope' not found"):
        parametrize(nb, nope=1)
    assert json.dumps(parametrize(nb, lang="en").cells[1].source).count("'en'") == 1


def test_strip_tool_removes_what_a_run_leaves(executed, tmp_path):
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import strip_notebooks
    finally:
        sys.path.pop(0)
    nb, _ = executed[("04_loneliness_pre_post", "en")]
    path = tmp_path / "run.ipynb"
    nbformat.write(nb, path)
    assert strip_notebooks.main(["--check", str(path)]) == 1
    assert strip_notebooks.main([str(path)]) == 0
    assert strip_notebooks.main(["--check", str(path)]) == 0
    clean = nbformat.read(path, as_version=4)
    assert all(c.outputs == [] for c in clean.cells if c.cell_type == "code")
    assert "widgets" not in clean.metadata

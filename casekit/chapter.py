"""The practicum chapter IV as an editable Word document.

What a social-work student hands in is a practicum report in Word whose
chapter IV (*Penanganan Kasus*) follows the helping process. :func:`chapter`
writes that chapter for one client from the casebook, in the order and the
wording of the seed report: 4.1 engagement, intake and contract; 4.2
assessment (identity, family table, genogram, social life road, BPSS table,
body map, ecomap, problems by source, focus, cause and effect); 4.3
intervention plan (the programme table); 4.4 intervention (session timeline
and the sessions); 4.5 evaluation (the evaluation matrix and the loneliness
scores before and after, with the reliable-change verdict); 4.6 termination
and referral.

How a chapter is made
---------------------
1. The client's parameters are checked as for the HTML report
   (:func:`casekit.reports.params.client_inputs`): unknown client or unsafe id
   is refused, and so is a client without ``consent_date`` unless
   ``allow_missing_consent`` (then the chapter's first line says so).
2. The completeness check (:mod:`casekit.process_check`) runs; its findings
   open the document as a list the student deletes before handing in.
3. The seven figures are drawn with :mod:`casekit.figures` and rendered to PNG
   in one kaleido session (:func:`casekit.word.render_png`); without kaleido or
   Chromium each figure becomes a framed placeholder and the result says why.
4. The document is built with Word's own styles (:mod:`casekit.word`): real
   tables with a repeating header row, captions *Tabel n* / *Gambar n*
   (*Table n* / *Figure n*) numbered in order by SEQ fields, and under each
   figure a short paragraph in plain words (:mod:`casekit.chapter_text`).
5. Every word of it (paragraphs, cells, the figures' own text, document
   properties) passes the identifier guard (:mod:`casekit.privacy`), and only
   then is the file written atomically (:func:`casekit.outputs.atomic_write`):
   a refused or failed chapter leaves nothing half-written.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from . import chapter_text as ct
from .errors import ParameterError, Problem
from .i18n import fmt_date, msg, t
from .word import (
    Margins,
    base_styles,
    caption,
    page_setup,
    picture,
    placeholder,
    render_png,
    set_language,
    table,
    text_height_cm,
    text_width_cm,
)

__all__ = ["ChapterResult", "Margins", "chapter", "build_chapter"]

#: default margins: 4 cm left, 3 cm top, right and bottom (common Indonesian thesis layout)
A4_THESIS = Margins()

#: the figures of the chapter, in the order they appear
FIGURES = ("genogram", "life_road", "bpss", "body_map", "ecomap", "timeline", "prepost")


@dataclass
class ChapterResult:
    """What :func:`chapter` wrote.

    Attributes
    ----------
    path : Path
        The ``.docx`` written.
    pictures : int
        Figures placed as pictures.
    placeholders : int
        Figures left as placeholders (kaleido or Chromium missing, or turned off).
    findings : list of Problem
        The completeness check's findings (listed at the top of the chapter).
    notes : list of str
        Messages for the user (for example why the figures are placeholders).
    """

    path: Path
    pictures: int = 0
    placeholders: int = 0
    findings: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def __fspath__(self) -> str:
        return str(self.path)


def _na(value) -> bool:
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _s(value) -> str:
    """A cell as text: empty for missing, ISO dates, integers without ``.0``."""
    if _na(value):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _true(value) -> bool:
    return not _na(value) and bool(value)


def _v(value, lang: str) -> str:
    """A vocabulary value in ``lang`` (``male`` -> ``laki-laki``)."""
    return "" if _na(value) else t(str(value), lang)


def _times(row) -> str:
    a, b = _s(row.get("start_time")), _s(row.get("end_time"))
    return f"{a}-{b}" if a and b else a


def _list(value) -> str:
    return "; ".join(x.strip() for x in _s(value).split(";") if x.strip())


class _Builder:
    """Adds headings, paragraphs, tables and figures, numbering captions in order."""

    def __init__(self, doc, lang, margins, pngs, first_table, first_figure):
        self.doc, self.lang, self.pngs = doc, lang, pngs
        self.width = text_width_cm(margins)
        self.max_h = text_height_cm(margins) - 4.0
        self.n_table, self.n_figure = first_table - 1, first_figure - 1
        self.pictures = self.placeholders = 0
        self.why_missing = ""

    def heading(self, key_or_text: str, level: int):
        self.doc.add_heading(key_or_text, level=level)

    def para(self, text: str, style: str | None = None):
        if text:
            self.doc.add_paragraph(text, style=style)

    def table(self, title: str, header: list[str], rows: list[list], widths: list[float]):
        self.n_table += 1
        caption(self.doc, t("ch_table", self.lang), self.n_table, title, above=True)
        if rows:
            table(self.doc, header, rows, widths, self.width)
        else:
            self.para(t("report_no_records", self.lang))
        self.doc.add_paragraph()

    def figure(self, name: str, fig, title: str, description: str):
        self.n_figure += 1
        png = self.pngs.get(name)
        if png is not None:
            size = (float(fig.layout.width or 900), float(fig.layout.height or 600))
            picture(self.doc, png, size, self.width, self.max_h)
            self.pictures += 1
        else:
            text = t("ch_placeholder", self.lang).format(title=title, why=self.why_missing)
            placeholder(self.doc, text, self.width)
            self.placeholders += 1
        caption(self.doc, t("ch_figure", self.lang), self.n_figure, title, above=False)
        self.para(description)


def build_chapter(
    inputs,
    findings: list[Problem],
    *,
    margins: Margins = A4_THESIS,
    figures: bool = True,
    scale: float = 2.0,
    first_table: int = 1,
    first_figure: int = 1,
):
    """Build the chapter's Document (nothing is written).

    Parameters
    ----------
    inputs : casekit.reports.params.ClientInputs
    findings : list of Problem
        The completeness check's findings, listed at the top.
    margins, figures, scale, first_table, first_figure
        See :func:`chapter`.

    Returns
    -------
    (docx.Document, list of plotly Figure, _Builder)
        The document, the figures placed as pictures (for the identifier guard) and the
        builder (its counts and the reason figures are missing, if they are).
    """
    import docx

    from . import figures as F
    from .process_check import format_problem

    cb, one, row, cid, lang = (
        inputs.casebook,
        inputs.client,
        inputs.row,
        inputs.client_id,
        inputs.lang,
    )
    name = _s(row.get("pseudonym")) or cid
    names = [n for n in FIGURES if n != "prepost" or inputs.instrument]
    figs = dict.fromkeys(names)  # drawn only when they are to be rendered
    pngs, why = {}, t("ch_no_figures_asked", lang)
    if figures:
        figs = {n: getattr(F, n)(cb, cid, lang) for n in names if n != "prepost"}
        if inputs.instrument:
            figs["prepost"] = F.prepost(cb, cid, lang, inputs.instrument, inputs.pre, inputs.post)
        rendered, reason = render_png(list(figs.values()), scale=scale)
        if rendered is None:
            why = t("ch_no_kaleido", lang).format(reason=reason)
        else:
            pngs = dict(zip(figs, rendered, strict=True))
    doc = docx.Document()
    page_setup(doc, margins)
    base_styles(doc)
    set_language(doc, {"id": "id-ID", "en": "en-GB"}[lang])
    props = doc.core_properties
    props.title = t("ch_doc_title", lang).format(name=name)
    props.author, props.comments, props.last_modified_by = "casekit", "", "casekit"
    props.created = props.modified = datetime.now(timezone.utc).replace(microsecond=0)
    props.language = {"id": "id-ID", "en": "en-GB"}[lang]
    b = _Builder(doc, lang, margins, pngs, first_table, first_figure)
    b.why_missing = why

    # --- the list the student deletes --------------------------------------------------------
    if inputs.consent_missing:
        b.para(t("report_no_consent", lang))
    b.doc.add_paragraph().add_run(t("ch_check_title", lang)).bold = True
    for problem in findings:
        b.para(format_problem(problem, lang), "List Bullet")
    if not findings:
        b.para(t("ch_check_ok", lang), "List Bullet")
    if len(pngs) < len(figs):
        b.para(t("ch_check_figures", lang).format(why=why), "List Bullet")
    b.para(t("ch_check_note", lang), "List Bullet")
    b.para(t("report_pseudonym_note", lang), "List Bullet")

    b.heading(t("ch_title", lang), 1)
    _section_41(b, one, row, lang)
    _section_42(b, one, row, lang, name, figs)
    _section_43(b, one, lang)
    _section_44(b, one, lang, name, figs)
    _section_45(b, inputs, lang, name, figs)
    _section_46(b, one, row, lang)
    return doc, [figs[n] for n in pngs], b


def _sessions(one, stages) -> pd.DataFrame:
    s = one.sessions
    return s[s["stage"].isin(stages)].sort_values(["date", "start_time"], kind="stable")


def _section_41(b, one, row, lang):
    b.heading(t("ch_s41", lang), 2)
    facts = []
    if not _na(row.get("intake_date")):
        facts.append(t("ch_intake_on", lang).format(date=fmt_date(row["intake_date"], lang)))
    if not _na(row.get("consent_date")):
        facts.append(t("ch_consent_on", lang).format(date=fmt_date(row["consent_date"], lang)))
    b.para(" ".join(facts))
    early = _sessions(one, ("engagement", "intake", "contract"))
    rows = [
        [str(i), fmt_date(r["date"], lang, short=True), _times(r), _v(r["stage"], lang), _s(r.get("location")),
         _list(r.get("participants")), _s(r.get("notes"))]
        for i, (_, r) in enumerate(early.iterrows(), 1)
    ]  # fmt: skip
    header = [t(k, lang) for k in ("ch_no", "col_date", "ch_time", "col_stage", "col_location",
                                    "col_participants", "col_notes")]  # fmt: skip
    b.table(t("ch_tab_early", lang), header, rows, [0.9, 2.0, 1.5, 2.2, 1.8, 2.2, 3.4])


def _age(member, ref_year) -> str:
    born, died = member.get("birth_year"), member.get("death_year")
    if _na(born):
        return ""
    if not _na(died):
        return str(int(died) - int(born))
    if _na(ref_year) or _true(member.get("deceased")):
        return ""
    return str(int(ref_year) - int(born))


_REL_ORDER = {"self": 0, "spouse": 1, "child": 2, "grandchild": 3, "parent": 4, "sibling": 5}


def _section_42(b, one, row, lang, name, figs):
    b.heading(t("ch_s42", lang), 2)
    b.heading(t("ch_identity", lang), 3)
    b.para(f"{t('ch_client_name', lang)}: {name}", "List Number")
    for col in ("sex", "age_at_intake", "cluster", "region", "ethnicity", "religion",
                "living_arrangement", "institution"):  # fmt: skip
        if col in row.index and not _na(row[col]):
            value = _v(row[col], lang) if col in ("sex", "living_arrangement") else _s(row[col])
            b.para(f"{t('col_' + col, lang)}: {value}", "List Number")
    b.heading(t("ch_family", lang), 3)
    fam = one.family.copy()
    fam["_order"] = fam["relation"].map(lambda r: _REL_ORDER.get(r, 9))
    fam = fam.sort_values("_order", kind="stable")
    intake = row.get("intake_date")
    ref = intake.year if isinstance(intake, pd.Timestamp) else None
    rows = []
    for i, (_, m) in enumerate(fam.iterrows(), 1):
        age = _age(m, ref)
        rel = _v(m.get("relation"), lang)
        if _true(m.get("deceased")):
            rel += f" ({t('ch_deceased', lang)})"
        rows.append(
            [str(i), _s(m.get("label")), _v(m.get("sex"), lang),
             t("ch_years", lang).format(n=age) if age else "", rel, _s(m.get("education")),
             _s(m.get("occupation")), _s(m.get("residence"))]
        )  # fmt: skip
    header = [t(k, lang) for k in ("ch_no", "ch_member", "col_sex", "ch_age", "ch_relation",
                                    "col_education", "col_occupation", "ch_residence")]  # fmt: skip
    b.table(t("ch_tab_family", lang), header, rows, [0.8, 1.8, 2.2, 1.3, 2.1, 2.2, 2.1, 2.0])
    b.figure("genogram", figs["genogram"], t("ch_fig_genogram", lang).format(name=name),
             ct.describe_genogram(one, lang))  # fmt: skip
    b.figure("life_road", figs["life_road"], t("ch_fig_life_road", lang).format(name=name),
             ct.describe_life_road(one, lang))  # fmt: skip
    b.heading(t("ch_bpss", lang), 3)
    domains = ("biological", "psychological", "social", "spiritual")
    cells = []
    for d in domains:
        items = one.bpss[one.bpss["domain"] == d]
        cells.append(
            [f"{i}. {_s(r['finding'])}" + (f" ({t(r['kind'], lang)})" if _s(r.get("kind")) == "strength" else "")
             for i, (_, r) in enumerate(items.iterrows(), 1)] or [""]
        )  # fmt: skip
    rows = [cells] if not one.bpss.empty else []
    b.table(t("ch_tab_bpss", lang).format(name=name), [t(d, lang).capitalize() for d in domains],
            rows, [1, 1, 1, 1])  # fmt: skip
    b.figure("bpss", figs["bpss"], t("ch_fig_bpss", lang).format(name=name),
             ct.describe_bpss(one, lang))  # fmt: skip
    b.figure("body_map", figs["body_map"], t("ch_fig_body_map", lang).format(name=name),
             ct.describe_body_map(one, lang))  # fmt: skip
    b.figure("ecomap", figs["ecomap"], t("ch_fig_ecomap", lang).format(name=name),
             ct.describe_ecomap(one, lang))  # fmt: skip
    b.heading(t("ch_problems", lang), 3)
    probs = one.problems
    rows = [
        [str(i), _v(r.get("according_to"), lang), _s(r["statement"]),
         t("yes", lang) if _true(r.get("focus")) else ""]
        for i, (_, r) in enumerate(probs.iterrows(), 1)
    ]  # fmt: skip
    header = [t(k, lang) for k in ("ch_no", "col_according_to", "ch_symptom", "col_focus")]
    b.table(t("ch_tab_problems", lang), header, rows, [1.0, 2.4, 9.0, 1.6])
    _potentials_and_resources(b, one, lang)
    b.heading(t("ch_focus", lang), 3)
    focus = [_s(s) for s, f in zip(probs["statement"], probs["focus"], strict=True) if _true(f)]
    b.para(t("ch_focus_text", lang).format(n=len(focus)) if focus else t("ch_no_focus", lang))
    for s in focus:
        b.para(s, "List Bullet")
    b.heading(t("ch_cause_effect", lang), 3)
    ce = probs[probs["cause"].notna() | probs["effect"].notna()]
    rows = [
        [str(i), _s(r["statement"]), _s(r.get("cause")), _s(r.get("effect"))]
        for i, (_, r) in enumerate(ce.iterrows(), 1)
    ]
    header = [t(k, lang) for k in ("ch_no", "ch_problem", "ch_cause", "ch_effect")]
    b.table(t("ch_tab_cause_effect", lang), header, rows, [1.0, 4.0, 4.5, 4.5])


def _potentials_and_resources(b, one, lang):
    """Seed 4.2 items 5 and 6: the client's own strengths (BPSS) and the ties that help (ecomap)."""
    b.heading(t("ch_potentials", lang), 3)
    strengths = one.bpss[one.bpss["kind"] == "strength"]
    if strengths.empty:
        b.para(t("ch_no_potentials", lang))
    for _, r in strengths.iterrows():
        b.para(f"{_s(r['finding'])} ({t(r['domain'], lang)})", "List Bullet")
    b.heading(t("ch_resources", lang), 3)
    eco = one.ecomap
    helping = eco[eco["strength"].isin(["strong", "moderate"])] if len(eco) else eco
    if helping.empty:
        b.para(t("ch_no_resources", lang))
    for _, r in helping.iterrows():
        note = _s(r.get("note")).split(";")[0].strip()
        line = f"{_s(r['system'])} ({_v(r['strength'], lang)})"
        b.para(f"{line}: {note}" if note else line, "List Bullet")


def _section_43(b, one, lang):
    b.heading(t("ch_s43", lang), 2)
    for _, r in _sessions(one, ("planning",)).iterrows():
        b.para(
            t("ch_planning_on", lang).format(
                date=fmt_date(r["date"], lang), notes=_s(r.get("notes"))
            )
        )
    rows = []
    for _, r in one.plan.iterrows():
        start = fmt_date(r.get("start_date"), lang, short=True)
        end = fmt_date(r.get("end_date"), lang, short=True)
        when = start if not end or end == start else f"{start} - {end}"
        method = _v(r.get("method"), lang)
        tech = _list(r.get("techniques"))
        rows.append(
            [_s(r.get("activity")) or _s(r["activity_id"]), when, _s(r.get("location")),
             _s(r.get("objectives")), f"{method} ({tech})" if tech else method,
             _s(r.get("indicator"))]
        )  # fmt: skip
    header = [t(k, lang) for k in ("col_activity", "ch_when", "ch_place", "col_objectives",
                                    "ch_method_techniques", "col_indicator")]  # fmt: skip
    b.table(t("ch_tab_plan", lang), header, rows, [2.6, 2.2, 2.0, 2.8, 2.2, 2.6])


def _section_44(b, one, lang, name, figs):
    b.heading(t("ch_s44", lang), 2)
    inter = _sessions(one, ("intervention",))
    if len(inter):
        b.para(t("ch_intervention_span", lang).format(
            a=fmt_date(inter["date"].min(), lang), b=fmt_date(inter["date"].max(), lang), n=len(inter)))  # fmt: skip
    b.figure("timeline", figs["timeline"], t("ch_fig_timeline", lang).format(name=name),
             ct.describe_timeline(one, lang))  # fmt: skip
    names = dict(zip(one.plan["activity_id"], one.plan["activity"], strict=True))
    rows = [
        [str(i), _s(names.get(r.get("activity_id"))) or _s(r.get("activity_id")),
         fmt_date(r["date"], lang, short=True),
         _times(r), _s(r.get("location")), _list(r.get("techniques")), _s(r.get("notes"))]
        for i, (_, r) in enumerate(inter.iterrows(), 1)
    ]  # fmt: skip
    header = [t(k, lang) for k in ("ch_no", "col_activity", "col_date", "ch_time",
                                    "col_location", "col_techniques", "col_notes")]  # fmt: skip
    b.table(t("ch_tab_sessions", lang), header, rows, [0.9, 2.6, 2.0, 1.5, 1.9, 2.1, 3.0])


def _section_45(b, inputs, lang, name, figs):
    one = inputs.client
    b.heading(t("ch_s45", lang), 2)
    for _, r in _sessions(one, ("evaluation",)).iterrows():
        b.para(
            t("ch_evaluation_on", lang).format(
                date=fmt_date(r["date"], lang), notes=_s(r.get("notes"))
            )
        )
    names = dict(zip(one.plan["activity_id"], one.plan["activity"], strict=True))
    rows = [
        [str(i), _s(names.get(r.get("activity_id"))) or _s(r.get("activity_id")),
         _s(r.get("process_notes")), _s(r.get("outcome_notes")), _v(r.get("indicator_met"), lang)]
        for i, (_, r) in enumerate(one.evaluation.iterrows(), 1)
    ]  # fmt: skip
    header = [t(k, lang) for k in ("ch_no", "col_activity", "ch_process_eval",
                                    "ch_outcome_eval", "col_indicator_met")]  # fmt: skip
    b.table(t("ch_tab_evaluation", lang), header, rows, [0.9, 2.6, 4.3, 4.3, 2.1])
    from .scoring import score

    sc = score(one)
    sc = sc[sc["scale"] == "total"] if len(sc) else sc
    rows = [
        [_s(r["instrument"]), _s(r["timepoint"]), fmt_date(r.get("date"), lang, short=True),
         _s(r["score"]),
         _s(r.get("category"))]
        for _, r in sc.iterrows()
    ]  # fmt: skip
    header = [t(k, lang) for k in ("col_instrument", "col_timepoint", "col_date", "col_score",
                                    "col_category")]  # fmt: skip
    b.table(t("ch_tab_scores", lang), header, rows, [3.5, 2.8, 2.5, 1.6, 3.6])
    text = ct.describe_prepost(
        inputs.casebook, inputs.client_id, inputs.instrument, inputs.pre, inputs.post, lang
    )
    if "prepost" in figs:
        b.figure("prepost", figs["prepost"], t("ch_fig_prepost", lang).format(name=name), text)
    else:
        b.para(text)


def _section_46(b, one, row, lang):
    b.heading(t("ch_s46", lang), 2)
    if _na(row.get("termination_date")):
        b.para(t("report_not_terminated", lang))
    else:
        b.para(t("ch_terminated_on", lang).format(date=fmt_date(row["termination_date"], lang)))
    if not _na(row.get("termination_reason")):
        b.para(f"{t('col_termination_reason', lang)}: {_v(row['termination_reason'], lang)}.")
    if not _na(row.get("referral_to")):
        b.para(f"{t('col_referral_to', lang)}: {_s(row['referral_to'])}.")
    for _, r in _sessions(one, ("termination", "referral")).iterrows():
        b.para(f"{fmt_date(r['date'], lang)} ({_v(r['stage'], lang)}): {_s(r.get('notes'))}")


def _figure_strings(fig) -> str:
    """Every string inside a plotly figure (titles, labels, hover text), one per line."""
    import json

    found: list[str] = []

    def walk(node):
        if isinstance(node, str):
            found.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(fig.to_json()))
    return "\n".join(found)


def document_text(doc) -> str:
    """Every piece of text in ``doc``: paragraphs, table cells (nested too), properties."""
    parts = [doc.core_properties.title or "", doc.core_properties.author or ""]

    def walk(container):
        for p in container.paragraphs:
            parts.append(p.text)
        for tab in getattr(container, "tables", []):
            for tr in tab.rows:
                for cell in tr.cells:
                    walk(cell)

    walk(doc)
    return "\n".join(parts)


def _target(out, casebook_name: str, client_id: str) -> Path:
    """The .docx to write: ``out``, ``out/<id>.docx`` for a folder, or the default."""
    if not out:
        return Path("reports") / casebook_name / f"{client_id}.docx"
    out = Path(out)
    if out.is_dir() or str(out).endswith(("/", "\\")):
        return out / f"{client_id}.docx"
    if out.suffix.lower() != ".docx":
        raise ParameterError(msg("ch_not_docx", path=str(out)))
    return out


def chapter(
    casebook,
    client_id: str,
    lang: str = "id",
    out=None,
    *,
    margins: Margins = A4_THESIS,
    figures: bool = True,
    scale: float = 2.0,
    instrument: str = "",
    pre: str = "pre",
    post: str = "post",
    first_table: int = 1,
    first_figure: int = 1,
    allow_missing_consent: bool = False,
) -> ChapterResult:
    """Write a client's practicum chapter IV as an editable Word document (.docx).

    Parameters
    ----------
    casebook : str, Path or Casebook
    client_id : str
    lang : {"id", "en"}
        Language of every heading, caption and sentence casekit writes.
    out : str or Path, optional
        The ``.docx`` to write, or a folder to write ``<client_id>.docx`` into;
        default ``reports/<casebook name>/<client_id>.docx``. Folders are created.
    margins : Margins
        Page margins in cm (default 4 left, 3 top, right, bottom; A4).
    figures : bool
        Render the figures (needs kaleido and Chromium); False: placeholders.
    scale : float
        Resolution of the pictures: the figure's own pixel size times ``scale``.
    instrument, pre, post : str
        The questionnaire and timepoints of 4.5 (as in the HTML report).
    first_table, first_figure : int
        Number of the chapter's first table and figure (a report's earlier
        chapters often already hold some).
    allow_missing_consent : bool
        Write it even without a consent date (teaching only; the chapter's
        first line says so).

    Returns
    -------
    ChapterResult

    Raises
    ------
    ParameterError
        Unknown client, instrument or language; unsafe id; no consent date.
    IdentifierLeak
        The chapter would contain a value of ``identifiers.csv``; nothing is written.
    """
    from .errors import IdentifierLeak
    from .outputs import atomic_write
    from .privacy import IdentifierGuard, leak_message, locate, sources_for
    from .process_check import check_process
    from .reports.params import client_inputs

    inputs = client_inputs(
        casebook, client_id, lang, instrument, pre, post, allow_missing_consent=True
    )
    if inputs.consent_missing and not allow_missing_consent:
        raise ParameterError(msg("ch_consent_refused", client=inputs.client_id))
    if first_table < 1 or first_figure < 1:
        raise ParameterError("first_table and first_figure must be 1 or more.")
    cb = inputs.casebook
    out = _target(out, cb.name, inputs.client_id)
    findings = check_process(cb, inputs.client_id, inputs.lang, inputs.pre, inputs.post)
    doc, figs, b = build_chapter(
        inputs,
        findings,
        margins=Margins(*margins),
        figures=figures,
        scale=scale,
        first_table=first_table,
        first_figure=first_figure,
    )
    guard = IdentifierGuard.from_casebook(cb)
    text = document_text(doc) + "\n" + "\n".join(_figure_strings(f) for f in figs)
    found = guard.findings(text)
    if found:  # say which casebook cells to fix, as the HTML report does; never the identifier
        sources = sources_for(locate(cb, guard), inputs.client_id)
        raise IdentifierLeak(leak_message(out.name, found, sources))
    buffer = io.BytesIO()
    doc.save(buffer)
    out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(out, buffer.getvalue())
    notes = []
    if b.placeholders:
        notes.append(
            t("ch_note_placeholders", inputs.lang).format(n=b.placeholders, why=b.why_missing)
        )
    return ChapterResult(out, b.pictures, b.placeholders, findings, notes)

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
4. The document is built section by section (:mod:`casekit.chapter_sections`)
   with Word's own styles (:mod:`casekit.word`): real
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

from .chapter_sections import (
    cell,
    section_41,
    section_42,
    section_43,
    section_44,
    section_45,
    section_46,
)
from .errors import ConsentError, ParameterError, Problem
from .i18n import msg, t
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
    name = cell(row.get("pseudonym")) or cid
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
    section_41(b, one, row, lang)
    section_42(b, one, row, lang, name, figs)
    section_43(b, one, lang)
    section_44(b, one, lang, name, figs)
    section_45(b, inputs, lang, name, figs)
    section_46(b, one, row, lang)
    return doc, [figs[n] for n in pngs], b


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
                for box in tr.cells:
                    walk(box)

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
        Unknown client, instrument or language; unsafe id; no consent date
        (:class:`~casekit.errors.ConsentError`).
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
        raise ConsentError(msg("ch_consent_refused", client=inputs.client_id))
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

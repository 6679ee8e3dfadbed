"""Word building blocks for the practicum chapter (python-docx): page, captions, tables, pictures.

Everything here uses Word's built-in styles (``Heading 1``-``3``,
``Caption``, ``Table Grid``, ``List Bullet``) and as little direct formatting
as possible, so that a campus template restyles the whole document at once.

- :func:`page_setup`: A4 and the margins (the common Indonesian thesis layout
  is 4 cm left, 3 cm top, right and bottom).
- :func:`caption`: ``Tabel 1. ...`` / ``Gambar 1. ...`` with a real Word
  ``SEQ`` field, so Word's *Insert Table of Figures* lists it and *Update
  Field* renumbers it after the student moves things; the number casekit
  computed is stored as the field's current result.
- :func:`table`: a real Word table whose header row repeats on every page it
  runs over (``w:tblHeader``) and whose rows may break across pages.
- :func:`picture` / :func:`placeholder`: a figure scaled to the text width (and
  capped in height), or a framed note where it will go.
- :func:`render_png`: plotly figures to PNG with plotly's static export
  (kaleido, driving Chromium). Without kaleido or a Chromium it returns the
  reason instead, and the chapter gets placeholders.
"""

from __future__ import annotations

import io
import os
import tempfile
from typing import NamedTuple

# python-docx is imported inside the functions: ``import casekit`` stays light (report kernels)

__all__ = [
    "Margins",
    "base_styles",
    "caption",
    "page_setup",
    "picture",
    "placeholder",
    "render_png",
    "set_language",
    "table",
    "text_width_cm",
]

A4_CM = (21.0, 29.7)


class Margins(NamedTuple):
    """Page margins in centimetres (default: 4 left, 3 top, right and bottom)."""

    left: float = 4.0
    top: float = 3.0
    right: float = 3.0
    bottom: float = 3.0


def page_setup(doc, margins: Margins) -> None:
    """A4 portrait with ``margins`` on every section of ``doc``."""
    from docx.shared import Cm

    for section in doc.sections:
        section.page_width, section.page_height = Cm(A4_CM[0]), Cm(A4_CM[1])
        section.left_margin = Cm(margins.left)
        section.right_margin = Cm(margins.right)
        section.top_margin = Cm(margins.top)
        section.bottom_margin = Cm(margins.bottom)


def base_styles(doc, font: str = "Times New Roman", size_pt: float = 12) -> None:
    """Set the built-in styles' font (Normal, Heading 1-3, Caption) and black headings.

    Only the styles change, never single runs, so a campus template (or
    Word's *Design* tab) still restyles the whole chapter. Times New Roman 12
    is the usual Indonesian thesis face; LibreOffice shows it with the
    metric-compatible Liberation Serif, so line breaks match Word's.
    """
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    styles = doc.styles
    styles["Normal"].font.name = font
    styles["Normal"].font.size = Pt(size_pt)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Caption"):
        style = styles[name]
        style.font.name = font
        style.font.color.rgb = RGBColor(0, 0, 0)
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is not None:  # drop the theme font so the name above applies
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                fonts.attrib.pop(qn(attr), None)
    styles["Heading 1"].font.size = Pt(size_pt + 2)
    for name in ("Heading 2", "Heading 3"):
        styles[name].font.size = Pt(size_pt)
    styles["Caption"].font.size = Pt(size_pt - 1)


def set_language(doc, tag: str) -> None:
    """Proofing language of the Normal style (every style based on it inherits it), e.g. ``id-ID``.

    Word then checks spelling in Bahasa Indonesia instead of underlining every word.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), tag)


def text_width_cm(margins: Margins) -> float:
    """Width of the text column on A4 between the margins."""
    return A4_CM[0] - margins.left - margins.right


def text_height_cm(margins: Margins) -> float:
    """Height of the text column on A4 between the margins."""
    return A4_CM[1] - margins.top - margins.bottom


def _field(paragraph, instruction: str, result: str) -> None:
    """Append a complex field (``instruction``) showing ``result`` to ``paragraph``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind):
        run = paragraph.add_run()
        fld = OxmlElement("w:fldChar")
        fld.set(qn("w:fldCharType"), kind)
        run._r.append(fld)

    char("begin")
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    char("separate")
    paragraph.add_run(result)
    char("end")


def caption(doc, label: str, number: int, text: str, *, above: bool):
    """Add ``"<label> <number>. <text>"`` in the Caption style, numbered by a SEQ field.

    ``above=True`` (tables) keeps the caption on the page of what follows.
    """
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    para = doc.add_paragraph(style="Caption")
    para.add_run(f"{label} ")
    _field(para, f"SEQ {label} \\* ARABIC", str(number))
    para.add_run(f". {text}")
    para.paragraph_format.keep_with_next = above
    if not above:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def _repeat_header(row) -> None:
    """Mark ``row`` as a header row Word and LibreOffice repeat on every page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def _cell_text(cell, value, size) -> None:
    """Put ``value`` in ``cell``; a list becomes one paragraph per item."""
    items = value if isinstance(value, list) else [value]
    first = True
    for item in items:
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        para.add_run("" if item is None else str(item)).font.size = size
        first = False


def table(
    doc,
    header: list[str],
    rows: list[list],
    widths: list[float],
    width_cm: float,
    font_pt: float = 10,
):
    """Add a Table Grid table: ``header`` (bold, repeated on each page) then ``rows``.

    Parameters
    ----------
    header : list of str
    rows : list of list
        Cell values (str, or a list of str for one paragraph per item).
    widths : list of float
        Relative column widths; scaled to ``width_cm``.
    font_pt : float
        Font size of the cells (tables are denser than the text).
    """
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Cm, Pt

    tab = doc.add_table(rows=1, cols=len(header))
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    tab.autofit = False
    _repeat_header(tab.rows[0])
    size = Pt(font_pt)
    for cell, text in zip(tab.rows[0].cells, header, strict=True):
        run = cell.paragraphs[0].add_run(text)
        run.bold, run.font.size = True, size
    for values in rows:
        cells = tab.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            _cell_text(cell, value, size)
    total = float(sum(widths))
    for i, w in enumerate(widths):
        # the grid (LibreOffice reads it) and every cell (Word reads these)
        tab.columns[i].width = Cm(width_cm * w / total)
        for cell in tab.columns[i].cells:
            cell.width = Cm(width_cm * w / total)
    return tab


def picture(doc, png: bytes, size_px: tuple[float, float], width_cm: float, max_height_cm: float):
    """Add a centred picture scaled to ``width_cm`` (smaller if it would exceed ``max_height_cm``)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    w_px, h_px = size_px
    width = width_cm
    if h_px and w_px and width * h_px / w_px > max_height_cm:
        width = max_height_cm * w_px / h_px
    para = doc.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.paragraph_format.keep_with_next = True
    para.add_run().add_picture(io.BytesIO(png), width=Cm(width))
    return para


def placeholder(doc, text: str, width_cm: float):
    """A one-cell framed box saying which figure goes here and why it is missing."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    tab = doc.add_table(rows=1, cols=1)
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = tab.rows[0].cells[0]
    cell.width = Cm(width_cm)
    para = cell.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.add_run(text).italic = True
    return tab


def render_png(figures: list, scale: float = 2.0) -> tuple[list[bytes] | None, str]:
    """Render plotly figures to PNG at their own layout size times ``scale``.

    Returns ``(pngs, "")`` or ``(None, reason)`` when kaleido or a Chromium
    browser is not available (the reason is kaleido's own message, shortened).
    All figures go through one kaleido session (:func:`plotly.io.write_images`),
    which starts Chromium once.
    """
    try:
        import kaleido  # noqa: F401
        import plotly.io as pio
    except ImportError as err:
        return None, f"kaleido is not installed ({err})"
    if not figures:
        return [], ""
    with tempfile.TemporaryDirectory(prefix="casekit-figures-") as tmp:
        files = [os.path.join(tmp, f"fig{i}.png") for i in range(len(figures))]
        try:
            pio.write_images(
                figures,
                files,
                format="png",
                scale=scale,
                width=[int(f.layout.width or 900) for f in figures],
                height=[int(f.layout.height or 600) for f in figures],
            )
        except Exception as err:  # kaleido/choreographer raise their own types
            reason = " ".join(str(err).split())[:300] or type(err).__name__
            return None, reason
        out = []
        for name in files:
            with open(name, "rb") as handle:
                out.append(handle.read())
    return out, ""

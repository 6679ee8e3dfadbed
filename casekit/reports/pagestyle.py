"""casekit's own stylesheet for report pages, on screen and on paper.

Replaces the JupyterLab theme nbconvert would inline (about 260 KB, most of it
icons a report never shows) with a few kilobytes that style only what a
report holds: headings, tables, warnings, the verdict, figures.

Print (and ``casekit report --pdf``): A4 portrait with the margins of an
Indonesian campus report (left 4 cm for the binding, top, right and bottom
3 cm, as the usual *pedoman penulisan* ask; the Word chapter uses the same), the
report title at the bottom left of every page and "page / pages" at the
bottom right (CSS page margin boxes), headings kept with what follows, a
figure or a table row never split across pages, table headers repeated on
every page a table continues on.

Tables: words wrap at their ends, hyphenated by the page's ``lang`` (``id``
or ``en``, CSS ``hyphens: auto``) where the browser has the language's
patterns, and at the soft hyphens :mod:`casekit.reports.hyphenate` puts in
long words (Chromium has no patterns on Linux); a date stays on one line.

References
----------
CSS Paged Media Module Level 3 (``@page``, margin boxes):
https://www.w3.org/TR/css-page-3/
CSS Fragmentation Module Level 3 (``break-inside``, ``break-after``):
https://www.w3.org/TR/css-break-3/
CSS Text Module Level 3 (``overflow-wrap``, ``word-break``, ``hyphens``):
https://www.w3.org/TR/css-text-3/
"""

from __future__ import annotations

__all__ = ["PAGE_MARGINS_MM", "PRINT_WIDTH_PX", "css_string", "page_css"]

#: A4 portrait margins in mm: top, right, bottom, left
PAGE_MARGINS_MM = (30, 30, 30, 40)
#: width of the printed column in CSS pixels (96 per inch): A4 210 mm less the margins
PRINT_WIDTH_PX = round((210 - PAGE_MARGINS_MM[1] - PAGE_MARGINS_MM[3]) / 25.4 * 96)

_CSS = """
:root { color-scheme: light; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #fff; color: #1f2328; font-size: 16px; line-height: 1.5;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans",
  Arial, sans-serif; }
main { max-width: 1120px; margin: 0 auto; padding: 1.5rem 2rem 3rem; box-sizing: border-box; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0.5rem 0 0.4rem; }
h2 { font-size: 1.35rem; line-height: 1.3; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem;
  border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1.08rem; margin: 1.3rem 0 0.4rem; }
p { margin: 0.4rem 0 0.8rem; }
a { color: #0b5cad; }
pre { white-space: pre-wrap; font-size: 0.9em; }
/* what nbconvert's cell markup holds but a report does not show */
.jp-InputArea, .jp-Cell-inputWrapper, .jp-Collapser, .jp-InputPrompt, .jp-OutputPrompt,
.jp-Placeholder, .jp-Cell-inputCollapser, .jp-Cell-outputCollapser { display: none; }
.jp-OutputArea-output { overflow-x: auto; max-width: 100%; }
table.casekit-table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.92em; }
/* words wrap whole, hyphenated by the page's language where the browser has its patterns:
   "overflow-wrap: anywhere" let a narrow column cut any word ("peremp|uan"); "break-word"
   cuts only a word longer than the whole column (a long code or link), never to narrow it */
table.casekit-table th, table.casekit-table td { border: 1px solid #c8ced6; padding: 3px 8px;
  vertical-align: top; text-align: left; max-width: 28em; overflow-wrap: break-word;
  word-break: normal; -webkit-hyphens: auto; hyphens: auto; }
table.casekit-table td.casekit-date { white-space: nowrap; }
table.casekit-table th { background: #f2f4f7; font-weight: 600; }
table.casekit-table tbody tr:nth-child(even) td { background: #fafbfc; }
.casekit-warning { background: #fff3cd; border: 1px solid #e0b400; padding: 0.6em 1em;
  border-radius: 3px; }
.casekit-verdict { font-size: 1.1em; border-left: 4px solid #2a6ebb; padding: 0.3em 0.8em;
  background: #f4f8fd; }
.casekit-muted { color: #59636e; }
.casekit-figure-title { margin-bottom: 0.2rem; }
.casekit-plot { width: 100%; margin: 0 0 1rem; overflow: hidden; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }

@page {
  size: A4 portrait;
  margin: @TOP@mm @RIGHT@mm @BOTTOM@mm @LEFT@mm;
  @bottom-left { content: @TITLE@; font-size: 9pt; color: #555;
    font-family: system-ui, "Liberation Sans", Arial, sans-serif; }
  @bottom-right { content: counter(page) " / " counter(pages); font-size: 9pt; color: #555;
    font-family: system-ui, "Liberation Sans", Arial, sans-serif; }
}
@media print {
  body { font-size: 11pt; line-height: 1.4; }
  main { max-width: none; padding: 0; }
  h1, h2, h3, .casekit-figure-title { break-after: avoid; page-break-after: avoid; }
  h2 { margin-top: 1.2rem; }
  .jp-OutputArea-output { overflow: visible; }
  .casekit-plot { max-height: 21cm; break-inside: avoid; page-break-inside: avoid; }
  .jp-OutputArea-child:has(.casekit-plot) { break-inside: avoid; page-break-inside: avoid; }
  .jp-OutputArea-child:has(h1, h2, h3) { break-after: avoid; page-break-after: avoid; }
  table.casekit-table { font-size: 8.5pt; line-height: 1.3; }
  table.casekit-table th, table.casekit-table td { padding: 2px 4px; }
  /* eight columns or more (the family table, the plan) in a 14 cm column */
  table.casekit-table:has(th:nth-child(8)) { font-size: 7pt; }
  table.casekit-table:has(th:nth-child(8)) :is(th, td) { padding: 2px 3px; }
  table.casekit-table tr, table.casekit-table td, table.casekit-table th {
    break-inside: avoid; page-break-inside: avoid; }
  table.casekit-table thead { display: table-header-group; }
  .casekit-verdict, .casekit-warning { break-inside: avoid; }
  .modebar, .modebar-container { display: none !important; }
  a { color: inherit; text-decoration: none; }
}
"""


def css_string(text: str) -> str:
    """``text`` as a CSS string literal: every character but letters, digits and
    spaces written as a CSS escape, so no text can end the string or the
    ``<style>`` element."""
    out = []
    for ch in str(text).replace("\n", " ")[:120]:
        out.append(ch if ch.isalnum() and ch.isascii() or ch == " " else f"\\{ord(ch):06x}")
    return '"' + "".join(out) + '"'


def page_css(title: str = "") -> str:
    """The page's stylesheet; ``title`` goes into the footer of every printed page."""
    top, right, bottom, left = PAGE_MARGINS_MM
    css = _CSS.replace("@TOP@", str(top)).replace("@RIGHT@", str(right))
    css = css.replace("@BOTTOM@", str(bottom)).replace("@LEFT@", str(left))
    return css.replace("@TITLE@", css_string(title)).strip()

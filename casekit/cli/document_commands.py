"""Commands that write a document for someone else: ``slides`` (reveal.js),
``export`` (a de-identified casebook) and ``chapter`` (the practicum chapter IV, .docx)."""

from __future__ import annotations

import argparse

from ..i18n import LANGS, t
from .common import _echo

__all__: list[str] = []


# --- slides -------------------------------------------------------------------
def _add_slides(sub):
    p = sub.add_parser("slides", help="export a lecture notebook as offline reveal.js slides")
    p.add_argument("notebook", help="the notebook (.ipynb)")
    p.add_argument("--out", default="slides", help="output folder (default: slides)")
    p.add_argument("--casebook", default=None, help="casebook for the notebook's parameters")
    p.add_argument("--client", default=None, help="client id for the notebook's parameters")
    p.add_argument("--lang", choices=LANGS, default=None, help="language of the slides")
    p.add_argument("--no-execute", action="store_true", help="use the saved outputs as they are")
    p.add_argument("--show-code", action="store_true", help="show the code cells too")
    p.add_argument("--hide-code", action="store_true", help=argparse.SUPPRESS)  # the default
    p.add_argument(
        "--allow-missing-consent",
        action="store_true",
        help="make slides of clients without a consent_date",
    )
    p.set_defaults(func=_run_slides)


def _run_slides(args) -> int:
    from ..slides import export_slides

    path = export_slides(
        args.notebook,
        args.out,
        execute=not args.no_execute,
        casebook=args.casebook,
        client_id=args.client,
        lang=args.lang,
        hide_code=not args.show_code,
        allow_missing_consent=args.allow_missing_consent,
    )
    _echo(t("m_slides_written", args.lang).format(path=path))
    return 0


# --- export -------------------------------------------------------------------
def _add_export(sub):
    p = sub.add_parser(
        "export",
        help="write a de-identified copy of one or more casebooks for research",
        description=(
            "Write a de-identified casebook for research: keyed pseudonyms, dates shifted per "
            "client, identifiers.csv dropped, names in free text redacted. An audit line is "
            "appended to exports.log beside each source casebook."
        ),
    )
    p.add_argument(
        "casebooks", nargs="+", metavar="DIR", help="casebook folder(s); several are pooled"
    )
    p.add_argument("--out", required=True, help="export folder to create (must be new or empty)")
    p.add_argument(
        "--deidentify",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="pseudonymise and redact (default; --no-deidentify writes a plain copy, "
        "still without identifiers.csv and with its identifiers redacted wherever they appear)",
    )
    p.add_argument(
        "--key-file",
        default=None,
        help="secret key file (created when absent; keep it outside the export). Default for "
        "one casebook: <casebook>.export.key beside it",
    )
    p.add_argument("--age-bands", action="store_true", help="5-year age bands, no birth years")
    p.add_argument("--mapping", default=None, help="CSV casebook,client_id,person_id for pooling")
    p.add_argument(
        "--include-without-consent",
        action="store_true",
        help="export clients without a consent_date too (left out by default; recorded in "
        "the audit line)",
    )
    p.set_defaults(func=_run_export)


def _run_export(args) -> int:
    from ..export import export_casebook

    src = args.casebooks[0] if len(args.casebooks) == 1 else list(args.casebooks)
    result = export_casebook(
        src,
        args.out,
        deidentify=args.deidentify,
        key_file=args.key_file,
        age_bands=args.age_bands,
        mapping=args.mapping,
        include_without_consent=args.include_without_consent,
    )
    lang = args.lang
    _echo(t("m_exported", lang).format(n=result.clients, out=result.out, files=len(result.files)))
    if result.left_out:
        _echo(
            t("privacy_left_out", lang).format(
                n=len(result.left_out), ids=", ".join(result.left_out)
            )
        )
    if result.key_file is not None:
        made = "m_key_created" if result.key_created else "m_key_read"
        _echo(t(made, lang).format(path=result.key_file))
    for log in result.logs:
        _echo(t("m_audit_line", lang).format(path=log))
    return 0


def _add_chapter(sub):
    p = sub.add_parser("chapter", help="the practicum chapter IV as an editable Word document")
    p.add_argument("casebook", help="casebook folder (or .xlsx workbook)")
    p.add_argument("--client", required=True, metavar="ID", help="client id")
    p.add_argument("--lang", choices=LANGS, default=None, help="language of the chapter")
    p.add_argument(
        "--out", default=None, help="the .docx to write (default: reports/<casebook>/ID.docx)"
    )
    p.add_argument("--no-figures", action="store_true", help="placeholders instead of figures")
    p.add_argument(
        "--allow-missing-consent",
        action="store_true",
        help="also for a client without consent_date (the chapter says so on its first line)",
    )
    p.set_defaults(func=_run_chapter)


def _run_chapter(args) -> int:
    from ..chapter import chapter

    result = chapter(
        args.casebook,
        args.client,
        args.lang,
        out=args.out,
        figures=not args.no_figures,
        allow_missing_consent=args.allow_missing_consent,
    )
    for note in result.notes:
        _echo(note)
    _echo(t("ch_written", args.lang).format(path=result.path, n=len(result.findings)))
    return 0

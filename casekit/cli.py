"""The ``casekit`` command line.

Thin: each command parses its arguments here and calls the package. Every
:class:`~casekit.errors.CasekitError` becomes a plain message and an exit
code; a data problem never shows a Python traceback.

Exit codes: 0 success, 1 problems found (or some reports failed), 2 usage.
Every :class:`OSError` (full disk, read-only folder, no permission, name too
long, a folder where a file should be...) becomes one message naming the path
and what to do (:mod:`casekit.oserrors`), exit 1; a path that does not exist
is usage, exit 2.
A casebook path that does not exist is usage (2): nothing was checked; use
``_existing_casebook(path)`` in a new command to get the same behaviour.

To add a command: write ``_add_<name>(sub)`` that builds its sub-parser and
sets ``func``, then list it in ``COMMANDS`` (keep the list in help order).
"""

from __future__ import annotations

import argparse
import sys

from .errors import CasebookError, CasekitError, ParameterError
from .i18n import LANGS, default_lang, msg, t, tr
from .wording import command_line

__all__ = ["main", "build_parser"]


class _Parser(argparse.ArgumentParser):
    """argparse that exits with 2 and a short message (never a traceback)."""

    #: language of the usage messages (set by main() before parsing)
    lang = "en"

    def error(self, message):  # pragma: no cover - exercised through main()
        self.print_usage(sys.stderr)
        self.exit(2, f"casekit: {t('m_usage_error', self.lang)}: {message}\n")


def _echo(text: str = "") -> None:
    print(text, flush=True)


# --- validate -----------------------------------------------------------------
def _add_validate(sub):
    p = sub.add_parser("validate", help="check a casebook and list every problem")
    p.add_argument("casebook", help="casebook folder (or .xlsx workbook)")
    _preflight_options(p)
    p.set_defaults(func=_run_validate)


def _preflight_options(p):
    """validate checks what report would refuse, with the options report takes."""
    p.add_argument("--pre", default="pre", help="timepoint before (default: pre; sebelum)")
    p.add_argument("--post", default="post", help="timepoint after (default: post; sesudah)")
    p.add_argument("--instrument", default="", help="questionnaire id the report will use")
    p.add_argument("--client", action="append", default=None, metavar="ID",
                   help="check only this client (repeat for several)")  # fmt: skip
    p.add_argument("--allow-missing-consent", action="store_true",
                   help="as in casekit report: a missing consent date is only a warning")  # fmt: skip


def _existing_casebook(path: str) -> str:
    """``path`` if it exists; a missing casebook is a usage error (exit 2), not a problem."""
    from pathlib import Path

    if not Path(path).expanduser().exists():
        raise ParameterError(msg("m_no_casebook", path=repr(path)))
    return path


def _run_validate(args) -> int:
    from .casebook import load_casebook

    try:
        cb = load_casebook(_existing_casebook(args.casebook))
    except CasebookError as err:
        for problem in err.problems:
            _echo(problem.text(args.lang))
        n = sum(p.severity == "error" for p in err.problems)
        _echo("\n" + t("m_validate_found", args.lang).format(n=n, path=args.casebook))
        return 1
    for warning in cb.warnings:
        _echo(warning.text(args.lang))
    from .preflight import run_preflight

    return run_preflight(cb, args, _echo)


# --- new ----------------------------------------------------------------------
def _add_new(sub):
    p = sub.add_parser("new", help="create a blank casebook with every template")
    p.add_argument("folder", help="folder to create (must not exist or be empty)")
    p.add_argument("--client", required=True, help="the client's code, e.g. K01")
    p.add_argument("--lang", choices=LANGS, default=None, help="language of the messages")
    p.set_defaults(func=_run_new)


def _run_new(args) -> int:
    from .templates import new_casebook

    path = new_casebook(args.folder, args.client, lang=args.lang)
    _echo(t("m_new_created", args.lang).format(path=path))
    _echo(t("m_new_validate", args.lang).format(path=path))
    return 0


# --- summary ------------------------------------------------------------------
def _add_summary(sub):
    p = sub.add_parser("summary", help="short summary of a casebook")
    p.add_argument("casebook")
    p.set_defaults(func=_run_summary)


def _run_summary(args) -> int:
    from .casebook import load_casebook

    cb = load_casebook(_existing_casebook(args.casebook))
    _echo(cb.summary(args.lang))
    return 0


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
    from .slides import export_slides

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
    from .export import export_casebook

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


# --- score / change (scoring.py, change.py) ------------------------------------
def _write_or_print(frame, out, shown_columns, lang: str = "en") -> None:
    """Write the full table as CSV (atomically) or print a rounded view."""
    if out:
        from pathlib import Path

        from .outputs import atomic_write

        path = atomic_write(Path(out), frame.to_csv(index=False, date_format="%Y-%m-%d"))
        _echo(t("m_wrote_rows", lang).format(n=len(frame), path=path))
        return
    if not len(frame):
        _echo(t("m_no_rows", lang))
        return
    view = frame[shown_columns].copy()
    for col in view.columns:
        if str(view[col].dtype) == "Float64":
            view[col] = view[col].round(2)
    if lang == "id":  # decimal comma, Indonesian names of timepoints, scales and classes
        import pandas as pd

        from .i18n import fmt_number, scale_label, timepoint_label, vocab

        shown = {"timepoint": timepoint_label, "scale": scale_label}
        for col in view.columns:
            if str(view[col].dtype) == "Float64":
                view[col] = view[col].map(lambda x: fmt_number(x, lang, 2) or pd.NA)
            elif col in shown:
                view[col] = view[col].map(lambda x, f=shown[col]: f(x, lang) or pd.NA)
            elif col in ("reliable_change", "clinical_status"):
                view[col] = view[col].map(lambda x: vocab(x, lang) or pd.NA)
            elif col == "category" and "category_id" in frame.columns:
                view[col] = frame["category_id"]  # the instrument file's Indonesian band
            elif col == "missing_reason" and "missing_reason_id" in frame.columns:
                view[col] = frame["missing_reason_id"]  # why a score is missing, in Indonesian
            elif str(view[col].dtype) == "boolean":
                view[col] = view[col].map(
                    lambda x: pd.NA if pd.isna(x) else t(("no", "yes")[x], lang)
                )
    view = view.astype(object).where(view.notna(), "-")
    # headers in the reader's language (the CSV written with --out keeps the column names)
    view.columns = [_column_label(c, lang) for c in view.columns]
    try:
        _echo(view.to_string(index=False))
    except BrokenPipeError:  # `casekit score DIR | head`: the reader left; not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _column_label(column: str, lang: str) -> str:
    """Header of a printed score/change column: its label, else the column name."""
    from .i18n import LABELS

    for key in (f"sc_{column}", f"col_{column}"):
        if key in LABELS:
            return t(key, lang)
    return t("client", lang) if column == "client_id" else column


def _add_score(sub):
    p = sub.add_parser("score", help="questionnaire scores of a casebook (table or CSV)")
    p.add_argument("casebook", help="casebook folder (or .xlsx workbook)")
    p.add_argument("--out", help="write every column to this CSV file instead of printing")
    p.set_defaults(func=_run_score)


def _run_score(args) -> int:
    from .casebook import load_casebook
    from .scoring import score

    table = score(load_casebook(args.casebook))
    shown = ["client_id", "instrument", "timepoint", "scale", "score", "items_answered",
             "prorated", "category", "missing_reason"]  # fmt: skip
    _write_or_print(table, args.out, shown, args.lang)
    return 0


def _add_change(sub):
    p = sub.add_parser("change", help="reliable and clinically significant change per client")
    p.add_argument("casebook", help="casebook folder (or .xlsx workbook)")
    p.add_argument("--pre", default="pre", help="first timepoint (default: pre)")
    p.add_argument("--post", default="post", help="second timepoint (default: post)")
    p.add_argument("--method", default="JT", choices=["JT", "GLN", "EN", "HA"],
                   help="reliable change index (default: JT, Jacobson & Truax 1991)")  # fmt: skip
    p.add_argument("--cutoff", default="auto", choices=["auto", "a", "b", "c"],
                   help="Jacobson & Truax cutoff (default: auto = c with norms, else a)")  # fmt: skip
    p.add_argument("--out", help="write every column to this CSV file instead of printing")
    p.set_defaults(func=_run_change)


def _run_change(args) -> int:
    from .casebook import load_casebook
    from .change import change
    from .tables import normalise_timepoint

    pre, post = normalise_timepoint(args.pre), normalise_timepoint(args.post)
    table = change(load_casebook(args.casebook), pre=pre, post=post,
                   method=args.method, cutoff=args.cutoff)  # fmt: skip
    shown = ["client_id", "instrument", "scale", "pre", "post", "diff", "rci",
             "reliable_change", "cutoff", "clinical_status", "not_computable"]  # fmt: skip
    _write_or_print(table, args.out, shown, args.lang)
    return 0


# --- report and cohort (casekit/reports.py) -----------------------------------
def _report_options(p):
    p.add_argument(
        "--out",
        default=None,
        help="output folder (default: reports/<casebook folder name>, so runs never overwrite "
        "each other)",
    )
    p.add_argument("--lang", choices=LANGS, default=None, help="report language")
    p.add_argument("--instrument", default="", help="questionnaire id (default: chosen per data)")
    p.add_argument("--pre", default="pre", help="timepoint before (default: pre)")
    p.add_argument("--post", default="post", help="timepoint after (default: post)")
    p.add_argument(
        "--self-contained",
        action="store_true",
        help="embed plotly.js in every page (one file to email) instead of a shared plotly.min.js",
    )
    p.add_argument(
        "--allow-missing-consent",
        action="store_true",
        help="also report clients without consent_date (the report says so on its first line)",
    )


def _default_out(casebooks) -> str:
    """``reports/<casebook folder name>`` (see :func:`casekit.reports.lifecycle.default_out`)."""
    from .reports.lifecycle import default_out

    return str(default_out(casebooks))


def _where_lines(out, index_written: bool, lang: str) -> list[str]:
    """The last lines of report/cohort: where the pages are; open the index only if written."""
    from pathlib import Path

    from .i18n import t

    folder = Path(out).resolve()
    lines = [t("cli_reports_in", lang).format(folder=folder)]
    if index_written:
        lines.append(t("cli_open_index", lang).format(index=folder / "index.html"))
    else:
        lines.append(t("cli_no_index", lang))
    return lines


def _add_report(sub):
    p = sub.add_parser("report", help="one HTML report per client (papermill + nbconvert)")
    p.add_argument("casebook", help="casebook folder (or .xlsx workbook)")
    p.add_argument(
        "--client",
        action="append",
        default=None,
        metavar="ID",
        help="client id (repeat for several; default: every client)",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=None,
        help="parallel worker processes (default: number of cores)",
    )
    p.add_argument(
        "--fresh-kernels",
        action="store_true",
        help="start one kernel per client instead of one per worker",
    )
    p.add_argument("--pdf", action="store_true",
                   help="also print <client>.pdf beside each page (needs Chromium)")  # fmt: skip
    p.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="run on a Dask cluster: a scheduler address (tcp://host:8786) or local:N "
        "(N worker processes on this machine); needs casekit[cluster]",
    )
    _report_options(p)
    p.set_defaults(func=_run_report)


def _run_report(args) -> int:
    from pathlib import Path

    from .preflight import refuse_unready
    from .reports import render_reports, summary_lines, write_index
    from .tables import normalise_timepoint

    args.pre, args.post = normalise_timepoint(args.pre), normalise_timepoint(args.post)
    out = args.out or _default_out([args.casebook])
    gate = refuse_unready(args)  # what validate reports as errors: refused before any kernel
    done = []
    if not gate.nothing_to_render:
        done = render_reports(
            args.casebook,
            clients=gate.clients,
            out=out,
            lang=args.lang,
            jobs=args.jobs,
            plotly="embed" if args.self_contained else "shared",
            instrument=args.instrument,
            pre=args.pre,
            post=args.post,
            allow_missing_consent=args.allow_missing_consent,
            reuse_kernels=not args.fresh_kernels,
            scheduler=args.scheduler,
        )
    results = gate.merge(done)
    if gate.refused and any(r.ok for r in done):  # the index lists the refused clients too
        write_index(Path(out).expanduser().resolve(), results, args.lang, title=gate.title)
    for line in summary_lines(results, args.lang):
        _echo(line)
    pdf_ok = True
    if args.pdf:
        from .reports.pdf import write_pdfs

        lines, pdf_ok = write_pdfs(results, args.casebook, args.lang)
        for line in lines:
            _echo(line)
    written = any(r.ok for r in results) and (Path(out) / "index.html").is_file()
    for line in _where_lines(out, written, args.lang):
        _echo(line)
    return 0 if pdf_ok and all(r.ok for r in results) else 1


def _add_cohort(sub):
    p = sub.add_parser("cohort", help="cohort report of one or more casebooks")
    p.add_argument("casebooks", nargs="+", help="casebook folders (or .xlsx workbooks) to pool")
    p.add_argument(
        "--by", default="sex", help="clients.csv column for subgroups (default: sex; '' for none)"
    )
    _report_options(p)
    p.set_defaults(func=_run_cohort)


def _run_cohort(args) -> int:
    from .i18n import t
    from .reports import render_cohort, summary_lines

    out = args.out or _default_out(args.casebooks)
    result = render_cohort(
        args.casebooks,
        out=out,
        lang=args.lang,
        plotly="embed" if args.self_contained else "shared",
        instrument=args.instrument,
        pre=args.pre,
        post=args.post,
        by=args.by,
        allow_missing_consent=args.allow_missing_consent,
    )
    for line in summary_lines([result], args.lang):
        _echo(line)
    if result.ok:
        _echo(t("cli_open_page", args.lang).format(page=result.html))
    else:
        _echo(t("cli_no_page", args.lang))
    return 0 if result.ok else 1


# --- chapter and check-process (casekit/chapter.py, casekit/process_check.py) ---
def _add_check_process(sub):
    p = sub.add_parser("check-process", help="is the helping process complete? (stages 4.1-4.6)")
    p.add_argument("casebook", help="casebook folder (or .xlsx workbook)")
    p.add_argument("--client", action="append", default=None, metavar="ID", help="client id")
    p.add_argument("--lang", choices=LANGS, default=None, help="language of the findings")
    p.set_defaults(func=_run_check_process)


def _run_check_process(args) -> int:
    from .casebook import load_casebook
    from .process_check import check_process, format_problem

    cb = load_casebook(_existing_casebook(args.casebook))
    found = []
    for cid in args.client or [None]:
        found.extend(check_process(cb, cid, lang=args.lang))
    for problem in found:
        _echo(format_problem(problem, args.lang))
    _echo(t("pc_summary", args.lang).format(n=len(found), casebook=args.casebook))
    return 1 if found else 0


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
    from .chapter import chapter

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


COMMANDS = [
    _add_validate,
    _add_new,
    _add_summary,
    _add_score,
    _add_change,
    _add_slides,
    _add_export,
    _add_report,
    _add_cohort,
    _add_check_process,
    _add_chapter,
]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="casekit",
        description="casekit: casebooks, scores, reports for social-work casework.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for add in COMMANDS:
        add(sub)
    for command in sub.choices.values():  # every command speaks both languages
        if not any("--lang" in a.option_strings for a in command._actions):
            command.add_argument(
                "--lang", choices=LANGS, default=None, help="language of the messages"
            )
    return parser


def _help_in(lang: str) -> dict[str, str]:
    """English help text -> its label in ``lang`` (the ``h_`` labels of casekit.i18n)."""
    from .i18n import LABELS

    return {e["en"]: e[lang] for k, e in LABELS.items() if k.startswith("h_")}


def _translate_help(parser: argparse.ArgumentParser, words: dict[str, str]) -> None:
    """Put every help text and description of ``parser`` (and its commands) in ``words``."""
    if parser.description:
        parser.description = words.get(parser.description, parser.description)
    for group in parser._action_groups:  # "positional arguments", "options"
        group.title = words.get(group.title, group.title)
    for action in parser._actions:
        if action.help:
            action.help = words.get(action.help, action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = words.get(choice.help, choice.help)
            for command in action.choices.values():
                _translate_help(command, words)


def _argv_lang(argv) -> str:
    """The language asked for on the command line (``--lang X``), else the default."""
    argv = list(sys.argv[1:] if argv is None else argv)
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGS:
            return argv[i + 1]
        if arg.startswith("--lang=") and arg[7:] in LANGS:
            return arg[7:]
    try:
        return default_lang()
    except ParameterError:
        return "en"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    _Parser.lang = _argv_lang(argv)
    words = _help_in(_Parser.lang)
    _translate_help(parser, words)
    english = argparse._  # argparse's own words ("usage:", "options") through i18n too
    argparse._ = lambda text: words.get(text, text)
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # usage errors (2) and --help (0): return, do not exit
        return int(stop.code or 0)
    finally:
        argparse._ = english
    if args.lang is None:  # --lang, else CASEKIT_LANG, else Bahasa Indonesia
        try:
            args.lang = default_lang()
        except ParameterError:
            print(f"casekit: {tr(msg('m_bad_env_lang'), 'en')}", file=sys.stderr)
            return 2
    lang = args.lang
    try:
        with command_line():  # messages name flags (--pre), not Python arguments (casekit.wording)
            return int(args.func(args) or 0)
    except CasebookError as err:
        print(err.text(lang), file=sys.stderr)
        return 1
    except ParameterError as err:
        print(f"casekit: {tr(err, lang)}", file=sys.stderr)
        return 2
    except CasekitError as err:
        text = err.text(lang) if hasattr(err, "problems") else tr(err, lang)
        print(f"casekit: {text}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"casekit: {t('m_interrupted', lang)}", file=sys.stderr)
        return 130
    except OSError as err:  # the one place an OS failure becomes a message (casekit/oserrors.py)
        from .oserrors import describe, is_usage

        print(f"casekit: {describe(err, lang)}", file=sys.stderr)
        return 2 if is_usage(err) else 1


def _entry() -> None:  # pragma: no cover
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

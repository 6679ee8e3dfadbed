"""The ``casekit`` command line.

Thin: each command parses its arguments here and calls the package. Every
:class:`~casekit.errors.CasekitError` becomes a plain message and an exit
code; a data problem never shows a Python traceback.

Exit codes: 0 success, 1 problems found (or some reports failed), 2 usage.
A casebook path that does not exist is usage (2): nothing was checked; use
``_existing_casebook(path)`` in a new command to get the same behaviour.

To add a command: write ``_add_<name>(sub)`` that builds its sub-parser and
sets ``func``, then list it in ``COMMANDS`` (keep the list in help order).
"""

from __future__ import annotations

import argparse
import sys

from .errors import CasebookError, CasekitError, ParameterError
from .i18n import t

__all__ = ["main", "build_parser"]


class _Parser(argparse.ArgumentParser):
    """argparse that exits with 2 and a short message (never a traceback)."""

    def error(self, message):  # pragma: no cover - exercised through main()
        self.print_usage(sys.stderr)
        self.exit(2, f"casekit: error: {message}\n")


def _echo(text: str = "") -> None:
    print(text, flush=True)


# --- validate -----------------------------------------------------------------
def _add_validate(sub):
    p = sub.add_parser("validate", help="check a casebook and list every problem")
    p.add_argument("casebook", help="casebook folder (or .xlsx workbook)")
    p.set_defaults(func=_run_validate)


def _existing_casebook(path: str) -> str:
    """``path`` if it exists; a missing casebook is a usage error (exit 2), not a problem."""
    from pathlib import Path

    if not Path(path).expanduser().exists():
        raise ParameterError(
            f"there is no casebook at {path!r}: check the folder name "
            "(or create one with `casekit new FOLDER --client ID`)"
        )
    return path


def _run_validate(args) -> int:
    from .casebook import load_casebook

    try:
        cb = load_casebook(_existing_casebook(args.casebook))
    except CasebookError as err:
        for problem in err.problems:
            _echo(str(problem))
        n = sum(p.severity == "error" for p in err.problems)
        _echo(f"\n{n} problem(s) found in {args.casebook}. Nothing was changed.")
        return 1
    for warning in cb.warnings:
        _echo(str(warning))
    _echo(f"{args.casebook}: clean ({len(cb.clients)} client(s); {len(cb.warnings)} warning(s)).")
    return 0


# --- new ----------------------------------------------------------------------
def _add_new(sub):
    p = sub.add_parser("new", help="create a blank casebook with every template")
    p.add_argument("folder", help="folder to create (must not exist or be empty)")
    p.add_argument("--client", required=True, help="the client's code, e.g. K01")
    p.add_argument("--lang", choices=["id", "en"], default="id", help="language of the README")
    p.set_defaults(func=_run_new)


def _run_new(args) -> int:
    from .templates import new_casebook

    path = new_casebook(args.folder, args.client, lang=args.lang)
    _echo(f"Created {path}. Open the CSV files in a spreadsheet; see README.md there.")
    _echo(f"Check your work any time with: casekit validate {path}")
    return 0


# --- summary ------------------------------------------------------------------
def _add_summary(sub):
    p = sub.add_parser("summary", help="short summary of a casebook")
    p.add_argument("casebook")
    p.set_defaults(func=_run_summary)


def _run_summary(args) -> int:
    from .casebook import load_casebook

    cb = load_casebook(_existing_casebook(args.casebook))
    _echo(cb.summary())
    return 0


# --- slides -------------------------------------------------------------------
def _add_slides(sub):
    p = sub.add_parser("slides", help="export a lecture notebook as offline reveal.js slides")
    p.add_argument("notebook", help="the notebook (.ipynb)")
    p.add_argument("--out", default="slides", help="output folder (default: slides)")
    p.add_argument("--casebook", default=None, help="casebook for the notebook's parameters")
    p.add_argument("--client", default=None, help="client id for the notebook's parameters")
    p.add_argument("--lang", choices=["id", "en"], default="id")
    p.add_argument("--no-execute", action="store_true", help="use the saved outputs as they are")
    p.add_argument("--hide-code", action="store_true", help="show text and results only")
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
        hide_code=args.hide_code,
    )
    _echo(f"Slides written to {path} (open it in a browser; keep slides_assets/ beside it).")
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
        "still without identifiers.csv)",
    )
    p.add_argument(
        "--key-file",
        default=None,
        help="secret key file (created when absent; keep it outside the export). Default for "
        "one casebook: <casebook>.export.key beside it",
    )
    p.add_argument("--age-bands", action="store_true", help="5-year age bands, no birth years")
    p.add_argument("--mapping", default=None, help="CSV casebook,client_id,person_id for pooling")
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
    )
    _echo(f"Exported {result.clients} client(s) to {result.out} ({len(result.files)} files).")
    if result.key_file is not None:
        made = "new key written to" if result.key_created else "key read from"
        _echo(f"Pseudonym {made} {result.key_file}: keep it private and outside the export.")
    for log in result.logs:
        _echo(f"Audit line appended to {log}")
    return 0


# --- score / change (scoring.py, change.py) ------------------------------------
def _write_or_print(frame, out, shown_columns) -> None:
    """Write the full table as CSV (atomically) or print a rounded view."""
    if out:
        from pathlib import Path

        from .outputs import atomic_write

        path = atomic_write(Path(out), frame.to_csv(index=False, date_format="%Y-%m-%d"))
        _echo(f"Wrote {len(frame)} row(s) to {path}.")
        return
    if not len(frame):
        _echo("(no rows)")
        return
    view = frame[shown_columns].copy()
    for col in view.columns:
        if str(view[col].dtype) == "Float64":
            view[col] = view[col].round(2)
    view = view.astype(object).where(view.notna(), "-")
    try:
        _echo(view.to_string(index=False))
    except BrokenPipeError:  # `casekit score DIR | head`: the reader left; not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


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
    _write_or_print(table, args.out, shown)
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

    table = change(load_casebook(args.casebook), pre=args.pre, post=args.post,
                   method=args.method, cutoff=args.cutoff)  # fmt: skip
    shown = ["client_id", "instrument", "scale", "pre", "post", "diff", "rci",
             "reliable_change", "cutoff", "clinical_status", "not_computable"]  # fmt: skip
    _write_or_print(table, args.out, shown)
    return 0


# --- report and cohort (casekit/reports.py) -----------------------------------
def _report_options(p):
    p.add_argument("--out", default="reports", help="output folder (default: reports)")
    p.add_argument("--lang", choices=["id", "en"], default="id", help="report language")
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
    _report_options(p)
    p.set_defaults(func=_run_report)


def _run_report(args) -> int:
    from pathlib import Path

    from .reports import render_reports, summary_lines

    results = render_reports(
        args.casebook,
        clients=args.client,
        out=args.out,
        lang=args.lang,
        jobs=args.jobs,
        plotly="embed" if args.self_contained else "shared",
        instrument=args.instrument,
        pre=args.pre,
        post=args.post,
        allow_missing_consent=args.allow_missing_consent,
        reuse_kernels=not args.fresh_kernels,
    )
    for line in summary_lines(results):
        _echo(line)
    _echo(f"Open {Path(args.out).resolve() / 'index.html'} in a browser (works offline).")
    return 0 if all(r.ok for r in results) else 1


def _add_cohort(sub):
    p = sub.add_parser("cohort", help="cohort report of one or more casebooks")
    p.add_argument("casebooks", nargs="+", help="casebook folders (or .xlsx workbooks) to pool")
    p.add_argument(
        "--by", default="sex", help="clients.csv column for subgroups (default: sex; '' for none)"
    )
    _report_options(p)
    p.set_defaults(func=_run_cohort)


def _run_cohort(args) -> int:
    from .reports import render_cohort, summary_lines

    result = render_cohort(
        args.casebooks,
        out=args.out,
        lang=args.lang,
        plotly="embed" if args.self_contained else "shared",
        instrument=args.instrument,
        pre=args.pre,
        post=args.post,
        by=args.by,
        allow_missing_consent=args.allow_missing_consent,
    )
    for line in summary_lines([result]):
        _echo(line)
    if result.ok:
        _echo(f"Open {result.html} in a browser (works offline).")
    return 0 if result.ok else 1


# --- chapter and check-process (casekit/chapter.py, casekit/process_check.py) ---
def _add_check_process(sub):
    p = sub.add_parser("check-process", help="is the helping process complete? (stages 4.1-4.6)")
    p.add_argument("casebook", help="casebook folder (or .xlsx workbook)")
    p.add_argument("--client", action="append", default=None, metavar="ID", help="client id")
    p.add_argument("--lang", choices=["id", "en"], default="id", help="language of the findings")
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
    p.add_argument("--lang", choices=["id", "en"], default="id", help="language of the chapter")
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
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # usage errors (2) and --help (0): return, do not exit
        return int(stop.code or 0)
    try:
        return int(args.func(args) or 0)
    except CasebookError as err:
        print(str(err), file=sys.stderr)
        return 1
    except ParameterError as err:
        print(f"casekit: {err}", file=sys.stderr)
        return 2
    except CasekitError as err:
        print(f"casekit: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("casekit: interrupted; nothing half-written was left behind.", file=sys.stderr)
        return 130
    except FileNotFoundError as err:
        print(f"casekit: {err}", file=sys.stderr)
        return 2


def _entry() -> None:  # pragma: no cover
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

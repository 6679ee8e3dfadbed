"""Is the helping process complete? Checks a client's records against the stages of casework.

A practicum report's chapter IV follows the helping process (*tahapan
pertolongan*): 4.1 engagement, intake and contract; 4.2 assessment; 4.3
intervention plan; 4.4 intervention; 4.5 evaluation; 4.6 termination and
referral. A casebook can be valid, every cell well-formed, and still tell an
incomplete story. :func:`check_process` looks for the gaps a supervisor would
ask about:

1. every stage (4.1 to 4.6) has at least one dated session in ``sessions.csv``;
2. the informed consent (``clients.csv`` ``consent_date``) is recorded and
   dated no later than the first intervention session;
3. every planned activity (``plan.csv``) has at least one session and one
   row in ``evaluation.csv``;
4. every row of ``evaluation.csv`` names an activity that was held (it is in
   ``plan.csv`` and has a session); "held" in 3 and 4 is the rule of the
   loader's consistency warnings (:func:`casekit.consistency.activities_not_held`);
5. a ``pre`` and a ``post`` measurement exist (``responses.csv`` or
   ``scores.csv``), the ``pre`` dated no later than the first intervention
   session and the ``post`` no earlier than the last one; a measurement without
   a date is a finding too, because the order cannot be checked;
6. ``termination_date`` and ``termination_reason`` are filled in;
7. ``referral_to`` names someone when the reason is ``referred``.

Each finding is a :class:`casekit.errors.Problem` naming the file, the
spreadsheet row (``None`` when a row is missing and must be added), the
column, the value and the fix, in the chosen language. The check reads a
loaded casebook and changes nothing; it is separate from loading (a casebook
with findings still loads, and still makes a report).

The demo's client S (from the seed practicum report) passes. The seed does
not date its pre-test: the demo dates it on the first assessment interview
(see ``data/demo/README.md``); with that date left blank, as the seed has it,
the check says exactly that (``tests/test_process_check.py``).
"""

from __future__ import annotations

import pandas as pd

from .consistency import activities_not_held
from .errors import Problem
from .i18n import check_lang, t
from .i18n import is_missing as _na

__all__ = ["STAGE_GROUPS", "check_process", "format_problem"]

#: the six sections of chapter IV and the session stages each one holds
STAGE_GROUPS: dict[str, tuple[str, ...]] = {
    "4.1": ("engagement", "intake", "contract"),
    "4.2": ("assessment",),
    "4.3": ("planning",),
    "4.4": ("intervention",),
    "4.5": ("evaluation",),
    "4.6": ("termination", "referral"),
}


def _day(value) -> str:
    return "" if _na(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


def _text(value) -> str | None:
    if _na(value):
        return None
    if isinstance(value, pd.Timestamp):
        return _day(value)
    return str(value)


class _Finder:
    """Collects the findings of one client in one language."""

    def __init__(self, lang: str):
        self.lang = lang
        self.found: list[Problem] = []

    def add(self, file, row, column, value, key, **fields):
        self.found.append(
            Problem(
                file,
                None if row is None else int(row),
                column,
                _text(value),
                t(f"pc_{key}", self.lang).format(**fields),
                t(f"pc_{key}_fix", self.lang).format(**fields),
            )
        )


def check_process(
    cb, client_id: str | None = None, lang: str = "id", pre: str = "pre", post: str = "post"
) -> list[Problem]:
    """Check a client's (or every client's) records against the helping process.

    Parameters
    ----------
    cb : Casebook
        A loaded casebook (:func:`casekit.load_casebook`).
    client_id : str, optional
        One client; default every client of ``clients.csv`` in order.
    lang : {"id", "en"}
        Language of the messages and fixes.
    pre, post : str
        Timepoint labels of the measurements before and after the intervention.

    Returns
    -------
    list of Problem
        One per gap, in the order of the stages; empty when nothing is missing.
        ``row`` is the spreadsheet row to fix (header = row 1), or None when a
        row must be added.

    Raises
    ------
    ParameterError
        Unknown client or language.
    """
    lang = check_lang(lang)
    ids = cb.client_ids if client_id is None else [client_id]
    found: list[Problem] = []
    for cid in ids:
        found.extend(_check_client(cb.for_client(cid), cid, lang, pre, post))
    return found


def _check_client(one, cid: str, lang: str, pre: str, post: str) -> list[Problem]:
    f = _Finder(lang)
    sessions = one.sessions
    dated = sessions[sessions["date"].notna()] if len(sessions) else sessions
    # 1. every stage has a dated session
    for section, stages in STAGE_GROUPS.items():
        if not dated["stage"].isin(stages).any():
            names = ", ".join(t(s, lang) for s in stages)
            f.add(
                "sessions.csv",
                None,
                "stage",
                None,
                "stage",
                section=section,
                stages=names,
                stage=stages[0],
                client=cid,
            )
    inter = dated[dated["stage"] == "intervention"].sort_values("date", kind="stable")
    first = inter.iloc[0] if len(inter) else None
    last = inter.iloc[-1] if len(inter) else None
    first_row = inter.index[0] if len(inter) else None
    last_row = inter.index[-1] if len(inter) else None
    # 2. consent before the first intervention session
    row_no = one.clients.index[0]
    client = one.clients.iloc[0]
    consent = client.get("consent_date")
    if _na(consent):
        f.add("clients.csv", row_no, "consent_date", None, "consent", client=cid)
    elif first is not None and pd.Timestamp(consent) > first["date"]:
        f.add(
            "clients.csv",
            row_no,
            "consent_date",
            consent,
            "consent_late",
            date=_day(consent),
            first=_day(first["date"]),
            session_row=first_row,
        )
    # 3. every planned activity has a session and an evaluation row
    unheld = {r for r, _ in activities_not_held(one.plan, sessions)}
    evaluated = {str(a) for a in one.evaluation["activity_id"].dropna()}
    planned = {str(a) for a in one.plan["activity_id"].dropna()}
    for r, act in one.plan["activity_id"].items():
        if _na(act):
            continue
        if r in unheld:
            f.add("plan.csv", r, "activity_id", act, "plan_no_session", activity=act)
        if str(act) not in evaluated:
            f.add("plan.csv", r, "activity_id", act, "plan_no_evaluation", activity=act)
    # 4. every evaluation row names a held activity
    unheld = {r for r, _ in activities_not_held(one.evaluation, sessions)}
    for r, act in one.evaluation["activity_id"].items():
        if _na(act):
            f.add("evaluation.csv", r, "activity_id", None, "eval_no_activity")
        elif str(act) not in planned:
            f.add("evaluation.csv", r, "activity_id", act, "eval_not_planned", activity=act)
        elif r in unheld:
            f.add("evaluation.csv", r, "activity_id", act, "eval_not_held", activity=act)
    # 5. pre and post measurements, in order around the intervention
    _check_measurements(f, one, pre, post, first, last, first_row, last_row)
    # 6. termination date and reason; 7. referral named
    if _na(client.get("termination_date")):
        f.add("clients.csv", row_no, "termination_date", None, "no_termination_date")
    reason = client.get("termination_reason")
    if _na(reason):
        f.add("clients.csv", row_no, "termination_reason", None, "no_termination_reason")
    elif str(reason) == "referred" and _na(client.get("referral_to")):
        f.add("clients.csv", row_no, "referral_to", None, "no_referral")
    return f.found


def _measurements(one, timepoint: str) -> list[tuple[str, int, object]]:
    """(file, row, date) of every administration at ``timepoint``."""
    out = []
    for file, frame in (("responses.csv", one.responses), ("scores.csv", one.scores)):
        if not len(frame):
            continue
        rows = frame[frame["timepoint"].astype(str) == timepoint]
        if file == "scores.csv" and "scale" in rows.columns:
            # one administration may give several scales; its date is checked once
            rows = rows.drop_duplicates(subset=["instrument", "timepoint", "date"])
        out.extend((file, r, rows.at[r, "date"]) for r in rows.index)
    return out


def _check_measurements(f, one, pre, post, first, last, first_row, last_row) -> None:
    for label, key in ((pre, "pre"), (post, "post")):
        found = _measurements(one, label)
        if not found:  # the new row goes where this client's answers are kept
            where = "responses.csv" if len(one.responses) else "scores.csv"
            f.add(where, None, "timepoint", None, f"no_{key}", timepoint=label)
            continue
        for file, r, date in found:
            if _na(date):
                f.add(file, r, "date", None, f"{key}_undated", timepoint=label)
            elif key == "pre" and first is not None and pd.Timestamp(date) > first["date"]:
                f.add(
                    file,
                    r,
                    "date",
                    date,
                    "pre_late",
                    timepoint=label,
                    date=_day(date),
                    first=_day(first["date"]),
                    session_row=first_row,
                )
            elif key == "post" and last is not None and pd.Timestamp(date) < last["date"]:
                f.add(
                    file,
                    r,
                    "date",
                    date,
                    "post_early",
                    timepoint=label,
                    date=_day(date),
                    last=_day(last["date"]),
                    session_row=last_row,
                )


def format_problem(problem: Problem, lang: str = "id") -> str:
    """One finding as a line a student reads, in ``lang`` (file, row, column, message, fix)."""
    where = problem.file
    if problem.row is not None:
        where += ", " + t("pc_row", lang).format(row=problem.row)
    elif problem.file:
        where += ", " + t("pc_new_row", lang)
    if problem.column:
        where += ", " + t("pc_column", lang).format(column=problem.column)
    text = f"{where}: {problem.message}"
    if problem.value and problem.value not in problem.message:
        text += " (" + t("pc_value", lang).format(value=problem.value) + ")"
    if problem.fix:
        text += ". " + problem.fix
    return text

"""Cross-table consistency warnings: does the casebook tell one story per client?

Each table can be valid on its own and still contradict another one. These
checks look for the contradictions a supervisor would circle in red; they are
warnings (loading goes on), named by file, row, column and value, with a fix:

* a life event about a child's birth whose year differs from that child's
  ``birth_year`` in ``family.csv`` (the first child when the event says
  "first", the child named in the event when one is, else any child);
* a life event about the partner's death while every partner in
  ``family.csv`` is alive, or whose year differs from the partner's
  ``death_year``;
* a session dated before the client's intake or after the termination
  (``clients.csv``);
* an evaluated activity (``evaluation.csv``) never held in a session
  (``sessions.csv``), and a planned activity (``plan.csv``) never held
  (:func:`activities_not_held`, the rule the process check uses too).

A life event's year is its ``year``, else ``birth_year + age``. Which events
speak of a birth or a death is read from their words, in Indonesian and
English (see ``CHILD_BIRTH`` and ``PARTNER_DEATH``); an event the patterns do
not recognise is not checked, so a warning always points at a real sentence.
"""

from __future__ import annotations

import re

import pandas as pd

from .errors import Problem
from .i18n import is_missing, msg

__all__ = ["activities_not_held", "consistency_warnings", "CHILD_BIRTH", "PARTNER_DEATH"]

#: a child's birth: "kelahiran anak", "anak pertama lahir", "lahirnya anak", "first child born"
CHILD_BIRTH = re.compile(
    r"\bkelahiran\s+anak|\banak\b[\w\s-]{0,20}?\blahir\b|\blahirnya\s+anak"
    r"|\bchild\b[\w\s-]{0,20}?\bborn\b|\bbirth\s+of\b[\w\s-]{0,12}?\b(child|son|daughter)\b",
    re.IGNORECASE,
)
#: "first" child in either language
FIRST = re.compile(r"\b(pertama|sulung|first|eldest|oldest)\b", re.IGNORECASE)
#: the partner's death: "suami meninggal", "pasangan wafat", "wife died", "death of the husband"
PARTNER_DEATH = re.compile(
    r"\b(pasangan|suami|istri|isteri|partner|husband|wife|spouse)\b[\w\s-]{0,20}?"
    r"\b(meninggal|wafat|died|passed\s+away)\b"
    r"|\b(death\s+of|kematian|wafatnya|meninggalnya)\b[\w\s-]{0,12}?"
    r"\b(pasangan|suami|istri|isteri|partner|husband|wife|spouse)\b",
    re.IGNORECASE,
)


def consistency_warnings(tables: dict[str, pd.DataFrame], files: dict[str, str]) -> list[Problem]:
    """Every cross-table contradiction of a loaded casebook, as warnings.

    Parameters
    ----------
    tables : dict of DataFrame
        The typed tables (index = spreadsheet row number), as the loader
        builds them.
    files : dict of str
        The file name each table was read from.

    Returns
    -------
    list of Problem
        Warnings (``severity="warning"``), in table order.
    """
    out: list[Problem] = []
    out += _life_events(tables, files)
    out += _sessions_in_time(tables, files)
    out += _activities_held(tables, files)
    return out


def _warn(file, row, column, value, key, fix_key, **kw) -> Problem:
    return Problem(
        file,
        int(row),
        column,
        "" if value is None else str(value),
        msg(key, **kw),
        msg(fix_key, **kw),
        severity="warning",
    )


def _num(value):
    return None if value is None or pd.isna(value) else int(value)


def _column(frame: pd.DataFrame, name: str) -> list:
    """The column as a list of Python values, None where missing (or where there is none)."""
    if name not in frame:
        return [None] * len(frame)
    return [None if pd.isna(v) else v for v in frame[name].tolist()]


def _families(fam: pd.DataFrame) -> dict[str, list[dict]]:
    """Each client's family members as plain records, grouped once: the checks below run
    per life event, and pandas filters per event cost more than the rest of the load."""
    members: dict[str, list[dict]] = {}
    columns = zip(
        fam["client_id"].astype(str).tolist(),
        [str(v).lower() for v in fam["member_id"].tolist()],
        _column(fam, "label"),
        _column(fam, "relation"),
        _column(fam, "birth_year"),
        _column(fam, "deceased"),
        _column(fam, "death_year"),
        strict=True,
    )
    for cid, member, label, relation, birth, deceased, death in columns:
        names = {member} if label is None else {member, str(label).lower()}
        members.setdefault(cid, []).append(
            {
                "names": names,
                "relation": relation,
                "birth_year": _num(birth),
                "deceased": deceased is not None and bool(deceased == True),  # noqa: E712
                "death_year": _num(death),
            }
        )
    return members


def _life_events(tables, files) -> list[Problem]:
    ev, fam, clients = tables["life_events"], tables["family"], tables["clients"]
    if not len(ev) or not len(fam):
        return []
    births = {}
    if len(clients) and "birth_year" in clients:
        births = {
            str(c): _num(b)
            for c, b in zip(clients["client_id"], clients["birth_year"], strict=True)
        }
    families = _families(fam)
    out = []
    events = zip(
        ev.index.tolist(),
        ev["client_id"].astype(str).tolist(),
        _column(ev, "event"),
        _column(ev, "year"),
        _column(ev, "age"),
        strict=True,
    )
    for row, cid, event, year, age in events:
        text = "" if event is None else str(event)
        birth, death = CHILD_BIRTH.search(text), PARTNER_DEATH.search(text)
        if not (birth or death):
            continue
        year = _num(year)
        if year is None and _num(age) is not None and births.get(cid) is not None:
            year = births[cid] + _num(age)
        if year is None:
            continue
        mine = families.get(cid, [])
        if birth:
            out += _child_birth(row, text, year, mine, files["life_events"])
        if death:
            out += _partner_death(row, year, mine, files["life_events"])
    return out


def _child_birth(row, text, year, family: list[dict], file) -> list[Problem]:
    kids = [m for m in family if m["relation"] == "child" and m["birth_year"] is not None]
    if not kids:
        return []
    words = set(re.findall(r"[\w-]+", text.lower()))
    named = [m for m in kids if m["names"] & words]  # member_id or label named in the text
    if named:
        kids = named
    elif FIRST.search(text):
        eldest = min(m["birth_year"] for m in kids)
        kids = [m for m in kids if m["birth_year"] == eldest]
    years = sorted({m["birth_year"] for m in kids})
    if year in years:
        return []
    return [
        _warn(
            file,
            row,
            "year",
            year,
            "cons_child_birth_year",
            "cons_child_birth_year_fix",
            years=", ".join(map(str, years)),
        )
    ]


def _partner_death(row, year, family: list[dict], file) -> list[Problem]:
    partners = [m for m in family if m["relation"] == "spouse"]
    if not partners:
        return []
    dead = [m for m in partners if m["deceased"] or m["death_year"] is not None]
    if not dead:
        return [_warn(file, row, "event", None, "cons_partner_alive", "cons_partner_alive_fix")]
    known = sorted({m["death_year"] for m in dead if m["death_year"] is not None})
    if not known or year in known:
        return []
    return [
        _warn(
            file,
            row,
            "year",
            year,
            "cons_partner_death_year",
            "cons_partner_death_year_fix",
            years=", ".join(map(str, known)),
        )
    ]


def _sessions_in_time(tables, files) -> list[Problem]:
    ses, clients = tables["sessions"], tables["clients"]
    if not len(ses) or not len(clients):
        return []
    start = dict(zip(clients["client_id"].astype(str), clients["intake_date"], strict=True))
    end = dict(zip(clients["client_id"].astype(str), clients["termination_date"], strict=True))
    out = []
    for row, s in ses.iterrows():
        cid, date = str(s["client_id"]), s["date"]
        if pd.isna(date):
            continue
        first, last = start.get(cid), end.get(cid)
        if first is not None and not pd.isna(first) and date < first:
            out.append(
                _warn(
                    files["sessions"],
                    row,
                    "date",
                    str(date)[:10],
                    "cons_session_before_intake",
                    "cons_session_dates_fix",
                    other=str(first)[:10],
                )
            )
        elif last is not None and not pd.isna(last) and date > last:
            out.append(
                _warn(
                    files["sessions"],
                    row,
                    "date",
                    str(date)[:10],
                    "cons_session_after_termination",
                    "cons_session_dates_fix",
                    other=str(last)[:10],
                )
            )
    return out


def activities_not_held(frame: pd.DataFrame, sessions: pd.DataFrame) -> list[tuple]:
    """The rows of ``frame`` (``plan.csv`` or ``evaluation.csv``) whose activity was never held.

    One rule for the loader's warnings (:func:`consistency_warnings`) and the
    process check (:func:`casekit.process_check.check_process`): an activity is
    held for a client when ``sessions.csv`` has a row with that ``client_id``
    and that ``activity_id``. A row without an ``activity_id`` is not checked.

    Parameters
    ----------
    frame : DataFrame
        Typed ``plan.csv`` or ``evaluation.csv`` (columns ``client_id``,
        ``activity_id``; index = spreadsheet row).
    sessions : DataFrame
        Typed ``sessions.csv``.

    Returns
    -------
    list of (row, activity_id)
        In the order of ``frame``.
    """
    if not len(frame):
        return []
    held = set()
    if len(sessions):
        for cid, act in zip(sessions["client_id"], sessions["activity_id"], strict=True):
            if not is_missing(act):
                held.add((str(cid), str(act)))
    return [
        (row, act)
        for row, cid, act in zip(frame.index, frame["client_id"], frame["activity_id"], strict=True)
        if not is_missing(act) and (str(cid), str(act)) not in held
    ]


def _activities_held(tables, files) -> list[Problem]:
    out = []
    for table, key in (
        ("plan", "cons_planned_not_held"),
        ("evaluation", "cons_evaluated_not_held"),
    ):
        for row, act in activities_not_held(tables[table], tables["sessions"]):
            out.append(
                _warn(files[table], row, "activity_id", act, key, "cons_activity_not_held_fix")
            )
    return out

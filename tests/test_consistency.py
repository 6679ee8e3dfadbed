"""Cross-table consistency warnings (casekit/consistency.py): each planted contradiction
is found once, at its file, row and column; the demo casebook tells one story (none)."""

from __future__ import annotations

from pathlib import Path

import casekit as ck
from casekit.i18n import msg

DATA = Path(__file__).parent / "data"
DEMO = Path(__file__).parent.parent / "data" / "demo"


def _key(problem) -> str:
    for key in (
        "cons_child_birth_year",
        "cons_partner_alive",
        "cons_partner_death_year",
        "cons_session_before_intake",
        "cons_session_after_termination",
        "cons_planned_not_held",
        "cons_evaluated_not_held",
    ):
        first = msg(key, years="", other="").text("en").split("(")[0].strip()
        if problem.message.text("en").startswith(first):
            return key
    return "other"


def test_planted_casebook_gets_each_warning_once():
    cb = ck.load_casebook(DATA / "inconsistent")
    found = {(_key(w), w.file, w.row, w.column, w.value) for w in cb.warnings}
    assert found == {
        ("cons_child_birth_year", "life_events.csv", 4, "year", "1977"),
        ("cons_partner_alive", "life_events.csv", 5, "event", ""),
        ("cons_partner_death_year", "life_events.csv", 7, "year", "2012"),
        ("cons_session_before_intake", "sessions.csv", 2, "date", "2024-02-20"),
        ("cons_session_after_termination", "sessions.csv", 4, "date", "2024-05-02"),
        ("cons_planned_not_held", "plan.csv", 3, "activity_id", "A2"),
        ("cons_evaluated_not_held", "evaluation.csv", 3, "activity_id", "A2"),
    }
    assert all(w.severity == "warning" for w in cb.warnings)
    # the message names the year family.csv gives, in both languages, with a fix
    first = next(w for w in cb.warnings if _key(w) == "cons_child_birth_year")
    assert "1975" in first.text("en") and "1975" in first.text("id")
    assert "family.csv" in first.text("id") and "Perbaikan" in first.text("id")


def test_demo_casebook_has_no_consistency_warning():
    cb = ck.load_casebook(DEMO)
    assert [w.text("en") for w in cb.warnings if _key(w) != "other"] == []


def test_events_that_only_sound_alike_are_not_checked():
    from casekit.consistency import CHILD_BIRTH, PARTNER_DEATH

    # a daughter who died giving birth is neither a child's birth nor a partner's death
    text = "Anak perempuan H meninggal saat melahirkan anak kedua"
    assert not CHILD_BIRTH.search(text) and not PARTNER_DEATH.search(text)
    assert CHILD_BIRTH.search("Kelahiran anak laki-laki J")
    assert CHILD_BIRTH.search("first child born")
    assert PARTNER_DEATH.search("Istri A meninggal dunia")
    assert PARTNER_DEATH.search("death of her husband")
    assert not PARTNER_DEATH.search("Istri sakit; banyak hutang")


def test_one_never_held_rule_for_the_loader_and_the_process_check():
    """A hand-made case: K1's A1 is held, its A2 is not; K2 held an A2 of its own, which
    does not count for K1; a row without an activity is not checked."""
    import pandas as pd

    from casekit.consistency import activities_not_held
    from casekit.process_check import check_process

    sessions = pd.DataFrame({"client_id": ["K1", "K2"], "activity_id": ["A1", "A2"]})
    plan = pd.DataFrame(
        {"client_id": ["K1", "K1", "K1"], "activity_id": ["A1", "A2", None]}, index=[2, 3, 4]
    )
    assert activities_not_held(plan, sessions) == [(3, "A2")]
    assert activities_not_held(plan.iloc[:0], sessions) == []
    # both outputs name the same cells of the planted casebook
    cb = ck.load_casebook(DATA / "inconsistent")
    loader = {(w.file, w.row) for w in cb.warnings if _key(w).endswith("_not_held")}
    unheld = {
        (p.file, p.row)
        for p in check_process(cb, lang="en")
        if "never held" in p.message or "no session" in p.message
    }
    assert loader == unheld == {("plan.csv", 3), ("evaluation.csv", 3)}

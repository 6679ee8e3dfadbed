"""Labels in Bahasa Indonesia (``id``) and English (``en``).

Every word a figure, table, report or widget shows comes from here. Keys are
short English identifiers; :func:`t` returns the label in the chosen language
and falls back to English, then to the key itself, so a missing label never
breaks a report. Vocabulary values from the casebook (``male``,
``goals_met``...) are keys too, so ``t("goals_met", "id")`` gives the
Indonesian phrase.

Each part of the package keeps its labels in its own section of ``LABELS``
below; add to your section, do not reorder the others.
"""

from __future__ import annotations

from .errors import ParameterError

__all__ = ["LANGS", "LABELS", "t", "check_lang"]

LANGS = ("id", "en")

LABELS: dict[str, dict[str, str]] = {
    # --- general -----------------------------------------------------------
    "client": {"id": "Klien", "en": "Client"},
    "clients": {"id": "Klien", "en": "Clients"},
    "sessions": {"id": "Sesi", "en": "Sessions"},
    "administrations": {"id": "Pengisian kuesioner", "en": "Questionnaire administrations"},
    "casebook": {"id": "Buku kasus", "en": "Casebook"},
    "synthetic": {"id": "sintetis (data buatan)", "en": "synthetic (made-up data)"},
    "missing": {"id": "tidak ada data", "en": "missing"},
    "yes": {"id": "ya", "en": "yes"},
    "no": {"id": "tidak", "en": "no"},
    "partly": {"id": "sebagian", "en": "partly"},
    # --- vocabularies (casebook values) -------------------------------------
    "male": {"id": "laki-laki", "en": "male"},
    "female": {"id": "perempuan", "en": "female"},
    "other": {"id": "lainnya", "en": "other"},
    "unknown": {"id": "tidak diketahui", "en": "unknown"},
    "alone": {"id": "tinggal sendiri", "en": "lives alone"},
    "with_family": {"id": "bersama keluarga", "en": "with family"},
    "with_spouse": {"id": "bersama pasangan", "en": "with spouse"},
    "institution": {"id": "di panti/lembaga", "en": "in an institution"},
    "goals_met": {"id": "tujuan tercapai", "en": "goals met"},
    "referred": {"id": "dirujuk", "en": "referred"},
    "withdrew": {"id": "mengundurkan diri", "en": "withdrew"},
    "moved": {"id": "pindah", "en": "moved"},
    "deceased": {"id": "meninggal dunia", "en": "deceased"},
    "self": {"id": "klien", "en": "client"},
    "spouse": {"id": "pasangan", "en": "spouse"},
    "child": {"id": "anak", "en": "child"},
    "parent": {"id": "orang tua", "en": "parent"},
    "sibling": {"id": "saudara kandung", "en": "sibling"},
    "grandchild": {"id": "cucu", "en": "grandchild"},
    "grandparent": {"id": "kakek/nenek", "en": "grandparent"},
    "married": {"id": "menikah", "en": "married"},
    "cohabiting": {"id": "tinggal bersama", "en": "cohabiting"},
    "separated": {"id": "pisah", "en": "separated"},
    "divorced": {"id": "cerai", "en": "divorced"},
    "widowed": {"id": "cerai mati", "en": "widowed"},
    "close": {"id": "dekat", "en": "close"},
    "normal": {"id": "biasa", "en": "normal"},
    "distant": {"id": "jauh", "en": "distant"},
    "conflict": {"id": "konflik", "en": "conflict"},
    "cutoff": {"id": "putus hubungan", "en": "cut off"},
    "family": {"id": "keluarga", "en": "family"},
    "friend": {"id": "teman", "en": "friend"},
    "neighbour": {"id": "tetangga", "en": "neighbour"},
    "community": {"id": "masyarakat", "en": "community"},
    "health": {"id": "kesehatan", "en": "health"},
    "religious": {"id": "keagamaan", "en": "religious"},
    "government": {"id": "pemerintah", "en": "government"},
    "work": {"id": "pekerjaan", "en": "work"},
    "education": {"id": "pendidikan", "en": "education"},
    "strong": {"id": "kuat", "en": "strong"},
    "moderate": {"id": "sedang", "en": "moderate"},
    "weak": {"id": "lemah", "en": "weak"},
    "stressful": {"id": "penuh tekanan", "en": "stressful"},
    "broken": {"id": "terputus", "en": "broken"},
    "to_client": {"id": "ke klien", "en": "to client"},
    "from_client": {"id": "dari klien", "en": "from client"},
    "both": {"id": "dua arah", "en": "both ways"},
    "none": {"id": "tidak ada", "en": "none"},
    "biological": {"id": "biologis", "en": "biological"},
    "psychological": {"id": "psikologis", "en": "psychological"},
    "social": {"id": "sosial", "en": "social"},
    "spiritual": {"id": "spiritual", "en": "spiritual"},
    "problem": {"id": "masalah", "en": "problem"},
    "strength": {"id": "kekuatan", "en": "strength"},
    "neutral": {"id": "netral", "en": "neutral"},
    "front": {"id": "depan", "en": "front"},
    "back": {"id": "belakang", "en": "back"},
    "worker": {"id": "pekerja sosial", "en": "social worker"},
    "casework": {"id": "casework (bimbingan perorangan)", "en": "casework"},
    "groupwork": {"id": "groupwork (bimbingan kelompok)", "en": "groupwork"},
    "communitywork": {"id": "communitywork (kerja masyarakat)", "en": "community work"},
    "engagement": {"id": "engagement", "en": "engagement"},
    "intake": {"id": "intake", "en": "intake"},
    "contract": {"id": "kontrak", "en": "contract"},
    "assessment": {"id": "asesmen", "en": "assessment"},
    "planning": {"id": "rencana intervensi", "en": "planning"},
    "intervention": {"id": "intervensi", "en": "intervention"},
    "evaluation": {"id": "evaluasi", "en": "evaluation"},
    "termination": {"id": "terminasi", "en": "termination"},
    "referral": {"id": "rujukan", "en": "referral"},
    # --- scoring and change (scoring.py, change.py, cohort.py) ---------------
    # --- figures (casekit/figures/) -----------------------------------------
    # --- widgets (widgets.py) ------------------------------------------------
    # --- reports (reports.py, notebooks/reports/) ---------------------------
}


def check_lang(lang: str) -> str:
    """Return ``lang`` if casekit has labels for it, else raise ParameterError."""
    if lang not in LANGS:
        raise ParameterError(
            f"Unknown language {lang!r}. Use 'id' (Bahasa Indonesia) or 'en' (English)."
        )
    return lang


def t(key: str, lang: str = "id") -> str:
    """Label for ``key`` in ``lang`` ('id' or 'en'); English, then the key, as fallback."""
    entry = LABELS.get(key)
    if entry is None:
        return str(key)
    return entry.get(lang) or entry.get("en") or str(key)

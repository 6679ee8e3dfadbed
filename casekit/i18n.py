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
    # keys start with "w_" so they never clash with another section
    "w_client": {"id": "Klien", "en": "Client"},
    "w_instrument": {"id": "Kuesioner", "en": "Questionnaire"},
    "w_timepoint": {"id": "Waktu ukur", "en": "Timepoint"},
    "w_date": {"id": "Tanggal", "en": "Date"},
    "w_save": {"id": "Simpan", "en": "Save"},
    "w_overwrite": {"id": "timpa pengisian yang sudah ada", "en": "overwrite an existing administration"},
    "w_saved": {"id": "Tersimpan di {file}, baris {row}.", "en": "Saved to {file}, row {row}."},
    "w_not_saved": {"id": "Belum tersimpan:", "en": "Not saved:"},
    "w_item": {"id": "Butir", "en": "Item"},
    "w_answered": {"id": "Terjawab", "en": "Answered"},
    "w_total": {"id": "Skor total", "en": "Total score"},
    "w_prorated": {"id": "diproporsikan untuk jawaban kosong", "en": "prorated for blank answers"},
    "w_category": {"id": "Kategori", "en": "Category"},
    "w_scale_total": {"id": "total", "en": "total"},
    "w_scale_emotional": {"id": "kesepian emosional", "en": "emotional loneliness"},
    "w_scale_social": {"id": "kesepian sosial", "en": "social loneliness"},
    "w_answers_generic": {"id": "Jawaban: {lo} (terendah) sampai {hi} (tertinggi)", "en": "Answers: {lo} (lowest) to {hi} (highest)"},
    "w_answers_ucla_ls3": {"id": "1 = tidak pernah, 2 = jarang, 3 = kadang-kadang, 4 = sering", "en": "1 = never, 2 = rarely, 3 = sometimes, 4 = often"},
    "w_answers_ucla_3": {"id": "1 = hampir tidak pernah, 2 = kadang-kadang, 3 = sering", "en": "1 = hardly ever, 2 = some of the time, 3 = often"},
    "w_answers_djg_11": {"id": "1 = tidak, 2 = kurang lebih, 3 = ya", "en": "1 = no, 2 = more or less, 3 = yes"},
    "w_answers_djg_6": {"id": "1 = tidak, 2 = kurang lebih, 3 = ya", "en": "1 = no, 2 = more or less, 3 = yes"},
    "w_answers_djg_11_5": {"id": "1 = tidak!, 2 = tidak, 3 = kurang lebih, 4 = ya, 5 = ya!", "en": "1 = no!, 2 = no, 3 = more or less, 4 = yes, 5 = yes!"},
    "w_no_item_instruments": {"id": "Tidak ada kuesioner dengan butir untuk diisi.", "en": "No questionnaire with items to fill in."},
    "w_reliability": {"id": "Reliabilitas (r)", "en": "Reliability (r)"},
    "w_sd": {"id": "Simpangan baku (SD)", "en": "Standard deviation (SD)"},
    "w_pre": {"id": "Skor sebelum", "en": "Score before"},
    "w_post": {"id": "Skor sesudah", "en": "Score after"},
    "w_defaults": {"id": "Kembalikan nilai awal", "en": "Reset to defaults"},
    "w_sd_from": {"id": "SD dari", "en": "SD from"},
    "w_sd_norms.clinical": {"id": "norma klinis instrumen", "en": "the instrument's clinical norms"},
    "w_sd_norms.functional": {"id": "norma fungsional instrumen", "en": "the instrument's functional norms"},
    "w_sd_sample": {"id": "skor sebelum (pre) semua klien di buku kasus", "en": "the pre scores of all clients in the casebook"},
    "w_sd_range/6": {"id": "seperenam rentang skor (perkiraan kasar; isi sendiri)", "en": "a sixth of the score range (rough guess; set your own)"},
    "w_sd_none": {"id": "tidak diketahui (isi sendiri)", "en": "unknown (set your own)"},
    "w_no_reliability": {"id": "instrumen ini tidak punya reliabilitas bawaan; geser sendiri", "en": "this instrument has no built-in reliability; set it yourself"},
    "w_rc_title": {"id": "Perubahan yang andal (Jacobson & Truax, 1991)", "en": "Reliable change (Jacobson & Truax, 1991)"},
    "w_rc_axis": {"id": "Perubahan skor (sesudah − sebelum); ambang ±{thr:.1f}", "en": "Score change (after − before); threshold ±{thr:.1f}"},
    "w_rc_zone": {"id": "zona tidak andal (mungkin kesalahan ukur)", "en": "not reliable (could be measurement error)"},
    "w_change": {"id": "Perubahan", "en": "Change"},
    "w_threshold": {"id": "Ambang perubahan andal", "en": "Reliable-change threshold"},
    "w_improved": {"id": "membaik secara andal", "en": "reliably improved"},
    "w_unchanged": {"id": "tidak ada perubahan yang andal", "en": "no reliable change"},
    "w_deteriorated": {"id": "memburuk secara andal", "en": "reliably deteriorated"},
    "w_error": {"id": "Tidak dapat ditampilkan", "en": "Cannot be shown"},
    "w_slides_widget_note": {"id": "Widget interaktif: buka notebook ini di JupyterLab untuk mencobanya.", "en": "Interactive widget: open this notebook in JupyterLab to use it."},
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

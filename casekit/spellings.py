"""The words a student may type for a vocabulary value, and the value each one means.

The loader (:mod:`casekit.casebook`) normalises every vocabulary column of
:mod:`casekit.tables` to its English value. A cell is read case-blind and
accepted when it is

* the English value, with ``_`` or a space (``with_family``, ``with family``);
* the label casekit shows for the value in either language
  (:mod:`casekit.i18n`), so every word a report prints reads back;
* a common spelling from :data:`SYNONYMS` (Indonesian words and short forms:
  ``perempuan``/``P`` -> ``female``), or for body regions
  :data:`REGION_SYNONYMS`.

Timepoints are free labels, but the usual words for before and after
(``sebelum``, ``pre-test``, ``sesudah``...) mean ``pre`` and ``post``
(:func:`normalise_timepoint`). The casebook README lists all of these from
:func:`accepted_values`, so the help a student reads is what the loader reads.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .tables import Column

__all__ = [
    "REGION_SYNONYMS",
    "SYNONYMS",
    "TIMEPOINT_WORDS",
    "accepted_values",
    "normalise_timepoint",
    "vocab_of",
]


#: Indonesian (and other common) spellings accepted for vocabulary values.
SYNONYMS: dict[str, str] = {
    # sex
    "l": "male",
    "lk": "male",
    "laki-laki": "male",
    "laki laki": "male",
    "laki": "male",
    "pria": "male",
    "m": "male",
    "man": "male",
    "men": "male",
    "p": "female",
    "pr": "female",
    "perempuan": "female",
    "wanita": "female",
    "f": "female",
    "woman": "female",
    "lainnya": "other",
    "lain-lain": "other",
    "lain": "other",
    "tidak diketahui": "unknown",
    "tidak tahu": "unknown",
    "?": "unknown",
    # living arrangement
    "sendiri": "alone",
    "tinggal sendiri": "alone",
    "sendirian": "alone",
    "keluarga": "family",
    "bersama keluarga": "with_family",
    "dengan keluarga": "with_family",
    "bersama pasangan": "with_spouse",
    "dengan pasangan": "with_spouse",
    "panti": "institution",
    "lembaga": "institution",
    # termination
    "tujuan tercapai": "goals_met",
    "selesai": "goals_met",
    "dirujuk": "referred",
    "rujuk": "referred",
    "mengundurkan diri": "withdrew",
    "berhenti": "withdrew",
    "pindah": "moved",
    "meninggal": "deceased",
    "meninggal dunia": "deceased",
    # relation
    "klien": "self",
    "diri sendiri": "self",
    "client": "self",
    "istri": "spouse",
    "suami": "spouse",
    "pasangan": "spouse",
    "anak": "child",
    "son": "child",
    "daughter": "child",
    "ayah": "parent",
    "ibu": "parent",
    "bapak": "parent",
    "orang tua": "parent",
    "father": "parent",
    "mother": "parent",
    "saudara": "sibling",
    "kakak": "sibling",
    "adik": "sibling",
    "brother": "sibling",
    "sister": "sibling",
    "cucu": "grandchild",
    "kakek": "grandparent",
    "nenek": "grandparent",
    # union
    "menikah": "married",
    "kawin": "married",
    "nikah": "married",
    "tinggal bersama": "cohabiting",
    "pisah": "separated",
    "pisah ranjang": "separated",
    "cerai": "divorced",
    "cerai hidup": "divorced",
    "cerai mati": "widowed",
    "janda": "widowed",
    "duda": "widowed",
    # bond
    "dekat": "close",
    "akrab": "close",
    "biasa": "normal",
    "jauh": "distant",
    "renggang": "distant",
    "konflik": "conflict",
    "putus": "cutoff",
    "putus hubungan": "cutoff",
    "cut off": "cutoff",
    "cut-off": "cutoff",
    # ecomap category
    "teman": "friend",
    "sahabat": "friend",
    "tetangga": "neighbour",
    "neighbor": "neighbour",
    "masyarakat": "community",
    "komunitas": "community",
    "kesehatan": "health",
    "puskesmas": "health",
    "agama": "religious",
    "keagamaan": "religious",
    "pemerintah": "government",
    "pekerjaan": "work",
    "kerja": "work",
    "pendidikan": "education",
    "sekolah": "education",
    # strength
    "kuat": "strong",
    "sedang": "moderate",
    "lemah": "weak",
    "stres": "stressful",
    "penuh tekanan": "stressful",
    "tegang": "stressful",
    "terputus": "broken",
    # flow
    "ke klien": "to_client",
    "dari klien": "from_client",
    "dua arah": "both",
    "timbal balik": "both",
    "tidak ada": "none",
    "to client": "to_client",
    "from client": "from_client",
    # bpss domain / kind
    "biologis": "biological",
    "bio": "biological",
    "psikologis": "psychological",
    "psiko": "psychological",
    "sosial": "social",
    "masalah": "problem",
    "kekuatan": "strength",
    "potensi": "strength",
    "netral": "neutral",
    # body side
    "depan": "front",
    "belakang": "back",
    # according_to
    "pekerja sosial": "worker",
    "peksos": "worker",
    "praktikan": "worker",
    # method
    "bimbingan perorangan": "casework",
    "case work": "casework",
    "bimbingan kelompok": "groupwork",
    "group work": "groupwork",
    "community work": "communitywork",
    # stage
    "kontrak": "contract",
    "asesmen": "assessment",
    "perencanaan": "planning",
    "rencana intervensi": "planning",
    "intervensi": "intervention",
    "evaluasi": "evaluation",
    "terminasi": "termination",
    "rujukan": "referral",
    # indicator met
    "ya": "yes",
    "tercapai": "yes",
    "sebagian": "partly",
    "tidak": "no",
    "belum": "no",
    "tidak tercapai": "no",
}

#: Body-region spellings (Indonesian and spaced forms).
REGION_SYNONYMS: dict[str, str] = {
    "kepala": "head",
    "wajah": "face",
    "leher": "neck",
    "dada": "chest",
    "perut": "abdomen",
    "punggung": "upper_back",
    "punggung atas": "upper_back",
    "punggung bawah": "lower_back",
    "pinggang": "lower_back",
    "panggul": "pelvis",
    "bahu kiri": "left_shoulder",
    "bahu kanan": "right_shoulder",
    "lengan kiri": "left_arm",
    "lengan kanan": "right_arm",
    "siku kiri": "left_elbow",
    "siku kanan": "right_elbow",
    "tangan kiri": "left_hand",
    "tangan kanan": "right_hand",
    "pinggul kiri": "left_hip",
    "pinggul kanan": "right_hip",
    "kaki kiri": "left_leg",
    "kaki kanan": "right_leg",
    "paha kiri": "left_thigh",
    "paha kanan": "right_thigh",
    "lutut kiri": "left_knee",
    "lutut kanan": "right_knee",
    "telapak kaki kiri": "left_foot",
    "telapak kaki kanan": "right_foot",
}


def vocab_of(column: Column) -> dict[str, str]:
    """Map every accepted spelling (lower-case) to the English value of ``column``.

    Accepted: the English value (``with_family`` or ``with family``), the label
    casekit shows for it in either language (:mod:`casekit.i18n`, so the word
    a report prints is always a word the loader reads back: ``klien`` wherever
    ``client`` or ``self`` is a value), then the common spellings of
    :data:`SYNONYMS` (and :data:`REGION_SYNONYMS` for body regions).
    """
    from .i18n import LABELS
    from .tables import BODY_REGIONS

    allowed = set(column.values)
    out = {v.lower(): v for v in column.values}
    out.update({v.lower().replace("_", " "): v for v in column.values})
    for v in column.values:
        key = f"fig_region_{v}" if column.values == BODY_REGIONS else v
        for text in LABELS.get(key, {}).values():
            out.setdefault(text.lower(), v)
    synonyms = dict(SYNONYMS)
    if column.values == BODY_REGIONS:
        synonyms.update(REGION_SYNONYMS)
    for spelling, value in synonyms.items():
        if value in allowed and spelling not in out:
            out[spelling] = value
    # "family" is both an ecomap category and a spelling of with_family; keep per column
    return out


def accepted_values(column: Column, lang: str = "id") -> list[tuple[str, str, list[str]]]:
    """The values of a vocabulary column as the casebook README lists them.

    Returns one ``(value, label, spellings)`` per English value: its label in
    ``lang`` and every other spelling the loader accepts for it
    (:func:`vocab_of`), so the README is generated from what the loader reads,
    never copied by hand.
    """
    from .i18n import t
    from .tables import BODY_REGIONS

    spellings: dict[str, list[str]] = {v: [] for v in column.values}
    for spelling, value in vocab_of(column).items():
        spellings[value].append(spelling)
    rows = []
    for v in column.values:
        key = f"fig_region_{v}" if column.values == BODY_REGIONS else v
        label = t(key, lang)
        others = [x for x in spellings[v] if x not in (label.lower(), v)]
        rows.append((v, label, others))
    return rows


#: Timepoint words students type, keyed without case, spaces, '-' or '_'
#: ("Pre-Test", "pre test" and "PRETEST" are one key). Other timepoint labels
#: are free and kept as typed.
TIMEPOINT_WORDS: dict[str, str] = {
    "pre": "pre",
    "pretest": "pre",
    "sebelum": "pre",
    "post": "post",
    "posttest": "post",
    "sesudah": "post",
    "setelah": "post",
    "followup": "follow_up",
    "tindaklanjut": "follow_up",
}
_TIMEPOINT_KEY = re.compile(r"[\s_-]+")


def normalise_timepoint(value: str) -> str:
    """The timepoint ``value`` means: ``pre``, ``post``, ``follow_up`` or ``value`` itself.

    ``sebelum``/``pre-test``/``pretest`` mean ``pre``; ``sesudah``/``setelah``/
    ``post-test``/``posttest`` mean ``post``; ``follow-up``/``tindak lanjut``
    mean ``follow_up`` (case, spaces, ``-`` and ``_`` do not matter). Any other
    label is returned stripped, as typed.
    """
    text = str(value).strip()
    return TIMEPOINT_WORDS.get(_TIMEPOINT_KEY.sub("", text.lower()), text)

"""The casebook's tables and columns, as data.

One :class:`Column` per column of ``../shared/DESIGN.md``; the loader
(:mod:`casekit.casebook`) reads, converts and checks every table from this
description, and ``casekit new`` writes the blank templates from it. After
loading, a column has the pandas dtype its kind gives:

========  =====================  ==========================================
kind      pandas dtype           notes
========  =====================  ==========================================
id        string                 ``[A-Za-z0-9][A-Za-z0-9_-]{0,63}``
text      string                 free text, kept as typed (stripped)
vocab     string                 normalised to the English value
list      string                 ``;``-separated, see :func:`split_list`
int       Int64                  nullable integer
float     Float64                nullable float (decimal comma accepted)
bool      boolean                yes/no, ya/tidak, true/false, 1/0
date      datetime64[ns]         ISO ``YYYY-MM-DD`` (NaT when empty)
time      string                 ``HH:MM`` (24 h)
========  =====================  ==========================================

Item answers (``q1``..``qN`` of ``responses.csv``) are ``Int16`` when every
answer fits (-32768..32767), else ``Int64``: 40M answers at a million clients
take 120 MB instead of 360 MB (issue 17).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

__all__ = [
    "Column",
    "REGION_SYNONYMS",
    "SYNONYMS",
    "Table",
    "TABLES",
    "ID_PATTERN",
    "ITEM_COLUMN",
    "TIMEPOINT_WORDS",
    "WINDOWS_RESERVED",
    "accepted_values",
    "normalise_timepoint",
    "split_list",
    "vocab_of",
]

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
#: names Windows refuses for a file, whatever the extension (``CON.html`` cannot exist):
#: a client id becomes a file name (``<client_id>.html``), so these are refused as ids
WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"]
    + [f"COM{k}" for k in range(1, 10)]
    + [f"LPT{k}" for k in range(1, 10)]
)
#: item answer columns of responses.csv: q1, q2, ...
ITEM_COLUMN = re.compile(r"^q([1-9][0-9]{0,2})$")


@dataclass(frozen=True)
class Column:
    """One column of a casebook table."""

    name: str
    kind: str = "text"
    required: bool = False
    #: allowed English values (kind "vocab")
    values: tuple[str, ...] = ()
    #: inclusive range for int/float columns
    min: float | None = None
    max: float | None = None
    help_en: str = ""
    help_id: str = ""
    example: str = ""


@dataclass(frozen=True)
class Table:
    """One casebook table (``<name>.csv``)."""

    name: str
    columns: tuple[Column, ...]
    #: columns whose combination must be unique
    key: tuple[str, ...] = ()
    help_en: str = ""
    help_id: str = ""
    #: accept any extra columns matching this pattern without a warning
    extra: re.Pattern | None = field(default=None)

    @property
    def file(self) -> str:
        return f"{self.name}.csv"

    def column(self, name: str) -> Column | None:
        for c in self.columns:
            if c.name == name:
                return c
        return None


def _c(name, kind="text", required=False, values=(), min=None, max=None, en="", id="", ex=""):
    return Column(name, kind, required, tuple(values), min, max, en, id, ex)


_CLIENT_ID = _c(
    "client_id",
    "id",
    True,
    en="the client's code (letters, digits, - or _)",
    id="kode klien (huruf, angka, - atau _)",
    ex="S01",
)

SEX = ("male", "female", "other", "unknown")
RELATION = ("self", "spouse", "child", "parent", "sibling", "grandchild", "grandparent", "other")
UNION = ("married", "cohabiting", "separated", "divorced", "widowed")
BOND = ("close", "normal", "distant", "conflict", "cutoff")
ECO_CATEGORY = (
    "family",
    "friend",
    "neighbour",
    "community",
    "health",
    "religious",
    "government",
    "work",
    "education",
    "other",
)
STRENGTH = ("strong", "moderate", "weak", "stressful", "broken")
FLOW = ("to_client", "from_client", "both", "none")
DOMAIN = ("biological", "psychological", "social", "spiritual")
KIND = ("problem", "strength", "neutral")
SIDE = ("front", "back")
ACCORDING_TO = ("client", "family", "neighbour", "worker", "other")
METHOD = ("casework", "groupwork", "communitywork")
STAGE = (
    "engagement",
    "intake",
    "contract",
    "assessment",
    "planning",
    "intervention",
    "evaluation",
    "termination",
    "referral",
)
INDICATOR_MET = ("yes", "partly", "no")
LIVING = ("alone", "with_family", "with_spouse", "institution", "other")
TERMINATION = ("goals_met", "referred", "withdrew", "moved", "deceased", "other")
#: body regions a body map may mark (front and back share the names)
BODY_REGIONS = (
    "head",
    "face",
    "neck",
    "chest",
    "abdomen",
    "upper_back",
    "lower_back",
    "pelvis",
    "left_shoulder",
    "right_shoulder",
    "left_arm",
    "right_arm",
    "left_elbow",
    "right_elbow",
    "left_hand",
    "right_hand",
    "left_hip",
    "right_hip",
    "left_leg",
    "right_leg",
    "left_thigh",
    "right_thigh",
    "left_knee",
    "right_knee",
    "left_foot",
    "right_foot",
)

TABLES: dict[str, Table] = {}


def _table(name, columns, key=(), en="", id="", extra=None):
    TABLES[name] = Table(name, tuple(columns), tuple(key), en, id, extra)


_table(
    "clients",
    [
        _CLIENT_ID,
        _c(
            "pseudonym",
            en="a made-up name or initial, never the real name",
            id="nama samaran atau inisial, bukan nama asli",
            ex="S",
        ),
        _c(
            "sex",
            "vocab",
            values=SEX,
            en="male, female, other, unknown",
            id="laki-laki (L), perempuan (P)",
            ex="male",
        ),
        _c(
            "birth_year", "int", min=1900, max=2100, en="year of birth", id="tahun lahir", ex="1958"
        ),
        _c(
            "age_at_intake",
            "int",
            min=0,
            max=120,
            en="age in years at intake",
            id="usia saat intake",
            ex="66",
        ),
        _c("cluster", en="problem category", id="klaster masalah", ex="lanjut usia terlantar"),
        _c("region", en="city or district", id="kota/kabupaten", ex="Jakarta Selatan"),
        _c("ethnicity", en="ethnic group", id="suku", ex="Betawi"),
        _c("religion", en="religion", id="agama", ex="Islam"),
        _c(
            "living_arrangement",
            "vocab",
            values=LIVING,
            en="alone, with_family, with_spouse, institution, other",
            id="tinggal sendiri / bersama keluarga / bersama pasangan / panti / lainnya",
            ex="alone",
        ),
        _c(
            "cohort",
            en="class, year or group the client belongs to",
            id="angkatan/kelompok",
            ex="2024",
        ),
        _c(
            "worker",
            en="the student or worker (pseudonym)",
            id="praktikan/pekerja sosial (samaran)",
            ex="Praktikan A",
        ),
        _c("institution", en="placement agency", id="lembaga praktik", ex="Yayasan X"),
        _c(
            "intake_date",
            "date",
            en="first meeting, YYYY-MM-DD",
            id="tanggal pertemuan pertama, TTTT-BB-HH",
            ex="2024-08-22",
        ),
        _c(
            "consent_date",
            "date",
            en="date informed consent was signed",
            id="tanggal persetujuan (informed consent)",
            ex="2024-08-27",
        ),
        _c(
            "termination_date",
            "date",
            en="date the case was closed",
            id="tanggal terminasi",
            ex="2024-09-24",
        ),
        _c(
            "termination_reason",
            "vocab",
            values=TERMINATION,
            en="goals_met, referred, withdrew, moved, deceased, other",
            id="tujuan tercapai / dirujuk / mengundurkan diri / pindah / meninggal / lainnya",
            ex="referred",
        ),
        _c(
            "referral_to",
            en="where the client was referred",
            id="rujukan ke",
            ex="Komunitas lansia setempat",
        ),
    ],
    key=("client_id",),
    en="one row per client",
    id="satu baris per klien",
)

_table(
    "identifiers",
    [
        _CLIENT_ID,
        _c(
            "full_name",
            en="real name: never shown in reports",
            id="nama asli: tidak pernah tampil di laporan",
        ),
        _c("address", en="address: never shown", id="alamat: tidak pernah tampil"),
        _c("phone", en="phone: never shown", id="telepon: tidak pernah tampil"),
        _c("email", en="e-mail address: never shown", id="alamat e-mail: tidak pernah tampil"),
        _c("nik", en="NIK (identity card number): never shown", id="NIK: tidak pernah tampil"),
        _c("kk", en="KK (family card number): never shown", id="nomor KK: tidak pernah tampil"),
    ],
    key=("client_id",),
    en="direct identifiers, kept apart; never in a report or export",
    id="identitas langsung; tidak pernah masuk laporan atau ekspor",
)

_table(
    "family",
    [
        _CLIENT_ID,
        _c(
            "member_id",
            "id",
            True,
            en="code of this family member",
            id="kode anggota keluarga",
            ex="S",
        ),
        _c(
            "label",
            en="name or role shown in the genogram (pseudonym)",
            id="label di genogram (samaran)",
            ex="S",
        ),
        _c("sex", "vocab", values=SEX, ex="male"),
        _c("birth_year", "int", min=1880, max=2100, ex="1958"),
        _c("death_year", "int", min=1880, max=2100, ex=""),
        _c("deceased", "bool", en="yes/no", id="ya/tidak", ex="no"),
        _c(
            "relation",
            "vocab",
            values=RELATION,
            en="relation to the client",
            id="hubungan dengan klien",
            ex="self",
        ),
        _c("father_id", "id", en="member_id of the father", id="member_id ayah"),
        _c("mother_id", "id", en="member_id of the mother", id="member_id ibu"),
        _c("partner_id", "id", en="member_id of the partner", id="member_id pasangan"),
        _c(
            "union",
            "vocab",
            values=UNION,
            en="union with the partner",
            id="status perkawinan dengan pasangan",
        ),
        _c("education", ex="SD"),
        _c("occupation", ex="pensiunan"),
        _c("residence", ex="Jakarta Selatan"),
        _c("lives_with_client", "bool", ex="yes"),
        _c(
            "bond",
            "vocab",
            values=BOND,
            en="emotional bond with the client",
            id="kedekatan dengan klien",
        ),
        _c("note"),
    ],
    key=("client_id", "member_id"),
    en="the genogram: one row per family member",
    id="genogram: satu baris per anggota keluarga",
)

_table(
    "ecomap",
    [
        _CLIENT_ID,
        _c(
            "system",
            "text",
            True,
            en="person or institution",
            id="orang atau lembaga",
            ex="Ketua RT",
        ),
        _c("category", "vocab", values=ECO_CATEGORY, ex="neighbour"),
        _c(
            "strength",
            "vocab",
            values=STRENGTH,
            en="strong, moderate, weak, stressful, broken",
            id="kuat / sedang / lemah / penuh tekanan / terputus",
            ex="strong",
        ),
        _c(
            "flow",
            "vocab",
            values=FLOW,
            en="direction of energy/resources",
            id="arah energi/sumber daya",
            ex="to_client",
        ),
        _c("note"),
    ],
    en="the ecomap: one row per system",
    id="ecomap: satu baris per sistem",
)

_table(
    "life_events",
    [
        _CLIENT_ID,
        _c("year", "int", min=1880, max=2100, ex="1980"),
        _c("age", "int", min=0, max=120, ex=""),
        _c("event", "text", True, ex="Menikah"),
        _c(
            "valence",
            "int",
            min=-5,
            max=5,
            en="-5 (very bad) .. 5 (very good)",
            id="-5 (sangat buruk) .. 5 (sangat baik)",
            ex="4",
        ),
    ],
    en="the social life road",
    id="jalan kehidupan sosial (life road)",
)

_table(
    "bpss",
    [
        _CLIENT_ID,
        _c("domain", "vocab", True, values=DOMAIN, ex="biological"),
        _c("finding", "text", True, ex="Asam urat"),
        _c("kind", "vocab", values=KIND, ex="problem"),
        _c("source", ex="wawancara"),
    ],
    en="bio-psycho-social-spiritual findings",
    id="temuan bio-psiko-sosial-spiritual",
)

_table(
    "body_map",
    [
        _CLIENT_ID,
        _c("region", "vocab", True, values=BODY_REGIONS, ex="left_knee"),
        _c("side", "vocab", values=SIDE, ex="front"),
        _c("severity", "int", min=0, max=10, ex="6"),
        _c("note"),
    ],
    en="body map: painful or marked body parts",
    id="peta tubuh: bagian tubuh yang sakit",
)

_table(
    "problems",
    [
        _CLIENT_ID,
        _c("statement", "text", True, ex="Merasa kesepian"),
        _c("according_to", "vocab", values=ACCORDING_TO, ex="client"),
        _c("cause"),
        _c("effect"),
        _c("focus", "bool", ex="yes"),
    ],
    en="problems by source, with cause and effect",
    id="gejala masalah menurut sumbernya, penyebab dan dampak",
)

_table(
    "plan",
    [
        _CLIENT_ID,
        _c("activity_id", "id", True, ex="A1"),
        _c("activity", ex="Konseling"),
        _c("method", "vocab", values=METHOD, ex="casework"),
        _c("techniques", "list", ex="konseling;motivasi"),
        _c("start_date", "date", ex="2024-09-06"),
        _c("end_date", "date", ex="2024-09-09"),
        _c("location"),
        _c("objectives"),
        _c("indicator"),
    ],
    key=("client_id", "activity_id"),
    en="intervention plan (programme design)",
    id="rancangan program (rencana intervensi)",
)

_table(
    "sessions",
    [
        _CLIENT_ID,
        _c("session_id", "id", ex="1"),
        _c("activity_id", "id", ex="A1"),
        _c("stage", "vocab", True, values=STAGE, ex="intervention"),
        _c("date", "date", True, ex="2024-09-06"),
        _c("start_time", "time", ex="10:00"),
        _c("end_time", "time", ex="11:00"),
        _c("location"),
        _c("participants", "list"),
        _c("group_id", "id"),
        _c("techniques", "list"),
        _c("notes"),
    ],
    key=("client_id", "session_id"),
    en="sessions: one row per meeting",
    id="sesi: satu baris per pertemuan",
)

_table(
    "evaluation",
    [
        _CLIENT_ID,
        _c("activity_id", "id", ex="A1"),
        _c("process_notes"),
        _c("outcome_notes"),
        _c("indicator_met", "vocab", values=INDICATOR_MET, ex="yes"),
    ],
    en="evaluation matrix",
    id="matriks evaluasi",
)

_table(
    "responses",
    [
        _CLIENT_ID,
        _c("instrument", "id", True, ex="ucla_ls3"),
        _c("timepoint", "id", True, ex="pre"),
        _c("date", "date", ex="2024-08-27"),
    ],
    key=("client_id", "instrument", "timepoint"),
    extra=ITEM_COLUMN,
    en="questionnaire answers: one row per administration, q1..qN",
    id="jawaban kuesioner: satu baris per pengisian, q1..qN",
)

_table(
    "scores",
    [
        _CLIENT_ID,
        _c("instrument", "id", True, ex="ucla_ls3"),
        _c("timepoint", "id", True, ex="pre"),
        _c("date", "date", ex="2024-08-27"),
        _c("scale", "id", ex="total"),
        _c("score", "float", True, ex="52"),
    ],
    key=("client_id", "instrument", "timepoint", "scale"),
    en="totals where item answers are not available",
    id="skor total bila jawaban per butir tidak ada",
)


def split_list(value) -> list[str]:
    """Split a ``;``-separated cell into its stripped, non-empty parts."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return []
    return [part.strip() for part in str(value).split(";") if part.strip()]


# The accepted spellings live in casekit.spellings; their names stay importable from here.
from .spellings import (  # noqa: E402
    REGION_SYNONYMS,
    SYNONYMS,
    TIMEPOINT_WORDS,
    accepted_values,
    normalise_timepoint,
    vocab_of,
)

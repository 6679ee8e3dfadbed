"""Generate the SYNTHETIC teaching cohort of the demo casebook (clients SYN001..SYN072).

Every row this script writes is made up: no real person stands behind any
SYN* client. Client S (transcribed by hand from the seed practicum report) and
any other row whose ``client_id`` does not start with ``SYN`` are kept exactly
as they are: each table is rewritten as *those rows first*, then the synthetic
rows. Running the script twice gives byte-identical files (fixed random seed,
numpy only; no other dependency).

Usage (from the repository root)::

    .venv/bin/python data/demo/generate_synthetic.py          # rewrite data/demo
    .venv/bin/python data/demo/generate_synthetic.py OUTDIR   # write elsewhere

How the questionnaire answers are made
---------------------------------------
Each client has a latent loneliness ``theta`` (standard-normal scale, shifted
up because these are clients referred for loneliness). Post-test
``theta_post = theta_pre - delta``: most clients improve (delta > 0), about one
in seven stays the same, and two get worse.

* ``ucla_ls3`` (20 items, answers 1 = never .. 4 = often): for item j,
  ``y = lambda_j * theta + sqrt(1 - lambda_j**2) * e`` with ``e ~ N(0, 1)``,
  cut at three item thresholds. Negatively worded items answer ``1 + #cuts
  passed``; the positively worded (reverse-keyed) items 1, 5, 6, 9, 10, 15,
  16, 19, 20 answer ``4 - #cuts passed``, so a lonely person answers them LOW.
* ``djg_11`` (11 items, 1 = no, 2 = more or less, 3 = yes): an emotional and a
  social latent, each correlated with ``theta``; emotional (negative) items
  2, 3, 5, 6, 9, 10 answer "yes" when lonely, social (positive) items
  1, 4, 7, 8, 11 answer "no" when lonely.

DJG loadings (0.55..0.80) and thresholds (about 0.1 and 0.9) are set so DJG
follows UCLA without a floor: the two totals correlate about .8 over the
administrations (each DJG scale also has its own noise), and a client whose
UCLA total moves also moves on the DJG.

One story per client
--------------------
The family is drawn first; the social life road is derived from it (the first
child's birth is that child's ``birth_year``, the marriage comes before it, a
partner's death is the partner's ``death_year``), and BPSS findings, problems
and causes that speak of a deceased partner or of living alone are only given
to clients whose family says so (``_fits``). ``casekit validate`` reports no
consistency warning on the result (``casekit/consistency.py``).

About 1 % (UCLA) and 0.7 % (DJG) of answers are blank at random; two UCLA
administrations get 3 and 4 blanks (more than ``max_missing`` = 2, so their
total is missing) and one DJG administration gets 2 blanks; two clients (one
withdrew, one moved) have no post administration at all.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import numpy as np

SEED = 20240922
N_PER_COHORT = 24
COHORTS = ("synthetic-2022", "synthetic-2023", "synthetic-2024")
PREFIX = "SYN"
HERE = Path(__file__).resolve().parent

# Column order of every table (DESIGN.md / casekit/tables.py). An existing file's
# header wins; these are used for files that do not exist yet.
COLUMNS = {
    "clients": [
        "client_id",
        "pseudonym",
        "sex",
        "birth_year",
        "age_at_intake",
        "cluster",
        "region",
        "ethnicity",
        "religion",
        "living_arrangement",
        "cohort",
        "worker",
        "institution",
        "intake_date",
        "consent_date",
        "termination_date",
        "termination_reason",
        "referral_to",
    ],
    "family": [
        "client_id",
        "member_id",
        "label",
        "sex",
        "birth_year",
        "death_year",
        "deceased",
        "relation",
        "father_id",
        "mother_id",
        "partner_id",
        "union",
        "education",
        "occupation",
        "residence",
        "lives_with_client",
        "bond",
        "note",
    ],
    "ecomap": ["client_id", "system", "category", "strength", "flow", "note"],
    "life_events": ["client_id", "year", "age", "event", "valence"],
    "bpss": ["client_id", "domain", "finding", "kind", "source"],
    "body_map": ["client_id", "region", "side", "severity", "note"],
    "problems": ["client_id", "statement", "according_to", "cause", "effect", "focus"],
    "plan": [
        "client_id",
        "activity_id",
        "activity",
        "method",
        "techniques",
        "start_date",
        "end_date",
        "location",
        "objectives",
        "indicator",
    ],
    "sessions": [
        "client_id",
        "session_id",
        "activity_id",
        "stage",
        "date",
        "start_time",
        "end_time",
        "location",
        "participants",
        "group_id",
        "techniques",
        "notes",
    ],
    "evaluation": ["client_id", "activity_id", "process_notes", "outcome_notes", "indicator_met"],
    "responses": ["client_id", "instrument", "timepoint", "date"] + [f"q{i}" for i in range(1, 21)],
    "scores": ["client_id", "instrument", "timepoint", "date", "scale", "score"],
}

UCLA_REVERSE = (1, 5, 6, 9, 10, 15, 16, 19, 20)
DJG_POSITIVE = (1, 4, 7, 8, 11)  # social items: a lonely person answers "no" (1)

REGIONS = {  # region: (weight, {ethnicity: weight})
    "Jakarta Selatan": (0.20, {"Betawi": 35, "Jawa": 30, "Sunda": 15, "Minang": 10, "Batak": 10}),
    "Jakarta Timur": (0.12, {"Betawi": 35, "Jawa": 30, "Sunda": 15, "Minang": 10, "Batak": 10}),
    "Bandung": (0.18, {"Sunda": 80, "Jawa": 12, "Minang": 4, "Batak": 4}),
    "Cimahi": (0.06, {"Sunda": 82, "Jawa": 12, "Batak": 6}),
    "Depok": (0.16, {"Sunda": 40, "Betawi": 25, "Jawa": 25, "Minang": 5, "Batak": 5}),
    "Bekasi": (0.14, {"Sunda": 35, "Betawi": 25, "Jawa": 30, "Minang": 5, "Batak": 5}),
    "Bogor": (0.14, {"Sunda": 70, "Betawi": 10, "Jawa": 15, "Minang": 5}),
}
RELIGION_DEFAULT = {"Islam": 92, "Kristen Protestan": 4, "Katolik": 3, "Buddha": 1}
RELIGION_BATAK = {"Kristen Protestan": 65, "Islam": 25, "Katolik": 10}
LIVING = {"alone": 45, "with_family": 30, "with_spouse": 15, "institution": 5, "other": 5}
CLUSTERS = {
    "lanjut usia terlantar": 45,
    "lanjut usia tinggal sendiri": 25,
    "lanjut usia dengan disabilitas": 15,
    "lanjut usia miskin": 15,
}
REFERRALS = (
    "Posyandu lansia setempat",
    "Kelompok lansia RW",
    "Puskesmas kecamatan",
    "Majelis taklim / persekutuan doa setempat",
    "Dinas Sosial kota",
)
INITIALS = "ABDEFGHIKLMNPRSTUWY"

ACTIVITIES = [  # activity, method, techniques, location, objectives, indicator
    (
        "Konseling individu",
        "casework",
        "small talk;advice giving and counselling",
        "Rumah klien",
        "Klien memahami masalah, kekuatan dan kelemahannya",
        "Klien dapat menceritakan dan menerima masalahnya",
    ),
    (
        "Terapi kenangan (kelompok)",
        "groupwork",
        "small talk;facilitation of expression of feelings",
        "Balai RW",
        "Mengenang masa indah dan mengurangi kesepian",
        "Klien hadir dan berbagi cerita dalam kelompok",
    ),
    (
        "Kelompok bantu diri",
        "groupwork",
        "facilitation of expression of feelings",
        "Balai RW",
        "Saling berbagi pengalaman dan dukungan antarlansia",
        "Klien aktif berbagi dalam kelompok",
    ),
    (
        "Pendampingan sosialisasi",
        "casework",
        "small talk",
        "Lingkungan RT",
        "Menghubungkan klien dengan tetangga dan warga",
        "Klien mau berkumpul dengan warga",
    ),
    (
        "Pendampingan ibadah",
        "casework",
        "small talk;advice giving",
        "Tempat ibadah setempat",
        "Menguatkan kehidupan spiritual klien",
        "Klien beribadah bersama jamaah/jemaat",
    ),
    (
        "Pendampingan pemeriksaan kesehatan",
        "casework",
        "advice giving",
        "Posyandu lansia",
        "Mengetahui kondisi kesehatan klien",
        "Klien memeriksakan kesehatan secara rutin",
    ),
    (
        "Pemberian penguatan dan motivasi",
        "casework",
        "small talk;support",
        "Rumah klien",
        "Klien lebih bersemangat dan percaya diri",
        "Klien menyatakan lebih bersemangat",
    ),
    (
        "Terapi kursi kosong",
        "casework",
        "ventilation;role play",
        "Rumah klien",
        "Mengungkapkan perasaan yang dipendam",
        "Klien merasa lega setelah mengungkapkan perasaan",
    ),
]

BPSS = {
    "biological": [
        ("Tekanan darah tinggi", "problem"),
        ("Nyeri lutut saat berjalan", "problem"),
        ("Penglihatan mulai kabur", "problem"),
        ("Masih kuat berjalan kaki setiap pagi", "strength"),
        ("Asam urat kambuh sesekali", "problem"),
        ("Nafsu makan baik", "strength"),
    ],
    "psychological": [
        ("Sering merasa sendiri dan sedih", "problem"),
        ("Mudah cemas memikirkan masa depan", "problem"),
        ("Rindu kepada pasangan yang sudah meninggal", "problem"),
        ("Mau bercerita bila ada yang mendengarkan", "strength"),
        ("Sabar dan pandai bersyukur", "strength"),
    ],
    "social": [
        ("Jarang dikunjungi anak", "problem"),
        ("Jarang keluar rumah", "problem"),
        ("Dibantu tetangga untuk kebutuhan sehari-hari", "strength"),
        ("Pernah aktif di kegiatan RT", "strength"),
        ("Merasa tidak diterima sebagian warga", "problem"),
    ],
    "spiritual": [
        ("Rutin beribadah di rumah", "strength"),
        ("Jarang ke tempat ibadah karena sulit berjalan", "problem"),
        ("Aktif di kelompok pengajian/persekutuan", "strength"),
        ("Merasa jauh dari Tuhan", "problem"),
    ],
}
BODY = [
    ("left_knee", "Nyeri lutut kiri"),
    ("right_knee", "Nyeri lutut kanan"),
    ("lower_back", "Pegal punggung bawah"),
    ("head", "Sering pusing"),
    ("left_foot", "Kaki kiri bengkak (asam urat)"),
    ("chest", "Sesak bila lelah"),
]
PROBLEMS_CLIENT = (
    "Merasa kesepian sejak tinggal sendiri",
    "Merasa tidak ada yang peduli",
    "Sedih karena jarang bertemu anak dan cucu",
    "Bosan dan tidak punya kegiatan",
)
PROBLEMS_WORKER = (
    "Klien terisolasi dari lingkungan sekitar",
    "Dukungan keluarga lemah",
    "Jaringan sosial klien sempit",
    "Klien memendam kesedihan setelah ditinggal pasangan",
)
CAUSES = (
    "Pasangan meninggal dan anak tinggal jauh",
    "Sulit berjalan sehingga jarang keluar rumah",
    "Pindah ke lingkungan baru",
    "Berhenti bekerja dan kehilangan teman kerja",
)
EFFECTS = (
    "Klien sering menyendiri dan sedih",
    "Klien jarang makan teratur",
    "Klien menarik diri dari kegiatan warga",
)


def _fits(text: str, widowed: bool, living: str) -> bool:
    """Does a BPSS finding, problem or cause fit this client's family story?"""
    low = text.lower()
    if not widowed and ("pasangan" in low and ("meninggal" in low or "ditinggal" in low)):
        return False
    if living != "alone" and "tinggal sendiri" in low:
        return False
    return True


def _fitting(seq, index: int, widowed: bool, living: str, taken=()) -> int:
    """``index`` if ``seq[index]`` fits the story, else the next entry that does (no draw)."""
    for step in range(len(seq)):
        k = (index + step) % len(seq)
        text = seq[k][0] if isinstance(seq[k], tuple) else seq[k]
        if k not in taken and _fits(text, widowed, living):
            return k
    return index


def _pick(rng, weights: dict):
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _date(day: np.datetime64) -> str:
    return str(day)


def _time(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _ucla(rng, theta, loadings, cuts):
    """One administration of 20 answers (1..4) for a latent theta."""
    y = loadings * theta + np.sqrt(1 - loadings**2) * rng.standard_normal(20)
    passed = (y[:, None] > cuts).sum(axis=1)
    answers = 1 + passed
    for item in UCLA_REVERSE:
        answers[item - 1] = 4 - passed[item - 1]
    return answers


def _djg(rng, emo, soc, loadings, cuts):
    """One administration of 11 answers (1 = no, 2 = more or less, 3 = yes)."""
    latent = np.array([soc if i + 1 in DJG_POSITIVE else emo for i in range(11)])
    y = loadings * latent + np.sqrt(1 - loadings**2) * rng.standard_normal(11)
    passed = (y[:, None] > cuts).sum(axis=1)
    answers = 1 + passed
    for item in DJG_POSITIVE:
        answers[item - 1] = 3 - passed[item - 1]
    return answers


def generate() -> dict[str, list[dict]]:
    """Return the synthetic rows of every table (deterministic)."""
    rng = np.random.default_rng(SEED)
    out: dict[str, list[dict]] = {name: [] for name in COLUMNS}
    n = N_PER_COHORT * len(COHORTS)

    # fixed item parameters
    ucla_load = rng.uniform(0.50, 0.75, 20)
    ucla_cuts = np.sort(np.array([-0.4, 0.4, 1.3]) + rng.normal(0, 0.25, (20, 3)), axis=1)
    djg_load = rng.uniform(0.55, 0.80, 11)
    djg_cuts = np.sort(np.array([0.1, 0.9]) + rng.normal(0, 0.25, (11, 2)), axis=1)

    # who changes how: 2 get worse, ~1 in 7 unchanged, the rest improve
    order = rng.permutation(n)
    worse = set(order[:2].tolist())
    unchanged = set(order[2:12].tolist())
    no_post = {int(order[12]): "withdrew", int(order[13]): "moved"}
    many_blanks = {int(order[14]): 3, int(order[15]): 4}  # UCLA administrations (pre)
    djg_two_blanks = int(order[16])

    for i in range(n):
        cid = f"{PREFIX}{i + 1:03d}"
        cohort_idx = i // N_PER_COHORT
        year = 2022 + cohort_idx
        sex = "female" if rng.random() < 0.58 else "male"
        age = int(min(85, 60 + round(abs(rng.normal(0, 9)))))
        birth_year = year - age
        region = _pick(rng, {k: v[0] for k, v in REGIONS.items()})
        ethnicity = _pick(rng, REGIONS[region][1])
        religion = _pick(rng, RELIGION_BATAK if ethnicity == "Batak" else RELIGION_DEFAULT)
        living = _pick(rng, LIVING)
        cluster = _pick(rng, CLUSTERS)
        worker = f"Praktikan {year % 100:02d}-{(i % N_PER_COHORT) // 3 + 1}"
        institution = f"Lembaga praktik sintetis {'ABC'[int(rng.integers(3))]}"
        intake = np.datetime64(f"{year}-08-12") + int(rng.integers(0, 30))
        consent = intake + int(rng.integers(1, 7))
        pre_day = consent + int(rng.integers(0, 4))
        termination = intake + int(rng.integers(30, 42))
        post_day = termination - int(rng.integers(0, 3))
        draw = rng.random()
        reason = no_post.get(i) or ("referred" if draw < 0.3 or i in worse else "goals_met")
        if reason in ("withdrew", "moved"):
            termination = pre_day + int(rng.integers(8, 15))
        referral = REFERRALS[int(rng.integers(len(REFERRALS)))] if reason == "referred" else ""
        if i in worse:
            referral = "Puskesmas kecamatan (layanan psikologi)"
        title = "Ibu" if sex == "female" else "Bapak"
        pseudonym = f"{title} {INITIALS[int(rng.integers(len(INITIALS)))]} (sintetis)"
        out["clients"].append(
            {
                "client_id": cid,
                "pseudonym": pseudonym,
                "sex": sex,
                "birth_year": birth_year,
                "age_at_intake": age,
                "cluster": cluster,
                "region": region,
                "ethnicity": ethnicity,
                "religion": religion,
                "living_arrangement": living,
                "cohort": COHORTS[cohort_idx],
                "worker": worker,
                "institution": institution,
                "intake_date": _date(intake),
                "consent_date": _date(consent),
                "termination_date": _date(termination),
                "termination_reason": reason,
                "referral_to": referral,
            }
        )

        # --- questionnaires -----------------------------------------------------------
        theta = rng.normal(0.8, 0.9)
        if i in worse:
            delta = -rng.uniform(0.9, 1.2)
        elif i in unchanged:
            delta = rng.normal(0.0, 0.1)
        else:
            delta = rng.normal(1.1, 0.25) + 0.35 * (theta - 0.8)  # higher pre, larger gain
        for tp, th, day in (("pre", theta, pre_day), ("post", theta - delta, post_day)):
            emo = th + 0.45 * rng.standard_normal()
            soc = th + 0.45 * rng.standard_normal()
            ucla = _ucla(rng, th, ucla_load, ucla_cuts).astype(object)
            djg = _djg(rng, emo, soc, djg_load, djg_cuts).astype(object)
            ucla[rng.random(20) < 0.01] = ""
            djg[rng.random(11) < 0.007] = ""
            if tp == "pre" and i in many_blanks:
                ucla[rng.choice(20, many_blanks[i], replace=False)] = ""
            if tp == "post" and i == djg_two_blanks:
                djg[rng.choice(11, 2, replace=False)] = ""
            if tp == "post" and i in no_post:
                continue
            base = {"client_id": cid, "timepoint": tp, "date": _date(day)}
            out["responses"].append(
                {**base, "instrument": "ucla_ls3", **{f"q{k + 1}": ucla[k] for k in range(20)}}
            )
            out["responses"].append(
                {**base, "instrument": "djg_11", **{f"q{k + 1}": djg[k] for k in range(11)}}
            )

        # --- family (genogram) ---------------------------------------------------------
        widowed = living == "alone" and rng.random() < 0.7 or living == "institution"
        spouse_sex = "male" if sex == "female" else "female"
        union = (
            "widowed"
            if widowed
            else ("married" if living == "with_spouse" or rng.random() < 0.5 else "divorced")
        )
        out["family"].append(
            {
                "client_id": cid,
                "member_id": "KLIEN",
                "label": pseudonym,
                "sex": sex,
                "birth_year": birth_year,
                "deceased": "no",
                "relation": "self",
                "partner_id": "PASANGAN",
                "union": union,
                "residence": region,
            }
        )
        spouse_birth = birth_year + int(rng.integers(-6, 5))
        death = int(rng.integers(max(spouse_birth + 50, year - 20), year)) if widowed else ""
        out["family"].append(
            {
                "client_id": cid,
                "member_id": "PASANGAN",
                "label": "Suami" if sex == "female" else "Istri",
                "sex": spouse_sex,
                "birth_year": spouse_birth,
                "death_year": death,
                "deceased": "yes" if widowed else "no",
                "relation": "spouse",
                "partner_id": "KLIEN",
                "union": union,
                "lives_with_client": "yes" if living == "with_spouse" else "no",
                "bond": "close" if union != "divorced" else "distant",
            }
        )
        father, mother = ("KLIEN", "PASANGAN") if sex == "male" else ("PASANGAN", "KLIEN")
        kid_births = []
        for k in range(int(rng.integers(1, 4))):
            csex = "female" if rng.random() < 0.5 else "male"
            lives = living == "with_family" and k == 0
            kid_births.append(birth_year + 23 + 3 * k + int(rng.integers(0, 4)))
            out["family"].append(
                {
                    "client_id": cid,
                    "member_id": f"ANAK{k + 1}",
                    "label": f"Anak {k + 1} ({'P' if csex == 'female' else 'L'})",
                    "sex": csex,
                    "birth_year": kid_births[-1],
                    "deceased": "no",
                    "relation": "child",
                    "father_id": father,
                    "mother_id": mother,
                    "occupation": [
                        "Karyawan swasta",
                        "Pedagang",
                        "Ibu rumah tangga",
                        "Buruh",
                        "Guru",
                    ][int(rng.integers(5))],
                    "residence": region
                    if lives
                    else list(REGIONS)[int(rng.integers(len(REGIONS)))],
                    "lives_with_client": "yes" if lives else "no",
                    "bond": ["close", "normal", "distant", "distant", "conflict"][
                        int(rng.integers(5))
                    ],
                }
            )

        # --- ecomap -------------------------------------------------------------------
        religious = {
            "Islam": "Majelis taklim",
            "Kristen Protestan": "Gereja",
            "Katolik": "Gereja",
            "Buddha": "Vihara",
        }[religion]
        pool = [
            ("Anak", "family"),
            ("Tetangga", "neighbour"),
            ("Ketua RT", "neighbour"),
            ("Kader lansia", "community"),
            ("Posyandu lansia", "health"),
            ("Puskesmas", "health"),
            (religious, "religious"),
            ("Teman lama", "friend"),
        ]
        for j in rng.choice(len(pool), int(rng.integers(3, 6)), replace=False):
            system, category = pool[int(j)]
            out["ecomap"].append(
                {
                    "client_id": cid,
                    "system": system,
                    "category": category,
                    "strength": _pick(rng, {"strong": 3, "moderate": 3, "weak": 3, "stressful": 1}),
                    "flow": _pick(rng, {"to_client": 4, "both": 3, "from_client": 1}),
                    "note": "data sintetis",
                }
            )

        # --- social life road ---------------------------------------------------------
        # one story: the first child's birth is the year in family.csv, the marriage
        # comes before it, a partner's death is the partner's death_year
        wed = int(rng.integers(20, 29))
        first_child = min(kid_births)
        married = min(birth_year + wed, first_child - 1)
        events = [
            (birth_year, 0, "Lahir", 2),
            (married, married - birth_year, "Menikah", 4),
            (first_child, first_child - birth_year, "Anak pertama lahir", 4),
        ]
        if rng.random() < 0.7:
            ret = int(rng.integers(55, 61))
            events.append((birth_year + ret, ret, "Berhenti bekerja / pensiun", -1))
        if widowed and death:
            events.append((death, death - birth_year, "Pasangan meninggal dunia", -5))
        if rng.random() < 0.5:
            events.append((year - 1, age - 1, "Sakit dan jarang keluar rumah", -3))
        events.append((year, age, "Ikut program pendampingan lansia", 2))
        if i in worse:
            events.append((year, age, "Kehilangan orang dekat selama masa pendampingan", -4))
        for y, a, event, valence in sorted(events, key=lambda e: e[1]):
            out["life_events"].append(
                {"client_id": cid, "year": y, "age": a, "event": event, "valence": valence}
            )

        # --- BPSS, body map, problems -------------------------------------------------
        for domain, findings in BPSS.items():
            taken: list[int] = []
            for j in rng.choice(len(findings), int(rng.integers(1, 3)), replace=False):
                k = _fitting(findings, int(j), widowed, living, taken)
                taken.append(k)
                finding, kind = findings[k]
                out["bpss"].append(
                    {
                        "client_id": cid,
                        "domain": domain,
                        "finding": finding,
                        "kind": kind,
                        "source": "wawancara (sintetis)",
                    }
                )
        if rng.random() < 0.5:
            for j in rng.choice(len(BODY), int(rng.integers(1, 3)), replace=False):
                region_, note = BODY[int(j)]
                out["body_map"].append(
                    {
                        "client_id": cid,
                        "region": region_,
                        "side": "back" if region_ == "lower_back" else "front",
                        "severity": int(rng.integers(2, 9)),
                        "note": note,
                    }
                )
        out["problems"].append(
            {
                "client_id": cid,
                "statement": PROBLEMS_CLIENT[
                    _fitting(
                        PROBLEMS_CLIENT, int(rng.integers(len(PROBLEMS_CLIENT))), widowed, living
                    )
                ],
                "according_to": "client",
                "focus": "no",
            }
        )
        out["problems"].append(
            {
                "client_id": cid,
                "statement": PROBLEMS_WORKER[
                    _fitting(
                        PROBLEMS_WORKER, int(rng.integers(len(PROBLEMS_WORKER))), widowed, living
                    )
                ],
                "according_to": "worker",
                "cause": CAUSES[
                    _fitting(CAUSES, int(rng.integers(len(CAUSES))), widowed, living)
                ],
                "effect": EFFECTS[int(rng.integers(len(EFFECTS)))],
                "focus": "yes",
            }
        )

        # --- plan, sessions, evaluation -----------------------------------------------
        last = termination - 1 if reason in ("withdrew", "moved") else post_day - 1
        first = pre_day + 3
        chosen = rng.choice(len(ACTIVITIES), int(rng.integers(2, 4)), replace=False)
        sessions = [
            ("", "intake", intake, "Pertemuan awal dan penjelasan maksud praktikan", "small talk"),
            ("", "contract", consent, "Kontrak; informed consent ditandatangani", ""),
            (
                "",
                "assessment",
                pre_day,
                "Wawancara asesmen; pengisian kuesioner kesepian (pre)",
                "small talk;ventilation",
            ),
        ]
        for k, j in enumerate(chosen):
            act, method, tech, loc, obj, ind = ACTIVITIES[int(j)]
            aid = f"A{k + 1}"
            span = max(int((last - first) / np.timedelta64(1, "D")), 1)
            days = sorted(
                first + int(d) for d in rng.choice(span + 1, int(rng.integers(1, 3)), replace=False)
            )
            out["plan"].append(
                {
                    "client_id": cid,
                    "activity_id": aid,
                    "activity": act,
                    "method": method,
                    "techniques": tech,
                    "start_date": _date(days[0]),
                    "end_date": _date(days[-1]),
                    "location": loc,
                    "objectives": obj,
                    "indicator": ind,
                }
            )
            for d in days:
                sessions.append((aid, "intervention", d, f"{act}; data sintetis", tech))
            if reason not in ("withdrew", "moved"):
                met = "no" if i in worse else _pick(rng, {"yes": 6, "partly": 3, "no": 1})
                out["evaluation"].append(
                    {
                        "client_id": cid,
                        "activity_id": aid,
                        "process_notes": "Klien awalnya ragu, lalu mulai mengikuti kegiatan",
                        "outcome_notes": {
                            "yes": "Indikator tercapai",
                            "partly": "Indikator tercapai sebagian",
                            "no": "Indikator belum tercapai",
                        }[met],
                        "indicator_met": met,
                    }
                )
        if reason in ("withdrew", "moved"):
            why = "mengundurkan diri" if reason == "withdrew" else "pindah domisili"
            sessions.append(
                ("", "termination", termination, f"Klien {why}; tidak ada pengukuran post", "")
            )
        else:
            sessions.append(
                ("", "evaluation", post_day, "Evaluasi; pengisian kuesioner kesepian (post)", "")
            )
            sessions.append(
                (
                    "",
                    "termination",
                    termination,
                    "Terminasi dan rujukan" if referral else "Terminasi; tujuan tercapai",
                    "",
                )
            )
        rank = {
            "intake": 0,
            "contract": 1,
            "assessment": 2,
            "intervention": 3,
            "evaluation": 4,
            "termination": 5,
        }
        sessions.sort(key=lambda s: (s[2], rank[s[1]]))
        previous_day, previous_end = None, 0
        for k, (aid, stage, day, notes, tech) in enumerate(sessions, 1):
            start = 8 * 60 + 30 * int(rng.integers(0, 14))
            end = start + 30 * int(rng.integers(1, 4))
            if day == previous_day and start < previous_end + 30:  # same day: keep the order
                start, end = previous_end + 30, previous_end + 30 + (end - start)
            previous_day, previous_end = day, end
            group = stage == "intervention" and "kelompok" in notes.lower()
            out["sessions"].append(
                {
                    "client_id": cid,
                    "session_id": str(k),
                    "activity_id": aid,
                    "stage": stage,
                    "date": _date(day),
                    "start_time": _time(start),
                    "end_time": _time(end),
                    "location": "Balai RW" if group else "Rumah klien",
                    "participants": "Klien;kelompok lansia" if group else "Klien",
                    "group_id": f"G{year}" if group else "",
                    "techniques": tech,
                    "notes": notes,
                }
            )
    return out


def _read(path: Path) -> tuple[list[str] | None, list[dict]]:
    if not path.exists():
        return None, []
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


def write(folder: Path) -> dict[str, int]:
    """Rewrite every table in ``folder`` as its non-SYN rows + the synthetic rows."""
    folder.mkdir(parents=True, exist_ok=True)
    synthetic = generate()
    counts = {}
    for name, default_cols in COLUMNS.items():
        path = folder / f"{name}.csv"
        header, rows = _read(path)
        kept = [r for r in rows if not (r.get("client_id") or "").startswith(PREFIX)]
        new = synthetic[name]
        if header is None and not new:
            continue
        columns = list(header or default_cols)
        for col in default_cols:
            if any(col in r for r in new) and col not in columns:
                columns.append(col)
        tmp = path.with_suffix(".csv.tmp")
        with tmp.open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n", restval="")
            w.writeheader()
            w.writerows(kept)
            w.writerows(new)
        tmp.replace(path)
        counts[name] = len(new)
    return counts


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    counts = write(target)
    print(f"wrote synthetic rows to {target}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))

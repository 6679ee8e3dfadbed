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

import datetime as _dt
import os
import re
import string

from .errors import ParameterError

__all__ = [
    "LANGS",
    "LABELS",
    "MONTHS",
    "MONTHS_SHORT",
    "Msg",
    "t",
    "check_lang",
    "default_lang",
    "fmt_number",
    "fmt_p",
    "fmt_date",
    "fmt_month",
    "msg",
    "tr",
    "vocab",
    "timepoint_label",
    "scale_label",
    "instrument_name",
    "category_label",
    "separators",
    "date_ticks",
]

LANGS = ("id", "en")

LABELS: dict[str, dict[str, str]] = {
    # --- general -----------------------------------------------------------
    "client": {"id": "Klien", "en": "Client"},
    "clients": {"id": "Klien", "en": "Clients"},
    "sessions": {"id": "Sesi", "en": "Sessions"},
    "casebook": {"id": "Buku kasus", "en": "Casebook"},
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
    "distant": {"id": "renggang", "en": "distant"},
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
    "worker": {"id": "praktikan", "en": "student worker"},
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
    # timepoints (i18n.timepoint_label): the seed's "sebelum/sesudah"
    "tp_pre": {"id": "sebelum", "en": "before"},
    "tp_post": {"id": "sesudah", "en": "after"},
    "tp_follow_up": {"id": "tindak lanjut", "en": "follow-up"},
    # built-in instruments by name, never by id (i18n.instrument_name)
    "inst_ucla_ls3": {
        "id": "Skala Kesepian UCLA versi 3 (20 butir)",
        "en": "UCLA Loneliness Scale, Version 3 (20 items)",
    },
    "inst_ucla_3": {
        "id": "Skala Kesepian UCLA 3 butir",
        "en": "UCLA 3-item Loneliness Scale",
    },
    "inst_djg_11": {
        "id": "Skala Kesepian De Jong Gierveld (11 butir)",
        "en": "De Jong Gierveld Loneliness Scale (11 items)",
    },
    "inst_djg_11_5": {
        "id": "Skala Kesepian De Jong Gierveld (11 butir, 5 pilihan jawaban)",
        "en": "De Jong Gierveld Loneliness Scale (11 items, 5 answer options)",
    },
    "inst_djg_6": {
        "id": "Skala Kesepian De Jong Gierveld (6 butir)",
        "en": "De Jong Gierveld Loneliness Scale (6 items)",
    },
    # --- scoring and change (scoring.py, change.py, cohort.py) ---------------
    # change classes (values of change()'s reliable_change / clinical_status)
    "recovered": {"id": "pulih", "en": "recovered"},
    "improved": {"id": "membaik", "en": "improved"},
    "unchanged": {"id": "tidak berubah", "en": "unchanged"},
    "deteriorated": {"id": "memburuk", "en": "deteriorated"},
    "harmed": {"id": "memburuk hingga rentang bermasalah", "en": "harmed"},
    # column headers of score(), change(), cohort_summary()
    "sc_instrument": {"id": "Instrumen", "en": "Instrument"},
    "sc_timepoint": {"id": "Waktu pengukuran", "en": "Timepoint"},
    "sc_scale": {"id": "Skala", "en": "Scale"},
    "sc_total": {"id": "total", "en": "total"},
    "sc_emotional": {"id": "kesepian emosional", "en": "emotional loneliness"},
    "sc_social": {"id": "kesepian sosial", "en": "social loneliness"},
    "sc_score": {"id": "Skor", "en": "Score"},
    "sc_items_answered": {"id": "Butir terjawab", "en": "Items answered"},
    "sc_prorated": {"id": "Skor disesuaikan (ada butir kosong)", "en": "Prorated (blank items)"},
    "sc_category": {"id": "Kategori", "en": "Category"},
    "sc_missing_reason": {"id": "Alasan skor kosong", "en": "Why the score is missing"},
    "sc_pre": {"id": "Sebelum", "en": "Before"},
    "sc_post": {"id": "Sesudah", "en": "After"},
    "sc_diff": {"id": "Selisih (sesudah - sebelum)", "en": "Difference (after - before)"},
    "sc_rci": {"id": "Indeks perubahan reliabel (RCI)", "en": "Reliable change index (RCI)"},
    "sc_reliable_change": {"id": "Perubahan reliabel", "en": "Reliable change"},
    "sc_cutoff": {"id": "Titik potong klinis", "en": "Clinical cutoff"},
    "sc_clinical_status": {"id": "Status klinis", "en": "Clinical status"},
    "sc_rc_threshold": {
        "id": "Perubahan minimal agar reliabel (poin skor)",
        "en": "Change needed to be reliable (score points)",
    },
    "sc_reliability": {"id": "Reliabilitas", "en": "Reliability"},
    "sc_sd_source": {"id": "Sumber SD awal", "en": "Source of the pre-score SD"},
    "sc_norms": {"id": "norma terbitan", "en": "published norms"},
    "sc_sample": {"id": "sampel sendiri (skor sebelum)", "en": "own sample (pre scores)"},
    "sc_not_computable": {"id": "Tidak dapat dihitung karena", "en": "Not computable because"},
    "sc_no_reliability": {
        "id": "reliabilitas instrumen tidak diketahui, jadi RCI tidak dapat dihitung",
        "en": "the instrument's reliability is not known, so no RCI can be computed",
    },
    "sc_n": {"id": "Jumlah klien (pasangan lengkap)", "en": "Clients (complete pairs)"},
    "sc_mean_diff": {"id": "Rata-rata selisih", "en": "Mean difference"},
    "sc_ci95": {"id": "IK 95%", "en": "95% CI"},
    "sc_t_test": {"id": "Uji t berpasangan", "en": "Paired t-test"},
    "sc_wilcoxon": {"id": "Uji peringkat bertanda Wilcoxon", "en": "Wilcoxon signed-rank test"},
    "sc_d_z": {"id": "d_z (ukuran efek)", "en": "d_z (effect size)"},
    "sc_d_av": {"id": "d_av (ukuran efek)", "en": "d_av (effect size)"},
    "sc_g_av": {"id": "g_av Hedges (terkoreksi)", "en": "Hedges' g_av (corrected)"},
    "sc_alpha": {"id": "Alfa Cronbach", "en": "Cronbach's alpha"},
    "sc_age_band": {"id": "Kelompok usia", "en": "Age band"},
    "sc_suppressed": {
        "id": "disembunyikan (terlalu sedikit klien)",
        "en": "suppressed (too few clients)",
    },
    # --- figures (casekit/figures/) -----------------------------------------
    "fig_no_data": {"id": "Tidak ada data untuk digambar", "en": "No data to draw"},
    "fig_no_family": {
        "id": "belum ada catatan keluarga untuk klien ini",
        "en": "no family members recorded for this client yet",
    },
    "fig_no_ecomap": {
        "id": "belum ada catatan ecomap untuk klien ini",
        "en": "no ecomap ties recorded for this client yet",
    },
    "fig_no_life_events": {
        "id": "belum ada catatan peristiwa hidup untuk klien ini",
        "en": "no life events recorded for this client yet",
    },
    "fig_no_body_map": {
        "id": "belum ada catatan peta tubuh untuk klien ini",
        "en": "no body map recorded for this client yet",
    },
    "fig_no_bpss": {
        "id": "belum ada catatan keberfungsian BPSS untuk klien ini",
        "en": "no BPSS findings recorded for this client yet",
    },
    "fig_no_sessions": {
        "id": "belum ada catatan sesi maupun rancangan program untuk klien ini",
        "en": "no sessions or planned activities recorded for this client yet",
    },
    "fig_no_dates": {
        "id": (
            "rancangan program belum bertanggal dan belum ada sesi: isi start_date dan "
            "end_date di plan.csv, atau catat sesi bertanggal di sessions.csv"
        ),
        "en": (
            "the plan has no dates and there are no sessions yet: fill start_date and "
            "end_date in plan.csv, or record dated sessions in sessions.csv"
        ),
    },
    "fig_no_scores": {
        "id": "belum ada skor kuesioner untuk klien ini",
        "en": "no questionnaire scores for this client yet",
    },
    "fig_genogram": {"id": "Genogram", "en": "Genogram"},
    "fig_ecomap": {"id": "Ecomap", "en": "Ecomap"},
    "fig_life_road": {"id": "Jalan kehidupan sosial", "en": "Social life road"},
    "fig_body_map": {"id": "Peta tubuh", "en": "Body map"},
    "fig_bpss": {
        "id": "Keberfungsian bio-psiko-sosial-spiritual",
        "en": "Bio-psycho-social-spiritual functioning",
    },
    "fig_timeline": {"id": "Garis waktu pertolongan", "en": "Timeline of the helping process"},
    "fig_prepost": {"id": "Skor sebelum dan sesudah", "en": "Scores before and after"},
    "fig_household": {"id": "tinggal serumah dengan klien", "en": "lives with the client"},
    "fig_union": {"id": "pasangan", "en": "couple"},
    "fig_relation": {"id": "Hubungan", "en": "Relation"},
    "fig_sex": {"id": "Jenis kelamin", "en": "Sex"},
    "fig_born": {"id": "Lahir", "en": "Born"},
    "fig_died": {"id": "Meninggal", "en": "Died"},
    "fig_age": {"id": "Usia", "en": "Age"},
    "fig_education": {"id": "Pendidikan", "en": "Education"},
    "fig_occupation": {"id": "Pekerjaan", "en": "Occupation"},
    "fig_residence": {"id": "Tempat tinggal", "en": "Residence"},
    "fig_lives_with_client": {"id": "Tinggal serumah dengan klien", "en": "Lives with the client"},
    "fig_bond": {"id": "Kedekatan", "en": "Bond"},
    "fig_note": {"id": "Catatan", "en": "Note"},
    "fig_strength": {"id": "Kekuatan hubungan", "en": "Strength of the tie"},
    "fig_category": {"id": "Kategori", "en": "Category"},
    "fig_flow": {"id": "Arah energi", "en": "Flow of energy"},
    "fig_zigzag": {"id": "(garis zigzag)", "en": "(zigzag line)"},
    "fig_cut_line": {"id": "(garis terpotong)", "en": "(cut line)"},
    "fig_good_times": {"id": "masa baik", "en": "good times"},
    "fig_bad_times": {"id": "masa sulit", "en": "bad times"},
    "fig_year": {"id": "Tahun", "en": "Year"},
    "fig_valence": {"id": "Nilai (-5 buruk .. +5 baik)", "en": "Valence (-5 bad .. +5 good)"},
    "fig_events_without_time": {
        "id": "{n} peristiwa tidak digambar: tidak ada tahun/usia yang dapat dipakai di sumbu ini (isi tahun lahir klien)",
        "en": "{n} event(s) not drawn: no year or age usable on this axis (fill in the client's year of birth)",
    },
    "fig_left": {"id": "kiri", "en": "left"},
    "fig_severity_missing": {"id": "tingkat sakit tidak dicatat", "en": "severity not recorded"},
    "fig_none_recorded": {"id": "belum ada catatan", "en": "nothing recorded"},
    "fig_planned": {"id": "rancangan program", "en": "planned activity"},
    "fig_jacobson": {
        "id": "Plot Jacobson (sebelum vs sesudah)",
        "en": "Jacobson plot (pre vs post)",
    },
    "fig_dumbbell": {
        "id": "Skor sebelum dan sesudah per klien",
        "en": "Pre and post score per client",
    },
    "fig_transitions": {
        "id": "Perpindahan kategori sebelum → sesudah",
        "en": "Category transitions pre → post",
    },
    "fig_forest": {
        "id": "Besar efek per kelompok (IK 95%)",
        "en": "Effect size by subgroup (95% CI)",
    },
    "fig_no_pairs": {
        "id": "tidak ada klien dengan skor sebelum dan sesudah",
        "en": "no client has both a pre and a post score",
    },
    "fig_rc_band_short": {
        "id": "tanpa perubahan reliabel (±{rc})",
        "en": "no reliable change (±{rc})",
    },
    "fig_no_change": {"id": "tidak berubah (sesudah = sebelum)", "en": "no change (post = pre)"},
    "fig_better_below": {
        "id": "di bawah garis diagonal = membaik",
        "en": "below the diagonal = better",
    },
    "fig_better_above": {
        "id": "di atas garis diagonal = membaik",
        "en": "above the diagonal = better",
    },
    "fig_score_pre": {"id": "Skor sebelum", "en": "Pre score"},
    "fig_score_post": {"id": "Skor sesudah", "en": "Post score"},
    "fig_sankey_note": {
        "id": "Biru = pindah ke kategori lebih baik, jingga = lebih buruk, abu-abu = tetap",
        "en": "Blue = moved to a better band, orange = worse, grey = same band",
    },
    "fig_suppressed": {
        "id": "disembunyikan: terlalu sedikit klien",
        "en": "suppressed: too few clients",
    },
    "fig_group_hidden": {
        "id": "kurang dari {k} klien, tidak ditampilkan",
        "en": "fewer than {k} clients, not shown",
    },
    "fig_flows_hidden": {
        "id": "Alur dengan kurang dari {k} klien tidak ditampilkan (kontrol pengungkapan).",
        "en": "Flows of fewer than {k} clients are not shown (disclosure control).",
    },
    "fig_all_clients": {"id": "semua klien", "en": "all clients"},
    "fig_effect_note_worse": {
        "id": "Skor tinggi = lebih kesepian: efek negatif berarti membaik",
        "en": "Higher score = worse: a negative effect is an improvement",
    },
    "fig_effect_note_better": {
        "id": "Skor tinggi = lebih baik: efek positif berarti membaik",
        "en": "Higher score = better: a positive effect is an improvement",
    },
    "fig_effect_g_av": {"id": "Hedges g_av (sesudah − sebelum)", "en": "Hedges' g_av (post − pre)"},
    "fig_effect_d_av": {"id": "Cohen d_av (sesudah − sebelum)", "en": "Cohen's d_av (post − pre)"},
    "fig_effect_d_z": {"id": "Cohen d_z (sesudah − sebelum)", "en": "Cohen's d_z (post − pre)"},
    "fig_effect_mean_diff": {
        "id": "Rerata selisih (sesudah − sebelum)",
        "en": "Mean difference (post − pre)",
    },
    "fig_no_range": {
        "id": "Rentang skor instrumen tidak diketahui: sumbu hanya mengikuti skor yang ada",
        "en": "The instrument's score range is unknown: the axis only spans the scores present",
    },
    "fig_no_categories": {
        "id": "Instrumen tidak punya kategori skor: pita kategori tidak digambar",
        "en": "The instrument defines no score categories: no bands drawn",
    },
    "fig_no_cutoff": {
        "id": "Batas fungsional tidak dapat dihitung untuk instrumen ini",
        "en": "The functional cutoff cannot be computed for this instrument",
    },
    "fig_no_reliability": {
        "id": "Reliabilitas instrumen tidak diketahui: perubahan reliabel (RCI) tidak dapat dihitung",
        "en": "The instrument's reliability is unknown: reliable change (RCI) cannot be computed",
    },
    "fig_cutoff": {"id": "batas fungsional", "en": "functional cutoff"},
    "fig_rc_band": {
        "id": "pita tanpa perubahan reliabel (sebelum ± {rc})",
        "en": "no reliable change band (pre ± {rc})",
    },
    "fig_score": {"id": "Skor", "en": "Score"},
    "fig_timepoint": {"id": "Waktu pengukuran", "en": "Timepoint"},
    "fig_higher_worse": {"id": "makin tinggi makin buruk", "en": "higher is worse"},
    "fig_higher_better": {"id": "makin tinggi makin baik", "en": "higher is better"},
    "fig_better": {"id": "membaik", "en": "better"},
    "fig_worse": {"id": "memburuk", "en": "worse"},
    "fig_same": {"id": "tetap", "en": "the same"},
    "fig_verdict_scores": {
        "id": "Sebelum {pre}, sesudah {post} (selisih {diff}): {word}",
        "en": "Before {pre}, after {post} (difference {diff}): {word}",
    },
    "fig_verdict_missing": {
        "id": "Skor '{pre}' dan '{post}' belum lengkap: perubahan belum dapat dinilai",
        "en": "Scores '{pre}' and '{post}' are not both present: change cannot be judged yet",
    },
    "fig_rc_improved": {"id": "membaik secara reliabel", "en": "reliably improved"},
    "fig_rc_unchanged": {"id": "tidak berubah secara reliabel", "en": "no reliable change"},
    "fig_rc_deteriorated": {"id": "memburuk secara reliabel", "en": "reliably deteriorated"},
    "fig_cs_recovered": {
        "id": "pulih (melewati batas fungsional)",
        "en": "recovered (crossed the cutoff)",
    },
    "fig_cs_improved": {
        "id": "membaik, belum melewati batas",
        "en": "improved, not past the cutoff",
    },
    "fig_cs_unchanged": {"id": "tidak berubah", "en": "unchanged"},
    "fig_cs_deteriorated": {"id": "memburuk", "en": "deteriorated"},
    "fig_cs_harmed": {
        "id": "memburuk dan melewati batas",
        "en": "harmed (crossed the cutoff the wrong way)",
    },
    "fig_tp_pre": {"id": "sebelum", "en": "before"},
    "fig_tp_post": {"id": "sesudah", "en": "after"},
    "fig_tp_follow_up": {"id": "tindak lanjut", "en": "follow-up"},
    "fig_not_classified": {"id": "tidak terklasifikasi", "en": "not classified"},
    "fig_session": {"id": "sesi", "en": "session"},
    "fig_group_session": {"id": "sesi kelompok", "en": "group session"},
    "fig_method": {"id": "Metode", "en": "Method"},
    "fig_objectives": {"id": "Tujuan", "en": "Objectives"},
    "fig_indicator": {"id": "Indikator", "en": "Indicator"},
    "fig_location": {"id": "Lokasi", "en": "Location"},
    "fig_techniques": {"id": "Teknik", "en": "Techniques"},
    "fig_participants": {"id": "Peserta", "en": "Participants"},
    "fig_right": {"id": "kanan", "en": "right"},
    "fig_severity": {"id": "Tingkat sakit (0-10)", "en": "Severity (0-10)"},
    "fig_region_head": {"id": "kepala", "en": "head"},
    "fig_region_face": {"id": "wajah", "en": "face"},
    "fig_region_neck": {"id": "leher", "en": "neck"},
    "fig_region_chest": {"id": "dada", "en": "chest"},
    "fig_region_abdomen": {"id": "perut", "en": "abdomen"},
    "fig_region_upper_back": {"id": "punggung atas", "en": "upper back"},
    "fig_region_lower_back": {"id": "punggung bawah/pinggang", "en": "lower back"},
    "fig_region_pelvis": {"id": "panggul", "en": "pelvis"},
    "fig_region_left_shoulder": {"id": "bahu kiri", "en": "left shoulder"},
    "fig_region_right_shoulder": {"id": "bahu kanan", "en": "right shoulder"},
    "fig_region_left_arm": {"id": "lengan kiri", "en": "left arm"},
    "fig_region_right_arm": {"id": "lengan kanan", "en": "right arm"},
    "fig_region_left_elbow": {"id": "siku kiri", "en": "left elbow"},
    "fig_region_right_elbow": {"id": "siku kanan", "en": "right elbow"},
    "fig_region_left_hand": {"id": "tangan kiri", "en": "left hand"},
    "fig_region_right_hand": {"id": "tangan kanan", "en": "right hand"},
    "fig_region_left_hip": {"id": "pinggul kiri", "en": "left hip"},
    "fig_region_right_hip": {"id": "pinggul kanan", "en": "right hip"},
    "fig_region_left_leg": {"id": "kaki kiri", "en": "left leg"},
    "fig_region_right_leg": {"id": "kaki kanan", "en": "right leg"},
    "fig_region_left_thigh": {"id": "paha kiri", "en": "left thigh"},
    "fig_region_right_thigh": {"id": "paha kanan", "en": "right thigh"},
    "fig_region_left_knee": {"id": "lutut kiri", "en": "left knee"},
    "fig_region_right_knee": {"id": "lutut kanan", "en": "right knee"},
    "fig_region_left_foot": {"id": "telapak kaki kiri", "en": "left foot"},
    "fig_region_right_foot": {"id": "telapak kaki kanan", "en": "right foot"},
    # --- widgets (widgets.py) ------------------------------------------------
    # keys start with "w_" so they never clash with another section
    "w_client": {"id": "Klien", "en": "Client"},
    "w_instrument": {"id": "Kuesioner", "en": "Questionnaire"},
    "w_timepoint": {"id": "Waktu ukur", "en": "Timepoint"},
    "w_date": {"id": "Tanggal", "en": "Date"},
    "w_save": {"id": "Simpan", "en": "Save"},
    "w_overwrite": {
        "id": "timpa pengisian yang sudah ada",
        "en": "overwrite an existing administration",
    },
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
    "w_answers_generic": {
        "id": "Jawaban: {lo} (terendah) sampai {hi} (tertinggi)",
        "en": "Answers: {lo} (lowest) to {hi} (highest)",
    },
    "w_answers_ucla_ls3": {
        "id": "1 = tidak pernah, 2 = jarang, 3 = kadang-kadang, 4 = sering",
        "en": "1 = never, 2 = rarely, 3 = sometimes, 4 = often",
    },
    "w_answers_ucla_3": {
        "id": "1 = hampir tidak pernah, 2 = kadang-kadang, 3 = sering",
        "en": "1 = hardly ever, 2 = some of the time, 3 = often",
    },
    "w_answers_djg_11": {
        "id": "1 = tidak, 2 = kurang lebih, 3 = ya",
        "en": "1 = no, 2 = more or less, 3 = yes",
    },
    "w_answers_djg_6": {
        "id": "1 = tidak, 2 = kurang lebih, 3 = ya",
        "en": "1 = no, 2 = more or less, 3 = yes",
    },
    "w_answers_djg_11_5": {
        "id": "1 = tidak!, 2 = tidak, 3 = kurang lebih, 4 = ya, 5 = ya!",
        "en": "1 = no!, 2 = no, 3 = more or less, 4 = yes, 5 = yes!",
    },
    "w_no_item_instruments": {
        "id": "Tidak ada kuesioner dengan butir untuk diisi.",
        "en": "No questionnaire with items to fill in.",
    },
    "w_reliability": {"id": "Reliabilitas (r)", "en": "Reliability (r)"},
    "w_sd": {"id": "Simpangan baku (SD)", "en": "Standard deviation (SD)"},
    "w_pre": {"id": "Skor sebelum", "en": "Score before"},
    "w_post": {"id": "Skor sesudah", "en": "Score after"},
    "w_defaults": {"id": "Kembalikan nilai awal", "en": "Reset to defaults"},
    "w_sd_from": {"id": "SD dari", "en": "SD from"},
    "w_sd_norms.clinical": {
        "id": "norma klinis instrumen",
        "en": "the instrument's clinical norms",
    },
    "w_sd_norms.functional": {
        "id": "norma fungsional instrumen",
        "en": "the instrument's functional norms",
    },
    "w_sd_sample": {
        "id": "skor sebelum (pre) semua klien di buku kasus",
        "en": "the pre scores of all clients in the casebook",
    },
    "w_sd_range/6": {
        "id": "seperenam rentang skor (perkiraan kasar; isi sendiri)",
        "en": "a sixth of the score range (rough guess; set your own)",
    },
    "w_sd_given": {"id": "nilai yang dimasukkan", "en": "the value given"},
    "w_sd_none": {
        "id": "tidak diketahui; 10 hanya nilai awal, isi sendiri",
        "en": "unknown; 10 is only a starting value, set your own",
    },
    "w_no_reliability": {
        "id": "instrumen ini tidak punya reliabilitas bawaan; geser sendiri",
        "en": "this instrument has no built-in reliability; set it yourself",
    },
    "w_rc_title": {
        "id": "Perubahan reliabel (Jacobson & Truax, 1991)",
        "en": "Reliable change (Jacobson & Truax, 1991)",
    },
    "w_rc_axis": {
        "id": "Perubahan skor (sesudah − sebelum); ambang ±{thr}",
        "en": "Score change (after − before); threshold ±{thr}",
    },
    "w_rc_zone": {
        "id": "zona tidak reliabel (mungkin kesalahan ukur)",
        "en": "not reliable (could be measurement error)",
    },
    "w_change": {"id": "Perubahan", "en": "Change"},
    "w_threshold": {"id": "Ambang perubahan reliabel", "en": "Reliable-change threshold"},
    "w_improved": {"id": "membaik secara reliabel", "en": "reliably improved"},
    "w_unchanged": {"id": "tidak ada perubahan reliabel", "en": "no reliable change"},
    "w_deteriorated": {"id": "memburuk secara reliabel", "en": "reliably deteriorated"},
    "w_error": {"id": "Tidak dapat ditampilkan", "en": "Cannot be shown"},
    "w_slides_widget_note": {
        "id": "Widget interaktif: buka notebook ini di JupyterLab untuk mencobanya.",
        "en": "Interactive widget: open this notebook in JupyterLab to use it.",
    },
    # --- reports (reports.py, notebooks/reports/) ---------------------------
    "report_title": {"id": "Laporan penanganan kasus", "en": "Casework report"},
    "report_cohort_title": {
        "id": "Laporan kohort: hasil gabungan",
        "en": "Cohort report: pooled outcomes",
    },
    "report_index_title": {"id": "Daftar laporan klien", "en": "Client reports"},
    "report_ok": {"id": "selesai", "en": "ok"},
    "report_failed": {"id": "gagal", "en": "failed"},
    "report_status": {"id": "Status", "en": "Status"},
    "report_verdict": {"id": "Kesimpulan", "en": "Verdict"},
    "report_cells_note": {
        "id": "* disembunyikan: kurang dari {k} klien, atau sel yang dapat membuka sel lain yang disembunyikan. – tidak dapat dihitung: reliabilitas instrumen tidak diketahui.",
        "en": "* suppressed: fewer than {k} clients, or a cell that would reveal a suppressed one. – not computable: the instrument's reliability is unknown.",
    },
    "report_no_records": {"id": "Belum ada catatan.", "en": "No records yet."},
    "report_no_consent": {
        "id": "PERHATIAN: klien ini belum memiliki tanggal persetujuan (informed consent). Laporan ini dibuat hanya untuk latihan dan tidak boleh dibagikan.",
        "en": "WARNING: this client has no informed-consent date. This report was made for practice only and must not be shared.",
    },
    "report_pseudonym_note": {
        "id": "Semua nama dalam laporan ini adalah nama samaran; data identitas langsung tidak ditampilkan.",
        "en": "All names in this report are pseudonyms; direct identifiers are never shown.",
    },
    "report_generated": {
        "id": "Dibuat dengan casekit dari buku kasus",
        "en": "Made with casekit from casebook",
    },
    "report_identity": {"id": "Identitas klien", "en": "Client identity"},
    "report_s41": {
        "id": "4.1 Tahap engagement, intake dan kontrak",
        "en": "4.1 Engagement, intake and contract",
    },
    "report_s42": {"id": "4.2 Tahap asesmen", "en": "4.2 Assessment"},
    "report_s43": {"id": "4.3 Tahap rencana intervensi", "en": "4.3 Intervention plan"},
    "report_s44": {"id": "4.4 Tahap intervensi", "en": "4.4 Intervention"},
    "report_s45": {"id": "4.5 Tahap evaluasi", "en": "4.5 Evaluation"},
    "report_s46": {"id": "4.6 Tahap terminasi dan rujukan", "en": "4.6 Termination and referral"},
    "report_s46_no_ending": {
        "id": "Belum dicatat tanggal pemutusan kontrak, alasannya, atau rujukan.",
        "en": "No termination date, reason or referral recorded yet.",
    },
    "report_s46_no_sessions": {
        "id": "Belum ada sesi evaluasi, terminasi, atau rujukan.",
        "en": "No evaluation, termination or referral session yet.",
    },
    "report_family": {"id": "Identitas keluarga", "en": "Family members"},
    "report_problems": {
        "id": "Gejala masalah menurut klien, keluarga, tetangga dan praktikan",
        "en": "Problems as seen by the client, family, neighbours and student worker",
    },
    "report_cause_effect": {"id": "Penyebab dan dampak", "en": "Causes and effects"},
    "report_bpss_table": {
        "id": "Keberfungsian biopsikososial-spiritual",
        "en": "Bio-psycho-social-spiritual functioning",
    },
    "report_plan_table": {"id": "Rancangan program", "en": "Programme design"},
    "report_sessions_table": {"id": "Catatan sesi", "en": "Session notes"},
    "report_evaluation_matrix": {
        "id": "Matriks evaluasi (evaluasi proses dan evaluasi hasil)",
        "en": "Evaluation matrix (process and outcome)",
    },
    "report_scores": {"id": "Skor kuesioner", "en": "Questionnaire scores"},
    "report_loneliness": {
        "id": "Skor kesepian sebelum dan sesudah intervensi",
        "en": "Loneliness before and after the intervention",
    },
    "report_no_scores": {
        "id": "Belum ada skor kuesioner untuk klien ini.",
        "en": "This client has no questionnaire scores yet.",
    },
    "report_no_prepost": {
        "id": "Skor sebelum dan sesudah belum lengkap, jadi perubahan belum bisa dinilai.",
        "en": "The before and after scores are not both there, so change cannot be judged yet.",
    },
    "report_not_terminated": {
        "id": "Kasus belum diterminasi.",
        "en": "The case has not been terminated yet.",
    },
    "report_field": {"id": "Keterangan", "en": "Item"},
    "report_value": {"id": "Isi", "en": "Value"},
    "report_summary_table": {"id": "Ringkasan hasil", "en": "Outcome summary"},
    "report_excluded": {
        "id": "Klien tanpa tanggal persetujuan tidak diikutkan",
        "en": "Clients without a consent date were left out",
    },
    "report_n_clients": {"id": "Jumlah klien", "en": "Number of clients"},
    "report_subgroups": {"id": "Hasil per subkelompok", "en": "Outcomes by subgroup"},
    "report_fig_jacobson": {
        "id": "Plot Jacobson (sebelum lawan sesudah)",
        "en": "Jacobson plot (before against after)",
    },
    "report_fig_transitions": {
        "id": "Perpindahan kategori skor",
        "en": "Transitions between score bands",
    },
    "report_fig_forest": {
        "id": "Besar efek per subkelompok (forest plot)",
        "en": "Effect size by subgroup (forest plot)",
    },
    "col_n": {"id": "n (berpasangan)", "en": "n (pairs)"},
    "col_pre": {"id": "Sebelum: rerata (SD)", "en": "Before: mean (SD)"},
    "col_post": {"id": "Sesudah: rerata (SD)", "en": "After: mean (SD)"},
    "col_diff": {"id": "Selisih rerata [IK 95%]", "en": "Mean difference [95% CI]"},
    "col_p_t": {"id": "p (uji t berpasangan)", "en": "p (paired t)"},
    "col_p_wilcoxon": {"id": "p (Wilcoxon)", "en": "p (Wilcoxon)"},
    "col_g_av": {"id": "Hedges g_av [IK 95%]", "en": "Hedges g_av [95% CI]"},
    "col_n_improved": {"id": "Membaik (RCI)", "en": "Improved (RCI)"},
    "col_n_unchanged": {"id": "Tetap (RCI)", "en": "Unchanged (RCI)"},
    "col_n_deteriorated": {"id": "Memburuk (RCI)", "en": "Deteriorated (RCI)"},
    "report_fig_genogram": {"id": "Genogram", "en": "Genogram"},
    "report_fig_ecomap": {"id": "Ecomap", "en": "Ecomap"},
    "report_fig_life_road": {
        "id": "Jalan kehidupan sosial (social life road)",
        "en": "Social life road",
    },
    "report_fig_bpss": {"id": "Keberfungsian BPSS", "en": "BPSS functioning"},
    "report_fig_body_map": {"id": "Peta tubuh (body map)", "en": "Body map"},
    "report_fig_timeline": {"id": "Garis waktu sesi", "en": "Session timeline"},
    "report_fig_prepost": {"id": "Skor sebelum dan sesudah", "en": "Scores before and after"},
    "verdict_scores": {
        "id": "Skor total {instrument} berubah dari {a} ({pre}) menjadi {b} ({post}), selisih {d} poin.",
        "en": "The {instrument} total went from {a} ({pre}) to {b} ({post}), a change of {d} points.",
    },
    "verdict_better": {
        "id": "Arah perubahannya membaik.",
        "en": "The change is in the better direction.",
    },
    "verdict_worse": {
        "id": "Arah perubahannya memburuk.",
        "en": "The change is in the worse direction.",
    },
    "verdict_same": {"id": "Skornya tidak berubah.", "en": "The score did not change."},
    "verdict_high_bad": {
        "id": "Pada instrumen ini skor lebih tinggi berarti lebih kesepian.",
        "en": "On this instrument a higher score means more loneliness.",
    },
    "verdict_high_good": {
        "id": "Pada instrumen ini skor lebih tinggi berarti lebih baik.",
        "en": "On this instrument a higher score is better.",
    },
    "verdict_no_reliability": {
        "id": "Reliabilitas instrumen ini tidak diketahui, jadi belum bisa dinilai apakah perubahan ini lebih besar dari kesalahan pengukuran.",
        "en": "This instrument's reliability is not known, so whether the change is larger than measurement error cannot be judged.",
    },
    "verdict_rci": {
        "id": "Indeks perubahan reliabel (RCI, Jacobson dan Truax 1991) = {rci} (batas {z}; reliabilitas {r}).",
        "en": "Reliable change index (RCI, Jacobson and Truax 1991) = {rci} (threshold {z}; reliability {r}).",
    },
    "verdict_rc_improved": {
        "id": "Perubahan ini lebih besar dari kesalahan pengukuran: klien membaik secara reliabel.",
        "en": "The change is larger than measurement error: the client reliably improved.",
    },
    "verdict_rc_unchanged": {
        "id": "Perubahan ini tidak lebih besar dari kesalahan pengukuran, jadi belum bisa disebut perubahan nyata.",
        "en": "The change is not larger than measurement error, so it cannot be called a real change.",
    },
    "verdict_rc_deteriorated": {
        "id": "Perubahan ini lebih besar dari kesalahan pengukuran: klien memburuk secara reliabel.",
        "en": "The change is larger than measurement error: the client reliably got worse.",
    },
    "verdict_clinical": {
        "id": "Status klinis: {status} (titik potong {cutoff}).",
        "en": "Clinical status: {status} (cutoff {cutoff}).",
    },
    "col_pseudonym": {"id": "Nama samaran", "en": "Pseudonym"},
    "col_sex": {"id": "Jenis kelamin", "en": "Sex"},
    "col_birth_year": {"id": "Tahun lahir", "en": "Year of birth"},
    "col_age_at_intake": {"id": "Usia saat intake", "en": "Age at intake"},
    "col_cluster": {"id": "Klaster masalah", "en": "Problem cluster"},
    "col_region": {"id": "Wilayah", "en": "Region"},
    "col_ethnicity": {"id": "Suku", "en": "Ethnicity"},
    "col_religion": {"id": "Agama", "en": "Religion"},
    "col_living_arrangement": {"id": "Tempat tinggal", "en": "Living arrangement"},
    "col_cohort": {"id": "Kohort", "en": "Cohort"},
    "col_worker": {"id": "Praktikan", "en": "Student worker"},
    "col_institution": {"id": "Lembaga", "en": "Institution"},
    "col_intake_date": {"id": "Tanggal intake", "en": "Intake date"},
    "col_consent_date": {
        "id": "Tanggal persetujuan (informed consent)",
        "en": "Informed consent date",
    },
    "col_label": {"id": "Susunan keluarga (samaran)", "en": "Family member (pseudonym)"},
    "col_relation": {"id": "Hubungan dengan klien", "en": "Relation to the client"},
    "col_death_year": {"id": "Tahun meninggal", "en": "Year of death"},
    "col_education": {"id": "Pendidikan", "en": "Education"},
    "col_occupation": {"id": "Pekerjaan", "en": "Occupation"},
    "col_residence": {"id": "Alamat tinggal", "en": "Residence"},
    "col_bond": {"id": "Kedekatan", "en": "Bond"},
    "col_note": {"id": "Catatan", "en": "Note"},
    "col_statement": {"id": "Pernyataan masalah", "en": "Problem statement"},
    "col_according_to": {"id": "Menurut", "en": "According to"},
    "col_cause": {"id": "Penyebab", "en": "Cause"},
    "col_effect": {"id": "Dampak", "en": "Effect"},
    "col_focus": {"id": "Fokus masalah", "en": "Problem focus"},
    "col_domain": {"id": "Aspek", "en": "Domain"},
    "col_finding": {"id": "Temuan", "en": "Finding"},
    "col_kind": {"id": "Jenis", "en": "Kind"},
    "col_source": {"id": "Sumber", "en": "Source"},
    "col_activity_id": {"id": "Kode kegiatan", "en": "Activity code"},
    "col_activity": {"id": "Kegiatan", "en": "Activity"},
    "col_method": {"id": "Metode", "en": "Method"},
    "col_techniques": {"id": "Teknik", "en": "Techniques"},
    "col_start_date": {"id": "Mulai", "en": "Start"},
    "col_end_date": {"id": "Selesai", "en": "End"},
    "col_location": {"id": "Lokasi", "en": "Location"},
    "col_objectives": {"id": "Tujuan", "en": "Objectives"},
    "col_indicator": {"id": "Indikator keberhasilan", "en": "Success indicator"},
    "col_stage": {"id": "Tahap", "en": "Stage"},
    "col_date": {"id": "Tanggal", "en": "Date"},
    "col_start_time": {"id": "Jam mulai", "en": "Start time"},
    "col_end_time": {"id": "Jam selesai", "en": "End time"},
    "col_participants": {"id": "Peserta", "en": "Participants"},
    "col_notes": {"id": "Catatan", "en": "Notes"},
    "col_process_notes": {"id": "Evaluasi proses", "en": "Process evaluation"},
    "col_outcome_notes": {"id": "Evaluasi hasil", "en": "Outcome evaluation"},
    "col_indicator_met": {"id": "Indikator tercapai", "en": "Indicator met"},
    "col_instrument": {"id": "Instrumen", "en": "Instrument"},
    "col_timepoint": {"id": "Waktu pengukuran", "en": "Timepoint"},
    "col_scale": {"id": "Skala", "en": "Scale"},
    "col_score": {"id": "Skor", "en": "Score"},
    "col_category": {"id": "Kategori", "en": "Category"},
    "col_items_answered": {"id": "Butir dijawab", "en": "Items answered"},
    "col_termination_date": {
        "id": "Tanggal terminasi (pemutusan kontrak)",
        "en": "Termination date",
    },
    "col_termination_reason": {"id": "Alasan terminasi", "en": "Reason for termination"},
    "col_referral_to": {"id": "Dirujuk kepada", "en": "Referred to"},
    # --- stats (reliable change, norms) ----------------------------------------
    # (add this part's labels here, both languages)
    "sc_clinical": {"id": "norma klinis instrumen", "en": "the instrument's clinical norms"},
    "sc_reference": {"id": "sampel rujukan terbitan", "en": "a published reference sample"},
    "sc_wilcoxon_exact": {"id": "p eksak", "en": "exact p"},
    "sc_wilcoxon_normal": {
        "id": "p dari pendekatan normal (dengan koreksi angka kembar)",
        "en": "p from the normal approximation (tie-corrected)",
    },
    "report_wilcoxon_method": {
        "id": "Uji Wilcoxon (dua sisi; selisih nol tidak dihitung): {methods}.",
        "en": "Wilcoxon test (two-sided; zero differences dropped): {methods}.",
    },
    "verdict_sd_clinical": {
        "id": "SD skor awal diambil dari norma klinis instrumen ({source}).",
        "en": "The pre-score SD comes from the instrument's clinical norms ({source}).",
    },
    "verdict_sd_sample": {
        "id": "SD skor awal dihitung dari {n} klien di buku kasus ini yang punya skor sebelum dan sesudah.",
        "en": "The pre-score SD is that of the {n} clients in this casebook with both scores.",
    },
    "verdict_sd_reference": {
        "id": "Buku kasus ini belum punya cukup pasangan skor sebelum-sesudah untuk menghitung SD sendiri (minimal {min_pairs}), jadi SD dan reliabilitas diambil dari sampel rujukan terbitan: {population} (n = {n}, rata-rata {mean}, SD {sd}; sumber: {source}).",
        "en": "This casebook has too few clients with both scores to give its own SD (at least {min_pairs} are needed), so the SD and reliability come from a published reference sample: {population} (n = {n}, mean {mean}, SD {sd}; source: {source}).",
    },
    "verdict_no_sd": {
        "id": "Belum bisa dinilai apakah perubahan ini lebih besar dari kesalahan pengukuran: buku kasus ini hanya punya {n} pasangan skor sebelum-sesudah, terlalu sedikit untuk menghitung SD, dan instrumen {instrument} belum memiliki sampel rujukan terbitan. Perbaikan: tambahkan rata-rata, SD, reliabilitas dan sumber sebuah sampel terbitan ke definisi instrumen (norma rujukan).",
        "en": "Whether the change is larger than measurement error cannot be judged: this casebook has only {n} client(s) with both scores, too few for an SD, and the {instrument} instrument has no published reference sample. Fix: add the mean, SD, reliability and source of a published sample to the instrument's definition (reference norms).",
    },
    "verdict_fix_reliability": {
        "id": "Perbaikan: tambahkan reliabilitas instrumen (dengan sumbernya) ke definisi instrumen.",
        "en": "Fix: add the instrument's reliability (with its source) to its definition.",
    },
    "verdict_rci_other": {
        "id": "Indeks perubahan reliabel tidak dapat dihitung untuk data ini.",
        "en": "The reliable change index cannot be computed for these data.",
    },
    # --- disclosure and cohort report ------------------------------------------
    # (add this part's labels here, both languages)
    "fig_fewer_than": {"id": "kurang dari {k}", "en": "fewer than {k}"},
    "fig_clients_in_cell": {"id": "klien di titik ini", "en": "clients at this point"},
    "fig_class_hidden": {
        "id": "disembunyikan demi kerahasiaan",
        "en": "hidden for confidentiality",
    },
    "fig_clinical_transitions": {
        "id": "Rentang klinis sebelum → sesudah",
        "en": "Clinical range before → after",
    },
    "fig_no_clinical_range": {
        "id": "tidak ada batas fungsional untuk instrumen ini, jadi rentang klinis tidak dapat ditentukan",
        "en": "the instrument has no functional cutoff, so the clinical range cannot be set",
    },
    "fig_flows_too_few": {
        "id": "hampir semua klien tetap di rentang yang sama, dan alur kurang dari {k} klien (serta alur yang dapat membukanya) disembunyikan demi kerahasiaan",
        "en": "nearly all clients stayed in the same range, and flows of fewer than {k} clients (and the flows that would reveal them) are hidden for confidentiality",
    },
    "fig_range_clinical": {"id": "rentang klinis", "en": "clinical range"},
    "fig_range_functional": {"id": "rentang fungsional", "en": "functional range"},
    "fig_clinical_note": {
        "id": "Biru: pindah ke rentang fungsional; oranye: pindah ke rentang klinis; abu-abu: tetap.",
        "en": "Blue: moved into the functional range; orange: into the clinical range; grey: stayed.",
    },
    "bd_group": {"id": "Kelompok", "en": "Group"},
    "bd_missing": {"id": "(tidak diisi)", "en": "(not recorded)"},
    "bd_reliable_title": {
        "id": "Perubahan reliabel (RCI): setiap klien satu kali",
        "en": "Reliable change (RCI): each client once",
    },
    "bd_clinical_title": {
        "id": "Signifikansi klinis (Jacobson & Truax): setiap klien satu kali",
        "en": "Clinical significance (Jacobson & Truax): each client once",
    },
    "bd_reliably_improved": {"id": "Membaik reliabel", "en": "Reliably improved"},
    "bd_no_reliable_change": {"id": "Tidak berubah reliabel", "en": "No reliable change"},
    "bd_reliably_deteriorated": {"id": "Memburuk reliabel", "en": "Reliably deteriorated"},
    "bd_not_classified": {"id": "Tidak dapat diklasifikasi", "en": "Not classified"},
    "bd_recovered": {
        "id": "Pulih (membaik reliabel dan masuk rentang fungsional)",
        "en": "Recovered (reliably improved and into the functional range)",
    },
    "bd_improved": {
        "id": "Membaik reliabel, belum pulih",
        "en": "Reliably improved, not recovered",
    },
    "bd_unchanged": {"id": "Tidak berubah reliabel", "en": "No reliable change"},
    "bd_deteriorated": {
        "id": "Memburuk reliabel, belum masuk rentang klinis",
        "en": "Reliably deteriorated, not into the clinical range",
    },
    "bd_harmed": {
        "id": "Memburuk reliabel dan masuk rentang klinis",
        "en": "Reliably deteriorated and into the clinical range",
    },
    "bd_adds_up": {
        "id": "Kedua tabel menghitung klien yang sama: membaik reliabel = pulih + membaik reliabel yang belum pulih; memburuk reliabel = dua kolom memburuk di tabel kedua. Setiap baris berjumlah n.",
        "en": "Both tables count the same clients: reliably improved = recovered + reliably improved but not recovered; reliably deteriorated = the two deteriorated columns of the second table. Each row adds up to n.",
    },
    "bd_suppressed_note": {
        "id": "* disembunyikan demi kerahasiaan: kurang dari {k} klien, atau angka yang ikut disembunyikan agar angka yang tampil (termasuk n dan total) tidak dapat dipakai untuk menghitung kelompok kecil. Tanda * tidak berarti nol.",
        "en": "* hidden for confidentiality: fewer than {k} clients, or a number hidden as well so that the numbers shown (n and totals included) cannot be used to work out a small group. A * does not mean zero.",
    },
    "report_breakdowns": {
        "id": "Perubahan reliabel dan signifikansi klinis",
        "en": "Reliable change and clinical significance",
    },
    "report_fig_clinical_transitions": {
        "id": "Perpindahan rentang klinis (sebelum → sesudah)",
        "en": "Clinical range transitions (before → after)",
    },
    "report_chart_absent": {
        "id": "Grafik perpindahan tidak ditampilkan: {why}.",
        "en": "No transition chart: {why}.",
    },
    "fig_cells_note": {
        "id": "Satu titik = semua klien dengan skor sebelum dan sesudah yang sama; makin besar titik, makin banyak klien (arahkan kursor untuk jumlahnya).",
        "en": "One point = all clients with the same score before and after; the larger the point, the more clients (hover for the number).",
    },
    # --- privacy guard ---------------------------------------------------------
    # (add this part's labels here, both languages)
    "privacy_notebook_removed": {
        "id": "(Notebook hasil eksekusi memuat identitas langsung klien dan sudah dihapus.)",
        "en": "(The executed notebook held direct identifiers and was removed.)",
    },
    "privacy_index_not_written": {
        "id": "laporan tidak ditulis (lihat keluaran perintah)",
        "en": "report(s) not written (see the command's output)",
    },
    "privacy_left_out": {
        "id": "{n} klien tanpa tanggal persetujuan (consent_date) tidak diekspor: {ids}. "
        "Isi tanggalnya, atau gunakan --include-without-consent (tercatat di exports.log).",
        "en": "{n} client(s) without a consent_date were left out: {ids}. Fill in the date, "
        "or use --include-without-consent (recorded in exports.log).",
    },
    "privacy_leak": {
        "id": "{where}: {n} identitas langsung dari identifiers.csv ({kinds}; klien {clients}) "
        "akan tertulis; tidak ada yang ditulis. Ditemukan di: {cells}. Hapus dari sel itu "
        "(pakai pseudonim atau peran).",
        "en": "{where}: {n} direct identifier(s) from identifiers.csv ({kinds}; client "
        "{clients}) would be written; nothing was written. Found in: {cells}. Remove them from "
        "those cells (use the pseudonym or a role instead).",
    },
    "privacy_leak_nowhere": {
        "id": "{where}: {n} identitas langsung dari identifiers.csv ({kinds}; klien {clients}) "
        "akan tertulis; tidak ada yang ditulis. Hapus dari data (pakai pseudonim atau peran).",
        "en": "{where}: {n} direct identifier(s) from identifiers.csv ({kinds}; client "
        "{clients}) would be written; nothing was written. Remove them from the other tables "
        "(use the pseudonym or a role instead).",
    },
    "privacy_slides_no_consent": {
        "id": "Klien tanpa tanggal persetujuan (consent_date): {ids}. Isi tanggalnya di "
        "clients.csv, atau gunakan --allow-missing-consent.",
        "en": "Client(s) without a consent_date: {ids}. Fill in the date in clients.csv, "
        "or use --allow-missing-consent.",
    },
    "privacy_value_withheld": {
        "id": "isi sel tidak ditampilkan karena tampak seperti identitas langsung klien",
        "en": "value withheld: it looks like a direct identifier",
    },
    # --- faults and file errors ------------------------------------------------
    "f_cannot_read": {
        "id": "berkas tidak dapat dibaca ({detail})",
        "en": "the file cannot be read ({detail})",
    },
    "f_cannot_read_fix": {
        "id": "periksa bahwa berkas itu ada dan Anda boleh membacanya (tutup di program lain), "
        "lalu coba lagi",
        "en": "check that the file exists and that you may read it (close it in other "
        "programs), then try again",
    },
    "f_link_outside": {
        "id": "ini tautan ke berkas di luar folder buku kasus; casekit hanya membaca berkas "
        "di dalam buku kasus",
        "en": "this is a link to a file outside the casebook folder; casekit reads only "
        "files inside the casebook",
    },
    "f_link_outside_fix": {
        "id": "salin berkasnya sendiri ke folder buku kasus, jangan tautannya",
        "en": "copy the file itself into the casebook folder instead of a link",
    },
    "f_kind_folder": {"id": "sebuah folder", "en": "a folder"},
    "f_kind_fifo": {"id": "sebuah pipa bernama (FIFO)", "en": "a named pipe (FIFO)"},
    "f_kind_device": {"id": "sebuah perangkat", "en": "a device"},
    "f_kind_socket": {"id": "sebuah soket", "en": "a socket"},
    "f_not_a_file": {"id": "ini {kind}, bukan berkas", "en": "this is {kind}, not a file"},
    "f_not_a_file_fix": {
        "id": "ganti dengan tabel yang disimpan sebagai berkas (atau hapus)",
        "en": "replace it with the table saved as a file (or remove it)",
    },
    "f_too_big": {
        "id": "berkas ini {size}, lebih besar dari batas yang dibaca casekit ({limit})",
        "en": "the file is {size}, more than casekit reads ({limit})",
    },
    "f_too_big_fix": {
        "id": "pecah buku kasus, atau hapus isi yang bukan bagiannya",
        "en": "split the casebook, or remove what does not belong in it",
    },
    "f_unpacked": {
        "id": "isi workbook ini {size} setelah dibuka, lebih dari batas yang dibaca casekit "
        "({limit})",
        "en": "the workbook unpacks to {size}, more than casekit reads ({limit})",
    },
    "f_unpacked_fix": {
        "id": "simpan buku kasus sebagai berkas CSV, atau hapus isi yang bukan bagiannya",
        "en": "save the casebook as CSV files, or remove what does not belong in it",
    },
    "f_far_cell": {
        "id": "sebuah sheet memakai sel sampai {cell}; casekit membaca sheet sampai {rows} "
        "baris dan {columns} kolom",
        "en": "a sheet uses cells as far as {cell}; casekit reads sheets of up to {rows} rows "
        "and {columns} columns",
    },
    "f_far_cell_fix": {
        "id": "hapus sel yang jauh itu (pilih baris dan kolom kosong setelah tabel Anda, lalu "
        "hapus), kemudian simpan lagi",
        "en": "delete the far-away cells (select the empty rows and columns after your table "
        "and delete them), then save again",
    },
    "f_workbook_unreadable": {
        "id": "workbook tidak dapat dibuka ({detail})",
        "en": "the workbook could not be opened ({detail})",
    },
    "f_workbook_unreadable_fix": {
        "id": "simpan ulang dari spreadsheet Anda sebagai .xlsx",
        "en": "save it again from your spreadsheet as .xlsx",
    },
    "f_dup_sheets": {
        "id": "sheet '{first}' dan '{second}' sama-sama dibaca sebagai tabel '{table}' (nama "
        "yang hanya berbeda huruf besar/kecil atau spasi)",
        "en": "the sheets '{first}' and '{second}' are both read as table '{table}' (names "
        "differing only in capitals or spaces)",
    },
    "f_dup_sheets_fix": {
        "id": "pertahankan salah satu: ganti nama atau hapus sheet yang lain",
        "en": "keep one of them: rename or delete the other sheet",
    },
    "f_dup_files": {
        "id": "'{first}' dan '{second}' sama-sama dibaca sebagai tabel '{table}' (nama yang "
        "hanya berbeda huruf besar/kecil atau spasi; di Windows dan macOS keduanya satu berkas)",
        "en": "both '{first}' and '{second}' are read as table '{table}' (names differing "
        "only in capitals or spaces; on Windows and macOS they are one file)",
    },
    "f_dup_files_fix": {
        "id": "pertahankan satu saja: gabungkan barisnya ke satu berkas dan hapus yang lain",
        "en": "keep one of them: merge the rows into one file and delete the other",
    },
    "f_reserved_new": {
        "id": "Kode klien {code!r} tidak dapat dipakai: Windows mencadangkan nama ini untuk "
        "perangkat (CON, PRN, AUX, NUL, COM1-9, LPT1-9), jadi laporannya tidak bisa disimpan "
        "di sana. Pilih kode lain, misalnya K01.",
        "en": "The client code {code!r} cannot be used: Windows reserves this name for devices "
        "(CON, PRN, AUX, NUL, COM1-9, LPT1-9), so its report could not be saved there. Choose "
        "another code, e.g. K01.",
    },
    "cli_reports_in": {
        "id": "Laporan ada di folder {folder}",
        "en": "The reports are in {folder}",
    },
    "cli_open_index": {
        "id": "Buka {index} di peramban (bisa tanpa internet).",
        "en": "Open {index} in a browser (works offline).",
    },
    "cli_no_index": {
        "id": "Tidak ada laporan yang ditulis; alasannya tercantum di atas.",
        "en": "No report was written; the reasons are listed above.",
    },
    "cli_open_page": {
        "id": "Buka {page} di peramban (bisa tanpa internet).",
        "en": "Open {page} in a browser (works offline).",
    },
    "oserr_unknown_path": {"id": "(berkas tidak diketahui)", "en": "(unknown file)"},
    "oserr_disk_full": {
        "id": "Tidak dapat menulis {path}: disk penuh. Kosongkan sebagian ruang disk (atau "
        "pilih folder lain dengan --out), lalu jalankan lagi; tidak ada berkas setengah jadi "
        "yang tertinggal.",
        "en": "Cannot write {path}: the disk is full. Free some space (or choose another "
        "folder with --out) and run again; no half-written file was left behind.",
    },
    "oserr_read_only": {
        "id": "Tidak dapat menulis {path}: folder ini hanya-baca. Pilih folder yang boleh "
        "ditulis (misalnya dengan --out), atau salin buku kasus ke folder Anda sendiri.",
        "en": "Cannot write {path}: the folder is read-only. Choose a folder you may write "
        "to (for example with --out), or copy the casebook into your own folder.",
    },
    "oserr_permission": {
        "id": "Tidak ada izin untuk {path}. Periksa hak akses berkas/folder itu (atau "
        "tutup program lain yang sedang membukanya, misalnya Excel), lalu coba lagi.",
        "en": "No permission for {path}. Check the file's or folder's permissions (or close "
        "another program that has it open, such as Excel) and try again.",
    },
    "oserr_name_too_long": {
        "id": "Nama atau jalur terlalu panjang untuk sistem berkas: {path}. Gunakan nama "
        "folder yang lebih pendek atau folder yang lebih dekat ke akar disk.",
        "en": "The name or path is too long for the file system: {path}. Use a shorter "
        "folder name or a folder nearer the top of the disk.",
    },
    "oserr_is_dir": {
        "id": "{path} adalah folder, padahal yang diperlukan berkas. Ganti nama folder itu "
        "atau berikan nama berkas yang lain.",
        "en": "{path} is a folder where a file is needed. Rename that folder or give "
        "another file name.",
    },
    "oserr_not_dir": {
        "id": "{path}: sebagian dari jalur ini adalah berkas, padahal yang diperlukan "
        "folder. Periksa jalurnya (misalnya --out tidak boleh menunjuk ke berkas).",
        "en": "{path}: part of this path is a file where a folder is needed. Check the path "
        "(for example, --out must not point at a file).",
    },
    "oserr_not_found": {
        "id": "{path} tidak ada. Periksa nama berkas atau folder itu.",
        "en": "{path} does not exist. Check the file or folder name.",
    },
    "oserr_exists": {
        "id": "{path} sudah ada. Hapus atau pindahkan dulu, atau pilih nama lain.",
        "en": "{path} already exists. Remove or move it first, or choose another name.",
    },
    "oserr_loop": {
        "id": "{path}: tautan simbolik yang berputar. Ganti tautan itu dengan berkas biasa.",
        "en": "{path}: a symbolic link that loops. Replace the link with a plain file.",
    },
    "oserr_other": {
        "id": "Kesalahan sistem berkas pada {path} ({detail}). Periksa berkas/folder itu dan "
        "ruang disk, lalu coba lagi.",
        "en": "File system error on {path} ({detail}). Check that file or folder and the free "
        "disk space, then try again.",
    },
    "save_busy": {
        "id": "Berkas {path} sedang disimpan oleh orang lain dan tidak selesai dalam {seconds} "
        "detik. Jawaban Anda masih ada di layar: tekan Simpan lagi sebentar lagi.",
        "en": "{path} is being saved by someone else and did not finish within {seconds} "
        "seconds. Your answers are still on the screen: press Save again in a moment.",
    },
    "save_failed_kept": {
        "id": "Jawaban belum disimpan dan masih ada di layar; perbaiki masalahnya lalu tekan "
        "Simpan lagi.",
        "en": "The answers were not saved and are still on the screen; fix the problem and "
        "press Save again.",
    },
    "save_unreadable": {
        "id": "Berkas {path} tidak dapat dibaca sebagai tabel CSV ({detail}). Simpan ulang "
        "dari spreadsheet sebagai 'CSV UTF-8', lalu tekan Simpan lagi.",
        "en": "{path} cannot be read as a CSV table ({detail}). Save it again from your "
        "spreadsheet as 'CSV UTF-8' and press Save again.",
    },
    "run_out_busy": {
        "id": "Proses casekit lain sedang menulis ke folder {path}. Tunggu sampai selesai, "
        "atau pilih folder lain dengan --out.",
        "en": "Another casekit run is writing into {path}. Wait until it has finished, or "
        "choose another folder with --out.",
    },
    "cli_no_page": {
        "id": "Laporan kohort tidak ditulis; alasannya tercantum di atas.",
        "en": "The cohort report was not written; the reason is listed above.",
    },
    # --- classroom (widgets, figures, slides, consistency) ---------------------
    "w_scores_from_client": {
        "id": "Skor sebelum dan sesudah: skor klien {client}",
        "en": "Scores before and after: client {client}'s scores",
    },
    "w_scores_example": {
        "id": "Skor sebelum dan sesudah: nilai contoh (klien ini tidak punya pasangan skor)",
        "en": "Scores before and after: example values (this client has no pre/post pair)",
    },
    "w_placeholder_verdict": {
        "id": "hanya latihan: dihitung dari nilai andaian, bukan temuan tentang klien",
        "en": "an exercise only: computed from placeholder values, not a finding about the client",
    },
    "w_no_clinical_rows": {
        "id": "Belum ada klien dengan pasangan skor sebelum-sesudah pada instrumen yang "
        "reliabilitasnya diketahui, jadi perubahan reliabel dan signifikansi klinis belum "
        "dapat dihitung.",
        "en": "No client has a before/after pair on an instrument with a known reliability "
        "yet, so reliable change and clinical significance cannot be computed.",
    },
    "fig_cutoff_out_of_range": {
        "id": "batas fungsional ({kind}) = {value} berada di luar rentang skor ({lo}\u2013{hi}): "
        "tidak ada yang dapat melewatinya, jadi tidak digambar",
        "en": "the functional cutoff ({kind}) = {value} lies outside the score range "
        "({lo}\u2013{hi}): nobody can cross it, so it is not drawn",
    },
    "cons_child_birth_year": {
        "id": "peristiwa kelahiran anak ini tidak cocok dengan tahun lahir anak di family.csv ({years})",
        "en": "this child's birth does not match the child's birth year in family.csv ({years})",
    },
    "cons_child_birth_year_fix": {
        "id": "samakan tahun peristiwa di life_events.csv dengan birth_year anak di family.csv",
        "en": "make the event's year in life_events.csv the child's birth_year in family.csv",
    },
    "cons_partner_alive": {
        "id": "peristiwa ini menyebut pasangan meninggal, tetapi di family.csv pasangan masih hidup",
        "en": "this event says the partner died, but the partner is alive in family.csv",
    },
    "cons_partner_alive_fix": {
        "id": "isi deceased = yes dan death_year pasangan di family.csv, atau perbaiki peristiwanya",
        "en": "set the partner's deceased = yes and death_year in family.csv, or correct the event",
    },
    "cons_partner_death_year": {
        "id": "tahun pasangan meninggal di peristiwa ini berbeda dengan death_year di family.csv ({years})",
        "en": "the year of the partner's death differs from death_year in family.csv ({years})",
    },
    "cons_partner_death_year_fix": {
        "id": "samakan tahun peristiwa dengan death_year pasangan di family.csv",
        "en": "make the event's year the partner's death_year in family.csv",
    },
    "cons_session_before_intake": {
        "id": "sesi ini lebih awal daripada tanggal intake klien ({other})",
        "en": "this session is before the client's intake date ({other})",
    },
    "cons_session_after_termination": {
        "id": "sesi ini sesudah tanggal terminasi klien ({other})",
        "en": "this session is after the client's termination date ({other})",
    },
    "cons_session_dates_fix": {
        "id": "periksa tanggal sesi di sessions.csv atau intake_date/termination_date di clients.csv",
        "en": "check the session's date in sessions.csv or intake_date/termination_date in clients.csv",
    },
    "cons_planned_not_held": {
        "id": "kegiatan dalam rencana intervensi ini tidak pernah dilaksanakan dalam satu sesi pun",
        "en": "this planned activity was never held in a session",
    },
    "cons_evaluated_not_held": {
        "id": "kegiatan yang dievaluasi ini tidak pernah dilaksanakan dalam satu sesi pun",
        "en": "this evaluated activity was never held in a session",
    },
    "cons_activity_not_held_fix": {
        "id": "catat sesinya di sessions.csv dengan activity_id ini, atau perbaiki activity_id",
        "en": "record its session in sessions.csv with this activity_id, or correct the activity_id",
    },
    # --- student (validate preflight, PDF) -------------------------------------
    # (add this part's labels here, both languages)
    "pf_no_consent": {
        "id": "belum ada tanggal persetujuan (informed consent), jadi laporan tidak dibuat",
        "en": "no consent date (informed consent), so no report is made",
    },
    "pf_consent_allowed": {
        "id": "belum ada tanggal persetujuan; laporan tetap dibuat karena "
        "--allow-missing-consent dan menyebutnya di baris pertama",
        "en": "no consent date; the report is made because of --allow-missing-consent "
        "and says so on its first line",
    },
    "pf_consent_fix": {
        "id": "isi kolom consent_date dengan tanggal klien menandatangani persetujuan "
        "(mis. 2024-08-27 atau 27/08/2024); hanya untuk latihan: --allow-missing-consent",
        "en": "fill in consent_date with the date the client signed the consent "
        "(e.g. 2024-08-27 or 27/08/2024); for practice only: --allow-missing-consent",
    },
    "pf_no_scores": {
        "id": "belum ada jawaban kuesioner: bagian evaluasi tidak punya grafik sebelum/sesudah",
        "en": "no questionnaire answers: the evaluation section has no before/after chart",
    },
    "pf_no_scores_fix": {
        "id": "isi responses.csv (jawaban per butir) atau scores.csv (skor total) dengan "
        "waktu pengukuran sebelum dan sesudah (pre dan post)",
        "en": "fill in responses.csv (item answers) or scores.csv (totals) with the "
        "timepoints pre and post (sebelum and sesudah)",
    },
    "pf_instrument_missing": {
        "id": "klien ini tidak punya skor untuk kuesioner yang dipilih dengan --instrument; "
        "kuesioner klien ini: {found}",
        "en": "this client has no scores for the questionnaire chosen with --instrument; "
        "the client's questionnaires: {found}",
    },
    "pf_instrument_fix": {
        "id": "pilih salah satu kuesioner itu dengan --instrument, atau hapus --instrument",
        "en": "choose one of those with --instrument, or leave --instrument out",
    },
    "pf_total_missing": {
        "id": "skor total {instrument} tidak dapat dihitung ({reason})",
        "en": "the total of {instrument} cannot be scored ({reason})",
    },
    "pf_total_missing_fix": {
        "id": "isi jawaban yang masih kosong di baris ini",
        "en": "fill in the blank answers in this row",
    },
    "pf_no_pair": {
        "id": "tidak ada pasangan {pre}/{post} untuk dibandingkan; waktu pengukuran klien "
        "ini: {found}",
        "en": "no {pre}/{post} pair to compare; this client's timepoints: {found}",
    },
    "pf_no_pair_fix": {
        "id": "tulis waktu pengukuran sebagai sebelum/sesudah (atau pre/post), atau pilih "
        "label Anda dengan --pre LABEL --post LABEL",
        "en": "type the timepoints as pre/post (or sebelum/sesudah), or choose your labels "
        "with --pre LABEL --post LABEL",
    },
    "pf_change_error": {
        "id": "perubahan skor tidak dapat dihitung: {error}",
        "en": "the change in scores cannot be computed: {error}",
    },
    "pf_change_fix": {
        "id": "satu baris per klien, kuesioner dan waktu pengukuran; atau pilih label lain "
        "dengan --pre LABEL --post LABEL",
        "en": "keep one row per client, questionnaire and timepoint; or choose other labels "
        "with --pre LABEL --post LABEL",
    },
    "pf_figure_error": {
        "id": "gambar '{figure}' tidak dapat digambar: {error}",
        "en": "the figure '{figure}' cannot be drawn: {error}",
    },
    "pf_figure_fix": {
        "id": "periksa baris klien ini di file tersebut",
        "en": "check this client's rows in that file",
    },
    "pf_figures_empty": {
        "id": "belum ada data untuk: {figures}; gambar itu hanya akan bertuliskan 'tidak ada data'",
        "en": "no data yet for: {figures}; those figures will only say 'no data'",
    },
    "pf_figures_empty_fix": {
        "id": "isi file tersebut bila datanya ada (boleh dibiarkan kosong)",
        "en": "fill in those files if you have the data (leaving them empty is allowed)",
    },
    "pf_not_drawn": {
        "id": "(Gambar dicoba digambar bila klien yang diperiksa paling banyak {limit}; "
        "periksa gambar seorang klien dengan --client KODE.)",
        "en": "(Figures are test-drawn when at most {limit} clients are checked; check one "
        "client's figures with --client ID.)",
    },
    "pdf_no_chromium": {
        "id": "PDF tidak dibuat: Chromium tidak ditemukan. Laporan HTML sudah ditulis. Pasang "
        "Chromium (Debian/Ubuntu: sudo apt install chromium; Windows/macOS: Google Chrome) "
        "atau tunjukkan lokasinya dengan CASEKIT_CHROMIUM=/jalur/ke/chromium, lalu ulangi "
        "dengan --pdf.",
        "en": "No PDF made: Chromium was not found. The HTML reports were written. Install "
        "Chromium (Debian/Ubuntu: sudo apt install chromium; Windows/macOS: Google Chrome) or "
        "point to it with CASEKIT_CHROMIUM=/path/to/chromium, then run again with --pdf.",
    },
    "pdf_written": {"id": "PDF ditulis: {path}", "en": "PDF written: {path}"},
    "pdf_failed": {
        "id": "PDF GAGAL {name}: {error} (laporan HTML tetap ada)",
        "en": "PDF FAILED {name}: {error} (the HTML report is still there)",
    },
    "pf_client_heading": {"id": "Klien {client}:", "en": "Client {client}:"},
    "pf_readiness_heading": {
        "id": "Kesiapan laporan (casekit report):",
        "en": "Ready for a report (casekit report)?",
    },
    "pf_ready": {"id": "{client}: siap untuk laporan", "en": "{client}: ready for a report"},
    "pf_ready_warnings": {"id": "({n} peringatan)", "en": "({n} warning(s))"},
    "pf_not_ready": {
        "id": "{client}: belum siap untuk laporan: {reasons}",
        "en": "{client}: not ready for a report: {reasons}",
    },
    "pf_not_ready_summary": {
        "id": "{path}: data bersih ({n} klien; {w} peringatan), tetapi {k} klien belum siap "
        "untuk laporan (lihat di atas).",
        "en": "{path}: data clean ({n} client(s); {w} warning(s)), but {k} client(s) not "
        "ready for a report (see above).",
    },
    # --- speed -----------------------------------------------------------------
    # (add this part's labels here, both languages)
    "col_rel_n": {"id": "n (pengisian)", "en": "n (administrations)"},
    "col_rel_items": {"id": "Jumlah butir", "en": "Items"},
    "col_rel_alpha": {"id": "Alfa Cronbach [IK 95%]", "en": "Cronbach's alpha [95% CI]"},
    # --- chapter (Word document, process check) --------------------------------
    # (add this part's labels here, both languages)
    "pc_summary": {
        "id": "{n} temuan kelengkapan proses pertolongan di {casebook}.",
        "en": "{n} finding(s) on the completeness of the helping process in {casebook}.",
    },
    "ch_written": {
        "id": "Bab IV ditulis: {path} ({n} temuan kelengkapan di awal dokumen; hapus daftarnya sebelum dikumpulkan).",
        "en": "Chapter IV written: {path} ({n} completeness finding(s) at the top; delete that list before handing in).",
    },
    "ch_not_docx": {
        "id": "{path!r} bukan nama berkas .docx: beri nama yang berakhiran .docx, atau sebuah folder",
        "en": "{path!r} is not a .docx file name: give a name ending in .docx, or a folder",
    },
    "ch_doc_title": {
        "id": "Bab IV Penanganan Kasus: Klien {name}",
        "en": "Chapter IV Case handling: client {name}",
    },
    "ch_title": {"id": "BAB IV PENANGANAN KASUS", "en": "CHAPTER IV CASE HANDLING"},
    "ch_s41": {
        "id": "4.1 Tahap Engagement, Intake dan Kontrak",
        "en": "4.1 Engagement, Intake and Contract",
    },
    "ch_s42": {"id": "4.2 Tahap Asesmen", "en": "4.2 Assessment"},
    "ch_s43": {"id": "4.3 Tahap Rencana Intervensi", "en": "4.3 Intervention Plan"},
    "ch_s44": {"id": "4.4 Tahap Intervensi", "en": "4.4 Intervention"},
    "ch_s45": {"id": "4.5 Tahap Evaluasi", "en": "4.5 Evaluation"},
    "ch_s46": {"id": "4.6 Tahap Terminasi dan Rujukan", "en": "4.6 Termination and Referral"},
    "ch_table": {"id": "Tabel", "en": "Table"},
    "ch_figure": {"id": "Gambar", "en": "Figure"},
    "ch_check_title": {
        "id": "Daftar periksa kelengkapan proses pertolongan (dibuat casekit; hapus daftar ini sebelum laporan dikumpulkan)",
        "en": "Completeness checklist of the helping process (made by casekit; delete this list before handing in)",
    },
    "ch_check_ok": {
        "id": "Semua pemeriksaan terpenuhi: setiap tahap punya sesi bertanggal, informed consent sebelum intervensi, setiap kegiatan dilaksanakan dan dievaluasi, pengukuran sebelum dan sesudah berurutan, terminasi dan rujukan tercatat.",
        "en": "Every check passed: each stage has a dated session, consent precedes the intervention, each activity was held and evaluated, the before and after measurements are in order, termination and referral are recorded.",
    },
    "ch_check_note": {
        "id": "Pemeriksaan hanya melihat apa yang tercatat di buku kasus. Tanggal yang diisi sebagai perkiraan (misalnya tanggal pre-test yang tidak disebut dalam catatan lapangan) tidak dapat dikenali; sebutkan sendiri di teks.",
        "en": "The check sees only what the casebook records. A date filled in as an estimate (for example a pre-test date the field notes do not give) cannot be recognised; say so yourself in the text.",
    },
    "ch_check_figures": {
        "id": "Gambar belum dibuat ({why}); kotak bertanda menunjukkan tempatnya.",
        "en": "The figures were not made ({why}); framed boxes mark where they go.",
    },
    "ch_no_figures_asked": {
        "id": "dimatikan dengan --no-figures",
        "en": "turned off with --no-figures",
    },
    "ch_no_kaleido": {
        "id": "kaleido atau Chromium tidak tersedia: {reason}. Pasang kaleido (pip install kaleido) dan Chromium, lalu jalankan lagi; atau tempel gambar dari laporan HTML",
        "en": "kaleido or Chromium is not available: {reason}. Install kaleido (pip install kaleido) and Chromium and run again, or paste the figure from the HTML report",
    },
    "ch_placeholder": {
        "id": "[Tempat gambar: {title}. Belum dibuat: {why}.]",
        "en": "[Figure goes here: {title}. Not made: {why}.]",
    },
    "ch_note_placeholders": {
        "id": "Perhatian: {n} gambar diganti kotak tempat gambar ({why}).",
        "en": "Note: {n} figure(s) are placeholders ({why}).",
    },
    "ch_consent_refused": {
        "id": "Klien {client!r} belum memiliki consent_date di clients.csv. Bab ini hanya dibuat untuk klien yang sudah menandatangani informed consent: isi tanggalnya, atau (hanya untuk latihan) jalankan dengan --allow-missing-consent.",
        "en": "Client {client!r} has no consent_date in clients.csv. The chapter is made only for a client who signed the informed consent: fill in the date, or (for practice only) run with --allow-missing-consent.",
    },
    "ch_intake_on": {
        "id": "Intake dilakukan pada tanggal {date}.",
        "en": "Intake took place on {date}.",
    },
    "ch_consent_on": {
        "id": "Lembar informed consent ditandatangani pada tanggal {date}.",
        "en": "The informed-consent form was signed on {date}.",
    },
    "ch_no": {"id": "No", "en": "No"},
    "ch_time": {"id": "Waktu", "en": "Time"},
    "ch_when": {"id": "Waktu", "en": "When"},
    "ch_place": {"id": "Lokasi", "en": "Place"},
    "ch_tab_early": {
        "id": "Kegiatan Engagement, Intake dan Kontrak",
        "en": "Engagement, intake and contract",
    },
    "ch_identity": {"id": "Identitas Klien", "en": "Client identity"},
    "ch_client_name": {"id": "Nama klien (samaran)", "en": "Client (pseudonym)"},
    "ch_family": {"id": "Identitas Keluarga", "en": "Family identity"},
    "ch_member": {"id": "Susunan Keluarga", "en": "Family member"},
    "ch_age": {"id": "Usia", "en": "Age"},
    "ch_years": {"id": "{n} tahun", "en": "{n} years"},
    "ch_relation": {"id": "Hubungan dengan Klien", "en": "Relation to the client"},
    "ch_residence": {"id": "Alamat Tinggal", "en": "Lives in"},
    "ch_deceased": {"id": "sudah meninggal", "en": "deceased"},
    "ch_tab_family": {"id": "Identitas Keluarga", "en": "Family identity"},
    "ch_fig_genogram": {"id": "Genogram Klien {name}", "en": "Genogram of client {name}"},
    "ch_fig_life_road": {
        "id": "Social Life Road Klien {name}",
        "en": "Social life road of client {name}",
    },
    "ch_bpss": {"id": "BPSS Keberfungsian Klien", "en": "BPSS functioning of the client"},
    "ch_tab_bpss": {"id": "BPSS Klien {name}", "en": "BPSS of client {name}"},
    "ch_fig_bpss": {
        "id": "Keberfungsian BPSS Klien {name}",
        "en": "BPSS functioning of client {name}",
    },
    "ch_fig_body_map": {"id": "Body Map Klien {name}", "en": "Body map of client {name}"},
    "ch_fig_ecomap": {"id": "Ecomap Klien {name}", "en": "Ecomap of client {name}"},
    "ch_problems": {"id": "Gejala Masalah", "en": "Problem symptoms"},
    "ch_symptom": {"id": "Gejala masalah", "en": "Symptom"},
    "ch_tab_problems": {
        "id": "Gejala Masalah Menurut Klien, Tetangga dan Praktikan",
        "en": "Problems according to the client, neighbours and the worker",
    },
    "ch_potentials": {"id": "Potensi Klien", "en": "The client's potentials"},
    "ch_no_potentials": {
        "id": "Belum ada kekuatan klien yang dicatat (bpss.csv, kind = strength).",
        "en": "No strength of the client is recorded yet (bpss.csv, kind = strength).",
    },
    "ch_resources": {"id": "Sumber Klien", "en": "The client's resources"},
    "ch_no_resources": {
        "id": "Belum ada hubungan kuat atau sedang di ecomap (ecomap.csv).",
        "en": "No strong or moderate tie is recorded in the ecomap yet (ecomap.csv).",
    },
    "ch_focus": {"id": "Fokus Masalah", "en": "Focus problem"},
    "ch_focus_text": {
        "id": "Dari persebaran masalah di atas, praktikan memfokuskan {n} masalah:",
        "en": "Of the problems above, the worker focused on {n}:",
    },
    "ch_no_focus": {
        "id": "Fokus masalah belum ditandai (kolom focus di problems.csv).",
        "en": "No focus problem is marked yet (column focus in problems.csv).",
    },
    "ch_cause_effect": {
        "id": "Penyebab dan Dampak Masalah",
        "en": "Causes and effects of the problem",
    },
    "ch_problem": {"id": "Masalah", "en": "Problem"},
    "ch_cause": {"id": "Penyebab", "en": "Cause"},
    "ch_effect": {"id": "Dampak", "en": "Effect"},
    "ch_tab_cause_effect": {"id": "Penyebab dan Dampak", "en": "Causes and effects"},
    "ch_planning_on": {
        "id": "Rencana intervensi dibahas pada tanggal {date}: {notes}",
        "en": "The intervention plan was discussed on {date}: {notes}",
    },
    "ch_method_techniques": {"id": "Metode dan Teknik", "en": "Method and techniques"},
    "ch_tab_plan": {"id": "Rancangan Program", "en": "Programme plan"},
    "ch_intervention_span": {
        "id": "Pelaksanaan intervensi dilakukan mulai tanggal {a} sampai dengan {b} dalam {n} sesi.",
        "en": "The intervention ran from {a} to {b} in {n} sessions.",
    },
    "ch_fig_timeline": {
        "id": "Linimasa Pertolongan Klien {name}",
        "en": "Timeline of the helping process, client {name}",
    },
    "ch_tab_sessions": {"id": "Pelaksanaan Intervensi", "en": "Intervention sessions"},
    "ch_evaluation_on": {
        "id": "Evaluasi dilaksanakan pada tanggal {date}: {notes}",
        "en": "The evaluation took place on {date}: {notes}",
    },
    "ch_process_eval": {"id": "Evaluasi Proses", "en": "Process evaluation"},
    "ch_outcome_eval": {"id": "Evaluasi Hasil", "en": "Outcome evaluation"},
    "ch_tab_evaluation": {
        "id": "Matriks Evaluasi Intervensi",
        "en": "Evaluation matrix of the intervention",
    },
    "ch_tab_scores": {
        "id": "Skor Kesepian Sebelum dan Sesudah Intervensi",
        "en": "Loneliness scores before and after the intervention",
    },
    "ch_fig_prepost": {
        "id": "Skor Kesepian Klien {name} Sebelum dan Sesudah Intervensi",
        "en": "Loneliness of client {name} before and after the intervention",
    },
    "ch_terminated_on": {
        "id": "Terminasi dilakukan pada tanggal {date}.",
        "en": "The case was terminated on {date}.",
    },
    "ct_and": {"id": "dan", "en": "and"},
    "ct_no_data": {
        "id": "Belum ada data untuk gambar ini.",
        "en": "There are no data for this figure yet.",
    },
    "ct_genogram": {
        "id": "Genogram ini menggambarkan {n} anggota keluarga klien dalam {g} generasi.",
        "en": "The genogram shows {n} members of the client's family over {g} generations.",
    },
    "ct_genogram_dead": {"id": "Yang sudah meninggal: {names}.", "en": "Deceased: {names}."},
    "ct_bond_close": {"id": "Hubungan dekat dengan {names}.", "en": "Close ties with {names}."},
    "ct_bond_distant": {
        "id": "Hubungan jauh atau renggang dengan {names}.",
        "en": "Distant or strained ties with {names}.",
    },
    "ct_bond_conflict": {
        "id": "Konflik atau putus hubungan dengan {names}.",
        "en": "Conflict or cut-off with {names}.",
    },
    "ct_lives_alone": {"id": "Klien tinggal sendiri.", "en": "The client lives alone."},
    "ct_at_age": {"id": "usia {age} tahun", "en": "age {age}"},
    "ct_in_year": {"id": "tahun {year}", "en": "{year}"},
    "ct_life_road": {
        "id": "Social life road ini memuat {n} peristiwa hidup klien, dari {a} sampai {b}; peristiwa baik digambar di atas garis, peristiwa buruk di bawahnya.",
        "en": "The social life road holds {n} events of the client's life, from {a} to {b}; good times are drawn above the line, bad times below it.",
    },
    "ct_life_road_peaks": {
        "id": "Titik tertinggi: {best} ({best_when}). Titik terendah: {worst} ({worst_when}).",
        "en": "Highest point: {best} ({best_when}). Lowest point: {worst} ({worst_when}).",
    },
    "ct_body_map": {
        "id": "Body map menandai {n} bagian tubuh yang sakit atau bermasalah: {regions}.",
        "en": "The body map marks {n} painful or troubled body parts: {regions}.",
    },
    "ct_severity": {"id": "(tingkat {s} dari 10)", "en": "(severity {s} of 10)"},
    "ct_no_severity": {
        "id": "Tingkat keparahannya tidak dicatat.",
        "en": "Their severity is not recorded.",
    },
    "ct_ecomap": {
        "id": "Ecomap menggambarkan hubungan klien dengan {n} orang dan lembaga di sekitarnya.",
        "en": "The ecomap shows the client's ties to {n} people and institutions around them.",
    },
    "ct_eco_strong": {"id": "Hubungan kuat: {names}.", "en": "Strong: {names}."},
    "ct_eco_moderate": {"id": "Hubungan sedang: {names}.", "en": "Moderate: {names}."},
    "ct_eco_weak": {"id": "Hubungan lemah: {names}.", "en": "Weak: {names}."},
    "ct_eco_stressful": {
        "id": "Hubungan penuh tekanan atau terputus: {names}.",
        "en": "Stressful or broken: {names}.",
    },
    "ct_bpss": {
        "id": "Keberfungsian klien ditinjau dari aspek biologis, psikologis, sosial dan spiritual: {parts}.",
        "en": "The client's functioning in the biological, psychological, social and spiritual domains: {parts}.",
    },
    "ct_bpss_domain": {
        "id": "{domain} {p} masalah dan {s} kekuatan",
        "en": "{domain} {p} problem(s) and {s} strength(s)",
    },
    "ct_timeline": {
        "id": "Linimasa memuat {n} sesi dari {a} sampai {b}, termasuk {k} sesi intervensi untuk {m} kegiatan dalam rencana.",
        "en": "The timeline holds {n} sessions from {a} to {b}, including {k} intervention sessions for {m} planned activities.",
    },
    "ct_source": {"id": "Sumber skor: {source}.", "en": "Source of the scores: {source}."},
    "pc_row": {"id": "baris {row}", "en": "row {row}"},
    "pc_new_row": {"id": "baris baru", "en": "new row"},
    "pc_column": {"id": "kolom '{column}'", "en": "column '{column}'"},
    "pc_value": {"id": "isi: {value}", "en": "value: {value}"},
    "pc_stage": {
        "id": "belum ada sesi bertanggal untuk tahap {section} ({stages})",
        "en": "no dated session for stage {section} ({stages})",
    },
    "pc_stage_fix": {
        "id": "Tambahkan baris di sessions.csv dengan client_id {client}, stage {stage} dan tanggalnya",
        "en": "Add a row to sessions.csv with client_id {client}, stage {stage} and its date",
    },
    "pc_consent": {
        "id": "tanggal informed consent belum dicatat",
        "en": "the informed-consent date is not recorded",
    },
    "pc_consent_fix": {
        "id": "Isi consent_date dengan tanggal lembar informed consent ditandatangani",
        "en": "Fill in consent_date with the day the informed-consent form was signed",
    },
    "pc_consent_late": {
        "id": "informed consent ({date}) tercatat sesudah sesi intervensi pertama ({first}, sessions.csv baris {session_row})",
        "en": "informed consent ({date}) is dated after the first intervention session ({first}, sessions.csv row {session_row})",
    },
    "pc_consent_late_fix": {
        "id": "Periksa kedua tanggal: persetujuan harus ditandatangani sebelum intervensi dimulai",
        "en": "Check both dates: consent must be signed before the intervention starts",
    },
    "pc_plan_no_session": {
        "id": "kegiatan {activity} ada di rencana tetapi tidak punya sesi",
        "en": "activity {activity} is planned but has no session",
    },
    "pc_plan_no_session_fix": {
        "id": "Tambahkan sesinya di sessions.csv dengan activity_id {activity}, atau hapus kegiatan ini dari plan.csv bila tidak dilaksanakan",
        "en": "Add its sessions to sessions.csv with activity_id {activity}, or remove it from plan.csv if it was not held",
    },
    "pc_plan_no_evaluation": {
        "id": "kegiatan {activity} belum dievaluasi (tidak ada di matriks evaluasi)",
        "en": "activity {activity} is not evaluated (not in the evaluation matrix)",
    },
    "pc_plan_no_evaluation_fix": {
        "id": "Tambahkan baris di evaluation.csv dengan activity_id {activity}, evaluasi proses dan evaluasi hasil",
        "en": "Add a row to evaluation.csv with activity_id {activity}, its process and outcome notes",
    },
    "pc_eval_no_activity": {
        "id": "baris evaluasi ini tidak menyebut kegiatan",
        "en": "this evaluation row names no activity",
    },
    "pc_eval_no_activity_fix": {
        "id": "Isi activity_id dengan kode kegiatan dari plan.csv",
        "en": "Fill in activity_id with an activity code from plan.csv",
    },
    "pc_eval_not_planned": {
        "id": "kegiatan {activity} yang dievaluasi tidak ada di plan.csv",
        "en": "the evaluated activity {activity} is not in plan.csv",
    },
    "pc_eval_not_planned_fix": {
        "id": "Perbaiki kode kegiatannya, atau tambahkan kegiatan {activity} ke plan.csv",
        "en": "Correct the activity code, or add activity {activity} to plan.csv",
    },
    "pc_eval_not_held": {
        "id": "kegiatan {activity} dievaluasi tetapi tidak punya sesi",
        "en": "activity {activity} is evaluated but was never held (no session)",
    },
    "pc_eval_not_held_fix": {
        "id": "Tambahkan sesinya di sessions.csv dengan activity_id {activity}, atau hapus baris evaluasi ini",
        "en": "Add its sessions to sessions.csv with activity_id {activity}, or remove this evaluation row",
    },
    "pc_no_pre": {
        "id": "tidak ada pengukuran sebelum intervensi (waktu pengukuran '{timepoint}')",
        "en": "no measurement before the intervention (timepoint '{timepoint}')",
    },
    "pc_no_pre_fix": {
        "id": "Catat skor sebelum intervensi di responses.csv (jawaban per butir) atau scores.csv (skor total) dengan timepoint {timepoint}",
        "en": "Record the score before the intervention in responses.csv (item answers) or scores.csv (totals) with timepoint {timepoint}",
    },
    "pc_no_post": {
        "id": "tidak ada pengukuran sesudah intervensi (waktu pengukuran '{timepoint}')",
        "en": "no measurement after the intervention (timepoint '{timepoint}')",
    },
    "pc_no_post_fix": {
        "id": "Catat skor sesudah intervensi di responses.csv (jawaban per butir) atau scores.csv (skor total) dengan timepoint {timepoint}",
        "en": "Record the score after the intervention in responses.csv (item answers) or scores.csv (totals) with timepoint {timepoint}",
    },
    "pc_pre_undated": {
        "id": "pengukuran '{timepoint}' tidak bertanggal, jadi tidak dapat diperiksa apakah dilakukan sebelum sesi intervensi pertama",
        "en": "the '{timepoint}' measurement has no date, so it cannot be checked that it came before the first intervention session",
    },
    "pc_pre_undated_fix": {
        "id": "Isi tanggal pengukuran; bila laporan tidak menyebutnya, tulis di catatan tanggal mana yang dipakai dan mengapa",
        "en": "Fill in the date it was taken; if the report does not say, note which date you used and why",
    },
    "pc_post_undated": {
        "id": "pengukuran '{timepoint}' tidak bertanggal, jadi tidak dapat diperiksa apakah dilakukan sesudah sesi intervensi terakhir",
        "en": "the '{timepoint}' measurement has no date, so it cannot be checked that it came after the last intervention session",
    },
    "pc_post_undated_fix": {
        "id": "Isi tanggal pengukuran; bila laporan tidak menyebutnya, tulis di catatan tanggal mana yang dipakai dan mengapa",
        "en": "Fill in the date it was taken; if the report does not say, note which date you used and why",
    },
    "pc_pre_late": {
        "id": "pengukuran '{timepoint}' ({date}) sesudah sesi intervensi pertama ({first}, sessions.csv baris {session_row})",
        "en": "the '{timepoint}' measurement ({date}) comes after the first intervention session ({first}, sessions.csv row {session_row})",
    },
    "pc_pre_late_fix": {
        "id": "Periksa tanggalnya: pengukuran sebelum harus dilakukan sebelum intervensi dimulai",
        "en": "Check the date: the measurement before must be taken before the intervention starts",
    },
    "pc_post_early": {
        "id": "pengukuran '{timepoint}' ({date}) sebelum sesi intervensi terakhir ({last}, sessions.csv baris {session_row})",
        "en": "the '{timepoint}' measurement ({date}) comes before the last intervention session ({last}, sessions.csv row {session_row})",
    },
    "pc_post_early_fix": {
        "id": "Periksa tanggalnya: pengukuran sesudah dilakukan setelah intervensi selesai",
        "en": "Check the date: the measurement after is taken once the intervention has ended",
    },
    "pc_no_termination_date": {
        "id": "tanggal terminasi belum diisi",
        "en": "the termination date is missing",
    },
    "pc_no_termination_date_fix": {
        "id": "Isi termination_date dengan tanggal kontrak diakhiri",
        "en": "Fill in termination_date with the day the contract ended",
    },
    "pc_no_termination_reason": {
        "id": "alasan terminasi belum diisi",
        "en": "the reason for termination is missing",
    },
    "pc_no_termination_reason_fix": {
        "id": "Isi termination_reason (goals_met, referred, withdrew, moved, deceased atau other)",
        "en": "Fill in termination_reason (goals_met, referred, withdrew, moved, deceased or other)",
    },
    "pc_no_referral": {
        "id": "klien dirujuk, tetapi tujuan rujukan tidak disebut",
        "en": "the client was referred, but the referral is not named",
    },
    "pc_no_referral_fix": {
        "id": "Isi referral_to dengan lembaga atau orang yang menerima rujukan",
        "en": "Fill in referral_to with the service or person the client was referred to",
    },
    # --- messages (command line, validation) -----------------------------------
    # (add this part's labels here, both languages)
    # where a problem is (casekit.errors.Problem.text)
    "m_where_row": {"id": ", baris {row}", "en": ", row {row}"},
    "m_where_column": {"id": ", kolom '{column}'", "en": ", column '{column}'"},
    "m_where_value": {"id": " (isi sel: {value})", "en": " (value: {value})"},
    "m_where_fix": {"id": ". Perbaikan: {fix}", "en": ". Fix: {fix}"},
    "m_warning": {"id": "peringatan: ", "en": "warning: "},
    "m_and_more": {"id": "... dan {n} lagi", "en": "... and {n} more"},
    "m_problems": {"id": "masalah", "en": "problems"},
    "m_casebook_problems": {"id": "masalah di buku kasus", "en": "problem(s) in the casebook"},
    "m_instrument_problems": {
        "id": "masalah pada definisi instrumen",
        "en": "problem(s) with an instrument definition",
    },
    # command line (casekit.cli)
    "m_bad_env_lang": {
        "id": "CASEKIT_LANG harus 'id' (Bahasa Indonesia) atau 'en' (English)",
        "en": "CASEKIT_LANG must be 'id' (Bahasa Indonesia) or 'en' (English)",
    },
    "m_no_casebook": {
        "id": "tidak ada buku kasus di {path}: periksa nama foldernya "
        "(atau buat yang baru dengan `casekit new FOLDER --client KODE`)",
        "en": "there is no casebook at {path}: check the folder name "
        "(or create one with `casekit new FOLDER --client ID`)",
    },
    "m_validate_found": {
        "id": "{n} masalah ditemukan di {path}. Tidak ada yang diubah.",
        "en": "{n} problem(s) found in {path}. Nothing was changed.",
    },
    "m_validate_clean": {
        "id": "{path}: bersih ({clients} klien; {warnings} peringatan).",
        "en": "{path}: clean ({clients} client(s); {warnings} warning(s)).",
    },
    "m_new_created": {
        "id": "{path} sudah dibuat. Buka berkas CSV-nya dengan program lembar kerja; "
        "baca README.md di sana.",
        "en": "Created {path}. Open the CSV files in a spreadsheet; see README.md there.",
    },
    "m_new_validate": {
        "id": "Periksa pekerjaan Anda kapan saja dengan: casekit validate {path}",
        "en": "Check your work any time with: casekit validate {path}",
    },
    "m_slides_written": {
        "id": "Salindia ditulis ke {path} (buka di peramban; biarkan slides_assets/ di sampingnya).",
        "en": "Slides written to {path} (open it in a browser; keep slides_assets/ beside it).",
    },
    "m_exported": {
        "id": "{n} klien diekspor ke {out} ({files} berkas).",
        "en": "Exported {n} client(s) to {out} ({files} files).",
    },
    "m_key_created": {
        "id": "Kunci nama samaran baru ditulis ke {path}: simpan secara rahasia, di luar ekspor.",
        "en": "Pseudonym new key written to {path}: keep it private and outside the export.",
    },
    "m_key_read": {
        "id": "Kunci nama samaran dibaca dari {path}: simpan secara rahasia, di luar ekspor.",
        "en": "Pseudonym key read from {path}: keep it private and outside the export.",
    },
    "m_audit_line": {
        "id": "Baris catatan audit ditambahkan ke {path}",
        "en": "Audit line appended to {path}",
    },
    "m_wrote_rows": {"id": "{n} baris ditulis ke {path}.", "en": "Wrote {n} row(s) to {path}."},
    "m_no_rows": {"id": "(tidak ada baris)", "en": "(no rows)"},
    "m_interrupted": {
        "id": "dihentikan; tidak ada berkas setengah jadi yang tertinggal.",
        "en": "interrupted; nothing half-written was left behind.",
    },
    "m_report_failed": {"id": "GAGAL {name}: {error}", "en": "FAILED {name}: {error}"},
    "m_report_notebook": {"id": " (notebook: {path})", "en": " (notebook: {path})"},
    "m_reports_written": {
        "id": "{ok} laporan ditulis, {failed} gagal.",
        "en": "{ok} report(s) written, {failed} failed.",
    },
    # validation problems (casekit.checks); the column, value and row are named by Problem
    "v_dup_header": {
        "id": "kolom ini muncul dua kali di baris judul",
        "en": "this column appears twice in the header",
    },
    "v_dup_header_fix": {
        "id": "hapus atau ganti nama salah satu dari kedua kolom itu",
        "en": "delete or rename one of the two columns",
    },
    "v_missing_column": {
        "id": "kolom wajib '{name}' tidak ada",
        "en": "the required column '{name}' is missing",
    },
    "v_missing_column_fix": {
        "id": "tambahkan kolom berjudul '{name}' (lihat templat dari `casekit new`)",
        "en": "add a column headed '{name}' (see `casekit new` for a template)",
    },
    "v_unknown_column": {
        "id": "casekit tidak mengenal kolom ini; kolomnya disimpan tetapi tidak diperiksa",
        "en": "casekit does not know this column; it is kept but not checked",
    },
    "v_unknown_column_fix": {
        "id": "periksa ejaan judul kolom bila yang dimaksud salah satu dari: {known}",
        "en": "check the spelling of the header if you meant one of: {known}",
    },
    "v_bad_code": {
        "id": "kode hanya boleh memakai huruf, angka, '-' dan '_' (tanpa spasi), diawali huruf "
        "atau angka, paling panjang 64 karakter",
        "en": "codes may only use letters, digits, '-' and '_' (no spaces), "
        "start with a letter or digit, and be at most 64 characters",
    },
    "v_bad_code_fix": {
        "id": "hapus spasi dan tanda lain dari kode, mis. 'K-01'",
        "en": "remove spaces and other signs from the code, e.g. 'K-01'",
    },
    "v_not_bool": {"id": "ini bukan nilai ya/tidak", "en": "this is not a yes/no value"},
    "v_not_bool_fix": {
        "id": "tulis ya atau tidak (yes atau no), atau kosongkan selnya",
        "en": "write yes or no (ya or tidak), or leave the cell empty",
    },
    "v_not_time": {"id": "ini bukan jam", "en": "this is not a time of day"},
    "v_not_time_fix": {
        "id": "tulis jam sebagai JJ:MM dalam format 24 jam, mis. 09:30 atau 14:00",
        "en": "write the time as HH:MM on a 24-hour clock, e.g. 09:30 or 14:00",
    },
    "v_unknown_value": {
        "id": "casekit tidak mengenal isian ini untuk kolom ini",
        "en": "this value is not one casekit knows for this column",
    },
    "v_unknown_value_fix": {
        "id": "pakai salah satu dari: {allowed} (kata Inggrisnya juga diterima; daftar "
        "lengkapnya ada di README.md buku kasus)",
        "en": "use one of: {allowed} (the Indonesian words are accepted too; README.md of the "
        "casebook lists them all)",
    },
    "v_use_one_of": {"id": "pakai salah satu dari: {allowed}", "en": "use one of: {allowed}"},
    "v_whole_number": {"id": "bilangan bulat", "en": "a whole number"},
    "v_number": {"id": "angka", "en": "a number"},
    "v_not_number": {"id": "ini bukan {what}", "en": "this is not {what}"},
    "v_not_number_fix": {
        "id": "tulis {what} dengan angka saja, atau kosongkan selnya",
        "en": "write {what} using digits only, or leave it empty",
    },
    "v_not_whole": {"id": "ini harus bilangan bulat", "en": "this must be a whole number"},
    "v_not_whole_fix": {"id": "hapus angka di belakang koma", "en": "remove the decimals"},
    "v_out_of_range": {
        "id": "angka ini di luar rentang yang diizinkan, {lo} sampai {hi}",
        "en": "this is outside the allowed range {lo} to {hi}",
    },
    "v_out_of_range_fix": {
        "id": "periksa angkanya; perbaiki salah ketik",
        "en": "check the number; correct typing mistakes",
    },
    "v_not_date": {
        "id": "casekit tidak dapat membaca tanggal ini",
        "en": "this is not a date casekit can read",
    },
    "v_not_date_fix": {
        "id": "tulis tanggal sebagai TTTT-BB-HH, mis. 2024-08-22",
        "en": "write dates as YYYY-MM-DD, e.g. 2024-08-22",
    },
    "v_required": {"id": "'{name}' wajib diisi", "en": "'{name}' must be filled in"},
    "v_required_fix": {
        "id": "isi {name} pada baris ini",
        "en": "type the {name} in this row",
    },
    "v_year_or_age": {
        "id": "setiap peristiwa hidup memerlukan tahun atau usia",
        "en": "each life event needs a year or an age",
    },
    "v_year_or_age_fix": {"id": "isi year atau age", "en": "fill in year or age"},
    "v_duplicate": {
        "id": "{cols} yang sama sudah ada di baris {row}",
        "en": "the same {cols} already appears in row {row}",
    },
    "v_duplicate_fix": {
        "id": "setiap catatan harus unik: gabungkan kedua baris atau ganti kodenya",
        "en": "each record must be unique: merge the two rows or change the code",
    },
    "v_unknown_client": {
        "id": "client_id ini tidak ada di clients.csv",
        "en": "this client_id is not in clients.csv",
    },
    "v_unknown_client_fix": {
        "id": "tambahkan klien ke clients.csv atau perbaiki kodenya (huruf besar dan kecil "
        "dibedakan)",
        "en": "add the client to clients.csv or correct the code (codes are case-sensitive)",
    },
    "v_termination_before_intake": {
        "id": "tanggal terminasi lebih awal daripada tanggal intake",
        "en": "the termination date is before the intake date",
    },
    "v_check_dates": {
        "id": "periksa kedua tanggal (TTTT-BB-HH)",
        "en": "check both dates (YYYY-MM-DD)",
    },
    "v_unknown_member": {
        "id": "{col} menyebut anggota keluarga yang tidak ada di family.csv",
        "en": "{col} names a family member who is not in family.csv",
    },
    "v_unknown_member_fix": {
        "id": "pakai member_id dari baris klien yang sama, atau kosongkan selnya",
        "en": "use the member_id of a row of the same client, or leave the cell empty",
    },
    "v_death_before_birth": {
        "id": "tahun meninggal lebih awal daripada tahun lahir",
        "en": "the year of death is before the year of birth",
    },
    "v_death_before_birth_fix": {"id": "periksa kedua tahun", "en": "check both years"},
    "v_own_parent": {
        "id": "seseorang tidak bisa menjadi orang tuanya sendiri",
        "en": "a person cannot be their own parent",
    },
    "v_own_parent_fix": {
        "id": "perbaiki {col}: isinya harus member_id anggota lain dari klien ini",
        "en": "correct {col}: it must name another member_id of this client",
    },
    "v_unknown_activity": {
        "id": "activity_id ini tidak ada di plan.csv untuk klien ini",
        "en": "this activity_id is not in plan.csv for this client",
    },
    "v_unknown_activity_fix": {
        "id": "tambahkan kegiatannya ke plan.csv atau perbaiki kodenya",
        "en": "add the activity to plan.csv or correct the code",
    },
    "v_end_before_start": {
        "id": "tanggal selesai lebih awal daripada tanggal mulai",
        "en": "the end date is before the start date",
    },
    "v_session_ends_early": {
        "id": "sesi berakhir sebelum (atau tepat saat) dimulai",
        "en": "the session ends before (or when) it starts",
    },
    "v_session_ends_early_fix": {
        "id": "periksa start_time dan end_time (JJ:MM, format 24 jam)",
        "en": "check start_time and end_time (HH:MM, 24-hour clock)",
    },
    "v_unknown_instrument": {
        "id": "casekit tidak mengenal instrumen ini",
        "en": "casekit does not know this instrument",
    },
    "v_unknown_instrument_fix": {
        "id": "pakai salah satu dari: {known}; atau definisikan di instruments/{id}.toml",
        "en": "use one of: {known}; or define it in instruments/{id}.toml",
    },
    "v_totals_only": {
        "id": "instrumen ini hanya punya skor total (tanpa jawaban per butir)",
        "en": "this instrument has totals only (no item answers)",
    },
    "v_totals_only_fix": {
        "id": "tulis skor totalnya di scores.csv, bukan di responses.csv",
        "en": "put its total in scores.csv instead of responses.csv",
    },
    "v_beyond_items": {
        "id": "{id} hanya punya {n} butir, jadi tidak ada jawaban {col}",
        "en": "{id} has only {n} items, so there is no answer {col}",
    },
    "v_beyond_items_fix": {
        "id": "periksa apakah baris ini menyebut instrumen yang benar, atau kosongkan sel ini",
        "en": "check that the row names the right instrument, or empty this cell",
    },
    "v_answer_range": {
        "id": "jawaban {id} harus bilangan bulat dari {lo} sampai {hi}",
        "en": "answers to {id} must be whole numbers from {lo} to {hi}",
    },
    "v_answer_range_fix": {
        "id": "perbaiki jawabannya, atau kosongkan selnya bila butir itu tidak dijawab",
        "en": "correct the answer, or leave the cell empty if the item was not answered",
    },
    "v_unknown_scale": {
        "id": "{id} tidak punya skala dengan nama ini",
        "en": "{id} has no scale of this name",
    },
    "v_total_range": {
        "id": "skor total {id} harus di antara {lo} dan {hi}",
        "en": "a total of {id} must lie between {lo} and {hi}",
    },
    "v_total_range_fix": {
        "id": "periksa skor totalnya (atau instrumen yang disebut di baris ini)",
        "en": "check the total (or the instrument named in this row)",
    },
    "v_date_far": {
        "id": "tanggal ini di luar tahun {lo} sampai {hi}",
        "en": "this date is outside the years {lo} to {hi}",
    },
    "v_date_far_fix": {
        "id": "periksa tahunnya, mungkin salah ketik (TTTT-BB-HH, mis. 2024-08-22)",
        "en": "check the year for a typing mistake (YYYY-MM-DD, e.g. 2024-08-22)",
    },
    "v_windows_reserved": {
        "id": "kode ini adalah nama yang dicadangkan Windows untuk perangkat (CON, PRN, AUX, NUL, "
        "COM1-9, LPT1-9), jadi laporannya tidak bisa disimpan di sana",
        "en": "this code is a name Windows reserves for devices (CON, PRN, AUX, NUL, "
        "COM1-9, LPT1-9), so its report could not be saved there",
    },
    "v_windows_reserved_fix": {
        "id": "pilih kode lain, mis. 'K-{code}'",
        "en": "choose another code, e.g. 'K-{code}'",
    },
    "v_case_twin": {
        "id": "kode ini berbeda dari '{other}' (baris {row}) hanya pada huruf besar/kecil; di "
        "Windows dan macOS laporan keduanya akan menjadi satu berkas",
        "en": "this code differs from '{other}' (row {row}) only in "
        "capitals; on Windows and macOS their reports would be one file",
    },
    "v_case_twin_fix": {
        "id": "beri kedua klien kode yang berbeda lebih dari sekadar huruf besar/kecil",
        "en": "give the two clients codes that differ in more than capitals",
    },
    # casebook files (casekit.casebook)
    "b_no_casebook": {
        "id": "folder atau berkas buku kasus ini tidak ada",
        "en": "this casebook folder or file does not exist",
    },
    "b_no_casebook_fix": {
        "id": "periksa jalurnya; buat buku kasus baru dengan `casekit new FOLDER --client KODE`",
        "en": "check the path; create a new casebook with `casekit new FOLDER --client ID`",
    },
    "b_not_casebook": {
        "id": "buku kasus adalah folder berisi berkas CSV atau satu workbook .xlsx",
        "en": "a casebook is a folder of CSV files or an .xlsx workbook",
    },
    "b_not_casebook_fix": {
        "id": "sebutkan folder yang berisi clients.csv",
        "en": "give the folder that holds clients.csv",
    },
    "b_unknown_sheet": {
        "id": "sheet ini bukan tabel buku kasus dan diabaikan",
        "en": "this sheet is not a casebook table and was ignored",
    },
    "b_unknown_sheet_fix": {
        "id": "ganti nama sheet menjadi nama tabel bila memang dimaksudkan sebagai tabel",
        "en": "rename the sheet to a table name if you meant one",
    },
    "b_unknown_file": {
        "id": "berkas ini bukan tabel buku kasus dan diabaikan",
        "en": "this file is not a casebook table and was ignored",
    },
    "b_unknown_file_fix": {
        "id": "ganti namanya bila seharusnya salah satu dari: {known}",
        "en": "rename it if it should be one of: {known}",
    },
    "b_no_clients": {
        "id": "tidak ada clients.csv di {folder}",
        "en": "there is no clients.csv in {folder}",
    },
    "b_no_clients_fix": {
        "id": "setiap buku kasus memerlukan clients.csv dengan setidaknya kolom client_id "
        "(`casekit new` membuatnya)",
        "en": "every casebook needs clients.csv with at least a client_id column "
        "(`casekit new` makes one)",
    },
    # report parameters (casekit.reports.params)
    "r_bad_client_id": {
        "id": "Kode klien {id} tidak bisa dipakai sebagai nama berkas laporan: pakai huruf, "
        "angka, '-' dan '_' saja, diawali huruf atau angka (paling panjang 64).",
        "en": "Client id {id} cannot be used as a report file name: use letters, "
        "digits, '-' and '_' only, starting with a letter or digit (at most 64).",
    },
    "r_empty_parameter": {
        "id": "Parameter {name} harus berupa teks yang tidak kosong, bukan {value}.",
        "en": "Parameter {name} must be a non-empty text, got {value}.",
    },
    "r_unknown_instrument": {
        "id": "Instrumen {id} tidak dikenal. Instrumen yang dikenal: {known}. Periksa ejaannya, "
        "atau tambahkan definisinya di folder instruments/ buku kasus.",
        "en": "Unknown instrument {id}. Known instruments: {known}. "
        "Check the spelling, or add a definition in the casebook's instruments/ folder.",
    },
    "r_no_consent": {
        "id": "Klien {id} belum punya consent_date di clients.csv. Laporan hanya dibuat untuk "
        "klien yang sudah menandatangani informed consent: isi tanggal penandatanganannya, "
        "atau (hanya untuk latihan) jalankan dengan --allow-missing-consent.",
        "en": "Client {id} has no consent_date in clients.csv. A report is made only "
        "for a client who signed the informed consent: fill in the date it was signed, "
        "or (for teaching only) run with --allow-missing-consent.",
    },
    "r_no_casebooks": {
        "id": "Sebutkan setidaknya satu folder buku kasus untuk laporan kohort.",
        "en": "Give at least one casebook folder for a cohort report.",
    },
    "r_unknown_by": {
        "id": "Kolom subkelompok {by} tidak dikenal; pakai kolom clients.csv seperti "
        "sex, cluster, cohort, region atau living_arrangement.",
        "en": "Unknown subgroup column {by}; use a column of clients.csv such as "
        "sex, cluster, cohort, region or living_arrangement.",
    },
    "r_unknown_clients": {
        "id": "Klien {ids} tidak ada di {casebook}. Klien yang ada: {known}.",
        "en": "Unknown client(s) {ids} in {casebook}. Known clients: {known}.",
    },
    "r_empty_timepoints": {
        "id": "--pre dan --post harus berupa label waktu pengukuran yang tidak kosong.",
        "en": "--pre and --post must be non-empty timepoint labels.",
    },
    "r_refused_no_consent": {
        "id": "tidak ada consent_date di clients.csv: isi tanggal informed consent "
        "ditandatangani, atau jalankan dengan --allow-missing-consent",
        "en": "no consent_date in clients.csv: fill in the date the informed consent "
        "was signed, or run with --allow-missing-consent",
    },
    # reading files (casekit.reading)
    "f_utf16": {
        "id": "berkas ini disimpan sebagai UTF-16 ('Unicode Text' Excel); sudah dibaca demikian",
        "en": "the file is saved as UTF-16 (Excel's 'Unicode Text'); it was read as such",
    },
    "f_save_utf8": {
        "id": "di program lembar kerja pilih 'CSV UTF-8' saat menyimpan",
        "en": "in your spreadsheet choose 'CSV UTF-8' when saving",
    },
    "f_cp1252": {
        "id": "berkas ini tidak disimpan sebagai UTF-8; sudah dibaca sebagai Windows-1252",
        "en": "the file is not saved as UTF-8; it was read as Windows-1252",
    },
    "f_save_utf8_garbled": {
        "id": "di program lembar kerja pilih 'CSV UTF-8' saat menyimpan, agar huruf tidak rusak",
        "en": "in your spreadsheet choose 'CSV UTF-8' when saving, so letters are never garbled",
    },
    "f_empty": {"id": "berkas ini kosong", "en": "the file is empty"},
    "f_empty_fix": {
        "id": "tambahkan baris judul (lihat `casekit new`) atau hapus berkasnya",
        "en": "add the header row (see `casekit new`) or delete the file",
    },
    "f_long_row": {
        "id": "baris ini punya sel lebih banyak daripada jumlah kolom di baris judul ({width})",
        "en": "this row has more cells than the header row has columns ({width})",
    },
    "f_long_row_fix": {
        "id": "beri judul kolom untuk sel tambahan itu, atau hapus sel-selnya",
        "en": "give the extra cells a column header, or delete them",
    },
    "f_workbook": {
        "id": "workbook tidak dapat dibuka ({detail})",
        "en": "the workbook could not be opened ({detail})",
    },
    "f_workbook_fix": {
        "id": "simpan ulang dari program lembar kerja sebagai .xlsx",
        "en": "save it again from your spreadsheet as .xlsx",
    },
    "f_not_table": {
        "id": "berkas ini tidak dapat dibaca sebagai tabel ({detail})",
        "en": "the file could not be read as a table ({detail})",
    },
    "f_not_table_fix": {
        "id": "periksa bahwa setiap baris punya jumlah sel (dipisah '{sep}') yang sama dan "
        "semua tanda petik ditutup",
        "en": "check that every row has the same number of '{sep}'-separated cells "
        "and that quotes are closed",
    },
    "f_row_cells": {
        "id": "berkas ini tidak dapat dibaca sebagai tabel: baris ini punya {saw} sel, "
        "sedangkan baris judul punya {expected}",
        "en": "the file could not be read as a table: this row has {saw} cells, "
        "but the header row has {expected}",
    },
    "f_row_cells_fix": {
        "id": "cari tanda '{sep}' yang tersesat di baris ini, atau beri judul kolom untuk sel "
        "tambahannya",
        "en": "look for a stray '{sep}' in this row, or give the extra cells a column header",
    },
    "f_unclosed_quote": {
        "id": 'berkas ini tidak dapat dibaca sebagai tabel: tanda petik (") yang dibuka di '
        "baris ini tidak pernah ditutup",
        "en": 'the file could not be read as a table: a quotation mark (") opened in this '
        "row is never closed",
    },
    "f_unclosed_quote_fix": {
        "id": 'tutup tanda petiknya ("...") atau hapus',
        "en": 'close the quote ("...") or delete it',
    },
    # instrument files (casekit.instruments)
    "i_not_utf8": {"id": "berkas ini bukan teks UTF-8", "en": "the file is not UTF-8 text"},
    "i_not_utf8_fix": {"id": "simpan sebagai UTF-8", "en": "save it as UTF-8"},
    "i_not_toml": {"id": "bukan TOML yang sah: {detail}", "en": "not valid TOML: {detail}"},
    "i_not_toml_fix": {
        "id": "perbaiki baris yang disebut; teks perlu tanda petik, daftar perlu [ ]",
        "en": "fix the line named; text needs quotes, lists need [ ]",
    },
    "i_builtin_id": {
        "id": "'{id}' adalah instrumen bawaan; buku kasus boleh menambah instrumen tetapi tidak "
        "boleh mengganti yang bawaan",
        "en": "'{id}' is a built-in instrument; a casebook may add instruments but override "
        "nothing built in",
    },
    "i_builtin_id_fix": {
        "id": "beri definisi Anda id (dan nama berkas) lain, mis. {id}_local",
        "en": "give your definition another id (and file name), e.g. {id}_local",
    },
    "i_unknown": {"id": "instrumen '{id}' tidak dikenal", "en": "unknown instrument '{id}'"},
    "i_unknown_fix": {
        "id": "pakai salah satu dari: {known} (atau tambahkan instruments/{id}.toml ke buku kasus)",
        "en": "use one of: {known} (or add instruments/{id}.toml to the casebook)",
    },
    # casekit new (casekit.templates) and casekit slides (casekit.slides)
    "n_bad_code": {
        "id": "Kode klien {code} tidak bisa dipakai: pakai huruf, angka, '-' atau '_' "
        "(tanpa spasi), paling panjang 64 karakter, mis. K01.",
        "en": "The client code {code} cannot be used: use letters, digits, '-' or '_' "
        "(no spaces), at most 64 characters, e.g. K01.",
    },
    "n_exists": {
        "id": "{folder} sudah ada dan tidak kosong; casekit tidak pernah menimpa buku kasus. "
        "Pilih nama folder baru.",
        "en": "{folder} already exists and is not empty; casekit never overwrites a casebook. "
        "Choose a new folder name.",
    },
    "s_no_assets": {
        "id": "Salinan luring reveal.js dan MathJax belum terpasang (tidak ada: {missing}). "
        "Jalankan `make install`, atau sekali: python -m casekit.slides --fetch-assets",
        "en": "The offline copies of reveal.js and MathJax are not installed "
        "(missing: {missing}). Run `make install`, or once: "
        "python -m casekit.slides --fetch-assets",
    },
    "s_cell_failed": {
        "id": "{name} berhenti di sel {cell} dengan {error}. Perbaiki notebook-nya (atau "
        "parameternya) lalu coba lagi.",
        "en": "{name} stopped at cell {cell} with {error}. Fix the notebook (or its "
        "parameters) and try again.",
    },
    "s_not_notebook": {
        "id": "{path} bukan berkas notebook (.ipynb). Sebutkan jalur ke sebuah notebook.",
        "en": "{path} is not a notebook file (.ipynb). Give the path to one.",
    },
    "m_usage_error": {"id": "kesalahan pemakaian", "en": "error"},
    # command-line help in Bahasa Indonesia (casekit.cli: English help text -> label)
    "h_01": {"id": "tampilkan bantuan ini lalu keluar", "en": "show this help message and exit"},
    "h_02": {
        "id": "periksa buku kasus dan daftar semua masalahnya",
        "en": "check a casebook and list every problem",
    },
    "h_03": {
        "id": "buat buku kasus kosong dengan semua templat",
        "en": "create a blank casebook with every template",
    },
    "h_04": {"id": "ringkasan singkat isi buku kasus", "en": "short summary of a casebook"},
    "h_05": {
        "id": "skor kuesioner buku kasus (tabel atau CSV)",
        "en": "questionnaire scores of a casebook (table or CSV)",
    },
    "h_06": {
        "id": "perubahan reliabel dan signifikan secara klinis per klien",
        "en": "reliable and clinically significant change per client",
    },
    "h_07": {
        "id": "ekspor notebook kuliah sebagai salindia reveal.js luring",
        "en": "export a lecture notebook as offline reveal.js slides",
    },
    "h_08": {
        "id": "tulis salinan tanpa identitas dari satu atau beberapa buku kasus untuk penelitian",
        "en": "write a de-identified copy of one or more casebooks for research",
    },
    "h_09": {
        "id": "satu laporan HTML per klien (papermill + nbconvert)",
        "en": "one HTML report per client (papermill + nbconvert)",
    },
    "h_10": {
        "id": "laporan kohort dari satu atau beberapa buku kasus",
        "en": "cohort report of one or more casebooks",
    },
    "h_11": {
        "id": "apakah proses pertolongan lengkap? (tahap 4.1-4.6)",
        "en": "is the helping process complete? (stages 4.1-4.6)",
    },
    "h_12": {
        "id": "bab IV laporan praktikum sebagai dokumen Word yang dapat diedit",
        "en": "the practicum chapter IV as an editable Word document",
    },
    "h_13": {
        "id": "folder buku kasus (atau workbook .xlsx)",
        "en": "casebook folder (or .xlsx workbook)",
    },
    "h_14": {
        "id": "waktu pengukuran sebelum (bawaan: pre; sebelum)",
        "en": "timepoint before (default: pre; sebelum)",
    },
    "h_15": {
        "id": "waktu pengukuran sesudah (bawaan: post; sesudah)",
        "en": "timepoint after (default: post; sesudah)",
    },
    "h_16": {
        "id": "id kuesioner yang akan dipakai laporan",
        "en": "questionnaire id the report will use",
    },
    "h_17": {
        "id": "periksa klien ini saja (ulangi untuk beberapa klien)",
        "en": "check only this client (repeat for several)",
    },
    "h_18": {
        "id": "seperti casekit report: tanggal persetujuan yang kosong hanya peringatan",
        "en": "as in casekit report: a missing consent date is only a warning",
    },
    "h_19": {"id": "bahasa pesan", "en": "language of the messages"},
    "h_20": {
        "id": "folder yang akan dibuat (belum ada atau kosong)",
        "en": "folder to create (must not exist or be empty)",
    },
    "h_21": {"id": "kode klien, mis. K01", "en": "the client's code, e.g. K01"},
    "h_22": {
        "id": "tulis semua kolom ke berkas ini alih-alih mencetaknya (.csv, atau .xlsx untuk Excel)",
        "en": "write every column to this file instead of printing (.csv, or .xlsx for Excel)",
    },
    "h_23": {
        "id": "waktu pengukuran pertama (bawaan: pre)",
        "en": "first timepoint (default: pre)",
    },
    "h_24": {
        "id": "waktu pengukuran kedua (bawaan: post)",
        "en": "second timepoint (default: post)",
    },
    "h_25": {
        "id": "indeks perubahan reliabel (bawaan: JT, Jacobson & Truax 1991)",
        "en": "reliable change index (default: JT, Jacobson & Truax 1991)",
    },
    "h_26": {
        "id": "titik potong Jacobson & Truax (bawaan: auto = c bila ada norma, selain itu a)",
        "en": "Jacobson & Truax cutoff (default: auto = c with norms, else a)",
    },
    "h_27": {"id": "notebook-nya (.ipynb)", "en": "the notebook (.ipynb)"},
    "h_28": {"id": "folder hasil (bawaan: slides)", "en": "output folder (default: slides)"},
    "h_29": {
        "id": "buku kasus untuk parameter notebook",
        "en": "casebook for the notebook's parameters",
    },
    "h_30": {
        "id": "kode klien untuk parameter notebook",
        "en": "client id for the notebook's parameters",
    },
    "h_31": {"id": "bahasa salindia", "en": "language of the slides"},
    "h_32": {
        "id": "pakai keluaran yang tersimpan apa adanya",
        "en": "use the saved outputs as they are",
    },
    "h_33": {"id": "tampilkan teks dan hasil saja", "en": "show text and results only"},
    "h_34": {
        "id": "buat salindia juga untuk klien tanpa consent_date",
        "en": "make slides of clients without a consent_date",
    },
    "h_35": {
        "id": "Tulis buku kasus tanpa identitas untuk penelitian: nama samaran berkunci, tanggal digeser per klien, identifiers.csv tidak disertakan, nama dalam teks bebas disamarkan. Satu baris audit ditambahkan ke exports.log di samping setiap buku kasus sumber.",
        "en": "Write a de-identified casebook for research: keyed pseudonyms, dates shifted per client, identifiers.csv dropped, names in free text redacted. An audit line is appended to exports.log beside each source casebook.",
    },
    "h_36": {
        "id": "folder buku kasus; beberapa folder digabung",
        "en": "casebook folder(s); several are pooled",
    },
    "h_37": {
        "id": "folder ekspor yang akan dibuat (harus baru atau kosong)",
        "en": "export folder to create (must be new or empty)",
    },
    "h_38": {
        "id": "samarkan nama dan sensor teks (bawaan; --no-deidentify menulis salinan biasa, tetap tanpa identifiers.csv dan dengan identitasnya disensor di mana pun muncul)",
        "en": "pseudonymise and redact (default; --no-deidentify writes a plain copy, still without identifiers.csv and with its identifiers redacted wherever they appear)",
    },
    "h_39": {
        "id": "berkas kunci rahasia (dibuat bila belum ada; simpan di luar ekspor). Bawaan untuk satu buku kasus: <buku kasus>.export.key di sampingnya",
        "en": "secret key file (created when absent; keep it outside the export). Default for one casebook: <casebook>.export.key beside it",
    },
    "h_40": {
        "id": "kelompok usia 5 tahunan, tanpa tahun lahir",
        "en": "5-year age bands, no birth years",
    },
    "h_41": {
        "id": "CSV casebook,client_id,person_id untuk penggabungan",
        "en": "CSV casebook,client_id,person_id for pooling",
    },
    "h_42": {
        "id": "ekspor juga klien tanpa consent_date (bawaan: tidak diikutkan; dicatat di baris audit)",
        "en": "export clients without a consent_date too (left out by default; recorded in the audit line)",
    },
    "h_43": {
        "id": "kode klien (ulangi untuk beberapa; bawaan: semua klien)",
        "en": "client id (repeat for several; default: every client)",
    },
    "h_44": {
        "id": "jumlah proses paralel (bawaan: jumlah inti prosesor)",
        "en": "parallel worker processes (default: number of cores)",
    },
    "h_45": {
        "id": "jalankan satu kernel per klien, bukan satu per proses",
        "en": "start one kernel per client instead of one per worker",
    },
    "h_46": {
        "id": "cetak juga <klien>.pdf di samping setiap halaman (perlu Chromium)",
        "en": "also print <client>.pdf beside each page (needs Chromium)",
    },
    "h_47": {
        "id": "jalankan di klaster Dask: alamat scheduler (tcp://host:8786) atau local:N (N proses di mesin ini); perlu casekit[cluster]",
        "en": "run on a Dask cluster: a scheduler address (tcp://host:8786) or local:N (N worker processes on this machine); needs casekit[cluster]",
    },
    "h_48": {
        "id": "folder hasil (bawaan: reports/<nama folder buku kasus>, agar hasil tidak saling menimpa)",
        "en": "output folder (default: reports/<casebook folder name>, so runs never overwrite each other)",
    },
    "h_49": {"id": "bahasa laporan", "en": "report language"},
    "h_50": {
        "id": "id kuesioner (bawaan: dipilih menurut data)",
        "en": "questionnaire id (default: chosen per data)",
    },
    "h_51": {
        "id": "waktu pengukuran sebelum (bawaan: pre)",
        "en": "timepoint before (default: pre)",
    },
    "h_52": {
        "id": "waktu pengukuran sesudah (bawaan: post)",
        "en": "timepoint after (default: post)",
    },
    "h_53": {
        "id": "sematkan plotly.js di setiap halaman (satu berkas untuk dikirim lewat surel) alih-alih plotly.min.js bersama",
        "en": "embed plotly.js in every page (one file to email) instead of a shared plotly.min.js",
    },
    "h_54": {
        "id": "buat laporan juga untuk klien tanpa consent_date (laporan menyebutnya di baris pertama)",
        "en": "also report clients without consent_date (the report says so on its first line)",
    },
    "h_55": {
        "id": "folder buku kasus (atau workbook .xlsx) yang digabung",
        "en": "casebook folders (or .xlsx workbooks) to pool",
    },
    "h_56": {
        "id": "kolom clients.csv untuk subkelompok (bawaan: sex; '' untuk tanpa subkelompok)",
        "en": "clients.csv column for subgroups (default: sex; '' for none)",
    },
    "h_57": {"id": "kode klien", "en": "client id"},
    "h_58": {"id": "bahasa temuan", "en": "language of the findings"},
    "h_59": {"id": "bahasa bab", "en": "language of the chapter"},
    "h_60": {
        "id": "berkas .docx yang ditulis (bawaan: reports/<buku kasus>/ID.docx)",
        "en": "the .docx to write (default: reports/<casebook>/ID.docx)",
    },
    "h_61": {"id": "tempat kosong alih-alih gambar", "en": "placeholders instead of figures"},
    "h_62": {
        "id": "juga untuk klien tanpa consent_date (bab menyebutnya di baris pertama)",
        "en": "also for a client without consent_date (the chapter says so on its first line)",
    },
    "h_63": {
        "id": "casekit: buku kasus, skor dan laporan untuk praktik pekerjaan sosial dengan individu (casework).",
        "en": "casekit: casebooks, scores, reports for social-work casework.",
    },
    "h_64": {"id": "pemakaian: ", "en": "usage: "},
    "h_65": {"id": "argumen posisi", "en": "positional arguments"},
    "h_66": {"id": "opsi", "en": "options"},
    "h_67": {
        "id": "argumen berikut wajib diisi: %s",
        "en": "the following arguments are required: %s",
    },
    "h_68": {"id": "argumen tidak dikenal: %s", "en": "unrecognized arguments: %s"},
    "h_69": {
        "id": "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
        "en": "invalid choice: %(value)r (choose from %(choices)s)",
    },
    "h_70": {"id": "memerlukan satu nilai", "en": "expected one argument"},
    "h_71": {
        "id": "argumen %(argument_name)s: %(message)s",
        "en": "argument %(argument_name)s: %(message)s",
    },
    "h_72": {
        "id": "nilai %(type)s tidak sah: %(value)r",
        "en": "invalid %(type)s value: %(value)r",
    },
    # casekit summary (Casebook.summary)
    "m_sum_casebook": {"id": "Buku kasus {name}", "en": "Casebook {name}"},
    "m_sum_clients": {"id": "klien: {n}", "en": "clients: {n}"},
    "m_sum_none": {"id": "(tidak diisi)", "en": "(none)"},
    "m_sum_cohort": {"id": "angkatan {cohort}: {n}", "en": "cohort {cohort}: {n}"},
    "m_sum_sessions": {"id": "sesi: {n}", "en": "sessions: {n}"},
    "m_sum_administrations": {
        "id": "pengisian kuesioner: {n}",
        "en": "questionnaire administrations: {n}",
    },
    "m_sum_scores": {
        "id": "skor total tanpa jawaban per butir (scores.csv): {n}",
        "en": "totals without item answers (scores.csv): {n}",
    },
    "m_sum_other": {"id": "catatan lain: {files}", "en": "other records: {files}"},
    "m_sum_warnings": {
        "id": "peringatan: {n} (jalankan `casekit validate` untuk melihatnya)",
        "en": "warnings: {n} (run `casekit validate` to list them)",
    },
    # --- house (command line: exit codes) ---
    "h_exit_codes": {
        "id": "kode keluar: 0 selesai; 1 masukan menghentikan sebagian atau seluruh pekerjaan "
        "(masalah di buku kasus, klien yang belum siap atau tanpa consent_date, laporan yang "
        "gagal, berkas yang tidak dapat ditulis); 2 perintah salah ketik (perintah atau opsi "
        "yang tidak dikenal, jalur atau klien yang tidak ada)",
        "en": "exit codes: 0 done; 1 the input stopped some or all of the work (problems in the "
        "casebook, a client not ready or without consent_date, a report that failed, a file "
        "that could not be written); 2 the command was typed wrong (unknown command or "
        "option, a path or client that does not exist)",
    },
    # --- msgs ------------------------------------------------------------------
    # errors of scoring, cohort, export, pooling and disclosure (casekit.wording fills
    # {opt}: `--flag` on the command line, `argument=...` in Python)
    "mg_kind_full_name": {"id": "nama lengkap", "en": "full name"},
    "mg_kind_address": {"id": "alamat", "en": "address"},
    "mg_kind_phone": {"id": "nomor telepon", "en": "phone number"},
    "mg_kind_email": {"id": "alamat e-mail", "en": "e-mail address"},
    "mg_kind_nik": {"id": "NIK", "en": "NIK (identity card number)"},
    "mg_kind_kk": {"id": "nomor KK", "en": "KK (family card number)"},
    "mg_report_bug": {
        "id": "Ini kesalahan casekit, bukan kesalahan data Anda: laporkan ke pengembang casekit "
        "beserta pesan ini.",
        "en": "This is a casekit bug, not a mistake in your data: please report it to the "
        "casekit developers with this message.",
    },
    # export: the key file (pseudonyms.py)
    "mg_key_not_hex": {
        "id": "isinya bukan satu baris angka heksadesimal (0-9, a-f) seperti yang ditulis casekit",
        "en": "it does not hold the one line of hexadecimal digits (0-9, a-f) casekit writes",
    },
    "mg_key_unreadable": {
        "id": "Berkas kunci {path} tidak dapat dibaca sebagai kunci casekit: {why}. Perbaikan: "
        "berikan berkas kunci dari ekspor sebelumnya dengan {opt}, atau nama berkas yang belum "
        "ada agar kunci baru dibuat.",
        "en": "The key file {path} cannot be read as a casekit key: {why}. Fix: give the key "
        "file of earlier exports with {opt}, or a file name that does not exist yet to create "
        "a new key.",
    },
    "mg_key_short": {
        "id": "Kunci di {path} terlalu pendek ({n} bita; minimal 16). Perbaikan: berikan berkas "
        "kunci dari ekspor sebelumnya dengan {opt}, atau nama berkas yang belum ada agar kunci "
        "baru dibuat.",
        "en": "The key in {path} is too short ({n} bytes; at least 16 are needed). Fix: give "
        "the key file of earlier exports with {opt}, or a file name that does not exist yet to "
        "create a new key.",
    },
    "mg_key_folder_missing": {
        "id": "Folder {folder} untuk berkas kunci {path} belum ada. Perbaikan: buat folder itu "
        "dulu, atau pilih berkas kunci di folder lain dengan {opt}.",
        "en": "The folder {folder} of the key file {path} does not exist. Fix: create that "
        "folder first, or choose a key file in another folder with {opt}.",
    },
    "mg_key_needed": {
        "id": "Ekspor beberapa buku kasus sekaligus (atau buku kasus tanpa folder) membutuhkan "
        "berkas kunci yang disebut sendiri: semua ekspor yang harus saling terhubung memakai "
        "kunci yang sama. Perbaikan: sebutkan berkas kuncinya dengan {opt}.",
        "en": "Exporting several casebooks together (or a casebook without a folder) needs a "
        "key file named by you: every export that should link uses the same key. Fix: name "
        "the key file with {opt}.",
    },
    "mg_key_in_out": {
        "id": "Berkas kunci {key_file} berada di dalam folder ekspor {out}; dengan kunci itu nama "
        "samaran dapat dibuka kembali. Perbaikan: simpan kunci di luar ekspor (di komputer "
        "Anda sendiri) dan sebutkan dengan {opt}.",
        "en": "The key file {key_file} lies inside the export folder {out}; with it the pseudonyms "
        "can be undone. Fix: keep the key outside the export (on your own machine) and name it "
        "with {opt}.",
    },
    # export: the output folder (export.py)
    "mg_out_in_source": {
        "id": "Folder ekspor {out} berada di dalam buku kasus sumber {source} (atau memuatnya). "
        "Perbaikan: pilih folder ekspor di luar buku kasus dengan {opt}.",
        "en": "The export folder {out} lies inside the source casebook {source} (or contains "
        "it). Fix: choose an export folder outside the casebook with {opt}.",
    },
    "mg_out_parent_missing": {
        "id": "Folder {folder}, tempat folder ekspor {out} akan dibuat, belum ada. Perbaikan: "
        "buat folder itu dulu, atau pilih tempat lain dengan {opt}.",
        "en": "The folder {folder}, where the export folder {out} would be created, does not "
        "exist. Fix: create that folder first, or choose another place with {opt}.",
    },
    "mg_out_interrupted": {
        "id": "Folder ekspor {out} sudah ada: ekspor sebelumnya terhenti setelah semua berkasnya "
        "ditulis, dan baris auditnya di {log} kini sudah dilengkapi. Perbaikan: untuk "
        "mengekspor lagi, berikan nama folder baru dengan {opt}.",
        "en": "The export folder {out} already exists: an earlier export was interrupted after "
        "it was written, and its audit line in {log} is now completed. Fix: to export again, "
        "give a new folder name with {opt}.",
    },
    "mg_out_mismatch": {
        "id": "Folder ekspor {out} sudah ada, tetapi isinya tidak cocok dengan baris auditnya di "
        "{log} (diubah setelah ekspor terhenti?). Perbaikan: periksa folder itu, hapus, lalu "
        "ekspor lagi.",
        "en": "The export folder {out} exists but does not match its audit line in {log} "
        "(changed after an interrupted export?). Fix: check it, delete it, and export again.",
    },
    "mg_out_exists_unaudited": {
        "id": "Folder ekspor {out} sudah ada dan tidak kosong (dan tidak punya baris audit di "
        "{logs}). Perbaikan: berikan nama folder baru dengan {opt}, atau hapus ekspor lama.",
        "en": "The export folder {out} already exists and is not empty (and has no audit line "
        "in {logs}). Fix: give a new folder name with {opt}, or delete the old export.",
    },
    "mg_out_exists": {
        "id": "Folder ekspor {out} sudah ada dan tidak kosong. Perbaikan: berikan nama folder "
        "baru dengan {opt}, atau hapus ekspor lama.",
        "en": "The export folder {out} already exists and is not empty. Fix: give a new folder "
        "name with {opt}, or delete the old export.",
    },
    # export: checks of the written export (export.py, export_tables.py)
    "mg_export_invalid": {
        "id": "Hasil ekspor tidak akan menjadi buku kasus yang sah; tidak ada yang ditulis. "
        "{bug}\n{problems}",
        "en": "The export would not be a valid casebook; nothing was written. {bug}\n{problems}",
    },
    "mg_export_scores_differ": {
        "id": "Buku kasus hasil ekspor tidak menghasilkan skor yang sama dengan sumbernya; tidak "
        "ada yang ditulis. {bug}",
        "en": "The exported casebook does not score the same as the source; nothing was "
        "written. {bug}",
    },
    "mg_where_line": {"id": "{file}, baris {line}", "en": "{file}, line {line}"},
    "mg_where_line_column": {
        "id": "{file}, baris {line}, kolom '{column}'",
        "en": "{file}, line {line}, column '{column}'",
    },
    "mg_export_leak": {
        "id": "Identitas langsung dari identifiers.csv ({kind}) akan ikut terekspor di {where}; "
        "tidak ada yang ditulis. Perbaikan: kolom kode atau id tidak dapat disamarkan, jadi "
        "ganti nama itu di sel buku kasus sumbernya; bila sel itu teks bebas, laporkan ke "
        "pengembang casekit.",
        "en": "A direct identifier from identifiers.csv ({kind}) would be exported in {where}; "
        "nothing was written. Fix: a code or id column cannot be redacted, so replace the name "
        "in that cell of the source casebook; in free text, please report this as a casekit "
        "bug.",
    },
    "mg_audit_failed": {
        "id": "Baris audit di exports.log tidak dapat ditulis, jadi tidak ada yang diekspor: {why}",
        "en": "The audit line in exports.log could not be written, so nothing was exported: {why}",
    },
    "mg_completion_failed": {
        "id": "Ekspor sudah ditulis dan baris auditnya tercatat, tetapi baris penyelesaiannya "
        "tidak dapat ditambahkan: {why} Perbaikan: jalankan ekspor yang sama sekali lagi untuk "
        "melengkapinya.",
        "en": "The export is written and its audit line recorded, but the completion line "
        "could not be added: {why} Fix: run the same export again to complete it.",
    },
    "mg_instrument_file_gone": {
        "id": "Berkas definisi {inst} ({path}) tidak ditemukan lagi. Perbaikan: kembalikan "
        "berkas itu ke folder instruments/ buku kasus, lalu ekspor lagi.",
        "en": "The definition file of {inst} ({path}) cannot be found any more. Fix: put the "
        "file back in the casebook's instruments/ folder and export again.",
    },
    "mg_instrument_rewrite": {
        "id": "Berkas instrumen {file} tidak dapat ditulis ulang dengan benar. {bug}",
        "en": "The instrument file {file} could not be written back. {bug}",
    },
    "mg_pseudonym_clash": {
        "id": "Dua klien mendapat nama samaran yang sama (sangat jarang terjadi). Perbaikan: "
        "ekspor lagi dengan kunci baru: sebutkan nama berkas kunci yang belum ada dengan {opt}.",
        "en": "Two clients got the same pseudonym (this practically never happens). Fix: "
        "export again with a new key: name a key file that does not exist yet with {opt}.",
    },
    # pooling several casebooks (pooling.py)
    "mg_pool_none": {
        "id": "Tidak ada buku kasus untuk digabung. Perbaikan: sebutkan setidaknya satu folder "
        "buku kasus.",
        "en": "There is no casebook to pool. Fix: give at least one casebook folder.",
    },
    "mg_pool_names_count": {
        "id": "names berisi {n} nama untuk {m} buku kasus. Perbaikan: berikan tepat satu nama "
        "untuk setiap buku kasus, dalam urutan yang sama.",
        "en": "names gives {n} name(s) for {m} casebook(s). Fix: give exactly one name per "
        "casebook, in the same order.",
    },
    "mg_pool_bad_name": {
        "id": "Nama buku kasus {name} tidak dapat dipakai. Perbaikan: pakai huruf, angka, '-' "
        "atau satu '_' saja (bukan '__', yang memisahkan buku kasus dari kode klien).",
        "en": "The casebook name {name} cannot be used. Fix: use letters, digits, '-' or a "
        "single '_' (no '__', which separates the casebook from the client code).",
    },
    "mg_pool_same_name": {
        "id": "Dua buku kasus akan bernama {names} (nama foldernya sama), sehingga kliennya tidak "
        "dapat dibedakan. Perbaikan: {fix}",
        "en": "Two casebooks would be called {names} (the same folder name), so their clients "
        "could not be told apart. Fix: {fix}",
    },
    "mg_pool_same_name_cli": {
        "id": "ganti nama salah satu folder agar setiap buku kasus punya nama sendiri.",
        "en": "rename one of the folders so that every casebook has its own name.",
    },
    "mg_pool_same_name_py": {
        "id": "berikan names=[...] (satu nama per buku kasus) atau ganti nama salah satu folder.",
        "en": "give names=[...] (one name per casebook) or rename one of the folders.",
    },
    "mg_mapping_missing": {
        "id": "Berkas pemetaan {path} tidak ada. Perbaikan: periksa nama dan folder berkas yang "
        "Anda sebutkan dengan {opt}.",
        "en": "The mapping file {path} does not exist. Fix: check the name and folder of the "
        "file you gave with {opt}.",
    },
    "mg_map_not_utf8": {
        "id": "berkas pemetaan bukan teks UTF-8",
        "en": "the mapping file is not UTF-8 text",
    },
    "mg_map_not_utf8_fix": {
        "id": "simpan ulang sebagai CSV UTF-8 (Excel: Simpan Sebagai > CSV UTF-8)",
        "en": "save it again as CSV UTF-8 (Excel: Save As > CSV UTF-8)",
    },
    "mg_map_empty": {"id": "berkas pemetaan kosong", "en": "the mapping file is empty"},
    "mg_map_empty_fix": {
        "id": "tulis baris judul casebook,client_id,person_id lalu satu baris per klien",
        "en": "write the header casebook,client_id,person_id, then one row per client",
    },
    "mg_map_ragged": {
        "id": "baris-baris berkas pemetaan tidak punya jumlah kolom yang sama",
        "en": "the rows of the mapping file do not all have the same number of columns",
    },
    "mg_map_ragged_fix": {
        "id": "periksa koma dan tanda kutip: setiap baris berisi casebook, client_id, person_id",
        "en": "check the commas and quotes: every row holds casebook, client_id, person_id",
    },
    "mg_map_columns": {
        "id": "berkas pemetaan harus punya kolom casebook, client_id dan person_id",
        "en": "the mapping file needs the columns casebook, client_id and person_id",
    },
    "mg_map_columns_fix": {
        "id": "tambahkan kolom yang kurang ke baris judul (baris 1)",
        "en": "add the missing column(s) to the header row (row 1)",
    },
    "mg_map_casebook": {
        "id": "buku kasus ini tidak termasuk buku kasus yang digabung",
        "en": "this casebook is not among the casebooks being pooled",
    },
    "mg_map_casebook_fix": {"id": "pakai salah satu dari: {names}", "en": "use one of: {names}"},
    "mg_map_client": {
        "id": "buku kasus {casebook} tidak punya klien dengan kode ini",
        "en": "casebook {casebook} has no client with this code",
    },
    "mg_map_client_fix": {
        "id": "pakai kode klien (client_id) dari clients.csv buku kasus itu; huruf besar dan "
        "kecil dibedakan",
        "en": "use a client code (client_id) from that casebook's clients.csv; upper and lower "
        "case differ",
    },
    "mg_map_person": {
        "id": "person_id hanya boleh berisi huruf, angka, '-' atau satu '_' (paling banyak 64, "
        "tanpa '__')",
        "en": "a person_id is letters, digits, '-' or a single '_' (up to 64, no '__')",
    },
    "mg_map_person_fix": {"id": "tulis kode seperti P001", "en": "write a code such as P001"},
    "mg_map_twice": {
        "id": "klien {client} dari buku kasus {casebook} dipetakan dua kali",
        "en": "client {client} of casebook {casebook} is mapped twice",
    },
    "mg_map_twice_fix": {
        "id": "sisakan satu baris untuk setiap buku kasus dan klien",
        "en": "keep one row per casebook and client",
    },
    "mg_map_same_person": {
        "id": "dua klien buku kasus {casebook} ({a} dan {b}) dipetakan ke orang yang sama",
        "en": "two clients of casebook {casebook} ({a} and {b}) are mapped to the same person",
    },
    "mg_map_same_person_fix": {
        "id": "satu buku kasus mencatat setiap orang sekali: perbaiki pemetaan atau buku kasusnya",
        "en": "a casebook lists each person once: correct the mapping or the casebook",
    },
    "mg_pool_inst_differs": {
        "id": "{inst} didefinisikan berbeda di {a} dan di {b} (yang berbeda: {fields})",
        "en": "{inst} is defined differently in {a} and {b} (differing: {fields})",
    },
    "mg_pool_inst_differs_fix": {
        "id": "samakan kedua definisi, atau beri salah satunya kode lain (nama berkas dan id = ...)",
        "en": "make the two definitions identical, or give one of them another id (file name "
        "and id = ...)",
    },
    "mg_pool_inst_wording": {
        "id": "{inst} ditulis dengan kata-kata berbeda di {a} dan di {b}; definisi dari buku "
        "kasus {used} yang dipakai",
        "en": "{inst} is worded differently in {a} and {b}; the definition of casebook {used} "
        "is used",
    },
    "mg_pool_inst_wording_fix": {
        "id": "salin satu berkas menimpa yang lain bila keduanya kuesioner yang sama",
        "en": "copy one file over the other if they are the same questionnaire",
    },
    "mg_pool_person_differs": {
        "id": "orang {person} punya isi {column} yang berbeda di buku kasus yang dipetakan "
        "bersama ({where})",
        "en": "person {person} has different {column} in the casebooks mapped together ({where})",
    },
    "mg_pool_person_differs_kept": {
        "id": "orang {person} punya isi {column} yang berbeda di buku kasus yang dipetakan "
        "bersama ({where}); yang pertama dipakai",
        "en": "person {person} has different {column} in the casebooks mapped together "
        "({where}); the first is kept",
    },
    "mg_pool_person_differs_fix": {
        "id": "periksa bahwa pemetaan menggabungkan orang yang sama, atau perbaiki buku kasusnya",
        "en": "check that the mapping joins the same person, or correct the casebook",
    },
    "mg_pool_long_id": {
        "id": "kode gabungan {pid} lebih dari 64 karakter",
        "en": "the pooled code {pid} is longer than 64 characters",
    },
    "mg_pool_long_id_fix_cli": {
        "id": "beri folder buku kasus ini nama yang lebih pendek",
        "en": "give this casebook's folder a shorter name",
    },
    "mg_pool_long_id_fix_py": {
        "id": "beri buku kasus ini nama yang lebih pendek dengan names=[...] (atau pendekkan "
        "nama foldernya)",
        "en": "give this casebook a shorter name with names=[...] (or shorten its folder name)",
    },
    "mg_pool_twice": {
        "id": "orang {person} punya {inst} pada waktu pengukuran {timepoint} di {casebooks}",
        "en": "person {person} has {inst} at timepoint {timepoint} in {casebooks}",
    },
    "mg_pool_twice_fix": {
        "id": "simpan jawabannya di satu buku kasus saja, atau beri label waktu pengukuran yang "
        "berbeda (misalnya pre dan post)",
        "en": "keep the answers in one casebook, or give the timepoints distinct labels (e.g. "
        "pre and post)",
    },
    "mg_pool_header": {
        "id": "{n} masalah di buku kasus {names}; tidak ada yang dimuat. Perbaikan: perbaiki "
        "masalahnya (jalankan `casekit validate` pada setiap buku kasus), lalu gabungkan lagi",
        "en": "{n} problem(s) in the casebooks {names}; nothing was loaded. Fix: correct them "
        "(run `casekit validate` on each casebook) and pool again",
    },
    # scoring (scoring.py, scores_context.py)
    "mg_sc_answers_given": {"id": "jawaban yang diberikan", "en": "the answers given"},
    "mg_sc_row_item": {"id": "baris {row} q{item} = {value}", "en": "row {row} q{item} = {value}"},
    "mg_sc_out_of_range": {
        "id": "{file}: {n} jawaban untuk {inst} berada di luar {lo}..{hi} atau bukan bilangan "
        "bulat ({where}). Perbaikan: perbaiki jawaban itu, atau periksa instrumen yang disebut "
        "di baris-baris itu.",
        "en": "{file}: {n} answer(s) for {inst} are outside {lo}..{hi} or not whole numbers "
        "({where}). Fix: correct the answers or check the instrument named in those rows.",
    },
    "mg_sc_totals_only": {
        "id": "responses.csv: {inst} hanya punya skor total (tanpa jawaban per butir). "
        "Perbaikan: tulis totalnya di scores.csv, bukan di responses.csv.",
        "en": "responses.csv: {inst} has totals only (no item answers). Fix: put its totals "
        "in scores.csv instead of responses.csv.",
    },
    "mg_sc_extra_items": {
        "id": "responses.csv, baris {rows}: {inst} punya {k} butir, tetapi ada jawaban di "
        "{columns}. Perbaikan: hapus jawaban itu, atau periksa instrumen yang disebut di "
        "baris-baris itu.",
        "en": "responses.csv, row(s) {rows}: {inst} has {k} items but answers were found in "
        "{columns}. Fix: remove them, or check the instrument named in those rows.",
    },
    "mg_sc_matrix_shape": {
        "id": "Matriks jawaban untuk {inst} harus punya {k} kolom (satu per butir), bukan "
        "bentuk {shape}. Perbaikan: berikan satu kolom untuk setiap butir, urut dari butir 1.",
        "en": "The answers matrix for {inst} needs {k} columns (one per item), not the shape "
        "{shape}. Fix: give one column per item, in item order.",
    },
    "mg_sc_instruments_type": {
        "id": "instruments harus berupa kamus kode -> Instrument, bukan {got}. Perbaikan: "
        "berikan instruments=cb.instruments (buku kasus yang dimuat dengan ck.load_casebook).",
        "en": "instruments must be a dict of id -> Instrument, not {got}. Fix: pass "
        "instruments=cb.instruments (a casebook loaded with ck.load_casebook).",
    },
    "mg_sc_responses_type": {
        "id": "responses harus berupa tabel pandas DataFrame, bukan {got}. Perbaikan: berikan "
        "cb.responses dari buku kasus yang dimuat dengan ck.load_casebook.",
        "en": "responses must be a pandas DataFrame, not {got}. Fix: pass cb.responses of a "
        "casebook loaded with ck.load_casebook.",
    },
    "mg_sc_columns": {
        "id": "Tabel {table} tidak punya kolom {missing}. Perbaikan: tambahkan kolom itu "
        "(dibutuhkan: {need}).",
        "en": "The {table} table lacks the column(s) {missing}. Fix: add them (needed: {need}).",
    },
    "mg_sc_score_type": {
        "id": "score() membutuhkan buku kasus (ck.load_casebook(...)) atau tabel responses, "
        "bukan {got}. Perbaikan: muat buku kasusnya dulu: ck.score(ck.load_casebook(FOLDER)).",
        "en": "score() needs a Casebook (ck.load_casebook(...)) or a responses DataFrame, not "
        "{got}. Fix: load the casebook first: ck.score(ck.load_casebook(FOLDER)).",
    },
    "mg_sc_no_items": {
        "id": "{inst} hanya punya skor total; tidak ada jawaban per butir untuk diskor. "
        "Perbaikan: pilih kuesioner yang punya butir.",
        "en": "{inst} has totals only; there are no item answers to score. Fix: choose a "
        "questionnaire with items.",
    },
    "mg_sc_answer_key": {
        "id": "Kunci jawaban {given} bukan nomor butir. Perbaikan: pakai nomor butir (1, 2, ...) "
        "atau q1, q2, ...",
        "en": "The answer key {given} is not an item number. Fix: use item numbers (1, 2, ...) "
        "or q1, q2, ...",
    },
    "mg_sc_item_range": {
        "id": "{inst} punya butir 1..{k}; butir {given} tidak ada. Perbaikan: pakai nomor butir "
        "1 sampai {k}.",
        "en": "{inst} has items 1..{k}; there is no item {given}. Fix: use item numbers 1 to {k}.",
    },
    "mg_sc_too_many": {
        "id": "{inst} punya {k} butir, tetapi diberikan {n} jawaban. Perbaikan: berikan paling "
        "banyak {k} jawaban, urut dari butir 1.",
        "en": "{inst} has {k} items, but {n} answers were given. Fix: give at most {k} answers, "
        "in item order.",
    },
    "mg_sc_lost_instruments": {
        "id": "instrumen {id} tidak dikenal: tabel skor ini tidak membawa definisi instrumen "
        "milik buku kasusnya (ck.score(cb) mencatatnya dan pandas menyimpannya saat memfilter, "
        "tetapi membuangnya saat concat buku kasus yang instrumennya berbeda, atau pada tabel "
        "yang dibuat sendiri)",
        "en": "unknown instrument {id}: this scores table does not carry its casebook's own "
        "instruments (ck.score(cb) records them, and pandas keeps them through filtering and "
        "query, but drops them in concat of casebooks with different instruments and in tables "
        "built by hand)",
    },
    "mg_sc_lost_instruments_fix": {
        "id": "berikan instruments=cb.instruments (beberapa buku kasus: "
        "instruments={{**cb1.instruments, **cb2.instruments}})",
        "en": "pass instruments=cb.instruments (several casebooks: "
        "instruments={{**cb1.instruments, **cb2.instruments}})",
    },
    # why a score is missing (score()'s missing_reason / missing_reason_id; the English
    # wording is read by casekit.change_reasons: keep it as it is)
    "mg_sc_items_blank": {
        "id": "{b} dari {k} butir kosong (paling banyak {m} boleh kosong untuk {inst})",
        "en": "{b} of {k} items blank (at most {m} allowed for {inst})",
    },
    "mg_sc_sub_blank": {
        "id": "{b} dari {m} butir subskala {name} kosong (skor subskala membutuhkan semua butirnya)",
        "en": "{b} of the {m} items of subscale {name} blank (a subscale needs every item)",
    },
    "mg_sc_no_total": {
        "id": "tidak ada skor total di scores.csv",
        "en": "no total in scores.csv",
    },
    # pairing pre and post scores (change_pairs.py, also under cohort_summary; a small
    # local fix in the norms part: these are errors, not not_computable reasons)
    "mg_ch_no_ids": {
        "id": "Ada baris skor tanpa client_id atau tanpa instrumen. Perbaikan: isi kode klien dan "
        "instrumennya, atau hapus baris itu.",
        "en": "some score rows have no client_id or no instrument. Fix: fill them in or remove "
        "the rows.",
    },
    "mg_ch_none": {"id": "(tidak ada)", "en": "(none)"},
    "mg_ch_no_timepoints": {
        "id": "Waktu pengukuran {pre} maupun {post} tidak ada di skor; waktu pengukuran yang ada: "
        "{found}. Perbaikan: pilih label yang dipakai di buku kasus Anda dengan {opt_pre} dan "
        "{opt_post}.",
        "en": "neither timepoint {pre} nor {post} occurs in the scores; timepoints found: "
        "{found}. Fix: choose labels used in your casebook with {opt_pre} and {opt_post}.",
    },
    "mg_ch_two_scores": {
        "id": "{n} baris memberi dua skor pada waktu pengukuran {tp} untuk klien, instrumen dan "
        "skala yang sama (misalnya {shown}). Perbaikan: sisakan satu baris per pengukuran, atau "
        "pakai label waktu pengukuran yang berbeda.",
        "en": "{n} rows give two scores at timepoint {tp} for the same client, instrument and "
        "scale (e.g. {shown}). Fix: keep one row per administration, or use different "
        "timepoint labels.",
    },
    # cohort statistics (cohort.py, internal_consistency.py)
    "mg_co_whole": {
        "id": "{name} harus bilangan bulat paling sedikit 1, bukan {got}. Perbaikan: berikan "
        "{name}=5 (misalnya).",
        "en": "{name} must be a whole number of at least 1, not {got}. Fix: pass {name}=5 "
        "(for example).",
    },
    "mg_co_level": {
        "id": "level harus di antara 0 dan 1, bukan {got}. Perbaikan: berikan level=0.95 untuk "
        "IK 95%.",
        "en": "level must be between 0 and 1, not {got}. Fix: pass level=0.95 for a 95% CI.",
    },
    "mg_co_scores_type": {
        "id": "{func} membutuhkan tabel skor dari ck.score(cb) atau buku kasus, bukan {got}. "
        "Perbaikan: berikan ck.score(cb) atau buku kasusnya (ck.load_casebook(FOLDER)).",
        "en": "{func} needs a scores table from ck.score(cb) or a Casebook, not {got}. Fix: "
        "pass ck.score(cb) or the casebook (ck.load_casebook(FOLDER)).",
    },
    "mg_co_changes_type": {
        "id": "changes harus berupa tabel hasil ck.change() untuk skor, pre dan post yang sama. "
        "Perbaikan: berikan changes=ck.change(scores, pre=..., post=...) atau hapus changes.",
        "en": "changes must be the table returned by ck.change() for the same scores, pre and "
        "post. Fix: pass changes=ck.change(scores, pre=..., post=...) or leave changes out.",
    },
    "mg_co_by_type": {
        "id": "Subkelompok harus berupa nama kolom clients.csv atau daftar nama kolom, bukan "
        '{got}. Perbaikan: misalnya by="sex" atau by=["cohort", "sex"].',
        "en": "The subgroups must be a column name of clients.csv or a list of them, not {got}. "
        'Fix: for example by="sex" or by=["cohort", "sex"].',
    },
    "mg_co_by_needs_clients": {
        "id": "Subkelompok {by} membutuhkan tabel klien (clients.csv), tetapi tabel skor ini "
        "tidak membawanya. Perbaikan: berikan clients=cb.clients, atau berikan buku kasusnya.",
        "en": "The subgroups {by} need the clients table (clients.csv), and this scores table "
        "does not carry it. Fix: pass clients=cb.clients, or pass the Casebook.",
    },
    "mg_co_age_band": {
        "id": "Subkelompok kelompok umur membutuhkan kolom age_at_intake (umur saat intake) di "
        "clients.csv, yang tidak ada. Perbaikan: tambahkan kolom age_at_intake di clients.csv, "
        "atau pilih subkelompok lain dengan {opt}.",
        "en": "Age-band subgroups need the column age_at_intake (age at intake) in clients.csv, "
        "which is not there. Fix: add the column age_at_intake to clients.csv, or choose other "
        "subgroups with {opt}.",
    },
    "mg_co_by_unknown": {
        "id": "Kolom subkelompok {columns} tidak ada di clients.csv. Perbaikan: pilih kolom "
        "clients.csv (misalnya cohort, sex, cluster) atau age_band dengan {opt}.",
        "en": "The subgroup column(s) {columns} are not in clients.csv. Fix: choose a column of "
        "clients.csv (e.g. cohort, sex, cluster) or age_band with {opt}.",
    },
    "mg_co_alpha_totals": {
        "id": "{inst} hanya punya skor total; alfa Cronbach membutuhkan jawaban per butir. "
        "Perbaikan: pilih kuesioner yang jawabannya per butir ada di responses.csv.",
        "en": "{inst} has totals only; Cronbach's alpha needs item answers. Fix: choose a "
        "questionnaire whose item answers are in responses.csv.",
    },
    "mg_co_no_scale": {
        "id": "{inst} tidak punya skala {scale}. Perbaikan: pilih salah satu: {scales}.",
        "en": "{inst} has no scale {scale}. Fix: choose one of: {scales}.",
    },
    "mg_co_data_type": {
        "id": "{func} membutuhkan buku kasus atau tabel responses, bukan {got}. Perbaikan: "
        "berikan buku kasusnya (ck.load_casebook(FOLDER)) atau cb.responses.",
        "en": "{func} needs a Casebook or a responses DataFrame, not {got}. Fix: pass the "
        "casebook (ck.load_casebook(FOLDER)) or cb.responses.",
    },
    # disclosure control (disclosure.py)
    "mg_di_table_type": {
        "id": "suppress() membutuhkan tabel pandas DataFrame, bukan {got}. Perbaikan: berikan "
        "tabel hitungannya sebagai DataFrame.",
        "en": "suppress() needs a pandas DataFrame, not {got}. Fix: pass the table of counts as "
        "a DataFrame.",
    },
    "mg_di_no_columns": {
        "id": "Kolom hitungan {missing} tidak ada di tabel. Perbaikan: pilih dari kolom tabel: "
        "{columns}.",
        "en": "The count column(s) {missing} are not in the table. Fix: choose among its "
        "columns: {columns}.",
    },
    "mg_di_level": {
        "id": "level harus berupa angka paling sedikit 0, bukan {got}. Perbaikan: berikan "
        "level=None (sama dengan k) atau sebuah angka.",
        "en": "level must be a number of at least 0, not {got}. Fix: pass level=None (the same "
        "as k) or a number.",
    },
    "mg_di_counts": {
        "id": "Kolom {column} harus berisi hitungan (bilangan bulat 0 atau lebih). Perbaikan: "
        "pilih kolom hitungan saja sebagai count_columns.",
        "en": "The column {column} must hold counts (whole numbers 0 or more). Fix: choose only "
        "count columns as count_columns.",
    },
    "mg_di_count_missing": {
        "id": "Kolom {column}, baris {row} kosong: suppress() membutuhkan setiap hitungan untuk "
        "memeriksa apa yang bisa dihitung balik dari total yang diterbitkan. Perbaikan: isi "
        "hitungannya (akan dikosongkan bila perlu) atau keluarkan baris itu.",
        "en": "Column {column}, row {row} is missing: suppress() needs every count to check what "
        "the published totals give back. Fix: give the count (it is blanked if needed) or "
        "leave the row out.",
    },
    "mg_di_cohort_gaps": {
        "id": "suppress_cohort() membutuhkan hitungan kelas perubahan setiap subkelompok, juga "
        "yang kecil, untuk memeriksa apa yang bisa dihitung balik dari total yang diterbitkan; "
        "di tabel ini hitungan itu kosong pada {n} baris. Perbaikan: pakai "
        "cohort_summary(..., disclosure=True) atau cohort_summary(..., min_n=1).",
        "en": "suppress_cohort() needs the change counts of every subgroup, also of the small "
        "ones, to check what the published totals give back; this table has them blank for "
        "{n} row(s). Fix: use cohort_summary(..., disclosure=True) or "
        "cohort_summary(..., min_n=1).",
    },
    "mg_di_cohort_sum": {
        "id": "suppress_cohort(): jumlah hitungan kelas perubahan sebuah baris tidak sama dengan "
        "n-nya. Perbaikan: berikan tabel hasil cohort_summary() tanpa diubah.",
        "en": "suppress_cohort(): the change counts of a row do not add up to its n. Fix: pass "
        "the table returned by cohort_summary() unchanged.",
    },
    "mg_di_pinned": {
        "id": "Sebuah sel yang disembunyikan tidak dapat dilindungi: total yang harus tetap "
        "diterbitkan menentukan nilainya. Perbaikan: terbitkan lebih sedikit total "
        "(row_total, column_total atau grand_total=False).",
        "en": "A suppressed cell cannot be protected: the totals that must stay published pin "
        "it down. Fix: publish fewer totals (row_total, column_total or grand_total=False).",
    },
    "mg_di_audit_failed": {
        "id": "Pemeriksaan akhir penyembunyian sel gagal; tidak ada tabel yang diberikan. {bug}",
        "en": "The final check of the suppressed cells failed; no table is given. {bug}",
    },
    "mg_di_cohort_type": {
        "id": "suppress_cohort() membutuhkan tabel hasil cohort_summary(). Perbaikan: berikan "
        "ck.cohort_summary(scores, ...).",
        "en": "suppress_cohort() needs the table returned by cohort_summary(). Fix: pass "
        "ck.cohort_summary(scores, ...).",
    },
    # --- norms (change_reasons.py: why change() cannot compute; casekit change) ---
    "nm_no_score": {
        "id": "tidak ada skor {tp}. Perbaikan: catat jawaban klien pada pengukuran {tp} (responses.csv) atau totalnya (scores.csv)",
        "en": "no {tp} score. Fix: record the client's {tp} answers (responses.csv) or total (scores.csv)",
    },
    "nm_no_scores": {
        "id": "tidak ada skor {pre} dan tidak ada skor {post}. Perbaikan: catat keduanya (responses.csv atau scores.csv)",
        "en": "no {pre} and no {post} score. Fix: record both (responses.csv or scores.csv)",
    },
    "nm_no_score_because": {
        "id": "tidak ada skor {tp}: {reason}. Perbaikan: {fix}",
        "en": "no {tp} score: {reason}. Fix: {fix}",
    },
    "nm_no_score_other": {
        "id": "tidak ada skor {tp}: skor tidak dapat dihitung dari jawabannya. Perbaikan: lihat kolom 'Alasan skor kosong' pada `casekit score`",
        "en": "no {tp} score: {reason}",
    },
    "nm_sr_items_blank": {
        "id": "{b} dari {k} butir kosong (paling banyak {m} boleh kosong pada {inst})",
        "en": "{b} of {k} items blank (at most {m} allowed for {inst})",
    },
    "nm_sr_sub_blank": {
        "id": "{b} dari {m} butir subskala {name} kosong (subskala memerlukan semua butirnya)",
        "en": "{b} of the {m} items of subscale {name} blank (a subscale needs every item)",
    },
    "nm_sr_no_total": {"id": "tidak ada total di scores.csv", "en": "no total in scores.csv"},
    "nm_sr_other": {
        "id": "lihat kolom 'Alasan skor kosong' pada `casekit score`",
        "en": "{reason}",
    },
    "nm_fix_blank": {
        "id": "lengkapi jawaban yang kosong di responses.csv",
        "en": "fill in the blank answers in responses.csv",
    },
    "nm_fix_total": {"id": "isi totalnya di scores.csv", "en": "enter the total in scores.csv"},
    "nm_fix_reference": {
        "id": "tambahkan [[norms.reference]] (sampel terbitan: population, n, mean, sd, reliability, source) ke definisi instrumen",
        "en": "add [[norms.reference]] (a published sample: population, n, mean, sd, reliability, source) to the instrument's definition",
    },
    "nm_too_few_pairs": {
        "id": "hanya {n} pasangan skor sebelum-sesudah yang lengkap untuk {label} (SD sampel sendiri memerlukan minimal {min_pairs}) dan instrumen belum punya sampel rujukan terbitan. Perbaikan: {fix}",
        "en": "only {n} complete {label} pairs (at least {min_pairs} are needed for the sample's own SD) and the instrument has no published reference sample. Fix: {fix}",
    },
    "nm_no_sd": {
        "id": "tidak ada SD untuk {label}: {n} pasangan skor sebelum-sesudah yang lengkap tidak memberi SD skor awal (perlu minimal 2 skor awal yang berbeda) dan instrumen belum punya norma klinis atau sampel rujukan. Perbaikan: {fix}",
        "en": "no SD for {label}: {n} complete pre/post pair(s) give no pre-score SD (at least 2 different pre scores are needed) and the instrument has no clinical or reference norms. Fix: {fix}",
    },
    "nm_no_clinical": {
        "id": "{chosen} dipilih, tetapi {label} tidak punya [norms.clinical]. Perbaikan: pilih norma lain: {auto}, {sample}, atau id sampel terbitan",
        "en": "{chosen} but {label} has no [norms.clinical]. Fix: choose other norms: {auto}, {sample} or a published sample's id",
    },
    "nm_sample_flat": {
        "id": "{chosen} dipilih, tetapi {label} punya kurang dari 2 skor awal berbeda di antara pasangan yang lengkap. Perbaikan: pakai {auto} (sampel terbitan)",
        "en": "{chosen} but {label} has fewer than 2 different pre scores among the complete pairs. Fix: use {auto} (a published sample)",
    },
    "nm_reference_total_only": {
        "id": "sampel rujukan hanya untuk skor total, bukan {label}. Perbaikan: pakai {auto} atau {sample} untuk subskala",
        "en": "reference norms are for totals, not {label}. Fix: use {auto} or {sample} for subscales",
    },
    "nm_no_reliability": {
        "id": "reliabilitas {label} belum diketahui. Perbaikan: tambahkan reliability = ... (dengan sumbernya) ke definisi instrumen",
        "en": "no reliability known for {label}. Fix: add reliability = ... (with its source) to the instrument's definition",
    },
    "nm_no_reliability_sub": {
        "id": "reliabilitas {label} belum diketahui: subskala tidak punya reliabilitas bawaan. Perbaikan: berikan reliabilitas terbitan beserta sumbernya (di Python: reliability={arg} pada change())",
        "en": "no reliability known for {label}: subscales have none built in. Fix: give a published one with its source (in Python: reliability={arg} in change())",
    },
    "nm_ha_pairs": {
        "id": "Hageman-Arrindell memerlukan minimal 3 pasangan skor sebelum-sesudah yang lengkap untuk {label}. Perbaikan: pakai {jt}",
        "en": "Hageman-Arrindell needs at least 3 complete pre/post pairs of {label}. Fix: use {jt}",
    },
    "nm_ha_flat": {
        "id": "Hageman-Arrindell memerlukan skor sebelum dan sesudah yang bervariasi ({label}). Perbaikan: pakai {jt}",
        "en": "Hageman-Arrindell needs pre and post scores that vary ({label}). Fix: use {jt}",
    },
    "nm_ha_rdd": {
        "id": "Hageman-Arrindell: reliabilitas skor selisih {label} tidak positif (r_DD = {rdd}). Perbaikan: pakai {jt}",
        "en": "Hageman-Arrindell: the reliability of the difference scores of {label} is not positive (r_DD = {rdd}). Fix: use {jt}",
    },
    "nm_cutoff_functional": {
        "id": "batas {kind} memerlukan [norms.functional] (mean, sd, source) di definisi {inst}. Perbaikan: pakai {cut_a}",
        "en": "cutoff {kind} needs [norms.functional] (mean, sd, source) in the {inst} definition. Fix: use {cut_a}",
    },
    "nm_cutoff_clinical": {
        "id": "batas {kind} untuk {label} tidak dapat ditentukan: perlu rata-rata dan SD populasi klinis, dari [norms.clinical] di definisi instrumen atau dari minimal {min_pairs} pasangan skor sebelum-sesudah; sampel rujukan populasi umum bukan populasi klinis. Perbaikan: tambahkan [norms.clinical] (mean, sd, source) ke definisi instrumen",
        "en": "cannot place cutoff {kind} for {label}: it needs the mean and SD of the clinical population, from [norms.clinical] in the instrument or from at least {min_pairs} complete pre/post pairs; a published general-population sample is not one. Fix: add [norms.clinical] (mean, sd, source) to the instrument's definition",
    },
    "nm_unknown_norms": {
        "id": "norma {name} tidak dikenal untuk {inst}. Perbaikan: pilih salah satu dari {known}",
        "en": "unknown norms {name} for {inst}. Fix: use one of {known}",
    },
    "nm_fig_no_sd": {
        "id": "Belum ada SD pembanding (terlalu sedikit klien, dan instrumen belum punya sampel rujukan terbitan): perubahan reliabel (RCI) tidak dapat dihitung",
        "en": "No SD to compare with (too few clients, and the instrument has no published reference sample): reliable change (RCI) cannot be computed",
    },
    "nm_cli_source": {
        "id": "{instrument}: SD skor awal diambil dari {what}.",
        "en": "{instrument}: the pre-score SD comes from {what}.",
    },
    "nm_src_clinical": {
        "id": "norma klinis instrumen ({source})",
        "en": "the instrument's clinical norms ({source})",
    },
    "nm_src_sample": {
        "id": "{n} klien di buku kasus ini yang punya skor sebelum dan sesudah",
        "en": "the {n} clients of this casebook with both scores",
    },
    "nm_src_reference": {
        "id": "sampel terbitan {population} (n = {n}, rata-rata {mean}, SD {sd}, reliabilitas {r}; sumber: {source}; dipilih dengan --norms {id})",
        "en": "the published sample {population} (n = {n}, mean {mean}, SD {sd}, reliability {r}; source: {source}; chosen with --norms {id})",
    },
    # --- polish (a report that could not be made; widget errors) ---------------------
    "m_pl_report_unexpected": {
        "id": "laporan {client} tidak dapat dibuat karena kesalahan tak terduga di dalam "
        "casekit. Perbaikan: jalankan `casekit validate` pada buku kasus dan perbaiki yang "
        "dilaporkannya; bila tidak ada yang dilaporkan, laporkan bug ini ke pengelola casekit "
        "dan lampirkan berkas {log}",
        "en": "the report of {client} could not be made because of an unexpected error "
        "inside casekit. Fix: run `casekit validate` on the casebook and correct what it "
        "reports; if it reports nothing, report this bug to casekit's maintainers with the "
        "file {log}",
    },
    "m_pl_report_casekit_english": {
        "id": "laporan {client} tidak dapat dibuat. Pesan casekit (hanya dalam bahasa "
        "Inggris): {detail}",
        "en": "{detail}",
    },
    "m_pl_worker_died": {
        "id": "laporan {client} tidak dapat dibuat: proses pekerja berhenti mendadak "
        "(mungkin memori habis). Perbaikan: jalankan lagi dengan --jobs 1; bila masih gagal, "
        "laporkan bug ini ke pengelola casekit",
        "en": "the report of {client} could not be made: its worker process stopped "
        "suddenly (perhaps out of memory). Fix: run again with --jobs 1; if it still fails, "
        "report this bug to casekit's maintainers",
    },
    "m_pl_dask_worker_failed": {
        "id": "laporan {client} tidak dapat dibuat: pekerja Dask berhenti atau tidak "
        "dapat menjalankannya. Perbaikan: lihat log pekerja di penjadwal Dask, lalu jalankan "
        "lagi (atau tanpa --scheduler)",
        "en": "the report of {client} could not be made: the Dask worker stopped or "
        "could not run it. Fix: look at the worker's log on the Dask scheduler, then run "
        "again (or without --scheduler)",
    },
    "m_pl_dask_no_scheduler": {
        "id": "Tidak ada penjadwal Dask yang menjawab di {address} (pesan Dask: {detail}). "
        "Perbaikan: "
        "jalankan `dask scheduler` dan pekerjanya dengan `dask worker ALAMAT --nthreads 1`, "
        "atau pakai --scheduler local:N.",
        "en": "No Dask scheduler answered at {address} ({detail}). Start one with "
        "`dask scheduler` and workers with `dask worker ADDRESS --nthreads 1`, "
        "or use --scheduler local:N.",
    },
    "m_pl_dask_missing": {
        "id": "--scheduler membutuhkan Dask. Perbaikan: pip install 'casekit[cluster]'",
        "en": "--scheduler needs Dask: pip install 'casekit[cluster]' (dask.distributed).",
    },
    "m_pl_dask_local_n": {
        "id": "--scheduler {scheduler}: tulis local:N dengan N jumlah pekerja, mis. local:2.",
        "en": "--scheduler {scheduler}: write local:N with N the number of workers, e.g. local:2.",
    },
    "h_pl_norms": {
        "id": "dari mana SD skor awal diambil: auto (bawaan: norma klinis; bila tidak ada, "
        "pasangan skor buku kasus ini sendiri bila ada paling sedikit 10; bila tidak ada juga, "
        "sampel terbitan bawaan instrumen), clinical (norma klinis), sample (sampel sendiri), "
        "atau id sampel terbitan di [[norms.reference]] instrumen",
        "en": "where the pre-score SD comes from: auto (default: clinical norms, else the "
        "casebook's own pairs when there are at least 10, else the instrument's default "
        "published sample), clinical, sample, or the id of a published sample in the "
        "instrument's [[norms.reference]]",
    },
    "h_pl_show_code": {"id": "tampilkan juga sel kode", "en": "show the code cells too"},
    "m_pl_pdf_chromium": {
        "id": "Chromium tidak dapat mencetak {page} (pesan Chromium: {detail}). Perbaikan: "
        "buka laporan HTML-nya di peramban dan cetak ke PDF dari sana, atau laporkan bug ini",
        "en": "Chromium could not print {page}: {detail}. Fix: open the HTML report in a "
        "browser and print it to PDF from there, or report this bug",
    },
    "m_pl_no_template": {
        "id": "Templat laporan tidak ditemukan: {path}. Perbaikan: periksa jalurnya, atau "
        "pasang ulang casekit bila ini templat bawaannya",
        "en": "Report template not found: {path}. Fix: check the path, or reinstall casekit "
        "if it is the built-in template",
    },
    "m_pl_practice_not_folder": {
        "id": "{path} bukan folder buku kasus. Perbaikan: berikan folder berisi berkas CSV-nya",
        "en": "{path} is not a casebook folder; give the folder of CSV files.",
    },
    "m_pl_w_totals_only": {
        "id": "{inst} hanya punya skor total (tidak ada butir untuk dijawab); isikan totalnya "
        "di scores.csv.",
        "en": "{inst} has totals only (no items to answer); enter its total in scores.csv instead.",
    },
    "m_pl_w_answer_count": {
        "id": "{inst} punya {k} butir, tetapi jawaban yang diberikan {n}.",
        "en": "{inst} has {k} items but {n} answers were given.",
    },
    "m_pl_adm_totals_only": {
        "id": "instrumen ini hanya punya skor total (tanpa jawaban per butir)",
        "en": "this instrument has totals only (no item answers)",
    },
    "m_pl_adm_totals_only_fix": {
        "id": "isikan skor totalnya di scores.csv",
        "en": "enter its total in scores.csv instead",
    },
    "m_pl_adm_client_bad": {
        "id": "kode klien kosong atau memuat karakter selain huruf, angka, - dan _",
        "en": "the client code is empty or has characters other than letters, digits, - and _",
    },
    "m_pl_adm_client_bad_fix": {"id": "pilih seorang klien", "en": "choose a client"},
    "m_pl_adm_client_unknown": {
        "id": "klien ini tidak ada di clients.csv",
        "en": "this client is not in clients.csv",
    },
    "m_pl_adm_client_unknown_fix": {
        "id": "tambahkan klien ini ke clients.csv dulu, atau pilih klien yang sudah ada",
        "en": "add the client to clients.csv first, or choose a known client",
    },
    "m_pl_adm_timepoint_bad": {
        "id": "waktu pengukuran harus berupa label pendek dari huruf, angka, - atau _ "
        "(mis. pre, post)",
        "en": "the timepoint must be a short label of letters, digits, - or _ (e.g. pre, post)",
    },
    "m_pl_adm_timepoint_bad_fix": {
        "id": "ketik waktu pengukuran seperti pre (sebelum), post (sesudah) atau follow_up "
        "(tindak lanjut)",
        "en": "type a timepoint such as pre, post or follow_up",
    },
    "m_pl_adm_date_bad": {
        "id": "tanggal ini bukan tanggal yang sah",
        "en": "the date is not a date",
    },
    "m_pl_adm_date_bad_fix": {
        "id": "tulis sebagai TTTT-BB-HH (mis. 2025-03-14)",
        "en": "write it as YYYY-MM-DD",
    },
    "m_pl_adm_answer_all": {
        "id": "jawab setiap butir instrumen ini",
        "en": "answer every item of this instrument",
    },
    "m_pl_adm_answer_range": {
        "id": "jawaban {inst} harus bilangan bulat dari {lo} sampai {hi}",
        "en": "answers to {inst} must be whole numbers from {lo} to {hi}",
    },
    "m_pl_adm_answer_range_fix": {
        "id": "pilih salah satu tombol jawaban",
        "en": "pick one of the answer buttons",
    },
    "m_pl_adm_blanks": {
        "id": "{n} butir belum dijawab (butir {shown}); {inst} hanya dapat diskor bila paling "
        "banyak {m} butir kosong",
        "en": "{n} item(s) are not answered (items {shown}); {inst} can be scored with at "
        "most {m} blank",
    },
    "m_pl_adm_blanks_fix": {
        "id": "jawab butir yang tersisa sebelum menyimpan",
        "en": "answer the remaining items before saving",
    },
    "m_pl_adm_not_folder": {
        "id": "Jawaban hanya dapat disimpan ke folder buku kasus berisi berkas CSV; {folder} "
        "bukan folder seperti itu. (Buku kerja .xlsx tidak dapat ditulisi: ekspor dulu ke "
        "berkas CSV.)",
        "en": "Answers can only be saved into a casebook folder of CSV files; {folder} is not "
        "one. (A .xlsx workbook cannot be written: export it to CSV files first.)",
    },
    "m_pl_adm_not_saved": {"id": "Jawaban tidak disimpan", "en": "The answers were not saved"},
    "m_pl_adm_exists": {
        "id": "klien {client} sudah punya pengisian {inst} pada waktu pengukuran '{tp}'",
        "en": "client {client} already has a '{tp}' administration of {inst}",
    },
    "m_pl_adm_exists_fix": {
        "id": "centang '{overwrite}' untuk menggantinya, atau pilih waktu pengukuran lain",
        "en": "tick 'overwrite' to replace it, or choose another timepoint",
    },
    "m_pl_lc_not_number": {
        "id": "{name} harus berupa angka (diberikan {value}).",
        "en": "{name} must be a number (got {value}).",
    },
    "m_pl_lc_reliability": {
        "id": "reliabilitas harus lebih dari 0 dan kurang dari 1 (diberikan {r}); pakai "
        "koefisien alfa atau r tes-ulang yang diterbitkan untuk instrumen ini.",
        "en": "reliability must lie strictly between 0 and 1 (got {r}); use the "
        "instrument's published coefficient alpha or test-retest r.",
    },
    "m_pl_lc_sd": {
        "id": "SD harus positif (diberikan {sd}).",
        "en": "sd must be positive (got {sd}).",
    },
    "m_pl_w_casebook_type": {
        "id": "casebook harus berupa buku kasus yang sudah dimuat (Casebook) atau path folder "
        "buku kasus.",
        "en": "casebook must be a loaded Casebook or the path of a casebook folder.",
    },
    "m_pl_w_no_client": {
        "id": "Tidak ada klien {client} di buku kasus. Klien yang ada: {known}",
        "en": "There is no client {client} in the casebook. Known clients: {known}",
    },
    "m_pl_w_not_items": {
        "id": "{inst} bukan kuesioner dengan butir. Pilih salah satu dari: {ids}",
        "en": "{inst} is not a questionnaire with items. Choose one of: {ids}",
    },
    "m_pl_w_set_answers": {
        "id": "{inst} punya {k} butir; jawaban yang diberikan {n}.",
        "en": "{inst} has {k} items; got {n} answers.",
    },
    "m_pl_w_no_clients": {
        "id": "Buku kasus belum punya klien untuk dipilih.",
        "en": "The casebook has no clients to choose from.",
    },
    "m_pl_w_follow": {
        "id": "follow() perlu fungsi yang menerima kode klien.",
        "en": "follow() needs a function that takes a client id.",
    },
    # --- users (messy casebooks: names in folder, file and header names) ----------
    "privacy_folder_name": {
        "id": "nama folder buku kasus (ganti namanya dengan kode, mis. buku_kasus_K01)",
        "en": "the casebook's folder name (rename it to a code, e.g. casebook_K01)",
    },
    "privacy_file_name_withheld": {
        "id": "(sebuah berkas yang namanya memuat identitas klien: ganti namanya)",
        "en": "(a file whose name holds a client's identifier: rename it)",
    },
    "privacy_column_name_withheld": {
        "id": "(judul kolom memuat identitas klien: ganti judulnya)",
        "en": "(a column header holding a client's identifier: rename it)",
    },
    "privacy_more_cells": {"id": "; dan {n} sel lagi", "en": "; and {n} more cell(s)"},
    "v_header_not_first": {
        "id": "judul kolom ada di baris {row}, bukan di baris 1 (ada judul atau baris lain di "
        "atasnya)",
        "en": "the column headers are in row {row}, not in row 1 (a title or other rows are "
        "above them)",
    },
    "v_header_not_first_fix": {
        "id": "hapus baris di atas baris {row} sehingga judul kolom (client_id, ...) menjadi "
        "baris pertama",
        "en": "delete the rows above row {row} so that the headers (client_id, ...) are the "
        "first row",
    },
    "export_out_taken": {
        "id": "Ekspor lain menulis ke folder {out} pada saat yang sama (perintah yang sama "
        "dijalankan dua kali?); ekspor ini tidak ditulis dan dicatat sebagai dibatalkan di "
        "exports.log. Perbaikan: periksa ekspor yang sudah ada, atau berikan nama folder baru "
        "dengan {opt}.",
        "en": "Another export wrote into the folder {out} at the same time (the same command "
        "run twice?); this export was not written and is recorded as abandoned in exports.log. "
        "Fix: check the export that is there, or give a new folder name with {opt}.",
    },
    "pf_no_post_yet_fix": {
        "id": "setelah intervensi, isi kuesioner yang sama sekali lagi dan catat sebagai "
        "{post} (sesudah); sampai itu bagian evaluasi hanya menunjukkan skor {pre}",
        "en": "after the intervention, give the same questionnaire again and record it as "
        "{post}; until then the evaluation shows only the {pre} score",
    },
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


def default_lang() -> str:
    """The language of the command line when ``--lang`` is not given.

    ``CASEKIT_LANG`` from the environment (``id`` or ``en``), else ``id``.
    """
    lang = os.environ.get("CASEKIT_LANG", "").strip().lower() or "id"
    return check_lang(lang)


# --- numbers and dates ----------------------------------------------------------
#: month names (index 0 = January); Indonesian as in KBBI, short forms as in CLDR
MONTHS = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip
MONTHS_SHORT = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def is_missing(value) -> bool:
    """True for a missing scalar (None, NaN, pandas NA, NaT): shown as nothing.

    Lists and other containers are not missing (``pd.isna`` would answer per element)."""
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and other containers are not missing
        return False


def separators(lang: str) -> str:
    """Plotly's ``layout.separators`` for ``lang``: decimal mark, then thousands mark.

    Indonesian writes ``1.234,5`` (decimal comma, thousands point), English ``1,234.5``.
    """
    return ",." if check_lang(lang) == "id" else ".,"


def fmt_number(value, lang: str = "id", decimals: int | None = None, signed: bool = False) -> str:
    """A number as a reader of ``lang`` writes it.

    Parameters
    ----------
    value : int, float or None
        Missing values (None, NaN, pd.NA) give ``""``.
    lang : {"id", "en"}
        ``id``: decimal comma and thousands point (``1.234,56``);
        ``en``: decimal point and thousands comma (``1,234.56``).
    decimals : int, optional
        Digits after the decimal mark. Default: none for whole numbers, else 2.
    signed : bool
        Write ``+`` before positive numbers (differences).

    Examples
    --------
    >>> fmt_number(1.96, "id"), fmt_number(1.96, "en"), fmt_number(12, "id")
    ('1,96', '1.96', '12')
    """
    check_lang(lang)
    if value is None or isinstance(value, str) and not value.strip() or is_missing(value):
        return ""
    x = float(value)
    if decimals is None:
        decimals = 0 if x.is_integer() else 2
    text = f"{abs(x):,.{decimals}f}"
    if lang == "id":
        text = text.translate(str.maketrans({",": ".", ".": ","}))
    if x < 0 and text.strip("0.,") != "":
        text = "-" + text
    elif signed and x > 0:
        text = "+" + text
    return text


def fmt_p(value, lang: str = "id") -> str:
    """A p value: three decimals, ``< 0,001`` (``< 0.001``) below that; ``""`` if missing."""
    if is_missing(value):
        return ""
    if float(value) < 0.001:
        return "< " + fmt_number(0.001, lang, 3)
    return fmt_number(float(value), lang, 3)


def _as_date(value):
    if is_missing(value):
        return None
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None
        return _dt.date.fromisoformat(value[:10])
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if hasattr(value, "astype"):  # numpy datetime64
        import pandas as pd

        return pd.Timestamp(value).date()
    raise TypeError(f"not a date: {value!r}")


def fmt_date(value, lang: str = "id", short: bool = False) -> str:
    """A date as ``24 September 2024`` (``short``: ``24 Sep 2024``); ``""`` if missing.

    Indonesian and English share the day-month-year order; only the month
    names differ (:data:`MONTHS`, :data:`MONTHS_SHORT`). Accepts a date,
    datetime, pandas Timestamp, numpy datetime64 or an ISO ``YYYY-MM-DD`` string.
    """
    check_lang(lang)
    day = _as_date(value)
    if day is None:
        return ""
    names = MONTHS_SHORT if short else MONTHS
    return f"{day.day} {names[lang][day.month - 1]} {day.year}"


def fmt_month(value, lang: str = "id", short: bool = True) -> str:
    """Month and year, e.g. ``Agu 2024`` / ``Aug 2024`` (``short=False``: ``Agustus 2024``)."""
    check_lang(lang)
    day = _as_date(value)
    if day is None:
        return ""
    names = MONTHS_SHORT if short else MONTHS
    return f"{names[lang][day.month - 1]} {day.year}"


def date_ticks(start, end, lang: str = "id", max_ticks: int = 8) -> tuple[list, list[str]]:
    """Tick positions and labels for a date axis from ``start`` to ``end``.

    Plotly writes its own (English) month names on date axes; a figure calls
    ``fig.update_xaxes(tickvals=vals, ticktext=text)`` with these instead.
    Spans of up to ~two months get day ticks (``24 Sep``), longer spans month
    ticks (``Sep 2024``).

    Returns
    -------
    (list of datetime.date, list of str)
    """
    check_lang(lang)
    a, b = _as_date(start), _as_date(end)
    if a is None or b is None:
        return [], []
    if b < a:
        a, b = b, a
    days = (b - a).days
    if days <= 62:
        step = max(1, -(-(days + 1) // max_ticks))
        for nice in (1, 2, 3, 7, 14, 21, 28):
            if nice >= step:
                step = nice
                break
        vals = [a + _dt.timedelta(days=i) for i in range(0, days + 1, step)]
        text = [f"{d.day} {MONTHS_SHORT[lang][d.month - 1]}" for d in vals]
        return vals, text
    months = (b.year - a.year) * 12 + b.month - a.month + 1
    step = max(1, -(-months // max_ticks))
    vals = []
    y, m = a.year, a.month
    for i in range(0, months, step):
        mm = m - 1 + i
        vals.append(_dt.date(y + mm // 12, mm % 12 + 1, 1))
    text = [fmt_month(d, lang) for d in vals]
    return vals, text


# --- vocabulary -----------------------------------------------------------------
# Vocabulary values whose plain key is also a title ("Klien" heads a column): inside a
# sentence or a table cell they are ordinary lower-case words.
_VALUE_WORDS = {"client": {"id": "klien", "en": "client"}}


def vocab(value, lang: str = "id") -> str:
    """The label of a controlled-vocabulary value (``male`` -> ``laki-laki``); ``""`` if missing."""
    if is_missing(value):
        return ""
    word = _VALUE_WORDS.get(str(value))
    if word is not None:
        return word.get(lang, word["en"])
    return t(str(value), lang)


def timepoint_label(timepoint, lang: str = "id") -> str:
    """``pre`` -> ``sebelum``, ``post`` -> ``sesudah``, ``follow_up`` -> ``tindak lanjut``.

    Other timepoints are the student's own labels and are shown as typed.
    """
    if is_missing(timepoint):
        return ""
    key = f"tp_{str(timepoint).strip().lower()}"
    return t(key, lang) if key in LABELS else str(timepoint)


def scale_label(scale, lang: str = "id") -> str:
    """Name of a questionnaire scale (``total``, ``emotional``, ``social``); others as typed."""
    if is_missing(scale):
        return ""
    key = f"sc_{scale}"
    return t(key, lang) if key in LABELS else str(scale)


def instrument_name(instrument, lang: str = "id") -> str:
    """The name of an instrument, never its id.

    ``instrument`` is an :class:`~casekit.instruments.Instrument` or an id.
    Built-in instruments have names in both languages here (``inst_<id>``);
    a casebook's own instrument uses its ``name_id`` / ``name_en`` (when the
    file gives one) or ``name``. An unknown id is returned as given.
    """
    if is_missing(instrument):
        return ""
    inst_id = getattr(instrument, "id", instrument)
    key = f"inst_{inst_id}"
    if key in LABELS:
        return t(key, lang)
    if hasattr(instrument, "name"):
        own = getattr(instrument, f"name_{lang}", "")
        return str(own or instrument.name or inst_id)
    try:
        from . import instruments as _registry

        return instrument_name(_registry.get(str(inst_id)), lang)
    except Exception:  # noqa: BLE001 - an unknown id is shown as given
        return str(inst_id)


def category_label(instrument, category, lang: str = "id") -> str:
    """A score band in ``lang``, given the band's English label (``category``).

    The instrument file holds both labels (``label_en``, ``label_id``).
    """
    if is_missing(category):
        return ""
    if lang == "en":
        return str(category)
    for band in getattr(instrument, "categories", None) or ():
        if str(band.get("label_en")) == str(category):
            return str(band.get("label_id") or category)
    return str(category)


# --- messages in both languages ---------------------------------------------------
class Msg(str):
    """A message in both languages; as a ``str`` it is the English text.

    Build one with :func:`msg`; :func:`tr` (or ``.text(lang)``) gives it in a
    language. Being a ``str``, it goes wherever a message went before
    (``Problem.message``, an exception's argument).
    """

    __slots__ = ("_id",)

    def __new__(cls, en: str, id: str):  # noqa: A002 - the language code
        obj = super().__new__(cls, en)
        obj._id = id
        return obj

    def text(self, lang: str = "en") -> str:
        return self._id if lang == "id" else str.__str__(self)

    def __reduce__(self):  # pickles (report workers) keep both languages
        return (Msg, (str.__str__(self), self._id))


class _Fmt(string.Formatter):
    """str.format that fills in a Msg in its language and numbers with the language's marks."""

    def __init__(self, lang):
        self.lang = lang

    def format_field(self, value, format_spec):
        if isinstance(value, Msg):
            return super().format_field(value.text(self.lang), format_spec)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if format_spec in ("", "g") and isinstance(value, float):
                return fmt_number(value, self.lang)
            fixed = re.fullmatch(r"\.(\d+)f", format_spec)
            if fixed:
                return fmt_number(value, self.lang, int(fixed.group(1)))
        return super().format_field(value, format_spec)


def msg(key: str, **params) -> Msg:
    """The message ``key`` of :data:`LABELS` in both languages, with ``params`` filled in.

    A parameter that is itself a :class:`Msg` is filled in in each language;
    floats are written with the language's decimal mark.
    """
    entry = LABELS.get(key)
    if entry is None:
        raise KeyError(f"no message {key!r} in casekit.i18n.LABELS")
    return Msg(
        _Fmt("en").format(entry.get("en", key), **params),
        _Fmt("id").format(entry.get("id") or entry.get("en", key), **params),
    )


def tr(text, lang: str = "id") -> str:
    """``text`` in ``lang`` if it is a :class:`Msg`, else ``str(text)`` as it is."""
    if isinstance(text, Msg):
        return text.text(lang)
    if isinstance(text, BaseException):
        return tr(text.args[0], lang) if len(text.args) == 1 else str(text)
    return str(text)

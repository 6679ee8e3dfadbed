"""The classroom widgets: questionnaire form, change explorer, client picker.

Labels in Bahasa Indonesia (``id``) and English (``en``); see :mod:`casekit.labels`."""

LABELS: dict[str, dict[str, str]] = {
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
}

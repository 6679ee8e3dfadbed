"""Scores, reliable change, norms and the cohort statistics with their disclosure control.

Labels in Bahasa Indonesia (``id``) and English (``en``); see :mod:`casekit.labels`."""

LABELS: dict[str, dict[str, str]] = {
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
    # --- norms (change/reasons.py: why change() cannot compute; casekit change) ---
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
}

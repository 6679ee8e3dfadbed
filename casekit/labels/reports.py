"""The client and cohort reports: sections, tables, verdicts, the PDF, failed reports.

Labels in Bahasa Indonesia (``id``) and English (``en``); see :mod:`casekit.labels`."""

LABELS: dict[str, dict[str, str]] = {
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
}

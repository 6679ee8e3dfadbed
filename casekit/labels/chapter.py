"""The Word chapter (chapter IV of the practicum report) and the process check.

Labels in Bahasa Indonesia (``id``) and English (``en``); see :mod:`casekit.labels`."""

LABELS: dict[str, dict[str, str]] = {
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
}

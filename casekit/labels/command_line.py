"""The command line: messages, report parameters, help texts, summary, exit codes.

Labels in Bahasa Indonesia (``id``) and English (``en``); see :mod:`casekit.labels`."""

LABELS: dict[str, dict[str, str]] = {
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
}

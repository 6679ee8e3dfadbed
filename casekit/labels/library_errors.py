"""Errors of scoring, cohort, export, pooling and disclosure, worded for the command line or Python.

Labels in Bahasa Indonesia (``id``) and English (``en``); see :mod:`casekit.labels`."""

LABELS: dict[str, dict[str, str]] = {
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
    # export: the key file (export/pseudonyms.py)
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
    # export: checks of the written export (export/__init__.py, export/writing.py)
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
    # wording is read by casekit.change.reasons: keep it as it is)
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
    # pairing pre and post scores (change/pairs.py, also under cohort_summary; a small
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
}

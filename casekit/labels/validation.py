"""What the loader says about a casebook: where a problem is, the problems and their fixes.

Labels in Bahasa Indonesia (``id``) and English (``en``); see :mod:`casekit.labels`."""

LABELS: dict[str, dict[str, str]] = {
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
}

"""Files that cannot be read or written, and the identifier guard.

Labels in Bahasa Indonesia (``id``) and English (``en``); see :mod:`casekit.labels`."""

LABELS: dict[str, dict[str, str]] = {
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

"""Write the casebooks of tests/test_users_*.py (made-up people only; run once, the
result is committed: ``python tools/make_users_casebooks.py``).

``tests/data/student_excel_cp1252``
    Two clients typed in Excel on an older Windows with Indonesian settings and saved
    as plain "CSV (dipisahkan titik koma)", i.e. Windows-1252, not UTF-8: ``;``, CRLF,
    curly quotes and ``é`` in free text, dates as Excel shows a long date format
    (``12 Januari 2025``, ``Kamis, 16 Januari 2025``) mixed with ``13/01/2025``, times
    ``9.00 WIB``, the instrument typed ``UCLA_LS3``,
    answers ``3 `` and ``3,0``, ``Ya``/``Tidak``, ``Pre-Test``/``Post-Test``, header
    cells with stray spaces, empty trailing rows and columns. BDG-04 has only the
    clients and family rows (a second client just begun).
``tests/data/student_partial``
    One client in the first week, saved as "CSV UTF-8" (BOM, ``;``): clients,
    identifiers, one problem and a pre-test of the 3-item UCLA only (no family,
    ecomap, body map, sessions, plan or post-test yet).
``tests/data/research_named/Wiranto_Gunadi``
    A casebook from Google Sheets (``,``, LF, ISO dates) whose folder, one extra file
    and one extra column header are named after the client (the name is in
    identifiers.csv): what a researcher receives when a student names things after
    the person.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"

CP1252: dict[str, str] = {}
CP1252[
    "clients"
] = """Client_ID ;Pseudonym ; Sex;Birth_Year;Age_at_Intake;Cluster;Region;Religion;Living_Arrangement;Worker;Institution;Intake_Date;Consent_Date;Termination_Date;Termination_Reason;Referral_To;;
BDG-03;Nenek T;Perempuan;1951;73;Lansia kesepian (pasca ditinggal anak);Kab. Bandung;Katolik;Tinggal Sendiri;Praktikan N;Panti Wreda Santa Anna;12 Januari 2025;14 Januari 2025;28 Februari 2025;Tujuan tercapai;Kelompok Doa Lansia ‘Bunda Maria’;;
BDG-04;Kakek W;L;1947;77;Lansia terlantar;Kab. Bandung;Kristen;dengan keluarga;Praktikan N;Panti Wreda Santa Anna;13/01/2025;15/01/2025;;;;;
;;;;;;;;;;;;;;;;;
;;;;;;;;;;;;;;;;;
"""
CP1252["identifiers"] = """client_id;full_name;address;phone
BDG-03;Theresia Sumarni Hadiwidjojo;Jl. Cempaka Putih No. 12, RT 02/RW 05;0812-2233-9087
BDG-04;Yohanes Sutedja Prawira;Kp. Cibodas RT 01/RW 03;0878-1200-3344
"""
CP1252[
    "family"
] = """client_id;Member_ID;Label;Sex;Birth_Year;Death_Year;Deceased;Relation;Partner_ID;Father_ID;Mother_ID;Union;Bond;Lives_With_Client;Occupation;Note
BDG-03;M1;Nenek T;P;1951;;Tidak;Klien;M2;;;janda;;Ya;Pensiunan guru SD;
BDG-03;M2;Suami (alm.);L;1948;2019;Ya;suami;M1;;;cerai mati;dekat;Tidak;Pensiunan PNS;Wafat karena serangan jantung
BDG-03;M3;Anak pertama;L;1975;;Tidak;anak;;M2;M1;;jauh;Tidak;Pelaut;Bekerja di kapal pesiar, pulang setahun sekali
BDG-03;M4;Anak kedua;P;1979;;Tidak;anak;;M2;M1;;dekat;Tidak;Perawat;Tinggal di Cimahi, menelepon tiap Minggu
BDG-04;W1;Kakek W;L;1947;;tidak;klien;;;;;;ya;Petani;
BDG-04;W2;Cucu;L;2001;;tidak;cucu;;;;;biasa;ya;Ojek daring;
"""
CP1252["ecomap"] = """client_id;System;Category;Strength;Flow;Note
BDG-03;Anak kedua;keluarga;kuat;dua arah;telepon tiap Minggu
BDG-03;Anak pertama;keluarga;lemah;ke klien;kirim uang
BDG-03;Gereja Paroki;agama;kuat;dua arah;misa pagi, kor lansia
BDG-03;Kafé Lansia RW 05;komunitas;sedang;dua arah;senam & kopi pagi
BDG-03;Puskesmas;kesehatan;sedang;ke klien;cek tensi
"""
CP1252["life_events"] = """client_id;Year;Age;Event;Valence
BDG-03;1957;;Masuk SR (sekolah rakyat);2
BDG-03;1973;;Menikah;5
BDG-03;1975;;Anak pertama lahir;4
BDG-03;2006;;Pensiun;1
BDG-03;2019;;Suami wafat;-5
BDG-03;2023;;Anak kedua pindah ke Cimahi;-3
BDG-03;2025;;Ikut kor lansia;3
"""
CP1252["bpss"] = """client_id;Domain;Finding;Kind;Source
BDG-03;Biologis;Osteoartritis lutut, tensi 150/90;Masalah;cek kesehatan
BDG-03;Psikologis;Sering menangis saat malam, merasa “tak berguna”;Masalah;wawancara
BDG-03;Sosial;Hanya bertemu tetangga saat misa;Masalah;observasi
BDG-03;Spiritual;Rajin berdoa rosario, ikut misa Jum’at pertama;Kekuatan;wawancara
"""
CP1252["body_map"] = """client_id;Region;Side;Severity;Note
BDG-03;lutut kiri;depan;6;nyeri saat bangun tidur
BDG-03;punggung bawah;belakang;4,0;
"""
CP1252["problems"] = """client_id;Statement;According_To;Cause;Effect;Focus
BDG-03;Merasa kesepian sejak anak pindah;klien;Anak kedua pindah;Sering menangis;Ya
BDG-03;Jarang keluar rumah;tetangga;Lutut nyeri;Tidak ikut arisan;Tidak
BDG-03;Kesepian emosional;praktikan;Kehilangan pasangan;Merasa tak berguna;Tidak
"""
CP1252[
    "plan"
] = """client_id;Activity_ID;Activity;Method;Techniques;Start_Date;End_Date;Location;Objectives;Indicator
BDG-03;A1;Konseling duka;casework;"konseling; reminiscence";20/01/2025;7/02/2025;Kamar klien;Klien dapat menerima kehilangan;Skor UCLA turun
BDG-03;A2;Kor lansia & senam pagi;groupwork;sosialisasi;25 Januari 2025;22 Februari 2025;Kafé Lansia RW 05;Klien punya teman;Hadir 4 kali
"""
CP1252[
    "sessions"
] = """Client_ID;Session_ID;Activity_ID;Stage;Date;Start_Time;End_Time;Location;Participants;Notes
BDG-03;1;;engagement;12 Januari 2025;9.00;10.00;Panti;"Klien; praktikan";Perkenalan, klien bercerita tentang almarhum suaminya
BDG-03;2;;kontrak;14 Januari 2025;9.30;10.00;Panti;Klien;Persetujuan ditandatangani
BDG-03;3;;asesmen;Kamis, 16 Januari 2025;9.00 WIB;11.00 WIB;Panti;Klien;Genogram, UCLA pre-test
BDG-03;4;A1;intervensi;20/01/2025;10.00;11.00;Kamar klien;Klien;Konseling duka 1
BDG-03;5;A2;intervensi;25/01/2025;7.00;8.30;Kafé Lansia RW 05;Klien, 12 lansia;Kor lansia pertama, klien “senang sekali”
BDG-03;6;A1;intervensi;7/02/2025;10.00;11.00;Kamar klien;Klien;Konseling duka 2
BDG-03;7;;evaluasi;26/02/2025;9.00;10.00;Panti;Klien;UCLA post-test
BDG-03;8;;terminasi;28 Februari 2025;9.00;9.45;Panti;"Klien; pengurus kor";Terminasi, dirujuk ke kelompok doa
"""
CP1252["evaluation"] = """client_id;Activity_ID;Process_Notes;Outcome_Notes;Indicator_Met
BDG-03;A1;Dua sesi, klien terbuka;Klien tidak lagi menangis tiap malam;Ya
BDG-03;A2;Hadir 4 dari 5 latihan;Dua teman baru di kor;Sebagian
"""
pre = [
    "2",
    "3 ",
    "3",
    "4",
    "2",
    "1",
    "3,0",
    "3",
    "2",
    "2",
    "3",
    "4",
    "3",
    "3",
    "2",
    "1",
    "3",
    "3",
    "2",
    "1",
]
post = [
    "3",
    "2",
    "2",
    "2",
    "3",
    "3",
    "2",
    "2",
    "3",
    "3",
    "2",
    "2",
    "2",
    "2",
    "3",
    "3",
    "2 ",
    "2,0",
    "3",
    "3",
]
head = "client_id;Instrument;Timepoint;Date;" + ";".join(f"Q{i}" for i in range(1, 21)) + ";;"
CP1252["responses"] = (
    head
    + "\n"
    + "\n".join(
        [
            "BDG-03;UCLA_LS3;Pre-Test;16 Januari 2025;" + ";".join(pre) + ";;",
            "BDG-03;UCLA_LS3;Post-Test;26 Februari 2025;" + ";".join(post) + ";;",
            ";;;;" + ";" * 21,
        ]
    )
    + "\n"
)

PARTIAL = {
    "clients": """client_id;pseudonym;sex;birth_year;cluster;intake_date;consent_date
JKT-11;Bapak H;L;1960;lansia terlantar;03/03/2025;05/03/2025
""",
    "identifiers": """client_id;full_name;address;phone
JKT-11;Hendra Kusumawardhana;Jl. Kenari Raya No. 8;081311112222
""",
    "problems": """client_id;statement;according_to
JKT-11;Merasa sendirian sejak pensiun;klien
""",
    "responses": """client_id;instrument;timepoint;date;q1;q2;q3
JKT-11;ucla_3;sebelum;05/03/2025;3;2;3
""",
}

NAMED = {
    "clients": """client_id,pseudonym,sex,birth_year,cluster,region,living_arrangement,intake_date,consent_date,termination_date,termination_reason,Nama Panggilan Wiranto
W01,Kakek W,male,1947,lanjut usia terlantar,Kab. Bandung,with_family,2025-01-13,2025-01-15,2025-02-27,goals_met,Mbah Wir
""",
    "identifiers": """client_id,full_name,address,phone
W01,Wiranto Gunadi Sasmita,"Gg. Flamboyan 3, Desa Sukamaju",(022) 5410-778
""",
    "family": """client_id,member_id,label,sex,birth_year,relation,lives_with_client,bond
W01,W1,Kakek W,male,1947,self,yes,
W01,W2,Cucu,male,2001,grandchild,yes,close
""",
    "sessions": """client_id,session_id,stage,date,notes
W01,1,engagement,2025-01-13,Perkenalan di rumah cucu
W01,2,contract,2025-01-15,"Kontrak, persetujuan ditandatangani"
W01,3,assessment,2025-01-16,UCLA sebelum
W01,4,evaluation,2025-02-26,UCLA sesudah
W01,5,termination,2025-02-27,Terminasi
""",
    "scores": """client_id,instrument,timepoint,date,score
W01,ucla_3,pre,2025-01-16,8
W01,ucla_3,post,2025-02-26,5
""",
    "catatan Wiranto": """client_id,tanggal,catatan
W01,2025-01-20,catatan pribadi praktikan
""",
}


def write(folder: Path, tables: dict[str, str], encoding: str, *, bom=False, crlf=True) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in tables.items():
        lines = text.strip("\n").split("\n")
        end = "\r\n" if crlf else "\n"
        data = (("\ufeff" if bom else "") + end.join(lines) + end).encode(encoding)
        (folder / f"{name}.csv").write_bytes(data)


def main() -> None:
    write(DATA / "student_excel_cp1252", CP1252, "cp1252")
    write(DATA / "student_partial", PARTIAL, "utf-8", bom=True)
    write(DATA / "research_named" / "Wiranto_Gunadi", NAMED, "utf-8", crlf=False)


if __name__ == "__main__":
    main()

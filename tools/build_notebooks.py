"""Write the six lecture notebooks (notebooks/01_..06_) from the text below.

The notebooks are what lecturers open; this script is only their source, so a
wording change is made once here and the notebooks are rebuilt with
``.venv/bin/python tools/build_notebooks.py``. Outputs are empty by
construction. Each notebook: a first markdown cell saying what it teaches, one
``parameters`` cell, short cells, the package doing the work.

Both languages come from this one script: every markdown cell is written
below as Indonesian text followed by ``*EN: ...*``; the script splits the two,
writes ``notebooks/NN_*.ipynb`` in Bahasa Indonesia and ``notebooks/en/NN_*.ipynb``
in English (with ``lang = "en"``), and keeps both texts in each markdown cell's
metadata (``casekit.text``), from which ``casekit slides --lang`` takes the
prose of the language asked for.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import nbformat as nbf

OUT = Path(__file__).resolve().parents[1] / "notebooks"

PARAMS = """# Parameter (papermill / casekit slides dapat menggantinya)
casebook = "../data/demo"  # folder buku kasus / casebook folder
client_id = "S"  # kode klien / client code
lang = "id"  # bahasa label: "id" (Bahasa Indonesia) atau "en" (English)"""

SETUP = """import casekit as ck
import casekit.figures
from casekit.reports import blocks as rb
from casekit.widgets import ClientPicker

rb.setup_notebook(lang)
cb = ck.load_casebook(casebook)
picker = ClientPicker(cb, client_id, lang=lang)
picker"""

PICKER_MD = (
    "Pilih klien di atas: setiap tabel dan gambar di bawah mengikuti pilihan itu.\n\n"
    "*EN: Choose a client above; every table and figure below follows the choice.*"
)


def _split(text: str) -> dict[str, str]:
    """``"Indonesian...\n\n*EN: English*"`` -> {"id": ..., "en": ...}.

    A heading of the Indonesian part (``## ...``) gets an English heading made of
    the English text's first sentence; the rest of that sentence follows as body.
    """
    text = text.strip()
    if "*EN:" not in text:
        raise ValueError(f"markdown cell without its English text: {text[:60]!r}")
    id_text, en = text.split("*EN:", 1)
    id_text, en = id_text.strip(), en.strip().rstrip("*").strip()
    if id_text.startswith("#"):
        level = id_text.split(" ", 1)[0]
        m = re.match(r"(.+?[.?;:])(\s+|$)(.*)", en, re.S)
        head, body = (m.group(1), m.group(3)) if m else (en, "")
        head = head.rstrip(".;:")
        body = body[:1].upper() + body[1:]
        en = f"{level} {head}" + (f"\n{body}" if body else "")
    return {"id": id_text, "en": en}


def md(text):
    texts = _split(text)
    cell = nbf.v4.new_markdown_cell(texts["id"])
    cell.metadata["casekit"] = {"text": texts}
    return cell


def code(text):
    return nbf.v4.new_code_cell(text.strip())


def notebook(title_id, title_en, teaches_id, teaches_en, cells, setup=SETUP):
    texts = {
        "id": f"# {title_id}\n\n**Yang dipelajari:** {teaches_id}",
        "en": f"# {title_en}\n\n**What this notebook teaches:** {teaches_en}",
    }
    first = nbf.v4.new_markdown_cell(texts["id"])
    first.metadata["casekit"] = {"text": texts}
    params = code(PARAMS)
    params.metadata["tags"] = ["parameters"]
    nb = nbf.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "casekit",
        "display_name": "casekit (Python 3)",
        "language": "python",
    }
    nb.metadata["language_info"] = {"name": "python"}
    picker_md = md(PICKER_MD)
    picker_md.metadata["tags"] = ["casekit-live"]  # not on slides: they have no chooser
    nb.cells = [first, params, code(setup), picker_md, *cells]
    return nb


def in_english(nb):
    """The English copy: English prose, ``lang = "en"``, paths one folder deeper."""
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        texts = cell.get("metadata", {}).get("casekit", {}).get("text")
        if texts:
            cell.source = texts["en"]
        elif "parameters" in cell.get("metadata", {}).get("tags", []):
            cell.source = cell.source.replace('lang = "id"', 'lang = "en"').replace(
                '"../data/demo"', '"../../data/demo"'
            )
    return nb


NB = {}

NB["01_engagement_intake_contract"] = notebook(
    "Engagement, intake dan kontrak",
    "Engagement, intake and contract",
    "siapa klien, pihak-pihak yang ditemui pada awal pertolongan, persetujuan (informed "
    "consent) dan garis waktu sejauh ini.",
    "who the client is, the stakeholders met at the start of the helping process, informed "
    "consent, and the timeline so far.",
    [
        md(
            "## Siapa kliennya?\nIdentitas klien memakai nama samaran; data pengenal langsung "
            "(`identifiers.csv`) tidak pernah ditampilkan.\n\n*EN: Who is the client? Pseudonyms "
            "only; direct identifiers are never shown.*"
        ),
        code(
            'FIELDS = ["pseudonym", "sex", "age_at_intake", "cluster", "region", "ethnicity",\n'
            '          "religion", "living_arrangement", "intake_date", "consent_date"]\n'
            "picker.follow(lambda c: rb.identity(cb.for_client(c).clients.iloc[0], FIELDS, lang))"
        ),
        md(
            "## Pihak yang ditemui\nTahap *engagement*, *intake* dan kontrak: siapa yang "
            "ditemui, kapan dan di mana.\n\n*EN: Stakeholders met during engagement, intake "
            "and contract.*"
        ),
        code(
            'EARLY = ["engagement", "intake", "contract"]\n'
            "picker.follow(lambda c: rb.table(\n"
            '    cb.for_client(c).sessions.query("stage in @EARLY"),\n'
            '    ["date", "stage", "participants", "location", "techniques"], lang,\n'
            '    translate=["stage"]))'
        ),
        md(
            "## Persetujuan (informed consent)\nKontrak dimulai setelah klien setuju. Tanggal "
            "persetujuan dicatat di `clients.csv` (kolom `consent_date`).\n\n*EN: Informed consent. The contract "
            "starts once the client consents; the date is `consent_date` in `clients.csv`.*"
        ),
        code(
            "picker.follow(lambda c: rb.table(cb.for_client(c).clients,\n"
            '    ["client_id", "intake_date", "consent_date", "worker", "institution"], lang))'
        ),
        md(
            "## Garis waktu\nSemua pertemuan menurut tahap pertolongan.\n\n"
            "*EN: The timeline: every session by stage of the helping process.*"
        ),
        code("picker.follow(lambda c: ck.figures.timeline(cb, c, lang=lang))"),
    ],
)

NB["02_assessment"] = notebook(
    "Asesmen",
    "Assessment",
    "alat-alat asesmen: tabel identitas dan keluarga, genogram, jalan kehidupan sosial, BPSS, "
    "peta tubuh (body map), ecomap, gejala masalah menurut sumbernya, penyebab -> dampak, dan masalah "
    "fokus.",
    "the assessment tools: identity and family table, genogram, social life road, BPSS, body "
    "map, ecomap, problems by source, cause -> effect, and the focus problem.",
    [
        md("## Keluarga\n*EN: The family table.*"),
        code(
            "picker.follow(lambda c: rb.table(cb.for_client(c).family,\n"
            '    ["label", "relation", "sex", "birth_year", "death_year", "residence", "bond"],\n'
            '    lang, translate=["relation", "sex", "bond"]))'
        ),
        md(
            "## Genogram\nKotak = laki-laki, lingkaran = perempuan, tanda silang = sudah "
            "meninggal; garis menunjukkan kualitas hubungan.\n\n*EN: Genogram: squares are men, circles "
            "women, a cross marks a death; lines show the quality of ties.*"
        ),
        code("picker.follow(lambda c: ck.figures.genogram(cb, c, lang=lang))"),
        md(
            "## Jalan kehidupan sosial\nPeristiwa hidup sebagai gelombang: masa baik di atas, "
            "masa sulit di bawah.\n\n*EN: Social life road: good times up, bad times down.*"
        ),
        code("picker.follow(lambda c: ck.figures.life_road(cb, c, lang=lang))"),
        md(
            "## BPSS\nFungsi biologis, psikologis, sosial dan spiritual: masalah dan kekuatan."
            "\n\n*EN: Biological, psychological, social and spiritual functioning.*"
        ),
        code("picker.follow(lambda c: ck.figures.bpss(cb, c, lang=lang))"),
        md("## Peta tubuh\n*EN: Body map: where it hurts, and how much (0-10).*"),
        code("picker.follow(lambda c: ck.figures.body_map(cb, c, lang=lang))"),
        md(
            "## Ecomap\nHubungan klien dengan orang dan lembaga: kuat, lemah, penuh tekanan; "
            "panah = arah aliran energi.\n\n*EN: Ecomap: ties to people and institutions; "
            "arrows show the flow of energy.*"
        ),
        code("picker.follow(lambda c: ck.figures.ecomap(cb, c, lang=lang))"),
        md(
            "## Gejala masalah menurut sumbernya, penyebab dan dampak\nBandingkan apa kata klien, "
            "tetangga dan praktikan; masalah fokus ditandai.\n\n*EN: Problems as seen by the "
            "client, neighbours and student worker, with causes and effects; the focus problem is "
            "marked.*"
        ),
        code(
            "picker.follow(lambda c: rb.table(cb.for_client(c).problems,\n"
            '    ["according_to", "statement", "cause", "effect", "focus"], lang,\n'
            '    translate=["according_to"]))'
        ),
    ],
)

NB["03_intervention_plan_and_sessions"] = notebook(
    "Rencana intervensi dan sesi",
    "Intervention plan and sessions",
    "tabel program (kegiatan, metode, teknik, indikator), garis waktu sesi, teknik yang "
    "dipakai, dan jumlah jam kontak.",
    "the programme table (activity, method, techniques, indicator), the sessions timeline, "
    "techniques used, and hours of contact.",
    [
        md("## Rencana intervensi\n*EN: The intervention plan.*"),
        code(
            "picker.follow(lambda c: rb.table(cb.for_client(c).plan,\n"
            '    ["activity_id", "activity", "method", "techniques", "start_date", "end_date",\n'
            '     "objectives", "indicator"], lang, translate=["method"]))'
        ),
        md("## Garis waktu sesi\n*EN: The sessions on a timeline.*"),
        code("picker.follow(lambda c: ck.figures.timeline(cb, c, lang=lang))"),
        md(
            "## Teknik dan jam kontak\nBerapa kali tiap teknik dipakai, dan berapa jam "
            "pertemuan per tahap (sesi tanpa jam tidak dihitung).\n\n*EN: Techniques and hours of contact. How often each "
            "technique was used, and hours of contact per stage (sessions without times are "
            "not counted).*"
        ),
        code(
            "from casekit.tables import split_list\n\n"
            "def techniques(c):\n"
            "    s = cb.for_client(c).sessions\n"
            '    used = s["techniques"].dropna().map(split_list).explode()\n'
            '    return used.value_counts().rename_axis("technique").reset_index(name="n")\n\n'
            "picker.follow(techniques)"
        ),
        code(
            "import pandas as pd\n\n"
            "def hours(c):\n"
            '    s = cb.for_client(c).sessions.dropna(subset=["start_time", "end_time"])\n'
            '    span = pd.to_timedelta(s["end_time"] + ":00") - pd.to_timedelta(s["start_time"] + ":00")\n'
            '    return (span.dt.total_seconds() / 3600).groupby(s["stage"]).sum().round(1).to_frame("hours")\n\n'
            "picker.follow(hours)"
        ),
    ],
)

NB["04_loneliness_pre_post"] = notebook(
    "Kesepian: sebelum dan sesudah intervensi",
    "Loneliness before and after the intervention",
    "kuesioner kesepian, cara menskor (butir terbalik, subskala, jawaban kosong), skor "
    "klien sebelum/sesudah, serta perubahan reliabel (reliable change) dan signifikansi "
    "klinis, dengan rumus dan gambar.",
    "the loneliness questionnaires, how scoring works (reverse items, subscales, missing "
    "answers), the client's pre/post scores, and reliable change and clinical significance "
    "explained with the formula and a picture.",
    [
        md(
            "## Kuesioner yang tersedia\n*EN: The instruments casekit knows (built-in, plus "
            "the casebook's own).*"
        ),
        code(
            "import pandas as pd\n\n"
            "insts = [cb.instrument(i) for i in ck.instruments.available(cb.instruments)]\n"
            'pd.DataFrame([{"id": i.id, "items": i.items, "min": i.score_min, "max": i.score_max,\n'
            '               "reliability": i.reliability, "subscales": ", ".join(i.subscales)}\n'
            "              for i in insts])"
        ),
        md(
            "## Cara penskoran\nUCLA-LS3: jawaban 1-4; butir terbalik (mis. butir 1) diskor "
            "`5 - jawaban`; total = jumlah. Bila paling banyak 2 butir kosong, total "
            "diproporsikan. De Jong Gierveld: dihitung jawaban yang 'kesepian', dengan subskala "
            "emosional dan sosial.\n\n*EN: Scoring method. UCLA-LS3 answers 1-4, reverse items score "
            "`5 - answer`, total = sum, prorated with at most 2 blanks. De Jong Gierveld counts "
            "lonely answers, with emotional and social subscales.*"
        ),
        code(
            "# semua jawaban 1 / every answer 1: nine reverse items score 4 -> 9*4 + 11*1 = 47\n"
            'ck.score_answers("ucla_ls3", [1] * 20)[["scale", "score", "items_answered", "prorated"]]'
        ),
        code(
            "# dua butir kosong: total diproporsikan / two blanks: prorated total\n"
            'ck.score_answers("ucla_ls3", [2] * 18 + [None, None])[["scale", "score", "prorated"]]'
        ),
        code(
            'ck.score_answers("djg_11", [1, 3, 3, 1, 3, 1, 3, 3, 1, 1, 3])[\n'
            '    ["scale", "score", "category", "category_id"]]'
        ),
        md("## Skor klien\n*EN: The client's scores at every timepoint.*"),
        code(
            "scores = ck.score(cb)\n"
            "picker.follow(lambda c: rb.scores_table(scores[scores.client_id == c], cb, lang))"
        ),
        code("picker.follow(lambda c: ck.figures.prepost(cb, c, lang=lang))"),
        md(
            r"""## Perubahan reliabel (Jacobson & Truax, 1991)
Apakah penurunan skor lebih besar daripada kesalahan ukur?

$$SE = SD\sqrt{1-r}, \qquad S_{diff} = \sqrt{2\,SE^2}, \qquad RCI = \frac{x_{sesudah} - x_{sebelum}}{S_{diff}}$$

Perubahan **reliabel** bila $|RCI| > 1{,}96$. Geser reliabilitas $r$ dan $SD$: perubahan yang
tampak besar belum tentu reliabel bila alat ukurnya kurang reliabel.

*EN: Reliable change (Jacobson & Truax, 1991). Is the drop in score larger than measurement
error?

$$SE = SD\sqrt{1-r}, \qquad S_{diff} = \sqrt{2\,SE^2}, \qquad RCI = \frac{x_{after} - x_{before}}{S_{diff}}$$

The change is **reliable** when $|RCI| > 1.96$. Move the reliability $r$ and $SD$ sliders: a
big-looking change need not be reliable when the measure is noisy.*"""
        ),
        code(
            "from casekit.widgets import ReliableChangeExplorer\n\n"
            "picker.follow(lambda c: ReliableChangeExplorer(cb, c, lang=lang, scores=scores))"
        ),
        md(
            "## Signifikansi klinis untuk seluruh buku kasus\n*EN: Reliable change and "
            "clinical status for every client in the casebook.*"
        ),
        code(
            "from casekit.widgets import clinical_rows\n\n"
            "ch = ck.change(scores, instruments=cb.instruments)\n"
            "clinical_rows(ch, lang)"
        ),
        md(
            "## Isi kuesioner\nKlik jawaban: total, subskala dan kategori langsung berubah. "
            "*Simpan* menulis ke salinan latihan sementara: satu salinan per sesi notebook, "
            "tanpa `identifiers.csv`, dihapus ketika kernel dimatikan (atau ketika kernel "
            "berikutnya mulai). Buku kasus demo tetap utuh. Untuk menyimpan ke buku kasus Anda "
            "sendiri, ganti `practice` dengan folder buku kasus Anda.\n\n*EN: "
            "Fill in a questionnaire: click answers and watch the total, subscales and category. "
            "Save writes to a temporary practice copy: one per notebook session, without "
            "`identifiers.csv`, removed when the kernel shuts down (or when the next one starts). "
            "The demo stays as it is. To save into your own casebook, put its folder in place "
            "of `practice`.*"
        ),
        code(
            "from casekit.widgets import QuestionnaireForm, practice_copy\n\n"
            "practice = practice_copy(casebook)  # one per session, removed at shutdown\n"
            'picker.follow(lambda c: QuestionnaireForm(practice, c, instrument="ucla_ls3",\n'
            '                                           timepoint="follow_up", lang=lang))'
        ),
    ],
)

NB["05_evaluation_termination"] = notebook(
    "Evaluasi, terminasi dan rujukan",
    "Evaluation, termination and referral",
    "matriks evaluasi (proses dan hasil per kegiatan), kesimpulan hasil, pengakhiran "
    "kontrak dan rujukan.",
    "the evaluation matrix (process and outcome per activity), the outcome verdict, ending "
    "the contract and referral.",
    [
        md("## Matriks evaluasi\n*EN: The evaluation matrix.*"),
        code(
            "picker.follow(lambda c: rb.table(cb.for_client(c).evaluation,\n"
            '    ["activity_id", "process_notes", "outcome_notes", "indicator_met"], lang,\n'
            '    translate=["indicator_met"]))'
        ),
        md("## Kesimpulan hasil\n*EN: The outcome verdict from the pre/post scores.*"),
        code(
            "from casekit.reports.verdicts import change_verdict\n\n"
            "scores = ck.score(cb)\n"
            "changes = ck.change(scores, instruments=cb.instruments)\n\n"
            "def verdict(c):\n"
            "    mine = scores[scores.client_id == c]\n"
            '    inst = mine.instrument.iloc[0] if len(mine) else ""\n'
            '    rb.paragraph(change_verdict(changes, cb, c, inst, "pre", "post", lang))\n\n'
            "picker.follow(verdict)"
        ),
        md(
            "## Terminasi dan rujukan\nKontrak diakhiri; klien diserahkan kepada komunitas "
            "setempat.\n\n*EN: Termination and referral. The contract ends; the client is handed to the local community.*"
        ),
        code(
            "picker.follow(lambda c: rb.identity(cb.for_client(c).clients.iloc[0],\n"
            '    ["termination_date", "termination_reason", "referral_to"], lang))'
        ),
        code(
            "picker.follow(lambda c: rb.table(cb.for_client(c).sessions.query(\"stage in ['termination', 'referral']\"),\n"
            '    ["date", "stage", "participants", "notes"], lang, translate=["stage"]))'
        ),
    ],
)

COHORT_SETUP = """import casekit as ck
import casekit.figures
from casekit.reports import blocks as rb

rb.setup_notebook(lang)
cb = ck.load_casebook(casebook)
scores = ck.score(cb)
ch = ck.change(scores, instruments=cb.instruments)
rb.paragraph(f"{len(cb.clients)} {ck.i18n.t('clients', lang)}")"""

NB["06_cohort_outcomes"] = notebook(
    "Hasil kohort",
    "Cohort outcomes",
    "hasil gabungan kohort latihan (data sintetis, buatan): uji berpasangan, ukuran efek "
    "dengan interval kepercayaan (IK), jumlah perubahan reliabel, dan gambar-gambarnya. Untuk peneliti "
    "dan mahasiswa tingkat lanjut.",
    "the pooled results of the synthetic (made-up) teaching cohort: paired tests, effect "
    "sizes with confidence intervals, reliable change counts, and their figures. For "
    "researchers and advanced students.",
    [
        md(
            "## Ringkasan kohort\nSel dengan jumlah klien terlalu kecil disembunyikan untuk "
            "melindungi identitas.\n\n*EN: Cohort summary; small cells are suppressed.*"
        ),
        code(
            "summary = ck.cohort_summary(scores, instruments=cb.instruments, changes=ch)\n"
            "rb.summary_table(summary, lang, instruments=cb.instruments)"
        ),
        md("## Reliabilitas di sampel ini\n*EN: Cronbach's alpha in this sample.*"),
        code("rb.reliability_table(ck.reliability_summary(cb), lang, instruments=cb.instruments)"),
        md("## Sebelum dan sesudah per klien\n*EN: Pre and post per client (UCLA-LS3).*"),
        code(
            'INSTRUMENT = "ucla_ls3"\nck.figures.dumbbell(scores, INSTRUMENT, lang=lang, instruments=cb.instruments)'
        ),
        md(
            "## Jacobson plot\n*EN: Jacobson plot. Each client's score before vs after, with the reliable change band.*"
        ),
        code("ck.figures.jacobson(ch, INSTRUMENT, lang=lang, instruments=cb.instruments)"),
        md(
            "## Perpindahan kategori\nDe Jong Gierveld punya kategori (tidak / sedang / sangat "
            "kesepian).\n\n*EN: Transitions between De Jong Gierveld bands from pre to post.*"
        ),
        code('ck.figures.transitions(scores, "djg_11", lang=lang, instruments=cb.instruments)'),
        md(
            "## Ukuran efek per jenis kelamin\n*EN: Effect size (Hedges g_av, 95% CI) by sex; "
            "small cells are suppressed.*"
        ),
        code(
            'by_sex = ck.cohort_summary(scores, by="sex", clients=cb.clients,\n'
            "                           instruments=cb.instruments, changes=ch)\n"
            "ck.figures.forest(by_sex, INSTRUMENT, lang=lang)"
        ),
    ],
    setup=COHORT_SETUP,
)

# the cohort notebook has no picker
NB["06_cohort_outcomes"].cells = [
    c for c in NB["06_cohort_outcomes"].cells if c.source != _split(PICKER_MD)["id"]
]


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, nb in NB.items():
        for i, cell in enumerate(nb.cells):
            cell.id = f"{name[:2]}-{i:02d}"  # stable ids: a rebuild changes only what changed
        nbf.validate(nb)
        nbf.write(nb, OUT / f"{name}.ipynb")
        print("wrote", OUT / f"{name}.ipynb")
        (OUT / "en").mkdir(exist_ok=True)
        nbf.write(in_english(nb), OUT / "en" / f"{name}.ipynb")
        print("wrote", OUT / "en" / f"{name}.ipynb")


if __name__ == "__main__":
    main()

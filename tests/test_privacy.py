"""The identifier guard (casekit/privacy.py): what it finds, what it leaves, how it refuses.

Every expected result is written by hand from the rules in the module
docstring (case, accents, old spellings, titles, separators, escapes), not
taken from the guard's own output.
"""

from __future__ import annotations

import html

import pytest

from casekit.errors import IdentifierLeak, ReportError
from casekit.privacy import IdentifierGuard, canonical, fold, guarded_write

ENTRIES = [
    ("Hj. Siti Aminah, S.Sos", "full_name", "K01"),
    ("Sutarman", "full_name", "K02"),
    ("Ma'ruf Amin", "full_name", "K03"),
    ("Jl. Melati No. 5, RT 03/RW 07, Kel. Petogogan, Kec. Kebayoran Baru", "address", "K02"),
    ("0812-3456-7890", "phone", "K02"),
    ("3174 0123 4567 8901", "nik", "K02"),
    ("sutarman58@gmail.com", "email", "K02"),
    ("Kasih Rahayu", "full_name", "K04"),
    ("Djoko Tjahjono", "full_name", "K05"),
    ("Chadidjah Abdullah", "full_name", "K06"),
    ("Gg. Kenari II No. 12", "address", "K07"),
]


@pytest.fixture(scope="module")
def guard():
    return IdentifierGuard(ENTRIES)


@pytest.mark.parametrize(
    "text",
    [
        "SUTARMAN datang",
        "Soetarman",  # old spelling oe = u
        "Sútarman",  # accent
        "Su\u0301tarman",  # combining accent (NFD)
        "Sutarmannya",  # suffix -nya
        "Sutarman's",
        "SUT&#65;RMAN",  # character reference
        "Siti",  # a name part on its own
        "Aminah",
        "kelas Siti Aminah",
        "Siti\u00a0Aminah",
        "Maruf",  # apostrophe dropped
        "Ma&#39;ruf",
        "Ma&#x27;ruf",
        "ma\u2019ruf",
        html.escape("Ma'ruf"),
        "Joko",  # dj = j
        "Yoko",  # j = y
        "Cahyono",  # tj = c, j = y
        "Khadijah",  # ch = kh, dj = j
        "Abdulah",  # doubled letter
        "sutarman58@gmail.com",
        "s.aminah@yahoo.co.id",  # e-mail holding a name part
        "siti&#64;example.org",
        "+62 812-3456-7890",
        "081234567890",
        "(0812) 3456.7890",
        "62 812 3456 7890",
        "NIK 3174.0123.4567.8901",
        "NIK 3174-0123-4567-8901",
        "3174012345678901",
        "Jln Melati 5 RT 3 RW 7",  # street after any street word
        "Jalan Melati nomor 5",
        "rumah di Melati 5",  # street followed by the house number
        "Kel. Petogogan",
        "Gg. Kenari",  # the first word of a two-word street after a street word
        "Bu Kasih",  # common word after a title
        "kasih rahayu",  # common word next to another part of the name
        "lalu Kasih datang",  # capitalised mid-sentence
        "<td>Sutarman</td>",
        '{"text": "Sutarman\\u0027s"}',
    ],
)
def test_finds_variants(guard, text):
    assert guard.findings(text), text
    assert "Sutarman".lower() not in guard.redact(text).lower()


@pytest.mark.parametrize(
    "text",
    [
        "terima kasih",  # common word, lower case, alone
        "Kasih sayang keluarga",  # at the start of a sentence
        "<td>Kasih sayang</td>",
        "hidup bahagia dan rahayu",  # not next to another part of the same name
        "hadiah",  # Adi inside a word: no such part here, and Siti inside nothing
        "aminahan",  # not a whole word
        "kecamatan Kebayoran Baru",  # a district is not an identifier
        "bunga melati putih",  # a street name alone
        "Melati 6",  # a street name with another number
        "skor 52 pada 2024-03-01, 0812 345",  # short numbers
        "Hj. S.Sos Bu Pak",  # titles only
        "muhammad@example.org",  # an e-mail without a name part
    ],
)
def test_leaves_ordinary_text(guard, text):
    assert guard.findings(text) == [], text


def test_canonical_spellings():
    assert canonical("Soetardjo") == canonical("Sutaryo") == canonical("SOETARDJO")
    assert canonical("Chadidjah") == canonical("Khadijah")
    assert canonical("Tjitra") == canonical("Citra")
    assert canonical("Sjahrir") == canonical("Syahrir")
    assert canonical("Ma'ruf") == canonical("Maruf")
    assert canonical("Hasanuddin") == canonical("Hasanudin")
    assert canonical("Joko") != canonical("Jokowi")


def test_fold_keeps_positions():
    text = "Ma&#39;ruf İbu Sútarman\u00a0\\u0027x"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("ma'''''ruf")


def test_findings_point_at_the_text(guard):
    text = "Catatan: bertemu Soetarman di Jln Melati 5 hari ini."
    spans = [text[f.start : f.end] for f in guard.findings(text)]
    assert spans == ["Soetarman", "Jln Melati 5"]
    assert {f.client_id for f in guard.findings(text)} == {"K02"}


def test_check_names_where_never_the_identifier(guard):
    with pytest.raises(IdentifierLeak) as err:
        guard.check("halo SOETARMAN, telp +62 812 3456 7890", where="K02.html")
    message = str(err.value)
    assert isinstance(err.value, ReportError)
    assert "K02.html" in message and "phone" in message and "full_name" in message
    for bad in ("tarman", "TARMAN", "3456", "7890"):
        assert bad not in message


def test_guarded_write_writes_nothing_on_a_leak(guard, tmp_path):
    target = tmp_path / "page.html"
    with pytest.raises(IdentifierLeak):
        guarded_write(target, "<p>Ibu Siti</p>", guard)
    assert list(tmp_path.iterdir()) == []
    guarded_write(target, b"<p>Klien P01</p>", guard)
    assert target.read_text(encoding="utf-8") == "<p>Klien P01</p>"


def test_redact_with_a_placeholder_per_kind(guard):
    text = "Sutarman (0812 3456 7890) tinggal di Jl. Melati No. 5."
    out = guard.redact(text, lambda kind: f"[{kind}]")
    assert out == "[full_name] ([phone]) tinggal di [address]."


def test_empty_guard_finds_nothing():
    g = IdentifierGuard([])
    assert not g and g.findings("Sutarman 081234567890") == []


def test_guard_off_would_let_everything_through(guard):
    """The corpus tests rely on this: without the guard a planted variant is in the text."""
    assert IdentifierGuard([]).redact("Soetarman") == "Soetarman"
    assert guard.redact("Soetarman") != "Soetarman"


def test_encoded_data_and_short_canonical_names_do_not_fire():
    """Found on the 73 rendered demo reports with 230 common Indonesian names as identifiers:
    plotly's element ids (UUIDs) and base64 figure data hold random pieces such as "aade"
    (= Ade) and "EMI"; "Iin" with its doubled letter counted once is the English "in"."""
    g = IdentifierGuard([("Ade", "full_name", "A"), ("Emi", "full_name", "B")])
    g2 = IdentifierGuard([("Iin Dada Cucu", "full_name", "C")])
    page = (
        '<div id="d0cf61e5-b963-477e-aade-3c558522be7f"></div>'
        '{"bdata": "1k\\u002fXwgD0BpCMLNHxEPQPxBHW1HAQ9ArJP9lPTwDkCIRur+J+AOQB6kamTizg5AdvU'
        'FfyS9DkAihEMI76oOQCqZqrlCmA5AIH7CTCCFDkAJfBJ7iHEOQH3c"}'
    )
    assert g.findings(page) == []
    assert g2.findings("skor naik in the post-test; nyeri dada; cucu datang") == []
    assert g.findings("Ade datang") and g2.findings("Bu Dada datang")

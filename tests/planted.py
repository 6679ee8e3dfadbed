"""The planted-identity corpus (tests/data/planted_identity) and a search for its identifiers.

:data:`WORDS` are the name and place variants planted in the corpus (as a
person would spot them); :data:`NUMBERS` the digits of its phone, NIK and KK
numbers (matched in any output with separators and +62 ignored);
:data:`EMAILS` its e-mail addresses. :func:`leaks` searches a text for all of
them independently of casekit's guard: plain regular expressions over the
HTML-unescaped text, words whole and case-insensitive.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

CORPUS = Path(__file__).parent / "data" / "planted_identity"

#: name and place variants planted in the corpus (PI01-PI03); whole words, any case
WORDS = [
    "Siti",
    "Aminah",
    "Sutarman",
    "Soetarman",
    "Djaja",
    "Ma'ruf",
    "Ma’ruf",
    "Maruf",
    "Chalid",
    "Khalid",
    "Melati",
    "Petogogan",
    "Kenari",
    "Cikoko",
    "Cempedak",
    "Sukamaju",
]
#: digits of every number planted (the part after 0 / +62)
NUMBERS = [
    "81234567890",
    "81322223333",
    "217654321",
    "3174012345678901",
    "3174019876543210",
    "3175012345670002",
    "3175019988776655",
    "3276010102030405",
]
EMAILS = ["siti.aminah@example.org", "sutarman58@example.com"]
#: the clean client's identifiers (appear nowhere in the casebook but identifiers.csv)
CLEAN = ["Yohana", "Simatupang", "Rambutan", "85711119999"]


def leaks(text: str) -> list[str]:
    """Every planted variant found in ``text`` (empty when clean)."""
    plain = html.unescape(html.unescape(text))
    plain = plain.replace("\\u0027", "'").replace("\u00a0", " ")
    found = []
    for word in WORDS:
        if re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", plain, re.IGNORECASE):
            found.append(word)
    digits = re.sub(r"(?<=\d)[\s.\-/()]{1,3}(?=\d)", "", plain)
    found += [n for n in NUMBERS if n in digits]
    found += [e for e in EMAILS if e.lower() in plain.lower()]
    return found


def leaks_in_folder(folder) -> dict[str, list[str]]:
    """``leaks`` of every file under ``folder`` (text files; others read as UTF-8 with
    replacement), keyed by relative path."""
    folder = Path(folder)
    out = {}
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        if file.name == "plotly.min.js" or "slides_assets" in file.parts:
            continue  # third-party libraries casekit copies unchanged
        found = leaks(file.read_bytes().decode("utf-8", errors="replace"))
        if found:
            out[str(file.relative_to(folder))] = found
    return out

"""Soft hyphens in table cells, so a narrow column breaks a long word between its syllables.

A wide table (the family table has ten columns) must fit a 1024 px screen
and the 14 cm column of an A4 page. Breaking words anywhere
(``overflow-wrap: anywhere``) made it fit by cutting words mid-syllable
with no hyphen ("peremp|uan"). CSS ``hyphens: auto`` hyphenates properly,
but only where the browser has the language's patterns: Chromium on Linux
and its PDF printing often have none. So casekit marks the places itself:
every word of at least :data:`MIN_LETTERS` letters gets a soft hyphen
(U+00AD) at each hyphenation point, found with the TeX patterns of its
language (Liang, 1983), from the hyphenation dictionaries ``pyphen``
ships (``hyph_id_ID.dic``, ``hyph_en_US.dic``, LibreOffice's format). A soft hyphen is invisible unless the line
breaks there, where it shows as "-"; search, copy and the identifier guard
(:mod:`casekit.privacy_fold`) ignore it. A point closer than
:data:`EDGE` letters to either end of a word is never used.

References
----------
Liang, F. M. (1983). *Word Hy-phen-a-tion by Com-put-er*. PhD thesis,
Stanford University.
Pyphen: https://pyphen.org (the dictionaries' own licences are in the package).
"""

from __future__ import annotations

import functools
import re

__all__ = ["EDGE", "MIN_LETTERS", "SOFT_HYPHEN", "soft_hyphens"]

SOFT_HYPHEN = "\u00ad"
#: words shorter than this are never broken (they set the narrowest a column may get)
MIN_LETTERS = 9
#: letters kept together at either end of a word
EDGE = 3
#: a plain word: letters only, standing alone or beside ordinary punctuation (not part of a
#: code, an address, a link or a formula: ``javascript:``, ``\\href{...}``, ``a/b``)
_WORD = re.compile(
    rf"(?<![^\s(\"'\u201c\u2018])[^\W\d_]{{{MIN_LETTERS},}}(?![^\s,.;!?)\"'\u201d\u2019])"
)


@functools.cache
def _dictionary(lang: str):
    import pyphen

    return pyphen.Pyphen(lang="id_ID" if lang == "id" else "en_US", left=EDGE, right=EDGE)


def soft_hyphens(text: str, lang: str = "id") -> str:
    """``text`` with a soft hyphen at every hyphenation point of its long words.

    Parameters
    ----------
    text : str
        Plain text (not HTML: escape it after).
    lang : {"id", "en"}
        Language whose patterns are used.

    Returns
    -------
    str
        The same text, with U+00AD inserted; short words, numbers, dates,
        codes (anything with a digit or ``_``) and words inside codes, links or
        formulas (touching ``{``, ``:``, ``/``, ``@``, ``\\``...) are left as they are.
    """
    dictionary = _dictionary(lang)
    return _WORD.sub(lambda m: dictionary.inserted(m.group(0), hyphen=SOFT_HYPHEN), str(text))

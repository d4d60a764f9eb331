"""Folding and matching of names in Latin and Arabic script (no I/O, no terminal code).

``fold`` is the matching key everywhere: case, accents, Arabic letter forms, diacritics
(shadda included) and punctuation folded away. ``skeleton`` goes further for Arabic
spellings of foreign names, which vary in their long vowels (زيلينسكي / زيلنسكي).
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Arabic as people type it: one alef for all hamza/madda forms, taa marbuta as haa,
# alef maqsura as yaa, hamza on waw/yaa dropped to the letter, no diacritics or tatweel.
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ؤ": "و",
        "ئ": "ي",
        "ء": None,
        "ـ": None,  # tatweel
        "گ": "ك",
        "ک": "ك",
        "ی": "ي",
        "پ": "ب",
        "ڤ": "ف",
    }
)
_SEPARATORS = re.compile(r"[\s\-‐-―_.,'’`\"()/]+")


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """A matching key: case, accents, Arabic letter variants and punctuation folded away.

    >>> fold("Türkiye") == fold("turkiye")
    True
    >>> fold("إستونيا") == fold("استونيا")
    True
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # NFKD leaves Arabic hamza forms decomposed into letter + combining hamza (dropped
    # above); recompose what is left and apply the Arabic folds.
    folded = unicodedata.normalize("NFC", stripped).translate(_ARABIC_FOLD)
    return _SEPARATORS.sub(" ", folded).strip()


def is_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in text)


_LONG_VOWELS = re.compile(r"(?<=[\u0621-\u064a])[اوي]")


@functools.lru_cache(maxsize=1 << 14)
def skeleton(text: str) -> str:
    """A looser key for Arabic spellings of foreign names: the folded name without the
    long vowels after a word's first letter, so زيلينسكي, زيلنسكي and زلينسكي meet, and
    أردوغان meets اردغان. Latin text is only folded."""
    key = fold(text)
    if not is_arabic(key):
        return key
    return _LONG_VOWELS.sub("", key)


def without_article(key: str) -> str:
    """A folded Arabic name without the article ال on each word (المجر -> مجر)."""
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in key.split())

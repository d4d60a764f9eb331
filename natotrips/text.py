"""Text helpers shared by the core: matching keys and terminal-safe display strings."""

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
        "ـ": None,  # tatweel
    }
)
_SEPARATORS = re.compile(r"[\s\-‐-―_.,'’`\"()]+")


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


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    ch = match.group()
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def printable(text: str, *, newlines: bool = False) -> str:
    """Make data safe for a terminal: control characters (ESC, BEL, bidi overrides, ...)
    are shown visibly as ``\\xNN`` escapes; tabs and (unless ``newlines``) line breaks
    become spaces. Markup is handled by the renderer, which never parses data as markup.
    """
    if not newlines:
        text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    text = text.replace("\t", " ")
    return _CONTROL.sub(_visible, text)

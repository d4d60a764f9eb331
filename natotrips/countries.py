"""Countries: resolution of what people type, and names in English, French and Arabic.

Names are Unicode CLDR's territory names, taken from Babel into ``countries.json`` by
``scripts/gen_countries.py`` (a test fails if the file and Babel drift apart), plus
``ALTERNATIVES``: the other names Arabic, French and English news actually use. Matching
folds case, accents, Arabic letter forms and diacritics, and ignores the Arabic article.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import json
from dataclasses import dataclass
from importlib import resources

from natotrips.errors import NotFoundError, UsageError
from natotrips.names import fold, without_article

LANGS = ("en", "fr", "ar")

# Names in use that CLDR does not give as a country's name. Each is tested to resolve.
ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "US": (
        "USA",
        "America",
        "United States of America",
        "Etats-Unis d'Amérique",
        "Amérique",
        "أمريكا",
        "امريكا",
        "أميركا",
        "الولايات المتحدة الأمريكية",
        "الولايات المتحدة الأميركية",
    ),
    "GB": (
        "UK",
        "Britain",
        "Great Britain",
        "England",
        "Grande-Bretagne",
        "Angleterre",
        "بريطانيا",
        "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية",
        "إنجلترا",
    ),
    "HU": ("المجر",),
    "FR": ("French Republic", "République française", "الجمهورية الفرنسية"),
    "TR": ("Turkey", "Turkiye", "تركيا", "تركية"),
    "NL": ("Holland", "The Netherlands", "هولندة"),
    "CZ": ("Czech Republic", "République tchèque", "جمهورية التشيك", "تشيكيا"),
    "MK": ("Macedonia", "Macédoine", "مقدونيا"),
    "BA": ("البوسنة",),
    "MD": ("Moldova, Republic of", "République de Moldavie", "مولدافيا"),
    "RU": ("Russia", "Fédération de Russie", "روسيا الاتحادية"),
    "KR": ("Korea", "Republic of Korea", "كوريا"),
    "KP": ("North Korea",),
    "VA": ("Vatican", "Holy See", "Vatican City", "Saint-Siège", "الكرسي الرسولي"),
    "DE": ("ألمانيا الاتحادية",),
    "XK": ("كوسوفا",),
    "AE": ("UAE", "الإمارات"),
    "SA": ("السعودية",),
    "PS": ("فلسطين",),
    "CI": ("Ivory Coast",),
    "CD": ("DR Congo",),
}
# NATO Allies (32 since Sweden joined on 7 March 2024).
NATO_ALLIES = frozenset(
    [
        "AL",
        "BE",
        "BG",
        "CA",
        "HR",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IS",
        "IT",
        "LV",
        "LT",
        "LU",
        "ME",
        "NL",
        "MK",
        "NO",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "TR",
        "GB",
        "US",
    ]
)
# Members on a given day: (code, date of accession) for those that joined during the record.
JOINED = {"ME": "2017-06-05", "MK": "2020-03-27", "FI": "2023-04-04", "SE": "2024-03-07"}


def members_on(day: dt.date) -> frozenset[str]:
    """The Allies on ``day``."""
    return frozenset(c for c in NATO_ALLIES if c not in JOINED or JOINED[c] <= day.isoformat())


@dataclass(frozen=True)
class Country:
    code: str
    name: str


@functools.cache
def _table() -> dict[str, dict[str, str]]:
    raw = resources.files("natotrips").joinpath("countries.json").read_bytes()
    table: dict[str, dict[str, str]] = json.loads(raw)["countries"]
    return table


def country_codes() -> frozenset[str]:
    return frozenset(_table())


@functools.cache
def country_name(code: str, lang: str = "en") -> str:
    """The country's CLDR name in ``lang`` (en, fr or ar); the code itself if unknown."""
    entry = _table().get(code)
    if entry is None:
        return code
    return entry.get(lang) or entry["en"]


def _keys(text: str) -> set[str]:
    key = fold(text)
    keys = {key, without_article(key)}
    if "&" in text:
        keys |= {fold(text.replace("&", "and")), fold(text.replace("&", "et"))}
    return keys


@functools.cache
def _index() -> tuple[dict[str, str], dict[str, str]]:
    """(folded key -> alpha-2, folded key -> name shown in a suggestion)."""
    keys: dict[str, str] = {}
    display: dict[str, str] = {}

    def add(text: str, code: str, *, suggest: bool = True) -> None:
        for key in _keys(text):
            keys.setdefault(key, code)
            if suggest:
                display.setdefault(key, country_name(code))

    for code, entry in _table().items():
        add(code, code, suggest=False)
        add(entry["alpha3"], code, suggest=False)
        for lang in LANGS:
            add(entry[lang], code)
    for code, names in ALTERNATIVES.items():
        for text in names:
            add(text, code)
    return keys, display


def country_names(code: str) -> list[str]:
    """Every name a country resolves from: CLDR names in each language and alternatives."""
    entry = _table().get(code)
    names = [entry[lang] for lang in LANGS] if entry else []
    return names + list(ALTERNATIVES.get(code, ()))


def resolve_country(query: str) -> Country:
    """Resolve what a user typed to a country, or raise NotFoundError (with a suggestion)."""
    text = query.strip()
    if not text:
        raise UsageError("country name is empty")
    keys, display = _index()
    key = fold(text)
    code = keys.get(key) or keys.get(without_article(key))
    if code is not None:
        return Country(code, country_name(code))
    close = difflib.get_close_matches(key, list(display), n=1, cutoff=0.75)
    suggestion = display[close[0]] if close else None
    raise NotFoundError(f"unknown country {query!r}", suggestion)


def complete_country(prefix: str, codes: set[str] | None = None) -> list[str]:
    """English names of countries (of ``codes``, if given) any of whose names, or any word
    of them, starts with ``prefix``: ``Unit`` offers United Kingdom and United States."""
    want = fold(prefix)
    found = []
    for code in sorted(codes if codes is not None else country_codes()):
        for name in country_names(code):
            key = fold(name)
            if key.startswith(want) or any(w.startswith(want) for w in key.split()):
                found.append(country_name(code))
                break
    return sorted(found, key=fold)

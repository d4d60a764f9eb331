"""Country resolution: ISO codes, English/French/Arabic names, typos -> ISO 3166-1 alpha-2.

The names come from pycountry's ISO 3166-1 database and its gettext translations. They
are read straight from pycountry's installed files (found with ``PathFinder.find_spec``
so the package is not imported: importing pycountry pulls in ``importlib.metadata``, which
costs more start-up than the whole lookup).
"""

import difflib
import functools
import importlib.machinery
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from natotrips.errors import NotFoundError, UsageError

if TYPE_CHECKING:
    import gettext
from natotrips.text import fold

LANGUAGES = ("en", "fr", "ar")

# Names people use that ISO 3166 does not carry (English and French).
ALIASES: dict[str, tuple[str, ...]] = {
    "GB": ("UK", "Britain", "Great Britain", "England", "Royaume-Uni"),
    "US": ("USA", "America", "United States of America", "Etats-Unis", "États-Unis d'Amérique"),
    "NL": ("Holland", "The Netherlands", "Pays-Bas"),
    "TR": ("Turkey", "Turquie"),
    "CZ": ("Czech Republic", "Tchéquie", "République tchèque"),
    "MK": ("Macedonia", "North Macedonia", "Macédoine du Nord"),
    "RU": ("Russia",),
    "KR": ("South Korea", "Korea", "Corée du Sud"),
    "KP": ("North Korea",),
    "VA": ("Vatican", "Holy See", "Vatican City"),
    "XK": ("Kosovo",),
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


class _Record(msgspec.Struct):
    alpha_2: str
    alpha_3: str
    name: str
    official_name: str | None = None
    common_name: str | None = None


class _Db(msgspec.Struct):
    countries: list[_Record] = msgspec.field(name="3166-1")


@dataclass(frozen=True)
class Country:
    code: str
    name: str


def _pycountry_dir() -> Path:
    spec = importlib.machinery.PathFinder.find_spec("pycountry")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover
        raise UsageError("pycountry is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


@functools.cache
def _records() -> dict[str, _Record]:
    raw = (_pycountry_dir() / "databases" / "iso3166-1.json").read_bytes()
    records = {r.alpha_2: r for r in msgspec.json.decode(raw, type=_Db).countries}
    # Kosovo is not in ISO 3166-1 but uses the user-assigned code XK, as NATO does.
    records.setdefault("XK", _Record(alpha_2="XK", alpha_3="XKX", name="Kosovo"))
    return records


@functools.cache
def _translator(lang: str) -> "gettext.NullTranslations":
    import gettext

    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(
        "iso3166-1", str(_pycountry_dir() / "locales"), languages=[lang], fallback=True
    )


def country_codes() -> frozenset[str]:
    return frozenset(_records())


@functools.cache
def country_name(code: str, lang: str = "en") -> str:
    """The country's short name in ``lang`` (en, fr or ar); the code itself if unknown."""
    record = _records().get(code)
    if record is None:
        return code
    english = record.common_name or record.name
    if lang == "en":
        return english
    translated = _translator(lang).gettext(record.name)
    return translated if translated != record.name else english


@functools.cache
def _index() -> tuple[dict[str, str], dict[str, str]]:
    """(folded key -> alpha-2, folded key -> display name for suggestions)."""
    keys: dict[str, str] = {}
    display: dict[str, str] = {}

    def add(text: str | None, code: str, *, suggest: bool = True) -> None:
        if not text:
            return
        key = fold(text)
        keys.setdefault(key, code)
        if suggest:
            display.setdefault(key, country_name(code))

    for code, rec in _records().items():
        add(code, code, suggest=False)
        add(rec.alpha_3, code, suggest=False)
        for text in (rec.common_name, rec.name, rec.official_name):
            add(text, code)
        for lang in ("fr", "ar"):
            tr = _translator(lang)
            for text in (rec.name, rec.official_name):
                if text:
                    add(tr.gettext(text), code)
    for code, names in ALIASES.items():
        for text in names:
            add(text, code)
    return keys, display


def resolve_country(query: str) -> Country:
    """Resolve what a user typed to a country, or raise NotFoundError (with a suggestion)."""
    text = query.strip()
    if not text:
        raise UsageError("country name is empty")
    keys, display = _index()
    key = fold(text)
    code = keys.get(key)
    if code is None and len(text) in (2, 3) and text.isascii():
        code = keys.get(key.upper().casefold())
    if code is not None:
        return Country(code, country_name(code))
    close = difflib.get_close_matches(key, list(display), n=1, cutoff=0.75)
    suggestion = display[close[0]] if close else None
    raise NotFoundError(f"unknown country {query!r}", suggestion)

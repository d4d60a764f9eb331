"""Names in the reader's language: places, people and countries, for views and exports.

A name is shown in French or Arabic only where the record (or CLDR) has it; otherwise the
Latin name is kept, never a home-made transliteration.
"""

from __future__ import annotations

from natotrips.countries import country_name
from natotrips.model import Event, Participant

LANGS = ("en", "fr", "ar")

__all__ = ["LANGS", "country_name", "person_name", "place_name"]


def place_name(event: Event, lang: str = "en") -> str:
    if lang == "en":
        return event.city
    return event.city_names.get(lang, event.city)


def person_name(p: Participant, lang: str = "en") -> str:
    """The Arabic spelling a source gives, in Arabic; else the Latin name."""
    return p.name_ar if lang == "ar" and p.name_ar else p.name


def person_label(p: Participant, lang: str = "en") -> str:
    """``Name (role)``."""
    name = person_name(p, lang)
    return f"{name} ({p.role})" if p.role else name

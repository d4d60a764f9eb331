"""Dates: the forms people may type (strictly), month arithmetic, and one display style.

Accepted input, and nothing else (an ambiguous ``03/04/2025`` is an error, never a guess):
``2024-10-22``, ``2024-10``, ``2024``, ``Oct 2024``, ``October 2024``, ``22 Oct 2024``,
``22 October 2024``, with month names in English, French (``22 octobre 2024``, ``oct.
2024``) or Arabic (``22 أكتوبر 2024``, ``تشرين الأول 2024``), and Arabic-Indic digits.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from natotrips.errors import UsageError
from natotrips.names import fold

FORMS = "2024-10-22, 2024-10, 2024, 'Oct 2024' or '22 Oct 2024'"

_EN = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_FR = [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
]
# Arabic: the Egyptian/Gulf names and the Levantine (Syriac) names; spellings as folded.
_AR = (
    ("يناير", "كانون الثاني"),
    ("فبراير", "شباط"),
    ("مارس", "اذار"),
    ("ابريل", "نيسان"),
    ("مايو", "ايار"),
    ("يونيو", "حزيران"),
    ("يوليو", "تموز"),
    ("اغسطس", "اب"),
    ("سبتمبر", "ايلول"),
    ("اكتوبر", "تشرين الاول"),
    ("نوفمبر", "تشرين الثاني"),
    ("ديسمبر", "كانون الاول"),
)


def _month_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for i, (en, fr, ar) in enumerate(zip(_EN, _FR, _AR, strict=True), start=1):
        names[en] = names[en[:3]] = i
        names[fr] = i
        names[fold(fr[:4] if fr.startswith("jui") else fr[:3])] = i
        for spelling in ar:
            names[fold(spelling)] = i
    names["sept"] = 9
    names["juil"] = 7
    names["fevr"] = 2
    names["janv"] = 1
    names["avr"] = 4
    return names


MONTHS = _month_names()
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_YEAR = re.compile(r"(\d{4})")
_NAMED = re.compile(r"(?:(\d{1,2})\s+)?([^\d]+?)\s+(\d{4})")
_NUMERIC = re.compile(r"(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})")


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, 1) + relativedelta(months=1, days=-1)


def next_month(day: dt.date) -> dt.date:
    """The first day of the month after ``day``'s."""
    return day.replace(day=1) + relativedelta(months=1)


def parse_date(text: str, *, end: bool = False, option: str = "--from") -> dt.date:
    """A date in one of the documented forms. A partial date stands for its first day, or
    with ``end`` its last. Anything else raises UsageError naming the ISO form to type."""
    raw = " ".join(text.translate(_DIGITS).split()).strip(" .,")
    try:
        if m := _ISO_DAY.fullmatch(raw):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _ISO_MONTH.fullmatch(raw):
            year, month = int(m[1]), int(m[2])
            return month_end(year, month) if end else dt.date(year, month, 1)
        if m := _YEAR.fullmatch(raw):
            year = int(m[1])
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        if m := _NAMED.fullmatch(raw):
            month_key = fold(m[2]).strip(" .").removeprefix("ال")
            named = MONTHS.get(month_key) or MONTHS.get(fold(m[2]).strip(" ."))
            if named is None:
                raise UsageError(f"{option}: {text!r}: unknown month {m[2]!r} (forms: {FORMS})")
            year = int(m[3])
            if m[1]:
                return dt.date(year, named, int(m[1]))
            return month_end(year, named) if end else dt.date(year, named, 1)
    except ValueError:
        raise UsageError(f"{option}: {text!r} is not a real date") from None
    raise UsageError(_explain(text, raw, option))


def _explain(text: str, raw: str, option: str) -> str:
    m = _NUMERIC.fullmatch(raw)
    if m is None:
        return f"{option}: cannot read {text!r} as a date (forms: {FORMS})"
    a, b, c = m.groups()
    if len(a) == 4:  # 2025/04/03: year first, then month and day, as in ISO
        return f"{option}: {text!r}: type it as {int(a):04d}-{int(b):02d}-{int(c):02d}"
    year = int(c) if len(c) == 4 else None
    if year is None:
        return f"{option}: {text!r}: a two-digit year is ambiguous (type it as YYYY-MM-DD)"
    first, second = int(a), int(b)
    readings = []
    for day, month in ((first, second), (second, first)):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue
    if len(readings) == 2 and readings[0] != readings[1]:
        x, y = readings
        return (
            f"{option}: {text!r} is ambiguous ({show_date(x)} or {show_date(y)}?): "
            f"type {x.isoformat()} or {y.isoformat()}"
        )
    if readings:
        return f"{option}: {text!r}: type it as {readings[0].isoformat()}"
    return f"{option}: {text!r} is not a real date"


# ---- display: one style in every human view -------------------------------------------------

_SHORT = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
    "ar": [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
}
_LONG = {
    "en": [m.capitalize() for m in _EN],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "ar": _SHORT["ar"],
}


def month_label(day: dt.date, lang: str = "en", *, short: bool = False) -> str:
    """``October 2024``, ``octobre 2024``, ``أكتوبر 2024``; ``Oct 2024`` with ``short``."""
    names = (_SHORT if short else _LONG).get(lang, _LONG["en"])
    return f"{names[day.month - 1]} {day.year}"


def show_date(day: dt.date, lang: str = "en") -> str:
    """``4 Nov 2024``: the one date style of the human views."""
    return f"{day.day} {_SHORT.get(lang, _SHORT['en'])[day.month - 1]} {day.year}"


def show_range(start: dt.date, end: dt.date, lang: str = "en") -> str:
    """``22–23 Oct 2024``, ``30 Oct – 2 Nov 2024``, ``4 Nov 2024``."""
    names = _SHORT.get(lang, _SHORT["en"])
    if start == end:
        return show_date(start, lang)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {names[end.month - 1]} {end.year}"
    if start.year == end.year:
        return f"{start.day} {names[start.month - 1]} – {end.day} {names[end.month - 1]} {end.year}"
    return f"{show_date(start, lang)} – {show_date(end, lang)}"


def month_range(first: dt.date, count: int) -> list[dt.date]:
    """The first days of ``count`` months from ``first``'s month on."""
    start = first.replace(day=1)
    return [start + relativedelta(months=n) for n in range(count)]

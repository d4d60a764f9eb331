"""Markdown: a table ready for an article, with source links."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TextIO

from natotrips.dates import show_range
from natotrips.i18n import country_name, person_label, place_name
from natotrips.model import Event, Status
from natotrips.views.labels import label

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#~])")


def md_escape(text: str) -> str:
    """Cell text that renders literally: Markdown/HTML specials escaped, one line."""
    one_line = " ".join(text.split())
    return _MD_SPECIAL.sub(r"\\\1", one_line)


def md_url(url: str) -> str:
    """A URL safe inside a table cell and a link: characters that end a link or a cell
    are percent-encoded (a ``|`` would split the cell)."""
    for ch, code in (
        (" ", "%20"),
        ("(", "%28"),
        (")", "%29"),
        ("<", "%3C"),
        (">", "%3E"),
        ("|", "%7C"),
        ("[", "%5B"),
        ("]", "%5D"),
        ("`", "%60"),
    ):
        url = url.replace(ch, code)
    return url


MD_HEADER = ("Dates", "Place", "Country", "Kind", "Title", "Met", "Sources")


def write_markdown(events: Sequence[Event], out: TextIO, *, lang: str = "en") -> None:
    out.write("| " + " | ".join(MD_HEADER) + " |\n")
    out.write("|" + "|".join("---" for _ in MD_HEADER) + "|\n")
    for e in events:
        links = ", ".join(
            f"[{md_escape(s.publisher)}]({md_url(s.url)})" if s.url else md_escape(s.publisher)
            for s in e.sources
        )
        status = "" if e.status is Status.HELD else f" ({label('status_' + e.status.value, lang)})"
        cells = [
            md_escape(show_range(e.start_date, e.end_date, lang) + status),
            md_escape(place_name(e, lang)),
            md_escape(country_name(e.country, lang)),
            md_escape(label(f"kind_{e.kind.value}", lang)),
            md_escape(e.title),
            md_escape("; ".join([person_label(p, lang) for p in e.participants])),
            links,
        ]
        out.write("| " + " | ".join(cells) + " |\n")

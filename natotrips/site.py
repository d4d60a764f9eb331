"""The static site: the record as a folder of HTML pages, one stylesheet and the map, to
publish anywhere (no server, no CDN, no script). Pure page building: ``pages`` yields
(path, text) pairs; ``natotrips.files.write_tree`` puts them on disk.

Pages: a front page (coverage, latest events, the map, the year at a glance), one page per
event (its sources and any disagreement), per country, per person and per Secretary
General, and the compare view. Every page has ``lang`` and ``dir``; links are relative, so
the folder works from a disk, a USB stick or any web server.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from html import escape

from natotrips.cartogram import Cartogram
from natotrips.dates import month_label, show_date, show_range
from natotrips.i18n import country_name, person_name, place_name
from natotrips.model import Dataset, Event
from natotrips.names import fold
from natotrips.query import person_key
from natotrips.render.palette import DARK, SHADES
from natotrips.summary import CountrySummary, PersonSummary, summarise_countries, summarise_people
from natotrips.views.labels import join, label

_CSS = """\
:root{--fg:#1f2328;--dim:#59636e;--line:#d1d9e0;--accent:#0b5cad;--bg:#fff;--soft:#f6f8fa;
%(shades)s}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,"Segoe UI","Noto Sans","Noto Sans Arabic",Arial,sans-serif;
color:var(--fg);background:var(--bg)}
header,main,footer{max-width:62rem;margin:0 auto;padding:0 1rem}
header{border-bottom:1px solid var(--line);padding-block:.6rem}
header a.home{font-weight:700;color:var(--fg);text-decoration:none;margin-inline-end:1rem}
nav{display:flex;flex-wrap:wrap;gap:.2rem .8rem}
nav a{white-space:nowrap}
footer{border-top:1px solid var(--line);margin-top:2rem;padding-block:1rem;color:var(--dim);
font-size:.9rem}
a{color:var(--accent)}
h1{font-size:1.6rem;line-height:1.25;margin:1.2rem 0 .6rem}
h2{font-size:1.2rem;margin:1.6rem 0 .5rem}
.note,.dim{color:var(--dim)}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:.4rem 0;font-size:.95rem}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:start;vertical-align:top}
th{background:var(--soft)}
td.num,th.num{text-align:end;font-variant-numeric:tabular-nums}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
ol.sources li{margin-bottom:.8rem}
blockquote{margin:.3rem 0;padding-inline-start:.8rem;border-inline-start:3px solid var(--line);
color:var(--dim)}
ul.events{padding-inline-start:1.2rem}
.status-announced{color:#9a6700}.status-unconfirmed{color:#8250df}
.status-cancelled{color:#cf222e;text-decoration:line-through}
.map img{width:100%;height:auto;border:1px solid var(--line)}
table.glance td{text-align:center;min-width:2.2rem}
%(levels)s
.warn{color:#9a6700;font-weight:600}
@media (max-width:40rem){body{font-size:15px}dl.facts{grid-template-columns:1fr}
dl.facts dt{margin-top:.4rem}h1{font-size:1.35rem}}
@media print{header nav,.map{display:none}body{font-size:11pt}a{color:inherit}
main a[href^="http"]::after{content:" <" attr(href) ">";font-size:.85em;word-break:break-all}
.scroll{overflow:visible}th{background:none}tr{break-inside:avoid}}
"""
CSS = _CSS.replace("%(shades)s", ";".join(f"--lv{n}:{c}" for n, c in enumerate(SHADES, 1))).replace(
    "%(levels)s",
    "".join(
        f".lv{n}{{background:var(--lv{n}){';color:#fff' if n in DARK else ''}}}"
        for n in range(1, len(SHADES) + 1)
    ),
)


def slug(text: str) -> str:
    """A file-name-safe slug: folded, ASCII letters and digits joined by hyphens."""
    key = re.sub(r"[^a-z0-9]+", "-", fold(text).encode("ascii", "ignore").decode()).strip("-")
    return key or "x"


class Site:
    """Builds the pages of one selection in one language."""

    def __init__(
        self,
        data: Dataset,
        events: Sequence[Event],
        cartogram: Cartogram,
        map_svg: Callable[[], str],
        lang: str = "en",
    ) -> None:
        self.data = data
        self.events = sorted(events, key=lambda e: (e.start_date, e.id))
        self.cartogram = cartogram
        self.map_svg = map_svg
        self.lang = lang
        self.people = summarise_people(self.events)
        self.countries = summarise_countries(self.events)
        self.person_slugs = _unique_slugs([p.key for p in self.people])
        # each page's events, grouped once (not one scan of the record per page)
        self.by_country: dict[str, list[Event]] = {}
        self.by_holder: dict[str, list[Event]] = {}
        self.by_trip: dict[str, list[Event]] = {}
        self.by_person: dict[str, list[Event]] = {}
        for e in self.events:
            self.by_country.setdefault(e.country, []).append(e)
            self.by_holder.setdefault(e.secretary_general, []).append(e)
            if e.trip_id:
                self.by_trip.setdefault(e.trip_id, []).append(e)
            for key in dict.fromkeys(person_key(q.name) for q in e.participants):
                self.by_person.setdefault(key, []).append(e)
        self.holders = sorted(self.by_holder)

    # ---- paths and links ---------------------------------------------------------------

    def event_path(self, event: Event) -> str:
        return f"events/{slug(event.id)}.html"

    def country_path(self, code: str) -> str:
        return f"countries/{code.lower()}.html"

    def person_path(self, key: str) -> str:
        return f"people/{self.person_slugs[key]}.html"

    def sg_path(self, name: str) -> str:
        return f"sg/{slug(name)}.html"

    # ---- the pages ---------------------------------------------------------------------

    def pages(self) -> Iterator[tuple[str, str]]:
        yield "style.css", CSS
        yield "map.svg", self.map_svg()
        yield "index.html", self.front()
        yield "events/index.html", self.event_index()
        for event in self.events:
            yield self.event_path(event), self.event_page(event)
        yield "countries/index.html", self.country_index()
        for summary in self.countries:
            yield self.country_path(summary.country), self.country_page(summary)
        yield "people/index.html", self.people_index()
        for person in self.people:
            yield self.person_path(person.key), self.person_page(person)
        for name in self.holders:
            yield self.sg_path(name), self.sg_page(name)
        compare = self.compare_page()
        if compare:
            yield "compare.html", compare

    def count(self) -> int:
        extra = 1 if self.compare_possible() else 0
        return (
            6
            + len(self.events)
            + len(self.countries)
            + len(self.people)
            + len(self.holders)
            + extra
        )

    # ---- page frame ----------------------------------------------------------------------

    def page(self, path: str, title: str, body: str) -> str:
        up = "../" * path.count("/")
        lang = self.lang
        direction = "rtl" if lang == "ar" else "ltr"
        nav = [
            (f"{up}events/index.html", label("events", lang)),
            (f"{up}countries/index.html", label("site_countries", lang)),
            (f"{up}people/index.html", label("site_people", lang)),
        ]
        nav += [(f"{up}{self.sg_path(h)}", h) for h in self.holders]
        if self.compare_possible():
            nav.append((f"{up}compare.html", label("site_compare", lang)))
        links = "".join(f'<a href="{href}">{escape(text)}</a>' for href, text in nav)
        return (
            "<!DOCTYPE html>\n"
            f'<html lang="{lang}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)} · natotrips</title>\n"
            f'<link rel="stylesheet" href="{up}style.css">\n</head>\n<body>\n'
            f'<header><a class="home" href="{up}index.html">natotrips</a><nav>{links}</nav></header>\n'
            f"<main>\n<h1>{escape(title)}</h1>\n{body}\n</main>\n"
            f"<footer>{escape(self.covers())} {escape(label('site_footer', lang))}</footer>\n"
            "</body>\n</html>\n"
        )

    def covers(self) -> str:
        if not self.events:
            return label("no_events", self.lang)
        first = self.events[0].start_date
        last = max(e.end_date for e in self.events)
        return label(
            "covers",
            self.lang,
            first=show_date(first, self.lang),
            last=show_date(last, self.lang),
            as_of=show_date(self.data.as_of, self.lang),
        )

    # ---- pieces --------------------------------------------------------------------------

    def event_link(self, event: Event, up: str) -> str:
        when = show_range(event.start_date, event.end_date, self.lang)
        status = ""
        if event.status.value != "held":
            status = f' <span class="status-{event.status.value}">({escape(_status(event, self.lang))})</span>'
        return (
            f"<li><bdi>{escape(when)}</bdi> · <bdi>{escape(place_name(event, self.lang))}</bdi>"
            f" ({escape(country_name(event.country, self.lang))}) · "
            f'<a href="{up}{self.event_path(event)}"><bdi>{escape(event.title)}</bdi></a>{status}</li>'
        )

    def event_list(self, events: Sequence[Event], up: str) -> str:
        if not events:
            return f"<p>{escape(label('no_events', self.lang))}</p>"
        return '<ul class="events">' + "".join(self.event_link(e, up) for e in events) + "</ul>"

    # ---- front -----------------------------------------------------------------------------

    def front(self) -> str:
        lang = self.lang
        latest = sorted(self.events, key=lambda e: (e.start_date, e.id), reverse=True)[:12]
        per_holder = "".join(
            f'<li><a href="{self.sg_path(h)}">{escape(h)}</a>: '
            f"{escape(label('n_events', lang, n=len(self.by_holder[h])))}</li>"
            for h in self.holders
        )
        body = [
            f"<p>{escape(label('site_intro', lang))}</p>",
            f"<p>{escape(self.covers())}</p>",
            f"<ul>{per_holder}</ul>",
            f"<h2>{escape(label('site_latest', lang))}</h2>",
            self.event_list(latest, ""),
            f'<p><a href="events/index.html">{escape(label("site_all_events", lang))}</a></p>',
            f"<h2>{escape(label('map_visits', lang))}</h2>",
            f'<p class="map"><img src="map.svg" alt="{escape(label("site_map_alt", lang))}"></p>',
            f"<h2>{escape(label('site_glance', lang))}</h2>",
            self.glance(),
        ]
        return self.page("index.html", label("site_title", lang), "\n".join(body))

    def glance(self) -> str:
        """Events per month, one row a year, shaded like the map."""
        counts: dict[tuple[int, int], int] = {}
        for e in self.events:
            counts[e.start_date.year, e.start_date.month] = (
                counts.get((e.start_date.year, e.start_date.month), 0) + 1
            )
        if not counts:
            return ""
        top = max(counts.values())
        head = "".join(
            f'<th scope="col">{escape(month_label(dt.date(2000, m, 1), self.lang, short=True).split()[0])}</th>'
            for m in range(1, 13)
        )
        rows = []
        for year in range(min(y for y, _ in counts), max(y for y, _ in counts) + 1):
            cells = []
            for m in range(1, 13):
                n = counts.get((year, m), 0)
                level = 0 if not n else min(5, 1 + (4 * n) // (top + 1))
                cls = f' class="lv{level}"' if level else ""
                cells.append(f"<td{cls}>{n or ''}</td>")
            total = sum(counts.get((year, m), 0) for m in range(1, 13))
            rows.append(
                f'<tr><th scope="row">{year}</th>{"".join(cells)}<td class="num">{total}</td></tr>'
            )
        return (
            '<div class="scroll"><table class="glance"><thead><tr><th></th>'
            + head
            + f'<th class="num">{escape(label("events", self.lang))}</th></tr></thead><tbody>'
            + "".join(rows)
            + "</tbody></table></div>"
        )

    # ---- events ------------------------------------------------------------------------------

    def event_index(self) -> str:
        lang = self.lang
        parts = []
        year = None
        for e in self.events:
            if e.start_date.year != year:
                if year is not None:
                    parts.append("</ul>")
                year = e.start_date.year
                parts.append(f'<h2 id="y{year}">{year}</h2><ul class="events">')
            parts.append(self.event_link(e, "../"))
        if year is not None:
            parts.append("</ul>")
        body = "".join(parts) or f"<p>{escape(label('no_events', lang))}</p>"
        return self.page("events/index.html", label("site_all_events", lang), body)

    def event_page(self, event: Event) -> str:
        lang = self.lang
        path = self.event_path(event)
        up = "../"
        where = place_name(event, lang) + (f" ({event.venue})" if event.venue else "")
        facts = [
            (label("dates", lang), escape(show_range(event.start_date, event.end_date, lang))),
        ]
        if event.date_note:
            facts.append((label("date_note", lang), f"<bdi>{escape(event.date_note)}</bdi>"))
        facts += [
            (label("place", lang), f"<bdi>{escape(where)}</bdi>"),
            (
                label("country", lang),
                f'<a href="{up}{self.country_path(event.country)}">{escape(country_name(event.country, lang))}</a>',
            ),
            (label("kind", lang), escape(label(f"kind_{event.kind.value}", lang))),
            (
                label("status", lang),
                f'<span class="status-{event.status.value}">{escape(_status(event, lang))}</span>',
            ),
            (
                label("secretary_general", lang),
                f'<a href="{up}{self.sg_path(event.secretary_general)}">{escape(event.secretary_general)}</a>',
            ),
            (label("id", lang), f"<code>{escape(event.id)}</code>"),
        ]
        body = [
            '<dl class="facts">'
            + "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in facts)
            + "</dl>",
            f"<p><bdi>{escape(event.summary)}</bdi></p>",
        ]
        if event.trip_id:
            legs = [e for e in self.by_trip[event.trip_id] if e.id != event.id]
            if legs:
                body.append(f"<h2>{escape(label('trip', lang))}</h2>")
                body.append(self.event_list(legs, up))
        if event.participants:
            body.append(f"<h2>{escape(label('participants', lang))}</h2><ul>")
            for p in event.participants:
                key = person_key(p.name)
                name = escape(person_name(p, lang))
                if key in self.person_slugs:
                    name = f'<a href="{up}{self.person_path(key)}">{name}</a>'
                role = f" · {escape(p.role)}" if p.role else ""
                cites = escape(", ".join(p.sources))
                body.append(f'<li><bdi>{name}</bdi>{role} <span class="dim">[{cites}]</span></li>')
            body.append("</ul>")
        body.append(f'<h2>{escape(label("sources", lang))}</h2><ol class="sources">')
        for s in event.sources:
            title = escape(s.title)
            if s.url and s.url.lower().startswith(("https://", "http://")):
                title = f'<a href="{escape(s.url)}" rel="noopener noreferrer">{title}</a>'
            elif s.url:  # never a link to another scheme (javascript:, file:, data:)
                title += f' <span class="dim">{escape(s.url)}</span>'
            published = f", {escape(show_date(s.published, lang))}" if s.published else ""
            quote = ""
            if s.excerpt:
                quote = f'<blockquote lang="{escape(s.language)}" dir="auto">{escape(s.excerpt)}</blockquote>'
            body.append(
                f'<li id="{escape(s.key)}"><bdi>{title}</bdi><br>'
                f'<span class="dim">{escape(s.publisher)}{published} · {escape(s.language)} · '
                f"<code>{escape(s.key)}</code></span>{quote}</li>"
            )
        body.append("</ol>")
        if event.disagreements:
            body.append(f'<h2 class="warn">{escape(label("disagree", lang))}</h2>')
            for d in event.disagreements:
                body.append(f"<p>{escape(label('on_field', lang, field=d.field))}</p><ul>")
                for claim in d.claims:
                    body.append(
                        f'<li><a href="#{escape(claim.source)}"><code>{escape(claim.source)}</code></a>: '
                        f"<bdi>{escape(claim.says)}</bdi></li>"
                    )
                body.append("</ul>")
        return self.page(path, event.title, "\n".join(body))

    # ---- countries -----------------------------------------------------------------------------

    def country_index(self) -> str:
        lang = self.lang
        rows = "".join(
            f'<tr><td><a href="{s.country.lower()}.html">{escape(country_name(s.country, lang))}</a></td>'
            f'<td class="num">{s.visits}</td><td class="num">{s.days}</td>'
            f"<td>{escape(show_date(s.first, lang))}</td><td>{escape(show_date(s.last, lang))}</td></tr>"
            for s in self.countries
        )
        head = "".join(
            f"<th{cls}>{escape(label(k, lang))}</th>"
            for k, cls in (
                ("country", ""),
                ("visits", ' class="num"'),
                ("days", ' class="num"'),
                ("first", ""),
                ("last", ""),
            )
        )
        body = f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>'
        return self.page("countries/index.html", label("site_countries", lang), body)

    def country_page(self, s: CountrySummary) -> str:
        lang = self.lang
        mine = self.by_country[s.country]
        cities = sorted({place_name(e, lang) for e in mine})
        facts = [
            (label("visits", lang), str(s.visits)),
            (label("days", lang), str(s.days)),
            (label("first_visit", lang), show_date(s.first, lang)),
            (label("last_visit", lang), show_date(s.last, lang)),
            (label("cities", lang), join(cities, lang)),
        ]
        body = [
            _facts(facts),
            f"<h2>{escape(label('events', lang))}</h2>",
            self.event_list(mine, "../"),
        ]
        return self.page(
            self.country_path(s.country), country_name(s.country, lang), "\n".join(body)
        )

    # ---- people --------------------------------------------------------------------------------

    def people_index(self) -> str:
        lang = self.lang
        rows = []
        for p in self.people:
            name = _name(p, lang)
            rows.append(
                f'<tr><td><a href="{self.person_slugs[p.key]}.html"><bdi>{escape(name)}</bdi></a></td>'
                f"<td><bdi>{escape(p.role or '')}</bdi></td>"
                f'<td class="num">{p.meetings}</td></tr>'
            )
        head = (
            f"<th>{escape(label('name', lang))}</th><th>{escape(label('role', lang))}</th>"
            f'<th class="num">{escape(label("meetings", lang))}</th>'
        )
        body = f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
        return self.page("people/index.html", label("site_people", lang), body)

    def person_page(self, p: PersonSummary) -> str:
        lang = self.lang
        mine = self.by_person[p.key]
        name = _name(p, lang)
        facts = [(label("name", lang), p.name)]
        if p.name_ar:
            facts.append((label("arabic", lang), p.name_ar))
        if p.role:
            facts.append((label("role", lang), p.role))
        facts.append((label("meetings", lang), str(p.meetings)))
        body = [
            _facts(facts),
            f"<h2>{escape(label('events', lang))}</h2>",
            self.event_list(mine, "../"),
        ]
        return self.page(self.person_path(p.key), name, "\n".join(body))

    # ---- holders of the office -------------------------------------------------------------------

    def sg_page(self, name: str) -> str:
        lang = self.lang
        mine = self.by_holder[name]
        per_year: dict[int, int] = {}
        for e in mine:
            per_year[e.start_date.year] = per_year.get(e.start_date.year, 0) + 1
        countries = summarise_countries(mine)
        rows = "".join(
            f'<tr><th scope="row">{y}</th><td class="num">{n}</td></tr>'
            for y, n in sorted(per_year.items())
        )
        top = join(
            (
                f'<a href="../{self.country_path(c.country)}">{escape(country_name(c.country, lang))}</a> {c.visits}'
                for c in countries[:10]
            ),
            lang,
        )
        body = [
            f"<p>{escape(label('n_events', lang, n=len(mine)))}</p>",
            f"<h2>{escape(label('per_year_events', lang))}</h2>",
            f'<div class="scroll"><table><tbody>{rows}</tbody></table></div>',
            f"<h2>{escape(label('most_visited', lang))}</h2><p>{top}</p>",
            f"<h2>{escape(label('events', lang))}</h2>",
            self.event_list(mine, "../"),
        ]
        return self.page(self.sg_path(name), name, "\n".join(body))

    def compare_possible(self) -> bool:
        holders = {e.secretary_general for e in self.data.events}
        return len(holders) >= 2

    def compare_page(self) -> str | None:
        if not self.compare_possible():
            return None
        from natotrips.compare import compare_holders
        from natotrips.render.page import view_html
        from natotrips.views.compare import compare_view

        result = compare_holders(self.data.events, [], as_of=self.data.as_of)
        body = view_html(compare_view(result, self.lang))
        return self.page("compare.html", label("site_compare", self.lang), body)


def _facts(facts: Sequence[tuple[str, str]]) -> str:
    """Label and value pairs as a definition list; each value isolated."""
    items = "".join(f"<dt>{escape(k)}</dt><dd><bdi>{escape(v)}</bdi></dd>" for k, v in facts)
    return f'<dl class="facts">{items}</dl>'


def _name(person: PersonSummary, lang: str) -> str:
    """The Arabic name a source gives, in Arabic; else the Latin name."""
    return person.name_ar if lang == "ar" and person.name_ar else person.name


def _status(event: Event, lang: str) -> str:
    return label(f"status_{event.status.value}", lang)


def _unique_slugs(keys: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    taken: set[str] = set()
    for key in keys:
        base = slug(key)
        name, n = base, 2
        while name in taken:
            name, n = f"{base}-{n}", n + 1
        taken.add(name)
        out[key] = name
    return out

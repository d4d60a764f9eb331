"""The one way out: a command's result printed as a table (plain when piped, styled and
paged on a terminal), JSON or CSV, and recorded as SVG or HTML on request."""

from __future__ import annotations

import enum
import io
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from natotrips import terminal
from natotrips.errors import UsageError
from natotrips.files import atomic_writer
from natotrips.render.layout import layout
from natotrips.render.plain import render_plain
from natotrips.views.blocks import View


class Format(str, enum.Enum):
    table = "table"
    json = "json"
    csv = "csv"


Writer = Callable[[TextIO], None]


@dataclass
class Result:
    """What a command has to show: a view (built only when needed) and the machine
    formats it can give. A format left as None is refused, never replaced by another."""

    view: Callable[[], View]
    json: Writer | None = None
    csv: Writer | None = None
    title: str = "natotrips"


@dataclass(frozen=True)
class Options:
    format: Format = Format.table
    svg: Path | None = None
    html: Path | None = None
    width: int | None = None
    force: bool = False
    pager: bool = True


def check(result: Result, options: Options, command: str) -> None:
    """Refuse what cannot be done as asked, before any output is written."""
    if options.format is not Format.table:
        if options.svg or options.html:
            raise UsageError(
                f"--svg/--html record the table view; they cannot be combined with "
                f"-f {options.format.value}"
            )
        if getattr(result, options.format.value) is None:
            can = ", ".join(
                ["table"] + [f.value for f in (Format.json, Format.csv) if getattr(result, f.value)]
            )
            raise UsageError(f"{command} cannot give {options.format.value} (formats: {can})")
    if options.width is not None and options.width < 40:
        raise UsageError(f"--width: {options.width} is too narrow (40 columns at least)")


def emit(result: Result, options: Options, command: str) -> None:
    check(result, options, command)
    if options.format is not Format.table:
        writer = getattr(result, options.format.value)
        writer(sys.stdout)
        return
    view = result.view()
    show(view, width=options.width, pager=options.pager)
    if options.svg or options.html:
        record(view, options, title=result.title)


def show(view: View, *, width: int | None = None, pager: bool = True) -> None:
    """On a terminal: the layout at the terminal's width, styled, bidi as the terminal needs
    it, through the pager when taller than the screen. Elsewhere: plain text, unbounded
    (one table row per line) unless ``width`` is given, in logical order."""
    if not terminal.is_terminal():
        sys.stdout.write(render_plain(view, width))
        return
    columns, lines = terminal.size()
    mode = terminal.bidi_mode(True)
    rows = layout(view, width or columns, terminal=True, transform=terminal.bidi_transform(mode))
    from natotrips.render.rich import to_text

    buffer = io.StringIO()
    console = terminal.make_console(buffer, width=width or columns)
    console.print(to_text(rows))
    terminal.page(buffer.getvalue(), lines=lines, enabled=pager)


def record(view: View, options: Options, *, title: str) -> None:
    """The view as SVG and/or HTML, laid out at ``--width`` or the terminal's width."""
    from natotrips.render.pictures import to_html, to_svg

    width = options.width or terminal.size()[0]
    rows = layout(view, width, terminal=True)
    pictures: list[tuple[Path | None, Callable[[], str]]] = [
        (options.svg, lambda: to_svg(rows, width, title)),
        (options.html, lambda: to_html(rows, width, title, view.lang)),
    ]
    for path, render in pictures:
        if path is None:
            continue
        with atomic_writer(path, force=options.force) as handle:
            handle.write(render())
        sys.stderr.write(f"Wrote {path}\n")

"""The view model: what a view shows, as blocks of rows and facts. No Rich, no printing.

A view is a list of blocks. Renderers (``natotrips.render``) lay the blocks out for a width
and draw them: as plain text for pipes and files, styled for terminals, SVG and HTML.
Text is kept as the record holds it; renderers make it safe and put it in display order.

Roles name what a piece of text is, so each renderer can style it in its own way:
``""`` plain, ``dim``, ``bold``, ``title``, ``month``, ``bar``, ``held``, ``announced``,
``unconfirmed``, ``cancelled``, ``marker``, ``footer``, ``warn``; on tile maps ``heat1`` (fewest)
to ``heat5`` (most), ``never`` (an Ally never visited) and ``none``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class Span:
    """A run of text with one role."""

    text: str
    role: str = ""


Cell = str | Span


def span(cell: Cell) -> Span:
    return cell if isinstance(cell, Span) else Span(cell)


@dataclass(frozen=True)
class Column:
    """A table column. When the width shrinks, columns with the highest ``priority``
    number go first (0: always shown). A cell wraps to at most ``lines`` lines and is then
    cut with an ellipsis; ``fixed`` columns are never cut (dates, counts, ids)."""

    header: str
    priority: int = 0
    align: Literal["left", "right"] = "left"
    fixed: bool = False
    min: int = 8
    max: int | None = None
    lines: int = 1
    flex: int = 1


@dataclass(frozen=True)
class Table:
    columns: list[Column]
    rows: list[list[Cell]]


@dataclass(frozen=True)
class Heading:
    text: str
    role: str = "title"


@dataclass(frozen=True)
class Facts:
    """``label  value`` pairs; long values wrap under their value column."""

    rows: list[tuple[str, Cell]]


@dataclass(frozen=True)
class Line:
    """A preformatted line: ``lead`` is never wrapped, ``text`` wraps under itself."""

    lead: list[Span] = field(default_factory=list)
    text: list[Span] = field(default_factory=list)


@dataclass(frozen=True)
class Lines:
    lines: list[Line]


@dataclass(frozen=True)
class Note:
    """A paragraph. ``terminal_only`` notes (footers) are left out of piped output."""

    text: str
    role: str = "dim"
    terminal_only: bool = False


@dataclass(frozen=True)
class Blank:
    pass


@dataclass(frozen=True)
class Tile:
    """One cell of a tile map: two short lines (a code and a count) shaded by ``role``."""

    top: str
    bottom: str = ""
    role: str = ""


@dataclass(frozen=True)
class Tiles:
    """A grid of tiles, north to south and west to east; None is empty ground. A
    ``flow`` grid is a strip: its tiles run on to as many lines as the width needs."""

    rows: list[list[Tile | None]]
    flow: bool = False


Block = Heading | Facts | Table | Lines | Note | Blank | Tiles


@dataclass(frozen=True)
class View:
    blocks: list[Block]
    lang: str = "en"

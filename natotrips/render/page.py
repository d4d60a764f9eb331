"""View models as semantic HTML for the static site: headings, tables, definition lists,
paragraphs and tile maps, each cell isolated (``<bdi>``) so no direction leaks between
cells. Unlike the recordings in ``pictures``, nothing here imitates a terminal: the browser
lays the page out for the reader's screen."""

from __future__ import annotations

from html import escape

from natotrips.views.blocks import (
    Blank,
    Block,
    Facts,
    Heading,
    Lines,
    Note,
    Table,
    Tiles,
    View,
    span,
)


def bdi(text: str, role: str = "") -> str:
    cls = f' class="{role}"' if role else ""
    return f"<bdi{cls}>{escape(text)}</bdi>"


def block_html(block: Block, level: int = 2) -> str:
    if isinstance(block, Heading):
        return f"<h{level}>{escape(block.text)}</h{level}>"
    if isinstance(block, Blank):
        return ""
    if isinstance(block, Note):
        return f'<p class="note">{escape(block.text)}</p>' if block.text else ""
    if isinstance(block, Facts):
        items = "".join(
            f"<dt>{escape(k)}</dt><dd>{bdi(span(v).text, span(v).role)}</dd>" for k, v in block.rows
        )
        return f'<dl class="facts">{items}</dl>'
    if isinstance(block, Lines):
        lines = []
        for line in block.lines:
            parts = [bdi(s.text, s.role) for s in (*line.lead, *line.text) if s.text.strip()]
            lines.append(" ".join(parts))
        return '<p class="lines">' + "<br>".join(lines) + "</p>"
    if isinstance(block, Tiles):
        return tiles_html(block)
    return table_html(block)


def table_html(table: Table) -> str:
    head = "".join(
        f'<th scope="col"{_align(c.align)}>{escape(c.header)}</th>' for c in table.columns
    )
    rows = []
    for row in table.rows:
        cells = "".join(
            f"<td{_align(c.align)}>{bdi(span(cell).text, span(cell).role)}</td>"
            for c, cell in zip(table.columns, row, strict=True)
        )
        rows.append(f"<tr>{cells}</tr>")
    return (
        '<div class="scroll"><table><thead><tr>'
        + head
        + "</tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></div>"
    )


def _align(align: str) -> str:
    return ' class="num"' if align == "right" else ""


def tiles_html(tiles: Tiles) -> str:
    rows = []
    for row in tiles.rows:
        cells = []
        for tile in row:
            if tile is None:
                cells.append('<td class="ground"></td>')
            else:
                cells.append(
                    f'<td class="tile {tile.role}"><b>{escape(tile.top)}</b>'
                    f"<br>{escape(tile.bottom)}</td>"
                )
        rows.append("<tr>" + "".join(cells) + "</tr>")
    cls = "tiles strip" if tiles.flow else "tiles"
    return f'<div class="scroll"><table class="{cls}" dir="ltr">' + "".join(rows) + "</table></div>"


def view_html(view: View, level: int = 2) -> str:
    return "\n".join(h for h in (block_html(b, level) for b in view.blocks) if h)

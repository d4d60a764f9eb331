"""SVG and HTML recordings of a view: the terminal layout at a given width, standing
alone (no remote font, script or stylesheet; a system font stack), each cell isolated so
no text direction leaks into its neighbours (``<bdi>`` in HTML, one ``<text>`` per cell
with ``unicode-bidi: isolate`` in SVG). Text stays in logical order: browsers shape and
order Arabic themselves."""

from __future__ import annotations

from html import escape

from natotrips.render.layout import Row
from natotrips.render.palette import DARK, SHADES
from natotrips.terminal import cell_width

FONT = 'ui-monospace, "DejaVu Sans Mono", "Noto Sans Mono", Menlo, Consolas, monospace'
COLOURS = {
    "dim": "fill:#8b949e;color:#8b949e",
    "bold": "font-weight:bold",
    "title": "font-weight:bold",
    "month": "font-weight:bold;text-decoration:underline",
    "bar": "fill:#39c5cf;color:#39c5cf;font-weight:bold",
    "busy": "fill:#0d1117;color:#0d1117;background:#c9d1d9;font-weight:bold",
    "announced": "fill:#d29922;color:#d29922",
    "unconfirmed": "fill:#bc8cff;color:#bc8cff",
    "cancelled": "fill:#f85149;color:#f85149;text-decoration:line-through",
    "footer": "fill:#8b949e;color:#8b949e;font-style:italic",
    "warn": "fill:#d29922;color:#d29922;font-weight:bold",
    "link": "fill:#58a6ff;color:#58a6ff",
    "marker": "font-weight:bold",
    **{
        f"heat{n}": f"fill:#ffffff;color:#ffffff;background:{c};font-weight:bold"
        if n in DARK
        else f"fill:#0d1117;color:#0d1117;background:{c}"
        for n, c in enumerate(SHADES, 1)
    },
    "never": "fill:#f85149;color:#f85149;font-weight:bold",
    "none": "fill:#8b949e;color:#8b949e",
}
# SVG text has no background: these roles get a rectangle drawn behind them.
BACKGROUNDS = {
    role: style.split("background:")[1].split(";")[0]
    for role, style in COLOURS.items()
    if "background:" in style
}
CHAR_W = 8.4
LINE_H = 18.0
PAD = 16.0


def _css() -> str:
    rules = [f".{role}{{{style}}}" for role, style in COLOURS.items()]
    return "\n".join(rules)


def to_svg(rows: list[Row], width: int, title: str = "natotrips") -> str:
    """An SVG picture of the lines, ``width`` terminal columns wide."""
    w = PAD * 2 + width * CHAR_W
    h = PAD * 2 + 28 + max(1, len(rows)) * LINE_H
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" '
        f'width="{w:.0f}" height="{h:.0f}" viewBox="0 0 {w:.0f} {h:.0f}">',
        f"<title>{escape(title)}</title>",
        "<style>",
        f"text{{font-family:{FONT};font-size:14px;fill:#c9d1d9;white-space:pre;"
        "unicode-bidi:isolate}",
        _css(),
        "</style>",
        '<rect width="100%" height="100%" rx="8" fill="#0d1117"/>',
        f'<text x="{PAD}" y="{PAD + 12}" class="dim">{escape(title)}</text>',
    ]
    for n, row in enumerate(rows):
        y = PAD + 28 + (n + 1) * LINE_H - 4
        col = 0
        for piece in row:
            cells = cell_width(piece.text)
            if piece.role in BACKGROUNDS:
                out.append(
                    f'<rect x="{PAD + col * CHAR_W:.1f}" y="{y - LINE_H + 5:.1f}" '
                    f'width="{cells * CHAR_W:.1f}" height="{LINE_H:.1f}" '
                    f'fill="{BACKGROUNDS[piece.role]}"/>'
                )
            if piece.text.strip():
                x = PAD + col * CHAR_W
                attrs = f'x="{x:.1f}" y="{y:.1f}"'
                if piece.role:
                    attrs += f' class="{piece.role}"'
                if not piece.text.isascii() and cells:
                    attrs += f' textLength="{cells * CHAR_W:.1f}" lengthAdjust="spacingAndGlyphs"'
                if piece.isolated:
                    attrs += ' direction="ltr"' if piece.text.isascii() else ""
                out.append(f'<text {attrs} xml:space="preserve">{escape(piece.text)}</text>')
            col += cells
    out.append("</svg>")
    return "\n".join(out) + "\n"


def to_html(rows: list[Row], width: int, title: str = "natotrips", lang: str = "en") -> str:
    """A standalone HTML page of the lines; each cell in a ``<bdi>`` of its own width."""
    body = []
    for row in rows:
        parts = []
        for piece in row:
            text = escape(piece.text)
            cls = f' class="{piece.role}"' if piece.role else ""
            if piece.isolated:
                parts.append(f'<bdi{cls} style="width:{cell_width(piece.text)}ch">{text}</bdi>')
            elif cls:
                parts.append(f"<span{cls}>{text}</span>")
            else:
                parts.append(text)
        body.append("".join(parts))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}" dir="ltr">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>\n"
        f"body{{background:#0d1117;color:#c9d1d9;margin:0;padding:16px}}\n"
        f"pre{{font-family:{FONT};font-size:14px;line-height:1.3;margin:0;"
        f"min-width:{width}ch;overflow-x:auto}}\n"
        "bdi{display:inline-block;white-space:pre;overflow:hidden;vertical-align:top}\n"
        f"{_css()}\n</style>\n</head>\n<body>\n<pre>"
        + "\n".join(body)
        + "</pre>\n</body>\n</html>\n"
    )

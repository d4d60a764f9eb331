"""The shades of the maps, lightest first: one sequential blue scale (ColorBrewer "Blues",
readable by the colour-blind), for the terminal, the recordings, the SVG map and the site.
Text on the two darkest is white."""

SHADES = ("#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
DARK = frozenset({4, 5})  # levels (1-based) whose text is white

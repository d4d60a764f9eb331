"""Renderers of the view model: ``plain`` (pipes, files, snapshots), ``rich`` (terminals)
and ``pictures`` (SVG and HTML recordings). All draw the one layout of ``layout``."""

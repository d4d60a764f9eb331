"""Exports: one module a format (csv, json, ics, markdown, geojson). No Rich here."""

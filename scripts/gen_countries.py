"""Write natotrips/countries.json: every ISO 3166-1 country (and Kosovo, XK) with its
alpha-3 code and its CLDR names in English, French and Arabic, taken from Babel.

Run ``python scripts/gen_countries.py`` after upgrading Babel; tests/test_countries.py
fails when the shipped file and the installed Babel disagree. The file is generated so that
looking up a country costs a small JSON read at run time rather than importing Babel.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pycountry
from babel import Locale

LANGS = ("en", "fr", "ar")
TARGET = Path(__file__).resolve().parent.parent / "natotrips" / "countries.json"


def build() -> str:
    names = {lang: Locale(lang).territories for lang in LANGS}
    table: dict[str, dict[str, str]] = {}
    codes = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    codes["XK"] = "XKX"  # Kosovo: user-assigned code, as NATO and CLDR use it
    for code in sorted(codes):
        if code not in names["en"]:
            continue
        entry = {"alpha3": codes[code]}
        entry.update({lang: names[lang][code] for lang in LANGS})
        table[code] = entry
    meta = {"source": "Unicode CLDR territory names via Babel", "babel": _babel_version()}
    return json.dumps({"meta": meta, "countries": table}, ensure_ascii=False, indent=0) + "\n"


def _babel_version() -> str:
    import babel

    return str(babel.__version__)


if __name__ == "__main__":
    text = build()
    if "--check" in sys.argv:
        sys.exit(0 if TARGET.read_text(encoding="utf-8") == text else 1)
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")

"""Screenshots for people to look at (not run in CI): the terminal map at 80 and 120
columns, the geographic SVG map and three pages of the static site, taken with headless
Chromium (Debian's ``chromium`` package), and an Arabic view in xterm under Xvfb (a terminal
with no bidi of its own). Writes PNGs to docs/img/.

    apt-get install chromium && python docs/screenshots.py

The terminal map is recorded with ``natotrips map --html`` (the same layout and colours a
terminal shows) and photographed; the site is built into a temporary folder first.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

IMG = Path(__file__).resolve().parent / "img"


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("screenshots.py: needs chromium (apt-get install chromium)")


def shoot(browser: str, page: Path, png: Path, width: int, height: int) -> None:
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            f"--window-size={width},{height}",
            f"--screenshot={png}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
    )
    print(f"{png.relative_to(IMG.parent.parent)}  ({width}x{height})")


def natotrips(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "natotrips", *args], check=True)


def main() -> None:
    browser = chromium()
    IMG.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for columns, height in ((80, 620), (120, 620)):
            page = work / f"map-{columns}.html"
            natotrips("map", "--sg", "all", "--width", str(columns), "--html", str(page))
            shoot(browser, page, IMG / f"map-terminal-{columns}.png", columns * 9 + 40, height)
        svg = work / "map.svg"
        natotrips("map", "--sg", "all", "-o", str(svg))
        shoot(browser, svg, IMG / "map.png", 1000, 920)
        site = work / "site"
        natotrips("site", "-o", str(site))
        shoot(browser, site / "index.html", IMG / "site-front.png", 1100, 1500)
        shoot(
            browser,
            site / "events" / "2024-11-04-berlin.html",
            IMG / "site-event-phone.png",
            390,
            1200,
        )
        arabic = work / "site-ar"
        natotrips("site", "-o", str(arabic), "--lang", "ar")
        shoot(browser, arabic / "countries" / "tr.html", IMG / "site-country-ar.png", 900, 900)
    xterm_arabic()


def xterm_arabic() -> None:
    """An Arabic view in xterm (no bidi of its own) under Xvfb, photographed with
    ImageMagick's ``import``: apt-get install xvfb xterm imagemagick."""
    if not all(shutil.which(t) for t in ("xvfb-run", "xterm", "import")):
        print("skipped xterm-ar.png: needs xvfb-run, xterm and import (ImageMagick)")
        return
    png = IMG / "xterm-ar.png"
    view = f"{sys.executable} -m natotrips country تركيا --lang ar -n 4 --no-pager; sleep 4"
    script = (
        "xterm -fa 'DejaVu Sans Mono' -fs 11 -geometry 100x20+0+0 "
        f"-e bash -c {shlex.quote(view)} &\n"
        f"sleep 3\nimport -window root {shlex.quote(str(png))}\nwait\n"
    )
    subprocess.run(
        ["xvfb-run", "-s", "-screen 0 1000x370x24", "bash", "-c", script],
        check=True,
        capture_output=True,
    )
    print(f"{png.relative_to(IMG.parent.parent)}  (xterm 100x20)")


if __name__ == "__main__":
    main()

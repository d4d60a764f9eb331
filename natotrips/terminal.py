"""Terminal concerns: is this a terminal, how wide, safe printing, bidi, the pager, the
spinner. Nothing here imports Rich except where a terminal is actually drawn on."""

from __future__ import annotations

import contextlib
import functools
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console

# ---- safe printing ---------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    ch = match.group()
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def printable(text: str, *, newlines: bool = False) -> str:
    """Make data safe for a terminal: control characters (ESC, BEL, bidi overrides, ...)
    are shown visibly as ``\\xNN`` escapes; tabs and (unless ``newlines``) line breaks
    become spaces. Markup is never parsed from data by any renderer."""
    if not newlines:
        text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    text = text.replace("\t", " ")
    return _CONTROL.sub(_visible, text)


@functools.lru_cache(maxsize=1 << 15)
def _char_width(ch: str) -> int:
    if unicodedata.category(ch) in ("Mn", "Me", "Cf") or ch == "\u200b":
        return 0
    if "\u1160" <= ch <= "\u11ff":  # Hangul jamo medial vowels and final consonants
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def cell_width(text: str) -> int:
    """Columns a terminal gives ``text``: wide East Asian characters two, combining marks
    (Arabic harakat, shadda) and format characters none. Agrees with ``wcwidth`` on the
    record's text (tested), without its 50 ms import on every run."""
    if text.isascii():
        return len(text)
    return sum(_char_width(ch) for ch in text)


# ---- what kind of output ---------------------------------------------------------------------


def is_terminal(stream: TextIO | None = None) -> bool:
    """Would Rich treat ``stream`` as a terminal? Decided without importing Rich, so piped
    output never pays for it. Same rules: TTY_COMPATIBLE=1/0 forces either way, a
    non-empty FORCE_COLOR forces a terminal, else the stream must be a TTY."""
    tty_compatible = os.environ.get("TTY_COMPATIBLE", "")
    if tty_compatible in ("0", "1"):
        return tty_compatible == "1"
    if os.environ.get("FORCE_COLOR"):
        return True
    target = stream if stream is not None else sys.stdout
    try:
        return target.isatty()
    except (AttributeError, ValueError):
        return False


def size() -> tuple[int, int]:
    """(columns, lines) of the terminal on stdout; $COLUMNS and $LINES win, as in Rich."""
    fallback = os.terminal_size((80, 24))
    try:
        actual = os.get_terminal_size(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        actual = fallback
    columns = _env_int("COLUMNS") or actual.columns or 80
    lines = _env_int("LINES") or actual.lines or 24
    return columns, lines


def _env_int(name: str) -> int | None:
    value = os.environ.get(name, "")
    return int(value) if value.isdigit() and int(value) > 0 else None


def make_console(file: TextIO | None = None, *, width: int | None = None) -> Console:
    """A Rich console for a terminal: no markup, emoji codes or highlighting applied to
    anything printed; NO_COLOR honoured (by Rich)."""
    from rich.console import Console

    return Console(
        file=file if file is not None else sys.stdout,
        force_terminal=True,
        markup=False,
        emoji=False,
        highlight=False,
        width=width,
        soft_wrap=True,
    )


# ---- bidi: Arabic on terminals ---------------------------------------------------------------

BIDI_MODES = ("auto", "visual", "words", "logical")
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def bidi_mode(terminal: bool, environ: Mapping[str, str] | None = None) -> str:
    """``visual``, ``words`` or ``logical`` for this output, from $NATOTRIPS_BIDI.

    ``auto`` (the default) is logical for pipes and files, logical on terminals known to
    do bidi themselves (VTE/GNOME Terminal, Konsole, mlterm, Apple Terminal), and visual on
    other terminals, which show Arabic unjoined and backwards without help."""
    env = os.environ if environ is None else environ
    mode = env.get("NATOTRIPS_BIDI", "auto").strip().lower() or "auto"
    if mode not in BIDI_MODES:
        from natotrips.errors import UsageError

        raise UsageError(f"NATOTRIPS_BIDI: {mode!r} is not one of {', '.join(BIDI_MODES)}")
    if mode != "auto":
        return mode
    if not terminal:
        return "logical"
    if env.get("VTE_VERSION") or env.get("KONSOLE_VERSION") or env.get("MLTERM"):
        return "logical"
    if env.get("TERM_PROGRAM") == "Apple_Terminal" or env.get("TERM", "").startswith("mlterm"):
        return "logical"
    return "visual"


def has_rtl(text: str) -> bool:
    return bool(_RTL.search(text))


def visual(text: str) -> str:
    """Arabic shaped (presentation forms) and put in visual order, for terminals that
    neither shape nor reorder (xterm, st, the Linux console)."""
    if not has_rtl(text):
        return text
    import arabic_reshaper  # type: ignore[import-untyped]
    from bidi.algorithm import get_display  # type: ignore[import-untyped]  # mirrors brackets

    return str(get_display(arabic_reshaper.reshape(text)))


def words(text: str) -> str:
    """Words in visual order, each word's letters left logical and unshaped, for terminals
    that shape each word themselves but never move words (several GPU terminals)."""
    if not has_rtl(text):
        return text
    from bidi.algorithm import get_display

    shown = str(get_display(text))
    return " ".join(w[::-1] if has_rtl(w) else w for w in shown.split(" "))


def bidi_transform(mode: str) -> Callable[[str], str]:
    if mode == "visual":
        return visual
    if mode == "words":
        return words
    return logical


def logical(text: str) -> str:
    """Text as the record holds it: for pipes, files, recordings and bidi terminals."""
    return text


# ---- the pager -------------------------------------------------------------------------------


def pager_command(environ: Mapping[str, str] | None = None) -> str | None:
    """$NATOTRIPS_PAGER, then $PAGER, then ``less -FRX`` where it exists (as git does).
    An empty value or ``cat`` means no pager."""
    env = os.environ if environ is None else environ
    for name in ("NATOTRIPS_PAGER", "PAGER"):
        if name in env:
            value = env[name].strip()
            return None if value in ("", "cat") else value
    return "less -FRX" if shutil.which("less") else None


def page(text: str, *, lines: int, enabled: bool) -> None:
    """Write ``text`` to stdout, through the pager when it is taller than the screen."""
    command = pager_command() if enabled else None
    if command is None or text.count("\n") < lines:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    sys.stdout.flush()
    try:
        proc = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:
        sys.stdout.write(text)
        return
    assert proc.stdin is not None
    with contextlib.suppress(BrokenPipeError, KeyboardInterrupt):
        proc.stdin.write(text.encode("utf-8", "replace"))
    with contextlib.suppress(BrokenPipeError):
        proc.stdin.close()
    while True:
        try:
            proc.wait()
            break
        except KeyboardInterrupt:  # less handles Ctrl-C itself; wait for it to end
            continue


# ---- the spinner -----------------------------------------------------------------------------

# Decoding runs at very roughly 20-50 MB/s on a slow machine, so files past this size take
# about a second or more to load: show a spinner on stderr (terminals only) while they do.
SPINNER_BYTES = 16 * 1024 * 1024


def wants_spinner(nbytes: int, stderr: TextIO | None = None) -> bool:
    stream = stderr if stderr is not None else sys.stderr
    return nbytes >= SPINNER_BYTES and stream.isatty()


@contextlib.contextmanager
def loading(label: str, nbytes: int) -> Iterator[None]:
    """A spinner on stderr while a large file loads; nothing at all otherwise."""
    if not wants_spinner(nbytes):
        yield
        return
    from rich.console import Console

    with Console(stderr=True).status(f"Loading {label} ({nbytes / 1e6:,.0f} MB)…"):
        yield


class Progress:
    """``label n/total`` on one line of stderr, redrawn at most ten times a second and only
    once the work has taken longer than a moment (0.4 s); nothing when stderr is not a
    terminal. Use as a callable: ``progress(n)``."""

    def __init__(self, label: str, total: int, stream: TextIO | None = None) -> None:
        import time

        self.label = label
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty()
        self.clock = time.monotonic
        self.start = self.clock()
        self.last = 0.0
        self.shown = False

    def __call__(self, n: int) -> None:
        if not self.enabled:
            return
        now = self.clock()
        if now - self.start < 0.4 or (now - self.last < 0.1 and n < self.total):
            return
        self.last = now
        self.shown = True
        self.stream.write(f"\r{self.label} {n}/{self.total}")
        self.stream.flush()

    def done(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

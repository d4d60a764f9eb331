"""Writing output files safely: atomic, never over an existing file without ``--force``,
and nothing left behind when interrupted (Ctrl-C, a closed terminal, a job runner's
SIGTERM): the temporary file is removed and the old file stays as it was."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO, TypeVar

from natotrips.errors import OutputError


def _check_target(path: Path, force: bool) -> None:
    try:
        _check(path, force)
    except OSError as exc:  # a name too long, a folder we may not look into, ...
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    except ValueError as exc:  # a NUL byte in the name
        raise OutputError(f"{path}: not a usable file name ({exc})") from None


def _check(path: Path, force: bool) -> None:
    if path.is_dir():
        raise OutputError(f"{path}: is a directory")
    if path.exists() and not force:
        raise OutputError(f"{path}: already exists (use --force to overwrite)")
    parent = path.parent
    if not parent.is_dir():
        raise OutputError(f"{path}: folder {parent} does not exist")


@contextlib.contextmanager
def atomic_path(path: Path, *, force: bool = False) -> Iterator[Path]:
    """A temporary file beside ``path`` to write, moved into place when the block ends.

    A failure or interruption leaves no partial file and leaves an existing file intact.
    Without ``force`` the final step is a hard link, which fails if ``path`` appeared in
    the meantime, so nothing is ever overwritten by a race either.
    """
    _check_target(path, force)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    tmp = Path(tmp_name)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the file normal permissions
        yield tmp
        _move(tmp, path, force)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _move(tmp: Path, path: Path, force: bool) -> None:
    if force:
        os.replace(tmp, path)
        return
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise OutputError(f"{path}: already exists (use --force to overwrite)") from None
    except OSError:  # file systems without hard links: best effort no-clobber
        if path.exists():
            raise OutputError(f"{path}: already exists (use --force to overwrite)") from None
        os.replace(tmp, path)


@contextlib.contextmanager
def atomic_writer(path: Path, *, force: bool = False) -> Iterator[TextIO]:
    """A text stream to ``path``, written atomically (see ``atomic_path``)."""
    with (
        atomic_path(path, force=force) as tmp,
        open(tmp, "w", encoding="utf-8", newline="") as handle,
    ):
        yield handle
        handle.flush()
        os.fsync(handle.fileno())


class Interrupted(BaseException):
    """A signal asked us to stop; the exit code is 128 + the signal number."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.exit_code = 128 + signum


def _raise(signum: int, frame: Any) -> None:
    raise Interrupted(signum)


def exit_on_signals() -> None:
    """Turn SIGTERM and SIGHUP into an exception, as Python does SIGINT, so that every
    ``finally`` runs (temporary files are removed) before the process exits 128+signal."""
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _raise)


T = TypeVar("T")


def write_output(output: Path | None, force: bool, writer: Callable[[TextIO], T]) -> T:
    """Run ``writer`` on stdout, or on ``output`` written atomically."""
    if output is None or str(output) == "-":
        return writer(sys.stdout)
    with atomic_writer(output, force=force) as handle:
        result = writer(handle)
    sys.stderr.write(f"Wrote {output}\n")
    return result

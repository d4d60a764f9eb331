"""Writing output files safely: atomic, and never over an existing file without force."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from natotrips.errors import OutputError


def _check_target(path: Path, force: bool) -> None:
    if path.is_dir():
        raise OutputError(f"{path}: is a directory")
    if path.exists() and not force:
        raise OutputError(f"{path}: already exists (use --force to overwrite)")
    parent = path.parent
    if not parent.is_dir():
        raise OutputError(f"{path}: folder {parent} does not exist")


@contextlib.contextmanager
def atomic_writer(path: Path, *, force: bool = False) -> Iterator[TextIO]:
    """Write to a temporary file beside ``path``, then move it into place.

    A failure or interruption leaves no partial file and leaves an existing file intact.
    Without ``force`` the final step is a hard link, which fails if ``path`` appeared in
    the meantime, so nothing is ever overwritten by a race either.
    """
    _check_target(path, force)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    tmp = Path(tmp_name)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the file normal permissions
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if force:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise OutputError(f"{path}: already exists (use --force to overwrite)") from None
            except OSError:  # file systems without hard links: best effort no-clobber
                if path.exists():
                    raise OutputError(
                        f"{path}: already exists (use --force to overwrite)"
                    ) from None
                os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()

"""Writing output files safely: atomic, never over an existing file without ``--force``,
and nothing left behind when interrupted (Ctrl-C, a closed terminal, a job runner's
SIGTERM): the temporary file is removed and the old file stays as it was."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
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


# ---- folders of files (natotrips site) --------------------------------------------------------

MANIFEST = ".natotrips-site.json"
STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


def _owned(root: Path) -> set[str]:
    """The files a previous run wrote into ``root`` (from its manifest)."""
    import json

    try:
        files = json.loads((root / MANIFEST).read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return set()
    return {f for f in files if isinstance(f, str) and ".." not in Path(f).parts}


STAGING = ".natotrips-staging."


def _present(root: Path) -> set[str]:
    found = set()
    for p in root.rglob("*"):
        rel = p.relative_to(root)
        if rel.parts[0].startswith(STAGING) or p.name == MANIFEST:
            continue
        if p.is_file() or p.is_symlink():
            found.add(rel.as_posix())
    return found


def write_tree(
    root: Path,
    files: Iterable[tuple[str, str]],
    *,
    force: bool = False,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write ``(relative path, text)`` pairs into the folder ``root``; return how many.

    The files are first written to a temporary folder beside ``root`` and moved in only
    when all are written, with SIGINT/SIGTERM/SIGHUP held back during the move: an
    interrupted run leaves ``root`` as it was and no temporary folder behind. Files a
    previous run wrote (listed in ``root/.natotrips-site.json``) are replaced and, when no
    longer produced, removed; anything else in ``root`` is left alone, and a folder holding
    anything else is refused unless ``force``."""
    import json
    import shutil

    try:
        if root.exists() and not root.is_dir():
            raise OutputError(f"{root}: exists and is not a folder")
        owned = _owned(root) if root.is_dir() else set()
        foreign = sorted(_present(root) - owned) if root.is_dir() else []
    except OSError as exc:
        raise OutputError(f"{root}: cannot read ({exc.strerror or exc})") from None
    if foreign and not force:
        raise OutputError(
            f"{root}: folder holds {len(foreign)} file(s) natotrips did not write "
            f"(e.g. {foreign[0]}); use --force to write beside them, or another folder"
        )
    parent = root.resolve().parent
    if not parent.is_dir():
        raise OutputError(f"{root}: folder {parent} does not exist")
    created = False
    try:
        name = root.resolve().name or "site"
        staging = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=".tmp", dir=parent))
    except PermissionError:
        # the folder's parent is not ours to write (``site -o .`` in a home folder): stage
        # inside the folder itself, under a name the folder check ignores
        try:
            created = not root.exists()
            root.mkdir(exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=STAGING, dir=root))
        except OSError as exc:
            raise OutputError(f"{root}: cannot write ({exc.strerror or exc})") from None
    except OSError as exc:
        raise OutputError(f"{root}: cannot write ({exc.strerror or exc})") from None
    written: list[str] = []
    done = False
    try:
        for n, (rel, text) in enumerate(files, 1):
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            written.append(rel)
            if progress is not None:
                progress(n)
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
        try:
            root.mkdir(exist_ok=True)
            for rel in written:
                (root / rel).parent.mkdir(parents=True, exist_ok=True)
                os.replace(staging / rel, root / rel)
            for rel in sorted(owned - set(written)):
                with contextlib.suppress(FileNotFoundError):
                    (root / rel).unlink()
                _prune(root, (root / rel).parent)
            manifest = {"generator": "natotrips site", "files": sorted(written)}
            (root / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
            done = True
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
    except OSError as exc:
        raise OutputError(f"{root}: cannot write ({exc.strerror or exc})") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if created and not done:  # a folder made only to stage in: leave nothing behind
            with contextlib.suppress(OSError):
                root.rmdir()
    return len(written)


def _prune(root: Path, folder: Path) -> None:
    """Remove ``folder`` and its parents up to ``root`` while they are empty."""
    while folder != root and root in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent

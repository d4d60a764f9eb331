"""One error tree; each class carries the exit code the CLI uses for it."""

from __future__ import annotations


class NatotripsError(Exception):
    """Base class: a message for one line on stderr, and an exit code."""

    exit_code = 1


class UsageError(NatotripsError):
    """The user asked for something that cannot be done as asked (bad option value)."""

    exit_code = 2


class DataError(NatotripsError):
    """A data file is missing, unreadable or invalid."""

    exit_code = 2


class NotFoundError(UsageError):
    """A name or id that matches nothing; may carry a suggestion."""

    def __init__(self, message: str, suggestion: str | None = None) -> None:
        if suggestion:
            message = f"{message}. Did you mean {suggestion}?"
        super().__init__(message)
        self.suggestion = suggestion


class OutputError(NatotripsError):
    """An output file cannot be written (exists, is a folder, no permission)."""

    exit_code = 1

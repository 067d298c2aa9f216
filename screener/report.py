"""Write the ranked CSV and its errors file: spreadsheet-safe, UTF-8 with BOM, atomic."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from screener.errors import OutputNotWritable
from screener.records import FileError

ERROR_COLUMNS = ("file", "error", "detail")
#: OWASP "CSV injection": cells starting with these are read as formulas by spreadsheets.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Prefix a text cell that a spreadsheet would read as a formula with ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` with every text cell neutralised against formula injection."""
    out = df.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise)
    return out


def check_writable(path: str | os.PathLike[str]) -> None:
    """Raise :class:`~screener.errors.OutputNotWritable` unless ``path`` can be written (a
    file name, in a folder that exists or can be made, where a file can be created): cheap,
    so commands call it before long work rather than fail at the end."""
    target = Path(path)
    if target.is_dir():
        raise OutputNotWritable(f"{target} is a folder, not a file name")
    folder = target.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise OutputNotWritable(f"cannot write {target}: {folder} is a file, not a folder")
    try:
        fd, probe = tempfile.mkstemp(prefix=".screener-probe.", suffix=".tmp", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputNotWritable(
            f"cannot write {target}: {exc.strerror or type(exc).__name__}"
        ) from exc


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``.

    Raises :class:`~screener.errors.OutputNotWritable` when it cannot (a folder given as
    ``path``, a read-only or special file system, a file where a folder should be …).
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputNotWritable(f"cannot write {target}: {_reason(exc)}") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputNotWritable(f"cannot write {target}: {_reason(exc)}") from exc
        raise


def _reason(exc: OSError) -> str:
    if isinstance(exc, IsADirectoryError):
        return "it is a folder, not a file name"
    if isinstance(exc, FileExistsError | NotADirectoryError):
        return "a file stands where a folder is needed"
    return exc.strerror or type(exc).__name__


def csv_bytes(df: pd.DataFrame) -> bytes:
    """``df`` as CSV bytes: UTF-8 with a BOM (so Excel shows accents), formula-safe."""
    buf = io.StringIO()
    safe_frame(df).to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue().encode("utf-8-sig")


def errors_path(csv_path: str | os.PathLike[str]) -> Path:
    """``ranked.csv`` → ``ranked.errors.csv`` beside it."""
    p = Path(csv_path)
    return p.with_name(f"{p.stem}.errors.csv")


def errors_frame(errors: Iterable[FileError]) -> pd.DataFrame:
    rows = sorted(errors, key=lambda e: e.file)
    return pd.DataFrame([(e.file, e.error, e.detail) for e in rows], columns=list(ERROR_COLUMNS))


def write_report(
    ranked: pd.DataFrame, errors: Iterable[FileError], path: str | os.PathLike[str]
) -> tuple[Path, Path]:
    """Write the ranked CSV and ``<stem>.errors.csv`` (always, possibly header-only)."""
    out = Path(path)
    err = errors_path(out)
    write_atomic(out, csv_bytes(ranked))
    write_atomic(err, csv_bytes(errors_frame(errors)))
    return out, err

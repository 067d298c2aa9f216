"""Write the ranked CSV and its errors file: spreadsheet-safe, UTF-8 with BOM, atomic."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

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


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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

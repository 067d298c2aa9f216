"""The ranked CSV: formula-safe cells, UTF-8 with BOM, atomic writes, errors file."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from screener.errors import OutputNotWritable
from screener.records import FileError
from screener.report import (
    FORMULA_PREFIXES,
    check_writable,
    csv_bytes,
    errors_path,
    neutralise,
    write_atomic,
    write_report,
)


@pytest.mark.parametrize(
    "cell",
    [
        "=1+1",
        "+1 555 0100",
        "-2",
        "@SUM(A1)",
        "\tx",
        "\rx",
        '=HYPERLINK("http://example.com","click")',
    ],
)
def test_formula_cells_are_neutralised(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@given(st.text())
def test_neutralised_text_never_starts_with_a_formula_prefix(cell: str) -> None:
    out = neutralise(cell)
    assert isinstance(out, str) and not out.startswith(FORMULA_PREFIXES)
    assert out.endswith(cell)


def test_numbers_and_plain_text_are_untouched() -> None:
    assert neutralise(-3.5) == -3.5
    assert neutralise("Zoë Müller") == "Zoë Müller"


def test_csv_is_utf8_with_bom_and_safe(tmp_path: Path) -> None:
    df = pd.DataFrame({"name": ["=cmd|' /C calc'!A0", "Zoë"], "score": [-1.0, 2.0]})
    data = csv_bytes(df)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines()))
    assert rows[0]["name"] == "'=cmd|' /C calc'!A0"
    assert rows[1]["name"] == "Zoë"
    assert rows[0]["score"] == "-1.0"  # numeric cells stay numbers


def test_write_report_writes_both_files(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "ranked.csv"
    df = pd.DataFrame({"rank": [1], "file": ["a.pdf"]})
    errs = [FileError("z.pdf", "CorruptFile", "broken"), FileError("b.pdf", "NoTextLayer", "-")]
    ranked, errors = write_report(df, errs, out)
    assert ranked == out and errors == errors_path(out) == tmp_path / "sub" / "ranked.errors.csv"
    rows = list(csv.DictReader(errors.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["file"] for r in rows] == ["b.pdf", "z.pdf"]
    assert rows[0]["detail"] == "'-"


def test_atomic_write_leaves_old_file_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ranked.csv"
    target.write_text("old")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("screener.report.os.fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new content")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["ranked.csv"]
    monkeypatch.undo()
    write_atomic(target, b"new content")
    assert target.read_bytes() == b"new content"


def test_unwritable_outputs_are_a_named_error(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    (tmp_path / "adir").mkdir()
    bad = [tmp_path / "adir", tmp_path / "afile" / "x.csv", tmp_path / "afile" / "d" / "x.csv"]
    if Path("/proc/self").is_dir():
        bad.append(Path("/proc/x.csv"))
    for target in bad:
        with pytest.raises(OutputNotWritable, match=r"cannot write|is a folder"):
            check_writable(target)
        with pytest.raises(OutputNotWritable, match="cannot write"):
            write_atomic(target, b"data")
    check_writable(tmp_path / "new" / "sub" / "ranked.csv")  # folders are made when written
    assert not (tmp_path / "new").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["adir", "afile"]

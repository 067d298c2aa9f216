"""Batch runs: discovery, worker isolation (time, memory, crashes), cache, accounting."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from screener import errors
from screener.parse import ParseLimits, parse_file
from screener.pipeline import BatchOptions, discover, read_resumes
from screener.records import ParsedDocument

RESUME = "Jane Doe\njane@example.com\nSkills\nPython, Django, Git\n"


def misbehaving_parse(
    path: str | os.PathLike[str], limits: ParseLimits | None = None
) -> ParsedDocument:
    """Stands in for the parser: hangs, balloons or dies depending on the file name."""
    name = Path(path).name
    if name.startswith("hang"):
        time.sleep(60)
    if name.startswith("balloon"):
        blocks = [bytearray(64 * 1024 * 1024) for _ in range(64)]  # 4 GiB
        del blocks
    if name.startswith("crash"):
        os._exit(3)
    return parse_file(path, limits)


def write(folder: Path, name: str, text: str = RESUME) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


def test_discover_recurses_skips_hidden_and_keeps_named_files(tmp_path: Path) -> None:
    write(tmp_path / "in", "b.txt")
    write(tmp_path / "in" / "sub", "a.pdf", "x")
    write(tmp_path / "in" / ".hidden", "c.txt")
    write(tmp_path / "in", "notes.xlsx")
    named = write(tmp_path, "odd.xlsx")
    found = discover([tmp_path / "in", named, tmp_path / "in" / "b.txt"])
    assert [f.display for f in found] == ["b.txt", "notes.xlsx", "odd.xlsx", "sub/a.pdf"]
    assert [f.supported for f in found] == [True, False, True, True]


def test_unsupported_files_in_a_folder_become_error_rows(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder, "cv.txt")
    for name in ("cv.rtf", "cv.doc", "cv.odt", "photo.png", "sub/notes.md", "README"):
        write((folder / name).parent, Path(name).name, "{\\rtf1 Jane Doe}")
    # skipped: hidden and system files, and the kinds screener writes (a run's outputs)
    for name in (".DS_Store", "Thumbs.db", "ranked.csv", "ranked.errors.csv", "req.yaml"):
        write(folder, name)
    batch = read_resumes([folder], BatchOptions(jobs=0))
    assert [r.source for r in batch.resumes] == ["cv.txt"]
    rows = {e.file: (e.error, e.detail) for e in batch.errors}
    assert set(rows) == {"README", "cv.doc", "cv.odt", "cv.rtf", "photo.png", "sub/notes.md"}
    assert {error for error, _ in rows.values()} == {"UnsupportedFormat"}
    assert rows["cv.rtf"][1].startswith("unsupported file type .rtf. Convert it")
    with pytest.raises(errors.NoInputFiles):  # nothing that could be a résumé
        read_resumes([folder / "sub"], BatchOptions(jobs=0))


def test_files_sharing_a_name_get_distinct_display_names(tmp_path: Path) -> None:
    write(tmp_path / "c1", "cv.txt")
    write(tmp_path / "c2", "cv.txt", RESUME + "other")
    write(tmp_path / "c2", "only.txt")
    write(tmp_path / "x" / "c1", "cv.txt", RESUME + "third")
    found = discover([tmp_path / "c1", tmp_path / "c2", tmp_path / "x"])
    # x/'s own c1/cv.txt clashes with the first try for c1/cv.txt: both go one level up
    assert sorted(f.display for f in found) == sorted(
        [f"{tmp_path.name}/c1/cv.txt", "c2/cv.txt", "only.txt", "x/c1/cv.txt"]
    )
    assert [f.display for f in discover([tmp_path / "c2", tmp_path / "c1"])] == [
        "c1/cv.txt",
        "c2/cv.txt",
        "only.txt",
    ]
    batch = read_resumes([tmp_path / "c1", tmp_path / "c2"], BatchOptions(jobs=0))
    assert [r.source for r in batch.resumes] == ["c1/cv.txt", "c2/cv.txt", "only.txt"]


def test_every_file_is_accounted_for_despite_hangs_crashes_and_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("screener.pipeline.parse_file", misbehaving_parse)
    folder = tmp_path / "in"
    for name in ("ok.txt", "hang.txt", "crash.txt", "balloon.txt"):
        write(folder, name, RESUME + name)  # distinct bytes: no sharing of one parse
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage")
    (folder / "big.txt").write_text(RESUME * 50)
    options = BatchOptions(jobs=2, timeout=3, max_memory_mb=512, limits=ParseLimits(max_bytes=2000))
    t0 = time.monotonic()
    batch = read_resumes([folder], options)
    assert time.monotonic() - t0 < 30
    assert [r.source for r in batch.resumes] == ["ok.txt"]
    got = {e.file: e.error for e in batch.errors}
    assert got == {
        "hang.txt": "ParseTimeout",
        "crash.txt": "ParseCrashed",
        "balloon.txt": "ParseCrashed",
        "broken.pdf": "CorruptFile",
        "big.txt": "FileTooLarge",
    }
    assert batch.n_files == 6
    assert all(e.detail for e in batch.errors)


def test_cache_parses_each_file_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counting(path: str | os.PathLike[str], limits: ParseLimits | None = None) -> ParsedDocument:
        calls.append(Path(path).name)
        return parse_file(path, limits)

    monkeypatch.setattr("screener.pipeline.parse_file", counting)
    folder = tmp_path / "in"
    write(folder, "a.txt")
    write(folder, "copy-of-a.txt")  # same bytes: one parse
    (folder / "bad.pdf").write_bytes(b"%PDF-1.4\n garbage")
    options = BatchOptions(jobs=0, cache_dir=tmp_path / "cache")
    first = read_resumes([folder], options)
    second = read_resumes([folder], options)
    assert sorted(calls) == ["a.txt", "bad.pdf"]
    assert first == second
    assert [r.source for r in second.resumes] == ["a.txt", "copy-of-a.txt"]
    assert [e.error for e in second.errors] == ["CorruptFile"]


@pytest.mark.parametrize("jobs", [0, 1])
def test_same_bytes_under_another_suffix_are_parsed_apart(tmp_path: Path, jobs: int) -> None:
    """sniff_format reads the suffix: text named .pdf is CorruptFile, its .txt copy is not."""
    folder = tmp_path / "in"
    write(folder, "b.txt")
    write(folder, "a.pdf")  # the same bytes
    cache = tmp_path / "cache"
    batch = read_resumes([folder], BatchOptions(jobs=jobs, cache_dir=cache))
    assert [r.source for r in batch.resumes] == ["b.txt"]
    assert [(e.file, e.error) for e in batch.errors] == [("a.pdf", "CorruptFile")]
    # across runs: the cached CorruptFile of the .pdf name does not reach the .txt name
    only_pdf, only_txt = tmp_path / "pdf", tmp_path / "txt"
    write(only_pdf, "x.pdf", RESUME + "other")
    write(only_txt, "x.txt", RESUME + "other")
    options = BatchOptions(jobs=jobs, cache_dir=tmp_path / "cache2")
    assert [e.error for e in read_resumes([only_pdf], options).errors] == ["CorruptFile"]
    later = read_resumes([only_txt], options)
    assert [r.source for r in later.resumes] == ["x.txt"] and not later.errors


def test_out_of_memory_is_not_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import screener.parse as parse_module

    real = parse_module._decode

    def balloon(data: bytes) -> str:
        raise MemoryError

    folder = tmp_path / "in"
    write(folder, "a.txt")
    options = BatchOptions(jobs=0, cache_dir=tmp_path / "cache")
    monkeypatch.setattr(parse_module, "_decode", balloon)
    failed = read_resumes([folder], options)
    assert [e.error for e in failed.errors] == ["ParseCrashed"]
    assert "--max-memory" in failed.errors[0].detail
    monkeypatch.setattr(parse_module, "_decode", real)
    again = read_resumes([folder], options)  # with enough memory: parsed, not a cached error
    assert [r.source for r in again.resumes] == ["a.txt"] and not again.errors


def test_an_unwritable_cache_only_warns(tmp_path: Path) -> None:
    write(tmp_path / "in", "a.txt")
    (tmp_path / "cache").write_text("a file, not a folder")
    batch = read_resumes([tmp_path / "in"], BatchOptions(jobs=0, cache_dir=tmp_path / "cache"))
    assert [r.source for r in batch.resumes] == ["a.txt"]


def test_no_input_files_is_a_named_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(errors.NoInputFiles):
        read_resumes([tmp_path / "empty"], BatchOptions(jobs=0))


@pytest.mark.skipif(
    not __import__("screener.parse.ocr", fromlist=["available"]).available(),
    reason="needs the ocr extra (pytesseract, pypdfium2) and the tesseract program",
)
def test_ocr_option_reads_scans_and_keeps_its_own_cache_entries(tmp_path: Path) -> None:
    from tests.test_parse import _scanned_pdf

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(_scanned_pdf(["Jane Doe", "SKILLS", "Python, Django"]))
    cache = tmp_path / "cache"
    plain = read_resumes([folder], BatchOptions(jobs=0, cache_dir=cache))
    assert [e.error for e in plain.errors] == ["NoTextLayer"]
    scanned = read_resumes([folder], BatchOptions(jobs=0, cache_dir=cache, ocr=True))
    assert not scanned.errors
    assert {"Python", "Django"} <= scanned.resumes[0].skill_names
    again = read_resumes([folder], BatchOptions(jobs=0, cache_dir=cache))
    assert [e.error for e in again.errors] == ["NoTextLayer"]

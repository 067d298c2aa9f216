"""Batch work: find résumé files, parse them in isolated workers, extract, and screen.

Every input file ends as exactly one of: a :class:`~screener.records.Resume`, or a
:class:`~screener.records.FileError` (with the reason and what to do next).

Parsing runs in a pool of worker processes (pebble), one file per task, each with a time
limit and an address-space limit: a hostile PDF can hang or balloon its worker, which is
then killed and replaced, and that file becomes an error row. The parent never dies for a
child's file.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import datetime as dt
import hashlib
import logging
import os
import resource
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pebble import ProcessExpired, ProcessPool
from spacy.language import Language

from screener import errors
from screener.cache import ParseCache
from screener.extract.nlp import build_nlp
from screener.extract.resume import extract_resume
from screener.parse import SUPPORTED_SUFFIXES, ParseLimits, parse_file
from screener.records import FileError, ParsedDocument, Resume

log = logging.getLogger(__name__)

ProgressCallback = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path
    display: str  # the name used in the CSV: relative to the folder it was found in (unique)
    #: False for a file a folder scan found with a suffix it does not read (.rtf, .png …):
    #: it becomes an ``UnsupportedFormat`` row without being read.
    supported: bool = True


#: What folder scans pass over without a row, besides hidden files and folders (.DS_Store,
#: .git …): files of the kinds screener itself writes (ranked and errors CSVs, screenings,
#: exported requirements, weights), so a run's outputs in the scanned folder are not
#: reported on the next run, and the operating system's own files.
SKIPPED_SUFFIXES = (".csv", ".parquet", ".yaml", ".yml", ".toml")
SKIPPED_NAMES = ("thumbs.db", "desktop.ini")


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How a batch runs. ``jobs=0`` parses in this process (no isolation, no time limit)."""

    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    timeout: float = 60.0
    max_memory_mb: int = 2048
    limits: ParseLimits = field(default_factory=ParseLimits)
    cache_dir: Path | None = None
    taxonomy: str = ""
    as_of: dt.date | None = None
    ocr: bool = False  # read scanned PDFs by OCR (needs the ocr extra and Tesseract)


@dataclass(frozen=True, slots=True)
class BatchResult:
    resumes: tuple[Resume, ...]
    errors: tuple[FileError, ...]

    @property
    def n_files(self) -> int:
        return len(self.resumes) + len(self.errors)


def discover(paths: Iterable[str | os.PathLike[str]]) -> list[InputFile]:
    """Files named or found (recursively) under ``paths``, in a stable order.

    In folders, hidden files and folders, files of the kinds screener writes and system
    files are skipped (:data:`SKIPPED_SUFFIXES`, :data:`SKIPPED_NAMES`); any other file
    whose suffix is not a résumé's (.rtf, .doc, .png …) is kept, marked unsupported, so it
    becomes an ``UnsupportedFormat`` row rather than vanishing. A file named directly is
    always included and read.
    """
    found: dict[Path, InputFile] = {}
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p)
                suffix = f.suffix.lower()
                if (
                    f.is_file()
                    and not any(part.startswith(".") for part in rel.parts)
                    and suffix not in SKIPPED_SUFFIXES
                    and f.name.lower() not in SKIPPED_NAMES
                ):
                    supported = suffix in SUPPORTED_SUFFIXES
                    found.setdefault(f.resolve(), InputFile(f, rel.as_posix(), supported))
        else:
            found.setdefault(p.resolve(), InputFile(p, p.name if p.is_absolute() else p.as_posix()))
    return sorted(_disambiguate(list(found.values())), key=lambda f: f.display)


def _disambiguate(files: list[InputFile]) -> list[InputFile]:
    """Give files that share a display name (``c1/cv.pdf`` and ``c2/cv.pdf``, both ``cv.pdf``)
    the shortest ending of their absolute paths that tells them apart (``c1/cv.pdf``).

    Depends on the paths only, so the same inputs always get the same names. Files whose
    name is unique keep it.
    """
    parts = [Path(os.path.abspath(f.path)).parts for f in files]
    depth = [len(Path(f.display).parts) for f in files]
    names = [f.display for f in files]
    while True:
        groups: dict[str, list[int]] = {}
        for i, name in enumerate(names):
            groups.setdefault(name, []).append(i)
        clashes = [g for g in groups.values() if any(depth[i] < len(parts[i]) for i in g)]
        clashes = [g for g in clashes if len(g) > 1]
        if not clashes:  # all distinct (or whole paths, which differ: files are deduplicated)
            break
        for group in clashes:
            for i in group:
                depth[i] = min(depth[i] + 1, len(parts[i]))
                names[i] = Path(*parts[i][-depth[i] :]).as_posix()
    return [
        f if name == f.display else dataclasses.replace(f, display=name)
        for f, name in zip(files, names, strict=True)
    ]


def _limit_memory(max_memory_mb: int) -> None:
    """Pool initializer: cap the worker's address space at its current size plus a budget."""
    try:
        with open("/proc/self/statm") as fh:
            current = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        current = 0
    budget = current + max_memory_mb * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (budget, budget))
    except (ValueError, OSError):  # pragma: no cover - platform without RLIMIT_AS
        log.debug("cannot limit worker memory on this platform")


def _parse(path: str | os.PathLike[str], limits: ParseLimits, ocr: bool) -> ParsedDocument:
    return parse_file(path, limits, ocr=True) if ocr else parse_file(path, limits)


def _parse_in_worker(path: str, limits: ParseLimits, ocr: bool = False) -> ParsedDocument:
    try:
        return _parse(path, limits, ocr)
    except MemoryError as exc:
        raise errors.ParseCrashed(
            "ran out of memory while parsing",
            hint="Raise --max-memory if the file is genuine; otherwise re-export it",
        ) from exc


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _error(display: str, exc: BaseException) -> FileError:
    if isinstance(exc, errors.ScreenerError):
        return FileError(display, type(exc).__name__, exc.detail)
    return FileError(
        display,
        errors.ParseCrashed.__name__,
        f"{type(exc).__name__} in the parser. {errors.ParseCrashed.hint}",
    )


def parse_files(
    files: Sequence[InputFile],
    options: BatchOptions,
    progress: ProgressCallback | None = None,
) -> list[tuple[InputFile, ParsedDocument | BaseException]]:
    """Parse every file once (cache first), in isolated workers; results in input order."""
    cache = ParseCache(options.cache_dir) if options.cache_dir else None
    results: dict[int, ParsedDocument | BaseException] = {}
    # cache key (bytes + suffix + options) -> indices of files parsed alike: the outcome
    # depends on the name's suffix too (sniff_format), not only on the bytes
    todo: dict[str, list[int]] = {}
    for i, f in enumerate(files):
        if not f.supported:
            results[i] = errors.UnsupportedFormat(
                f"unsupported file type {f.path.suffix.lower() or '(no suffix)'}"
            )
            _tick(progress, f)
            continue
        try:
            size = f.path.stat().st_size
            if size > options.limits.max_bytes:
                raise errors.FileTooLarge(
                    f"{size:,} bytes is over the limit of {options.limits.max_bytes:,}"
                )
            sha = _sha256(f.path)
        except errors.ScreenerError as exc:
            results[i] = exc
            _tick(progress, f)
            continue
        except FileNotFoundError:
            results[i] = errors.PathNotFound("no such file or folder")
            _tick(progress, f)
            continue
        except PermissionError:
            results[i] = errors.UnreadableFile(
                "cannot open the file: permission denied", hint="Check the file's permissions"
            )
            _tick(progress, f)
            continue
        except OSError as exc:
            results[i] = errors.UnreadableFile(f"cannot open the file: {exc.strerror}")
            _tick(progress, f)
            continue
        key = _cache_key(sha, f.path, options)
        hit = cache.get(key, str(f.path)) if cache else None
        if isinstance(hit, ParsedDocument):
            hit = dataclasses.replace(hit, sha256=sha)
        if hit is not None:
            results[i] = hit
            _tick(progress, f)
        else:
            todo.setdefault(key, []).append(i)

    def done(key: str, outcome: ParsedDocument | BaseException) -> None:
        if cache:
            cache.put(key, outcome)
        for i in todo[key]:
            if isinstance(outcome, ParsedDocument):
                outcome = dataclasses.replace(outcome, path=str(files[i].path))
            results[i] = outcome
            _tick(progress, files[i])

    if options.jobs <= 0:
        for key, (i, *_same) in todo.items():
            try:
                done(key, _parse(files[i].path, options.limits, options.ocr))
            except Exception as exc:  # the boundary: every failure becomes a row
                done(key, exc)
    elif todo:
        with ProcessPool(
            max_workers=min(options.jobs, len(todo)),
            initializer=_limit_memory,
            initargs=(options.max_memory_mb,),
        ) as pool:
            futures: dict[concurrent.futures.Future[ParsedDocument], str] = {
                pool.schedule(
                    _parse_in_worker,
                    args=(str(files[indices[0]].path), options.limits, options.ocr),
                    timeout=options.timeout,
                ): key
                for key, indices in todo.items()
            }
            for future in concurrent.futures.as_completed(futures):
                key = futures[future]
                try:
                    done(key, future.result())
                except concurrent.futures.TimeoutError:
                    done(
                        key,
                        errors.ParseTimeout(f"no result within the {options.timeout:g} s limit"),
                    )
                except ProcessExpired as exc:
                    done(
                        key,
                        errors.ParseCrashed(f"the parser process died (exit code {exc.exitcode})"),
                    )
                except Exception as exc:  # the boundary: every failure becomes a row
                    done(key, exc)
    return [(f, results[i]) for i, f in enumerate(files)]


def _cache_key(sha: str, path: Path, options: BatchOptions) -> str:
    """The key of a file's parse: its bytes and its suffix, since the outcome depends on the
    name too (``sniff_format``: text named ``.pdf`` is ``CorruptFile``, named ``.txt`` it is
    read). Entries of OCR runs are kept apart: a scan is ``NoTextLayer`` without OCR."""
    suffix = path.suffix.lower()
    return hashlib.sha256(f"{sha}:{suffix}:{'ocr' if options.ocr else ''}".encode()).hexdigest()


def _tick(progress: ProgressCallback | None, f: InputFile) -> None:
    if progress is not None:
        progress(f.display)


def read_resumes(
    paths: Iterable[str | os.PathLike[str]],
    options: BatchOptions | None = None,
    progress: ProgressCallback | None = None,
    nlp: Language | None = None,
) -> BatchResult:
    """Parse and extract every résumé under ``paths``; failures become error rows."""
    options = options or BatchOptions()
    files = discover(paths)
    if not any(f.supported for f in files):
        raise errors.NoInputFiles("no .pdf, .docx or .txt file found")
    nlp = nlp or build_nlp(options.taxonomy)
    resumes: list[Resume] = []
    failures: list[FileError] = []
    for f, outcome in parse_files(files, options, progress):
        if isinstance(outcome, BaseException):
            failures.append(_error(f.display, outcome))
            continue
        try:
            resumes.append(
                extract_resume(outcome.text, source=f.display, nlp=nlp, as_of=options.as_of)
            )
        except Exception as exc:  # never lose a file: report it
            log.error(
                "extraction failed on input #%d: %s",
                len(resumes) + len(failures),
                type(exc).__name__,
            )
            failures.append(
                FileError(
                    f.display,
                    errors.ExtractionFailed.__name__,
                    f"{type(exc).__name__}. {errors.ExtractionFailed.hint}",
                )
            )
    log.info("read %d files: %d résumés, %d errors", len(files), len(resumes), len(failures))
    return BatchResult(tuple(resumes), tuple(failures))

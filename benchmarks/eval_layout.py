"""Layout robustness on real résumé files: every file parses (or fails with a named error),
and the text read from it has the structure the extractor needs.

Run with `make eval` (or `python benchmarks/eval_layout.py`). Skips cleanly when
../shared/eval is absent. Corpora:

- ``kaggle_resume_pdfs`` (240 real PDFs, 24 job categories);
- ``ml_jd_scored_resumes`` (150 designed-template PDFs, plus the JD PDF);
- ``vanetik_vacancy_ranking/CV`` (65 real DOCX CVs).

Files are parsed by the batch pipeline (worker processes, time and memory limits), then
extracted in this process. Per corpus it prints: files, parsed, named errors by kind,
*unexpected* exceptions (a bug: any exception that is not one of ``screener.errors``),
the empty-text rate (no text layer, empty, or under 200 characters of text), the share of
parsed résumés in which an Experience section was found, and in which dated roles and a
name were found, plus layout residue left in the text (letter-spaced headings, ligatures,
``(cid:N)`` glyphs, words broken by a hyphen at a line end) and timings.

Name accuracy on the last two corpora: ``name_judgements.csv`` holds, for each of their
215 files, the candidate's name as written (judged by reading the text, by a helper
session at 8deca34) stored only as a hash (``name_sha256``: the first 16 hex digits of
the SHA-256 of the lower-cased name, spaces collapsed; ``none`` where the file carries
no name), a flag for names given only in prose ("my name is Maria") and a note on the
layout. ``name ok`` is exact-match accuracy over the files with a name (borderline ones
left out), ``false`` the share of nameless files given a name. These files guided the
name rules of the commit after 8deca34 (letter-spaced names, names over two lines,
places, skills lines), so the figures are development figures, not a measurement; the
measurement is the dotin test split (``eval_extraction.py``).
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import hashlib
import re
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
CORPORA = {
    "kaggle_resume_pdfs": EVAL / "kaggle_resume_pdfs",
    "ml_jd_scored_resumes": EVAL / "ml_jd_scored_resumes",
    "vanetik_cv_docx": EVAL / "vanetik_vacancy_ranking" / "CV",
}
JUDGED = Path(__file__).with_name("name_judgements.csv")
AS_OF = dt.date(2026, 11, 1)
MIN_CHARS = 200

#: Residue that a clean parse should not leave behind.
RESIDUE = {
    "letter-spaced": re.compile(r"^\s*(?:[A-Z] ){4,}[A-Z]\s*$", re.MULTILINE),
    "ligature": re.compile("[\ufb00-\ufb06]"),
    "cid glyph": re.compile(r"\(cid:\d+\)"),
    "hyphen break": re.compile(r"[a-z]-\n[a-z]"),
    "mojibake": re.compile("Â(?=\\s)|â€"),
}


@dataclass
class CorpusReport:
    name: str
    files: int = 0
    parsed: int = 0
    errors: collections.Counter[str] = field(default_factory=collections.Counter)
    unexpected: list[str] = field(default_factory=list)
    empty: int = 0
    experience: int = 0
    roles: int = 0
    named: int = 0
    name_ok: int = 0
    name_n: int = 0
    false_name: int = 0
    nameless: int = 0
    residue: collections.Counter[str] = field(default_factory=collections.Counter)
    parse_s: float = 0.0
    extract_ms: list[float] = field(default_factory=list)


def name_hash(name: str) -> str:
    return hashlib.sha256(" ".join(name.lower().split()).encode()).hexdigest()[:16]


def load_judgements() -> dict[Path, dict[str, str]]:
    """Name judgements by absolute file path (empty when the file is missing)."""
    if not JUDGED.is_file():
        return {}
    with JUDGED.open(encoding="utf-8", newline="") as f:
        return {(EVAL / row["file"]).resolve(): row for row in csv.DictReader(f)}


def judge_name(report: CorpusReport, predicted: str, row: dict[str, str] | None) -> None:
    if row is None or row["borderline"]:
        return
    if row["name_sha256"] == "none":
        report.nameless += 1
        report.false_name += bool(predicted)
    else:
        report.name_n += 1
        report.name_ok += name_hash(predicted) == row["name_sha256"]


def run_corpus(name: str, folder: Path, jobs: int, cache: Path | None) -> CorpusReport:
    from screener import errors
    from screener.extract.nlp import build_nlp
    from screener.extract.resume import extract_resume
    from screener.pipeline import BatchOptions, discover, parse_files
    from screener.records import ParsedDocument

    files = discover([folder])
    report = CorpusReport(name=name, files=len(files))
    options = BatchOptions(jobs=jobs, timeout=120.0, cache_dir=cache)
    t0 = time.perf_counter()
    outcomes = parse_files(files, options)
    report.parse_s = time.perf_counter() - t0
    nlp = build_nlp()
    judged = load_judgements()
    for f, outcome in outcomes:
        if isinstance(outcome, ParsedDocument):
            report.parsed += 1
            text = outcome.text
            if len(text.strip()) < MIN_CHARS:
                report.empty += 1
            for kind, pattern in RESIDUE.items():
                report.residue[kind] += len(pattern.findall(text))
            t1 = time.perf_counter()
            try:
                r = extract_resume(text, source=f.display, nlp=nlp, as_of=AS_OF)
            except Exception as exc:  # counted and shown: this is what we look for
                report.unexpected.append(f"{f.display}: extract {type(exc).__name__}: {exc}")
                continue
            report.extract_ms.append(1000 * (time.perf_counter() - t1))
            report.experience += any(s.name == "experience" for s in r.sections)
            report.roles += bool(r.roles)
            report.named += bool(r.name)
            judge_name(report, r.name, judged.get(Path(f.path).resolve()))
        elif isinstance(outcome, errors.ScreenerError):
            report.errors[type(outcome).__name__] += 1
            if isinstance(outcome, (errors.NoTextLayer, errors.EmptyDocument)):
                report.empty += 1
        else:
            report.unexpected.append(f"{f.display}: parse {type(outcome).__name__}: {outcome}")
    return report


def share(n: int, d: int) -> str:
    return f"{n / d:.3f}" if d else "-"


def print_report(reports: Sequence[CorpusReport]) -> None:
    head = (
        f"{'corpus':<22} {'files':>5} {'parsed':>6} {'errors':>6} {'unexp':>5} {'empty':>6} "
        f"{'exp sec':>7} {'roles':>6} {'name':>6} {'parse s':>8} {'extr ms':>7}"
    )
    print(head)
    for r in reports:
        n_err = sum(r.errors.values())
        ms = sorted(r.extract_ms)
        med = ms[len(ms) // 2] if ms else 0.0
        print(
            f"{r.name:<22} {r.files:>5} {r.parsed:>6} {n_err:>6} {len(r.unexpected):>5} "
            f"{share(r.empty, r.files):>6} {share(r.experience, r.parsed):>7} "
            f"{share(r.roles, r.parsed):>6} {share(r.named, r.parsed):>6} "
            f"{r.parse_s:>8.1f} {med:>7.1f}"
        )
    print(
        "(empty: share of files with no text layer, empty, or < 200 chars; exp sec / roles /"
        " name: share of parsed files with an Experience section / dated roles / a name;"
        " extr ms: median extraction time)"
    )
    for r in reports:
        if r.errors:
            print(f"{r.name} named errors: " + ", ".join(f"{k} {v}" for k, v in r.errors.items()))
        print(f"{r.name} layout residue: " + ", ".join(f"{k} {r.residue[k]}" for k in RESIDUE))
        if r.name_n or r.nameless:
            print(
                f"{r.name} names (development set, name_judgements.csv): name ok "
                f"{r.name_ok}/{r.name_n} = {share(r.name_ok, r.name_n)}, false "
                f"{r.false_name}/{r.nameless} = {share(r.false_name, r.nameless)}"
            )
        for line in r.unexpected[:10]:
            print(f"  UNEXPECTED {line}")
    total_unexpected = sum(len(r.unexpected) for r in reports)
    verdict = "pass" if total_unexpected == 0 else "FAIL"
    print(f"\nno unexpected exception across {sum(r.files for r in reports)} files: {verdict}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=0, help="worker processes (0: all cores)")
    ap.add_argument(
        "--cache", type=Path, default=None, help="parse cache folder (default: a fresh one)"
    )
    ap.add_argument("--corpus", choices=sorted(CORPORA), action="append", help="only these")
    args = ap.parse_args(argv)
    if not EVAL.is_dir():
        print(f"{EVAL} not found: skipping the layout evaluation")
        return 0
    sys.path.insert(0, str(ROOT))
    import logging
    import os

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings from real PDFs

    jobs = args.jobs or os.cpu_count() or 1
    chosen = args.corpus or list(CORPORA)
    reports = []
    with tempfile.TemporaryDirectory() as tmp:
        cache = args.cache or Path(tmp)
        for name in chosen:
            folder = CORPORA[name]
            if not folder.is_dir():
                print(f"{folder} not found: skipped")
                continue
            reports.append(run_corpus(name, folder, jobs, cache))
    print_report(reports)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""JD-parser robustness on real job descriptions (LinkedIn 2024 and Monster postings).

Run with `make bench` (or `.venv/bin/python benchmarks/bench_jd.py [--show N]`). Skips cleanly
when ../shared/eval is absent. For every JD, :func:`screener.jd.parse_jd` must either return
requirements or raise :class:`~screener.errors.InvalidJobDescription` (counted as "no required
items", not as an exception). Reports per corpus: exceptions (must be 0), the share of JDs
yielding at least one required item (target ≥ 90%), the median number of items per JD and the
milliseconds per JD (single process, pipeline built once).

Rules were developed looking only at the "dev" half of each corpus (even rows); the "test"
half (odd rows) is reported separately as the held-out figure.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
import traceback
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT))

from screener.errors import InvalidJobDescription  # noqa: E402
from screener.extract.nlp import build_nlp  # noqa: E402
from screener.jd import parse_jd  # noqa: E402

csv.field_size_limit(10_000_000)


def linkedin() -> Iterator[tuple[str, str]]:
    with open(EVAL / "linkedin_jds" / "job_descriptions.csv", encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            yield f"linkedin:{i}:{row['job_description_id']}", row["job_description"]


def monster() -> Iterator[tuple[str, str]]:
    with open(EVAL / "monster_jobs" / "jobs_sample.csv", encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            # the posting's title is a separate column: put it first, as a JD file would
            yield f"monster:{i}:{i}", f"{row['job_title']}\n{row['job_description']}"


@dataclass(frozen=True, slots=True)
class Result:
    key: str
    items: int
    required: int
    seconds: float
    kinds: tuple[str, ...] = ()
    exception: str = ""


def run_one(key: str, text: str, nlp: Language) -> Result:
    t0 = time.perf_counter()
    try:
        jd = parse_jd(text, nlp=nlp)
    except InvalidJobDescription:
        return Result(key, 0, 0, time.perf_counter() - t0)
    except Exception as exc:  # the benchmark counts every unexpected exception
        elapsed = time.perf_counter() - t0
        print(f"{key}: {type(exc).__name__}: {exc}", file=sys.stderr)
        traceback.print_exc(limit=3)
        return Result(key, 0, 0, elapsed, exception=type(exc).__name__)
    return Result(
        key,
        len(jd.requirements),
        len(jd.required),
        time.perf_counter() - t0,
        tuple(r.kind for r in jd.requirements),
    )


def report(label: str, results: Sequence[Result]) -> None:
    n = len(results)
    n_exc = sum(1 for r in results if r.exception)
    n_req = sum(1 for r in results if r.required)
    items = [r.items for r in results]
    required = [r.required for r in results]
    ms = 1000 * sum(r.seconds for r in results) / n
    print(
        f"{label:<18} JDs {n:5d}  exceptions {n_exc:2d}  with required items {n_req:5d} "
        f"({n_req / n:6.1%})  median items {statistics.median(items):4.1f}  "
        f"median required {statistics.median(required):4.1f}  ms/JD {ms:5.1f}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--show", type=int, default=0, help="print N JDs without required items")
    args = ap.parse_args()
    if not EVAL.is_dir():
        print("../shared/eval not found: skipping JD benchmark")
        return 0
    nlp = build_nlp()
    parse_jd("Python Developer\nRequirements:\n- 3+ years of Python\n", nlp=nlp)  # warm up
    failures = 0
    totals: list[Result] = []
    for corpus, rows in (("linkedin_jds", linkedin), ("monster_jobs", monster)):
        results = [run_one(key, text, nlp) for key, text in rows()]
        totals += results
        for split, part in (("all", results), ("dev", results[::2]), ("test", results[1::2])):
            report(f"{corpus}/{split}", part)
        kinds: Counter[str] = Counter()
        for r in results:
            kinds.update(r.kinds)
        print(f"{'':<18} kinds: {dict(sorted(kinds.items()))}")
        failures += sum(1 for r in results if r.exception)
        if args.show:
            empty = [r.key for r in results[::2] if not r.required and not r.exception]
            print(f"{'':<18} dev JDs with no required item: {', '.join(empty[: args.show])}")
    report("both/all", totals)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

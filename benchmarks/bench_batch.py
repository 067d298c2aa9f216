"""Batch benchmark: `screener score` on real PDFs, cold then cached, and on hostile PDFs.

Run with `make bench`. Skips cleanly when ../shared/eval is absent.
Prints wall times and the counts scored / failed, and checks every input got a row.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
JD = ROOT / "data" / "jd" / "python-developer.txt"
SCREENER = Path(sys.executable).with_name("screener")


def count_rows(path: Path) -> int:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return sum(1 for _ in csv.DictReader(fh))


def run(label: str, inputs: Path, cache: Path, out: Path, *extra: str) -> tuple[float, int, int]:
    cmd = [
        str(SCREENER),
        "score",
        str(JD),
        str(inputs),
        "-o",
        str(out),
        "--cache",
        str(cache),
        "--as-of",
        "2026-11-01",
        "--top",
        "0",
        *extra,
    ]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    scored = count_rows(out)
    failed = count_rows(out.with_name(f"{out.stem}.errors.csv"))
    print(f"{label:<28} wall_s {wall:8.1f}  scored {scored:4d}  failed {failed:4d}")
    return wall, scored, failed


def main() -> int:
    if not EVAL.is_dir():
        print("../shared/eval not found: skipping batch benchmarks")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        kaggle = EVAL / "kaggle_resume_pdfs"
        n_kaggle = sum(1 for _ in kaggle.rglob("*.pdf"))
        cold = run(f"kaggle {n_kaggle} PDFs, cold", kaggle, work / "c1", work / "k.csv")
        warm = run(f"kaggle {n_kaggle} PDFs, cached", kaggle, work / "c1", work / "k.csv")
        assert cold[1] + cold[2] == n_kaggle == warm[1] + warm[2], "a file went missing"
        print(f"cached/cold wall ratio {warm[0] / cold[0]:.3f}")
        hostile = EVAL / "hostile_pdfs"
        n_hostile = sum(1 for _ in hostile.glob("*.pdf"))
        h = run(
            f"hostile {n_hostile} PDFs", hostile, work / "c2", work / "h.csv", "--timeout", "20"
        )
        assert h[1] + h[2] == n_hostile, "a hostile file went missing"
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

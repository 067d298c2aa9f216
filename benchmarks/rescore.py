"""Re-ranking benchmark: a synthetic screening of 100,000 and 1,000,000 candidates × 40
requirements (feature arrays drawn at random, no résumés, with the optional semantic
similarity column too), re-ranked 20 times under changed weights (every knob moves, recency
and the semantic share included), top 10 by ``np.argpartition`` and the report rows of
those 10 built.

Prints ``rescore_100k_ms <median>`` and ``rescore_1m_ms <median>`` (targets on 2 cores:
< 20 ms and < 200 ms), plus the one-off build time. Run with ``make bench``.
"""

from __future__ import annotations

import dataclasses
import statistics
import sys
import time

import numpy as np

from screener.screening import Screening
from screener.synthetic import synthetic_features, synthetic_jd
from screener.weights import Weights

REPEATS = 20
TOP_K = 10


def changed_weights(rng: np.random.Generator) -> Weights:
    """Every knob of the defaults moved at random (factors kept in [0, 1]); the text share is
    split between TF-IDF and semantic similarity so that both columns are priced."""
    base = dataclasses.replace(Weights(), text_similarity=0.25, semantic_similarity=0.25)
    values = {}
    for f in dataclasses.fields(base):
        v = getattr(base, f.name)
        if isinstance(v, bool):
            continue
        moved = v * rng.uniform(0.5, 1.5)
        values[f.name] = (
            moved
            if f.name
            in (
                "required",
                "preferred",
                "skill",
                "experience",
                "education",
                "certification",
                "soft",
                "recency_half_life",
            )
            else min(moved, 1.0)
        )
    return dataclasses.replace(base, **values)


def bench(n: int, label: str) -> float:
    t0 = time.perf_counter()
    jd = synthetic_jd(40, seed=1)
    features = synthetic_features(jd, n, seed=1)
    semantic = np.random.default_rng(2).beta(5.0, 3.0, n)
    screening = Screening.from_features(jd, dataclasses.replace(features, semantic=semantic))
    build = time.perf_counter() - t0
    rng = np.random.default_rng(7)
    screening.rank(changed_weights(rng), top_k=TOP_K)  # warm-up
    times = []
    for _ in range(REPEATS):
        w = changed_weights(rng)
        t = time.perf_counter()
        top = screening.rank(w, top_k=TOP_K)
        times.append((time.perf_counter() - t) * 1000)
        if len(top) != TOP_K:
            raise SystemExit(f"expected {TOP_K} rows, got {len(top)}")
    med = statistics.median(times)
    nnz = screening.design_.matrix.nnz
    print(
        f"# {label}: {n:,} candidates x {len(screening.requirements)} requirements, "
        f"design {screening.design_.matrix.shape[1]} columns / {nnz:,} non-zeros, "
        f"built once in {build:.1f} s; re-rank min {min(times):.1f} max {max(times):.1f} ms",
        file=sys.stderr,
    )
    print(f"rescore_{label}_ms {med:.1f}", flush=True)
    return med


def main() -> int:
    bench(100_000, "100k")
    bench(1_000_000, "1m")
    return 0


if __name__ == "__main__":
    sys.exit(main())

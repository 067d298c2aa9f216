"""Screenings: re-ranking paths agree, Parquet round trip, top-k, synthetic screenings."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import screener
from screener.errors import InvalidScreening
from screener.pipeline import BatchOptions, read_resumes
from screener.records import JobDescription
from screener.screening import Screening, jd_from_dict, jd_to_dict
from screener.synthetic import synthetic_screening

DATA = Path(__file__).resolve().parents[1] / "data"
AS_OF = dt.date(2026, 11, 1)


@pytest.fixture(scope="module")
def sample(canonical_jd: JobDescription) -> Screening:
    batch = read_resumes([DATA / "resumes"], BatchOptions(jobs=2, as_of=AS_OF))
    return Screening(canonical_jd, batch.resumes, as_of=AS_OF)


CHANGED = [
    screener.Weights(),
    dataclasses.replace(screener.Weights(), listed_only=0.3, text_similarity=0.4),
    dataclasses.replace(screener.Weights(), required=1.0, experience=3.0, recency_half_life=0.0),
    dataclasses.replace(screener.Weights(), knockout=True, one_level_below=1.0),
]


def test_parquet_round_trip_ranks_identically(sample: Screening, tmp_path: Path) -> None:
    path = tmp_path / "screening.parquet"
    sample.save(path)
    loaded = Screening.load(path)
    assert loaded.resumes == ()  # no résumé text needed (nor stored)
    assert loaded.jd == sample.jd
    assert loaded.as_of == sample.as_of
    assert loaded.features_.skills == sample.features_.skills
    for w in CHANGED:
        pd.testing.assert_frame_equal(loaded.rank(w), sample.rank(w))
        pd.testing.assert_frame_equal(loaded.rank(w, top_k=5), sample.rank(w, top_k=5))
        np.testing.assert_array_equal(loaded.satisfaction(w)[1], sample.satisfaction(w)[1])
    text = path.read_bytes()
    for resume in sample.resumes:  # the file keeps report columns, not résumé text
        body = resume.text.strip().splitlines()[-1].encode()
        if len(body) > 30:
            assert body not in text


def test_top_k_rows_equal_the_head_of_the_full_ranking(sample: Screening) -> None:
    for w in CHANGED:
        full = sample.rank(w)
        for k in (1, 3, 10, sample.n_candidates + 5):
            pd.testing.assert_frame_equal(sample.rank(w, top_k=k), full.head(k))


def test_rank_has_the_report_columns_and_stays_in_range(sample: Screening) -> None:
    df = sample.rank()
    assert list(df.columns) == list(screener.screening.COLUMNS)
    assert list(df["rank"]) == list(range(1, len(df) + 1))
    assert df["score"].between(0, 100).all()
    assert df["score"].is_monotonic_decreasing
    assert (df["required_met"] <= df["required_total"]).all()


def test_jd_json_round_trip(canonical_jd: JobDescription) -> None:
    import json

    assert jd_from_dict(json.loads(json.dumps(jd_to_dict(canonical_jd)))) == canonical_jd


def test_loading_a_foreign_or_broken_file_is_a_named_error(tmp_path: Path) -> None:
    plain = tmp_path / "plain.parquet"
    pd.DataFrame({"a": [1, 2]}).to_parquet(plain)
    with pytest.raises(InvalidScreening):
        Screening.load(plain)
    junk = tmp_path / "junk.parquet"
    junk.write_bytes(b"not parquet")
    with pytest.raises(InvalidScreening):
        Screening.load(junk)
    with pytest.raises(InvalidScreening):
        Screening.load(tmp_path / "missing.parquet")


def test_synthetic_screening_from_features(tmp_path: Path) -> None:
    s = synthetic_screening(2_000, 40, seed=3)
    w = dataclasses.replace(screener.Weights(), listed_only=0.4, recency_half_life=3.0)
    top = s.rank(w, top_k=10)
    assert len(top) == 10 and top["score"].is_monotonic_decreasing
    full = s.scores(w)
    assert top["score"].iloc[0] == full.max()
    s.save(tmp_path / "syn.parquet")
    pd.testing.assert_frame_equal(Screening.load(tmp_path / "syn.parquet").rank(w, top_k=10), top)


def test_cli_screen_then_fit_weights(tmp_path: Path) -> None:
    import csv

    from typer.testing import CliRunner

    from screener.cli import app

    runner = CliRunner()
    parquet = tmp_path / "s.parquet"
    jd = DATA / "jd" / "python-developer.txt"
    result = runner.invoke(
        app,
        [
            *("screen", str(jd), str(DATA / "resumes"), "-o", str(parquet)),
            *("--no-cache", "--as-of", "2026-11-01", "--jobs", "2"),
        ],
    )
    assert result.exit_code == 0, result.output
    loaded = Screening.load(parquet)
    assert loaded.n_candidates == 29  # 33 files, 4 unreadable
    # the sample manifest's intended fits are graded labels (strong 3 … other 0)
    grade = {"strong": "3", "medium": "2", "weak": "1", "other": "0"}
    with open(DATA / "resumes" / "MANIFEST.csv", encoding="utf-8", newline="") as fh:
        rows = [(r["file"], grade[r["fit"]]) for r in csv.DictReader(fh) if r["fit"] in grade]
    labels = tmp_path / "labels.csv"
    with open(labels, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([("candidate", "fit"), *rows])
    out = tmp_path / "fitted.toml"
    result = runner.invoke(
        app,
        [
            "fit-weights",
            str(parquet),
            str(labels),
            "-o",
            str(out),
            "--folds",
            "3",
            "--repeats",
            "1",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "29 labelled candidates (graded)" in result.output
    assert "fitted (cross-val.)" in result.output
    fitted = screener.load_weights(out)
    assert all(
        getattr(fitted, f.name) >= 0 for f in dataclasses.fields(fitted) if f.name != "knockout"
    )
    # yes/no decisions work too; a label file matching nobody is a named error
    with open(labels, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(
            [("file", "shortlisted"), *((f, "yes" if g == "3" else "no") for f, g in rows)]
        )
    result = runner.invoke(
        app, ["fit-weights", str(parquet), str(labels), "-o", str(out), "--repeats", "1"]
    )
    assert result.exit_code == 0, result.output
    assert "(yes/no)" in result.output
    labels.write_text("file,score\nnobody.pdf,3\n", encoding="utf-8")
    result = runner.invoke(app, ["fit-weights", str(parquet), str(labels), "-o", str(out)])
    assert result.exit_code == 1 and "InvalidLabels" not in result.output
    assert "labelled candidates match" in result.output


def test_fit_weights_learns_a_semantic_share_when_the_screening_has_one() -> None:
    from screener.fit import Labels, fit_weights

    base = synthetic_screening(300, n_requirements=12, seed=3)
    rng = np.random.default_rng(3)
    semantic = rng.random(base.n_candidates)
    features = dataclasses.replace(base.features_, semantic=semantic)
    s = Screening.from_features(base.jd, features)
    # labels that follow the semantic feature only: the fit gives it most of the score
    labels = Labels(rows=np.arange(s.n_candidates), values=100 * semantic, graded=True)
    fitted = fit_weights(s, labels)
    assert fitted.semantic_similarity > 0.5
    assert fitted.text_similarity + fitted.semantic_similarity <= 1
    # without the feature, no semantic share is fitted
    plain = fit_weights(base, labels)
    assert plain.semantic_similarity == 0.0

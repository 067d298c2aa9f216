"""Optional semantic similarity (the ``embed`` extra): chunking, the blend, persistence,
and the model itself when the extra is installed (those tests skip without it)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

import screener
from screener import embed
from screener.cli import app
from screener.embed import chunk_text, semantic_similarity, word_count
from screener.errors import EmbeddingUnavailable, InvalidWeights
from screener.records import JobDescription
from screener.score import requirement_weights, scores
from screener.screening import Screening
from screener.synthetic import synthetic_features, synthetic_jd
from screener.weights import Weights

DATA = Path(__file__).resolve().parents[1] / "data"
AS_OF = dt.date(2026, 11, 1)
SEMANTIC = dataclasses.replace(Weights(), text_similarity=0.25, semantic_similarity=0.25)

QUERY = (
    "Python Developer\nBuild web applications with Django and REST APIs, "
    "design PostgreSQL schemas and write unit tests."
)
RELATED = (
    "Backend engineer\nDeveloped Django services exposing REST endpoints, "
    "modelled data in PostgreSQL, tested with pytest."
)
UNRELATED = "Pastry chef\nBaked croissants and sourdough bread for a busy seaside bakery."


@pytest.fixture(scope="module")
def extra() -> None:
    """Skip unless the ``embed`` extra is installed (the model loads once per process)."""
    pytest.importorskip("sentence_transformers")
    pytest.importorskip(embed.MODEL_PACKAGE)


# ---------------------------------------------------------------- without the model


def test_chunks_pack_whole_paragraphs_under_the_window() -> None:
    text = "a b c\nd e\n\n f g h i \n\n\nj k l m n o p\n\nq"
    chunks = chunk_text(text, 6, word_count)
    assert chunks == ["a b c\nd e", "f g h i", "j k l m", "n o p", "q"]
    assert all(len(c.split()) <= 6 for c in chunks)
    assert " ".join(" ".join(chunks).split()) == " ".join(text.split())  # nothing lost
    assert chunk_text("", 10) == [] and chunk_text(" \n\n \n", 10) == []


def test_chunk_packing_in_detail() -> None:
    # paragraphs packed while they fit; a long paragraph line by line; a long line cut
    para = "\n".join(["one two three"] * 3)  # 9 words
    long_line = " ".join(f"w{i}" for i in range(25))  # 25 words, window 10 -> 3 runs
    chunks = chunk_text(f"x y\n\nz\n\n{para}\n\n{long_line}", 10, word_count)
    assert chunks[0] == "x y\nz"
    assert chunks[1] == para
    assert [len(c.split()) for c in chunks[2:]] == [9, 9, 7]
    assert all(len(c.split()) <= 10 for c in chunks)
    with pytest.raises(ValueError):
        chunk_text("a", 0)


def test_weights_validate_the_semantic_share() -> None:
    assert Weights().semantic_similarity == 0.0  # off by default
    assert SEMANTIC.text_similarity + SEMANTIC.semantic_similarity == 0.5
    dataclasses.replace(Weights(), text_similarity=0.7, semantic_similarity=0.3)
    for bad in ({"semantic_similarity": 1.5}, {"semantic_similarity": -0.1}):
        with pytest.raises(InvalidWeights):
            dataclasses.replace(Weights(), **bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidWeights, match="at most 1"):
        dataclasses.replace(Weights(), text_similarity=0.8, semantic_similarity=0.3)


def _synthetic(n: int = 60, *, semantic: bool) -> Screening:
    jd = synthetic_jd(12, seed=3)
    feats = synthetic_features(jd, n, seed=3)
    if semantic:
        rng = np.random.default_rng(5)
        feats = dataclasses.replace(feats, semantic=rng.random(n))
    return Screening.from_features(jd, feats)


def test_a_semantic_share_without_the_feature_is_a_named_error() -> None:
    s = _synthetic(semantic=False)
    assert s.features_.semantic is None and not s.design_.has_semantic
    s.rank(Weights())  # share 0: unchanged behaviour
    with pytest.raises(InvalidWeights, match="semantic") as info:
        s.rank(SEMANTIC)
    assert "--semantic" in info.value.hint
    w = np.ones(1)
    with pytest.raises(InvalidWeights):
        scores(np.ones((2, 1)), np.ones(2), w, SEMANTIC)


def test_semantic_column_is_priced_like_the_reference_blend() -> None:
    s = _synthetic(semantic=True)
    sem = s.features_.semantic
    assert sem is not None and s.design_.has_semantic
    for w in (Weights(), SEMANTIC, dataclasses.replace(SEMANTIC, semantic_similarity=0.75)):
        _met, weighted = s.satisfaction(w)
        req_w = requirement_weights(s.requirements, w)
        want = scores(weighted, s.features_.similarity, req_w, w, sem)
        np.testing.assert_allclose(s.scores(w), want, atol=0.011)
    # with share 0 the column changes nothing
    plain = Screening.from_features(s.jd, dataclasses.replace(s.features_, semantic=None))
    np.testing.assert_array_equal(plain.scores(Weights()), s.scores(Weights()))
    # all of the score from meaning: the ranking follows the semantic column
    only = dataclasses.replace(Weights(), text_similarity=0.0, semantic_similarity=1.0)
    np.testing.assert_allclose(s.design_.raw_scores(only), 100 * sem, atol=1e-9)


def test_parquet_round_trips_the_semantic_column(tmp_path: Path) -> None:
    s = _synthetic(semantic=True)
    s.save(tmp_path / "s.parquet")
    loaded = Screening.load(tmp_path / "s.parquet")
    assert loaded.features_.semantic is not None and s.features_.semantic is not None
    np.testing.assert_array_equal(loaded.features_.semantic, s.features_.semantic)
    for w in (Weights(), SEMANTIC):
        pd.testing.assert_frame_equal(loaded.rank(w), s.rank(w))
    plain = _synthetic(semantic=False)
    plain.save(tmp_path / "p.parquet")
    assert Screening.load(tmp_path / "p.parquet").features_.semantic is None


def test_missing_extra_raises_a_named_error_with_the_install_hint(
    monkeypatch: pytest.MonkeyPatch, canonical_jd: JobDescription
) -> None:
    monkeypatch.setattr(embed, "_model", None)  # restored after the test
    monkeypatch.setitem(sys.modules, embed.MODEL_PACKAGE, None)  # import fails
    with pytest.raises(EmbeddingUnavailable) as info:
        semantic_similarity("python", ["django"])
    assert "pip install 'screener[embed]'" in info.value.hint
    resume = screener.extract_resume("Jane Doe\nSkills\nPython, Django", source="a.txt")
    with pytest.raises(EmbeddingUnavailable):
        screener.screen(canonical_jd, [resume], semantic=True)
    # without the feature everything works as before
    assert len(screener.screen(canonical_jd, [resume]).rank()) == 1


def test_cli_stops_before_parsing_when_semantic_cannot_be_served(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    weights = tmp_path / "w.toml"
    weights.write_text("[blend]\ntext_similarity = 0.25\nsemantic_similarity = 0.25\n")
    args = ["score", str(DATA / "jd" / "python-developer.txt"), str(DATA / "resumes")]
    out = tmp_path / "r.csv"
    result = CliRunner().invoke(app, [*args, "-o", str(out), "--weights", str(weights)])
    assert result.exit_code == 1 and "semantic" in result.output and "--semantic" in result.output
    assert not out.exists()
    monkeypatch.setitem(sys.modules, embed.MODEL_PACKAGE, None)  # the extra is missing
    for cmd in ("score", "screen"):
        result = CliRunner().invoke(app, [cmd, *args[1:], "-o", str(out), "--semantic"])
        assert result.exit_code == 1, result.output
        assert "pip install 'screener[embed]'" in " ".join(result.output.split())
    assert not out.exists()


# ---------------------------------------------------------------- with the model


def test_semantic_similarity_in_range_and_meaningful(extra: None) -> None:
    sim = semantic_similarity(QUERY, [RELATED, UNRELATED, "", "   \n\n "])
    assert sim.shape == (4,) and sim.dtype == np.float64
    assert np.all((sim >= 0) & (sim <= 1))
    assert sim[0] > sim[1] + 0.2  # a related résumé above an unrelated one
    assert sim[2] == sim[3] == 0.0  # no text, no similarity
    assert semantic_similarity(QUERY, []).shape == (0,)
    assert semantic_similarity("", [RELATED]).tolist() == [0.0]


def test_semantic_similarity_is_order_invariant_and_per_document(extra: None) -> None:
    docs = [RELATED, UNRELATED, "Java developer; some Python scripts", QUERY]
    a = semantic_similarity(QUERY, docs)
    order = [2, 0, 3, 1]
    b = semantic_similarity(QUERY, [docs[i] for i in order])
    np.testing.assert_allclose(a[order], b, atol=1e-5)
    alone = semantic_similarity(QUERY, [docs[0]])  # does not depend on the others
    np.testing.assert_allclose(alone[0], a[0], atol=1e-5)
    assert a[3] == pytest.approx(1.0, abs=1e-5)  # the query itself


def test_long_resume_scores_by_its_closest_chunk(extra: None) -> None:
    # far beyond the 256-token window: the related part at the end still counts
    filler = "\n\n".join(UNRELATED for _ in range(40))
    related = "\n".join([RELATED] * 3)  # one paragraph that fills most of a chunk
    sim = semantic_similarity(QUERY, [f"{filler}\n\n{related}\n\n{filler}", filler])
    assert sim[0] > sim[1] + 0.2


def test_screening_with_semantic_feature_ranks_and_round_trips(
    extra: None, canonical_jd: JobDescription, tmp_path: Path
) -> None:
    resumes = screener.read_resumes(
        [DATA / "resumes"], screener.BatchOptions(jobs=2, as_of=AS_OF)
    ).resumes
    s = screener.screen(canonical_jd, resumes, as_of=AS_OF, semantic=True)
    sem = s.features_.semantic
    assert sem is not None and sem.shape == (len(resumes),)
    assert sem.max() == pytest.approx(1.0) and sem.min() >= 0  # relative to the closest
    default = s.rank(Weights())
    plain = Screening(canonical_jd, resumes, as_of=AS_OF)
    pd.testing.assert_frame_equal(default, plain.rank(Weights()))  # share 0: as before
    ranked = s.rank(SEMANTIC)
    assert ranked["score"].between(0, 100).all()
    s.save(tmp_path / "s.parquet")
    loaded = Screening.load(tmp_path / "s.parquet")
    pd.testing.assert_frame_equal(loaded.rank(SEMANTIC), ranked)

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from screener.extract.nlp import build_nlp
from screener.extract.taxonomy import Taxonomy, load_taxonomy

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
TESTS_DATA = Path(__file__).resolve().parent / "data"
SHARED_EVAL = ROOT.parent / "shared" / "eval"
AS_OF = dt.date(2026, 11, 1)


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The shipped pipeline (blank English + project components + shipped taxonomy)."""
    return build_nlp()


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture(scope="session")
def mini_nlp() -> Language:
    return build_nlp(str(TESTS_DATA / "mini_taxonomy.csv"))


@pytest.fixture(scope="session")
def mini_taxonomy() -> Taxonomy:
    return load_taxonomy(str(TESTS_DATA / "mini_taxonomy.csv"))


@pytest.fixture(scope="session")
def canonical_jd(nlp: Language):  # type: ignore[no-untyped-def]
    from screener.jd import load_jd

    return load_jd(DATA / "jd" / "python-developer.txt", nlp=nlp)

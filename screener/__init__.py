"""screener: rank résumés against a job description, with explanations.

The public API, used by the CLI and by notebooks::

    import screener
    jd = screener.load_jd("data/jd/python-developer.txt")
    resume = screener.load_resume("data/resumes/strong-django-senior.pdf")
    df = screener.rank(jd, [resume])
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence

from screener.cache import default_cache_dir
from screener.errors import ScreenerError
from screener.explain import CellEvidence, Evidence, explain
from screener.extract.nlp import build_nlp
from screener.extract.resume import extract_resume
from screener.jd import load_jd, parse_jd
from screener.parse import ParseLimits, parse_file
from screener.pipeline import BatchOptions, BatchResult, read_resumes
from screener.records import (
    Education,
    FileError,
    JobDescription,
    ParsedDocument,
    Requirement,
    Resume,
    Role,
    SkillMention,
)
from screener.requirements import load_requirements, save_requirements
from screener.screening import Screening, rank
from screener.weights import Weights, load_weights

__version__ = "0.1.0"

__all__ = [
    "BatchOptions",
    "BatchResult",
    "CellEvidence",
    "Education",
    "Evidence",
    "FileError",
    "JobDescription",
    "ParseLimits",
    "ParsedDocument",
    "Requirement",
    "Resume",
    "Role",
    "ScreenerError",
    "Screening",
    "SkillMention",
    "Weights",
    "build_nlp",
    "explain",
    "extract_resume",
    "load_jd",
    "load_requirements",
    "load_resume",
    "load_weights",
    "parse_file",
    "parse_jd",
    "rank",
    "read_resumes",
    "save_requirements",
    "screen",
]


def load_resume(
    path: str | os.PathLike[str],
    *,
    limits: ParseLimits | None = None,
    as_of: dt.date | None = None,
) -> Resume:
    """Parse and extract one résumé file in this process (raises a named error)."""
    doc = parse_file(path, limits)
    return extract_resume(doc.text, source=os.path.basename(os.fspath(path)), as_of=as_of)


def screen(
    jd: JobDescription | str | os.PathLike[str],
    resumes: Sequence[Resume] | Iterable[str | os.PathLike[str]],
    *,
    as_of: dt.date | None = None,
    semantic: bool = False,
) -> Screening:
    """Compute features once; then ``screening.rank(weights)`` re-ranks instantly.

    ``resumes`` is a sequence of :class:`Resume` or of paths (files or folders).
    ``semantic=True`` also computes semantic similarity (the ``embed`` extra), which
    weights with ``semantic_similarity > 0`` need.
    """
    job = jd if isinstance(jd, JobDescription) else load_jd(jd)
    items = list(resumes)
    if items and all(isinstance(r, Resume) for r in items):
        kept = [r for r in items if isinstance(r, Resume)]
        return Screening(job, kept, as_of=as_of, semantic=semantic)
    paths = [r for r in items if not isinstance(r, Resume)]
    batch = read_resumes(paths, BatchOptions(as_of=as_of, cache_dir=default_cache_dir()))
    return Screening(job, batch.resumes, as_of=as_of, semantic=semantic)

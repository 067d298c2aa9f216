"""A screening: one JD against many résumés, features computed once, re-ranked at will."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import pandas as pd

from screener.extract.taxonomy import Taxonomy, load_taxonomy
from screener.records import DEGREE_LEVELS, JobDescription, Requirement, Resume
from screener.score import (
    MET,
    BoolArray,
    Features,
    FloatArray,
    build_features,
    ranking_order,
    requirement_weights,
    satisfaction,
    scores,
    top_skills,
)
from screener.weights import Weights, load_weights

COLUMNS = (
    "rank",
    "file",
    "name",
    "email",
    "phone",
    "score",
    "required_met",
    "required_total",
    "preferred_met",
    "preferred_total",
    "missing_required",
    "matched_preferred",
    "years_experience",
    "highest_degree",
    "top_skills",
)
LIST_SEPARATOR = "; "
_DEGREE_LABELS = dict(
    zip(DEGREE_LEVELS, ("High school", "Associate", "Bachelor", "Master", "Doctorate"), strict=True)
)


class Screening:
    """Features of ``resumes`` against ``jd``, computed once; :meth:`rank` is array work.

    Parameters
    ----------
    jd : the job description.
    resumes : the extracted résumés (one row each in every output).
    taxonomy : the taxonomy the résumés were extracted with (default: shipped).
    as_of : the date "Present" stands for in role dates (default: today).
    """

    def __init__(
        self,
        jd: JobDescription,
        resumes: Sequence[Resume],
        *,
        taxonomy: Taxonomy | None = None,
        as_of: dt.date | None = None,
    ) -> None:
        self.jd = jd
        self.resumes = tuple(resumes)
        self.taxonomy = taxonomy or load_taxonomy()
        self.as_of = as_of
        self.features_: Features = build_features(jd, self.resumes, self.taxonomy, as_of)

    @property
    def requirements(self) -> tuple[Requirement, ...]:
        return self.jd.requirements

    def satisfaction(self, weights: Weights | None = None) -> tuple[FloatArray, FloatArray]:
        """``(met, weighted)`` matrices of shape ``(n_candidates, n_requirements)``."""
        return satisfaction(self.features_, self.requirements, weights or load_weights())

    def scores(self, weights: Weights | None = None) -> FloatArray:
        """Scores in [0, 100], shape ``(n_candidates,)``."""
        weights = weights or load_weights()
        _met, weighted = self.satisfaction(weights)
        req_w = requirement_weights(self.requirements, weights)
        return scores(weighted, self.features_.similarity, req_w, weights)

    def rank(
        self,
        weights: Weights | None = None,
        *,
        knockout: bool | None = None,
        top_k: int | None = None,
    ) -> pd.DataFrame:
        """The ranked table (the CSV's columns), best first, ties broken by file name."""
        weights = weights or load_weights()
        knockout = weights.knockout if knockout is None else knockout
        met, weighted = self.satisfaction(weights)
        req_w = requirement_weights(self.requirements, weights)
        score = scores(weighted, self.features_.similarity, req_w, weights)
        required = np.array([r.required for r in self.requirements], dtype=bool)
        is_met = met >= MET
        meets_all: BoolArray = np.asarray(is_met[:, required].all(axis=1), dtype=bool)
        files = [r.source for r in self.resumes]
        order = ranking_order(score, files, meets_all if knockout else None, top_k)
        labels = np.array([r.label for r in self.requirements], dtype=object)
        rows = []
        for rank, i in enumerate(order, start=1):
            resume = self.resumes[i]
            rows.append(
                {
                    "rank": rank,
                    "file": resume.source,
                    "name": resume.name,
                    "email": resume.email,
                    "phone": resume.phone,
                    "score": float(score[i]),
                    "required_met": int(is_met[i, required].sum()),
                    "required_total": int(required.sum()),
                    "preferred_met": int(is_met[i, ~required].sum()),
                    "preferred_total": int((~required).sum()),
                    "missing_required": LIST_SEPARATOR.join(
                        _with_share(str(lab), m)
                        for lab, m in zip(labels[required], met[i, required], strict=True)
                        if m < MET
                    ),
                    "matched_preferred": LIST_SEPARATOR.join(
                        str(lab) for lab in labels[~required][is_met[i, ~required]]
                    ),
                    "years_experience": resume.experience_years,
                    "highest_degree": _DEGREE_LABELS.get(resume.highest_degree, ""),
                    "top_skills": LIST_SEPARATOR.join(top_skills(resume)),
                }
            )
        return pd.DataFrame(rows, columns=list(COLUMNS))


def _with_share(label: str, fulfilment: float) -> str:
    """``label`` for an unmet item, ``label (67%)`` for a partly met one."""
    return f"{label} ({fulfilment:.0%})" if fulfilment > 0 else label


def rank(
    jd: JobDescription,
    resumes: Sequence[Resume],
    weights: Weights | None = None,
    *,
    knockout: bool | None = None,
    as_of: dt.date | None = None,
) -> pd.DataFrame:
    """Rank ``resumes`` against ``jd``: a DataFrame with the CSV's columns."""
    return Screening(jd, resumes, as_of=as_of).rank(weights, knockout=knockout)

"""The vectorised scoring core.

Features are computed once per (JD, résumés) pair (:class:`Features`); scoring under a
set of weights is then array work only: a satisfaction matrix of shape
``(n_candidates, n_requirements)`` built with one vectorised step per requirement
(never a Python loop over candidates), one matrix–vector product, and a sort.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from screener.extract.education import field_family, fields_of_study
from screener.extract.experience import merged_months, role_interval
from screener.extract.taxonomy import Taxonomy
from screener.records import JobDescription, Requirement, Resume, degree_rank
from screener.weights import Weights

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

#: Sections whose mentions show a skill in use (as opposed to only listing it).
SHOWN_SECTIONS = frozenset({"experience", "projects"})
#: A cell counts as met at or above this satisfaction.
MET = 1.0 - 1e-9


@dataclass(frozen=True, slots=True)
class Features:
    """Evidence per candidate, restricted to what the requirements ask about.

    Arrays have one row per candidate; ``skills`` names the columns of the skill arrays.
    """

    skills: tuple[str, ...]  # K requirement skills
    mentioned: BoolArray  # (n_candidates, K) named anywhere
    shown: BoolArray  # (n_candidates, K) named in experience or projects
    implied_mentioned: BoolArray  # (n_candidates, K) implied by a skill named anywhere
    implied_shown: BoolArray  # (n_candidates, K) implied by a skill shown in experience
    months: FloatArray  # (n_candidates, K) months of roles mentioning the skill (or a child)
    total_years: FloatArray  # (n_candidates,)
    fields: tuple[str, ...]  # F fields of study; column F of degree_levels is "any field"
    degree_levels: npt.NDArray[np.int8]  # (n_candidates, F + 1) highest level, -1 none
    similarity: FloatArray  # (n_candidates,) TF-IDF cosine with the JD's requirements

    @property
    def n_candidates(self) -> int:
        return int(self.total_years.shape[0])


def requirement_text(jd: JobDescription) -> str:
    """The part of the JD that text similarity compares against: title and requirements."""
    return "\n".join([jd.title, *(r.text for r in jd.requirements)])


def text_similarity(query: str, documents: Sequence[str]) -> FloatArray:
    """Cosine similarity, shape ``(n_documents,)``, of TF-IDF vectors fitted on all texts."""
    if not documents:
        return np.zeros(0)
    vectorizer = TfidfVectorizer(
        sublinear_tf=True,
        stop_words="english",
        ngram_range=(1, 2),
        min_df=1,
        token_pattern=r"(?u)\b[\w+#.]*\w[\w+#]*\b",
    )
    matrix = vectorizer.fit_transform([query, *documents])
    sims = (matrix[1:] @ matrix[0].T).toarray().ravel()  # rows are L2-normalised
    return np.asarray(np.clip(sims, 0.0, 1.0), dtype=np.float64)


def build_features(
    jd: JobDescription,
    resumes: Sequence[Resume],
    taxonomy: Taxonomy,
    as_of: dt.date | None = None,
) -> Features:
    """Compute every candidate's evidence for ``jd``'s requirements (done once)."""
    as_of = as_of or dt.date.today()
    req_skills = tuple(dict.fromkeys(s for r in jd.requirements for s in r.skills))
    n, k = len(resumes), len(req_skills)
    col = {s: i for i, s in enumerate(req_skills)}

    # Sparse (n, U) mention matrices over every skill any candidate names, then one
    # product with the (U, K) "implies" closure gives the implied evidence.
    universe: dict[str, int] = {}
    rows_m: list[int] = []
    cols_m: list[int] = []
    rows_s: list[int] = []
    cols_s: list[int] = []
    for i, resume in enumerate(resumes):
        for m in resume.skills:
            u = universe.setdefault(m.name, len(universe))
            rows_m.append(i)
            cols_m.append(u)
            if m.section in SHOWN_SECTIONS:
                rows_s.append(i)
                cols_s.append(u)
    size = max(len(universe), 1)
    mention_u = sp.csr_matrix((np.ones(len(rows_m)), (rows_m, cols_m)), shape=(n, size))
    shown_u = sp.csr_matrix((np.ones(len(rows_s)), (rows_s, cols_s)), shape=(n, size))
    direct = np.zeros((size, k))
    closure = np.zeros((size, k))
    for name, u in universe.items():
        if name in col:
            direct[u, col[name]] = 1.0
        for anc in taxonomy.ancestors(name):
            if anc in col:
                closure[u, col[anc]] = 1.0
    mentioned = np.asarray(mention_u @ direct) > 0
    shown = np.asarray(shown_u @ direct) > 0
    implied_mentioned = np.asarray(mention_u @ closure) > 0
    implied_shown = np.asarray(shown_u @ closure) > 0

    months = np.zeros((n, k))
    for i, resume in enumerate(resumes):
        months[i] = _skill_months(resume, col, taxonomy, as_of)

    fields = tuple(f.name for f in fields_of_study())
    fcol = {f: j for j, f in enumerate(fields)}
    levels = np.full((n, len(fields) + 1), -1, dtype=np.int8)
    for i, resume in enumerate(resumes):
        for ed in resume.education:
            rank = degree_rank(ed.level)
            levels[i, -1] = max(levels[i, -1], rank)
            if ed.field in fcol:
                levels[i, fcol[ed.field]] = max(levels[i, fcol[ed.field]], rank)

    return Features(
        skills=req_skills,
        mentioned=mentioned,
        shown=shown,
        implied_mentioned=implied_mentioned,
        implied_shown=implied_shown,
        months=months,
        total_years=np.array([r.experience_years for r in resumes], dtype=np.float64),
        fields=fields,
        degree_levels=levels,
        similarity=text_similarity(requirement_text(jd), [r.text for r in resumes]),
    )


def _skill_months(
    resume: Resume, col: dict[str, int], taxonomy: Taxonomy, as_of: dt.date
) -> FloatArray:
    """Months of use per requirement skill: the merged span of the roles mentioning it."""
    out = np.zeros(len(col))
    if not col or not resume.roles:
        return out
    intervals: dict[int, list[tuple[dt.date, dt.date]]] = {}
    for role in resume.roles:
        lo, hi = role.offset, role.offset + len(role.text)
        names = {m.name for m in resume.skills if lo <= m.start < hi}
        implied = set(names)
        for name in names:
            implied |= taxonomy.ancestors(name)
        for name in implied:
            if name in col:
                intervals.setdefault(col[name], []).append(role_interval(role, as_of))
    for j, spans in intervals.items():
        out[j] = merged_months(spans)
    return out


def satisfaction(
    features: Features, requirements: Sequence[Requirement], weights: Weights
) -> tuple[FloatArray, FloatArray]:
    """``(met, weighted)``, each of shape ``(n_candidates, n_requirements)`` in [0, 1].

    ``met`` says how far each requirement is fulfilled (1 = met, 0 = unmet); it decides
    the met / partial / unmet labels and the knockout. ``weighted`` also applies the
    evidence factors (a skill only listed, an implied skill, a related degree field) and
    is what the score uses. One vectorised step per requirement; no loop over candidates.
    """
    n = features.n_candidates
    met = np.zeros((n, len(requirements)))
    weighted = np.zeros((n, len(requirements)))
    col = {s: i for i, s in enumerate(features.skills)}
    presence = (features.mentioned | features.implied_mentioned).astype(np.float64)
    strength = np.maximum.reduce(
        [
            features.shown * 1.0,
            features.mentioned * weights.listed_only,
            features.implied_shown * weights.implied,
            features.implied_mentioned * (weights.implied * weights.listed_only),
        ]
    )
    for r, req in enumerate(requirements):
        cols = [col[s] for s in req.skills if s in col]
        if req.kind == "experience":
            met[:, r] = weighted[:, r] = _years_fulfilment(features, req, cols)
        elif req.kind == "education":
            met[:, r] = _degree_fulfilment(features, req, weights, exact=True)
            weighted[:, r] = _degree_fulfilment(features, req, weights, exact=False)
        elif cols:
            reduce = np.max if req.match == "any" else np.mean
            met[:, r] = reduce(presence[:, cols], axis=1)
            weighted[:, r] = reduce(strength[:, cols], axis=1)
    return met, weighted


def _years_fulfilment(features: Features, req: Requirement, cols: list[int]) -> FloatArray:
    if cols:
        months = features.months[:, cols]
        years = (months.max(axis=1) if req.match == "any" else months.mean(axis=1)) / 12.0
    else:
        years = features.total_years
    need = req.min_years if req.min_years else 1.0
    return np.asarray(np.clip(years / need, 0.0, 1.0), dtype=np.float64)


def _degree_fulfilment(
    features: Features, req: Requirement, weights: Weights, *, exact: bool
) -> FloatArray:
    """How well the best degree meets ``req``: level (one below counts
    ``one_level_below``), then field (listed 1, same family ``related_field``, other
    ``other_field``). With ``exact`` the field factors are ignored: any field of the
    right level counts as met when the JD accepts related fields."""
    need = degree_rank(req.degree)
    levels = features.degree_levels

    def level_score(best: npt.NDArray[np.int8]) -> FloatArray:
        return np.where(best >= need, 1.0, np.where(best == need - 1, weights.one_level_below, 0.0))

    any_field = level_score(levels[:, -1])
    if not req.fields:
        return any_field
    fidx = {f: j for j, f in enumerate(features.fields)}
    listed = [fidx[f] for f in req.fields if f in fidx]
    families = {field_family(f) for f in req.fields}
    related = [j for f, j in fidx.items() if field_family(f) in families and j not in listed]
    in_listed = level_score(levels[:, listed].max(axis=1)) if listed else np.zeros(len(levels))
    in_related = level_score(levels[:, related].max(axis=1)) if related else np.zeros(len(levels))
    if exact:
        ok_related = in_related if req.related_fields_ok else 0.0
        return np.maximum(in_listed, ok_related)
    related_factor = weights.related_field if req.related_fields_ok else weights.other_field
    return np.asarray(
        np.maximum.reduce(
            [in_listed, related_factor * in_related, weights.other_field * any_field]
        ),
        dtype=np.float64,
    )


def requirement_weights(requirements: Sequence[Requirement], weights: Weights) -> FloatArray:
    """Weight of each requirement, shape ``(n_requirements,)``."""
    return np.array(
        [
            (weights.required if r.required else weights.preferred)
            * weights.kind_weight(r.kind)
            * r.weight
            for r in requirements
        ],
        dtype=np.float64,
    )


def scores(
    weighted: FloatArray, similarity: FloatArray, req_weights: FloatArray, weights: Weights
) -> FloatArray:
    """Scores in [0, 100], shape ``(n_candidates,)``: validate, normalise, one product."""
    total = req_weights.sum()
    coverage = weighted @ (req_weights / total) if total > 0 else np.zeros(len(weighted))
    blend = weights.text_similarity
    return np.round(100.0 * ((1.0 - blend) * coverage + blend * similarity), 2)


def ranking_order(
    score: FloatArray,
    names: Sequence[str],
    meets_required: BoolArray | None = None,
    top_k: int | None = None,
) -> npt.NDArray[np.intp]:
    """Candidate indices best first: by knockout group (if given), score, then file name.

    With ``top_k``, only the best ``top_k`` are returned, found with ``np.argpartition``.
    """
    n = len(score)
    key = score + (1000.0 * meets_required if meets_required is not None else 0.0)
    idx = np.arange(n)
    if top_k is not None and top_k < n:
        part = np.argpartition(-key, top_k - 1)[:top_k]
        cutoff = key[part].min()
        idx = np.flatnonzero(key >= cutoff)  # keep ties at the boundary, ordered below
    name_rank = np.argsort(np.argsort(np.asarray(names, dtype=object)[idx], kind="stable"))
    order = idx[np.lexsort((name_rank, -key[idx]))]
    return order[:top_k] if top_k is not None else order


def top_skills(resume: Resume, limit: int = 8) -> list[str]:
    """The candidate's most evidenced skills: shown in experience first, then by count."""
    counts = Counter(m.name for m in resume.skills)
    shown = {m.name for m in resume.skills if m.section in SHOWN_SECTIONS}
    return sorted(counts, key=lambda s: (s not in shown, -counts[s], s))[:limit]

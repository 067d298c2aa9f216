"""The vectorised scoring core.

Features are computed once per (JD, résumés) pair (:class:`Features`); scoring under a
set of weights is then array work only. Two equivalent paths:

- :func:`satisfaction` builds the ``(n_candidates, n_requirements)`` satisfaction matrix
  with one vectorised step per requirement (never a Python loop over candidates): the
  reference, and what explanations and the report's met / missing columns use;
- :class:`ScoreDesign` prices the same scores as one sparse matrix–vector product
  ``100 * X @ coef(weights)``: every column of ``X`` is a (requirement class, evidence
  state) pair whose worth follows from the weights alone, so re-ranking 100,000
  candidates under new weights takes milliseconds.
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

from screener.errors import InvalidWeights
from screener.extract.education import field_family, fields_of_study
from screener.extract.experience import fitting_roles, merged_months, role_interval
from screener.extract.taxonomy import Taxonomy
from screener.jd import job_text
from screener.records import JobDescription, Requirement, Resume, degree_rank
from screener.weights import Weights

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

#: Sections whose mentions show a skill in use (as opposed to only listing it).
SHOWN_SECTIONS = frozenset({"experience", "projects"})
#: A cell counts as met at or above this satisfaction.
MET = 1.0 - 1e-9
#: Whole years since a skill was last shown in a dated role are counted up to this many.
MAX_STALE_YEARS = 15
#: Requirement kinds, in the order of :attr:`ScoreDesign.skill_kind`.
KINDS = ("skill", "experience", "education", "certification", "soft")
Int8Array = npt.NDArray[np.int8]


@dataclass(frozen=True, slots=True)
class Features:
    """Evidence per candidate, restricted to what the requirements ask about.

    Arrays have one row per candidate; ``skills`` names the columns of the skill arrays.
    """

    skills: tuple[str, ...]  # K requirement skills, then "as <role>" columns (role_column)
    mentioned: BoolArray  # (n_candidates, K) named anywhere
    shown: BoolArray  # (n_candidates, K) named in experience or projects
    implied_mentioned: BoolArray  # (n_candidates, K) implied by a skill named anywhere
    implied_shown: BoolArray  # (n_candidates, K) implied by a skill shown in experience
    months: FloatArray  # (n_candidates, K) months of roles mentioning the skill (or a child)
    total_years: FloatArray  # (n_candidates,)
    fields: tuple[str, ...]  # F fields of study; column F of degree_levels is "any field"
    degree_levels: npt.NDArray[np.int8]  # (n_candidates, F + 1) highest level, -1 none
    similarity: FloatArray  # (n_candidates,) TF-IDF cosine with the JD, relative to the best
    # (n_candidates, K) whole years (0 … MAX_STALE_YEARS) since the skill was last shown
    # in a dated role, directly / through a skill implying it; 0 when recent or undated.
    shown_stale: Int8Array
    implied_stale: Int8Array
    # (n_candidates,) semantic similarity with the JD, relative to the best; None when not
    # computed (the optional ``embed`` extra: :mod:`screener.embed`)
    semantic: FloatArray | None = None

    @property
    def n_candidates(self) -> int:
        return int(self.total_years.shape[0])

    def take(self, rows: npt.ArrayLike) -> Features:
        """The features of candidates ``rows`` (indices or a boolean mask), in that order."""
        idx = np.asarray(rows)
        return Features(
            skills=self.skills,
            mentioned=self.mentioned[idx],
            shown=self.shown[idx],
            implied_mentioned=self.implied_mentioned[idx],
            implied_shown=self.implied_shown[idx],
            months=self.months[idx],
            total_years=self.total_years[idx],
            fields=self.fields,
            degree_levels=self.degree_levels[idx],
            similarity=self.similarity[idx],
            shown_stale=self.shown_stale[idx],
            implied_stale=self.implied_stale[idx],
            semantic=None if self.semantic is None else self.semantic[idx],
        )


def requirement_text(jd: JobDescription) -> str:
    """The JD's title and requirement lines only (text similarity uses the fuller
    :func:`screener.jd.job_text`; kept for comparison in the ranking evaluation)."""
    return "\n".join([jd.title, *(r.text for r in jd.requirements)])


def text_similarity(query: str, documents: Sequence[str]) -> FloatArray:
    """Each document's TF-IDF cosine with ``query``, relative to the closest document's,
    shape ``(n_documents,)``, in [0, 1].

    The textbook vector-space measure with scikit-learn's defaults (raw term counts,
    smoothed IDF fitted on the query and all documents, single words) and pivoted length
    normalisation of the résumés (see :func:`tfidf_cosine`), English stop words dropped and
    tokens keeping ``+ # .`` so that C++, C# and Node.js stay whole. Unlike a share of the
    JD's terms it weighs how much of a résumé is about what the JD describes (term frequency
    and length normalisation).

    The cosine of two different texts has no reachable maximum (between a JD and a résumé
    it rarely exceeds 0.3), so on its raw scale a blend share would not mean what it says.
    It is divided by the highest cosine among the documents (max normalisation, the
    scale-free part of the min-max normalisation used to fuse lexical scores with other
    evidence; without the shift, 0 still means no term in common), or by
    :data:`MIN_BEST_COSINE` when that is higher: 1 for the résumé closest to the JD, on the
    [0, 1] range requirement coverage spans. Deterministic and
    independent of the documents' order; it depends on the pool, as IDF does.
    """
    return relative_to_best(tfidf_cosine(query, documents), floor=MIN_BEST_COSINE)


#: The least cosine text match is relative to: a batch whose closest résumé matches the JD
#: less than this (one résumé explained alone, a folder of unrelated or unreadable files)
#: does not get full text-match credit. A résumé written for the JD reaches about twice
#: this (0.21 for the sample set's strongest on the canonical JD, 0.20 on ml_jd's).
MIN_BEST_COSINE = 0.1
#: Slope of the pivoted length normalisation of résumé vectors: BM25's default ``b``.
PIVOT_SLOPE = 0.75


def tfidf_cosine(query: str, documents: Sequence[str], *, slope: float = PIVOT_SLOPE) -> FloatArray:
    """TF-IDF cosine of each document with ``query`` (as :func:`text_similarity`
    describes, before the max normalisation), shape ``(n_documents,)``, in [0, 1].

    Document vectors are divided by a pivoted norm, ``(1 - slope) * pivot + slope *
    norm`` with ``pivot`` the documents' mean norm (Singhal, Buckley & Mitra 1996; BM25's
    ``b`` does the same to term frequencies), instead of their own norm: plain cosine
    favours very short texts, so that a résumé reading only "Python" would match a Python
    JD better than almost every real one. ``slope=1`` gives the plain cosine.
    """
    if not documents:
        return np.zeros(0)
    vectorizer = TfidfVectorizer(
        stop_words="english", token_pattern=r"(?u)\b[\w+#.]*\w[\w+#]*\b", norm=None
    )
    try:
        matrix = sp.csr_matrix(vectorizer.fit_transform([query, *documents]))
    except ValueError:  # no term at all (empty texts, only stop words)
        return np.zeros(len(documents))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1), dtype=np.float64).ravel())
    if norms[0] <= 0:
        return np.zeros(len(documents))
    doc_norms = norms[1:]
    pivot = float(doc_norms[doc_norms > 0].mean()) if (doc_norms > 0).any() else 1.0
    divisor = (1.0 - slope) * pivot + slope * doc_norms
    divisor[divisor <= 0] = 1.0
    dots = np.asarray((matrix[1:] @ matrix[0].T).toarray(), dtype=np.float64).ravel()
    return np.asarray(np.clip(dots / (norms[0] * divisor), 0.0, 1.0), dtype=np.float64)


def relative_to_best(values: FloatArray, floor: float = 0.0) -> FloatArray:
    """``values`` divided by their maximum, or by ``floor`` when that is higher, clipped to
    [0, 1] (all 0 when none is positive), same shape: the max normalisation of
    :func:`text_similarity`."""
    best = max(float(values.max()) if len(values) else 0.0, floor)
    if best <= 0:
        return np.zeros(len(values))
    return np.asarray(np.clip(values / best, 0.0, 1.0), dtype=np.float64)


def build_features(
    jd: JobDescription,
    resumes: Sequence[Resume],
    taxonomy: Taxonomy,
    as_of: dt.date | None = None,
    *,
    semantic: bool = False,
) -> Features:
    """Compute every candidate's evidence for ``jd``'s requirements (done once).

    ``semantic=True`` also computes the semantic similarity of each résumé with the JD's
    work description (:func:`screener.embed.semantic_similarity`, relative to the closest
    résumé as text match is); it needs the ``embed`` extra
    (:class:`~screener.errors.EmbeddingUnavailable` otherwise).
    """
    as_of = as_of or dt.date.today()
    roles = {role_column(r): r for r in jd.requirements if r.kind == "experience" and r.role}
    req_skills = tuple(dict.fromkeys([*(s for r in jd.requirements for s in r.skills), *roles]))
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
    shown_stale = np.zeros((n, k), dtype=np.int8)
    implied_stale = np.zeros((n, k), dtype=np.int8)
    for i, resume in enumerate(resumes):
        months[i] = _skill_months(resume, col, taxonomy, as_of)
        for name, req in roles.items():
            fitting = fitting_roles(resume, req.role, req.skills, taxonomy.ancestors, req.match)
            months[i, col[name]] = merged_months([role_interval(ro, as_of) for ro in fitting])
        shown_stale[i], implied_stale[i] = _staleness(resume, col, taxonomy, as_of)

    fields = tuple(f.name for f in fields_of_study())
    fcol = {f: j for j, f in enumerate(fields)}
    levels = np.full((n, len(fields) + 1), -1, dtype=np.int8)
    for i, resume in enumerate(resumes):
        for ed in resume.education:
            rank = degree_rank(ed.level)
            levels[i, -1] = max(levels[i, -1], rank)
            if ed.field in fcol:
                levels[i, fcol[ed.field]] = max(levels[i, fcol[ed.field]], rank)

    work = job_text(jd, taxonomy)
    texts = [r.text for r in resumes]
    meaning: FloatArray | None = None
    if semantic:
        from screener.embed import semantic_similarity

        meaning = relative_to_best(semantic_similarity(work, texts))
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
        similarity=text_similarity(work, texts),
        shown_stale=shown_stale,
        implied_stale=implied_stale,
        semantic=meaning,
    )


def years_since(end: dt.date, as_of: dt.date) -> int:
    """Whole years from ``end`` to ``as_of``, clipped to [0, MAX_STALE_YEARS]."""
    return min(max((as_of - end).days * 4 // 1461, 0), MAX_STALE_YEARS)


def _staleness(
    resume: Resume, col: dict[str, int], taxonomy: Taxonomy, as_of: dt.date
) -> tuple[Int8Array, Int8Array]:
    """Whole years since each requirement skill was last shown, directly and implied.

    A mention shown (experience or projects) inside a dated role is as old as the role's
    end; one outside any dated role is taken as current (no date, no penalty). Cells
    without shown evidence are 0 (recency only discounts shown evidence).
    """
    none = np.int8(127)
    direct = np.full(len(col), none, dtype=np.int8)
    implied = np.full(len(col), none, dtype=np.int8)
    spans = [
        (r.offset, r.offset + len(r.text), years_since(r.end_or(as_of), as_of))
        for r in resume.roles
    ]
    for m in resume.skills:
        if m.section not in SHOWN_SECTIONS:
            continue
        stale = min((s for lo, hi, s in spans if lo <= m.start < hi), default=0)
        j = col.get(m.name)
        if j is not None:
            direct[j] = min(direct[j], stale)
        for anc in taxonomy.ancestors(m.name):
            j = col.get(anc)
            if j is not None:
                implied[j] = min(implied[j], stale)
    direct[direct == none] = 0
    implied[implied == none] = 0
    return direct, implied


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
    evidence factors (a skill only listed, an implied skill, evidence last shown long ago,
    a related degree field) and is what the score uses. One vectorised step per
    requirement; no loop over candidates. :class:`ScoreDesign` gives the same scores faster.
    """
    n = features.n_candidates
    met = np.zeros((n, len(requirements)))
    weighted = np.zeros((n, len(requirements)))
    col = {s: i for i, s in enumerate(features.skills)}
    presence = (features.mentioned | features.implied_mentioned).astype(np.float64)
    strength = np.maximum.reduce(
        [
            features.shown * shown_credit(features.shown_stale, weights),
            features.mentioned * weights.listed_only,
            features.implied_shown
            * (weights.implied * shown_credit(features.implied_stale, weights)),
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


def shown_credit(stale: npt.NDArray[np.integer], weights: Weights) -> FloatArray:
    """Worth of a skill shown in experience ``stale`` whole years ago, same shape.

    1 when recent; its premium over a skill only listed (``1 - listed_only``) halves every
    ``recency_half_life`` years, so old evidence never counts less than a listing.
    ``recency_half_life = 0`` turns recency off.
    """
    lo, half_life = weights.listed_only, weights.recency_half_life
    if half_life <= 0:
        return np.ones(np.shape(stale))
    return np.asarray(lo + (1.0 - lo) * np.exp2(-np.asarray(stale) / half_life), dtype=np.float64)


def role_column(req: Requirement) -> str:
    """The column of :class:`Features` holding the months spent in roles that fit the
    experience item ``req`` "as a <role>" with its skills (see
    :func:`~screener.extract.experience.fitting_roles`); no skill has that name."""
    return f"as {req.role} with {' / '.join(req.skills)} ({req.match})"


def _years_fulfilment(features: Features, req: Requirement, cols: list[int]) -> FloatArray:
    role = role_column(req)
    if req.role and role in features.skills:
        years = features.months[:, features.skills.index(role)] / 12.0
    elif cols:
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


def check_semantic(weights: Weights, computed: bool) -> None:
    """Raise :class:`~screener.errors.InvalidWeights` when ``weights`` give the semantic
    feature a share but it was not ``computed``."""
    if weights.semantic_similarity > 0 and not computed:
        raise InvalidWeights(
            f"semantic_similarity is {weights.semantic_similarity:g}, but semantic similarity "
            "was not computed for this screening",
            hint="Screen with semantic=True (`--semantic`, needs the 'embed' extra), or set "
            "semantic_similarity = 0",
        )


def scores(
    weighted: FloatArray,
    similarity: FloatArray,
    req_weights: FloatArray,
    weights: Weights,
    semantic: FloatArray | None = None,
) -> FloatArray:
    """Scores in [0, 100], shape ``(n_candidates,)``: validate, normalise, one product.

    ``(1 - text - sem) * coverage + text * similarity + sem * semantic``, with ``text``
    and ``sem`` the weights' blend shares; ``semantic`` may be None while its share is 0.
    """
    check_semantic(weights, semantic is not None)
    share, text, sem = blend_shares(weights)
    blend = share * coverage(weighted, req_weights) + text * similarity
    if semantic is not None:
        blend = blend + sem * semantic
    return np.round(100.0 * blend, 2)


def coverage(weighted: FloatArray, req_weights: FloatArray) -> FloatArray:
    """The weighted share of the requirements met, shape ``(n_candidates,)``, from the
    ``(n_candidates, n_requirements)`` matrix ``weighted`` (0 when no weight is positive)."""
    total = req_weights.sum()
    return weighted @ (req_weights / total) if total > 0 else np.zeros(len(weighted))


def blend_shares(weights: Weights) -> tuple[float, float, float]:
    """The shares of requirement coverage, text match and semantic similarity in a score."""
    text, sem = weights.text_similarity, weights.semantic_similarity
    return max(1.0 - text - sem, 0.0), text, sem


def name_ranks(names: Sequence[str]) -> npt.NDArray[np.intp]:
    """Position of each name in sorted order, shape ``(n,)``: the tie-breaker of a ranking."""
    order = np.argsort(np.asarray(names, dtype=object), kind="stable")
    ranks = np.empty(len(order), dtype=np.intp)
    ranks[order] = np.arange(len(order))
    return ranks


def ranking_order(
    score: FloatArray,
    names: Sequence[str] | None,
    meets_required: BoolArray | None = None,
    top_k: int | None = None,
    *,
    tie_rank: npt.NDArray[np.intp] | None = None,
) -> npt.NDArray[np.intp]:
    """Candidate indices best first: by knockout group (if given), score, then file name.

    With ``top_k``, only the best ``top_k`` are returned, found with ``np.argpartition``
    (O(n), then a sort of ``top_k`` rows). ``tie_rank`` (from :func:`name_ranks`, computed
    once) replaces ``names`` as the tie-breaker.
    """
    n = len(score)
    key = score + (1000.0 * meets_required if meets_required is not None else 0.0)
    idx = np.arange(n)
    if top_k is not None and top_k < n:
        if top_k <= 0:
            return idx[:0]
        part = np.argpartition(-key, top_k - 1)[:top_k]
        cutoff = key[part].min()
        idx = np.flatnonzero(key >= cutoff)  # keep ties at the boundary, ordered below
    if tie_rank is not None:
        ties = tie_rank[idx]
    else:
        ties = name_ranks([names[int(i)] for i in idx] if names is not None else [""] * len(idx))
    order = idx[np.lexsort((ties, -key[idx]))]
    return order[:top_k] if top_k is not None else order


@dataclass(frozen=True, slots=True)
class ScoreDesign:
    """A screening's scores as one sparse product: ``score = 100 * matrix @ coef(weights)``.

    Each column of ``matrix`` (shape ``(n_candidates, n_columns)``, CSR) is one of:

    - skill columns: (required?, kind, evidence state) — the state packs which evidence
      a requirement cell has (shown, listed, implied shown, implied listed) and how many
      years ago it was last shown; entries are the requirement's own weight times its
      share (``1 / n_skills`` for an all-of item, 1 for an any-of item, whose cells are
      pooled: the best evidence of any alternative);
    - education columns: (requirement, degree state), the state being the level reached
      (met, one below, less) in a listed field, a related field and any field;
    - experience columns: one per experience requirement, the fulfilment in [0, 1];
    - text similarity, then (when computed: ``has_semantic``) semantic similarity.

    The worth of every column follows from the weights alone (:meth:`coefficients`), so a
    change of weights costs O(n_columns) plus one sparse matrix–vector product. The
    scores equal those of :func:`satisfaction` and :func:`scores`.
    """

    matrix: sp.csr_matrix  # (n_candidates, n_columns)
    requirements: tuple[Requirement, ...]
    skill_required: BoolArray  # (n_skill_columns,)
    skill_kind: npt.NDArray[np.intp]  # (n_skill_columns,) index into KINDS
    skill_state: npt.NDArray[np.int64]  # (n_skill_columns,) packed evidence state
    edu_req: npt.NDArray[np.intp]  # (n_edu_columns,) requirement index
    edu_state: npt.NDArray[np.int64]  # (n_edu_columns,) 9 * listed + 3 * related + any
    exp_req: npt.NDArray[np.intp]  # (n_exp_columns,) requirement index
    edu_reqs: tuple[int, ...]  # indices of the required education requirements
    edu_states: npt.NDArray[np.int8]  # (n_candidates, len(edu_reqs)) degree state
    meets_others: BoolArray  # (n_candidates,) every other required item met
    has_semantic: bool = False  # the last column is semantic similarity

    @property
    def n_candidates(self) -> int:
        return int(self.matrix.shape[0])

    def coefficients(self, weights: Weights) -> FloatArray:
        """The worth of each column under ``weights``, shape ``(n_columns,)``."""
        check_semantic(weights, self.has_semantic)
        req_w = requirement_weights(self.requirements, weights)
        total = float(req_w.sum())
        blend = weights.text_similarity + weights.semantic_similarity
        # divide each product by the total (not multiply by 1 / total): tiny weights stay finite
        denom = total / (1.0 - blend) if total > 0 and blend < 1 else np.inf
        kind_w = np.array([weights.kind_weight(k) for k in KINDS])
        skill = (
            np.where(self.skill_required, weights.required, weights.preferred)
            * kind_w[self.skill_kind]
            * skill_state_value(self.skill_state, weights)
        )
        has_fields = np.array([bool(r.fields) for r in self.requirements], dtype=bool)
        related_ok = np.array([r.related_fields_ok for r in self.requirements], dtype=bool)
        edu = req_w[self.edu_req] * degree_state_value(
            self.edu_state, has_fields[self.edu_req], related_ok[self.edu_req], weights
        )
        exp = req_w[self.exp_req]
        text = [weights.text_similarity]
        if self.has_semantic:
            text.append(weights.semantic_similarity)
        return np.concatenate([skill / denom, edu / denom, exp / denom, text])

    def raw_scores(self, weights: Weights) -> FloatArray:
        """Unrounded scores in [0, 100], shape ``(n_candidates,)``."""
        return np.asarray(self.matrix @ (100.0 * self.coefficients(weights)), dtype=np.float64)

    def scores(self, weights: Weights) -> FloatArray:
        """Scores in [0, 100] rounded to 2 decimals, shape ``(n_candidates,)``."""
        return np.round(self.raw_scores(weights), 2)

    def meets_required(self, weights: Weights) -> BoolArray:
        """Whether each candidate meets every required item, shape ``(n_candidates,)``."""
        out = self.meets_others.copy()
        for j, r in enumerate(self.edu_reqs):
            req = self.requirements[r]
            met = degree_state_value(
                self.edu_states[:, j].astype(np.int64),
                np.array(bool(req.fields)),
                np.array(req.related_fields_ok),
                weights,
                exact=True,
            )
            out &= met >= MET
        return out


def _pack_skill_state(features: Features, cols: list[int]) -> npt.NDArray[np.int64]:
    """Packed evidence state of the cells ``cols`` pooled (any-of), shape ``(n,)``.

    Bits 0–3: shown, listed, implied shown, implied listed; bits 4–7: years since last
    shown directly; bits 8–11: years since last shown through an implied skill.
    """

    def flag(a: BoolArray) -> BoolArray:
        return np.asarray(a[:, cols].any(axis=1), dtype=bool)

    def freshest(has: BoolArray, stale: Int8Array) -> npt.NDArray[np.int64]:
        sub = np.where(has[:, cols], stale[:, cols], MAX_STALE_YEARS)
        return np.asarray(np.clip(sub.min(axis=1), 0, MAX_STALE_YEARS), dtype=np.int64)

    f = features
    return (
        flag(f.shown) * 1
        | flag(f.mentioned) * 2
        | flag(f.implied_shown) * 4
        | flag(f.implied_mentioned) * 8
        | freshest(f.shown, f.shown_stale) << 4
        | freshest(f.implied_shown, f.implied_stale) << 8
    ).astype(np.int64)


def skill_state_value(state: npt.NDArray[np.int64], weights: Weights) -> FloatArray:
    """Weighted satisfaction of a skill cell in ``state`` (see :func:`_pack_skill_state`):
    the best of its evidence, as :func:`satisfaction` values it. Same shape."""
    lo, im = weights.listed_only, weights.implied
    return np.asarray(
        np.maximum.reduce(
            [
                (state & 1 > 0) * shown_credit((state >> 4) & 15, weights),
                (state & 2 > 0) * lo,
                (state & 4 > 0) * (im * shown_credit((state >> 8) & 15, weights)),
                (state & 8 > 0) * (im * lo),
            ]
        ),
        dtype=np.float64,
    )


def _degree_state(features: Features, req: Requirement) -> Int8Array:
    """Degree state, shape ``(n,)``: ``9 * listed + 3 * related + any`` where each digit is
    the level reached in that group of fields: 2 the level asked, 1 one below, 0 less."""
    need = degree_rank(req.degree)
    levels = features.degree_levels
    n = features.n_candidates

    def digit(cols: list[int]) -> Int8Array:
        if not cols:
            return np.zeros(n, dtype=np.int8)
        best = levels[:, cols].max(axis=1)
        return np.where(best >= need, 2, np.where(best == need - 1, 1, 0)).astype(np.int8)

    fidx = {f: j for j, f in enumerate(features.fields)}
    listed = [fidx[f] for f in req.fields if f in fidx]
    families = {field_family(f) for f in req.fields}
    related = [j for f, j in fidx.items() if field_family(f) in families and j not in listed]
    any_col = [levels.shape[1] - 1]
    return (9 * digit(listed) + 3 * digit(related) + digit(any_col)).astype(np.int8)


def degree_state_value(
    state: npt.NDArray[np.int64],
    has_fields: BoolArray,
    related_ok: BoolArray,
    weights: Weights,
    *,
    exact: bool = False,
) -> FloatArray:
    """Fulfilment of an education requirement in ``state`` (see :func:`_degree_state`), as
    :func:`_degree_fulfilment` computes it. Arrays broadcast together."""
    table = np.array([0.0, weights.one_level_below, 1.0])
    listed, related, any_field = table[state // 9], table[(state // 3) % 3], table[state % 3]
    if exact:
        with_fields = np.maximum(listed, np.where(related_ok, related, 0.0))
    else:
        factor = np.where(related_ok, weights.related_field, weights.other_field)
        with_fields = np.maximum.reduce([listed, factor * related, weights.other_field * any_field])
    return np.asarray(np.where(has_fields, with_fields, any_field), dtype=np.float64)


def build_design(features: Features, requirements: Sequence[Requirement]) -> ScoreDesign:
    """The sparse design of :class:`ScoreDesign` (done once per screening)."""
    n = features.n_candidates
    col = {s: i for i, s in enumerate(features.skills)}
    rows: list[npt.NDArray[np.int64]] = []
    keys: list[npt.NDArray[np.int64]] = []
    vals: list[FloatArray] = []
    presence = features.mentioned | features.implied_mentioned
    meets = np.ones(n, dtype=bool)
    edu_cols: list[tuple[int, Int8Array]] = []
    exp_cols: list[tuple[int, FloatArray]] = []
    edu_reqs: list[int] = []
    for r, req in enumerate(requirements):
        cols = [col[s] for s in req.skills if s in col]
        if req.kind == "experience":
            value = _years_fulfilment(features, req, cols)
            exp_cols.append((r, value))
            if req.required:
                meets &= value >= MET
            continue
        if req.kind == "education":
            edu_cols.append((r, _degree_state(features, req)))
            if req.required:
                edu_reqs.append(r)
            continue
        if not cols:
            if req.required:
                meets[:] = False
            continue
        if req.required:
            has = presence[:, cols]
            meets &= has.any(axis=1) if req.match == "any" else has.all(axis=1)
        groups = [cols] if req.match == "any" else [[c] for c in cols]
        share = req.weight / len(groups)
        class_key = (int(req.required) * len(KINDS) + KINDS.index(req.kind)) << 12
        for group in groups:
            state = _pack_skill_state(features, group)
            nz = np.flatnonzero(state & 15)
            rows.append(nz)
            keys.append(class_key | state[nz])
            vals.append(np.full(len(nz), share))

    all_keys = np.concatenate(keys) if keys else np.zeros(0, dtype=np.int64)
    uniq, inverse = np.unique(all_keys, return_inverse=True)
    skill_block = sp.csr_matrix(
        (
            np.concatenate(vals) if vals else np.zeros(0),
            (np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64), inverse.ravel()),
        ),
        shape=(n, len(uniq)),
    )
    edu_req: list[int] = []
    edu_state: list[int] = []
    edu_rows: list[npt.NDArray[np.int64]] = []
    edu_idx: list[npt.NDArray[np.int64]] = []
    for r, states in edu_cols:
        for q in np.unique(states):
            if q == 0:
                continue  # worth 0 under any weights
            hit = np.flatnonzero(states == q)
            edu_rows.append(hit)
            edu_idx.append(np.full(len(hit), len(edu_req)))
            edu_req.append(r)
            edu_state.append(int(q))
    edu_block = sp.csr_matrix(
        (
            np.ones(sum(len(h) for h in edu_rows)),
            (
                np.concatenate(edu_rows) if edu_rows else np.zeros(0, dtype=np.int64),
                np.concatenate(edu_idx) if edu_idx else np.zeros(0, dtype=np.int64),
            ),
        ),
        shape=(n, len(edu_req)),
    )
    text_cols = [features.similarity]
    if features.semantic is not None:
        text_cols.append(features.semantic)
    dense = np.column_stack([v for _r, v in exp_cols] + text_cols)
    matrix = sp.hstack([skill_block, edu_block, sp.csr_matrix(dense)], format="csr")
    by_req = dict(edu_cols)
    return ScoreDesign(
        matrix=matrix,
        requirements=tuple(requirements),
        skill_required=np.asarray((uniq >> 12) // len(KINDS) > 0, dtype=bool),
        skill_kind=np.asarray((uniq >> 12) % len(KINDS), dtype=np.intp),
        skill_state=np.asarray(uniq & 4095, dtype=np.int64),
        edu_req=np.array(edu_req, dtype=np.intp),
        edu_state=np.array(edu_state, dtype=np.int64),
        exp_req=np.array([r for r, _v in exp_cols], dtype=np.intp),
        edu_reqs=tuple(edu_reqs),
        edu_states=(
            np.column_stack([by_req[r] for r in edu_reqs])
            if edu_reqs
            else np.zeros((n, 0), dtype=np.int8)
        ),
        meets_others=meets,
        has_semantic=features.semantic is not None,
    )


def top_skills(resume: Resume, limit: int = 8) -> list[str]:
    """The candidate's most evidenced skills: shown in experience first, then by count."""
    counts = Counter(m.name for m in resume.skills)
    shown = {m.name for m in resume.skills if m.section in SHOWN_SECTIONS}
    return sorted(counts, key=lambda s: (s not in shown, -counts[s], s))[:limit]

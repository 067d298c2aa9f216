"""Learned weights: fit non-negative :class:`~screener.weights.Weights` to labelled decisions.

The score is linear in the group and kind weights once the evidence factors are fixed::

    score ∝ Σ_{group g, kind k} G_g K_k A_gk + φ · text_match [+ ψ · semantic_match]

where ``A_gk`` (one column per requirement class) sums ``requirement.weight × s_r`` over
the requirements of that class. :func:`fit_weights` fits ``G`` (required, preferred),
``K`` (the five kinds), ``φ`` (and ``ψ`` when the screening has the optional semantic
feature) with non-negative least squares (scikit-learn's
``LinearRegression(positive=True)``, alternating between ``G`` and ``K``), for each point
of a small grid of evidence factors (``listed_only``, ``implied``,
``recency_half_life``), keeps the best fit, and maps it back to a :class:`Weights`
(``φ`` and ``ψ`` become the blend shares ``text_similarity`` and ``semantic_similarity``).
Labels are a graded score or a yes/no decision (read as 1/0).

:func:`cross_validate` reports repeated k-fold figures: the labelled candidates are split
into folds, weights are fitted on the others and each fold is scored with them; Spearman ρ
and NDCG@10 of the pooled out-of-fold scores are compared with the default weights'.
"""

from __future__ import annotations

import csv
import dataclasses
import itertools
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from screener.errors import InvalidLabels
from screener.score import KINDS, FloatArray, requirement_weights, satisfaction
from screener.screening import Screening
from screener.weights import Weights, load_weights

log = logging.getLogger(__name__)

#: Evidence factors searched (the linear weights are fitted exactly for each point).
GRID: dict[str, tuple[float, ...]] = {
    "listed_only": (0.2, 0.4, 0.6, 0.8, 1.0),
    "implied": (0.5, 1.0),
    "recency_half_life": (0.0, 2.0, 5.0, 10.0),
}
_YES = {"1", "yes", "y", "true", "t", "shortlisted", "shortlist", "accept", "accepted", "hire"}
_NO = {"0", "no", "n", "false", "f", "rejected", "reject", "declined", "not shortlisted"}
_ALS_ROUNDS = 25


@dataclass(frozen=True, slots=True)
class Labels:
    """Labels matched to a screening's candidates."""

    rows: npt.NDArray[np.intp]  # (m,) candidate row indices in the screening
    values: FloatArray  # (m,) graded score, or 1.0 / 0.0 for yes / no
    graded: bool  # False for yes/no decisions


def read_labels(
    path: str | os.PathLike[str],
    files: Sequence[str],
    *,
    id_column: str | None = None,
    label_column: str | None = None,
) -> Labels:
    """Labels from a CSV matched to ``files`` by file name, stem or base name.

    Columns default to the first (identifier) and second (label). Unknown identifiers
    and unlabelled candidates are skipped (counted in the log).
    """
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            header = list(reader.fieldnames or [])
            records = list(reader)
    except OSError as exc:
        raise InvalidLabels(f"cannot read {os.fspath(path)}: {exc.strerror}") from exc
    if len(header) < 2:
        raise InvalidLabels(f"{os.fspath(path)} needs an identifier and a label column")
    idc = id_column or header[0]
    labc = label_column or header[1]
    for c in (idc, labc):
        if c not in header:
            raise InvalidLabels(f"no column {c!r} in {os.fspath(path)} (has {header})")
    index: dict[str, int] = {}
    for i, f in enumerate(files):
        for key in (f, Path(f).name, Path(f).stem):
            index.setdefault(key.lower(), i)
    raw: dict[int, str] = {}
    unknown = 0
    for rec in records:
        key = (rec.get(idc) or "").strip()
        i = index.get(key.lower(), index.get(Path(key).stem.lower(), -1))
        if i < 0:
            unknown += 1
            continue
        raw[i] = (rec.get(labc) or "").strip()
    if unknown:
        log.warning("%d labelled identifiers match no candidate of the screening", unknown)
    if len(raw) < 2:
        raise InvalidLabels(f"only {len(raw)} labelled candidates match the screening")
    rows = np.array(sorted(raw), dtype=np.intp)
    texts = [raw[int(i)] for i in rows]
    try:
        values = np.array([float(t) for t in texts], dtype=np.float64)
        graded = not set(np.unique(values)) <= {0.0, 1.0}
    except ValueError:
        low = [t.lower() for t in texts]
        bad = sorted({t for t in low if t not in _YES | _NO})
        if bad:
            raise InvalidLabels(
                f"labels must be numbers or yes/no, not {bad[:3]} in column {labc!r}"
            ) from None
        values = np.array([1.0 if t in _YES else 0.0 for t in low])
        graded = False
    if not np.isfinite(values).all():
        raise InvalidLabels("labels must be finite numbers")
    return Labels(rows=rows, values=values, graded=graded)


def class_features(
    screening: Screening, weights: Weights
) -> tuple[npt.NDArray[np.float64], FloatArray]:
    """``(A, text)``: ``A`` of shape ``(n_candidates, 2, len(KINDS))`` sums
    ``requirement.weight × weighted satisfaction`` per (required/preferred, kind) class
    under the evidence factors of ``weights``; ``text`` of shape ``(n_candidates, 1)`` holds
    text match, ``(n_candidates, 2)`` text and semantic match when the screening has it."""
    _met, weighted = satisfaction(screening.features_, screening.requirements, weights)
    n = screening.n_candidates
    a = np.zeros((n, 2, len(KINDS)))
    for r, req in enumerate(screening.requirements):
        a[:, 0 if req.required else 1, KINDS.index(req.kind)] += req.weight * weighted[:, r]
    f = screening.features_
    text = [f.similarity] if f.semantic is None else [f.similarity, f.semantic]
    return a, np.column_stack(text)


def _nnls(x: FloatArray, y: FloatArray) -> tuple[FloatArray, float]:
    from sklearn.linear_model import LinearRegression

    model = LinearRegression(positive=True).fit(x, y)
    return np.asarray(model.coef_, dtype=np.float64), float(model.intercept_)


def _fit_linear(
    a: npt.NDArray[np.float64], sim: FloatArray, y: FloatArray
) -> tuple[FloatArray, FloatArray, FloatArray, float]:
    """Alternating non-negative least squares for ``y ≈ c + Σ G_g K_k a_gk + sim · φ``.

    ``sim`` has shape ``(n, m)``, one column per text feature. Returns ``(G (2,), K (5,),
    φ (m,), mean squared error)``; ``K`` is scaled to max 1.
    """
    g = np.ones(2)
    k = np.ones(len(KINDS))
    phi = np.zeros(sim.shape[1])
    intercept = float(y.mean())
    previous = np.inf
    for _ in range(_ALS_ROUNDS):
        xg = np.column_stack([a @ k, sim])  # (n, 2 groups + m)
        coef, intercept = _nnls(xg, y)
        g, phi = coef[:2], coef[2:]
        xk = np.column_stack([np.einsum("ngk,g->nk", a, g), sim])
        coef, intercept = _nnls(xk, y)
        k, phi = coef[: len(KINDS)], coef[len(KINDS) :]
        top = k.max()
        if top > 0:
            k, g = k / top, g * top
        pred = intercept + np.einsum("ngk,g,k->n", a, g, k) + sim @ phi
        mse = float(np.mean((pred - y) ** 2))
        if previous - mse <= 1e-9 * max(previous, 1e-12):
            break
        previous = mse
    return g, k, phi, mse


def _to_weights(
    base: Weights,
    screening: Screening,
    a: npt.NDArray[np.float64],
    g: FloatArray,
    k: FloatArray,
    phi: FloatArray,
) -> Weights:
    """Map fitted ``G, K, φ`` to :class:`Weights` (classes absent from the JD keep ``base``;
    without the semantic feature, its share is 0)."""
    present_g = np.asarray(a.any(axis=(0, 2)), dtype=bool)
    present_k = np.asarray(a.any(axis=(0, 1)), dtype=bool)
    # the larger fitted group weight becomes 3, the larger fitted kind weight 1 (weights are
    # relative); groups and kinds the JD does not have keep the base values
    gs = 3.0 / max(float(g[present_g].max(initial=0.0)), 1e-12)
    ks = 1.0 / max(float(k[present_k].max(initial=0.0)), 1e-12)
    base_g = (base.required, base.preferred)
    group = [g[i] * gs if present_g[i] else base_g[i] for i in range(2)]
    kinds = [k[i] * ks if present_k[i] else base.kind_weight(KINDS[i]) for i in range(len(KINDS))]
    values: dict[str, Any] = {name: float(v) for name, v in zip(KINDS, kinds, strict=True)}
    fitted = dataclasses.replace(
        base, required=float(group[0]), preferred=float(group[1]), **values
    )
    # requirement weights in the fitted units: gs * ks times those of G and K
    total = float(requirement_weights(screening.requirements, fitted).sum()) / (gs * ks)
    denominator = total + float(phi.sum())
    if denominator > 0:
        shares = [float(v) / denominator for v in phi]
    else:
        shares = [base.text_similarity, base.semantic_similarity]
    text_share = round(min(max(shares[0], 0.0), 1.0), 4)
    semantic_share = (
        round(min(max(shares[1], 0.0), 1.0 - text_share), 4) if len(shares) > 1 else 0.0
    )
    rounded: dict[str, Any] = {
        name: round(float(v), 4) for name, v in zip(KINDS, kinds, strict=True)
    }
    return dataclasses.replace(
        fitted,
        required=round(float(group[0]), 4),
        preferred=round(float(group[1]), 4),
        text_similarity=text_share,
        semantic_similarity=semantic_share,
        **rounded,
    )


def fit_weights(
    screening: Screening,
    labels: Labels,
    base: Weights | None = None,
    *,
    rows: npt.NDArray[np.intp] | None = None,
    _cache: dict[tuple[float, ...], tuple[npt.NDArray[np.float64], FloatArray]] | None = None,
) -> Weights:
    """Non-negative weights fitted to ``labels`` (on the labelled ``rows`` only, if given:
    indices into ``labels``). Knobs that the data cannot inform keep ``base``'s values."""
    base = base or load_weights()
    take = np.arange(len(labels.rows)) if rows is None else rows
    y = labels.values[take]
    cand = labels.rows[take]
    best: tuple[float, Weights] | None = None
    names = list(GRID)
    for point in itertools.product(*(GRID[n] for n in names)):
        knobs: dict[str, Any] = dict(zip(names, point, strict=True))
        w = dataclasses.replace(base, **knobs)
        if _cache is not None and point in _cache:
            a_all, sim_all = _cache[point]
        else:
            a_all, sim_all = class_features(screening, w)
            if _cache is not None:
                _cache[point] = (a_all, sim_all)
        a, sim = a_all[cand], sim_all[cand]
        g, k, phi, mse = _fit_linear(a, sim, y)
        if best is None or mse < best[0] - 1e-12:
            best = (mse, _to_weights(w, screening, a, g, k, phi))
    return best[1] if best is not None else base


@dataclass(frozen=True, slots=True)
class CVResult:
    """Cross-validated ranking quality of fitted weights versus the defaults."""

    folds: int
    repeats: int
    n: int
    default_spearman: float
    default_ndcg: float
    fitted_spearman: float  # pooled out-of-fold scores, mean over repeats
    fitted_ndcg: float
    fitted_spearman_sd: float  # across repeats
    fitted_ndcg_sd: float
    default_fold_spearman: float  # mean over folds (each fold on its own)
    fitted_fold_spearman: float


def ranking_metrics(labels: FloatArray, scores: FloatArray, k: int = 10) -> tuple[float, float]:
    """``(Spearman ρ, NDCG@k)`` of ``scores`` against graded ``labels`` (gain = label)."""
    from scipy.stats import spearmanr
    from sklearn.metrics import ndcg_score

    if np.ptp(scores) == 0 or np.ptp(labels) == 0:
        rho = 0.0
    else:
        rho = float(spearmanr(labels, scores).statistic)
    gains = labels - min(float(labels.min()), 0.0)
    return rho, float(ndcg_score(gains[None, :], scores[None, :], k=k))


def cross_validate(
    screening: Screening,
    labels: Labels,
    base: Weights | None = None,
    *,
    folds: int = 5,
    repeats: int = 5,
    seed: int = 0,
) -> CVResult:
    """Repeated k-fold cross-validation of :func:`fit_weights` against ``base``."""
    from sklearn.model_selection import KFold

    base = base or load_weights()
    n = len(labels.rows)
    if n < 2 * folds:
        raise InvalidLabels(f"{n} labelled candidates are too few for {folds}-fold validation")
    y = labels.values
    default_scores = screening.scores(base)[labels.rows]
    d_rho, d_ndcg = ranking_metrics(y, default_scores)
    cache: dict[tuple[float, ...], tuple[npt.NDArray[np.float64], FloatArray]] = {}
    pooled: list[tuple[float, float]] = []
    fold_rho_fit: list[float] = []
    fold_rho_def: list[float] = []
    for rep in range(repeats):
        oof = np.zeros(n)
        for train, test in KFold(folds, shuffle=True, random_state=seed + rep).split(y):
            w = fit_weights(screening, labels, base, rows=train, _cache=cache)
            oof[test] = screening.scores(w)[labels.rows[test]]
            fold_rho_fit.append(ranking_metrics(y[test], oof[test])[0])
            fold_rho_def.append(ranking_metrics(y[test], default_scores[test])[0])
        pooled.append(ranking_metrics(y, oof))
    rhos = np.array([p[0] for p in pooled])
    ndcgs = np.array([p[1] for p in pooled])
    return CVResult(
        folds=folds,
        repeats=repeats,
        n=n,
        default_spearman=d_rho,
        default_ndcg=d_ndcg,
        fitted_spearman=float(rhos.mean()),
        fitted_ndcg=float(ndcgs.mean()),
        fitted_spearman_sd=float(rhos.std()),
        fitted_ndcg_sd=float(ndcgs.std()),
        default_fold_spearman=float(np.mean(fold_rho_def)),
        fitted_fold_spearman=float(np.mean(fold_rho_fit)),
    )

"""A screening: one JD against many résumés, features computed once, re-ranked at will.

Everything expensive (parsing, extraction, matching) happens once, when the screening is
built; :meth:`Screening.rank` under new weights is array work (one sparse
matrix–vector product and a top-k), and a screening saved to Parquet
(:meth:`Screening.save`) ranks identically after :meth:`Screening.load`, without the
résumés.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from screener.errors import InvalidScreening
from screener.extract.taxonomy import Taxonomy, load_taxonomy
from screener.records import DEGREE_LEVELS, JobDescription, Requirement, Resume
from screener.score import (
    MET,
    Features,
    FloatArray,
    ScoreDesign,
    build_design,
    build_features,
    name_ranks,
    ranking_order,
    satisfaction,
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
#: Per-candidate columns kept by a screening (and in its Parquet file) besides features.
CANDIDATE_COLUMNS = (
    "file",
    "name",
    "email",
    "phone",
    "years_experience",
    "highest_degree",
    "top_skills",
)
LIST_SEPARATOR = "; "
_DEGREE_LABELS = dict(
    zip(DEGREE_LEVELS, ("High school", "Associate", "Bachelor", "Master", "Doctorate"), strict=True)
)
#: Parquet schema-metadata key holding the JD and the feature layout (JSON).
PARQUET_KEY = b"screener.screening"
FORMAT_VERSION = 1
#: Feature arrays stored as Parquet columns: name -> numpy dtype.
_ARRAYS_2D = {
    "mentioned": np.bool_,
    "shown": np.bool_,
    "implied_mentioned": np.bool_,
    "implied_shown": np.bool_,
    "months": np.float64,
    "shown_stale": np.int8,
    "implied_stale": np.int8,
    "degree_levels": np.int8,
}
_ARRAYS_1D = {"total_years": np.float64, "similarity": np.float64}
#: Optional feature arrays (None when not computed): stored only when present.
_OPTIONAL_1D = {"semantic": np.float64}


def candidate_table(resumes: Sequence[Resume]) -> pd.DataFrame:
    """The per-candidate report columns (:data:`CANDIDATE_COLUMNS`), one row per résumé."""
    return pd.DataFrame(
        {
            "file": [r.source for r in resumes],
            "name": [r.name for r in resumes],
            "email": [r.email for r in resumes],
            "phone": [r.phone for r in resumes],
            "years_experience": np.array([r.experience_years for r in resumes], dtype=float),
            "highest_degree": [_DEGREE_LABELS.get(r.highest_degree, "") for r in resumes],
            "top_skills": [LIST_SEPARATOR.join(top_skills(r)) for r in resumes],
        },
        columns=list(CANDIDATE_COLUMNS),
    )


class Screening:
    """Features of ``resumes`` against ``jd``, computed once; :meth:`rank` is array work.

    Parameters
    ----------
    jd : the job description.
    resumes : the extracted résumés (one row each in every output).
    taxonomy : the taxonomy the résumés were extracted with (default: shipped).
    as_of : the date "Present" stands for in role dates (default: today).
    semantic : also compute semantic similarity (sentence embeddings; needs the ``embed``
        extra, :class:`~screener.errors.EmbeddingUnavailable` otherwise), which weights
        with ``semantic_similarity > 0`` require.

    Attributes
    ----------
    features_ : :class:`~screener.score.Features`, the evidence arrays (one row per candidate).
    candidates_ : DataFrame of :data:`CANDIDATE_COLUMNS`, one row per candidate.
    design_ : :class:`~screener.score.ScoreDesign`, the sparse form used to re-rank.
    """

    def __init__(
        self,
        jd: JobDescription,
        resumes: Sequence[Resume],
        *,
        taxonomy: Taxonomy | None = None,
        as_of: dt.date | None = None,
        semantic: bool = False,
    ) -> None:
        self.jd = jd
        self.resumes = tuple(resumes)
        self._taxonomy = taxonomy
        self.as_of = as_of
        features = build_features(jd, self.resumes, self.taxonomy, as_of, semantic=semantic)
        self._fit(features, candidate_table(self.resumes))

    @classmethod
    def from_features(
        cls,
        jd: JobDescription,
        features: Features,
        candidates: pd.DataFrame | None = None,
        *,
        as_of: dt.date | None = None,
    ) -> Screening:
        """A screening from precomputed features (no résumés): loaded, or synthetic.

        ``candidates`` holds :data:`CANDIDATE_COLUMNS` (missing columns are left empty;
        files default to ``candidate-000001`` …).
        """
        n = features.n_candidates
        table = pd.DataFrame(index=pd.RangeIndex(n))
        given = candidates.reset_index(drop=True) if candidates is not None else table
        if len(given) != n:
            raise ValueError(f"{len(given)} candidate rows for {n} feature rows")
        for name in CANDIDATE_COLUMNS:
            if name in given:
                table[name] = given[name].to_numpy()
            elif name == "file":
                table[name] = [f"candidate-{i + 1:06d}" for i in range(n)]
            elif name == "years_experience":
                table[name] = features.total_years
            else:
                table[name] = ""
        obj = cls.__new__(cls)
        obj.jd = jd
        obj.resumes = ()
        obj._taxonomy = None
        obj.as_of = as_of
        obj._fit(features, table[list(CANDIDATE_COLUMNS)])
        return obj

    def _fit(self, features: Features, candidates: pd.DataFrame) -> None:
        self.features_: Features = features
        self.candidates_: pd.DataFrame = candidates.reset_index(drop=True)
        self.design_: ScoreDesign = build_design(features, self.requirements)
        self._tie_rank = name_ranks(self.candidates_["file"].tolist())

    @property
    def taxonomy(self) -> Taxonomy:
        """The taxonomy the screening was built with (shipped one if none was given)."""
        if self._taxonomy is None:
            self._taxonomy = load_taxonomy()
        return self._taxonomy

    @property
    def requirements(self) -> tuple[Requirement, ...]:
        return self.jd.requirements

    @property
    def n_candidates(self) -> int:
        return self.features_.n_candidates

    @property
    def files(self) -> list[str]:
        """Each candidate's file name, in row order."""
        return [str(f) for f in self.candidates_["file"]]

    def satisfaction(self, weights: Weights | None = None) -> tuple[FloatArray, FloatArray]:
        """``(met, weighted)`` matrices of shape ``(n_candidates, n_requirements)``."""
        return satisfaction(self.features_, self.requirements, weights or load_weights())

    def scores(self, weights: Weights | None = None) -> FloatArray:
        """Scores in [0, 100], shape ``(n_candidates,)``."""
        return self.design_.scores(weights or load_weights())

    def order(
        self,
        weights: Weights | None = None,
        *,
        knockout: bool | None = None,
        top_k: int | None = None,
    ) -> npt.NDArray[np.intp]:
        """Candidate row indices best first (the best ``top_k`` only, if given)."""
        weights = weights or load_weights()
        knockout = weights.knockout if knockout is None else knockout
        score = self.design_.scores(weights)
        meets = self.design_.meets_required(weights) if knockout else None
        return ranking_order(score, None, meets, top_k, tie_rank=self._tie_rank)

    def rank(
        self,
        weights: Weights | None = None,
        *,
        knockout: bool | None = None,
        top_k: int | None = None,
    ) -> pd.DataFrame:
        """The ranked table (the CSV's columns), best first, ties broken by file name.

        With ``top_k`` only the best ``top_k`` rows are built (found with
        ``np.argpartition``): re-ranking 100,000 candidates takes milliseconds.
        """
        weights = weights or load_weights()
        knockout = weights.knockout if knockout is None else knockout
        score = self.design_.scores(weights)
        meets = self.design_.meets_required(weights) if knockout else None
        order = ranking_order(score, None, meets, top_k, tie_rank=self._tie_rank)
        return self._table(order, score[order], weights)

    def _table(
        self, order: npt.NDArray[np.intp], score: FloatArray, weights: Weights
    ) -> pd.DataFrame:
        """Report rows for candidates ``order`` (met / missing from the reference matrix)."""
        met, _weighted = satisfaction(self.features_.take(order), self.requirements, weights)
        required = np.array([r.required for r in self.requirements], dtype=bool)
        is_met = met >= MET
        labels = np.array([r.label for r in self.requirements], dtype=object)
        cand = self.candidates_.iloc[order]
        missing = [
            LIST_SEPARATOR.join(
                _with_share(str(lab), m)
                for lab, m in zip(labels[required], row[required], strict=True)
                if m < MET
            )
            for row in met
        ]
        matched = [
            LIST_SEPARATOR.join(str(lab) for lab in labels[~required][hit[~required]])
            for hit in is_met
        ]
        data: dict[str, Any] = {
            "rank": np.arange(1, len(order) + 1),
            "file": cand["file"].to_numpy(),
            "name": cand["name"].to_numpy(),
            "email": cand["email"].to_numpy(),
            "phone": cand["phone"].to_numpy(),
            "score": np.asarray(score, dtype=np.float64),
            "required_met": is_met[:, required].sum(axis=1),
            "required_total": np.full(len(order), int(required.sum())),
            "preferred_met": is_met[:, ~required].sum(axis=1),
            "preferred_total": np.full(len(order), int((~required).sum())),
            "missing_required": missing,
            "matched_preferred": matched,
            "years_experience": cand["years_experience"].to_numpy(dtype=np.float64),
            "highest_degree": cand["highest_degree"].to_numpy(),
            "top_skills": cand["top_skills"].to_numpy(),
        }
        return pd.DataFrame(data, columns=list(COLUMNS))

    # ------------------------------------------------------------------ persistence

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the screening to a Parquet file (atomically): one row per candidate with
        the report columns and the evidence arrays; the JD and the feature layout go in
        the schema metadata. No résumé text is stored."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        from screener.report import write_atomic

        f = self.features_
        columns: dict[str, pa.Array] = {
            name: pa.array(self.candidates_[name].tolist(), type=pa.string())
            for name in CANDIDATE_COLUMNS
            if name != "years_experience"
        }
        columns["years_experience"] = pa.array(
            self.candidates_["years_experience"].to_numpy(dtype=np.float64)
        )
        widths: dict[str, int] = {}
        for name, dtype in _ARRAYS_2D.items():
            arr: npt.NDArray[Any] = np.ascontiguousarray(getattr(f, name), dtype=dtype)
            widths[name] = int(arr.shape[1])
            if arr.shape[1]:
                columns[name] = pa.FixedSizeListArray.from_arrays(
                    pa.array(arr.ravel()), arr.shape[1]
                )
        for name, dtype in _ARRAYS_1D.items():
            columns[name] = pa.array(np.asarray(getattr(f, name), dtype=dtype))
        for name, dtype in _OPTIONAL_1D.items():
            if getattr(f, name) is not None:
                columns[name] = pa.array(np.asarray(getattr(f, name), dtype=dtype))
        meta = {
            "format": FORMAT_VERSION,
            "n_candidates": self.n_candidates,
            "jd": jd_to_dict(self.jd),
            "skills": list(f.skills),
            "fields": list(f.fields),
            "widths": widths,
            "as_of": self.as_of.isoformat() if self.as_of else None,
        }
        table = pa.table(columns).replace_schema_metadata(
            {PARQUET_KEY: json.dumps(meta, ensure_ascii=False).encode()}
        )
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink, compression="zstd")
        write_atomic(path, sink.getvalue().to_pybytes())

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Screening:
        """A screening saved by :meth:`save`; it ranks exactly as the original did."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            table = pq.read_table(path)
        except (OSError, pa.ArrowException) as exc:
            raise InvalidScreening(f"cannot read {os.fspath(path)}: {exc}") from exc
        raw = (table.schema.metadata or {}).get(PARQUET_KEY)
        if raw is None:
            raise InvalidScreening(f"{os.fspath(path)} holds no screening metadata")
        try:
            meta = json.loads(raw)
            if meta.get("format") != FORMAT_VERSION:
                raise InvalidScreening(
                    f"{os.fspath(path)} has screening format {meta.get('format')!r}, "
                    f"this version reads {FORMAT_VERSION}"
                )
            n = int(meta["n_candidates"])
            arrays: dict[str, Any] = {}
            for name, dtype in _ARRAYS_2D.items():
                width = int(meta["widths"][name])
                if width:
                    flat = (
                        table.column(name).combine_chunks().flatten().to_numpy(zero_copy_only=False)
                    )
                    arrays[name] = np.asarray(flat, dtype=dtype).reshape(n, width)
                else:
                    arrays[name] = np.zeros((n, 0), dtype=dtype)
            for name, dtype in _ARRAYS_1D.items():
                arrays[name] = np.asarray(table.column(name).to_numpy(), dtype=dtype)
            for name, dtype in _OPTIONAL_1D.items():
                if name in table.column_names:
                    arrays[name] = np.asarray(table.column(name).to_numpy(), dtype=dtype)
            features = Features(
                skills=tuple(meta["skills"]), fields=tuple(meta["fields"]), **arrays
            )
            candidates = table.select(list(CANDIDATE_COLUMNS)).to_pandas()
            jd = jd_from_dict(meta["jd"])
            as_of = dt.date.fromisoformat(meta["as_of"]) if meta.get("as_of") else None
        except InvalidScreening:
            raise
        except (KeyError, TypeError, ValueError, pa.ArrowException) as exc:
            raise InvalidScreening(
                f"{os.fspath(path)} is not a valid screening: {type(exc).__name__}: {exc}"
            ) from exc
        return cls.from_features(jd, features, candidates, as_of=as_of)


def jd_to_dict(jd: JobDescription) -> dict[str, Any]:
    """``jd`` as JSON-ready data (inverse: :func:`jd_from_dict`)."""
    return {
        "title": jd.title,
        "text": jd.text,
        "requirements": [dataclasses.asdict(r) for r in jd.requirements],
    }


def jd_from_dict(data: dict[str, Any]) -> JobDescription:
    """The :class:`JobDescription` saved by :func:`jd_to_dict`."""
    known = {f.name for f in dataclasses.fields(Requirement)}
    reqs: list[Requirement] = []
    for r in data["requirements"]:
        kwargs: dict[str, Any] = {
            k: tuple(v) if isinstance(v, list) else v for k, v in r.items() if k in known
        }
        reqs.append(Requirement(**kwargs))
    return JobDescription(
        title=str(data["title"]), text=str(data["text"]), requirements=tuple(reqs)
    )


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
    semantic: bool = False,
) -> pd.DataFrame:
    """Rank ``resumes`` against ``jd``: a DataFrame with the CSV's columns."""
    screening = Screening(jd, resumes, as_of=as_of, semantic=semantic)
    return screening.rank(weights, knockout=knockout)

"""Synthetic screenings (no résumés): feature arrays drawn at random, for benchmarks and
tests of the re-ranking path at scale (100,000 or 1,000,000 candidates)."""

from __future__ import annotations

import numpy as np

from screener.extract.education import fields_of_study
from screener.records import JobDescription, Requirement
from screener.score import MAX_STALE_YEARS, Features
from screener.screening import Screening


def synthetic_jd(n_requirements: int = 40, n_skills: int = 48, seed: int = 0) -> JobDescription:
    """A JD of ``n_requirements`` items over skills ``skill-00`` …: about one in ten asks
    for years, two for a degree, the rest for skills (all-of or any-of, 1–4 each)."""
    rng = np.random.default_rng(seed)
    fields = [f.name for f in fields_of_study()]
    skills = [f"skill-{i:02d}" for i in range(n_skills)]
    reqs: list[Requirement] = []
    for i in range(n_requirements):
        required = bool(rng.random() < 0.6)
        rid = f"{'R' if required else 'P'}{i + 1}"
        if i % 10 == 3:
            names = tuple(rng.choice(skills, int(rng.integers(0, 3)), replace=False))
            reqs.append(
                Requirement(
                    rid,
                    f"{int(rng.integers(1, 6))}+ yrs",
                    "years",
                    "experience",
                    required,
                    "any" if rng.random() < 0.5 else "all",
                    tuple(str(s) for s in names),
                    min_years=float(rng.integers(1, 6)),
                )
            )
        elif i in (7, 18):
            reqs.append(
                Requirement(
                    rid,
                    "Degree",
                    "degree",
                    "education",
                    required,
                    degree=str(rng.choice(["bachelor", "master"])),
                    fields=tuple(str(f) for f in rng.choice(fields, 2, replace=False))
                    if i == 7
                    else (),
                    related_fields_ok=i == 7,
                )
            )
        else:
            k = int(rng.integers(1, 5))
            names = tuple(str(s) for s in rng.choice(skills, k, replace=False))
            kind = str(rng.choice(["skill"] * 8 + ["certification", "soft"]))
            reqs.append(
                Requirement(
                    rid,
                    " + ".join(names),
                    "skills",
                    kind,  # type: ignore[arg-type]
                    required,
                    "any" if rng.random() < 0.4 else "all",
                    names,
                )
            )
    return JobDescription("Synthetic role", "", tuple(reqs))


def synthetic_features(jd: JobDescription, n: int, seed: int = 0) -> Features:
    """Random evidence for ``n`` candidates: stronger candidates name more skills, about
    60% of named skills are shown in experience, some only through implied skills."""
    rng = np.random.default_rng(seed)
    skills = tuple(dict.fromkeys(s for r in jd.requirements for s in r.skills))
    k = len(skills)
    fields = tuple(f.name for f in fields_of_study())
    strength = rng.random((n, 1), dtype=np.float32)
    popularity = rng.uniform(0.05, 0.6, size=(1, k)).astype(np.float32)
    mentioned = rng.random((n, k), dtype=np.float32) < popularity * (0.3 + strength)
    shown = mentioned & (rng.random((n, k), dtype=np.float32) < 0.6)
    implied_mentioned = mentioned | (rng.random((n, k), dtype=np.float32) < 0.08)
    implied_shown = shown | (implied_mentioned & (rng.random((n, k), dtype=np.float32) < 0.4))
    stale = np.where(
        rng.random((n, k), dtype=np.float32) < 0.7, 0, rng.integers(0, MAX_STALE_YEARS + 1, (n, k))
    ).astype(np.int8)
    months = np.where(shown, rng.integers(1, 120, (n, k)), 0).astype(np.float64)
    levels = np.full((n, len(fields) + 1), -1, dtype=np.int8)
    has = rng.random(n) < 0.8
    field_idx = rng.integers(0, len(fields), n)
    level = rng.integers(0, 5, n).astype(np.int8)
    rows = np.flatnonzero(has)
    levels[rows, field_idx[rows]] = level[rows]
    levels[rows, -1] = level[rows]
    return Features(
        skills=skills,
        mentioned=mentioned,
        shown=shown,
        implied_mentioned=implied_mentioned,
        implied_shown=implied_shown,
        months=months,
        total_years=rng.gamma(2.0, 3.0, n),
        fields=fields,
        degree_levels=levels,
        similarity=rng.beta(2.0, 5.0, n),
        shown_stale=np.where(shown, stale, 0).astype(np.int8),
        implied_stale=np.where(implied_shown, stale, 0).astype(np.int8),
    )


def synthetic_screening(n: int, n_requirements: int = 40, seed: int = 0) -> Screening:
    """A screening of ``n`` synthetic candidates against :func:`synthetic_jd`."""
    jd = synthetic_jd(n_requirements, seed=seed)
    return Screening.from_features(jd, synthetic_features(jd, n, seed=seed))

"""Scoring weights: a frozen dataclass loaded from and saved to TOML.

Change one knob with :func:`dataclasses.replace`::

    w = load_weights()
    w2 = dataclasses.replace(w, listed_only=0.5)
"""

from __future__ import annotations

import dataclasses
import math
import os
import tomllib
from dataclasses import dataclass, fields
from typing import Any

import tomli_w

from screener.errors import InvalidWeights
from screener.extract.taxonomy import resource_path

#: TOML table of each field (the file groups knobs by what they weigh).
SECTIONS: dict[str, tuple[str, ...]] = {
    "requirement": ("required", "preferred"),
    "kind": ("skill", "experience", "education", "certification", "soft"),
    "evidence": ("listed_only", "implied"),
    "recency": ("recency_half_life",),
    "education": ("related_field", "other_field", "one_level_below"),
    "blend": ("text_similarity", "semantic_similarity"),
    "ranking": ("knockout",),
}

#: The largest value a knob may take: weights are relative (the defaults are at most 5), and
#: products of a few knobs must stay finite.
MAX_WEIGHT = 1e6


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each part of the evidence counts. Every knob is documented in
    ``models/default-weights.toml``."""

    required: float = 3.0
    preferred: float = 1.0
    skill: float = 1.0
    experience: float = 1.5
    education: float = 1.0
    certification: float = 0.5
    soft: float = 0.25
    listed_only: float = 0.6
    implied: float = 1.0
    recency_half_life: float = 5.0
    related_field: float = 0.8
    other_field: float = 0.5
    one_level_below: float = 0.5
    text_similarity: float = 0.5
    semantic_similarity: float = 0.0
    knockout: bool = False

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "knockout":
                if not isinstance(value, bool):
                    raise InvalidWeights(f"knockout must be true or false, not {value!r}")
                continue
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not math.isfinite(value)
                or not 0 <= value <= MAX_WEIGHT
            ):
                raise InvalidWeights(
                    f"{f.name} must be a number from 0 to {MAX_WEIGHT:g}, not {value!r}"
                )
        for name in (
            "listed_only",
            "implied",
            "related_field",
            "other_field",
            "one_level_below",
            "text_similarity",
            "semantic_similarity",
        ):
            if getattr(self, name) > 1:
                raise InvalidWeights(f"{name} is a factor in [0, 1], not {getattr(self, name)!r}")
        text_share = self.text_similarity + self.semantic_similarity
        if text_share > 1 + 1e-9:
            raise InvalidWeights(
                "text_similarity + semantic_similarity is the share of the score taken from "
                f"text; it must be at most 1, not {text_share:g}"
            )

    def kind_weight(self, kind: str) -> float:
        return float(getattr(self, kind))

    def to_toml(self) -> str:
        doc = {sec: {k: getattr(self, k) for k in keys} for sec, keys in SECTIONS.items()}
        return tomli_w.dumps(doc)

    def save(self, path: str | os.PathLike[str]) -> None:
        from screener.report import write_atomic

        write_atomic(path, self.to_toml().encode())


def weights_from_mapping(data: dict[str, Any], base: Weights | None = None) -> Weights:
    """Weights from a parsed TOML document; keys absent keep ``base``'s values."""
    values: dict[str, Any] = {}
    for section, table in data.items():
        if section not in SECTIONS or not isinstance(table, dict):
            raise InvalidWeights(f"unknown table [{section}]; expected one of {sorted(SECTIONS)}")
        for key, value in table.items():
            if key not in SECTIONS[section]:
                raise InvalidWeights(f"unknown key {key!r} in [{section}]")
            values[key] = float(value) if isinstance(value, int) and key != "knockout" else value
    return dataclasses.replace(base or Weights(), **values)


def load_weights(path: str | os.PathLike[str] | None = None) -> Weights:
    """The shipped defaults, overridden by the TOML file at ``path`` if given."""
    defaults = _read(resource_path("default-weights.toml"), Weights())
    return defaults if path is None else _read(path, defaults)


def _read(path: str | os.PathLike[str], base: Weights) -> Weights:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise InvalidWeights(f"cannot read weights file {os.fspath(path)}: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise InvalidWeights(f"{os.fspath(path)} is not valid TOML: {exc}") from exc
    return weights_from_mapping(data, base)

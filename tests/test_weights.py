"""Weights: the shipped TOML documents every knob and equals the dataclass defaults."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest

from screener.errors import InvalidWeights
from screener.weights import SECTIONS, Weights, load_weights

DEFAULTS = Path(__file__).resolve().parents[1] / "models" / "default-weights.toml"


def test_shipped_toml_equals_dataclass_defaults_and_covers_every_knob() -> None:
    assert load_weights() == Weights()
    data = tomllib.loads(DEFAULTS.read_text(encoding="utf-8"))
    keys = {k for table in data.values() for k in table}
    assert keys == {f.name for f in dataclasses.fields(Weights)}
    assert set(SECTIONS) == set(data)


def test_every_knob_has_a_comment() -> None:
    lines = DEFAULTS.read_text(encoding="utf-8").splitlines()
    for f in dataclasses.fields(Weights):
        i = next(i for i, line in enumerate(lines) if line.startswith(f"{f.name} ="))
        j = i - 1  # a comment above may document a group of keys (required, preferred)
        while j > 0 and "=" in lines[j] and not lines[j].lstrip().startswith("#"):
            j -= 1
        commented = "#" in lines[i] or lines[j].lstrip().startswith("#")
        assert commented, f"{f.name} has no comment in {DEFAULTS.name}"


def test_toml_round_trip_and_replace(tmp_path: Path) -> None:
    w = dataclasses.replace(Weights(), recency_half_life=2.5, listed_only=0.3, knockout=True)
    w.save(tmp_path / "w.toml")
    assert load_weights(tmp_path / "w.toml") == w
    with pytest.raises(dataclasses.FrozenInstanceError):
        w.required = 1.0  # type: ignore[misc]


@pytest.mark.parametrize(
    "bad",
    [
        {"listed_only": 1.5},
        {"recency_half_life": -1.0},
        {"text_similarity": 2.0},
        {"semantic_similarity": 1.2},
        {"text_similarity": 0.6, "semantic_similarity": 0.5},  # text shares above 1 in all
        {"required": float("nan")},
        {"preferred": float("inf")},
        {"skill": 1e308},  # finite, but products of knobs overflow
        {"recency_half_life": float("nan")},
        {"text_similarity": float("nan")},
    ],
)
def test_out_of_range_knobs_are_rejected(bad: dict[str, float]) -> None:
    with pytest.raises(InvalidWeights):
        dataclasses.replace(Weights(), **bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e308"])
def test_weights_file_with_a_non_finite_or_huge_value_is_invalid(
    tmp_path: Path, value: str
) -> None:
    path = tmp_path / "w.toml"
    path.write_text(f"[requirement]\nrequired = {value}\n")
    with pytest.raises(InvalidWeights, match="required must be a number"):
        load_weights(path)


def test_invalid_weights_hint_names_files_that_exist() -> None:
    """The hint once named `screener weights --show`, a command that does not exist."""
    import re

    import screener
    from screener.cli import app

    hint = InvalidWeights.hint
    assert "--show" not in hint
    named = re.findall(r"[\w/.-]+\.toml", hint)
    assert named == ["models/default-weights.toml", "screener/resources/default-weights.toml"]
    assert (DEFAULTS.parents[1] / named[0]).is_file()
    assert (Path(screener.__file__).parents[1] / named[1]).is_file()
    assert not any(c.name == "weights" for c in app.registered_commands)

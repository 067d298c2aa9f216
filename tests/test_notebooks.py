"""The analyst notebooks run clean from a fresh clone (sample data only)."""

from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"

nbformat = pytest.importorskip("nbformat", reason="the dev extra installs nbformat")
nbclient = pytest.importorskip("nbclient", reason="the dev extra installs nbclient")
pytest.importorskip("ipykernel", reason="the dev extra installs ipykernel")
pytest.importorskip("matplotlib", reason="the dev extra installs matplotlib")


@pytest.mark.parametrize("name", ["01_tune_weights.ipynb", "02_evaluate.ipynb"])
def test_notebook_runs_clean(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the evaluation's shared-data part is slow: `make eval` and the notebook run it by hand
    monkeypatch.setenv("SCREENER_NOTEBOOK_SKIP_SHARED", "1")
    monkeypatch.setenv("SCREENER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    )
    client.execute()  # raises CellExecutionError on any failing cell
    errors = [
        out
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if out.get("output_type") == "error"
    ]
    assert not errors
    text = "".join(
        out.get("text", "")
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
    )
    if name == "02_evaluate.ipynb":
        assert "sample: " in text and "Spearman vs intended fit" in text

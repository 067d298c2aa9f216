"""Content-hash cache of parsed documents, so a re-run parses no file twice.

Entries are JSON files under ``<dir>/v<parser version>/<key[:2]>/<key>.json``. The key is
given by the caller (``screener.pipeline._cache_key``): a hash of the file's bytes *and* of
what else decides the outcome — the file name's suffix (text named ``.pdf`` is
``CorruptFile``, the same bytes named ``.txt`` are read) and whether OCR is on.
Deterministic failures (corrupt, encrypted, no text layer …) are cached too; limits,
time-outs and crashes are not, since they depend on the run's settings or the machine.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from screener import errors
from screener.records import ParsedDocument
from screener.report import write_atomic

log = logging.getLogger(__name__)

#: Bump when parsing changes so old entries are ignored.
PARSER_VERSION = "3"
CACHEABLE_ERRORS = (
    errors.CorruptFile,
    errors.EncryptedFile,
    errors.NoTextLayer,
    errors.EmptyDocument,
    errors.UnsupportedFormat,
)


def default_cache_dir() -> Path:
    env = os.environ.get("SCREENER_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "screener"


class ParseCache:
    """Parsed text (or a deterministic parse error) by a key derived from the content hash."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.directory = Path(directory)

    def _path(self, key: str) -> Path:
        return self.directory / f"v{PARSER_VERSION}" / key[:2] / f"{key}.json"

    def get(self, key: str, path: str) -> ParsedDocument | errors.UnreadableFile | None:
        """The cached result under ``key``, re-labelled with ``path``; None on a miss.

        A document's ``sha256`` is set to ``key``: the caller replaces it with the content hash.
        """
        try:
            data: dict[str, Any] = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if "error" in data:
            cls = getattr(errors, str(data["error"]), None)
            if isinstance(cls, type) and issubclass(cls, errors.UnreadableFile):
                return cls(str(data.get("message", "")))
            return None
        return ParsedDocument(
            path=path,
            sha256=key,
            format=str(data["format"]),
            text=str(data["text"]),
            pages=int(data["pages"]),
        )

    def put(self, key: str, result: ParsedDocument | BaseException) -> None:
        if isinstance(result, ParsedDocument):
            data: dict[str, Any] = {
                "format": result.format,
                "text": result.text,
                "pages": result.pages,
            }
        elif isinstance(result, CACHEABLE_ERRORS):
            data = {"error": type(result).__name__, "message": str(result)}
        else:
            return
        try:
            write_atomic(self._path(key), json.dumps(data, ensure_ascii=False).encode())
        except (OSError, errors.OutputNotWritable) as exc:
            log.warning("cannot write the parse cache in %s: %s", self.directory, exc)

"""Parse stage: turn a résumé file (PDF, DOCX or plain text) into clean text.

The format is sniffed from the bytes, not trusted from the name. Every failure is
one of the named errors of :mod:`screener.errors`; no exception from a third-party
parser escapes :func:`parse_bytes` raw. Time and memory are *not* bounded here:
run untrusted files in a worker process with a timeout (see ``screener.pipeline``).
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import zipfile
from dataclasses import dataclass
from typing import Literal

from screener.errors import (
    CorruptFile,
    EmptyDocument,
    EncryptedFile,
    FileTooLarge,
    NoTextLayer,
    ParseCrashed,
    PathNotFound,
    ScreenerError,
    UnreadableFile,
    UnsupportedFormat,
)
from screener.parse.normalize import normalize_text
from screener.records import ParsedDocument

__all__ = [
    "SUPPORTED_SUFFIXES",
    "ParseLimits",
    "normalize_text",
    "parse_bytes",
    "parse_file",
    "sniff_format",
]

logger = logging.getLogger(__name__)

#: File name endings that folder scans pick up (compared lower-cased).
SUPPORTED_SUFFIXES: tuple[str, ...] = (".pdf", ".docx", ".txt", ".text")
#: Endings read as plain text when named explicitly (not picked up by folder scans).
_TEXT_SUFFIXES = (".txt", ".text", ".md")

Format = Literal["pdf", "docx", "txt"]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
#: How many times its compressed size a DOCX may unpack to, at least 200 MB.
_UNPACK_RATIO = 10
_MIN_UNPACK_LIMIT = 200_000_000
_MEMORY_HINT = "Raise --max-memory if the file is genuine; otherwise re-export it"


@dataclass(frozen=True, slots=True)
class ParseLimits:
    """Refuse files larger than ``max_bytes`` bytes or PDFs of more than ``max_pages`` pages."""

    max_bytes: int = 20_000_000
    max_pages: int = 30


def parse_file(
    path: str | os.PathLike[str], limits: ParseLimits | None = None, *, ocr: bool = False
) -> ParsedDocument:
    """Read and parse one file (see :func:`parse_bytes`).

    The size is checked (``os.stat``) before anything is read; read errors raise
    :class:`UnreadableFile` naming ``path`` (the caller's own argument), a missing file
    :class:`PathNotFound`.
    """
    limits = limits or ParseLimits()
    name = os.fspath(path)
    try:
        size = os.stat(name).st_size
        if size > limits.max_bytes:
            raise FileTooLarge(f"{size} bytes (limit {limits.max_bytes})")
        with open(name, "rb") as fh:
            data = fh.read(limits.max_bytes + 1)
    except FileNotFoundError as exc:
        raise PathNotFound(f"{name} does not exist") from exc
    except IsADirectoryError as exc:
        raise UnreadableFile(
            f"{name} is a folder, not a file", hint="Give the path of a file, not of a folder"
        ) from exc
    except PermissionError as exc:
        raise UnreadableFile(
            f"{name} cannot be read: permission denied", hint="Check the file's permissions"
        ) from exc
    except OSError as exc:
        raise UnreadableFile(
            f"{name} cannot be read: {exc.strerror or type(exc).__name__}"
        ) from exc
    if len(data) > limits.max_bytes:
        raise FileTooLarge(f"more than {limits.max_bytes} bytes")
    return parse_bytes(data, name, limits, ocr=ocr)


def parse_bytes(
    data: bytes, name: str, limits: ParseLimits | None = None, *, ocr: bool = False
) -> ParsedDocument:
    """Parse a file's bytes; ``name`` is used for its suffix and as ``ParsedDocument.path``.

    ``ocr``: read a PDF without a text layer by OCR (:mod:`screener.parse.ocr`) when the
    ``ocr`` extra and Tesseract are installed.

    Raises (all :class:`~screener.errors.UnreadableFile`): ``FileTooLarge``,
    ``UnsupportedFormat``, ``CorruptFile`` (also for any exception a parser
    raises), ``EncryptedFile``, ``NoTextLayer`` and ``EmptyDocument``; ``ParseCrashed``
    when a parser runs out of memory: that depends on the run's memory limit, so it must not
    be cached as a fault of the file. (A ``RecursionError`` stays ``CorruptFile``: objects
    nested thousands deep are a property of the file, whatever the limits.)
    """
    limits = limits or ParseLimits()
    digest = hashlib.sha256(data).hexdigest()
    try:
        return _parse(data, name, digest, limits, ocr)
    except ScreenerError as exc:
        logger.debug("%s: %s", digest[:12], type(exc).__name__)
        raise
    except MemoryError as exc:
        logger.debug("%s: ParseCrashed from MemoryError", digest[:12])
        raise ParseCrashed("ran out of memory while parsing", hint=_MEMORY_HINT) from exc
    except Exception as exc:  # every parser failure becomes a named error
        logger.debug("%s: CorruptFile from %s", digest[:12], type(exc).__name__)
        raise CorruptFile(_describe(exc)) from exc


def sniff_format(data: bytes, name: str = "") -> Format:
    """The real format of ``data`` (``name`` only breaks ties and flags mismatches).

    Raises ``UnsupportedFormat``, ``EncryptedFile`` (an encrypted Office file),
    ``CorruptFile`` (a ``.pdf`` or ``.docx`` name on bytes of another kind) or
    ``EmptyDocument`` (no bytes at all).
    """
    suffix = os.path.splitext(name)[1].lower()
    if not data:
        raise EmptyDocument("the file is empty")
    if b"%PDF" in data[:1024]:
        return "pdf"
    if data.startswith(_ZIP_MAGIC):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                names = set(package.namelist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            if suffix == ".docx":
                raise CorruptFile(_describe(exc)) from exc
            raise UnsupportedFormat("a damaged ZIP archive") from exc
        if "word/document.xml" in names:
            return "docx"
        if suffix == ".docx":
            raise CorruptFile("ZIP archive without word/document.xml")
        raise UnsupportedFormat("a ZIP archive that is not a Word document")
    if data.startswith(_OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise EncryptedFile("password-protected Office document")
        raise UnsupportedFormat("legacy Office (.doc) file")
    if suffix == ".pdf":
        raise CorruptFile("not a PDF (no %PDF header)")
    if suffix == ".docx":
        raise CorruptFile("not a DOCX (not a ZIP archive)")
    if data.lstrip()[:5].lower() == b"{\\rtf":
        raise UnsupportedFormat("RTF file")
    if suffix not in _TEXT_SUFFIXES:
        raise UnsupportedFormat(f"unsupported file type {suffix or '(no suffix)'}")
    return "txt"


def _parse(data: bytes, name: str, digest: str, limits: ParseLimits, ocr: bool) -> ParsedDocument:
    if len(data) > limits.max_bytes:
        raise FileTooLarge(f"{len(data)} bytes (limit {limits.max_bytes})")
    fmt = sniff_format(data, name)
    pages = 1
    if fmt == "pdf":
        from screener.parse.pdf import extract_pdf

        result = extract_pdf(data, limits.max_pages)
        pages = len(result.pages)
        if pages == 0:
            raise CorruptFile("the PDF has no pages")
        text = normalize_text("\f".join(result.pages), result.pages)
        if not text:
            if result.has_images:
                text = _ocr(data, limits, ocr)
            else:
                raise EmptyDocument("the PDF pages hold no text")
    elif fmt == "docx":
        from screener.parse.docx import extract_docx

        unpack_limit = max(_MIN_UNPACK_LIMIT, _UNPACK_RATIO * limits.max_bytes)
        text = normalize_text(extract_docx(data, unpack_limit))
    else:
        text = normalize_text(_decode(data))
    if not text:
        raise EmptyDocument()
    logger.debug("%s: %s, %d page(s), %d characters", digest[:12], fmt, pages, len(text))
    return ParsedDocument(path=name, sha256=digest, format=fmt, text=text, pages=pages)


def _ocr(data: bytes, limits: ParseLimits, enabled: bool) -> str:
    """Text of a scanned PDF by OCR, or ``NoTextLayer`` when OCR is off, missing or blind."""
    if not enabled:
        raise NoTextLayer()
    from screener.parse import ocr

    if not ocr.available():
        raise NoTextLayer(f"no text layer, and OCR needs {ocr.missing()}")
    pages = ocr.ocr_pdf(data, limits.max_pages)
    text = normalize_text("\f".join(pages), pages)
    if not text:
        raise NoTextLayer("no text layer, and OCR found no text")
    return text


def _decode(data: bytes) -> str:
    """Plain text: UTF-16 with a BOM, else UTF-8 (BOM optional), else cp1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UnsupportedFormat("undecodable UTF-16 text") from exc
    if b"\x00" in data:
        raise UnsupportedFormat("binary file (holds NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise UnsupportedFormat("text in an unknown encoding (neither UTF-8 nor cp1252)") from exc


#: A quoted string or bytes literal (``'…'``, ``b"…"``), or an unclosed one to the end.
_QUOTED = re.compile(r"""(?<!\w)[bBrRuU]{0,2}(?:'[^']*(?:'|$)|"[^"]*(?:"|$))""")


def _describe(exc: BaseException) -> str:
    """``ClassName: generic description``, short, printable and free of the file's content.

    A parser's message often quotes the bytes it choked on (pdfminer: ``Invalid dictionary
    construct: [/'A', b'Jane Doe, jane@x.io', …]``), and PDF metadata often holds the
    candidate's name, so only the description before any ``:`` is kept, without quoted
    strings, bytes literals, bracketed values or words holding ``@`` or a slash.
    """
    text = str(exc).strip()
    message = text.splitlines()[0] if text else ""
    message = message.split(":", 1)[0]
    message = _QUOTED.sub("", message)
    message = re.sub(r"[\[({<].*", "", message)  # a list, tuple, dict or object of values
    message = re.sub(r"\S*[@/\\]\S*", "", message)  # addresses, links, paths
    message = "".join(ch if ch.isprintable() else " " for ch in message)
    message = " ".join(message.split()).strip(" ,;.=-")
    if len(message) > 80:
        message = message[:77] + "..."
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__

"""Optional OCR of scanned PDFs: pages rendered with pypdfium2, read by Tesseract.

Used only when asked for (``--ocr``, ``BatchOptions(ocr=True)``, ``parse_file(..., ocr=True)``)
and when a PDF has no text layer. It needs the ``ocr`` extra (``pip install
'screener[ocr]'``: pytesseract and pypdfium2) and the ``tesseract`` program (e.g. the
``tesseract-ocr`` system package). Without them a scanned PDF stays a ``NoTextLayer`` error
whose detail says what is missing.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import shutil

logger = logging.getLogger(__name__)

#: Resolution pages are rendered at: Tesseract reads body text best at about 300 dpi.
DPI = 300
#: Tesseract language(s), as its ``-l`` option.
LANGUAGE = "eng"


@functools.lru_cache(maxsize=1)
def missing() -> str:
    """What OCR still needs on this machine ("" when everything is there)."""
    needs = [
        name for name in ("pytesseract", "pypdfium2") if importlib.util.find_spec(name) is None
    ]
    if shutil.which("tesseract") is None:
        needs.append("the tesseract program")
    return ", ".join(needs)


def available() -> bool:
    return not missing()


def ocr_pdf(data: bytes, max_pages: int, *, dpi: int = DPI, language: str = LANGUAGE) -> list[str]:
    """Text of each page of the PDF ``data`` (at most ``max_pages``), read by OCR.

    Raises ``RuntimeError`` when OCR is not available (see :func:`missing`).
    """
    if not available():
        raise RuntimeError(f"OCR needs {missing()}")
    import pypdfium2
    import pytesseract

    document = pypdfium2.PdfDocument(data)
    try:
        pages = []
        for index in range(min(len(document), max_pages)):
            page = document[index]
            image = page.render(scale=dpi / 72).to_pil()
            pages.append(str(pytesseract.image_to_string(image, lang=language)))
            page.close()
        logger.debug("OCR read %d page(s)", len(pages))
        return pages
    finally:
        document.close()

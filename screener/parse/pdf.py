"""PDF text extraction with pdfminer.six, in reading order.

pdfminer's layout analysis (``LAParams()`` defaults, except ``boxes_flow=None``)
groups characters into lines and lines into text boxes; we keep those boxes but
order them ourselves, because pdfminer's own ``boxes_flow`` ordering interleaves a
sidebar with the main column on many two-column résumés (and is quadratic in the
number of boxes: tens of seconds on a page of table cells). The ordering is a
recursive cut of the page:

1. boxes are grouped into horizontal *bands* (boxes that overlap vertically);
2. consecutive bands are merged into a *region* while some vertical *gutter* (an
   x range at least ``_MIN_GUTTER`` wide that no box of the region crosses) still
   separates them, so full-width boxes (a header spanning both columns) end a
   region and stay in place by y; bands at the bottom of a region that sit in one
   column only, well below the rest (a heading after a table), are split off;
3. a region with gutters is read column by column, left to right, each column
   ordered recursively (it may hold a table or a nested layout); lines at the top
   of a region that sit in one column only and well above the other columns (a
   name above the main column, say) are read first;
4. a sparse column of one-line boxes level with lines of its neighbour (dates
   right-aligned beside job titles) is folded into those lines after a tab.

Bullet glyphs that pdfminer puts in boxes of their own (Word's hanging indent) are
first glued to the line they introduce, so they neither form a column of their
own nor land far from their text. Text inside form XObjects (which pdfminer leaves
unanalysed by default) gets the same line and box analysis as the page.
"""

from __future__ import annotations

import bisect
import io
import itertools
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import (
    LAParams,
    LTChar,
    LTCurve,
    LTFigure,
    LTImage,
    LTLayoutContainer,
    LTPage,
    LTTextBox,
    LTTextLine,
)
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFStream, resolve1
from pdfminer.psparser import PSLiteral

from screener.errors import EncryptedFile, FileTooLarge

logger = logging.getLogger(__name__)

#: Narrowest x gap (in points) that counts as a gutter between columns. pdfminer
#: already splits a line where the gap exceeds ``char_margin`` (2) character
#: widths, so gaps between boxes on one row are rarely narrower than this.
_MIN_GUTTER = 7.0
#: One-column bands this many line heights below the rest of a multi-column
#: region are not part of it.
_BREAK_GAP = 1.2
#: Deepest nesting of columns inside columns we bother to untangle.
_MAX_DEPTH = 6
#: Nesting of form XObjects (figures) we descend into for text.
_MAX_FIGURE_DEPTH = 8
#: Text-less pages with at least this many vector paths probably hold text drawn
#: as outlines, which only OCR can read.
_OUTLINED_TEXT_PATHS = 200

#: Glyphs that, alone in a line, are list bullets (Word's Symbol and Wingdings
#: bullets come out as private-use or Latin-1 look-alikes).
_BULLET_GLYPHS = frozenset(
    "•●▪■◦○♦◆➢➤►▸▶✓✔❖–—-*·o§Øü\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06c\uf06e"
)


@dataclass(frozen=True, slots=True)
class PdfText:
    """What :func:`extract_pdf` found: raw (not yet normalised) text per page."""

    pages: list[str]
    #: Some page without text holds images (or text drawn as vector outlines).
    has_images: bool


@dataclass(slots=True, eq=False)
class _Line:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass(slots=True, eq=False)
class _Block:
    """A text box: lines top to bottom, with the bounding box of the lines."""

    lines: list[_Line] = field(default_factory=list)
    x0: float = 0.0
    y0: float = 0.0
    x1: float = 0.0
    y1: float = 0.0

    def fit(self) -> None:
        self.x0 = min(ln.x0 for ln in self.lines)
        self.y0 = min(ln.y0 for ln in self.lines)
        self.x1 = max(ln.x1 for ln in self.lines)
        self.y1 = max(ln.y1 for ln in self.lines)

    @property
    def text(self) -> str:
        return "\n".join(ln.text for ln in self.lines)


def extract_pdf(data: bytes, max_pages: int) -> PdfText:
    """Text of each page of a PDF, in reading order.

    Raises :class:`EncryptedFile` when the PDF can't be opened with the empty
    password and :class:`FileTooLarge` beyond ``max_pages`` pages (counted before
    any text is extracted). Anything else pdfminer raises propagates; the caller
    turns it into :class:`~screener.errors.CorruptFile`.
    """
    parser = PDFParser(io.BytesIO(data))
    try:
        document = PDFDocument(parser, password="")
    except PDFEncryptionError as exc:  # includes PDFPasswordIncorrect
        raise EncryptedFile(f"{type(exc).__name__}: cannot open with an empty password") from exc

    pages: list[PDFPage] = []
    for page in PDFPage.create_pages(document):
        pages.append(page)
        if len(pages) > max_pages:
            raise FileTooLarge(f"more than {max_pages} pages")

    # pdfminer's own box ordering (boxes_flow) is replaced by _order, so skip it:
    # it is quadratic in the number of boxes (seconds on a page of table cells).
    laparams = LAParams(boxes_flow=None)
    resources = PDFResourceManager(caching=True)
    device = PDFPageAggregator(resources, laparams=laparams)
    interpreter = PDFPageInterpreter(resources, device)
    texts: list[str] = []
    has_images = False
    for page in pages:
        interpreter.process_page(page)
        layout = device.get_result()
        text, images = _page_text(layout)
        texts.append(text)
        if not text.strip() and (images or _has_image_resources(page)):
            has_images = True
    return PdfText(pages=texts, has_images=has_images)


def _has_image_resources(page: PDFPage) -> bool:
    """Whether the page's resources name an image XObject."""
    resources = resolve1(page.resources)
    if not isinstance(resources, dict):
        return False
    xobjects = resolve1(resources.get("XObject"))
    if not isinstance(xobjects, dict):
        return False
    for ref in xobjects.values():
        xobj = resolve1(ref)
        if isinstance(xobj, PDFStream):
            subtype = xobj.get("Subtype")
            if isinstance(subtype, PSLiteral) and subtype.name == "Image":
                return True
    return False


# ---------------------------------------------------------------------------
# One page
# ---------------------------------------------------------------------------


def _page_text(layout: LTPage) -> tuple[str, bool]:
    """The page's text in reading order, and whether it holds images."""
    blocks: list[_Block] = []
    images = False
    paths = 0
    for obj in layout:
        if isinstance(obj, LTTextBox):
            _add_block(blocks, obj)
        elif isinstance(obj, LTFigure):
            images = True
            blocks.extend(_figure_blocks(obj, 0))
        elif isinstance(obj, LTImage):
            images = True
        elif isinstance(obj, LTCurve):
            paths += 1
    if not blocks:
        return "", images or paths >= _OUTLINED_TEXT_PATHS
    blocks = _attach_bullets(blocks)
    return _join(_order(blocks, 0)), images


def _add_block(blocks: list[_Block], box: Iterable[object]) -> None:
    block = _Block()
    for line in box:
        if isinstance(line, LTTextLine):
            text = line.get_text().rstrip("\n")
            if text.strip():
                block.lines.append(_Line(line.x0, line.y0, line.x1, line.y1, text))
    if block.lines:
        block.fit()
        blocks.append(block)


def _figure_blocks(figure: LTFigure, depth: int) -> list[_Block]:
    """Text boxes of a form XObject.

    With default ``LAParams`` pdfminer leaves characters inside figures unanalysed
    (``all_texts=False``) and ``extract_text`` prints them without any line break;
    some PDF generators wrap a whole page in one form, so we run the same line and
    box analysis on the figure's characters (without pdfminer's box ordering).
    """
    if depth > _MAX_FIGURE_DEPTH:
        return []
    if not any(isinstance(obj, LTChar) for obj in figure):
        blocks: list[_Block] = []
        for obj in figure:
            if isinstance(obj, LTFigure):
                blocks.extend(_figure_blocks(obj, depth + 1))
        return blocks
    LTLayoutContainer.analyze(figure, LAParams(boxes_flow=None))
    blocks = []
    for obj in figure:
        if isinstance(obj, LTTextBox):
            _add_block(blocks, obj)
        elif isinstance(obj, LTFigure):
            blocks.extend(_figure_blocks(obj, depth + 1))
    return blocks


def _is_bullet(text: str) -> bool:
    t = text.strip()
    if len(t) == 1:
        return t in _BULLET_GLYPHS
    return t.startswith("(cid:") and t.endswith(")") and t[5:-1].isdigit()


def _attach_bullets(blocks: list[_Block]) -> list[_Block]:
    """Glue bullet-only lines to the text line just right of them on the same row."""
    lines = [ln for b in blocks for ln in b.lines]
    bullets = [ln for ln in lines if _is_bullet(ln.text)]
    if not bullets:
        return blocks
    targets = sorted((ln for ln in lines if not _is_bullet(ln.text)), key=lambda ln: ln.y0)
    bottoms = [ln.y0 for ln in targets]
    tallest = max((ln.height for ln in targets), default=0.0)
    glued: set[int] = set()
    for bullet in bullets:
        reach = max(36.0, 4.0 * bullet.height)
        best: _Line | None = None
        lo = bisect.bisect_left(bottoms, bullet.y0 - tallest)
        hi = bisect.bisect_right(bottoms, bullet.y1)
        for ln in targets[lo:hi]:
            gap = ln.x0 - bullet.x1
            overlap = min(ln.y1, bullet.y1) - max(ln.y0, bullet.y0)
            beside = -1.0 <= gap <= reach and overlap >= 0.5 * min(ln.height, bullet.height)
            if beside and (best is None or ln.x0 < best.x0):
                best = ln
        if best is not None:
            best.text = "• " + best.text.lstrip()
            best.x0 = min(best.x0, bullet.x0)
            glued.add(id(bullet))
    if not glued:
        return blocks
    kept: list[_Block] = []
    for block in blocks:
        block.lines = [ln for ln in block.lines if id(ln) not in glued]
        if block.lines:
            block.fit()
            kept.append(block)
    return kept


# ---------------------------------------------------------------------------
# Reading order
# ---------------------------------------------------------------------------

_Spans = list[tuple[float, float]]


def _by_y(blocks: Iterable[_Block]) -> list[_Block]:
    return sorted(blocks, key=lambda b: (-b.y1, b.x0))


def _bands(blocks: list[_Block]) -> list[list[_Block]]:
    """Blocks grouped into horizontal bands of vertically overlapping blocks."""
    bands: list[list[_Block]] = []
    bottom = 0.0
    for block in _by_y(blocks):
        if bands and block.y1 > bottom + 1.0:
            bands[-1].append(block)
            bottom = min(bottom, block.y0)
        else:
            bands.append([block])
            bottom = block.y0
    return bands


def _cover(spans: _Spans, blocks: Iterable[_Block]) -> _Spans:
    """The union of ``spans`` and the blocks' x ranges, as sorted disjoint ranges."""
    merged: _Spans = []
    for x0, x1 in sorted([*spans, *((b.x0, b.x1) for b in blocks)]):
        if merged and x0 - merged[-1][1] < _MIN_GUTTER:
            if x1 > merged[-1][1]:
                merged[-1] = (merged[-1][0], x1)
        else:
            merged.append((x0, x1))
    return merged


def _gaps(cover: _Spans) -> _Spans:
    """Gutters: the x ranges between consecutive covered ranges."""
    return [(a[1], b[0]) for a, b in itertools.pairwise(cover)]


def _gutters(blocks: Iterable[_Block]) -> _Spans:
    """X ranges at least ``_MIN_GUTTER`` wide, between blocks, that no block crosses."""
    return _gaps(_cover([], blocks))


def _column_index(block: _Block, gutters: _Spans) -> int:
    return sum(1 for g0, _ in gutters if block.x0 >= g0)


def _columns(blocks: list[_Block], gutters: _Spans) -> list[list[_Block]]:
    columns: list[list[_Block]] = [[] for _ in range(len(gutters) + 1)]
    for block in blocks:
        columns[_column_index(block, gutters)].append(block)
    return [c for c in columns if c]


def _line_height(blocks: Iterable[_Block]) -> float:
    heights = sorted(ln.height for b in blocks for ln in b.lines)
    return heights[len(heights) // 2] if heights else 10.0


def _flat(bands: list[list[_Block]]) -> list[_Block]:
    return [b for band in bands for b in band]


def _order(blocks: list[_Block], depth: int) -> list[_Block]:
    if len(blocks) <= 1 or depth > _MAX_DEPTH:
        return _by_y(blocks)
    bands = _bands(blocks)
    line_h = _line_height(blocks)
    out: list[_Block] = []
    i = 0
    while i < len(bands):
        cover = _cover([], bands[i])
        j = i + 1
        while j < len(bands):
            wider = _cover(cover, bands[j])
            if not _gaps(wider):
                break
            cover = wider
            j += 1
        gutters = _gaps(cover)
        if gutters:
            j = i + _trailing_one_column(bands[i:j], gutters, _BREAK_GAP * line_h)
            lead, rest = _leading_one_column(bands[i:j], gutters, 0.5 * line_h)
            if lead:
                # read the lines above first, then group what follows afresh: the band
                # under a title may belong with the columns below it, not with the title
                out.extend(_by_y(lead))
                i += next(
                    k for k in range(1, j - i + 1) if len(_flat(bands[i : i + k])) == len(lead)
                )
                continue
            region = _merge_annotations(rest)
        else:
            region = _flat(bands[i:j])
        gutters = _gutters(region)
        if gutters:
            for column in _columns(region, gutters):
                out.extend(_order(column, depth + 1))
        else:
            out.extend(_by_y(region))
        i = j
    return out


def _trailing_one_column(bands: list[list[_Block]], gutters: _Spans, min_gap: float) -> int:
    """How many bands of a region to keep, when its last bands sit apart in one column.

    Bands at the bottom of a region that all fall in one column and are separated
    from everything above by more than ``min_gap`` and by more than any earlier
    gap in that column (a heading and lines after a table, say) are read after the
    region rather than inside its first column.
    """
    t = len(bands)
    column: set[int] | None = None
    while t > 1:
        where = {_column_index(b, gutters) for b in bands[t - 1]}
        if len(where) != 1 or (column is not None and where != column):
            break
        column = where
        t -= 1
    if column is None:
        return len(bands)
    bottom = min(b.y0 for b in _flat(bands[:t]))
    for k in range(t, len(bands)):
        gap = bottom - max(b.y1 for b in bands[k])
        if gap > min_gap:
            kept = _flat(bands[:k])
            # a column that merely goes on (a sidebar longer than the main column)
            # has had gaps this wide before
            own = _by_y(b for b in kept if _column_index(b, gutters) in column)
            widest = max((a.y0 - b.y1 for a, b in itertools.pairwise(own)), default=0.0)
            if gap > 1.2 * widest and _gutters(kept):
                return k
        bottom = min(bottom, *(b.y0 for b in bands[k]))
    return len(bands)


def _leading_one_column(
    bands: list[list[_Block]], gutters: _Spans, min_gap: float
) -> tuple[list[_Block], list[_Block]]:
    """Split off top bands that sit in one column, well above the other columns.

    A name or title above the main column, with a sidebar that starts lower, is
    read before the sidebar rather than after it.
    """
    first = {_column_index(b, gutters) for b in bands[0]}
    if len(first) != 1:
        return [], _flat(bands)
    others = [b for b in _flat(bands) if _column_index(b, gutters) not in first]
    if not others:
        return [], _flat(bands)
    others_top = max(b.y1 for b in others)
    k = 0
    while k < len(bands) - 1:
        if {_column_index(b, gutters) for b in bands[k]} != first:
            break
        if min(b.y0 for b in bands[k]) - others_top < min_gap:
            break
        k += 1
    return _flat(bands[:k]), _flat(bands[k:])


def _merge_annotations(region: list[_Block]) -> list[_Block]:
    """Fold sparse one-line "annotation" columns into the lines they sit beside.

    Right-aligned dates next to job titles (or dates left of them, Europass-style)
    leave a gutter when the bullets between them are short; read as a column they
    would all land after the titles. A column qualifies when every block in it is
    a single line level with a line of the neighbouring column, and it has about
    one such line for every two neighbouring lines over its height or fewer (a
    sidebar has far more). Each one is appended (or prepended) to its neighbour
    line after a tab.
    """
    while True:
        gutters = _gutters(region)
        if not gutters:
            return region
        columns = _columns(region, gutters)
        folded: set[int] = set()
        for ci, column in enumerate(columns):
            if any(len(b.lines) != 1 for b in column):
                continue
            for ni in (ci - 1, ci + 1):
                if 0 <= ni < len(columns) and _fold(column, columns[ni], right=ni < ci):
                    folded = {id(b) for b in column}
                    break
            if folded:
                break
        if not folded:
            return region
        region = [b for b in region if id(b) not in folded]


def _fold(column: list[_Block], neighbour: list[_Block], *, right: bool) -> bool:
    lines = [ln for b in neighbour for ln in b.lines]
    top = max(b.y1 for b in column)
    bottom = min(b.y0 for b in column)
    beside = sum(1 for ln in lines if bottom <= (ln.y0 + ln.y1) / 2 <= top)
    if 2 * len(column) > beside + 1:
        return False
    partners: list[_Line] = []
    for block in column:
        note = block.lines[0]
        best: _Line | None = None
        best_overlap = 0.0
        for ln in lines:
            overlap = min(ln.y1, note.y1) - max(ln.y0, note.y0)
            if overlap >= 0.5 * min(ln.height, note.height) and overlap > best_overlap:
                best, best_overlap = ln, overlap
        if best is None:
            return False
        partners.append(best)
    for block, partner in zip(column, partners, strict=True):
        note = block.lines[0]
        partner.text = f"{partner.text}\t{note.text}" if right else f"{note.text}\t{partner.text}"
        partner.x0 = min(partner.x0, note.x0)
        partner.x1 = max(partner.x1, note.x1)
    for block in neighbour:
        block.fit()
    return True


def _join(blocks: list[_Block]) -> str:
    """Blocks as text: a blank line between blocks unless one sits right below the other."""
    if not blocks:
        return ""
    line_h = _line_height(blocks)
    parts = [blocks[0].text]
    for prev, cur in itertools.pairwise(blocks):
        gap = prev.y0 - cur.y1
        below = -1.0 <= gap < 0.8 * line_h and cur.x0 < prev.x1 and prev.x0 < cur.x1
        parts.append("\n" if below else "\n\n")
        parts.append(cur.text)
    return "".join(parts)

"""DOCX text extraction with python-docx, in body order.

We walk the WordprocessingML ourselves (python-docx only opens the package and
finds the section headers) because ``Paragraph.text`` skips runs inside content
controls, tracked insertions and smart tags, and ``Table.rows`` repeats merged
cells. What comes out, one paragraph per line:

* the header of the first section (and its first-page header, when set): a
  résumé's name and contact line often live there;
* body paragraphs and tables in document order, including content controls
  (``w:sdt``) and text boxes (``w:txbxContent``; the VML fallback copy is skipped);
* a table row whose cells hold one line each becomes ``cell | cell | cell``; a
  row with longer cells (a layout table: sidebar cell, main cell) is written cell
  after cell, each on its own lines, so sections stay readable.
"""

from __future__ import annotations

import io
import logging
import zipfile
from typing import Any

import docx

from screener.errors import FileTooLarge

logger = logging.getLogger(__name__)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _TR, _TC = f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc"
_SDT, _SDT_CONTENT, _CUSTOM_XML = f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"
_TXBX = f"{_W}txbxContent"
_T, _TAB, _PTAB, _BR, _CR = f"{_W}t", f"{_W}tab", f"{_W}ptab", f"{_W}br", f"{_W}cr"
_NO_BREAK_HYPHEN = f"{_W}noBreakHyphen"
_TC_PR, _V_MERGE, _VAL = f"{_W}tcPr", f"{_W}vMerge", f"{_W}val"
#: Subtrees with no visible text of the paragraph itself (tracked deletions, and the old
#: place of tracked moves, whose text is read at its new place, ``w:moveTo``).
_SKIP = frozenset(
    {
        f"{_W}del", f"{_W}moveFrom", f"{_W}pPr", f"{_W}rPr", f"{_W}instrText",
        f"{_W}delText", f"{_MC}Fallback",
    }
)  # fmt: skip
#: Deepest nesting of tables / text boxes we follow.
_MAX_DEPTH = 12


def extract_docx(data: bytes, max_unpacked: int) -> str:
    """The text of a DOCX file (raw: not yet normalised).

    Raises :class:`FileTooLarge` when the package would unpack to more than
    ``max_unpacked`` bytes (a zip bomb); anything python-docx, zipfile or lxml
    raises propagates and the caller turns it into ``CorruptFile``.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        unpacked = sum(info.file_size for info in package.infolist())
    if unpacked > max_unpacked:
        raise FileTooLarge(f"DOCX unpacks to {unpacked} bytes (limit {max_unpacked})")

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    if document.sections:
        section = document.sections[0]
        headers = [section.header]
        if section.different_first_page_header_footer:
            headers.insert(0, section.first_page_header)
        seen: set[str] = set()
        for header in headers:
            if header.is_linked_to_previous:
                continue
            header_lines: list[str] = []
            _blocks(header.part.element, header_lines, 0)
            text = "\n".join(header_lines).strip()
            if text and text not in seen:
                seen.add(text)
                lines.extend(header_lines)
                lines.append("")
    _blocks(document.element.body, lines, 0)
    return "\n".join(lines)


def _blocks(container: Any, out: list[str], depth: int) -> None:
    """Paragraphs and tables of a body, header, cell, text box or content control."""
    if depth > _MAX_DEPTH:
        return
    for child in container:
        tag = child.tag
        if tag == _P:
            boxes: list[Any] = []
            parts: list[str] = []
            _inline(child, parts, boxes)
            out.append("".join(parts))
            for box in boxes:
                _blocks(box, out, depth + 1)
        elif tag == _TBL:
            _table(child, out, depth + 1)
        elif tag == _SDT:
            for content in child.iterchildren(_SDT_CONTENT):
                _blocks(content, out, depth + 1)
        elif tag == _CUSTOM_XML:
            _blocks(child, out, depth + 1)


def _inline(element: Any, parts: list[str], boxes: list[Any]) -> None:
    """Text of a paragraph's runs, in order; text boxes are collected, not read."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == _T:
            parts.append(child.text or "")
        elif tag in (_TAB, _PTAB):
            parts.append("\t")
        elif tag in (_BR, _CR):
            parts.append("\n")
        elif tag == _NO_BREAK_HYPHEN:
            parts.append("-")
        elif tag == _TXBX:
            boxes.append(child)
        else:
            _inline(child, parts, boxes)


def _children(element: Any, tag: str) -> list[Any]:
    """Children of ``element`` with ``tag`` (rows of a table, cells of a row), looking
    through content controls and custom XML wrappers."""
    found: list[Any] = []
    for child in element:
        if child.tag == tag:
            found.append(child)
        elif child.tag in (_SDT, _CUSTOM_XML):
            inner = child.find(_SDT_CONTENT) if child.tag == _SDT else child
            if inner is not None:
                found.extend(_children(inner, tag))
    return found


def _continues_merge(cell: Any) -> bool:
    """Whether the cell continues a vertical merge (its text belongs to the cell above)."""
    props = cell.find(_TC_PR)
    merge = props.find(_V_MERGE) if props is not None else None
    return merge is not None and merge.get(_VAL, "continue") == "continue"


def _table(table: Any, out: list[str], depth: int) -> None:
    if depth > _MAX_DEPTH:
        return
    for row in _children(table, _TR):
        cells: list[list[str]] = []
        for cell in _children(row, _TC):
            if _continues_merge(cell):
                continue
            lines: list[str] = []
            _blocks(cell, lines, depth + 1)
            filled = [ln.strip() for ln in lines if ln.strip()]
            if filled:
                cells.append(filled)
        if not cells:
            continue
        if all(len(c) == 1 and "\n" not in c[0] for c in cells):
            out.append(" | ".join(c[0] for c in cells))
        else:
            for c in cells:
                out.extend(c)
                out.append("")

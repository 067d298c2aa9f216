"""Clean-up of extracted text, the same for every format.

Steps: unify line breaks; repair UTF-8 read as cp1252 (``â€¢`` → ``•``, a stray ``Â``
before a space); drop
control and zero-width characters; NBSP and other spaces → space; pdfminer's
``(cid:NNN)`` → ``• `` at line start, else dropped; ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ
expanded (NFKC of those code points only, so ™ and ½ survive) and the rest NFC;
bullets at line start → ``• ``; letter-spaced headings collapsed; ``Page 2 of 3``
lines dropped; ``develop-`` + newline + ``ment`` joined (lowercase both sides);
trailing spaces stripped; runs of blank lines collapsed to one; text trimmed.

:func:`normalize_text` is idempotent: ``normalize_text(normalize_text(x)) ==
normalize_text(x)`` for any string (the text-level pass is repeated until it no
longer changes anything, which takes two rounds in practice).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

__all__ = ["normalize_text"]

#: Line separators other than ``\n`` (``str.splitlines`` honours all of them).
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
#: Control characters except tab and newline, plus invisible format characters
#: that only get in the way of matching (zero-width space/joiners, BOM, soft hyphen).
_INVISIBLE = re.compile(
    r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u200b-\u200d\u2060\ufeff\u00ad]"
)
#: Spaces other than the ASCII one (NBSP, en/em spaces, thin spaces …).
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
#: pdfminer's placeholder for glyphs without a Unicode mapping.
_CID_AT_START = re.compile(r"^([ \t]*)\(cid:\d+\)[ \t]*", re.MULTILINE)
_CID = re.compile(r"\(cid:\d+\)")
#: Ligatures: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ (NFKC of just these code points; NFKC of the whole
#: text would also turn ™ into TM, ½ into 1⁄2, ² into 2 …).
_LIGATURES = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0xFB00, 0xFB07)}
#: Bullets at the start of a line (after optional indentation).
_BULLET = re.compile(
    r"^[ \t]*[•●▪■◦○♦➢►✓–\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06c\uf06e][ \t]*",
    re.MULTILINE,
)
#: Text mis-decoded as cp1252 (or Latin-1) when it was UTF-8: "â€¢" for "•".
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]{1,3}"
)
#: A lone "Â" before a space or a line end: what is left of a UTF-8 no-break space
#: (C2 A0) read as cp1252 once the A0 has become an ordinary space ("skills.Â Managed").
_STRAY_A_CIRC = re.compile(r"Â(?=[ \t\n]|$)")
_TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)
_BLANKS = re.compile(r"\n{3,}")
#: Lines that are nothing but a page number: "Page 2", "Page 2 of 3", "2 / 3", "- 2 -".
_PAGE_LINE = re.compile(
    r"^[ \t]*(?:page[ \t]*\d{1,4}(?:[ \t]*(?:/|of)[ \t]*\d{1,4})?"
    r"|\d{1,4}[ \t]*(?:/|of)[ \t]*\d{1,4}|[-–—][ \t]*\d{1,4}[ \t]*[-–—])[ \t]*$\n?",
    re.MULTILINE | re.IGNORECASE,
)
_NUMBER_LINE = re.compile(r"[ \t]*\d{1,3}[ \t]*")
_DIGITS = re.compile(r"\d")
_WS = re.compile(r"\s+")
#: Word joined across a line break: "develop-\nment" (both sides checked for case).
_HYPHEN_BREAK = re.compile(r"(?<=(\w))-\n(?=(\w))")
_LETTER = re.compile(r"[^\W\d_]")


def normalize_text(text: str, pages: list[str] | None = None) -> str:
    """Clean extracted text (see the module documentation for the steps).

    ``pages`` is the same text split by page (as PDFs give it) and, when given,
    is what gets cleaned (``text`` is then ignored); when omitted, ``text`` is
    split at form feeds (so joining the pages with form feeds gives the same).
    With two pages or more, header and footer lines that recur at the top or
    bottom of most pages are dropped (their first copy is kept, since a page
    header often holds the candidate's name and email, unless it is only a page
    number), as are lone page numbers at page edges.
    """
    chunks = pages if pages is not None else text.split("\f")
    if len(chunks) >= 2:
        chunks = _drop_page_furniture(chunks)
    joined = "\n".join(chunks)
    for _ in range(6):
        cleaned = _clean(joined)
        if cleaned == joined:
            break
        joined = cleaned
    return joined


def _clean(text: str) -> str:
    text = _LINE_BREAKS.sub("\n", text)
    text = _MOJIBAKE.sub(_fix_mojibake, text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _STRAY_A_CIRC.sub("", text)
    text = _CID_AT_START.sub(r"\1• ", text)
    text = _CID.sub("", text)
    text = text.translate(_LIGATURES)
    text = unicodedata.normalize("NFC", text)
    text = _TRAILING.sub("", text)
    text = _BULLET.sub("• ", text)
    text = "\n".join(_unspace_heading(line) for line in text.split("\n"))
    text = _PAGE_LINE.sub("", text)
    text = _TRAILING.sub("", text)
    text = _HYPHEN_BREAK.sub(_join_hyphenated, text)
    text = _BLANKS.sub("\n\n", text)
    return text.strip()


def _fix_mojibake(match: re.Match[str]) -> str:
    chunk = match.group(0)
    try:
        return chunk.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return chunk


def _join_hyphenated(match: re.Match[str]) -> str:
    before, after = match.group(1), match.group(2)
    return "" if before.islower() and after.islower() else match.group(0)


def _unspace_heading(line: str) -> str:
    """``E X P E R I E N C E`` → ``EXPERIENCE``; two or more spaces separate words.

    Every word must have at least two letters (so the result never looks
    letter-spaced again) and one at least three; a lone ``&`` may stand between
    words (``S K I L L S  &  T O O L S``). A word of four pieces or more (five letters)
    may hold one pair of capitals that the PDF's kerning glued together (``S T EW A R T``;
    not ``R OS S``).
    """
    stripped = line.strip()
    if len(stripped) < 5 or stripped[1] != " ":
        return line
    words: list[str] = []
    longest = 0
    for group in re.split(r" {2,}", stripped):
        if group == "&":
            words.append(group)
            continue
        letters = group.split(" ")
        pairs = [c for c in letters if len(c) == 2]
        if (
            len(letters) < 2
            or any(not 1 <= len(c) <= 2 or not all(_LETTER.match(x) for x in c) for c in letters)
            or (pairs and (len(pairs) > 1 or len(letters) < 4 or not pairs[0].isupper()))
        ):
            return line
        words.append("".join(letters))
        longest = max(longest, len(letters))
    if longest < 3 or words[0] == "&" or words[-1] == "&":
        return line
    return " ".join(words)


def _line_key(line: str) -> str:
    return _DIGITS.sub("#", _WS.sub(" ", line).strip().casefold())


def _edge_indices(lines: list[str]) -> list[int]:
    """Indices of the first two and last two non-empty lines."""
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    return sorted(set(filled[:2] + filled[-2:]))


def _drop_page_furniture(pages: list[str]) -> list[str]:
    split = [_LINE_BREAKS.sub("\n", p).split("\n") for p in pages]
    edges = [_edge_indices(lines) for lines in split]
    seen_on = Counter(
        key
        for lines, idx in zip(split, edges, strict=True)
        for key in {_line_key(lines[i]) for i in idx}
    )
    repeated = {
        key for key, count in seen_on.items() if key and count >= 2 and 2 * count >= len(pages)
    }
    kept_first: set[str] = set()
    out: list[str] = []
    for lines, idx in zip(split, edges, strict=True):
        drop: set[int] = set()
        for i in idx:
            key = _line_key(lines[i])
            if _NUMBER_LINE.fullmatch(lines[i]):
                drop.add(i)
            elif key in repeated:
                if key in kept_first or not _LETTER.search(key):
                    drop.add(i)
                kept_first.add(key)
        out.append("\n".join(ln for i, ln in enumerate(lines) if i not in drop))
    return out

"""Dated roles in the experience section, and years of experience with overlaps merged.

Dates are read at month precision: ``Jan 2019``, ``January 2019``, ``Sept. 2020``,
``03/2017``, ``06/21``, ``May '19``, ``2015``. A range ends in a date or in
Present / Current / Now / Today. Month ranges count the end month
(``Jan 2019 – Mar 2019`` is 3 months); year-only ranges count whole years
(``2015 – 2017`` is 2 years).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterable, Sequence

from screener.extract.sections import classify_heading, iter_lines
from screener.records import Role

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?:19|20)\d{2}"
_DATE = (
    rf"(?:{_MONTH}\s*,?\s*(?:{_YEAR}|'\d{{2}})"  # Jan 2019, Sept. 2020, May '19
    rf"|(?:0?[1-9]|1[0-2])\s*[/.-]\s*(?:{_YEAR}|\d{{2}})"  # 03/2017, 06/21, 3.2019
    rf"|{_YEAR})"  # 2015
)
_PRESENT = r"(?:present|current(?:ly)?|now|today|date|ongoing|till date|to date)"
RANGE = re.compile(
    rf"(?<![\w/])(?P<start>{_DATE})\s*(?:-|–|—|‒|−|to|until|till|through|thru)\s*"
    rf"(?P<end>{_DATE}|{_PRESENT})(?![\w/])",
    re.IGNORECASE,
)
#: Number words read in "six years of experience".
NUMBER_WORDS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
YEARS_CLAIM = re.compile(
    r"\b(?P<n>\d{1,2}(?:\.\d)?|"
    + "|".join(NUMBER_WORDS)
    + r")\s*\+?\s*(?:years?|yrs?)(?:\s+of)?(?:\s+\w+){0,3}?\s+experience",
    re.IGNORECASE,
)
_SPLIT_TITLE = re.compile(r"\s+(?:at|@)\s+|\s*[|,–—]\s*|\s+-\s+")


def _year(text: str, as_of: dt.date) -> int:
    digits = text.strip("'")
    if len(digits) == 2:
        y = 2000 + int(digits)
        return y if y <= as_of.year + 1 else y - 100
    return int(digits)


def parse_date(text: str, as_of: dt.date) -> tuple[dt.date, bool] | None:
    """``(first day of month, month_known)``; None for "present" or unreadable text."""
    t = text.strip().lower()
    if re.fullmatch(_PRESENT, t):
        return None
    m = re.fullmatch(rf"({_MONTH})\s*,?\s*({_YEAR}|'\d{{2}})", t)
    if m:
        return dt.date(_year(m.group(2), as_of), MONTHS[m.group(1)[:3]], 1), True
    m = re.fullmatch(rf"(\d{{1,2}})\s*[/.-]\s*({_YEAR}|\d{{2}})", t)
    if m:
        return dt.date(_year(m.group(2), as_of), int(m.group(1)), 1), True
    if re.fullmatch(_YEAR, t):
        return dt.date(int(t), 1, 1), False
    return None


def months_between(start: dt.date, end: dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def _add_month(d: dt.date) -> dt.date:
    return dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)


def read_range(match: re.Match[str], as_of: dt.date) -> tuple[dt.date, dt.date | None] | None:
    """``(start, exclusive end or None for present)`` of a RANGE match, None if implausible."""
    start = parse_date(match.group("start"), as_of)
    if start is None:
        return None
    end_text = match.group("end")
    end = parse_date(end_text, as_of)
    if end is None:
        if not re.fullmatch(_PRESENT, end_text.strip().lower()):
            return None
        return (start[0], None) if start[0] <= as_of else None
    end_date = _add_month(end[0]) if end[1] else end[0]
    if not end[1] and end_date <= start[0]:
        end_date = dt.date(end[0].year + 1, 1, 1)  # "2019 - 2019": within that year
    if end_date <= start[0] or end_date > _add_month(as_of) or start[0].year < 1950:
        return None
    return start[0], end_date


def merged_months(intervals: Iterable[tuple[dt.date, dt.date]]) -> int:
    """Months covered by the union of half-open ``[start, end)`` intervals."""
    total = 0
    cur_start: dt.date | None = None
    cur_end: dt.date | None = None
    for start, end in sorted(intervals):
        if cur_end is None or start > cur_end:
            if cur_start is not None and cur_end is not None:
                total += months_between(cur_start, cur_end)
            cur_start, cur_end = start, end
        elif end > cur_end:
            cur_end = end
    if cur_start is not None and cur_end is not None:
        total += months_between(cur_start, cur_end)
    return total


_TITLE_WORD = re.compile(
    r"\b(?:developer|engineer|programmer|manager|analyst|intern|internship|trainee|consultant|"
    r"lead|architect|designer|scientist|administrator|admin|specialist|officer|director|"
    r"assistant|associate|executive|coordinator|tester|technician|head|president|founder|"
    r"co-founder|cto|ceo|vp|owner|accountant|advisor|adviser|supervisor|representative|"
    r"instructor|teacher|lecturer|professor|researcher|fellow|clerk|operator|agent|"
    r"freelancer?|contractor|partner|principal|sde|sre|devops|qa|member|staff|expert|tutor|"
    r"nurse|chef|cook|electrician|apprentice|journeyman|barista|generalist|auditor|writer|"
    r"editor|recruiter|volunteer|worker|cashier|driver|secretary|receptionist|pharmacist|"
    r"physician|doctor|therapist|counsel+or|mentor|trainer|planner|buyer|estimator)s?\b",
    re.IGNORECASE,
)
_US_STATE = r"[A-Z]{2}"
_PLACE_WORD = r"[A-Z][A-Za-z.'’-]*"
_LOCATION = re.compile(
    rf"^(?:(?:remote|hybrid|on-?site|in-?office|wfh)\b[\s,/()-]*)*"
    rf"(?:{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}"
    rf"(?:\s*,\s*(?:{_US_STATE}|{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}))?)?"
    rf"[\s,/()-]*(?:(?:remote|hybrid|on-?site|in-?office)\b[\s,/()-]*)*$",
    re.IGNORECASE,
)
_REMOTE = re.compile(r"\b(?:remote|hybrid|on-?site|in-?office|wfh)\b", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[•*·▪●○■◦►»>✓✔➢➤-]|o\s)")
_STRIP = " ()|,–—-\t•*·"
#: A line ending like a sentence ("… documentation.", "…;"), not an abbreviation ("Inc.").
_SENTENCE_END = re.compile(r"(?:[a-z]{4,}\.|[;:])$")


def _is_location(text: str) -> bool:
    """Whether ``text`` reads as a place, not a title: ``Portland, OR``, ``Remote``, ``Oslo``."""
    text = text.strip(_STRIP)
    if not text:
        return True
    if _TITLE_WORD.search(text):
        return False
    return len(text.split()) <= 5 and bool(_LOCATION.match(text))


def _is_place(text: str) -> bool:
    """A place beyond doubt: ``City, ST``, ``City, Country`` or ``Remote`` / ``Hybrid``."""
    text = text.strip(_STRIP)
    return _is_location(text) and ("," in text or bool(_REMOTE.search(text)))


def _has_title(text: str) -> bool:
    return bool(_TITLE_WORD.search(text))


def _title_employer(header: str) -> tuple[str, str]:
    pieces: list[str] = []
    pos = 0
    for sep in _SPLIT_TITLE.finditer(header):
        before = header[: sep.start()]
        if before.count("(") > before.count(")"):
            continue  # "Developer (part-time, 20 h/week)" stays whole
        pieces.append(header[pos : sep.start()])
        pos = sep.end()
    pieces.append(header[pos:])
    parts = [p.strip(" •*·-") for p in pieces if p.strip(" •*·-")]
    parts = [p for p in parts if not RANGE.fullmatch(p)]
    if not parts:
        return "", ""
    if len(parts) == 1:
        return parts[0], ""
    if not _has_title(parts[0]):
        # "Employer | Title | Dates": the title is the first part naming a role.
        for i, part in enumerate(parts[1:], start=1):
            if _has_title(part):
                return part, parts[0] if i == 1 else parts[i - 1]
    return parts[0], parts[1]


def _stack(lines: Sequence[str]) -> tuple[str, str]:
    """Title and employer from header lines above the dates, top first."""
    if len(lines) == 1:
        return _title_employer(lines[0])
    top, low = lines[0].strip(_STRIP), lines[1].strip(_STRIP)
    if _is_place(low):  # "Title – Employer" / "City, ST"
        return _title_employer(top)
    if _has_title(low) and not _has_title(top):  # "Employer" / "Title"
        return low, top
    return top, low


def _header_above(lines: Sequence[tuple[int, int, str]], idx: int, floor: int) -> list[int]:
    """Indices (top first) of up to two header lines right above line ``idx``.

    Header lines are short, non-bullet lines after line ``floor`` (the previous role's
    dated line); a blank line ends the header once one line is found.
    """
    found: list[int] = []
    j = idx - 1
    while j > floor and len(found) < 2:
        line = lines[j][2].strip()
        if not line:
            if found:
                break
            j -= 1
            continue
        sentence = bool(_SENTENCE_END.search(line)) and len(line.split()) > 3
        if _BULLET.match(lines[j][2]) or len(line) > 80 or sentence or RANGE.search(line):
            break
        if classify_heading(line):
            break
        found.append(j)
        j -= 1
    return found[::-1]


def _line_below(lines: Sequence[tuple[int, int, str]], idx: int, stop: int) -> str:
    """The short non-bullet line right below the dated line ``idx``, if any."""
    if idx + 1 >= stop:
        return ""
    line = lines[idx + 1][2]
    text = line.strip()
    if not text or _BULLET.match(line) or len(text.split()) > 8 or text.endswith((".", ";")):
        return ""
    if RANGE.search(text) or classify_heading(text):
        return ""
    return text


def _head(
    lines: Sequence[tuple[int, int, str]], idx: int, m: re.Match[str], floor: int, nxt: int
) -> tuple[int, str, str]:
    """``(first line, title, employer)`` of the role dated on line ``idx``.

    ``floor`` is the previous role's dated line and ``nxt`` the next one's.
    """
    line = lines[idx][2]
    rest = (line[: m.start()] + " | " + line[m.end() :]).strip(_STRIP)
    above = _header_above(lines, idx, floor)
    above_text = [lines[j][2].strip() for j in above]
    if above and (len(rest) < 3 or _is_location(rest)):
        # "Title – Employer" / "City, ST | Dates", or "Title" / "Employer" / "Dates".
        title, employer = _stack(above_text)
        if not employer and len(rest) >= 3 and not _is_place(rest):
            employer = _title_employer(rest)[0]  # "Title" / "Employer  Dates"
        return above[0], title, employer
    if above and not _has_title(rest) and _has_title(above_text[-1]):
        title, employer = _title_employer(above_text[-1])
        return above[-1], title, employer or _title_employer(rest)[0]
    title, employer = _title_employer(rest)
    below = _line_below(lines, idx, nxt)
    if below and not _has_title(rest) and _has_title(below):
        # "Employer, City  Dates" / "Title"
        return idx, _title_employer(below)[0], title
    if below and not employer and _has_title(rest) and not _has_title(below):
        # "Title  Dates" / "Employer, City"
        employer = _title_employer(below)[0]
    return idx, title, employer


def find_roles(text: str, spans: Sequence[tuple[int, int]], as_of: dt.date) -> tuple[Role, ...]:
    """Roles in the given character spans of ``text`` (the experience sections).

    Each dated line opens a role; the role's text runs from its header to the next role's
    header. Title and employer come from the dated line with the dates removed; when
    that remainder is empty or only a location (``Portland, OR | Sep 2024 – Present``),
    they come from the short non-bullet lines right above (``Title – Employer``, or
    ``Title`` / ``Employer`` stacked), which then open the role's text. A remainder that
    names no role under a line that does (``Python Developer`` / ``Acme Sep 2024 – …``)
    is read as the employer.
    """
    roles: list[Role] = []
    for span_start, span_end in spans:
        block = text[span_start:span_end]
        lines = list(iter_lines(block))
        dated: list[tuple[int, re.Match[str], tuple[dt.date, dt.date | None]]] = []
        for idx, (_s, _e, line) in enumerate(lines):
            m = RANGE.search(line)
            rng = read_range(m, as_of) if m else None
            if m and rng:
                dated.append((idx, m, rng))
        heads = [
            _head(lines, idx, m, dated[k - 1][0] if k > 0 else -1, nxt)
            for k, (idx, m, _rng) in enumerate(dated)
            for nxt in [dated[k + 1][0] if k + 1 < len(dated) else len(lines)]
        ]
        for k, ((idx, _m, (start, end)), (first, title, employer)) in enumerate(
            zip(dated, heads, strict=True)
        ):
            stop = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
            body = block[lines[first][0] : lines[stop - 1][1]] if stop > first else lines[idx][2]
            roles.append(
                Role(
                    title=title,
                    employer=employer,
                    start=start,
                    end=end,
                    text=body,
                    offset=span_start + lines[first][0],
                )
            )
    return tuple(roles)


def role_interval(role: Role, as_of: dt.date) -> tuple[dt.date, dt.date]:
    return role.start, (role.end if role.end is not None else _add_month(as_of))


def total_years(roles: Iterable[Role], as_of: dt.date) -> float:
    """Years covered by ``roles`` with overlaps merged, to one decimal."""
    months = merged_months(role_interval(r, as_of) for r in roles)
    return round(months / 12, 1)


def claimed_years(text: str) -> float:
    """Largest "N+ years of experience" claim in ``text`` (0 when none)."""
    best = 0.0
    for m in YEARS_CLAIM.finditer(text):
        raw = m.group("n").lower()
        n = float(NUMBER_WORDS[raw]) if raw in NUMBER_WORDS else float(raw)
        if n <= 50:
            best = max(best, n)
    return best


#: Shortest gap between roles worth showing, in months.
MIN_GAP_MONTHS = 3


def merged_intervals(
    intervals: Iterable[tuple[dt.date, dt.date]],
) -> list[tuple[dt.date, dt.date]]:
    """The union of half-open ``[start, end)`` intervals, as disjoint intervals in order."""
    out: list[tuple[dt.date, dt.date]] = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def role_gaps(
    roles: Iterable[Role], as_of: dt.date, min_months: int = MIN_GAP_MONTHS
) -> tuple[tuple[dt.date, dt.date], ...]:
    """Gaps of at least ``min_months`` between roles, overlaps merged, oldest first."""
    spans = merged_intervals(role_interval(r, as_of) for r in roles)
    return tuple(
        (a[1], b[0])
        for a, b in itertools.pairwise(spans)
        if months_between(a[1], b[0]) >= min_months
    )


def skill_timeline(
    roles: Sequence[Role],
    mentions: Iterable[tuple[str, int]],
    as_of: dt.date,
) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
    """Months of use and last year used of each skill, from the roles whose text names it.

    ``mentions`` are ``(skill, character offset)`` pairs; a mention belongs to the role
    whose text spans its offset. Returns ``(skill_months, skill_last_used)``, most months
    first (then by name).
    """
    spans = sorted((r.offset, r.offset + len(r.text), i) for i, r in enumerate(roles))
    starts = [s for s, _e, _i in spans]
    by_skill: dict[str, set[int]] = {}
    for name, offset in mentions:
        k = bisect.bisect_right(starts, offset) - 1
        if k >= 0 and offset < spans[k][1]:
            by_skill.setdefault(name, set()).add(spans[k][2])
    months = {
        name: merged_months(role_interval(roles[i], as_of) for i in idx)
        for name, idx in by_skill.items()
    }
    last = {name: max(_last_year(roles[i], as_of) for i in idx) for name, idx in by_skill.items()}
    order = sorted(months, key=lambda n: (-months[n], n))
    return tuple((n, months[n]) for n in order), tuple((n, last[n]) for n in order)


def _last_year(role: Role, as_of: dt.date) -> int:
    """The year of a role's last month (``end`` is exclusive; None means it is current)."""
    if role.end is None:
        return as_of.year
    return role.end.year - 1 if role.end.month == 1 else role.end.year

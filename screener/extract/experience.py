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
from collections.abc import Callable, Iterable, Sequence, Set
from typing import NamedTuple

from screener.extract.sections import classify_heading, iter_lines
from screener.records import Resume, Role

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
#: A two-digit year after an apostrophe or a hyphen: ``May '19``, ``Mar’15``, ``Jan-15``.
_YY = r"(?:['’‘`]\s?\d{2}|(?<=[-/])\d{2})(?!\d)"
#: An optional day before the month: ``1st Jan 2015``, ``01-Jan-2015``.
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?[\s-]+)?"
#: An optional day after the month, before the year: ``Oct 1, 2012``, ``October 1st 2012``.
_DAY_AFTER = r"(?:\s+\d{1,2}(?:st|nd|rd|th)?,?(?=\s*(?:19|20)\d{2}))?"
#: A year then a month: "2019 October", "2022, February".
_YEAR_MONTH = rf"{_YEAR}(?:,\s*|\s+){_MONTH}(?![a-z])"
#: What ends a year-first date whose month could open the employer's name: "2019 October -
#: now", "2022, February:" (not the "March" of "2012 - 2014 March of Dimes").
_YEAR_MONTH_END = r"(?=[ \t]*(?:[-–—:,;)|\n]|to\b|till\b|$))"


def _date(year_month: str) -> str:
    """A date pattern whose year-first form ("2019 October") is ``year_month``."""
    return (
        rf"(?:{_DAY}{_MONTH}{_DAY_AFTER}\s*(?:[,/'’-]\s*)?(?:{_YEAR}|{_YY})"  # Jan 2019, May '19
        rf"|{year_month}"  # year first: 2019 October, 2022, February
        rf"|{_YEAR}\s*[/.]\s*(?:0?[1-9]|1[0-2])(?![\d/.])"  # 2017/04, 2018.10
        rf"|\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_YEAR}"  # 04-09-2003, 2/1/2012 (day and month)
        # 03/2017, 06/21, 3.2019; not the day and month of 01-02-2015
        rf"|(?:0?[1-9]|1[0-2])\s*[/.-]\s*(?:{_YEAR}|\d{{2}}(?![/.-]{_YEAR}(?!\d)))"
        rf"|{_YEAR}(?![/.-]\d{{1,2}}[/.-]\d))"  # 2015, not the year of 2015-05-12
    )


_DATE = _date(_YEAR_MONTH + _YEAR_MONTH_END)
_PRESENT = (
    r"(?:present|current(?:ly)?|now|today|date|ongoing|on-?going|continuing|"
    r"till\s*(?:date|now|present)|to\s*date|(?:up\s*)?to\s+(?:the\s+)?present|onwards?)"
)
#: What joins the two ends of a range: a dash or a word, or (where a dash was lost) a run
#: of spaces or a line break.
_TO = r"(?:-|–|—|‒|−|~|to|until|till|through|thru|up\s*to)"
RANGE = re.compile(
    rf"(?<![\w/])(?<!\d[-.])"  # not the digits of a phone number: 044-2010-2019
    # a year-first start ("2017 July -") vouches for a year-first end, whatever follows it
    # ("- 2019 October Mobile Developer"); after another start the month must end the date
    rf"(?P<start>{_date(f'(?P<year_month>{_YEAR_MONTH})')})"
    rf"(?:\s*{_TO}:?\s*|[ \t]{{2,}}|[ \t]*\n[ \t]*(?:{_TO}:?[ \t]*)?"
    rf"|\s*/\s*(?={_PRESENT}))"  # Feb 2011/Now; not the versions of Windows 2003/2008
    rf"(?P<end>{_date(f'{_YEAR_MONTH}(?(year_month)|{_YEAR_MONTH_END})')}|{_PRESENT})(?![\w/])",
    re.IGNORECASE,
)
#: A range named by its start only: ``Since 2015``, ``from March 2019``, ``2017 onwards``.
OPEN_RANGE = re.compile(
    rf"(?<![\w/])(?:(?:since|from|w\.?e\.?f\.?)\s*(?::\s*)?(?P<start>{_DATE})(?!\s*{_TO})"
    rf"|(?P<start2>{_DATE})\s*(?:onwards?|till\s+now))(?![\w/])",
    re.IGNORECASE,
)
#: Two years glued at the start of a line where a PDF-to-DOCX conversion lost the dash,
#: the role's words right after them (``20182020 Yandex, Backend development``): a range
#: when the second is not earlier and at most ``_GLUED_SPAN`` years later.
_GLUED_YEARS = re.compile(
    rf"[^\w\n]*(?P<start>{_YEAR})(?P<end>{_YEAR})(?=[ \t]?[,:;]?[ \t]?[^\W\d_])"
)
_GLUED_SPAN = 50
#: "Member since 2003": a membership, not a role.
_MEMBERSHIP = re.compile(r"\bmember(?:s|ship)?\s+(?:since|from)\b", re.IGNORECASE)
#: The earliest start read from a start alone (``Since 2015``): earlier ones date
#: organisations, not roles.
_OPEN_SINCE = 1970
#: A month range within one year: ``Jan-Mar 2011``, ``Jun - Sept 2008``.
MONTH_RANGE = re.compile(
    rf"(?<![\w/])(?P<m1>{_MONTH})\s*{_TO}\s*(?P<m2>{_MONTH})\s*(?:,\s*)?(?P<year>{_YEAR})(?![\w/])",
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
    + r")\s*(?:\+\s*)?(?:years?|yrs?)(?:\s+of)?(?:\s+\w+){0,3}?\s+experience",
    re.IGNORECASE,
)
#: (Each match starts at the first space of a run: no rescanning of long runs of spaces.)
_SPLIT_TITLE = re.compile(r"(?<!\s)(?:\s+(?:at|@)\s+|\s*[|,–—]\s*|\s+-\s+)")


def _year(text: str, as_of: dt.date) -> int:
    digits = text.strip("'’‘` ")
    if len(digits) == 2:
        y = 2000 + int(digits)
        return y if y <= as_of.year + 1 else y - 100
    return int(digits)


def parse_date(
    text: str, as_of: dt.date, day_first: bool | None = None
) -> tuple[dt.date, bool] | None:
    """``(first day of month, month_known)``; None for "present" or unreadable text.

    ``day_first`` settles the order of a day and a month that could be either (``03/04/2015``):
    None reads it month first with slashes and day first with dashes or dots.
    """
    t = text.strip().lower()
    if re.fullmatch(_PRESENT, t):
        return None
    m = re.fullmatch(
        rf"{_DAY}({_MONTH}){_DAY_AFTER}\s*(?:[,/'’-]\s*)?({_YEAR}|['’‘`]\s?\d{{2}}|\d{{2}})", t
    )
    if m:
        return dt.date(_year(m.group(2), as_of), MONTHS[m.group(1)[:3]], 1), True
    m = re.fullmatch(rf"({_YEAR})(?:,\s*|\s+)({_MONTH})", t)  # 2019 October
    if m:
        return dt.date(int(m.group(1)), MONTHS[m.group(2)[:3]], 1), True
    m = re.fullmatch(rf"({_YEAR})\s*[/.]\s*(\d{{1,2}})", t)  # 2017/04
    if m:
        month = int(m.group(2))
        return (dt.date(int(m.group(1)), month, 1), True) if 1 <= month <= 12 else None
    m = re.fullmatch(rf"(\d{{1,2}})([/.-])(\d{{1,2}})[/.-]({_YEAR})", t)
    if m:
        first, second = int(m.group(1)), int(m.group(3))
        # 19-12-2007 is day first; 2/1/2012 is month first (US, with slashes); 04-09-2003 is
        # day first (with dashes or dots, as in most of the world)
        if first <= 12 and second <= 12 and day_first is not None:
            month = second if day_first else first
        else:
            month = second if first > 12 or (second <= 12 and m.group(2) != "/") else first
        return (dt.date(int(m.group(4)), month, 1), True) if 1 <= month <= 12 else None
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
    if _dash_lost(match):
        return None
    return range_of(match.group("start"), match.group("end"), as_of)


def _dash_lost(match: re.Match[str]) -> bool:
    """A range whose ends are joined only by spaces or a line break, and both bare years
    (``2013`` / ``2014``, ``2013  2014  2015``: a column of years, not a range), unless
    words follow the second year on its line (``2011  2017 Electrical Engineering``); or
    ending in ``Date`` or in a "present" word that opens a sentence: a word follows it on
    the next line (``2012`` / ``Current responsibilities``), or a lowercase word on the same
    line (``2012  now used by …``; ``2020  Present Frontend developer`` is a range)."""
    sep = match.string[match.end("start") : match.start("end")]
    if sep.strip():
        return False
    after = match.string[match.end("end") :].split("\n", 1)[0]
    end = match.group("end").lower()
    if re.fullmatch(_PRESENT, end):  # "Mar 2008  Present", not "2008" / "Date of birth: …"
        return end == "date" or bool(
            re.match(r"[ \t]?[a-z]" if "\n" not in sep else r"[ \t]?\w", after)
        )
    if "\n" in sep and after.strip():
        return False  # "2001" / "2005: Assistant Producer, Sony"
    if re.match(r"[ \t]*[,:]?[ \t]*[^\W\d_]", after):
        return False  # "2011  2017 Electrical Engineering Faculty", not "2013  2014  2015"
    return bool(
        re.fullmatch(_YEAR, match.group("start")) and re.fullmatch(_YEAR, match.group("end"))
    )


_DMY = re.compile(rf"(\d{{1,2}})[/.-](\d{{1,2}})[/.-]{_YEAR}")


def _day_first(text: str) -> bool | None:
    """True for a day-month-year date that can only be day first (``30/04/2017``), False for
    one that can only be month first (``04/30/2017``), else None."""
    m = _DMY.fullmatch(text.strip())
    if m is None or (int(m.group(1)) > 12) == (int(m.group(2)) > 12):
        return None
    return int(m.group(1)) > 12


def range_of(
    start_text: str, end_text: str, as_of: dt.date
) -> tuple[dt.date, dt.date | None] | None:
    """``(start, exclusive end or None for present)`` of two date texts, None if implausible.

    Both ends are read in one day order: ``01/06/2015 - 30/04/2017`` is day first throughout.
    """
    day_first = _day_first(start_text)
    day_first = _day_first(end_text) if day_first is None else day_first
    start = parse_date(start_text, as_of, day_first)
    if start is None:
        return None
    end = parse_date(end_text, as_of, day_first)
    if end is None:
        if not re.fullmatch(_PRESENT, end_text.strip().lower()):
            return None
        return (start[0], None) if start[0] <= as_of and start[0].year >= 1950 else None
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
    r"co-founder|cto|ceo|cfo|coo|vp|owner|accountant|advisor|adviser|supervisor|representative|"
    r"instructor|teacher|lecturer|professor|researcher|fellow|clerk|operator|agent|"
    r"freelancer?|contractor|partner|principal|sde|sre|devops|qa|member|staff|expert|tutor|"
    r"nurse|chef|cook|electrician|apprentice|journeyman|barista|generalist|auditor|writer|"
    r"editor|recruiter|volunteer|worker|cashier|driver|secretary|receptionist|pharmacist|"
    r"physician|doctor|therapist|counsel+or|mentor|trainer|planner|buyer|estimator|"
    r"paralegal|librarian|coach|attorney|lawyer|producer|artist|photographer|reporter|"
    r"journalist|copywriter|mechanic|machinist|welder|carpenter|foreman|superintendent|"
    r"inspector|investigator|aide|attendant|bartender|waiter|waitress|caregiver|student|"
    r"chairman|chairperson|dean|registrar|paraprofessional|strategist|evangelist)s?\b",
    re.IGNORECASE,
)
#: Words naming an organisation: ``Infosys Limited``, ``Oracle India Pvt Ltd``, ``Acme Labs``.
_COMPANY_WORD = re.compile(
    r"\b(?:ltd|limited|inc|incorporated|llc|llp|plc|pvt|private|corp|corporation|company|gmbh|"
    r"pty|technologies|solutions|systems|services|consultancy|infotech|labs?|group|bank|"
    r"university|college|school|institute|hospital|clinic|agency|enterprises?|industries|"
    r"international|networks|communications|foundation|studios?|academy|center|centre)\b",
    re.IGNORECASE,
)
#: A legal form, which only an organisation's name has.
_LEGAL_FORM = re.compile(
    r"\b(?:ltd|limited|inc|incorporated|llc|llp|plc|pvt|corp|corporation|gmbh|pty)\b\.?|"
    r"(?-i:\b(?:ASA|SARL|SRL|SpA|BV|UG|KG|Oyj|ApS|Ltda)\b)|"
    # short forms that are also states or titles ("Adelaide SA", "Cloud SA") only after a
    # name of two capitalised words or more: "Fjordkraft Digital AS", "Volvo Cars AB"
    r"(?-i:\b[A-Z][\w&'-]*\s+[A-Z][\w&'-]*\s+(?:AS|AB|AG|SA|SAS|NV|Oy)\b)",
    re.IGNORECASE,
)
#: A part that is only a legal form, split off its name by a comma: ``Acme, Inc.``.
_LEGAL_ONLY = re.compile(
    r"^(?:(?:pvt|private|ltd|limited|inc|incorporated|llc|llp|plc|corp|corporation|gmbh|pty)"
    r"\.?\s*)+$",
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
#: A town, region or country name: one to three capitalised words (case-sensitive).
_PLACE_NAME = re.compile(r"^[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,2}$")
_REMOTE = re.compile(r"\b(?:remote|hybrid|on-?site|in-?office|wfh)\b", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[•*·▪●○■◦►»>✓✔➢➤-]|o\s)")
_STRIP = " ()|,–—-\t•*·"
#: A line ending like a sentence ("… documentation.", "…;"), not an abbreviation ("Inc.").
_SENTENCE_END = re.compile(r"(?:[a-z]{4,}\.|[;:])$")
#: A label before a role's dates: "Duration:", "Period -", "From", "Since".
_DATE_LABEL = re.compile(
    r"(?:\b(?:total\s+)?(?:duration|(?:time\s+|working\s+|employment\s+)?period|tenure|dates?|"
    r"from|since|worked\s+from|date\s+of\s+joining|joining\s+date|timeline)\s*(?:[:–-]\s*)?|[(\[])$",
    re.IGNORECASE,
)
#: A labelled field naming a role's title or employer: "Designation: Team Lead".
_FIELD = re.compile(
    r"^\s*(?:[•*·▪●➢➤-]\s*)?(?P<label>designation|position(?:\s+held)?|(?:key\s+)?role|job\s*title|"
    r"title|post|company(?:\s+name)?|employer|organi[sz]ation|firm)\s*[:–-]\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
_EMPLOYER_LABELS = ("company", "employer", "organi", "firm")
#: Any other labelled line ("Client: …", "Location: …", "Environment: …"): not a header.
_LABEL_LINE = re.compile(r"^\s*[A-Za-z][\w ./&()'-]{0,30}?\s*:(?:\s|$)")
#: Page furniture between a header and its dates: links, e-mail, "Page 1 of 2".
_FURNITURE = re.compile(r"https?://|www\.|\S@\S|^page\s+\d+(?:\s+of\s+\d+)?$", re.IGNORECASE)
#: A duration, which is neither title nor employer: "9 Months", "1year 6months".
_DURATION = re.compile(
    r"^\(?(?:\d+(?:\.\d+)?\s*\+?\s*(?:years?|yrs?|months?|mos?|weeks?)\s*(?:and\s*)?)+\)?$",
    re.IGNORECASE,
)
#: "Worked as a Software Engineer with Prolifics": the title and the employer in a sentence.
_WORKED_AS = re.compile(
    r"^(?:(?:presently|currently|previously)\s+)?(?:i\s+(?:am|was)\s+)?"
    r"(?:worked|working|employed|served|serving|associated|joined)\s+(?:with\s+|at\s+)?"
    r"(?:(?P<emp1>.+?)\s+)?as\s+(?:an?\s+)?(?P<title>.+?)"
    r"(?:\s+(?:with|at|in|for)\s+(?P<emp2>.+?))?$",
    re.IGNORECASE,
)


def _is_location(text: str) -> bool:
    """Whether ``text`` reads as a place, not a title: ``Portland, OR``, ``Remote``, ``Oslo``."""
    text = text.strip(_STRIP)
    if not text:
        return True
    if _TITLE_WORD.search(text):
        return False
    return len(text.split()) <= 5 and bool(_LOCATION.match(text))


def _is_place(text: str) -> bool:
    """A place beyond doubt: ``City, ST``, ``City, Country`` or ``Remote`` / ``Hybrid`` (not
    an organisation and its town: ``Kreuzberg Media UG, Berlin``)."""
    text = text.strip(_STRIP)
    if _is_company(text.split(",")[0]):
        return False
    return _is_location(text) and ("," in text or bool(_REMOTE.search(text)))


def _has_title(text: str) -> bool:
    return bool(_TITLE_WORD.search(text))


def _is_company(text: str) -> bool:
    """Whether ``text`` names an organisation: a legal form, or an organisation word and no
    job-title word (``Infosys Limited``, ``Acme Labs``; not ``Software Engineer``)."""
    return bool(_LEGAL_FORM.search(text)) or (
        bool(_COMPANY_WORD.search(text)) and not _has_title(text)
    )


def _place_name(part: str) -> bool:
    """One to three capitalised words that name no role and no organisation: ``Pune``."""
    return bool(_PLACE_NAME.match(part)) and not _has_title(part) and not _is_company(part)


#: The dash closing a job board's employer line: ``Infosys Limited - Pune, Maharashtra -``,
#: ``Oracle -``.
_BOARD_EMPLOYER_END = re.compile(r"\s[-–—]\s*$")


def _split_places(header: str, parts: list[str]) -> tuple[list[str], bool]:
    """``parts`` without the trailing place, and whether one was dropped.

    A place is dropped when it reads as one beyond doubt: a state code (``Norwalk, CT``),
    ``Remote``, a town after an organisation's name (``Infosys Ltd, Pune``), or a town
    closing a header that ends in a dash (``INFOSYS LIMITED - Bangalore Urban, Karnataka -``,
    as job-board exports set them); then one town before a dropped region or state, unless
    only a title would be left (``Engineer | Google | CA`` keeps ``Google``).
    """
    dropped = region = False
    while len(parts) > 1:
        last, prev = parts[-1], parts[-2]
        place = _place_name(last)
        after_region = region and not (len(parts) == 2 and _has_title(prev))
        region = bool(_REMOTE.fullmatch(last.strip()) or re.fullmatch(r"[A-Z]{2}", last)) or (
            place and not dropped and bool(_BOARD_EMPLOYER_END.search(header))
        )
        if not (region or (place and (_is_company(prev) or after_region))):
            break
        parts = parts[:-1]
        dropped = True
    return parts, dropped


_CLEAN_EDGE = " |,–—-\t•*·:;{}"
#: What may follow a title after a comma as part of it: "Software Engineer, Intern".
_TITLE_QUALIFIER = re.compile(
    r"(?i)^\s*(?:intern(?:ship)?|trainee|apprentice|contract|contractor|part[- ]time|"
    r"full[- ]time|temporary|temp|seasonal|freelance|volunteer|co-?op|summer)\s*$"
)


def _clean(value: str) -> str:
    """A title or employer without stray brackets, labels or trailing punctuation."""
    value = value.strip(_CLEAN_EDGE)
    m = _FIELD.match(value)
    if m:
        value = m.group("value").strip(_CLEAN_EDGE)
    for open_, close in ("()", "[]"):
        if value.count(open_) > value.count(close):
            value = value[: value.rfind(open_)].strip(_CLEAN_EDGE)
        elif value.count(close) > value.count(open_):
            value = value[value.find(close) + 1 :].strip(_CLEAN_EDGE)
        if value.startswith(open_) and value.endswith(close):
            value = value[1:-1].strip(_CLEAN_EDGE)
    if _DURATION.match(value) or not re.search(r"[A-Za-z]", value):
        return ""
    if value[:1].islower() and not (_has_title(value) or _is_company(value)):
        return ""  # words from a sentence: "respectively.", "management"
    return value


def _employer_of(line: str) -> str:
    """The employer named by a line known to name one: its first part unless that is a
    title (``Zurich Payments AG, Zurich``, ``Infosys Ltd - Pune``, ``Lead, Acme``)."""
    title, employer = _title_employer(line)
    if not title or _has_title(title):
        return employer
    if employer and _is_company(employer) and not _is_company(title):
        return employer  # "Equinor ASA, Stavanger, Norway" read as "Stavanger at Equinor ASA"
    return title


def _title_employer(header: str) -> tuple[str, str]:
    """``(title, employer)`` from one header line, either possibly empty."""
    worked = _WORKED_AS.match(header.strip(_STRIP))
    if worked:
        employer = worked.group("emp2") or worked.group("emp1") or ""
        return _clean(worked.group("title")), _clean(employer)
    pieces: list[str] = []
    pos = 0
    for sep in _SPLIT_TITLE.finditer(header):
        before = header[: sep.start()]
        if before.count("(") > before.count(")"):
            continue  # "Developer (part-time, 20 h/week)" stays whole
        pieces.append(header[pos : sep.start()])
        pos = sep.end()
    pieces.append(header[pos:])
    parts: list[str] = []
    for piece in pieces:
        p = piece.strip(" •*·-")
        if not p or RANGE.fullmatch(p) or _DURATION.match(p):
            continue
        if parts and _LEGAL_ONLY.match(p):
            parts[-1] = f"{parts[-1]}, {p}"  # "Acme, Inc."
        else:
            parts.append(p)
    parts, had_place = _split_places(header, parts)
    while len(parts) > 1 and _has_title(parts[0]) and _TITLE_QUALIFIER.match(parts[1]):
        # "Software Engineer, Intern": one title, as written (a column's "| Contract" is not)
        at = header.find(parts[0])
        end = header.find(parts[1], at + len(parts[0])) if at >= 0 else -1
        if end >= 0 and re.search(r"[|\t]", header[at + len(parts[0]) : end]):
            break
        joined = header[at : end + len(parts[1])] if end >= 0 else f"{parts[0]}, {parts[1]}"
        parts[:2] = [joined]
    if not parts:
        return "", ""
    if len(parts) == 1:
        only = parts[0]
        if not _has_title(only) and (
            had_place or _is_company(only) or _BOARD_EMPLOYER_END.search(header)
        ):
            # "Infosys Limited - Pune": an employer and its town; "Oracle -": a job board's
            # employer line
            return "", _clean(only)
        return _clean(only), ""
    if not _has_title(parts[0]):
        # "Employer | Title | Dates": the title is the first part naming a role.
        for i, part in enumerate(parts[1:], start=1):
            if _has_title(part):
                return _clean(part), _clean(parts[0] if i == 1 else parts[i - 1])
        if _is_company(parts[0]) and not _is_company(parts[1]):
            return _clean(parts[1]), _clean(parts[0])
    return _clean(parts[0]), _clean(parts[1])


def _stack(lines: Sequence[str]) -> tuple[str, str]:
    """Title and employer from header lines above the dates, top first."""
    if len(lines) == 1:
        return _title_employer(lines[0])
    top, low = lines[0].strip(_STRIP), lines[1].strip(_STRIP)
    if _is_place(low):  # "Title – Employer" / "City, ST"
        return _title_employer(top)
    top_title, top_employer = _title_employer(lines[0])
    low_title, low_employer = _title_employer(lines[1])
    if _has_title(low) and not _has_title(top):  # "Employer" / "Title"
        return low_title, top_employer or top_title
    if top_employer and not top_title:  # "Acme Ltd - Pune" / "Title"
        return low_title or low_employer, top_employer
    if top_employer and not (low_employer or low_title):
        return top_title, top_employer
    return top_title, low_employer or low_title


def _is_sentence(text: str) -> bool:
    """Text from a description, not a header: many words, or a full stop after a word."""
    words = text.split()
    return len(words) > 12 or (len(words) > 4 and bool(re.search(r"[a-z]{3,}\.(?:\s|$)", text)))


def _header_like(line: str) -> bool:
    """A short line that can name a role or an employer (not a description's last words)."""
    words = line.split()
    if len(words) > 9 or not (line[:1].isupper() or line[:1].isdigit()):
        return False
    return not (len(words) >= 4 and re.fullmatch(r"[A-Z][a-z]+ed", words[0]))


def _names_employer(line: str) -> bool:
    """A header line that can name an employer: no job title, no sentence."""
    return (
        not _has_title(line)
        and _header_like(line)
        and not re.search(r"[a-z]{3,}\.$", line)
        and not _LABEL_LINE.match(line)
    )


#: Small words inside a proper name: "Bank of Oslo", "Smith & Sons".
_NAME_JOINER = re.compile(r"(?i)(?:of|and|&|the|for|de|du|la|le|von|van|der|[-–—|,])")


def _proper_name(line: str) -> bool:
    """A header line that is only a name: an employer's, each word capitalised
    (``Birchwood Data AS``, ``Bank of Oslo``; not a description's ``Answered calls``)."""
    words = line.strip(_STRIP).split()
    return (
        _names_employer(line)
        and 0 < len(words) <= 6
        and all(w[:1].isupper() or w[:1].isdigit() or _NAME_JOINER.fullmatch(w) for w in words)
    )


#: A cell of a skills table set beside a role (a level or a number of years): pass over it.
_TABLE_CELL = re.compile(
    r"(?i)^(?:\d{1,2}(?:\.\d)?\+?|expert|advanced|intermediate|beginner|basic|novice|"
    r"proficient|fluent|native|levels?|years?|skills?)$"
)


def _header_above(lines: Sequence[tuple[int, int, str]], idx: int, floor: int) -> list[int]:
    """Indices (top first) of up to two header lines right above line ``idx``.

    Header lines are short, non-bullet lines after line ``floor`` (the previous role's
    dated line); a blank line ends the header once one line is found, unless the dates
    themselves stand apart (``Title`` / blank / ``Employer - City -`` / blank / dates,
    as job-board exports set them). Lines of punctuation and page furniture, and the cells
    of a skills table laid out beside the role ("Advanced", "6"), are skipped.
    """
    found: list[int] = []
    j = idx - 1
    spaced = j > floor and not lines[j][2].strip()
    while j > floor and len(found) < 2:
        line = lines[j][2].strip()
        if not found and _TABLE_CELL.match(line):
            j -= 1
            continue
        if not line or not re.search(r"\w", line) or _FURNITURE.search(line):
            if found and not line and not spaced:
                break
            j -= 1
            continue
        sentence = bool(_SENTENCE_END.search(line)) and len(line.split()) > 3
        if _BULLET.match(lines[j][2]) or len(line) > 80 or sentence or RANGE.search(line):
            break
        if classify_heading(line) or _LABEL_LINE.match(line) or _FIELD.match(line):
            break
        if not _header_like(line) and (found or spaced):
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
    if RANGE.search(text) or classify_heading(text) or _FURNITURE.search(text):
        return ""
    if _LABEL_LINE.match(text) and not text.endswith(":"):
        return ""  # "Client: Acme" ("Project Manager:" alone is the title)
    return text


class _Dated(NamedTuple):
    """A role's dates: on line ``idx`` (through line ``last`` when they run onto the next
    line), at ``start``–``end`` of ``text`` (those lines joined by ``\\n``)."""

    idx: int
    last: int
    text: str
    start: int
    end: int
    interval: tuple[dt.date, dt.date | None]
    #: Dated by its start alone ("Since 2015").
    alone: bool = False


def _dated_lines(lines: Sequence[tuple[int, int, str]], as_of: dt.date) -> list[_Dated]:
    """Every line dating a role: a range (``Jan 2019 – Present``, ``2015 - 2017``, the two
    dates on consecutive lines where a dash was lost), a month range (``Jan-Mar 2011``), or
    a start alone (``Since 2015``, ``from March 2019``, ``2017 onwards``) on a short line
    (read only for the first role of a résumé: the current one, which "member since 2003"
    and the like further down are not)."""
    out: list[_Dated] = []
    skip = -1
    for idx, (_s, _e, line) in enumerate(lines):
        if idx <= skip:
            continue
        m = RANGE.search(line)
        rng = read_range(m, as_of) if m else None
        if m and rng:
            out.append(_Dated(idx, idx, line, m.start(), m.end(), rng))
            continue
        g = _GLUED_YEARS.match(line)
        rng = range_of(g.group("start"), g.group("end"), as_of) if g else None
        if g and rng and int(g.group("end")) - int(g.group("start")) <= _GLUED_SPAN:
            out.append(_Dated(idx, idx, line, g.start("start"), g.end("end"), rng))
            continue
        if idx + 1 < len(lines) and re.search(rf"{_DATE}\s*(?:{_TO}\s*)?$", line, re.I):
            joined = line + "\n" + lines[idx + 1][2]
            m = RANGE.search(joined)
            rng = read_range(m, as_of) if m and m.start() < len(line) < m.end() else None
            if m and rng:
                out.append(_Dated(idx, idx + 1, joined, m.start(), m.end(), rng))
                skip = idx + 1
                continue
        mr = MONTH_RANGE.search(line)
        if mr:
            year = mr.group("year")
            rng = range_of(f"{mr.group('m1')} {year}", f"{mr.group('m2')} {year}", as_of)
            if rng:
                out.append(_Dated(idx, idx, line, mr.start(), mr.end(), rng))
                continue
        mo = OPEN_RANGE.search(line)
        if mo and len(line.split()) <= 16 and not _MEMBERSHIP.search(line):
            rng = range_of(mo.group("start") or mo.group("start2"), "present", as_of)
            if rng and rng[0].year >= _OPEN_SINCE:  # not "a port in use since 1962"
                out.append(_Dated(idx, idx, line, mo.start(), mo.end(), rng, alone=True))
    return out


def _fields(lines: Sequence[tuple[int, int, str]], first: int, stop: int) -> tuple[str, str]:
    """``(title, employer)`` from labelled lines (``Designation: …``, ``Company: …``)."""
    title = employer = ""
    for j in range(max(first, 0), min(stop, len(lines))):
        m = _FIELD.match(lines[j][2])
        if not m:
            continue
        value = m.group("value")
        value = RANGE.sub("", value)
        label = m.group("label").lower()
        if label.startswith(_EMPLOYER_LABELS):
            employer = employer or _title_employer(value)[1] or _clean(value)
        elif len(value.split()) <= 8 and (_has_title(value) or not label.startswith("key")):
            # "Key Role:" leads a description as often as a title ("Key Role: Led the
            # migration to AWS."): it names one only with a title word ("Build Engineer")
            title = title or _title_employer(value)[0] or _clean(value)
    return title, employer


def _rest(d: _Dated) -> tuple[str, bool]:
    """The dated line(s) without the dates and their label (empty when that is a sentence
    from a description), and whether they name no role of their own: only a label
    (``Duration:``, ``From``) or a sentence was there."""
    before, after = d.text[: d.start], d.text[d.end :]
    if not after.strip(" .;,"):
        after = ""  # the full stop of "… at Infosys Ltd from June 2012 to date."
    bare = _DATE_LABEL.sub("", before.rstrip())
    labelled = bare.strip(_STRIP) != before.strip(_STRIP)
    rest = (bare + " | " + after.replace("\n", " ")).strip(_STRIP)
    if not _WORKED_AS.match(rest) and _is_sentence(rest):
        return "", True  # "• Worked on Hyperion products. (September 2017 onwards)"
    return rest, labelled and len(rest) < 3


def _field_block(
    lines: Sequence[tuple[int, int, str]], d: _Dated, floor: int, nxt: int
) -> tuple[int, int]:
    """``(first, stop)`` lines of the labelled lines around a role's dates (``Designation:
    …`` / ``Organization: …`` / ``Duration: …``), the dated line(s) included."""
    first = d.idx
    while first - 1 > floor and _LABEL_LINE.match(lines[first - 1][2]):
        first -= 1
    stop = d.last + 1
    while stop < min(nxt, d.last + 8) and (
        _LABEL_LINE.match(lines[stop][2]) or not lines[stop][2].strip()
    ):
        stop += 1
    return first, stop


def _fields_follow_dates(lines: Sequence[tuple[int, int, str]], dated: Sequence[_Dated]) -> bool:
    """Whether each role's labelled fields follow its dates (``Since: … Until: …`` /
    ``Company: …`` / ``Position held: …``) rather than lead to them: the first role's dates
    have a field right below and none right above. Fields between two roles' dates are then
    the earlier role's."""
    if not dated:
        return False
    d = dated[0]
    if d.idx > 0 and _FIELD.match(lines[d.idx - 1][2]):
        return False
    below = next((text for _s, _e, text in lines[d.last + 1 :] if text.strip()), "")
    return bool(_FIELD.match(below))


def _head(
    lines: Sequence[tuple[int, int, str]], d: _Dated, floor: int, nxt: int
) -> tuple[int, str, str]:
    """``(first line, title, employer)`` of the role dated on line ``d.idx``.

    ``floor`` is the previous role's last dated line and ``nxt`` the next one's first.
    """
    idx = d.idx
    rest, _label_only = _rest(d)
    above = _header_above(lines, idx, floor)
    above_text = [lines[j][2].strip() for j in above]
    below = _line_below(lines, d.last, nxt)
    below2 = _line_below(lines, d.last + 1, nxt) if below else ""
    headless = not rest or _is_place(rest)  # "Dates", "City, ST | Dates"
    if headless and below and _has_title(below) and not any(map(_has_title, above_text)):
        # "Dates" / "Title, Employer" (the dates head the role), or "Dates" / "Title" /
        # "Employer"; "Employer" / "City, ST | Dates" / "Title"
        title, employer = _title_employer(below)
        if above and not employer:
            above_title, above_employer = _stack(above_text)
            employer = above_employer or above_title
        if not employer and below2 and _proper_name(below2):
            employer = _employer_of(below2)
        return above[0] if above else idx, title, employer
    if not rest and not above and _has_title(below2) and _proper_name(below):
        # "Dates" / "Employer" / "Title"
        return idx, _title_employer(below2)[0], _employer_of(below)
    if above and (len(rest) < 3 or _is_location(rest)):
        # "Title – Employer" / "City, ST | Dates", or "Title" / "Employer" / "Dates".
        title, employer = _stack(above_text)
        if not employer and len(rest) >= 3 and not _is_place(rest):
            employer = _employer_of(rest)  # "Title" / "Employer  Dates"
        if not title and below and not _is_place(below):
            title = _title_employer(below)[0]  # "Employer - City" / "Dates" / "Title"
        elif not employer and below and not _has_title(below) and not _is_place(below):
            employer = _employer_of(below)  # "Title" / "Dates" / "Employer"
        return above[0], title, employer
    if above and not _has_title(rest) and _has_title(above_text[-1]):
        title, employer = _title_employer(above_text[-1])
        return above[-1], title, employer or _employer_of(rest)
    title, employer = _title_employer(rest)
    if below and not _has_title(rest) and _has_title(below):
        # "Employer, City  Dates" / "Title"
        below_title, below_employer = _title_employer(below)
        return idx, below_title, employer or title or below_employer
    if (
        below
        and employer
        and _has_title(rest)
        and not _has_title(below)
        and _is_company(below.split(",")[0])
        and not _is_company(employer)
        and employer.lower() not in below.lower()  # "Accenture" / "Accenture Technology Ltd"
        and not re.match(r"(?i)(?:on-?site|client|at)\b", below)  # "Onsite at Citibank Inc"
    ):
        # "Registered Nurse, ICU  Dates" / "Cumberland General Hospital, Nashville, TN"
        return idx, _clean(f"{title}, {employer}"), _employer_of(below)
    if below and not employer and _has_title(rest) and not _has_title(below):
        # "Title  Dates" / "Employer, City"
        employer = _employer_of(below)
    if not title and not employer and below:
        title, employer = _title_employer(below)
    if title and not employer and above and _names_employer(above_text[-1]):
        return above[-1], title, _employer_of(above_text[-1])  # "Employer" / "Title  Dates"
    return idx, title, employer


def _overlap(a: tuple[dt.date, dt.date | None], b: tuple[dt.date, dt.date | None]) -> bool:
    """Whether two ``(start, end or None)`` intervals share a month."""
    return (a[1] is None or b[0] < a[1]) and (b[1] is None or a[0] < b[1])


def find_roles(text: str, spans: Sequence[tuple[int, int]], as_of: dt.date) -> tuple[Role, ...]:
    """Roles in the given character spans of ``text`` (the experience sections).

    Each dated line opens a role; the role's text runs from its header to the next role's
    header. Title and employer come from the dated line with the dates (and a label such
    as ``Duration:``) removed; when that remainder is empty or only a location
    (``Portland, OR | Sep 2024 – Present``), they come from the short non-bullet lines right
    above (``Title – Employer``, or ``Title`` / ``Employer`` stacked, or ``Employer - Town``),
    which then open the role's text; dates alone on their line with no header above head
    the role, and the lines below them give ``Title`` / ``Employer`` or ``Employer`` /
    ``Title`` (an employer's name capitalised word by word). A remainder that names no role
    under a line that does (``Python Developer`` / ``Acme Sep 2024 – …``) is read as the
    employer. Labelled fields (``Designation: …``, ``Company: …``) near the dates take
    precedence. A labelled date line (``Duration: …``) within the previous role's dates
    belongs to that role.
    """
    roles: list[Role] = []
    for span_start, span_end in spans:
        block = text[span_start:span_end]
        lines = list(iter_lines(block))
        dated: list[_Dated] = []
        for d in _dated_lines(lines, as_of):
            if d.alone and (dated or roles):
                continue  # only the current role, listed first, is dated "since 2015" alone
            if dated and _rest(d)[1] and _overlap(d.interval, dated[-1].interval):
                continue  # "Duration: Apr 2017 - Till Date" under the role it dates
            dated.append(d)
        heads = [
            _head(lines, d, dated[k - 1].last if k > 0 else -1, nxt)
            for k, d in enumerate(dated)
            for nxt in [dated[k + 1].idx if k + 1 < len(dated) else len(lines)]
        ]
        follow = _fields_follow_dates(lines, dated)
        for k, (d, (first, title, employer)) in enumerate(zip(dated, heads, strict=True)):
            stop = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
            nxt = dated[k + 1].idx if k + 1 < len(dated) else len(lines)
            floor = d.idx - 1 if follow else (dated[k - 1].last if k > 0 else -1)
            block_first, block_stop = _field_block(lines, d, floor, nxt)
            field_title, field_employer = _fields(lines, block_first, block_stop)
            if field_title or field_employer:
                first = min(first, block_first)
            start, end = d.interval
            if _membership(field_title or title, field_employer or employer):
                continue  # "Member, Steering Committee": service, not employment
            body = block[lines[first][0] : lines[stop - 1][1]] if stop > first else d.text
            roles.append(
                Role(
                    title=field_title or title,
                    employer=field_employer or employer,
                    start=start,
                    end=end,
                    text=body,
                    offset=span_start + lines[first][0],
                )
            )
    return tuple(roles)


#: Seats on a body rather than jobs: "Member", "Board Member", "Chair".
_SEAT = re.compile(
    r"(?:(?:board|committee|council|founding|elected|active|general)\s+)?member|"
    r"(?:co-?|vice[\s-]?)?chair(?:man|woman|person)?|trustee",
    re.IGNORECASE,
)
#: Bodies that such seats are on.
_BODY = re.compile(
    r"\b(?:committee|council|board|society|association|commission|panel|senate|"
    r"task\s*force|club|chapter|caucus|assembly)\b",
    re.IGNORECASE,
)


def _membership(title: str, employer: str) -> bool:
    """True for a seat on a committee, board or society ("Member, Steering Committee",
    "Chair, Graduate Studies Committee", a bare "Member, 2010 - present"), which dates
    service, not employment (a "Chair, Department of History" is a job, and so may be a
    "Chairman" whose employer was not read; not a bare "Trustee" or "Vice Chair")."""
    seat = title.strip(" ,.:-")
    if not _SEAT.fullmatch(seat):
        return False
    if employer.strip():
        return bool(_BODY.search(employer))
    return not re.fullmatch(r"chair(?:man|woman|person)", seat, re.IGNORECASE)


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


#: Job-title nouns that name the same kind of job ("Python Developer" ~ "Python Engineer").
_TITLE_FAMILIES = (frozenset({"developer", "engineer", "programmer"}),)
#: Title words that do not narrow a job: seniority, level, the generic kind of software work.
_GENERIC_TITLE_WORDS = frozenset(
    {
        *("senior", "junior", "lead", "principal", "staff", "sr", "jr", "chief", "head"),
        *("associate", "assistant", "intern", "trainee", "i", "ii", "iii", "iv", "v"),
        *("software", "backend", "back-end", "back", "end", "frontend", "front-end", "front"),
        *("full-stack", "fullstack", "full", "stack", "web", "application", "applications"),
        *("freelance", "contract", "contractor", "remote", "and", "of"),
    }
)


#: Job titles written as abbreviations, spelled out: "Charge Nurse (RN)" is a registered nurse.
_TITLE_ABBREVIATIONS = {
    "rn": ("registered", "nurse"),
    "lpn": ("licensed", "practical", "nurse"),
    "swe": ("software", "engineer"),
    "sde": ("software", "development", "engineer"),
}


def _title_words(text: str) -> list[str]:
    words = re.findall(r"[a-z][a-z0-9+#]*(?:-[a-z0-9]+)*", text.lower())
    return [part for w in words for part in _TITLE_ABBREVIATIONS.get(w, (w,))]


def title_fit(title: str, role: str) -> str:
    """How a role's ``title`` fits a JD's "as a ``role``": ``"named"`` when it has the
    role's job noun (or a synonym: developer, engineer, programmer) and each of its other
    words but seniority ("Python Engineer", "Lead Java Engineer" for "Senior Java
    Engineer", "Charge Nurse (RN)" for "registered nurse"); ``"generic"`` when it has the
    job noun and, outside brackets, only words such as senior or software ("Software
    Engineer", "Backend Developer (Django)"); ``""`` otherwise ("DevOps Engineer",
    "Technical Support Engineer")."""
    wanted, words = _title_words(role), _title_words(title)
    if not wanted or not words:
        return ""
    head = wanted[-1].removesuffix("s")
    qualifiers = [q for q in wanted[:-1] if q not in _GENERIC_TITLE_WORDS]
    family = next((f for f in _TITLE_FAMILIES if head in f), frozenset({head}))
    if not any(w.removesuffix("s") in family for w in words):
        return ""
    if all(q in words for q in qualifiers):
        return "named"
    outside = _title_words(re.sub(r"\([^)]*\)", " ", title))
    rest = [w for w in outside if w.removesuffix("s") not in family]
    return "generic" if all(w in _GENERIC_TITLE_WORDS for w in rest) else ""


def fitting_roles(
    resume: Resume,
    role: str,
    skills: Sequence[str],
    ancestors: Callable[[str], Set[str]],
    match: str = "all",
) -> list[Role]:
    """The dated roles that count for experience "as a ``role`` (with ``skills``)": titled
    so (:func:`title_fit`), or titled generically, and whose text names the item's skills
    (each of them, or one with ``match="any"``; directly or through a skill implying it,
    by ``ancestors``). A generic title counts only when there are skills to check."""
    out = []
    for ro in resume.roles:
        fit = title_fit(ro.title, role)
        if not fit or (fit == "generic" and not skills):
            continue
        if skills:
            lo, hi = ro.offset, ro.offset + len(ro.text)
            names = {m.name for m in resume.skills if lo <= m.start < hi}
            named = [s in names or any(s in ancestors(n) for n in names) for s in skills]
            if not (any(named) if match == "any" else all(named)):
                continue
        out.append(ro)
    return out

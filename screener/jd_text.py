"""Restore the line structure of a job description that scraping or HTML export flattened.

Real JDs often arrive with their lists glued into one paragraph: ``…contacts.2. Identify``,
``…solutionsREQUIRED SKILLS AND EXPERIENCE Bachelor's…``, ``Qualifications:* One year…``,
``What You BringProven…``, or with HTML remnants (``<li>``, ``&amp;``). :func:`restore_lines`
puts a line break back wherever the text shows one was lost, so that headings and list items
stand on their own lines again. Text that already has its lines is left as it is apart from
character normalisation (curly quotes, non-breaking spaces, inline bullets).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Lines longer than this after the safe splits are treated as run-on lists.
RUN_ON = 200

_CHARS = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\xa0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\t": " ",
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
        "\r": None,
    }
)
_TAG_BREAK = re.compile(
    r"(?i)<\s*/?\s*(?:br|p|li|ul|ol|div|h[1-6]|tr|table|section)\b[^<>]{0,200}>"
)
_TAG_LI = re.compile(r"(?i)<\s*li\b[^<>]{0,200}>")
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,200})?/?>")
_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")

#: Bullet characters that stand inside a line when a list was flattened.
_INLINE_BULLET = re.compile(r"(?<=\S)\s*([•●▪■◦♦➢►✓·])\s*(?=\S)")
_ASTERISK_BULLET = re.compile(r"(?<=[\w.:;,)!?])\s*\*\s+(?=[A-Z0-9])")
_LEADING_BULLET = re.compile(r"^\s*[•●▪■◦♦➢►✓·*]\s*")
#: ``experience.Extensive`` - a sentence end with the space lost.
_GLUED_SENTENCE = re.compile(
    r"(?<=[a-z0-9)\]%])([.!?;])(?=[A-Z][a-z]|\d{1,2}\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:years|yrs)\b)"
)
#: ``Amazon Web Services0-2 years`` - a number of years glued to the word before it.
_GLUED_YEARS = re.compile(r"(?<=[a-z])(?=\d{1,2}\s*(?:\+|-\s*\d{1,2})?\s*(?:years|yrs)\b)")
#: ``contacts.2. Identify`` / ``Responsibilities1. Solicit`` - a numbered item glued on.
_GLUED_NUMBER = re.compile(r"(?<=[a-zA-Z.;:)])(?=\d{1,2}[.)]\s+[A-Z])")
#: ``Responsibilities:Assist`` - a colon with the line break lost after it.
_GLUED_COLON = re.compile(r"(?<=[a-zA-Z)]):\s*(?=[A-Z][a-z])")
#: ``AWS(EMR,EC2,S3)``: a parenthesised list written without spaces, glued to its word.
_GLUED_LIST = re.compile(r"\(([^()\n]*?[\w+#],(?=[A-Za-z])[^()\n]*)\)")
#: Three or more spaces between words: where a list started on some job boards.
_WIDE_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
#: ``architectureWorked`` / ``RESPONSIBILITIESProvide``: a lower-case or capital run glued
#: to a capitalised word; split only when the right word starts a sentence (see STARTERS).
_GLUED_WORD = re.compile(r"(?<=[a-z)#+])(?=[A-Z][a-z]+)|(?<=[A-Z]{3})(?=[A-Z][a-z]{2,})")
_TOKEN = re.compile(r"[\w'’+#.-]+")

#: Words that open a sentence or list item of a JD (capitalised).
STARTERS = _words(
    """
    A An The This That These Our We You Your As At If Must Will Should Can Candidates
    Experience Experienced Strong Proven Deep Solid Excellent Exceptional Outstanding Good Great
    Ability Able Knowledge Knowledgeable Familiarity Familiar Understanding Proficiency
    Proficient Expertise Expert Advanced Working Hands Demonstrated Demonstrable Prior Previous
    Exposure Fluent Fluency Comfortable Background Passion Passionate Willingness Desire
    Associate Associates Bachelor Bachelors Master Masters Degree Minimum Preferred Required
    Requirements
    Qualifications Responsibilities Duties Benefits Skills Education Certification Certified
    Nice Bonus Plus Ideally Current Valid Strength Track Self Highly Attention Effective
    Design Develop Build Work Lead Manage Provide Support Collaborate Create Ensure Maintain
    Implement Participate Assist Help Drive Own Deliver Partner Write Review Mentor Identify
    Analyze Analyse Coordinate Communicate Conduct Perform Prepare Monitor Serve Complete
    Establish Evaluate Define Act Architect Troubleshoot Stay Contribute Oversee Handle Train
    Worked Been Built Led Managed Developed Designed Delivered Shipped
    What Who Why How Where When About Job Position Role Salary Pay Compensation Location
    Summary Overview Description Perks Apply Join Equal Additional Preferred Nice Professional
    Familiarity Knowledge Ideal
    """
)
#: Capitalised words that open a requirement item inside a line without punctuation
#: (``…Node.js and Python Strong proficiency in React…``).
_ITEM_START = re.compile(
    r"(?<=[a-z0-9)%]) (?=(?:Experience|Strong|Proven|Deep|Solid|Excellent|Exceptional|"
    r"Ability|Knowledge|Familiarity|Understanding|Proficiency|Proficient|Expertise|Expert|"
    r"Advanced|Working knowledge|Hands-on|Demonstrated|Demonstrable|Prior|Previous|Exposure|"
    r"Fluent|Fluency|Familiar|Comfortable|Background|Bachelor|Master|Degree|Minimum|At least|"
    r"Must|Certification|Certified|Current|Valid|Good|Great|Outstanding|Ideally|Preferred|"
    r"Nice to have|Bonus|Self-)\b)"
)
_YEARS_START = re.compile(r"(?<=[a-z]) (?=\d{1,2}\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:years|yrs)\b)")
#: Words after which an item opener or a number of years continues the sentence.
_CONTINUES = _words(
    "with of least minimum than and or to have has having plus over about approximately "
    "requires require required including min total additional the a an in for your our "
    "any is are be as at by using via on from within "
    "associate associates bachelor bachelors master masters doctoral graduate"
)
#: Requirement openers that complete the capitalised word before them ("Associate Degree",
#: "Excel Expert", "Spanish Fluency"), so they start no item there.
_NAME_TAIL = re.compile(r"(?:Degree|Expert|Fluency|Fluent|Certification|Certified)\b")
#: Words that make an all-caps run a heading (``REQUIRED SKILLS AND EXPERIENCE``).
_HEADING_WORDS = _words(
    """
    SKILLS REQUIREMENTS REQUIRED QUALIFICATIONS QUALIFICATION EXPERIENCE EDUCATION
    RESPONSIBILITIES RESPONSIBILITY DUTIES SUMMARY DESCRIPTION BENEFITS ABOUT PREFERRED NICE
    BONUS FUNCTIONS OVERVIEW COMPENSATION KNOWLEDGE ABILITIES COMPETENCIES POSITION JOB ROLE
    WHO WHAT YOU US PERKS DESIRED ESSENTIAL MINIMUM BASIC
    """
)
_CAPS_RUN = re.compile(
    r"(?<![\w'])(?:[A-Z][A-Z'&/-]+|[A-Z])(?:[ ,]+(?:[A-Z][A-Z'&/-]+|&|AND|OR|OF|TO|THE|FOR|"
    r"and/or|and|or|of|to|the|for)){0,8}(?<=[A-Z])(?:\s*:)?(?![\w'])"
)


def normalize_chars(text: str) -> str:
    """Curly quotes → straight, odd spaces → space, zero-width characters and CR removed."""
    return text.translate(_CHARS)


def strip_html(text: str) -> str:
    """HTML remnants: block tags → line breaks, ``<li>`` → a bullet, entities decoded."""
    if "<" in text:
        text = _TAG_LI.sub("\n• ", text)
        text = _TAG_BREAK.sub("\n", text)
        text = _TAG.sub(" ", text)
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    return text


def restore_lines(text: str, is_known: Callable[[str], bool] | None = None) -> list[str]:
    """The lines of ``text`` with lost line breaks put back.

    ``is_known(token)`` says whether a token is a known name (a skill such as JavaScript or
    PHPUnit) that must not be split at its inner capital.
    """
    text = normalize_chars(strip_html(text))
    out: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            out.append("")
            continue
        for piece in _safe_splits(line, is_known):
            if len(piece) > RUN_ON:
                out.extend(_run_on_splits(piece))
            else:
                out.append(piece)
    return out


def _safe_splits(line: str, is_known: Callable[[str], bool] | None) -> list[str]:
    """Splits that are right in any text: inline bullets, glued sentences, numbers, words
    and colons."""
    lead = _LEADING_BULLET.match(line)
    head, body = (line[: lead.end()], line[lead.end() :]) if lead else ("", line)
    body = _split_glued_words(body, is_known)
    body = _GLUED_LIST.sub(_spaced_list, body)
    body = _GLUED_COLON.sub(":\n", body)
    body = _INLINE_BULLET.sub(lambda m: f"\n{m.group(1)} ", body)
    body = _ASTERISK_BULLET.sub("\n* ", body)
    body = _GLUED_SENTENCE.sub(lambda m: f"{m.group(1)}\n", body)
    body = _GLUED_NUMBER.sub("\n", body)
    body = _GLUED_YEARS.sub("\n", body)
    body = _WIDE_GAP.sub("\n", body)
    body = _ITEM_START.sub(lambda m: _cut_unless_continued(body, m.start()), body)
    body = _split_caps_headings(body)
    pieces = (head + body).split("\n")
    return [p.rstrip() if n == 0 else p.strip() for n, p in enumerate(pieces) if p.strip()]


def _spaced_list(m: re.Match[str]) -> str:
    """``AWS(EMR,EC2,S3)`` → ``AWS (EMR, EC2, S3)``, so that each name reads as one item
    (a comma between digits, as in 1,000, is kept)."""
    before = m.string[m.start() - 1] if m.start() > 0 else " "
    gap = " " if before.isalnum() or before in "+#" else ""
    return f"{gap}({re.sub(r',(?=[A-Za-z])', ', ', m.group(1))})"


def _split_caps_headings(line: str) -> str:
    """Put an all-caps heading inside a line on its own line."""

    def cut(m: re.Match[str]) -> str:
        words = re.findall(r"[A-Z][A-Z'&/-]+", m.group(0))
        if len(words) < 2 and not (words and words[0] in _HEADING_WORDS and m.group(0)[-1] == ":"):
            return m.group(0)
        if not any(w.strip(":") in _HEADING_WORDS for w in words):
            return m.group(0)
        return f"\n{m.group(0)}\n"

    return _CAPS_RUN.sub(cut, line) if re.search(r"[A-Z]{4}", line) else line


def _split_glued_words(line: str, is_known: Callable[[str], bool] | None) -> str:
    """``architectureWorked`` → two lines, when the right word opens a sentence and the
    token is not a known name (JavaScript, PHPUnit)."""

    def glued(m: re.Match[str]) -> str:
        pos = m.start()
        right = re.match(r"[A-Z][a-z]+", line[pos:])
        word = right.group(0) if right else ""
        if not (word in STARTERS or (len(word) > 5 and word.endswith(("ing", "ed")))):
            return ""
        if is_known is not None and is_known(_token_at(line, pos)):
            return ""
        return "\n"

    return _GLUED_WORD.sub(glued, line)


def _run_on_splits(line: str) -> list[str]:
    """Splits for a line still too long to be one item: ``… related field 4+ years …``."""
    line = _YEARS_START.sub(lambda m: _cut_unless_continued(line, m.start()), line)
    return [p.strip() for p in line.split("\n") if p.strip()]


def _token_at(text: str, pos: int) -> str:
    """The word-like token around position ``pos``."""
    start = pos
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "+#"):
        start -= 1
    end = pos
    while end < len(text) and (text[end].isalnum() or text[end] in "+#"):
        end += 1
    return text[start:end]


def _cut_unless_continued(text: str, pos: int) -> str:
    """A line break at ``pos`` unless the word before it continues the sentence, or is a
    capitalised word that the opener completes ("Associate Degree", "Excel Expert",
    "Spanish Fluency"; not "Java Experience with …")."""
    if _word_before(text, pos) in _CONTINUES:
        return " "
    if re.search(r"\b[A-Z][A-Za-z]*$", text[:pos]) and _NAME_TAIL.match(text, pos + 1):
        return " "
    return "\n"


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z]+)\W*$", text[:pos])
    return m.group(1).lower() if m else ""

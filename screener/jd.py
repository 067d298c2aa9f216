"""Read a job description into required and preferred :class:`Requirement` items.

A JD is read the way a recruiter reads it:

0. Lost line breaks are restored first (:mod:`screener.jd_text`): scraped JDs often glue
   their headings and list items into one paragraph.
1. Headings split it into blocks. Blocks under *Required / Requirements / Qualifications /
   Must have / What you'll need* hold required items; blocks under *Preferred / Nice to have /
   Bonus / … a plus* hold preferred items; everything else (objectives, responsibilities,
   company blurb, benefits, marketing text) yields no requirement. A lead-in line such as
   "The ideal candidate will possess:" right under a requirement heading keeps its role.
2. Each bullet (wrapped lines joined) or sentence of a requirement block becomes an item.
   Cue words inside it ("preferred", "a plus", "required", "must") override its block; a
   trailing ", ideally …" clause is preferred on its own.
3. An item's kind comes from what it names: years → experience, a degree → education,
   a certification → certification, only soft skills → soft, other skills → skill. An item
   naming nothing the taxonomy knows is dropped (it can't be checked), and so is a condition
   of engagement (freelance or contract work, shifts, travel, relocation) naming no hard skill.
4. "such as X, Y or Z", "like …", "e.g. …", "at least one of", "X or Y" make an any-of
   group; "X and Y", "including X, Y and Z" make an all-of group. A category named before
   "such as" (``code versioning tools such as Git…``) joins its any-of group, so any member
   of the category satisfies it; a qualified category (``Python web framework``) admits only
   the members that also imply the qualifier. One bullet can hold several groups
   (``web frameworks like Django and databases like MongoDB``): each is its own item.
5. The soft skills of one group (required or preferred) form a single item: they are claimed
   rather than shown, and a recruiter checks them as one line.

When a JD has no requirement headings at all (or its requirement blocks yield no required
item), every bullet or sentence carrying a requirement cue (years, degree, "experience with",
"knowledge of" …) is read instead.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Span

from screener.errors import InvalidJobDescription
from screener.extract.education import LEVELS, fields_of_study, find_field
from screener.extract.experience import NUMBER_WORDS
from screener.extract.nlp import build_nlp, pipeline_taxonomy, requirement_doc
from screener.extract.taxonomy import Taxonomy
from screener.jd_text import restore_lines
from screener.records import JobDescription, MatchMode, Requirement, RequirementKind

log = logging.getLogger(__name__)

_PREFERRED_CUE = re.compile(
    r"\b(?:preferred|preferably|nice[- ]to[- ]haves?|(?:a|big|huge|definite|strong|great) plus|"
    r"bonus|desir(?:ed|able)|good[- ]to[- ]have|optional|advantage(?:ous)?|"
    r"considered as a plus|ideally)\b|"
    r"\b(?:an?|a (?:real|definite|strong|great)) asset\b(?!\s+(?:manage\w*|class\w*|"
    r"allocation|tracking|protection|recovery|servicing|based|finance|register|li(?:fe|ves)))|"
    r"\bplus\s*[.!]?\s*$",
    re.IGNORECASE,
)
#: In a heading, a bare "Plus" / "Pluses" / "Bonus points" marks preferred items too.
_PREFERRED_HEADING = re.compile(r"\b(?:plus(?:es)?|extra credit|would be great)\b", re.I)
_REQUIRED_CUE = re.compile(
    r"\b(?:required|requirements?|must|qualifications?|mandatory|essential|need|needs|"
    r"looking for|you have|you bring|you'll bring|you will bring|who you are|what you bring|"
    r"skills|competenc(?:y|ies)|your profile|about you|experience|expertise|knowledge|"
    r"ideal candidate|education|certifications?|licen[cs](?:es|ure)|prerequisites?|criteria|"
    r"background|abilities|what it takes|you should have|you'll have|you will have|ideal|"
    r"qualities|attributes|traits|characteristics|needed|you should|the following)\b",
    re.IGNORECASE,
)
_OTHER_HEADING = re.compile(
    r"\b(?:responsibilit(?:y|ies)|duties|objectives?|what you(?:'ll| will) do|role|about us|"
    r"about the (?:company|team|role|job|position|opportunity)|company|benefits|perks|"
    r"we offer|what we offer|compensation|salary|pay|why join|culture|mission|overview|"
    r"summary|description|how .* helps|next step|what does|day to day|location|apply|"
    r"equal opportunity|job type|schedule|work environment|working conditions|physical|"
    r"functions|who we are|our team|the team|the opportunity|impact|why you'll love|"
    r"disclaimer|eeo|accommodation|tasks|accountabilities|in this role|you will|you'll)\b",
    re.IGNORECASE,
)
#: A line saying what a candidate knows is an item even when short and capitalised.
_ITEM_CUE = re.compile(
    r"(?i)\b(?:experience|knowledge|proficiency|familiarity|understanding|expertise|skills)\s+"
    r"(?:with|in|of|using)\s+[\w.#+]|\b\d{1,2}\s*\+?\s*(?:years?|yrs?)\b|"
    r"^must\s+(?:have|be|possess|hold)\s+(?:a|an|the|no|at|valid|current|able|\d)\b|"
    r"\b(?:bachelor'?s|master'?s|degree|diploma|GED|certified|certification)\b|"
    r"^(?:strong|excellent|good|solid|proven|demonstrated|exceptional|outstanding|great|"
    r"effective|superb)\s+(?!to\b|plus\b|have\b)(?!.*\b(?:benefits?|package|perks?|pay|salary|"
    r"compensation|culture|opportunit\w*|career)\b)\w+|\bproficien(?:t|cy)\s+(?:in|with|at)\b|"
    r"\b(?:ability|able) to\b"
)
#: A line of five words or more ending in its own cue is an item: "Previous shoe and/or
#: commissioned sales experience preferred" (not "Preferred Skills and Qualifications").
_ITEM_ENDING = re.compile(
    r"(?i)^(?:\S+\s+){4,}(?:is\s+)?(?:preferred|required|desired|a plus|an asset|a must)\s*$"
)
_NEED = re.compile(r"(?i)\b(?:required|requirements|qualifications|must|need(?:ed|s)?)\b")
#: A heading glued to the end of the line before it: "… client relationships Benefits:".
_TRAILING_HEADING = re.compile(r"(?<=[a-z0-9.,;!?)%])\s+(?=[A-Z][\w'&/ -]{2,70}:$)")
#: Explicit requirement headings that may carry their first item inline ("Requirements: …").
_INLINE_HEADING = re.compile(
    r"(?i)^\s*(?:(?:job|key|minimum|basic|required|preferred|desired|additional|other|"
    r"candidate|position|technical)\s+)*(?:skills?\s*(?:and|&)\s*)?(?:requirements?|"
    r"qualifications?|must[- ]haves?|nice[- ]to[- ]haves?|pluses|bonus(?: points)?|"
    r"responsibilities|duties|benefits|education(?:al background)?|"
    r"(?:education|experience)\s*(?:and|&|and/or)\s*(?:experience|education|qualifications)|"
    r"what you(?:'ll| will)? need|what we(?:'re| are) looking for|who you are)\s*:"
)
_BULLET = re.compile(r"^\s*(?:[•●▪■◦○♦➢►✓*·‣⁃–—-]|\d{1,2}[.)]|[a-z][.)])\s+")
_TERMINAL = (".", ";", ":", "!", "?")
_ANY_CUE = re.compile(
    r"\b(?:such as|like|e\.g(?=\.)|eg(?=\.)|for example|for instance|at least one(?: of)?|one of|"
    r"any of|one or more of|either)\b",
    re.IGNORECASE,
)
#: After a list: "Django or similar frameworks", "Git or other version control systems".
_POST_ANY_CUE = re.compile(
    r"\b(?:or (?:a )?(?:similar|equivalent|other|comparable|related|another)|or the like|etc)\b",
    re.IGNORECASE,
)
_ALL_CUE = re.compile(r"\b(?:including|includes|both|as well as)\b", re.IGNORECASE)
#: Text allowed between two items of one list.
_LIST_GAP = re.compile(r"(?i)^(?:[\s,;/&()+|]|\b(?:and|or|and/or|as well as|plus|nor|etc)\b\.?)*$")
#: Text allowed between a list cue and the list's first item, or a category and its cue.
_CUE_GAP = re.compile(r"(?i)^[\s,.:(\-]*(?:[a-z][\w/-]*[\s,(]+){0,4}$")
_NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_YEARS = re.compile(
    r"(?:(?P<min>\d{1,2}(?:\.\d)?)\s*(?:-|–|—|to)\s*(?P<max>\d{1,2}(?:\.\d)?)|"
    rf"(?P<wmin>{_NUMBER_WORD})\s*(?:-|–|—|to)\s*(?P<wmax>{_NUMBER_WORD})|"
    rf"(?P<only>\d{{1,2}}(?:\.\d)?)\s*\+?|(?P<word>{_NUMBER_WORD})"
    r"(?:\s*\(\d+\))?\s*\+?)\s*(?:\+\s*)?(?P<unit>years?|yrs?|months?)\b",
    re.IGNORECASE,
)
#: An age, not experience: "at least 21 years of age", "18 years old or over", "age 18+".
_AGE = re.compile(
    rf"(?i)\b(?:\d{{2}}|(?:{_NUMBER_WORD})(?:[- ](?:{_NUMBER_WORD}))?)\s*\+?\s*(?:years?|yrs?)\s*"
    r"(?:of\s+age|old)\b|"
    rf"\bage(?:d|s| of)?\s+(?:\d{{1,2}}|{_NUMBER_WORD})\b"
    rf"(?:\s*(?:-|–|to|and)\s*(?:\d{{1,2}}|{_NUMBER_WORD})\b)?(?:\s*(?:years?|yrs?)\b)?"
)
_ROLE = re.compile(
    r"\bas (?:an? |the )?(?P<role>(?:[A-Z][\w+#./-]*\s?){1,4}|[a-z][\w ]{2,40}?)"
    r"(?=[,.;(]|$| in | with | for )"
)
_TITLE_NOUN = re.compile(
    r"\b(?:developer|engineer|manager|analyst|scientist|designer|architect|administrator|"
    r"consultant|specialist|nurse|accountant|teacher|technician|officer|assistant|director|"
    r"coordinator|lead|intern|representative|programmer|executive|associate|chef|clerk)\b",
    re.IGNORECASE,
)
_DEGREE_WORD = re.compile(
    r"\b(?:degree|bachelor|master|ph\.?d|doctorate|diploma|b\.?sc|m\.?sc|bs|ms|ba|mba|"
    r"graduate)\b|\b(?:[BM]\.\s?[SAE]|B\.\s?Tech|M\.\s?Tech|B\.\s?Eng|M\.\s?Eng)\.",
    re.IGNORECASE,
)
_CERT_WORD = re.compile(r"\bcertif(?:ied|ication|ications|icate)\b", re.IGNORECASE)
_RELATED = re.compile(r"\b(?:related|equivalent|similar|relevant|technical)\b", re.IGNORECASE)
_CUE_SENTENCE = re.compile(
    r"\b(?:experience (?:with|in|using|of)|knowledge of|proficien|familiar|understanding of|"
    r"ability to|expertise|skills? in|degree|years?|certif|must|required|preferred|"
    r"hands-on|background in|working knowledge|fluent|experienced (?:in|with)|diploma|"
    r"graduate of|licen[cs]e[ds]?|licensure|certified|do you have|you have|you've|you bring)\b|"
    r"\bwith\b[^.;]{0,40}\bexperience\b",
    re.IGNORECASE,
)
#: Conditions of engagement, not qualifications: a sentence about them yields no requirement
#: unless it also names a hard skill.
_ENGAGEMENT = re.compile(
    r"(?i)\b(?:freelanc\w*|contractors?|contract basis|full[- ]time|part[- ]time|"
    r"relocat\w*|travel\w*|shifts?|on[- ]call|overtime|weekends?|holidays|evenings|"
    r"visa|sponsorship|work permit|authori[sz](?:ed|ation) to work|right to work|"
    r"driv(?:ing|er'?s?'?) (?:licen[cs]e|record)|background check|drug (?:test|screen)\w*|"
    r"lift(?:ing)? (?:up to )?\d+|commut\w*|on[- ]?site|remote(?:ly)?|hybrid|"
    r"flexible (?:schedule|hours)|availab(?:le|ility) to work)\b"
)
#: A check the applicant must pass, not a skill: "must pass a drug screening", "satisfactory
#: results from a background check", "pass a UPS Freight road test", "not offering
#: sponsorships" (of visas).
_CONDITION = re.compile(
    r"(?i)\b(?:pass(?:es|ing)?|results? (?:from|of)|subject to|undergo|submit to)\s+"
    r"(?:(?:a|an|the|all|any)\s+)?(?:[\w-]+\s+){0,3}?(?:background (?:check|screen)\w*|"
    r"drug (?:test|screen)\w*|physical(?: exam\w*)?|road test|(?:criminal|credit) "
    r"(?:check|history))|"
    r"\b(?:offer\w*|provid\w*|visa|immigration)\s+(?:visa\s+)?sponsorships?\b"
)
#: Employer boilerplate (equal opportunity, pay, privacy, work model): never a requirement.
_BOILERPLATE = re.compile(
    r"(?i)\b(?:equal (?:employment )?opportunity|eeo\b|affirmative action|accommodations?\b|"
    r"without regard to|e-verify|privacy|confidential|salary|compensation|pay range|401\(?k|"
    r"paid time off|benefits (?:include|package)|work model|work-life|recruiting team|"
    r"selected to move forward|protected veteran|sexual orientation|gender identity|"
    r"our (?:mission|vision|values|culture)\b)"
)
#: Said not to be needed: "if you don't (yet) know X, that's fine", "no degree required".
_NOT_NEEDED = re.compile(
    r"(?i)\b(?:(?:don't|do not|doesn't|does not|won't)\s+(?:\(?yet\)?\s+)?(?:need|have to|"
    r"know|require|apply)|(?:is|are)\s+not\s+(?:required|necessary|needed)|not\s+a\s+must|"
    r"that's (?:fine|ok|okay)|no (?:prior )?(?:experience|degree)\s+(?:is\s+)?"
    r"(?:required|necessary|needed))"
)
#: A sentence about the employer ("We believe in …", "Our team …"), unless it states what
#: the job uses or needs ("We use TypeScript and React").
_ABOUT_US = re.compile(
    r"(?i)^(?:are you ready|ready to|join us|join our|come join|apply (?:now|today))\b|"
    r"^(?:at [\w&.' -]{2,40},\s*)?(?:we|our|the company|this (?:company|organization))\b"
    r"(?!.*\b(?:use|uses|using|"
    r"need|needs|require|requires|expect|looking for|seek|seeking|want|work with|build with)\b)"
)
#: Years counted as experience: "5+ years of …", "3 years working with …", "2 yrs exp".
_YEARS_OF = re.compile(
    r"(?i)experience|\bexp\b|years?\s+(?:\w+\s+){0,2}?(?:as|in|of|with|at|on|using|"
    r"professional|relevant|industry|related|hands-on)\b|(?:years?|yrs?)\s+(?:of\s+)?\w+ing\b"
)
#: ", ideally …" / "(preferably …)": the clause is a preference inside a required item.
_IDEAL_CLAUSE = re.compile(
    r"(?i)(?:[,;]\s*|\(\s*|\s+-\s+)(?=(?:ideally|preferably)\b|"
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|more|additional|further)\b"
    r"[^,;()]{0,30}\b(?:preferred|a plus|desired)\)?\s*[.!]?\s*$)"
)
#: "BS in CS or 4 years of experience": the years are an alternative to the degree.
_OR_YEARS = re.compile(r"(?i)\bor\b[^.;]{0,40}?\d{1,2}\s*\+?\s*(?:years?|yrs?)")

Block = tuple[str, list[str]]  # (role of the block: required | preferred | other, lines)


def load_jd(source: str | os.PathLike[str], *, nlp: Language | None = None) -> JobDescription:
    """Read a JD from a file path (PDF, DOCX or text) or from the text itself."""
    text = _read_source(source)
    return parse_jd(text, nlp=nlp)


def _read_source(source: str | os.PathLike[str]) -> str:
    if isinstance(source, os.PathLike) or (
        "\n" not in source and len(source) < 1024 and Path(source).is_file()
    ):
        from screener.parse import parse_file

        return parse_file(source).text
    return str(source)


def parse_jd(text: str, *, nlp: Language | None = None) -> JobDescription:
    """Requirements of the JD ``text``; raises InvalidJobDescription when it has none."""
    nlp = nlp or build_nlp()
    taxonomy = pipeline_taxonomy(nlp)
    lines = restore_lines(text, is_known=lambda token: taxonomy.lookup(token) is not None)
    title = find_title(lines)
    title_skills = _skills(nlp, title)
    blocks = _blocks(lines)
    reqs = _read_items(_items(blocks, _elaboration(nlp, taxonomy)), nlp, taxonomy, title_skills)
    if not any(r.required for r in reqs) and _has_requirement_blocks(blocks):
        log.debug("requirement blocks gave no required item: reading cue sentences")
        reqs += _read_items(_cue_items(blocks), nlp, taxonomy, title_skills)
    reqs = _merge_soft(reqs)
    out: list[Requirement] = []
    seen: set[tuple[object, ...]] = set()
    counters = {True: 0, False: 0}
    for req in reqs:
        key = (req.kind, req.skills, req.min_years, req.degree, req.fields)
        if (*key, req.required) in seen or (*key, True) in seen:
            continue  # a preferred repeat of a required item adds nothing
        seen.add((*key, req.required))
        counters[req.required] += 1
        req_id = f"{'R' if req.required else 'P'}{counters[req.required]}"
        out.append(replace(req, id=req_id))
    if not out:
        raise InvalidJobDescription("no requirement found in the job description")
    return JobDescription(title=title, text=text, requirements=tuple(out))


def _elaboration(nlp: Language, taxonomy: Taxonomy) -> Callable[[str, str], bool]:
    """Whether a bare list gives examples of the skill its previous sentence ends on: that
    skill is a category (an ancestor of the same type) of a listed one."""

    def elaborates(sentence: str, listed: str) -> bool:
        doc = requirement_doc(nlp, sentence)
        spans = list(doc.spans["skills"])
        if not spans or not _CUE_GAP.match(sentence[spans[-1].end_char :].rstrip(".") + " "):
            return False
        category = spans[-1].label_
        if category not in taxonomy:
            return False
        return any(
            category in taxonomy.ancestors(m) and taxonomy.type_of(m) == taxonomy.type_of(category)
            for m in _skills(nlp, listed)
            if m in taxonomy
        )

    return elaborates


def _read_items(
    items: Iterator[tuple[str, bool]],
    nlp: Language,
    taxonomy: Taxonomy,
    title_skills: Sequence[str],
) -> list[Requirement]:
    reqs: list[Requirement] = []
    for line, required in items:
        found = make_requirements(line, required, nlp, taxonomy, title_skills)
        if not found:
            log.debug("no requirement in a %s line", "required" if required else "preferred")
        reqs.extend(found)
    return reqs


def find_title(lines: Sequence[str]) -> str:
    """The job title: the first short line near the top naming a role."""
    for line in lines[:15]:
        clean = re.sub(r"(?i)\b(?:job description|job title|position|role)\b\s*:?", "", line)
        clean = clean.strip(" :-–|")
        if clean and len(clean.split()) <= 8 and _TITLE_NOUN.search(clean):
            return clean
    return next((ln.strip() for ln in lines if ln.strip()), "")


@dataclass(frozen=True, slots=True)
class _Heading:
    role: str  # required | preferred | other
    explicit: bool  # named by a cue, not guessed from its shape


#: Cue words that also end ordinary items ("… decision-making skills"): a line of seven words
#: or more without a colon is a heading only by another cue ("… you will need").
_NOUN_CUES = frozenset(
    {
        *("skills", "skill", "experience", "knowledge", "expertise", "abilities"),
        *("competencies", "competency", "background", "qualities", "attributes", "traits"),
        *("characteristics", "education", "criteria"),
    }
)


def _heading(line: str) -> _Heading | None:
    """The role of ``line`` if it is a heading, else None."""
    stripped = line.strip()
    bullet = _BULLET.match(line)
    if bullet and stripped.endswith(":") and len(stripped.split()) <= 5:
        stripped = line[bullet.end() :].strip()  # "* Qualifications:"
    elif bullet:
        return None
    if not stripped or len(stripped.split()) > 9:
        return None
    if (
        not stripped.endswith(":")
        and len(stripped.split()) > 6
        and not _PREFERRED_CUE.search(stripped)
        and not _PREFERRED_HEADING.search(stripped)
        and (cues := [m.group(0).lower() for m in _REQUIRED_CUE.finditer(stripped)])
        and all(c in _NOUN_CUES for c in cues)
    ):
        return None  # "Enthusiasm for learning and pursuing development of new skills"
    if stripped.endswith((".", ",", ";")) or len(stripped) > 70:
        return None
    if not (stripped.endswith(":") or stripped[0].isupper()) or stripped.endswith("!"):
        return None
    if not stripped.endswith(":") and (_ITEM_CUE.search(stripped) or _ITEM_ENDING.search(stripped)):
        return None  # "Must have a valid licence", "High School Diploma or GED required"
    if _PREFERRED_CUE.search(stripped) or _PREFERRED_HEADING.search(stripped):
        return _Heading("preferred", True)
    other = _OTHER_HEADING.search(stripped)
    required = _REQUIRED_CUE.search(stripped)
    if (
        other
        and (required is None or other.start() < required.start())
        and not _NEED.search(stripped)
    ):
        return _Heading("other", True)  # "Benefits", but "Role Requirements" is required
    if required:
        return _Heading("required", True)  # "Qualities of Aflac Benefits Consultants:"
    if stripped.endswith(":") or stripped.istitle() or stripped.isupper():
        return _Heading("other", False)
    return None


def _blocks(lines: Sequence[str]) -> list[Block]:
    return [(role, body) for role, _head, body in _headed_blocks(lines)]


def _headed_blocks(lines: Sequence[str]) -> list[tuple[str, str, list[str]]]:
    """``(role, heading line, lines)`` of every block; the first block's heading is ""."""
    blocks: list[Block] = [("other", [])]
    headings = [""]
    first = next((i for i, ln in enumerate(lines) if ln.strip()), 0)
    split = _split_trailing_headings(lines)
    for n, line in enumerate(split):
        role, body = blocks[-1]
        head = _heading(line)
        # "Technical expertise" right above "Must have": a heading, not an item
        stacked = head is not None and head.explicit and _stacked_heading(line, split[n + 1 :])
        if n == first and head is not None and not line.rstrip().endswith(":"):
            head = None  # the first line is the title ("Experience Desired"), not a heading
        inline = _INLINE_HEADING.match(line) if head is None else None
        if inline:
            head = _heading(inline.group(0))
        if (
            head is not None
            and not head.explicit
            and role in ("required", "preferred")
            and not line.rstrip().endswith(":")
            and not line.strip().isupper()
        ):
            head = None  # "Reliable Transportation" in a list of requirements is an item
        if head is None or (not stacked and _looks_like_item(line, blocks[-1], head)):
            if line.strip():
                body.append(line)
            continue
        new_role = head.role
        if (
            not head.explicit
            and role in ("required", "preferred")
            and (_is_lead_in(line, body) or _topic_label(line))
        ):
            # "The ideal candidate will possess:" under "Qualifications"; a topic label
            # ("Frameworks:", "Version Control:") under "Must-Haves" heads part of the list
            new_role = role
        rest = line[inline.end() :].strip() if inline else ""
        if not rest and ":" in line and head.explicit:
            rest = line.split(":", 1)[1].strip()
        blocks.append((new_role, [rest] if rest else []))
        headings.append(line.strip())
    return [(role, head, body) for (role, body), head in zip(blocks, headings, strict=True)]


def _stacked_heading(line: str, after: Sequence[str]) -> bool:
    """A short line ("Technical expertise") standing right above an explicit heading ("Must
    have") is a heading too, not the wrapped end of the bullet before it."""
    text = line.strip()
    if not text or _BULLET.match(line) or not text[0].isupper() or text.endswith(_TERMINAL):
        return False
    if len(text.split()) > 4 or text.endswith((",", "&", "-")) or _ITEM_CUE.search(text):
        return False
    nxt = next((ln for ln in after if ln.strip()), "")
    head = _heading(nxt)
    return head is not None and head.explicit


def _split_trailing_headings(lines: Sequence[str]) -> list[str]:
    """Put a heading that ends a longer line on its own line (the longest one that reads
    as an explicit heading): "… qualified candidates Qualities of Aflac Consultants:"."""
    out: list[str] = []
    for line in lines:
        text = line.rstrip()
        if text.endswith(":") and len(text.split()) > 9:
            for m in _TRAILING_HEADING.finditer(text):
                head = _heading(text[m.end() :])
                if head is not None and head.explicit:
                    out += [text[: m.start()], text[m.end() :]]
                    break
            else:
                out.append(line)
            continue
        out.append(line)
    return out


def _topic_label(line: str) -> bool:
    """A label of one to three words ending in a colon ("Frameworks:", "Version Control:";
    not "Life at Capgemini:", "About Us:")."""
    text = line.strip()
    words = text.rstrip(":").split()
    return (
        text.endswith(":")
        and 1 <= len(words) <= 3
        and not any(w.lower() in _NOT_TOPIC for w in words)
    )


#: Words of a label about the employer or the job, not a topic of requirements.
_NOT_TOPIC = frozenset({"about", "at", "life", "why", "who", "join", "location", "type"})


def _is_lead_in(line: str, body: Sequence[str]) -> bool:
    """A sentence ending in a colon that introduces the list of the block it sits in."""
    words = line.strip().rstrip(":").split()
    return not body or (line.strip().endswith(":") and len(words) >= 4)


def _looks_like_item(line: str, block: Block, head: _Heading) -> bool:
    """A short capitalised line inside a list is an item or a wrapped line, not a heading."""
    role, body = block
    if role not in ("required", "preferred") or not body or line.strip().endswith(":"):
        return False
    last = body[-1].rstrip()
    if _BULLET.match(last) and not last.endswith(_TERMINAL) and not head.explicit:
        return True  # the second line of a wrapped bullet ("… libraries like NLTK, SpaCy,")
    return all(_BULLET.match(b) for b in body[-2:]) and head.role == "required"


def _has_requirement_blocks(blocks: Sequence[Block]) -> bool:
    return any(role in ("required", "preferred") for role, _ in blocks)


#: Headings of the blocks that describe the work itself (what the hire will do), as
#: opposed to the employer, benefits or conditions of engagement.
_DUTIES_HEADING = re.compile(
    r"(?i)\b(?:responsibilit(?:y|ies)|duties|objectives?|what you(?:'ll| will)? do|tasks|"
    r"accountabilities|day[- ]to[- ]day|in this role|(?:the|your|about the) (?:role|job|position)|"
    r"job (?:summary|purpose))\b"
)


def job_text(jd: JobDescription, taxonomy: Taxonomy | None = None) -> str:
    """The part of ``jd`` that describes the job, for text similarity: the title, the
    requirement blocks (every sentence, not only those the reader turned into items) and the
    blocks describing the work (responsibilities, duties, objectives, "what you'll do").

    Left out: the employer's blurb, benefits, and any sentence of employer boilerplate,
    about the company, or on conditions of engagement (full-time, travel, visa …), since
    none of it says what a candidate should know or do. A JD with no such headings keeps
    all its sentences but those. Falls back to the requirements' text when nothing is left.
    """
    known = None if taxonomy is None else (lambda token: taxonomy.lookup(token) is not None)
    lines = restore_lines(jd.text, is_known=known)
    blocks = _headed_blocks(lines)
    structured = any(
        role != "other" or _DUTIES_HEADING.search(head) for role, head, _body in blocks
    )
    kept: list[str] = []
    for role, head, body in blocks:
        if structured and role == "other" and not _DUTIES_HEADING.search(head):
            continue
        for line in _joined(body):
            for sentence in _sentences(line):
                if not (
                    _BOILERPLATE.search(sentence)
                    or _ABOUT_US.search(sentence)
                    or _ENGAGEMENT.search(sentence)
                ):
                    kept.append(sentence)
    if not kept:
        kept = [r.text for r in jd.requirements]
    # the title heads the first block, which a structured JD leaves out (employer blurb)
    title = [jd.title] if jd.title and (structured or jd.title not in jd.text) else []
    return "\n".join([*title, *kept])


#: A "sentence" that is only a comma list of short names ("CNN, RNN, GANs").
_BARE_LIST = re.compile(
    r"^\s*[\w+#.-]+(?: [\w+#.-]+)?(?:\s*,\s*(?:and |or )?[\w+#.-]+(?: [\w+#.-]+)?)+"
    r"\s*\.?\s*$"
)

_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "vs.", "approx.", "incl.", "min.", "e.g.,", "yrs.")


def _sentences(line: str, elaborates: Callable[[str, str], bool] | None = None) -> list[str]:
    """The sentences of one item (a bullet or a paragraph), abbreviations kept whole; a bare
    list that ``elaborates`` the sentence before it is kept with it."""
    text = _BULLET.sub("", line).strip()
    pieces = [p for p in re.split(r"(?<=[.;!?])\s+(?=[A-Z(])|(?<=\w{3});\s+(?=\w)", text) if p]
    out: list[str] = []
    for piece in pieces:
        if out and out[-1].lower().endswith(_ABBREVIATIONS):
            out[-1] = f"{out[-1]} {piece}"
        elif out and elaborates and _BARE_LIST.match(piece) and elaborates(out[-1], piece):
            # "… Neural Networks and models. CNN, RNN, GANs": the list gives examples of
            # the category the sentence ended on
            out[-1] = f"{out[-1].rstrip('.')}: {piece.strip()}"
        else:
            out.append(piece.strip())
    return out


def _joined(body: Sequence[str]) -> list[str]:
    """Lines of a block with wrapped bullets joined: a line continues the one before when that
    one is a bullet (or a continuation) left unfinished, or when it starts in lower case."""
    out: list[str] = []
    open_item = False
    for line in body:
        text = line.strip()
        if not text:
            open_item = False
            continue
        unfinished = bool(out) and not out[-1].rstrip().endswith(_TERMINAL)
        if (
            out
            and not _BULLET.match(line)
            and unfinished
            and (open_item or text[0].islower() or out[-1].rstrip().endswith((",", "&", "-")))
        ):
            out[-1] = f"{out[-1].rstrip()} {text}"
            continue
        out.append(line)
        open_item = bool(_BULLET.match(line))
    return out


def _items(
    blocks: Sequence[Block], elaborates: Callable[[str, str], bool] | None = None
) -> Iterator[tuple[str, bool]]:
    """``(text, required)`` for every candidate requirement sentence."""
    if not _has_requirement_blocks(blocks):
        yield from _cue_items(blocks)
        return
    for role, body in blocks:
        if role not in ("required", "preferred"):
            continue
        for line in _joined(body):
            for sentence in _sentences(line, elaborates):
                yield from _clauses(sentence, role)


def _cue_items(blocks: Sequence[Block]) -> Iterator[tuple[str, bool]]:
    """Sentences carrying a requirement cue, from the blocks that are not requirement blocks."""
    for role, body in blocks:
        if role != "other":
            continue
        for line in _joined(body):
            for sentence in _sentences(line):
                if _CUE_SENTENCE.search(sentence):
                    yield from _clauses(sentence, "required")


def _clauses(sentence: str, role: str) -> Iterator[tuple[str, bool]]:
    """The sentence with its required flag; a trailing "ideally …" clause on its own."""
    parts = _IDEAL_CLAUSE.split(sentence, maxsplit=1)
    if len(parts) == 2 and len(parts[0].split()) >= 3:
        yield parts[0].strip(), _is_required(parts[0], role)
        yield parts[1].strip(" )"), False
        return
    yield sentence, _is_required(sentence, role)


_MUST = re.compile(
    r"(?i)\b(?:is|are) (?:required|mandatory|essential)\b|\bmust\b|^required\b|\(required\)"
)


def _is_required(sentence: str, block_role: str) -> bool:
    """A cue inside the sentence overrides its block ("… is required", "… a plus")."""
    if block_role == "preferred":
        return bool(_MUST.search(sentence))
    return not _PREFERRED_CUE.search(sentence)


def _skills(nlp: Language, text: str) -> tuple[str, ...]:
    doc = requirement_doc(nlp, text)
    return tuple(dict.fromkeys(s.label_ for s in doc.spans["skills"]))


@dataclass(frozen=True, slots=True)
class _Group:
    """Skills of one requirement: any one of them or all are needed.

    ``listed`` are the skills named in the text (for the label); ``skills`` may add the
    members a named category admits; ``category`` heads the label of a category group.
    """

    skills: tuple[str, ...]
    match: MatchMode
    listed: tuple[str, ...] = ()
    category: str = ""


def skill_groups(
    text: str, nlp: Language, taxonomy: Taxonomy, title_skills: Sequence[str] = ()
) -> list[_Group]:
    """The skill groups of one requirement sentence, in order of appearance."""
    doc = requirement_doc(nlp, text)
    spans = _unique_spans(list(doc.spans["skills"]))
    if not spans:
        return []
    runs = _runs(text, spans)
    used: set[int] = set()  # indices into spans
    groups: list[tuple[int, _Group]] = []  # (position, group)
    # "Neural networks and models: CNN, RNN, GANs": a category, a colon and a list of its
    # members names the category by examples, like "such as"; without a category the list
    # is left to the rules below ("Languages: Python and Java")
    for colon in re.finditer(r":", text):
        run = next((r for r in runs if _follows(text, colon.end(), spans[r[0]])), None)
        if run is None or run[0] in used or len(run) < 2:
            continue
        head = text[: colon.start()] + " "  # the words before the colon end like a cue gap
        cats, quals = _categories_before(head, len(head), spans, runs, run, taxonomy, used)
        if cats:
            groups.append((spans[run[0]].start_char, _any_group(spans, run, cats, taxonomy)))
            used.update(run, cats, quals)
    # "cloud platforms (AWS, GCP, Azure)": a list in brackets after a category or a plural
    # noun gives examples of it, like "such as"
    for bracket in re.finditer(r"\(", text):
        run = next((r for r in runs if _follows(text, bracket.end(), spans[r[0]])), None)
        if run is None or run[0] in used or len(run) < 2:
            continue
        if not re.match(r"[\s,.]*(?:etc\.?)?\s*\)", text[spans[run[-1]].end_char :]):
            continue  # the brackets hold more than the list
        cats, quals = _categories_before(text, bracket.start(), spans, runs, run, taxonomy, used)
        if cats or re.search(r"\b[a-z]{3,}s\s*$", text[: bracket.start()]):
            groups.append((spans[run[0]].start_char, _any_group(spans, run, cats, taxonomy)))
            used.update(run, cats, quals)
    # the cue nearest the list wins: "at least one framework such as X, Y" (hence reversed)
    for cue in reversed(list(_ANY_CUE.finditer(text))):
        run = next((r for r in runs if _follows(text, cue.end(), spans[r[0]])), None)
        if run is None or run[0] in used:
            continue
        cats, quals = _categories_before(text, cue.start(), spans, runs, run, taxonomy, used)
        groups.append((spans[run[0]].start_char, _any_group(spans, run, cats, taxonomy)))
        used.update(run, cats, quals)
    for cue in _POST_ANY_CUE.finditer(text):
        run = next((r for r in runs if _precedes(text, spans[r[-1]], cue.start())), None)
        if run is None or run[0] in used:
            continue
        after = [i for i in range(run[-1] + 1, len(spans)) if i not in used]
        cats = [
            i
            for i in after[:1]
            if _follows(text, cue.end(), spans[i]) and _is_category(spans[i], spans, run, taxonomy)
        ]
        groups.append((spans[run[0]].start_char, _any_group(spans, run, cats, taxonomy)))
        used.update(run)
        used.update(cats)
    for cue in _ALL_CUE.finditer(text):
        run = next((r for r in runs if _follows(text, cue.end(), spans[r[0]])), None)
        if run is None or run[0] in used or len(run) < 2:
            continue
        cats, quals = _categories_before(text, cue.start(), spans, runs, run, taxonomy, used)
        names = _names(spans, run)
        groups.append((spans[run[0]].start_char, _Group(names, "all", names)))
        # "methodologies including Agile and Scrum": the members say it all
        used.update(run, cats, quals)
    rest = [i for i in range(len(spans)) if i not in used]
    # The job's own skill standing alone beside others only qualifies them: "event-driven
    # programming in Python", "Python certifications such as …" for a Python developer;
    # in a list ("AWS, Azure") it is an item.
    alone = {
        i
        for r in runs
        for i in r
        if spans[i].label_ in title_skills and _QUALIFYING.search(text[: spans[i].start_char])
    }
    if groups or len({spans[i].label_ for i in rest}) > 1:
        rest = [i for i in rest if i not in alone] or ([] if groups else rest)
    names = _names(spans, rest)
    if rest:
        match: MatchMode = "all"
        gaps = [text[spans[a].end_char : spans[b].start_char] for a, b in itertools.pairwise(rest)]
        if (
            gaps
            and any(re.search(r"(?i)\bor\b|/", g) for g in gaps)
            and not any(re.search(r"(?i)\band\b", g) for g in gaps)
        ):
            match = "any"
        groups.append((spans[rest[0]].start_char, _Group(names, match, names)))
    return [g for _pos, g in sorted(groups, key=lambda pg: pg[0])]


#: A preposition right before a skill makes it qualify what precedes ("limits of Python"),
#: unless what precedes asks for the skill itself ("proficiency in Java").
_QUALIFYING = re.compile(
    r"(?i)(?:(?<!experience )(?<!proficiency )(?<!proficient )(?<!expertise )(?<!knowledge )"
    r"(?<!skills )(?<!skilled )(?<!fluency )(?<!fluent )(?<!background )(?<!expert )"
    r"\b(?:of|in)|\b(?:using|for))\s+$"
)


def _unique_spans(spans: list[Span]) -> list[Span]:
    """One span per skill where the same skill is named twice in a row ("ORM (ORM)")."""
    out: list[Span] = []
    for s in spans:
        if out and out[-1].label_ == s.label_:
            continue
        out.append(s)
    return out


def _runs(text: str, spans: Sequence[Span]) -> list[list[int]]:
    """Maximal runs of spans separated only by list punctuation and conjunctions."""
    runs: list[list[int]] = [[0]]
    for i in range(1, len(spans)):
        gap = text[spans[i - 1].end_char : spans[i].start_char]
        if _LIST_GAP.match(gap):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _follows(text: str, pos: int, span: Span) -> bool:
    """``span`` starts soon after ``pos`` ("such as Django", "like popular tools: Git")."""
    return span.start_char >= pos and bool(_CUE_GAP.match(text[pos : span.start_char]))


def _precedes(text: str, span: Span, pos: int) -> bool:
    return span.end_char <= pos and bool(_LIST_GAP.match(text[span.end_char : pos]))


def _names(spans: Sequence[Span], idx: Sequence[int]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(spans[i].label_ for i in idx))


def _is_category(cat: Span, spans: Sequence[Span], run: Sequence[int], taxonomy: Taxonomy) -> bool:
    """``cat`` is a category of the listed skills: an ancestor of one, of the same type."""
    name = cat.label_
    if name not in taxonomy:
        return False
    members = [spans[i].label_ for i in run]
    return any(
        name in taxonomy.ancestors(m) and taxonomy.type_of(m) == taxonomy.type_of(name)
        for m in members
        if m in taxonomy
    )


def _categories_before(
    text: str,
    cue_start: int,
    spans: Sequence[Span],
    runs: Sequence[Sequence[int]],
    run: Sequence[int],
    taxonomy: Taxonomy,
    used: set[int],
) -> tuple[list[int], list[int]]:
    """Spans just before a cue that name a category of the listed skills, and those that
    qualify them (an ancestor of another type)."""
    before = next(
        (r for r in reversed(runs) if spans[r[-1]].end_char <= cue_start and r[0] < run[0]),
        None,
    )
    if before is None or not _CUE_GAP.match(text[spans[before[-1]].end_char : cue_start]):
        return [], []
    members = [spans[i].label_ for i in run]
    free = [i for i in before if i not in used]
    cats = [i for i in free if _is_category(spans[i], spans, run, taxonomy)]
    # "Python certifications such as PCAP": Python qualifies the list, it is not an item
    quals = [
        i
        for i in free
        if i not in cats and any(spans[i].label_ in taxonomy.ancestors(m) for m in members)
    ]
    return cats, quals


def _any_group(
    spans: Sequence[Span], run: Sequence[int], cats: Sequence[int], taxonomy: Taxonomy
) -> _Group:
    listed = _names(spans, run)
    skills = list(listed)
    heads: list[str] = []
    for i in cats:
        cat = spans[i].label_
        qualifier = _qualifier(spans[i].text, cat, listed, taxonomy)
        if qualifier:
            # "Python web framework": only the frameworks that imply Python
            members = {
                d for d in taxonomy.descendants(cat) if qualifier in taxonomy.ancestors(d)
            } | set(listed)
            top = sorted(m for m in members if not (taxonomy.ancestors(m) & members))
            skills += [m for m in top if m not in skills]
            heads.append(f"{qualifier} {cat[:1].lower()}{cat[1:]}")
        else:
            skills.insert(len(heads), cat)
            heads.append(cat)
    return _Group(tuple(dict.fromkeys(skills)), "any", listed, " / ".join(heads))


def _qualifier(
    surface: str, category: str, listed: Sequence[str], taxonomy: Taxonomy
) -> str | None:
    """A skill named inside a category's words that every listed member implies
    (``Python`` in "Python web framework"), or None."""
    for word in re.findall(r"[\w+#.-]+", surface):
        name = taxonomy.lookup(word)
        if (
            name
            and name != category
            and listed
            and all(name in taxonomy.ancestors(m) for m in listed if m in taxonomy)
        ):
            return name
    return None


def _years(text: str) -> tuple[float | None, float | None]:
    m = _YEARS.search(_AGE.sub(" ", text))
    if not m:
        return None, None
    scale = 12.0 if m.group("unit").lower().startswith("month") else 1.0
    if m.group("min"):
        return float(m.group("min")) / scale, float(m.group("max")) / scale
    if m.group("wmin"):
        low, high = (NUMBER_WORDS[m.group(g).lower()] for g in ("wmin", "wmax"))
        return low / scale, high / scale
    if m.group("only"):
        return float(m.group("only")) / scale, None
    return NUMBER_WORDS[m.group("word").lower()] / scale, None


def _degree(text: str) -> tuple[str | None, tuple[str, ...], bool]:
    if not _DEGREE_WORD.search(text):
        return None, (), False
    level = None
    for name, pattern in reversed(LEVELS):  # the lowest level named is the minimum
        if pattern.search(text):
            level = name
            break
    if level is None and re.search(r"(?i)\bdegree\b", text):
        level = "bachelor"
    if level is None:
        return None, (), False
    fields = []
    rest = text
    while True:
        f = find_field(rest)
        if not f:
            break
        fields.append(f)
        pattern = next(x.pattern for x in fields_of_study() if x.name == f)
        m = pattern.search(rest)
        rest = rest[m.end() :] if m else ""
    return level, tuple(dict.fromkeys(fields)), bool(_RELATED.search(text))


def make_requirements(
    text: str,
    required: bool,
    nlp: Language,
    taxonomy: Taxonomy,
    title_skills: Sequence[str] = (),
) -> list[Requirement]:
    """The requirements of one sentence (usually one; none when it names nothing checkable;
    several for a degree with years, or for separate lists of skills)."""
    if _BOILERPLATE.search(text) or _NOT_NEEDED.search(text) or _ABOUT_US.search(text):
        return []
    groups = skill_groups(_CONDITION.sub(" ", text), nlp, taxonomy, title_skills)
    hard = [s for g in groups for s in g.skills if taxonomy.type_of(s) != "soft"]
    if _ENGAGEMENT.search(text) and not hard:
        return []  # "work independently as a freelancer", "available for weekend shifts"
    base = Requirement(id="", label="", text=text, kind="skill", required=required)
    out: list[Requirement] = []
    min_years, max_years = _years(text)
    degree, fields, related = _degree(text)
    if degree is not None:
        out.append(
            replace(
                base,
                kind="education",
                degree=degree,
                fields=fields,
                related_fields_ok=related,
                label=make_label("education", (), "all", None, None, degree, fields, "", related),
            )
        )
        if min_years is None or _OR_YEARS.search(text):
            return out
        # "BS in Computer Science with 5+ years in Java": the skills after the years count
        years_at = _YEARS.search(text)
        tail = text[years_at.start() :] if years_at else ""
        groups = skill_groups(tail, nlp, taxonomy, title_skills) if tail else []
    if min_years and _YEARS_OF.search(text):
        out.append(_experience(base, text, groups, min_years, max_years, nlp))
        return out
    for group in groups:
        req = _skill_requirement(base, text, group, taxonomy)
        if req is not None:
            out.append(req)
    return out


def _experience(
    base: Requirement,
    text: str,
    groups: Sequence[_Group],
    min_years: float,
    max_years: float | None,
    nlp: Language,
) -> Requirement:
    """Years overall, in a role ("as a Python Developer") or with skills."""
    skills = tuple(dict.fromkeys(s for g in groups for s in g.listed))
    match: MatchMode = "any" if groups and all(g.match == "any" for g in groups) else "all"
    m = _ROLE.search(text)
    role = m.group("role").strip() if m else ""
    if role and not _TITLE_NOUN.search(role):
        role = ""  # "as needed", "as part of a team"
    if role:
        skills = _skills(nlp, role) or skills
    return replace(
        base,
        kind="experience",
        match=match,
        skills=skills,
        min_years=min_years,
        max_years=max_years,
        role=role,
        label=make_label("experience", skills, match, min_years, max_years, None, (), role, False),
    )


def _skill_requirement(
    base: Requirement, text: str, group: _Group, taxonomy: Taxonomy
) -> Requirement | None:
    skills = group.skills
    listed = group.listed
    kind: RequirementKind
    certs = tuple(s for s in skills if taxonomy.type_of(s) == "certification")
    if certs:
        kind = "certification"
        skills = certs
        listed = tuple(s for s in listed if s in certs)
    elif all(taxonomy.type_of(s) == "soft" for s in skills):
        kind = "soft"
    else:
        kind = "skill"
        skills = tuple(s for s in skills if taxonomy.type_of(s) != "soft") or skills
        listed = tuple(s for s in listed if s in skills) or skills
    if kind == "certification" and not _CERT_WORD.search(text) and not skills:
        return None
    category = group.category if kind != "certification" else ""
    return replace(
        base,
        kind=kind,
        match=group.match,
        skills=skills,
        label=make_label(kind, listed, group.match, None, None, None, (), "", False, category),
    )


def _merge_soft(reqs: Sequence[Requirement]) -> list[Requirement]:
    """One soft-skills item per group (required / preferred), where the first one stood."""
    out: list[Requirement] = []
    first: dict[bool, int] = {}
    for req in reqs:
        if req.kind != "soft":
            out.append(req)
            continue
        if req.required not in first:
            first[req.required] = len(out)
            out.append(req)
            continue
        i = first[req.required]
        merged = tuple(dict.fromkeys((*out[i].skills, *req.skills)))
        out[i] = replace(
            out[i],
            skills=merged,
            match="all",
            text=f"{out[i].text} | {req.text}",
            label=make_label("soft", merged, "all", None, None, None, (), "", False),
        )
    return out


_DEGREE_NAMES = {
    "high_school": "High school",
    "associate": "Associate's",
    "bachelor": "Bachelor's",
    "master": "Master's",
    "doctorate": "Doctorate",
}


def make_label(
    kind: str,
    skills: Sequence[str],
    match: str,
    min_years: float | None,
    max_years: float | None,
    degree: str | None,
    fields: Sequence[str],
    role: str,
    related: bool,
    category: str = "",
) -> str:
    """A short readable label: ``Version control: Git / Mercurial / SVN``,
    ``3-5 yrs as Python Developer``, ``Bachelor's in Computer Science (or related)``."""
    joiner = " / " if match == "any" else " + "
    if kind == "education":
        label = _DEGREE_NAMES.get(degree or "", "Degree")
        if fields:
            label += " in " + " / ".join(fields) + (" (or related)" if related else "")
        return label
    if kind == "experience":
        low = f"{min_years or 0:g}"
        years = f"{low}-{max_years:g} yrs" if max_years is not None else f"{low}+ yrs"
        what = f"as {role}" if role else (joiner.join(skills) or "experience")
        return f"{years} {what}"
    listed = joiner.join(s for s in skills if s != category)
    if category and listed:
        return f"{category}: {listed}"
    return listed or category

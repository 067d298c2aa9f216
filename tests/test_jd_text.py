"""Restoring the lines of flattened job descriptions (scraped, HTML remnants)."""

from __future__ import annotations

import pytest

from screener.jd_text import normalize_chars, restore_lines, strip_html


def known(token: str) -> bool:
    return token.lower() in {"javascript", "phpunit", "typescript", "github"}


def test_lines_of_a_clean_jd_are_kept() -> None:
    text = "Python Developer\n\nRequirements\n  • 3+ years of Python\n  • Django or Flask\n"
    assert restore_lines(text, known) == text.split("\n")


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("We ship fast.Requirements: Python", ["We ship fast.", "Requirements:", "Python"]),
        ("contacts.2. Identify needs", ["contacts.", "2. Identify needs"]),
        ("Duties1. Sell insurance", ["Duties", "1. Sell insurance"]),
        (
            "Qualifications:* One year of experience",
            ["Qualifications:", "* One year of experience"],
        ),
        ("Requirements:      5+ years of Java", ["Requirements:", "5+ years of Java"]),
        ("What You Will DoAs a lead, you", ["What You Will Do", "As a lead, you"]),
        ("RESPONSIBILITIESProvide leadership", ["RESPONSIBILITIES", "Provide leadership"]),
        (
            "great solutions REQUIRED SKILLS AND EXPERIENCE Bachelor's degree",
            ["great solutions", "REQUIRED SKILLS AND EXPERIENCE", "Bachelor's degree"],
        ),
        (
            "Strong experience with AngularDeep understanding",
            ["Strong experience with Angular", "Deep understanding"],
        ),
        ("cloud (AWS) Familiarity with Docker", ["cloud (AWS)", "Familiarity with Docker"]),
        # an opener after a capitalised word of a short line is part of a name
        ("- Associate Degree in Nursing", ["- Associate Degree in Nursing"]),
        ("- Excel Expert level skills", ["- Excel Expert level skills"]),
        ("- Spanish Fluency is a plus", ["- Spanish Fluency is a plus"]),
        ("experience using Advanced Python", ["experience using Advanced Python"]),
        ("hardware structureAssociate Degree", ["hardware structure", "Associate Degree"]),
        ("Skills · Python · SQL", ["Skills", "· Python", "· SQL"]),
    ],
)
def test_lost_breaks_are_restored(text: str, lines: list[str]) -> None:
    assert restore_lines(text, known) == lines


@pytest.mark.parametrize(
    "text",
    [
        "Experience with JavaScript and TypeScript",
        "Tests with PHPUnit",
        "Node.js and Vue.js on AWS",
        "a Bachelor's degree in Computer Science",
        "LinkedIn and GitHub profiles",
        "Experience with SQL AND NOSQL",
    ],
)
def test_names_and_sentences_are_not_split(text: str) -> None:
    assert restore_lines(text, known) == [text]


def test_html_remnants() -> None:
    html = "<p>Requirements</p><ul><li>Python &amp; Django</li><li>SQL</li></ul>"
    lines = [ln for ln in restore_lines(html, known) if ln.strip()]
    assert lines == ["Requirements", "• Python & Django", "• SQL"]
    assert strip_html("3 < 5 years") == "3 < 5 years"


def test_characters_are_normalised() -> None:
    assert normalize_chars("What you\u2019ll need\xa0now\u200b\r") == "What you'll need now"


def test_run_on_list_is_cut_before_years() -> None:
    text = (
        "JOB DESCRIPTION Develop and maintain web applications using Node.js and Python, with a "
        "primary focus on AI integration in our platform and search, working with product and "
        "design on features for our customers in the related field 4+ years of web development "
        "experience, focusing on Node.js and Python"
    )
    assert restore_lines(text, known)[-1].startswith("4+ years of web development")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Experience with AWS(EMR,EC2,S3)", "Experience with AWS (EMR, EC2, S3)"),
        ("C++(STL,Boost) and Qt", "C++ (STL, Boost) and Qt"),
        ("budgets (1,000,000 a year)", "budgets (1,000,000 a year)"),
    ],
)
def test_a_glued_parenthesised_list_is_spaced(text: str, line: str) -> None:
    assert restore_lines(text, known) == [line]

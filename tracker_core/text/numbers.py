"""Numbers written as words ("five years", "twelve months") and the years-of-experience pattern
that the parser and the analyzer share."""

from __future__ import annotations

import re

NUM_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}
_WORDS = "|".join(sorted(NUM_WORDS, key=len, reverse=True))
# A number word starts a word, or a capitalised word run into the one before it, as text
# pasted from HTML often is ('...learning modelsFive years of experience').
_NUMBER = rf"\d{{1,2}}(?:\.\d)?|(?:\b|(?<=(?-i:[a-z]))(?=(?-i:[A-Z])))(?:{_WORDS})"

# A number of years as postings write it: '5 years', '3+ yrs', 'five plus years',
# '3-5 years', 'two to four years', 'five (5) years', '2.5 years', "10 years'", '1-year'. The number
# (the lower bound of a range) is the group `n`.
YEARS_RE = re.compile(
    rf"(?P<n>{_NUMBER})\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*(?:{_NUMBER})\s*)?\+?\s*(?:\(\d+\)\s*)?"
    # "1-year" only as time in work: "1-year experience", "one-year as", not "a 1-year contract"
    r"(?:-(?=years?\s+(?:(?:of|previous|prior|proven|relevant|professional|work|working)\s+)*"
    r"(?:experience|as)\b)|(?<!-))"
    r"(?:years?|yrs?)(?!(?-i:[a-z]))(?:[’']s?)?",  # 'years', 'yearsMust' (run on), not 'yearly'
    re.IGNORECASE,
)


def number_value(raw: str) -> float:
    """Value of a number written in digits ('2.5') or as a word ('Eleven')."""
    return float(raw) if raw[0].isdigit() else float(NUM_WORDS[raw.lower()])

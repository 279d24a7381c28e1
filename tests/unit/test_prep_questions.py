"""Interview questions from postings of different trades, offline, with gap probes."""

from __future__ import annotations

import socket

import pytest

from tests.support.prep_postings import ACCOUNTANT, DATA, ELECTRICIAN, NURSE, TRADES
from tracker_core.analysis import analyze_resume
from tracker_core.prep import CATEGORIES, questions_for
from tracker_core.prep.bank import load_bank


def _missing_required(jd: str, resume: str) -> list[str]:
    analysis = analyze_resume(resume, jd, engine="offline")
    missing = set(analysis.missing_keywords)
    return [
        k for r in analysis.explanation if r.kind == "required" for k in r.keywords if k in missing
    ]


@pytest.mark.parametrize("trade", sorted(TRADES))
def test_every_missing_required_keyword_gets_a_gap_question_with_an_honest_hint(
    trade: str,
) -> None:
    jd, resume = TRADES[trade]
    missing = _missing_required(jd, resume)
    assert missing, "each sample resume lacks something the posting requires"
    gaps = {q.skill: q for q in questions_for(jd, resume) if q.source == "gap"}
    for keyword in missing:
        assert keyword in gaps, keyword
        assert gaps[keyword].hint and gaps[keyword].why.startswith("Gap:")


@pytest.mark.parametrize("trade", sorted(TRADES))
def test_every_category_is_present_and_no_question_repeats(trade: str) -> None:
    jd, resume = TRADES[trade]
    questions = questions_for(jd, resume)
    assert {q.category for q in questions} == set(CATEGORIES)
    texts = [" ".join(q.text.lower().split()) for q in questions]
    assert len(texts) == len(set(texts))
    assert questions == questions_for(jd, resume)  # deterministic


def test_each_requirement_and_duty_of_the_posting_gives_a_question_quoting_it() -> None:
    questions = questions_for(NURSE)
    whys = " ".join(q.why for q in questions if q.source == "posting")
    for line in ("Basic Life Support certification", "IV cannulation and venepuncture"):
        assert line in whys
    situational = [q.text for q in questions if q.category == "situational"]
    assert any("administer medication" in t for t in situational)
    assert any("supervise student nurses" in t for t in situational)


def test_technical_requirements_name_their_skills_and_years() -> None:
    technical = [q for q in questions_for(DATA) if q.category == "technical"]
    first = technical[0]
    assert "Python" in first.text and "5+ years" in first.text
    assert any("Terraform" in q.text for q in technical)


def test_why_us_uses_the_companys_own_words() -> None:
    motivation = [q.text for q in questions_for(ELECTRICIAN) if q.category == "motivation"]
    assert any("recyclable food packaging" in t and "Brightline" in t for t in motivation)
    # A sentence the posting wrapped onto two lines is quoted whole.
    accountant = [q.text for q in questions_for(ACCOUNTANT) if q.category == "motivation"]
    assert any("value people who take ownership" in t for t in accountant)


def test_without_a_resume_there_are_no_gap_questions() -> None:
    assert not [q for q in questions_for(DATA) if q.source == "gap"]
    assert [q for q in questions_for(DATA, TRADES["data engineer"][1]) if q.source == "gap"]


def test_behavioural_questions_follow_what_the_posting_stresses() -> None:
    behavioural = [q for q in questions_for(DATA) if q.category == "behavioural"]
    by_comp: dict[str | None, int] = {}
    for q in behavioural:
        by_comp[q.competency] = by_comp.get(q.competency, 0) + 1
    # "Mentor two junior engineers" and "Senior": leadership is asked about more than once.
    assert by_comp["leadership"] >= 2
    assert by_comp["integrity"] == 1  # nothing about safety or compliance in this posting


def test_bank_has_sixty_questions_over_eight_competencies_without_repeats() -> None:
    bank = load_bank()
    names = {c.name for c in bank.competencies}
    assert {"teamwork", "conflict", "failure", "leadership", "ownership", "prioritising"} <= names
    assert {"communication", "learning"} <= names and len(names) >= 8
    questions = [q for c in bank.competencies for q in c.questions]
    assert len(questions) >= 60 and len(set(questions)) == len(questions)
    assert len(bank.ask_employer) >= 5


def test_questions_are_made_without_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("questions_for tried to open a socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    jd, resume = TRADES["accountant"]
    assert any(q.source == "gap" for q in questions_for(jd, resume))


def test_the_parser_postings_also_get_a_gap_question_per_missing_keyword_and_no_repeats() -> None:
    from tests.support.postings import POSTINGS

    resume = "Worked in a team. Excel and Python. Customer service."
    for posting in POSTINGS:
        questions = questions_for(posting["text"], resume)
        gap_skills = {q.skill for q in questions if q.source == "gap"}
        assert set(_missing_required(posting["text"], resume)) <= gap_skills, posting["id"]
        keys = [q.key for q in questions]
        assert len(keys) == len(set(keys)), posting["id"]
        assert {"role", "behavioural", "motivation", "ask"} <= {q.category for q in questions}

"""Chunking covers a whole resume; company, title and link matching ignore cosmetic differences."""

from __future__ import annotations

import re

from tracker_core.vectors.chunking import CHUNK_WORDS, WHOLE, chunk_document, sections
from tracker_core.vectors.matching import company_key, same_company, title_similarity, url_key
from tracker_core.vectors.qdrant import MAX_CHUNKS


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def test_sections_are_found_by_markdown_caps_and_known_names() -> None:
    text = (
        "Jane Doe\njane@example.com phone\n## Summary\nBuilds data tools daily.\n"
        "EXPERIENCE\nAcme 2020-2024 data engineer\nSkills:\nPython SQL Spark"
    )
    assert [t for t, _ in sections(text)] == ["Top", "Summary", "Experience", "Skills"]


def test_a_long_resume_is_covered_whole_in_bounded_chunks() -> None:
    jobs = "\n".join(
        f"Job {i}: built service number {i} with Python and Postgres" for i in range(400)
    )
    text = (
        f"## Summary\nEngineer who ships.\n## Experience\n{jobs}\n"
        "## Education\nBSc Physics and more"
    )
    chunks = chunk_document(text)
    assert chunks[0].section == WHOLE and chunks[0].index == 0
    assert len(chunks) <= MAX_CHUNKS
    covered = " ".join(c.text for c in chunks[1:])
    assert _words(covered) == [
        w for w in _words(text) if w not in {"Summary", "Experience", "Education"}
    ]
    assert all(len(c.text.split()) <= CHUNK_WORDS + 12 for c in chunks[1:-1])


def test_a_huge_text_still_keeps_every_word_within_the_chunk_cap() -> None:
    text = "\n".join(f"## Part {i}\nline {i} has some words here" for i in range(200))
    chunks = chunk_document(text)
    assert len(chunks) == MAX_CHUNKS
    assert "line 199 has" in chunks[-1].text


def test_empty_text_gives_no_chunks() -> None:
    assert chunk_document("  \n ") == []


def test_company_names_match_across_suffixes_and_case() -> None:
    assert same_company("ACME, Inc.", "Acme")
    assert same_company("The Foo Group Ltd", "foo group")
    assert not same_company("Acme", "Acme Robotics")
    assert company_key("Inc.") == ""
    assert not same_company("Inc.", "LLC")


def test_titles_match_across_abbreviations_but_not_other_roles() -> None:
    assert title_similarity("Sr. Data Engineer", "Senior Data Engineer") == 1.0
    assert title_similarity("Data Engineer (m/f/d)", "Data Engineer") == 1.0
    assert title_similarity("Data Engineer", "Product Manager") == 0.0


def test_links_match_without_scheme_www_query_or_slash() -> None:
    assert url_key("https://www.jobs.acme.com/123/?utm=x") == url_key("http://jobs.acme.com/123")
    assert url_key(None) == "" and url_key("not a link") == ""

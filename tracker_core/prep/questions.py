"""Interview questions for a posting (and a resume), offline and deterministic."""

from __future__ import annotations

import re

from tracker_core.analysis import analyze_resume
from tracker_core.analysis.models import ResumeAnalysis
from tracker_core.embeddings import Embedder
from tracker_core.jd_parser import parse_job_description
from tracker_core.prep.bank import Competency, load_bank
from tracker_core.prep.models import Question
from tracker_core.prep.posting import PostingParts, read_posting
from tracker_core.skills import extract_skills

PER_TOP_COMPETENCY = 3
TOP_COMPETENCIES = 3
ASK_FROM_BANK = 4
_YEARS = re.compile(r"(\d{1,2})\s*\+?\s*(?:years?|yrs?)", re.IGNORECASE)
_YOU_WILL = re.compile(r"^(?:you(?:'|’)ll|you will|we need you to|to)\s+", re.IGNORECASE)
_OUR = re.compile(r"\bour\b", re.IGNORECASE)
_CREDENTIAL = re.compile(
    r"degree|licen[cs]|certif|diploma|qualifi|chartered|registration|bachelor|master", re.I
)
_TECH_TEMPLATES = (
    "Tell me about your experience with {skills}. What was the hardest part?",
    "Walk me through recent work that involved {skills}. What would you do differently now?",
    "What is the most demanding problem you have handled that involved {skills}?",
)
_ROLE_TEMPLATES = (
    "The role asks for “{line}”. What in your experience shows that best?",
    "Give an example from your work that shows “{line}”.",
)


def _short(line: str, words: int = 18) -> str:
    parts = line.rstrip(".;").split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _as_written(name: str, line: str) -> str:
    """'Health and safety' as the posting wrote it ('health and safety'), acronyms kept."""
    return name.lower() if name.lower() in line else name


def _named(keyword: str, line: str) -> str:
    """A keyword ready for a sentence: long phrases quoted."""
    shown = _as_written(keyword, line)
    return f"“{shown}”" if len(shown.split()) > 3 else shown


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _requirement_question(line: str, index: int, nice: bool) -> Question:
    skills = extract_skills(line, degrees=False)[:3]
    why = f"{'Nice to have' if nice else 'Requirement'}: “{_short(line, 30)}”"
    years = _YEARS.search(line)
    if skills and not _CREDENTIAL.search(line):
        shown = _join([_as_written(s, line) for s in skills])
        text = _TECH_TEMPLATES[index % len(_TECH_TEMPLATES)].format(skills=shown)
        if years:
            text = f"The role asks for {years.group(1)}+ years here. " + text
        return Question(text=text, category="technical", source="posting", skill=skills[0], why=why)
    text = _ROLE_TEMPLATES[index % len(_ROLE_TEMPLATES)].format(line=_short(line))
    return Question(text=text, category="role", source="posting", skill=_short(line, 8), why=why)


def _overview(title: str | None, years: int | None) -> Question:
    role = title or "this role"
    text = f"Walk me through your background and how it prepares you for {role}."
    why = "The job title in the posting" if title else "Opens most interviews"
    if years:
        text = f"The posting asks for {years}+ years of experience. " + text
        why += f", and its {years}+ years"
    return Question(text=text, category="role", source="posting", why=why)


def _duty_question(line: str) -> Question:
    duty = _YOU_WILL.sub("", line.rstrip(".")).strip()
    duty = _OUR.sub("the", duty[:1].lower() + duty[1:])
    text = (
        f"In this job you would {_short(duty, 22)}. How would you approach that in your first "
        "weeks, and what would you check first?"
    )
    skills = extract_skills(line, degrees=False)
    return Question(
        text=text,
        category="situational",
        source="posting",
        skill=skills[0] if skills else None,
        why=f"Responsibility: “{_short(line, 30)}”",
    )


def _gap_keywords(analysis: ResumeAnalysis) -> list[tuple[str, str]]:
    """Missing keywords of required lines, each with the line that asks for it."""
    missing = set(analysis.missing_keywords)
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for req in analysis.explanation:
        if req.kind != "required":
            continue
        for keyword in req.keywords:
            if keyword in missing and keyword.lower() not in seen:
                seen.add(keyword.lower())
                out.append((keyword, req.requirement))
    return out


def gap_keywords(job_description: str, resume_text: str) -> list[str]:
    """The required keywords a resume does not show (what the gap questions probe)."""
    if not resume_text.strip():
        return []
    analysis = analyze_resume(resume_text, job_description, engine="offline")
    return [k for k, _ in _gap_keywords(analysis)]


def _gap_question(keyword: str, line: str) -> Question:
    credential = bool(_CREDENTIAL.search(keyword))
    name = _named(keyword, line)
    if credential:
        text = f"The posting asks for {name}. How does your background make up for it?"
        hint = (
            f"Say plainly whether you hold {name}. If not, name the training, work or "
            "results that cover the same ground, and whether you are working towards it."
        )
    else:
        text = (
            f"The posting asks for {name}. What is the closest experience you have, and how "
            "would you get up to speed?"
        )
        hint = (
            f"Be honest that {name} is not on your resume. Give the nearest thing you have "
            f"done (a similar tool, task or setting), what you would do in your first weeks to "
            f"close the gap, and a time you learned something comparable quickly."
        )
    return Question(
        text=text,
        category="role" if credential else "technical",
        source="gap",
        skill=keyword,
        why=f"Gap: your resume does not show {keyword}; the posting says “{_short(line, 30)}”",
        hint=hint,
    )


def _ranked_competencies(text: str) -> list[tuple[Competency, str | None]]:
    """Competencies by how often the posting hints at them (bank order breaks ties)."""
    low = text.lower()
    scored = []
    for order, comp in enumerate(load_bank().competencies):
        counts = {cue: len(re.findall(r"\b" + re.escape(cue), low)) for cue in comp.cues}
        hits = [cue for cue in comp.cues if counts[cue]]
        count = sum(counts.values())
        scored.append((-count, order, comp, hits[0] if hits else None))
    scored.sort(key=lambda item: (item[0], item[1]))
    return [(comp, cue) for _, _, comp, cue in scored]


def _behavioural(text: str) -> list[Question]:
    out: list[Question] = []
    for rank, (comp, cue) in enumerate(_ranked_competencies(text)):
        take = PER_TOP_COMPETENCY if rank < TOP_COMPETENCIES and cue else 1
        why = f"The posting mentions “{cue}…”" if cue else "Common in most interviews"
        out.extend(
            Question(
                text=q,
                category="behavioural",
                source="bank",
                skill=comp.name,
                competency=comp.name,
                why=f"{comp.name.capitalize()}. {why}",
            )
            for q in comp.questions[:take]
        )
    return out


def _motivation(parts: PostingParts, company: str | None, title: str | None) -> list[Question]:
    out: list[Question] = []
    who = company or "this company"
    for line in parts.company[:2]:
        out.append(
            Question(
                text=f"The posting says “{_short(line, 25)}”. What draws you to that at {who}?",
                category="motivation",
                source="posting",
                why="The company's own words in the posting",
            )
        )
    if title:
        out.append(
            Question(
                text=f"Why do you want to work as {title} at {who}?",
                category="motivation",
                source="posting",
                why="The job title and company in the posting",
            )
        )
    out.extend(
        Question(text=q, category="motivation", source="bank", why="Asked in most interviews")
        for q in load_bank().motivation[:2]
    )
    return out


def _ask(parts: PostingParts, title: str | None) -> list[Question]:
    out = [
        Question(text=q, category="ask", source="bank", why="A good question to ask the employer")
        for q in load_bank().ask_employer[:ASK_FROM_BANK]
    ]
    if parts.duties:
        duty = _YOU_WILL.sub("", parts.duties[0].rstrip(".")).strip()
        out.append(
            Question(
                text=f"The posting mentions “{_short(duty, 14)}”. How much of the week does "
                "that take, and what else fills it?",
                category="ask",
                source="posting",
                why=f"Responsibility: “{_short(parts.duties[0], 30)}”",
            )
        )
    if title:
        out.append(
            Question(
                text=f"What does someone who does really well as {title} here do differently?",
                category="ask",
                source="posting",
                why="The job title in the posting",
            )
        )
    return out


def _dedupe(questions: list[Question]) -> list[Question]:
    seen: set[str] = set()
    out: list[Question] = []
    for q in questions:
        if q.key not in seen:
            seen.add(q.key)
            out.append(q)
    return out


def questions_for(
    job_description: str, resume_text: str = "", *, embedder: Embedder | None = None
) -> list[Question]:
    """Questions an interviewer may ask for this posting, and the user's gaps, no network.

    Args:
        job_description: the posting as text.
        resume_text: the user's resume; without one there are no gap questions.
        embedder: the embedding model for the offline analysis (default: the shipped one).

    Returns:
        Questions grouped in this order: experience and technical ones from the requirements,
        gap probes, situational ones from the duties, behavioural ones from the bank,
        motivation, then questions to ask the employer. No two have the same text.
    """
    parts = read_posting(job_description)
    parsed = parse_job_description(job_description)
    analysis = None
    if resume_text.strip() or not parts.requirements:
        analysis = analyze_resume(resume_text, job_description, engine="offline", embedder=embedder)
    requirement_lines = parts.requirements
    if not requirement_lines and analysis is not None:
        requirement_lines = [r.requirement for r in analysis.explanation if r.kind == "required"]
    questions: list[Question] = [_overview(parsed.title, parsed.years_experience)]
    questions += [
        _requirement_question(line, i, nice=False) for i, line in enumerate(requirement_lines)
    ]
    questions += [
        _requirement_question(line, i + 1, nice=True) for i, line in enumerate(parts.nice[:3])
    ]
    if analysis is not None and resume_text.strip():
        questions += [_gap_question(k, line) for k, line in _gap_keywords(analysis)]
    questions += [_duty_question(line) for line in parts.duties]
    questions += _behavioural(job_description)
    questions += _motivation(parts, parsed.company, parsed.title)
    questions += _ask(parts, parsed.title)
    return _dedupe(questions)


def requirement_keywords(job_description: str) -> list[str]:
    """What the posting requires, as short names (its skills, or the line when it names none)."""
    out: list[str] = []
    seen: set[str] = set()
    for line in read_posting(job_description).requirements:
        for name in extract_skills(line, degrees=False) or [_short(line, 8)]:
            if name.lower() not in seen:
                seen.add(name.lower())
                out.append(name)
    return out

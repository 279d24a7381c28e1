"""The prep sheet of one posting: Markdown to download and a printable HTML page."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from tracker_core.localtime import show, zone
from tracker_core.prep.models import Question
from tracker_core.services.prep import PrepPlan

TOP_QUESTIONS = 10


@dataclass
class SheetSection:
    heading: str
    items: list[tuple[str, list[str]]] = field(default_factory=list)  # (line, sub-lines)


def _stories_for(plan: PrepPlan, q: Question) -> list[str]:
    titles = {s.id: s.title for s in plan.stories}
    chosen = [titles[i] for i in plan.chosen.get(q.key, []) if i in titles]
    if chosen:
        return [f"Story: {t}" for t in chosen]
    return [f"Suggested story: {s.title}" for s in plan.suggestions.get(q.key, [])[:2]]


def _top(plan: PrepPlan) -> list[Question]:
    seen: set[str] = set()
    out: list[Question] = []
    for q in plan.queue:
        if q.key not in seen and q.source != "gap":
            seen.add(q.key)
            out.append(q)
    return out[:TOP_QUESTIONS]


def sheet_sections(plan: PrepPlan) -> list[SheetSection]:
    """The sheet's content, shared by the Markdown and the HTML renderings."""
    top = SheetSection("Top questions and the stories chosen")
    for q in _top(plan):
        top.items.append((q.text, _stories_for(plan, q) or ["No story yet"]))
    gaps = SheetSection("Gaps and how to answer them")
    gaps.items = [(q.text, [q.hint or "", q.why]) for q in plan.gaps]
    uncovered = [r.item for r in plan.coverage if not r.covered]
    if uncovered:
        gaps.items.append(("Not covered by any story yet", [", ".join(uncovered)]))
    ask = SheetSection("Questions to ask")
    ask.items = [(q.text, []) for q in plan.questions if q.category == "ask"]
    notes = SheetSection("Company notes")
    if plan.notes.strip():
        notes.items.append((plan.notes.strip(), []))
    notes.items += [(f"From the posting: {line}", []) for line in plan.company_text]
    return [top, gaps, ask, notes]


def _heading(plan: PrepPlan, tz: ZoneInfo | None = None) -> tuple[str, str]:
    title = " at ".join(p for p in (plan.title, plan.company) if p) or "this posting"
    when = ""
    if plan.interview is not None and plan.interview.scheduled_at is not None:
        moment = plan.interview.scheduled_at
        when = f"Interview: {show(moment, tz or zone(None), '%A %d %B %Y, %H:%M')}"
        if plan.days_left is not None:
            when += f" ({_countdown(plan.days_left)})"
    return f"Interview prep: {title}", when


def _countdown(days: int) -> str:
    return "today" if days == 0 else "tomorrow" if days == 1 else f"in {days} days"


def countdown(days: int) -> str:
    """'today', 'tomorrow' or 'in N days'."""
    return _countdown(days)


def _md_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("<", "&lt;").replace("*", "\\*").replace("_", "\\_")


def sheet_markdown(plan: PrepPlan, tz: ZoneInfo | None = None) -> str:
    """The prep sheet as Markdown."""
    title, when = _heading(plan, tz)
    lines = [f"# {_md_escape(title)}", ""]
    if when:
        lines += [when, ""]
    for section in sheet_sections(plan):
        lines += [f"## {section.heading}", ""]
        if not section.items:
            lines += ["_Nothing yet._", ""]
        for i, (line, subs) in enumerate(section.items, 1):
            lines.append(f"{i}. {_md_escape(line)}")
            lines += [f"   - {_md_escape(s)}" for s in subs if s]
        lines.append("")
    return "\n".join(lines)


_CSS = (
    "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;line-height:1.45}"
    "h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.6rem;border-bottom:1px solid #ccc}"
    "li{margin:.35rem 0}ul{color:#333}@media print{body{margin:0}a{color:inherit}}"
)


def sheet_html(plan: PrepPlan, tz: ZoneInfo | None = None) -> str:
    """The prep sheet as a printable HTML page (all text escaped)."""
    title, when = _heading(plan, tz)
    e = html.escape
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(title)}</h1>",
    ]
    if when:
        parts.append(f"<p><strong>{e(when)}</strong></p>")
    for section in sheet_sections(plan):
        parts.append(f"<h2>{e(section.heading)}</h2>")
        if not section.items:
            parts.append("<p><em>Nothing yet.</em></p>")
            continue
        parts.append("<ol>")
        for line, subs in section.items:
            sub = "".join(f"<li>{e(s)}</li>" for s in subs if s)
            parts.append(f"<li>{e(line)}" + (f"<ul>{sub}</ul>" if sub else "") + "</li>")
        parts.append("</ol>")
    parts.append("</body></html>")
    return "".join(parts)

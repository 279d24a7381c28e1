"""Practice one question at a time: a timer that never stops you, an answer, a rating, feedback."""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from components.prep_stories import run_prep, show_errors
from components.runtime import settings
from tracker_core import clock
from tracker_core.models import PracticeAttempt
from tracker_core.prep.feedback import answer_feedback
from tracker_core.services import prep
from tracker_core.services.prep import PrepPlan

TARGET_SECONDS = 120
RATINGS = {1: "1 · lost", 2: "2 · shaky", 3: "3 · fine", 4: "4 · good", 5: "5 · nailed it"}


def _elapsed(started: datetime) -> int:
    return max(0, int((clock.now() - started).total_seconds()))


@st.fragment(run_every=1)
def _timer(started: datetime) -> None:
    seconds = _elapsed(started)
    over = " · over two minutes: wrap up with the result" if seconds > TARGET_SECONDS else ""
    st.markdown(f":material/timer: **{seconds // 60}:{seconds % 60:02d}** elapsed{over}")


def _save(user_id: str, plan: PrepPlan, pos: int) -> None:
    q = plan.queue[pos]
    state = st.session_state
    started = state.get("prep_started") or clock.now()
    data = {
        "question_text": q.text,
        "category": q.category,
        "answer": state.get(f"prep_answer_{q.key}", ""),
        "rating": state.get("prep_rating"),
        "notes": state.get(f"prep_notes_{q.key}", ""),
        "seconds": _elapsed(started),
        "story_id": state.get("prep_story"),
        "application_id": plan.application_id,
    }
    run_prep(
        "prep_attempt",
        user_id,
        lambda s: prep.record_attempt(
            session=s, user_id=user_id, data=prep.AttemptIn.model_validate(data)
        ),
        "Attempt saved.",
    )
    if not state.get("prep_attempt_errors"):
        state["prep_feedback_for"] = q.key


def _next(keys: list[str], pos: int) -> None:
    st.session_state["prep_pos"] = (pos + 1) % len(keys)
    st.session_state["prep_current"] = keys[(pos + 1) % len(keys)]
    st.session_state["prep_started"] = clock.now()
    st.session_state.pop("prep_feedback_for", None)
    st.session_state.pop("prep_rating", None)


def _model_feedback(question: str, answer: str) -> None:
    """The model's reading, asked once per answer text (a rerun does not call it again)."""
    key = f"prep_model_fb_{hash((question, answer))}"
    if key not in st.session_state:
        with st.spinner("Asking the model…"):
            st.session_state[key] = prep.answer_model_feedback(question=question, answer=answer)
    fb = st.session_state[key]
    if fb.note:
        st.info(fb.note, icon=":material/info:")
        return
    st.markdown(f"**The model ({fb.model}) says:**")
    for line in fb.strengths:
        st.markdown(f"- :green[Works:] {line}")
    for line in fb.improvements:
        st.markdown(f"- :orange[Change:] {line}")


def _feedback(answer: str, uses: int) -> None:
    fb = answer_feedback(answer, story_uses=uses)
    parts = " ".join(
        f":green[{p.capitalize()} ✓]" if ok else f":red[{p.capitalize()} ✗]"
        for p, ok in fb.star.items()
    )
    st.markdown(f"**STAR:** {parts}")
    number = "yes" if fb.quantified else "no: add a number"
    st.markdown(
        f"**Words:** {fb.words} (about {fb.seconds_to_say // 60}:{fb.seconds_to_say % 60:02d} "
        f"to say) · **Measured result:** {number}"
    )
    if fb.fillers:
        st.markdown("**Filler words:** " + ", ".join(f"{w} ×{n}" for w, n in fb.fillers.items()))
    for tip in fb.tips:
        st.markdown(f"- {tip}")


def render_practice(user_id: str, plan: PrepPlan, attempts: list[PracticeAttempt]) -> None:
    """The next question of the practice order with its timer, answer form and feedback."""
    if not plan.queue:
        st.info("No questions to practise yet: add a job description first.")
        return
    state = st.session_state
    keys = [q.key for q in plan.queue]
    # The question on screen stays while the order changes under it (a rating moves it).
    current = state.get("prep_current")
    pos = keys.index(current) if current in keys else state.get("prep_pos", 0) % len(keys)
    q = plan.queue[pos]
    state["prep_current"] = q.key
    state.setdefault("prep_started", clock.now())
    weak = sum(1 for a in _latest(attempts).values() if a.rating <= 2)
    st.caption(
        f"Question {pos + 1} of {len(plan.queue)} in practice order · {len(attempts)} attempts "
        f"kept · {weak} answers rated 1–2 come first"
    )
    st.subheader(q.text)
    st.caption(q.why)
    if q.hint:
        st.markdown(f":material/lightbulb: {q.hint}")
    _timer(state["prep_started"])
    st.text_area(
        "Your answer",
        key=f"prep_answer_{q.key}",
        height=180,
        placeholder="Situation, task, action, result…",
    )
    titles = {s.id: s.title for s in plan.stories}
    if titles:
        st.selectbox(
            "Story used",
            [None, *titles],
            key="prep_story",
            format_func=lambda i: "None" if i is None else titles[i],
        )
    st.radio(
        "How did it go?",
        list(RATINGS),
        format_func=RATINGS.get,
        key="prep_rating",
        horizontal=True,
        index=None,
    )
    st.text_input("Notes", key=f"prep_notes_{q.key}")
    model = settings()
    if model.llm_enabled:
        st.checkbox(
            f"Also ask the model for feedback (sends this question and answer to "
            f"{model.OPENAI_MODEL})",
            key="prep_use_llm",
        )
    left, right = st.columns(2)
    left.button(
        "Save attempt",
        key="prep_save",
        on_click=_save,
        args=(user_id, plan, pos),
        type="primary",
        icon=":material/save:",
    )
    right.button(
        "Next question",
        key="prep_next",
        on_click=_next,
        args=(keys, pos),
        icon=":material/skip_next:",
    )
    show_errors("prep_attempt")
    if state.get("prep_feedback_for") == q.key:
        uses = prep.story_uses(attempts).get(state.get("prep_story") or -1, 0)
        _feedback(state.get(f"prep_answer_{q.key}", ""), uses)
        if state.get("prep_use_llm") and settings().llm_enabled:
            _model_feedback(q.text, state.get(f"prep_answer_{q.key}", ""))


def _latest(attempts: list[PracticeAttempt]) -> dict[str, PracticeAttempt]:
    out: dict[str, PracticeAttempt] = {}
    for a in attempts:
        out[a.question_key] = a
    return out

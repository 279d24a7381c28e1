"""Board rendering: columns of cards with a one-click Move menu, from plain BoardData."""

from __future__ import annotations

import streamlit as st

from components import board_actions as actions
from components.text import md_escape, stars
from tracker_core.services.board import BoardData, Card, Column

PAGE = 5  # cards per column before "Show more"; keeps a 2,000-card board quick to read


def _deadline(card: Card) -> str:
    if card.deadline is None:
        return ""
    day = card.deadline.strftime("%b %d").replace(" 0", " ")
    if card.deadline_state == "overdue":
        # Coloured text rather than a badge: a badge does not wrap, and is cut in a narrow column.
        return f":red[:material/warning: **Overdue since {day}**]"
    if card.deadline_state == "soon":
        return f":orange-badge[:material/schedule: Due {day}]"
    return f":gray-badge[Due {day}]"


def _meta(card: Card) -> str:
    # No-break spaces keep "3 d" together in a narrow column; the deadline gets its own line.
    days = f"{max(card.days_in_stage, 0) or '<1'}\u00a0d\u00a0in stage"
    sample = " · :violet-badge[sample]" if card.is_sample else ""
    deadline = f"{_deadline(card)}  \n" if card.deadline else ""
    return f"{deadline}{days} · {stars(card.priority)}{sample}"


def render_card(card: Card, user_id: str, labels: dict[str, str]) -> None:
    """One card: company, position, deadline, days in stage, priority, and its Move menu."""
    name = f"{card.company}: {card.position}"
    options = [k for k in labels if k != card.status] + [actions.ARCHIVE, actions.TRASH]
    names = {**labels, actions.ARCHIVE: "Archive", actions.TRASH: "Move to trash"}
    key = f"board_move_{card.id}"
    with st.container(border=True, gap="small"):
        st.markdown(f"**{md_escape(card.company)}**  \n{md_escape(card.position)}")
        st.caption(_meta(card))
        st.page_link(
            "app_pages/detail.py",
            label="Open",
            icon=":material/open_in_full:",
            query_params={"id": str(card.id)},
            help=f"Details and timeline of {name}",
        )
        st.menu_button(
            "Move",
            options,
            key=key,
            icon=":material/swap_horiz:",
            format_func=lambda k: names.get(k, k),
            on_click=actions.card_action,
            args=(user_id, card.id, name, key, labels),
            width="stretch",
        )


def render_column(column: Column, user_id: str, labels: dict[str, str]) -> None:
    """A stage's header with its count, then its first cards and a Show more button."""
    st.markdown(f"**{md_escape(column.stage.label)}** :gray-badge[{column.count}]")
    limit_key = f"board_limit_{column.stage.key}"
    limit = st.session_state.get(limit_key, PAGE)
    for card in column.cards[:limit]:
        render_card(card, user_id, labels)
    if column.count > limit:
        more = min(PAGE * 5, column.count - limit)
        if st.button(f"Show {more} more", key=f"board_more_{column.stage.key}", width="stretch"):
            st.session_state[limit_key] = limit + more
            st.rerun()
    elif not column.cards:
        st.caption("Nothing here yet.")


def render_columns(columns: list[Column], user_id: str, labels: dict[str, str]) -> None:
    for column, slot in zip(columns, st.columns(max(1, len(columns))), strict=False):
        with slot:
            render_column(column, user_id, labels)


def render_board(data: BoardData, user_id: str) -> None:
    """Open stages side by side; closed ones behind a toggle."""
    labels = {c.stage.key: c.stage.label for c in data.columns}
    open_cols = [c for c in data.columns if not c.stage.closed]
    closed = [c for c in data.columns if c.stage.closed]
    render_columns(open_cols, user_id, labels)
    n_closed = sum(c.count for c in closed)
    if st.toggle(f"Show closed stages ({n_closed})", key="board_show_closed"):
        render_columns(closed, user_id, labels)


def render_feedback(user_id: str) -> None:
    """The last action's confirmation as a toast, and its Undo while it is the latest."""
    if message := st.session_state.pop(actions.FLASH, None):
        st.toast(message, icon=":material/check_circle:")
    last = st.session_state.get(actions.UNDO)
    if last:
        text, button, close = st.columns([6, 1, 1], vertical_alignment="center")
        text.info(last.done, icon=":material/check_circle:")
        button.button("Undo", key="board_undo_btn", on_click=actions.undo, args=(user_id,))
        close.button(
            "Dismiss", key="board_undo_close", on_click=actions.dismiss_undo, type="tertiary"
        )


def render_empty(user_id: str) -> None:
    """What a board with no applications says, and the next steps it offers."""
    st.info(
        "Your board is empty. Add the first application below (a company and a position "
        "are enough), or load a few sample applications to try the board.",
        icon=":material/view_kanban:",
    )
    st.button(
        "Load sample applications",
        key="board_load_samples",
        icon=":material/science:",
        on_click=actions.load_samples,
        args=(user_id,),
    )

"""Board rendering: columns of cards with a one-click Move menu, from plain BoardData."""

from __future__ import annotations

import re

import streamlit as st

from components import board_actions as actions
from components.text import md_escape, stars
from tracker_core.services.board import BoardData, Card, Column

PAGE = 5  # cards per column before "Show more"; keeps a 2,000-card board quick to read
PICK = "board_phone_stage"  # the one stage a phone shows
COLUMN_REM = 15  # a column's least width: cards stay readable however many stages there are
# Wide screens: columns keep their width and the board scrolls sideways. Phones (Streamlit
# stacks columns below 640 px): a stage picker, and only the picked stage's column.
_LAYOUT = """<style>
[class*="st-key-board_cols"] [data-testid="stHorizontalBlock"] {
  flex-wrap: nowrap; overflow-x: auto; padding-bottom: 0.5rem; }
[class*="st-key-board_cols"] [data-testid="stColumn"] {
  flex: 1 0 %(rem)srem; min-width: %(rem)srem; max-width: 24rem; }
@media (min-width: 641px) { .st-key-board_pick { display: none; } }
@media (max-width: 640px) {
  [class*="st-key-board_cols"] [data-testid="stHorizontalBlock"] { overflow-x: visible; }
  [class*="st-key-board_cols"] [data-testid="stColumn"] { flex: 1 0 100%%; max-width: none; }
  [class*="st-key-board_cols"] [data-testid="stColumn"]:not(:has(.st-key-board_col_%(pick)s)) {
    display: none; }
}
</style>"""


def css_key(key: str) -> str:
    """A stage key as it may stand in a widget key and a CSS class name."""
    return re.sub(r"[^A-Za-z0-9_]", "_", key)


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


def _due_line(card: Card) -> str:
    """Salary, place and the next action: what was typed in the edit form, on the card."""
    parts = [md_escape(x) for x in (card.salary, card.place) if x]
    if card.next_action or card.next_action_on:
        when = (
            card.next_action_on.strftime(" (%b %d)").replace(" 0", " ")
            if card.next_action_on
            else ""
        )
        parts.append(
            f":material/flag: {md_escape(card.next_action or 'Next action')}{md_escape(when)}"
        )
    return " · ".join(parts)


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
    names = {
        **{k: md_escape(v) for k, v in labels.items()},
        # Icons and colour set the two that take a card off the board apart from the stages.
        actions.ARCHIVE: ":material/inventory_2: Archive",
        actions.TRASH: ":red[:material/delete: Move to trash]",
    }
    key = f"board_move_{card.id}"
    with st.container(border=True, gap="small"):
        st.markdown(f"**{md_escape(card.company)}**  \n{md_escape(card.position)}")
        if line := _due_line(card):
            st.caption(line)
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
    with st.container(key=f"board_col_{css_key(column.stage.key)}", gap="small"):
        _column_body(column, user_id, labels)


def _column_body(column: Column, user_id: str, labels: dict[str, str]) -> None:
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


def render_columns(
    columns: list[Column], user_id: str, labels: dict[str, str], key: str = "board_cols"
) -> None:
    with st.container(key=key):
        for column, slot in zip(columns, st.columns(max(1, len(columns))), strict=False):
            with slot:
                render_column(column, user_id, labels)


def _phone_pick(columns: list[Column]) -> str:
    """The stage a phone shows (the picker is hidden on wider screens by the layout's CSS)."""
    keys = [c.stage.key for c in columns]
    if st.session_state.get(PICK) not in keys:
        st.session_state[PICK] = next((c.stage.key for c in columns if c.cards), keys[0])
    names = {c.stage.key: f"{c.stage.label} ({c.count})" for c in columns}
    with st.container(key="board_pick"):
        st.selectbox("Stage to show", keys, key=PICK, format_func=names.__getitem__)
    return str(st.session_state[PICK])


def render_board(data: BoardData, user_id: str) -> None:
    """Open stages side by side in readable columns; closed ones behind a toggle."""
    labels = {c.stage.key: c.stage.label for c in data.columns}
    open_cols = [c for c in data.columns if not c.stage.closed]
    closed = [c for c in data.columns if c.stage.closed]
    show_closed = st.session_state.get("board_show_closed", False)
    picked = _phone_pick(open_cols + (closed if show_closed else []))
    st.html(_LAYOUT % {"rem": COLUMN_REM, "pick": css_key(picked)})
    render_columns(open_cols, user_id, labels)
    n_closed = sum(c.count for c in closed)
    if st.toggle(f"Show closed stages ({n_closed})", key="board_show_closed"):
        render_columns(closed, user_id, labels, key="board_cols_closed")


def render_feedback(user_id: str) -> None:
    """The last action's confirmation, once: beside its Undo while it has one, else a toast."""
    message = st.session_state.pop(actions.FLASH, None)
    last = st.session_state.get(actions.UNDO)
    if message and not (last and last.done == message):
        st.toast(md_escape(message), icon=":material/check_circle:")
    if last:
        text, button, close = st.columns([6, 1, 1], vertical_alignment="center")
        text.info(md_escape(last.done), icon=":material/check_circle:")
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

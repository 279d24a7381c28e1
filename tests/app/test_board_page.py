"""The board page as a user drives it: empty state, samples, add, move, undo, archive, trash."""

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.support.app import log_in, sign_up


def _add(at: AppTest, company: str, position: str, status: str = "saved") -> AppTest:
    at.text_input(key="add_company").input(company)
    at.text_input(key="add_position").input(position)
    at.selectbox(key="add_status").set_value(status)
    at.date_input(key="add_deadline").set_value(date(2026, 12, 24))
    at.button(key="FormSubmitter:add_form-Add application").click().run()
    return at


def _column(at: AppTest, label: str) -> list[str]:
    """Company names of the cards under a column header, in order."""
    texts = [m.value for m in at.markdown]
    start = next(i for i, t in enumerate(texts) if t.startswith(f"**{label}** "))
    names = []
    for text in texts[start + 1 :]:
        if ":gray-badge[" in text and "  \n" not in text:
            break
        names.append(text.split("**")[1].replace("\\", ""))
    return names


def _plain(text: str) -> str:
    return text.replace("\\", "")


def _said(at: AppTest) -> list[str]:
    """Every confirmation on the page, toasts and banners, as the user reads them."""
    return [_plain(t.value) for t in at.toast] + [_plain(i.value) for i in at.info]


def _header(at: AppTest, label: str) -> str:
    return next(m.value for m in at.markdown if m.value.startswith(f"**{label}** "))


def test_new_account_sees_an_empty_board_with_next_steps(new_app: Callable[[], AppTest]) -> None:
    at = sign_up(new_app().run())
    assert not at.exception
    assert any("Your board is empty" in i.value for i in at.info)
    assert at.button(key="board_load_samples").label == "Load sample applications"
    assert at.text_input(key="add_company") is not None  # the add form is right there


def test_samples_load_as_marked_cards_and_go_in_one_click(new_app: Callable[[], AppTest]) -> None:
    at = sign_up(new_app().run())
    at.button(key="board_load_samples").click().run()
    assert "Loaded 8 sample applications" in _plain(at.toast[0].value)
    assert _header(at, "Saved").endswith("[2]")
    captions = {c.value for c in at.caption if "★" in c.value}
    assert all("sample" in c for c in captions)
    assert any(":red[:material/warning: **Overdue since" in c for c in captions)  # Fabrikam
    assert any(":orange-badge[:material/schedule: Due" in c for c in captions)  # Northwind
    at.button(key="board_remove_samples").click().run()
    assert any("Your board is empty" in i.value for i in at.info)


def test_add_then_move_in_one_click_with_a_named_confirmation_and_undo(
    new_app: Callable[[], AppTest],
) -> None:
    at = _add(sign_up(new_app().run()), "Acme Corp", "Data Engineer", "applied")
    assert [s.value for s in at.success] == ["Saved Acme Corp: Data Engineer."]
    assert _column(at, "Applied") == ["Acme Corp"]
    at.menu_button[0].click("interview").run()
    assert not at.exception
    # Said once, beside its Undo: not a toast and a banner saying the same thing.
    assert _said(at) == ["Moved Acme Corp: Data Engineer to Interview."]
    assert _column(at, "Interview") == ["Acme Corp"] and _column(at, "Applied") == []
    at.button(key="board_undo_btn").click().run()
    assert _said(at) == ["Moved Acme Corp: Data Engineer back to Applied."]
    assert _column(at, "Applied") == ["Acme Corp"]


@pytest.mark.parametrize(("choice", "said"), [("__archive", "Archived"), ("__trash", "Moved")])
def test_archive_and_trash_leave_the_board_and_undo_brings_back(
    new_app: Callable[[], AppTest], choice: str, said: str
) -> None:
    at = _add(sign_up(new_app().run()), "Acme Corp", "Data Engineer")
    at = _add(at, "Globex", "SRE", "applied")
    at.menu_button[0].click(choice).run()
    assert [m for m in _said(at) if m.startswith(f"{said} Acme Corp: Data Engineer")]
    assert len(_said(at)) == 1
    assert _column(at, "Saved") == []
    at.button(key="board_undo_btn").click().run()
    assert _said(at) == ["Acme Corp: Data Engineer is back on the board."]
    assert _column(at, "Saved") == ["Acme Corp"]


def test_missing_company_is_explained_beside_the_field_and_input_kept(
    new_app: Callable[[], AppTest],
) -> None:
    at = _add(sign_up(new_app().run()), "", "Data Engineer")
    assert len(at.error) == 1 and "at least 1 character" in at.error[0].value
    assert at.text_input(key="add_position").value == "Data Engineer"
    assert any("Your board is empty" in i.value for i in at.info)


def test_closed_stages_are_collapsed_until_asked_for(new_app: Callable[[], AppTest]) -> None:
    at = _add(sign_up(new_app().run()), "Initech", "Dev", "rejected")
    assert at.toggle(key="board_show_closed").label == "Show closed stages (1)"
    assert not any(m.value.startswith("**Rejected**") for m in at.markdown)
    at.toggle(key="board_show_closed").set_value(True).run()
    assert _column(at, "Rejected") == ["Initech"]


def test_search_narrows_the_board_and_lands_in_the_url(new_app: Callable[[], AppTest]) -> None:
    at = _add(sign_up(new_app().run()), "Acme Corp", "Data Engineer")
    at = _add(at, "Globex", "SRE")
    at.text_input(key="q").input("glob").run()
    assert _column(at, "Saved") == ["Globex"]
    shared = new_app()
    shared.query_params["q"] = "acme"  # a shared link, opened after logging in
    log_in(shared.run(), "ada@example.com", "s3cret-pass")
    assert shared.text_input(key="q").value == "acme"
    assert _column(shared, "Saved") == ["Acme Corp"]


def test_each_user_sees_only_their_own_applications(new_app: Callable[[], AppTest]) -> None:
    _add(sign_up(new_app().run(), email="ada@example.com"), "Acme Corp", "Data Engineer")
    at = sign_up(new_app().run(), email="bob@example.com")
    assert any("Your board is empty" in i.value for i in at.info)


@pytest.mark.parametrize("where", ["postgres", "sqlite"])
def test_database_down_is_a_message_not_a_traceback(
    new_app: Callable[[], AppTest], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, where: str
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    url = {
        "postgres": "postgresql://postgres@127.0.0.1:1/tracker",  # nothing listens on port 1
        "sqlite": f"sqlite:///{blocker}/db.sqlite",
    }[where]
    monkeypatch.setenv("DATABASE_URL", url)
    at = new_app().run()
    assert not at.exception
    assert at.error and "DATABASE_URL" in at.error[0].value


def test_same_company_again_warns_once_then_saves(new_app: Callable[[], AppTest]) -> None:
    at = _add(sign_up(new_app().run()), "Acme, Inc.", "Data Engineer", "applied")
    at = _add(at, "ACME", "Analyst")
    assert not at.success
    assert len(at.warning) == 1
    assert "Data Engineer" in at.warning[0].value
    assert "applied today, applied" in at.warning[0].value
    assert at.text_input(key="add_company").value == "ACME"  # nothing lost
    at.button(key="FormSubmitter:add_form-Add application").click().run()
    assert [s.value for s in at.success] == ["Saved ACME: Analyst."]
    assert not at.warning
    assert _column(at, "Saved") == ["ACME"]


def _follow(at: AppTest, label: str, index: int = 0) -> AppTest:
    """Click the index-th page link with this label, as the browser would."""
    from urllib.parse import parse_qsl

    link = [p for p in at.get("page_link") if p.proto.label == label][index].proto
    at.switch_page(f"app_pages/{link.page}.py")
    at.query_params.clear()
    at.query_params.update(dict(parse_qsl(link.query_string)))
    return at.run()


def test_a_card_opens_its_detail_with_the_timeline(new_app: Callable[[], AppTest]) -> None:
    at = _add(sign_up(new_app().run()), "Acme Corp", "Data Engineer", "applied")
    at.menu_button[0].click("interview").run()
    at = _add(at, "Globex", "SRE")
    cards = [m.value.split("**")[1] for m in at.markdown if "  \n" in m.value]
    at = _follow(at, "Open", cards.index("Acme Corp"))
    assert not at.exception
    assert at.title[0].value.replace("\\", "") == "Acme Corp: Data Engineer"
    timeline = next(m.value for m in at.markdown if "Added as" in m.value)
    assert "**Added as Applied**" in timeline and "**Applied → Interview**" in timeline


def test_add_form_shows_every_invalid_field_at_once_and_keeps_the_input(
    new_app: Callable[[], AppTest],
) -> None:
    at = sign_up(new_app().run())
    at.text_input(key="add_url").input("not a url")
    at.text_area(key="add_jd").input("We need a data engineer.")
    at = _add(at, "", "")
    assert [e.value for e in at.error] == [
        "String should have at least 1 character",
        "String should have at least 1 character",
        "Is not a web address (it should look like https://example.com/job)",
    ]
    assert not at.success and any("Your board is empty" in i.value for i in at.info)
    assert at.text_input(key="add_url").value == "not a url"
    assert at.text_area(key="add_jd").value == "We need a data engineer."
    assert at.date_input(key="add_deadline").value == date(2026, 12, 24)

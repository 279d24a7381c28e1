"""The stages editor and the trash, as a user drives them."""

from collections.abc import Callable

from streamlit.testing.v1 import AppTest

from tests.support.app import sign_up


def _add_stage(at: AppTest, name: str, step: str = "interview") -> AppTest:
    at.text_input(key="stage_label").input(name)
    at.selectbox(key="stage_step").set_value(step)
    at.button(key="FormSubmitter:stage_add_form-Add stage").click().run()
    return at


def _stages_page(new_app: Callable[[], AppTest]) -> AppTest:
    at = sign_up(new_app().run())
    at.switch_page("app_pages/stages.py").run()
    assert not at.exception
    return at


def test_a_new_stage_becomes_a_board_column_after_its_funnel_step(
    new_app: Callable[[], AppTest],
) -> None:
    at = _add_stage(_stages_page(new_app), "Take-home task")
    assert at.toast[0].value == "Added the stage Take-home task."
    assert at.text_input(key="stage_label").value == ""
    at.switch_page("app_pages/board.py").run()
    at.button(key="board_load_samples").click().run()
    headers = [
        m.value.split("**")[1].replace("\\", "") for m in at.markdown if m.value.endswith("]")
    ]
    assert headers[:5] == ["Saved", "Applied", "Screening", "Interview", "Take-home task"]


def test_a_duplicate_or_empty_name_is_explained_beside_the_field(
    new_app: Callable[[], AppTest],
) -> None:
    at = _add_stage(_stages_page(new_app), "interview")
    assert [e.value for e in at.error] == ["There is already a stage called interview."]
    assert at.text_input(key="stage_label").value == "interview"


def test_an_error_goes_once_the_user_does_something_else(
    new_app: Callable[[], AppTest],
) -> None:
    at = _add_stage(_add_stage(_stages_page(new_app), "Take-home"), "Onsite")
    at.text_input(key="stage_name_onsite").input("Take-home")
    at.button(key="stage_rename_onsite").click().run()
    assert len(at.error) == 1
    at.button(key="stage_up_take_home").click().run()  # another action, on another stage
    assert not at.error


def test_rename_and_reorder_own_stages(new_app: Callable[[], AppTest]) -> None:
    at = _add_stage(_add_stage(_stages_page(new_app), "Take-home"), "Onsite")
    at.text_input(key="stage_name_onsite").input("Final onsite")
    at.button(key="stage_rename_onsite").click().run()
    at.button(key="stage_up_onsite").click().run()
    names = [t.value for t in at.text_input if t.key.startswith("stage_name_")]
    assert names == ["Final onsite", "Take-home"]


def test_deleted_application_is_restorable_from_the_trash(new_app: Callable[[], AppTest]) -> None:
    at = sign_up(new_app().run())
    at.button(key="board_load_samples").click().run()
    card = at.menu_button[0]
    card.click("__trash").run()
    name = at.info[0].value.removeprefix("Moved ").removesuffix(" to the trash.")  # beside Undo
    at.switch_page("app_pages/trash.py").run()
    assert not at.exception
    assert "restorable for 30 more days" in at.caption[1].value
    at.button[0].click().run()
    assert at.toast[0].value == f"Restored {name}: it is back on the board."
    assert any("The trash is empty" in i.value for i in at.info)


def test_an_empty_trash_says_so(new_app: Callable[[], AppTest]) -> None:
    at = sign_up(new_app().run())
    at.switch_page("app_pages/trash.py").run()
    assert any("The trash is empty" in i.value for i in at.info)


def test_archived_application_is_listed_and_unarchived_back_to_the_board(
    new_app: Callable[[], AppTest],
) -> None:
    at = sign_up(new_app().run())
    at.button(key="board_load_samples").click().run()
    at.menu_button[0].click("__archive").run()
    name = at.info[0].value.removeprefix("Archived ").split(".")[0]
    at.button(key="board_undo_close").click().run()  # the Undo is gone: only the archive is left
    at.switch_page("app_pages/trash.py").run()
    assert not at.exception
    assert [t.label for t in at.tabs] == ["Trash (0)", "Archived (1)"]
    company = name.split(":")[0]
    assert any(m.value.startswith(f"**{company}**") for m in at.tabs[1].markdown)
    at.tabs[1].button[0].click().run()
    assert at.toast[0].value == f"Unarchived {name}: it is back on the board."
    assert any("Nothing is archived" in i.value for i in at.info)
    at.switch_page("app_pages/board.py").run()
    assert any(m.value.startswith(f"**{company}**") for m in at.markdown)


def test_deleting_a_stage_moves_its_applications_to_the_chosen_one(
    new_app: Callable[[], AppTest],
) -> None:
    at = _add_stage(_stages_page(new_app), "Take-home")
    at.switch_page("app_pages/board.py").run()
    at.button(key="board_load_samples").click().run()
    at.menu_button[0].click("take_home").run()
    moved = at.info[0].value.removeprefix("Moved ").removesuffix(" to Take-home.")
    at.switch_page("app_pages/stages.py").run()
    assert at.selectbox(key="stage_move_to_take_home").value == "interview"  # its funnel step
    at.selectbox(key="stage_move_to_take_home").set_value("screening")
    at.button(key="stage_delete_take_home").click().run()
    assert not at.exception
    assert at.toast[0].value == "Deleted the stage Take-home; moved 1 application(s) to Screening."
    assert not any(t.key == "stage_name_take_home" for t in at.text_input)
    at.switch_page("app_pages/board.py").run()
    texts = [m.value for m in at.markdown]
    start = texts.index("**Screening** :gray-badge[2]")
    assert any(t.startswith(f"**{moved.split(':')[0]}**") for t in texts[start + 1 : start + 3])

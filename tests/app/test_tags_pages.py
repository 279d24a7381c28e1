"""AppTest: tags added on the detail page filter the board, the table and the stats."""

from collections.abc import Callable
from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.support.app import sign_up
from tests.support.fakes import RecordingVectors
from tracker_core.db import make_engine, user_session
from tracker_core.models import ApplicationCreate
from tracker_core.services import applications as apps


def _seed(db: Path, user_id: str) -> dict[str, int]:
    engine = make_engine(f"sqlite:///{db}")
    ids = {}
    with user_session(engine, user_id) as s:
        for company in ("Acme Corp", "Globex"):
            app = apps.create_application(
                session=s,
                user_id=user_id,
                data=ApplicationCreate(company=company, position="Data Engineer"),
                vectors=RecordingVectors(),
            )
            assert app.id is not None
            apps.change_status(
                session=s, user_id=user_id, application_id=app.id, to_status="applied"
            )
            ids[company] = app.id
    engine.dispose()
    return ids


def test_a_tag_added_on_the_detail_page_filters_board_and_table(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = sign_up(new_app().run())
    ids = _seed(app_env, at.session_state["auth_user"].id)
    at.switch_page("app_pages/detail.py")
    at.query_params["id"] = str(ids["Acme Corp"])
    at.run()
    at.multiselect(key=f"det_tags_{ids['Acme Corp']}").set_value(["Remote"]).run()
    assert not at.exception and not at.error
    assert at.multiselect(key=f"det_tags_{ids['Acme Corp']}").value == ["remote"]

    at.switch_page("app_pages/board.py").run()
    board = " ".join(m.value for m in at.markdown)
    assert "Acme Corp" in board and "Globex" in board
    at.selectbox(key="tag").select("remote").run()
    board = " ".join(m.value for m in at.markdown)
    assert "Acme Corp" in board and "Globex" not in board

    at.switch_page("app_pages/table.py").run()
    at.selectbox(key="tag").select("remote").run()
    assert "1 application. Edit a cell to save it." in [c.value for c in at.caption]


def test_stats_filter_by_tag(new_app: Callable[[], AppTest], app_env: Path) -> None:
    at = sign_up(new_app().run())
    ids = _seed(app_env, at.session_state["auth_user"].id)
    at.switch_page("app_pages/detail.py")
    at.query_params["id"] = str(ids["Globex"])
    at.run()
    at.multiselect(key=f"det_tags_{ids['Globex']}").set_value(["referral"]).run()
    at.switch_page("app_pages/stats.py").run()
    assert not at.exception
    sent = {m.label: m.value for m in at.metric}["Sent"]
    at.selectbox(key="stats_tag").select("referral").run()
    assert not at.exception
    assert (sent, {m.label: m.value for m in at.metric}["Sent"]) == ("2", "1")

"""AppTest: the contacts page lists everyone across applications, each with its applications."""

from collections.abc import Callable
from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.support.app import sign_up
from tests.support.fakes import RecordingVectors
from tracker_core.db import make_engine, user_session
from tracker_core.models import ApplicationCreate
from tracker_core.services import applications as apps
from tracker_core.services import contacts


def _seed(db: Path, user_id: str) -> dict[str, int]:
    engine = make_engine(f"sqlite:///{db}")
    ids: dict[str, int] = {}
    with user_session(engine, user_id) as s:
        for company in ("Acme Corp", "Globex"):
            app = apps.create_application(
                session=s,
                user_id=user_id,
                data=ApplicationCreate(company=company, position="Data Engineer"),
                vectors=RecordingVectors(),
            )
            assert app.id is not None
            ids[company] = app.id
        rita = contacts.add_contact(
            session=s,
            user_id=user_id,
            application_id=ids["Acme Corp"],
            data=contacts.ContactIn(name="Rita Recruiter", email="rita@hays.example"),
        )
        assert rita.id is not None
        contacts.link_contact(
            session=s, user_id=user_id, application_id=ids["Globex"], contact_id=rita.id
        )
        contacts.add_contact(
            session=s,
            user_id=user_id,
            application_id=ids["Globex"],
            data=contacts.ContactIn(name="Bo Manager", role="Hiring manager", notes="Met at PyCon"),
        )
    engine.dispose()
    return ids


def _open(new_app: Callable[[], AppTest]) -> AppTest:
    return sign_up(new_app().run())


def test_everyone_is_listed_with_their_applications_and_found_by_search(
    new_app: Callable[[], AppTest], app_env: Path
) -> None:
    at = _open(new_app)
    ids = _seed(app_env, at.session_state["auth_user"].id)
    at.switch_page("app_pages/contacts.py").run()
    assert not at.exception
    names = [m.value.split("**")[1] for m in at.markdown if m.value.startswith("**")]
    assert names == ["Bo Manager", "Rita Recruiter"]
    links = [(p.proto.label, p.proto.query_string) for p in at.get("page_link")]
    assert ("Acme Corp: Data Engineer", f"id={ids['Acme Corp']}") in links
    assert links.count(("Globex: Data Engineer", f"id={ids['Globex']}")) == 2

    at.text_input(key="ct_q").input("pycon").run()  # the notes are searched too
    names = [m.value.split("**")[1] for m in at.markdown if m.value.startswith("**")]
    assert names == ["Bo Manager"]
    at.text_input(key="ct_q").input("nobody").run()
    assert "No contact matches “nobody”" in at.info[0].value


def test_without_contacts_the_page_says_where_to_add_them(
    new_app: Callable[[], AppTest],
) -> None:
    at = _open(new_app)
    at.switch_page("app_pages/contacts.py").run()
    assert not at.exception
    assert "No contacts yet" in at.info[0].value

"""The private calendar link: served without a bearer token, only the owner's items, revocable."""

from __future__ import annotations

import uuid
from datetime import timedelta

from fastapi.testclient import TestClient
from icalendar import Calendar
from sqlalchemy import Engine

from tests.support.api import add_job, signed_in
from tracker_core import clock
from tracker_core.config import Settings
from tracker_core.db import user_session
from tracker_core.services import due


def _path(db: Engine, settings: Settings, user_id: str) -> str:
    with user_session(db, user_id) as session:
        link = due.calendar_link(
            session=session,
            secret=settings.session_secret(),
            base_url="http://api.test/",
            user_id=user_id,
        )
    assert link.startswith("http://api.test/calendar/") and link.endswith(".ics")
    return link.removeprefix("http://api.test")


def test_a_calendar_app_subscribes_without_a_token_and_sees_only_its_owners_deadlines(
    client: TestClient, db: Engine, settings: Settings
) -> None:
    ada, bob = signed_in(client), signed_in(client)
    soon = (clock.now() + timedelta(days=3)).date().isoformat()
    add_job(client, ada, company="Initech", position="Data Engineer", deadline=soon)
    add_job(client, bob, company="Hooli", position="Analyst", deadline=soon)
    ada_id = client.get("/me", headers=ada.headers).json()["id"]

    response = client.get(_path(db, settings, ada_id))  # no Authorization header
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    summaries = [str(e["summary"]) for e in Calendar.from_ical(response.content).walk("VEVENT")]
    assert summaries == ["Deadline: Initech, Data Engineer"]  # none of Bob's


def test_resetting_the_link_makes_the_old_one_not_found(
    client: TestClient, db: Engine, settings: Settings
) -> None:
    ada = signed_in(client)
    ada_id = client.get("/me", headers=ada.headers).json()["id"]
    old = _path(db, settings, ada_id)
    assert client.get(old).status_code == 200
    with user_session(db, ada_id) as session:
        due.reset_calendar_link(session=session, user_id=ada_id)

    gone = client.get(old)
    assert gone.status_code == 404
    assert gone.headers["content-type"] == "application/problem+json"
    assert "reset" in gone.json()["detail"]
    new = _path(db, settings, ada_id)
    assert new != old and client.get(new).status_code == 200


def test_a_forged_or_foreign_signed_link_is_not_found(
    client: TestClient, db: Engine, settings: Settings
) -> None:
    ada = signed_in(client)
    ada_id = client.get("/me", headers=ada.headers).json()["id"]
    real = _path(db, settings, ada_id)
    assert client.get(real[:-6] + "xx.ics").status_code == 404
    other = due.calendar_token("another-deployments-secret-" + "x" * 30, ada_id)
    assert client.get(f"/calendar/{other}.ics").status_code == 404
    # a well-signed link for an account that was deleted
    ghost = due.calendar_token(settings.session_secret(), str(uuid.uuid4()))
    assert client.get(f"/calendar/{ghost}.ics").status_code == 404


def test_the_api_gives_the_link_and_resets_it(client: TestClient) -> None:
    ada, bob = signed_in(client), signed_in(client)
    assert client.get("/me/calendar").status_code == 401  # the link itself needs a token
    url = client.get("/me/calendar", headers=ada.headers).json()["url"]
    path = url.removeprefix("http://testserver")
    assert path.startswith("/calendar/") and client.get(path).status_code == 200
    assert client.get("/me/calendar", headers=bob.headers).json()["url"] != url

    new = client.post("/me/calendar/reset", headers=ada.headers).json()["url"]
    assert new != url
    assert client.get(path).status_code == 404
    assert client.get(new.removeprefix("http://testserver")).status_code == 200

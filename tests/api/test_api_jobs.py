"""Jobs through the API: add, list, edit with a version, trash, history and status moves."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from api.schemas import Job
from tests.support.api import add_job, signed_in
from tests.support.env import NOW
from tracker_core import repositories as repo
from tracker_core.db import user_session
from tracker_core.services import details


def test_add_then_read_it_back(client: TestClient) -> None:
    user = signed_in(client)
    response = client.post(
        "/jobs",
        json={"company": " Acme ", "position": "Dev", "deadline": "2026-12-24"},
        headers=user.headers,
    )
    assert response.status_code == 201
    job = response.json()
    assert response.headers["location"] == f"/jobs/{job['id']}"
    assert (job["company"], job["status"], job["version"]) == ("Acme", "saved", 1)
    assert client.get(f"/jobs/{job['id']}", headers=user.headers).json() == job


def test_add_reports_every_invalid_field_at_once(client: TestClient) -> None:
    user = signed_in(client)
    body = {"company": "", "position": "Dev", "url": "not a link", "salary_min": 9, "salary_max": 1}
    response = client.post("/jobs", json=body, headers=user.headers)
    assert response.status_code == 422
    problem = response.json()
    assert problem["title"] == "Invalid input"
    assert {e["field"] for e in problem["errors"]} == {"company", "url", "salary_max"}


def test_a_second_application_to_a_company_asks_for_confirmation(client: TestClient) -> None:
    user = signed_in(client)
    first = add_job(client, user, company="Globex")
    again = client.post(
        "/jobs", json={"company": "globex", "position": "Other"}, headers=user.headers
    )
    assert again.status_code == 409
    assert [e["id"] for e in again.json()["earlier"]] == [first["id"]]
    confirmed = client.post(
        "/jobs?confirm_duplicate=true",
        json={"company": "globex", "position": "Other"},
        headers=user.headers,
    )
    assert confirmed.status_code == 201


def test_list_pages_filters_and_sorts(client: TestClient) -> None:
    user = signed_in(client)
    for n, company in enumerate(["Beta", "Alpha", "Gamma", "Delta"]):
        add_job(client, user, company=company, source="LinkedIn" if n % 2 else "Referral")
    page = client.get("/jobs?limit=3&sort=company", headers=user.headers).json()
    assert [j["company"] for j in page["items"]] == ["Alpha", "Beta", "Delta"]
    assert (page["total"], page["next_offset"]) == (4, 3)
    rest = client.get("/jobs?limit=3&offset=3&sort=company", headers=user.headers).json()
    assert [j["company"] for j in rest["items"]] == ["Gamma"] and rest["next_offset"] is None
    linked = client.get("/jobs?source=linkedin", headers=user.headers).json()
    assert sorted(j["company"] for j in linked["items"]) == ["Alpha", "Delta"]
    assert client.get("/jobs?status=offer", headers=user.headers).json()["total"] == 0


def test_patch_needs_the_current_version(client: TestClient) -> None:
    user = signed_in(client)
    job = add_job(client, user)
    url = f"/jobs/{job['id']}"
    saved = client.patch(url, json={"version": 1, "notes": "call Ann"}, headers=user.headers)
    assert saved.status_code == 200 and saved.json()["version"] == 2
    stale = client.patch(url, json={"version": 1, "notes": "overwrite"}, headers=user.headers)
    assert stale.status_code == 409
    assert client.get(url, headers=user.headers).json()["notes"] == "call Ann"
    assert client.patch(url, json={"notes": "x"}, headers=user.headers).status_code == 422


def test_delete_moves_to_the_trash(client: TestClient, db: Engine) -> None:
    user = signed_in(client)
    job = add_job(client, user)
    assert client.delete(f"/jobs/{job['id']}", headers=user.headers).status_code == 204
    assert client.get(f"/jobs/{job['id']}", headers=user.headers).status_code == 404
    user_id = client.get("/me", headers=user.headers).json()["id"]
    with user_session(db, user_id) as session:
        from tracker_core.services import applications as apps

        trash = apps.list_trash(session=session, user_id=user_id)
    assert [a.id for a in trash] == [job["id"]]


def test_status_move_writes_the_history_in_the_same_transaction(
    client: TestClient, db: Engine
) -> None:
    user = signed_in(client)
    job = add_job(client, user)
    moved = client.put(
        f"/applications/{job['id']}/status",
        json={"status": "applied", "note": "sent"},
        headers=user.headers,
    )
    assert moved.status_code == 200
    assert (moved.json()["status"], moved.json()["version"]) == ("applied", 2)
    history = client.get(f"/jobs/{job['id']}/history", headers=user.headers).json()
    assert [(h["from_status"], h["to_status"], h["note"]) for h in history] == [
        (None, "saved", ""),
        ("saved", "applied", "sent"),
    ]
    user_id = client.get("/me", headers=user.headers).json()["id"]
    with user_session(db, user_id) as session:
        assert (
            len(details.timeline(session=session, user_id=user_id, application_id=job["id"])) == 2
        )


def test_a_job_in_the_trash_cannot_be_moved(client: TestClient, db: Engine) -> None:
    user = signed_in(client)
    job = add_job(client, user)
    user_id = client.get("/me", headers=user.headers).json()["id"]
    assert client.delete(f"/jobs/{job['id']}", headers=user.headers).status_code == 204
    moved = client.put(
        f"/applications/{job['id']}/status", json={"status": "applied"}, headers=user.headers
    )
    assert moved.status_code == 404
    with user_session(db, user_id) as session:
        changes = repo.list_status_changes(
            session=session, user_id=user_id, application_id=job["id"]
        )
        assert [c.to_status for c in changes] == ["saved"]


def test_an_unknown_stage_is_refused(client: TestClient) -> None:
    user = signed_in(client)
    job = add_job(client, user)
    response = client.put(
        f"/applications/{job['id']}/status", json={"status": "nowhere"}, headers=user.headers
    )
    assert response.status_code == 422
    assert "is not a stage" in response.json()["detail"]


def test_every_way_of_reading_a_job_gives_the_documented_job(client: TestClient) -> None:
    """The list, the read, the move and the edit serialise rows without a model in between:
    each answer has exactly the Job fields, in the types the schema promises."""
    user = signed_in(client)
    added = add_job(
        client,
        user,
        company="Initech",
        location="Berlin",
        salary_min=50_000,
        salary_max=70_000,
        salary_currency="EUR",
        salary_period="year",
        deadline="2026-12-24",
        next_action="Call back",
        next_action_on="2026-12-10",
        priority=5,
        notes="Ask about the team",
        job_description="Python and SQL",
    )
    moved = client.put(
        f"/applications/{added['id']}/status", json={"status": "applied"}, headers=user.headers
    ).json()
    edited = client.patch(
        f"/jobs/{added['id']}",
        json={"version": moved["version"], "notes": "x"},
        headers=user.headers,
    ).json()
    read = client.get(f"/jobs/{added['id']}", headers=user.headers).json()
    listed = client.get("/jobs", headers=user.headers).json()["items"]
    assert listed == [read] and read == edited
    for job in (added, moved, edited, read):
        assert list(job) == list(Job.model_fields)
        assert Job.model_validate(job).model_dump(mode="json") == job
    assert (moved["status"], moved["applied_on"], read["notes"]) == (
        "applied",
        NOW.date().isoformat(),
        "x",
    )
    assert read["deadline"] == "2026-12-24" and read["salary_max"] == 70_000

"""Resumes, analysis, stats, prep, notification settings, unsubscribe and deleting the account."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text

from tests.support.api import PASSWORD, add_job, signed_in
from tests.support.fakes import RecordingVectors
from tracker_core.config import Settings
from tracker_core.db import system_session
from tracker_core.models import USER_TABLES
from tracker_core.services.notifications import unsubscribe_link_token

CV = b"Python developer: five years of Python, SQL, Docker and AWS."
POSTING = "Requirements:\n- 3+ years of Python\n- SQL\n- Kubernetes and Terraform experience\n- AWS"


def test_upload_list_read_and_delete_a_resume(client: TestClient) -> None:
    user = signed_in(client)
    made = client.post(
        "/resumes", files={"file": ("cv.md", CV)}, data={"label": "Backend"}, headers=user.headers
    )
    assert made.status_code == 201
    rid = made.json()["id"]
    assert made.json()["text"].startswith("Python developer")
    assert [r["label"] for r in client.get("/resumes", headers=user.headers).json()] == ["Backend"]
    assert client.delete(f"/resumes/{rid}", headers=user.headers).status_code == 204
    assert client.get(f"/resumes/{rid}", headers=user.headers).status_code == 404


def test_an_upload_over_the_pages_limit_is_refused(client: TestClient) -> None:
    user = signed_in(client)
    big = b"a" * (10 * 1024 * 1024 + 1)
    response = client.post("/resumes", files={"file": ("cv.txt", big)}, headers=user.headers)
    assert response.status_code == 422
    assert "the limit is 10 MB" in response.json()["detail"]
    bad = client.post("/resumes", files={"file": ("cv.exe", b"MZ")}, headers=user.headers)
    assert bad.status_code == 422


def test_analyze_a_saved_resume_against_a_job(client: TestClient) -> None:
    user = signed_in(client)
    rid = client.post("/resumes", files={"file": ("cv.txt", CV)}, headers=user.headers).json()["id"]
    job = add_job(client, user, job_description=POSTING)
    result = client.post(
        "/resume/analyze",
        json={"resume_id": rid, "application_id": job["id"]},
        headers=user.headers,
    )
    assert result.status_code == 200
    body = result.json()
    assert 0 <= body["relevance"] <= 10 and body["engine"] == "offline"
    assert "python" in [k.lower() for k in body["matched_keywords"]]
    assert "kubernetes" in [k.lower() for k in body["missing_keywords"]]
    assert body["recommendations"] and body["explanation"]
    empty = client.post("/resume/analyze", json={"resume_text": "Python"}, headers=user.headers)
    assert empty.status_code == 422


def test_stats_prep_and_notification_settings(client: TestClient) -> None:
    user = signed_in(client)
    job = add_job(client, user, status="applied", job_description=POSTING)
    funnel = client.get("/stats", headers=user.headers).json()["funnel"]
    assert funnel[0] == funnel[0] | {"step": "applied", "reached": 1}
    assert {"step", "reached", "conversion"} <= set(funnel[0])
    questions = client.get(f"/jobs/{job['id']}/prep", headers=user.headers).json()
    assert any("Kubernetes" in q["text"] or q["skill"] == "kubernetes" for q in questions)
    prefs = client.get("/me/notifications", headers=user.headers).json()
    prefs["kinds"]["deadline"] = "off"
    saved = client.put("/me/notifications", json=prefs, headers=user.headers)
    assert saved.status_code == 200 and saved.json()["kinds"]["deadline"] == "off"
    bad = client.put(
        "/me/notifications", json=prefs | {"timezone": "Mars/Base"}, headers=user.headers
    )
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "timezone"


def test_one_click_unsubscribe(client: TestClient, settings: Settings) -> None:
    user = signed_in(client)
    user_id = client.get("/me", headers=user.headers).json()["id"]
    token = unsubscribe_link_token(settings, user_id, "interview")
    form = {"List-Unsubscribe": "One-Click"}
    done = client.post("/unsubscribe", params={"token": token}, data=form)
    assert done.status_code == 200
    prefs = client.get("/me/notifications", headers=user.headers).json()
    assert prefs["kinds"]["interview"] == "off"
    assert client.post("/unsubscribe", params={"token": "forged"}, data=form).status_code == 404


def _owned_rows(db: Engine, user_id: str) -> dict[str, int]:
    with system_session(db) as session:
        counts = {
            table: session.execute(
                text(f"select count(*) from {table} where user_id = :u"), {"u": user_id}
            ).scalar_one()
            for table in USER_TABLES
        }
        counts["users"] = session.execute(
            text("select count(*) from users where id = :u"), {"u": user_id}
        ).scalar_one()
    return counts


def test_delete_me_removes_every_row_and_vector_of_the_user_only(
    client: TestClient, db: Engine, vectors: RecordingVectors
) -> None:
    user, other = signed_in(client), signed_in(client)
    job = add_job(client, user, job_description=POSTING)
    client.put(
        f"/applications/{job['id']}/status", json={"status": "applied"}, headers=user.headers
    )
    rid = client.post("/resumes", files={"file": ("cv.txt", CV)}, headers=user.headers).json()["id"]
    client.post(
        "/resume/analyze",
        json={"resume_id": rid, "application_id": job["id"]},
        headers=user.headers,
    )
    add_job(client, other)
    user_id = client.get("/me", headers=user.headers).json()["id"]
    other_id = client.get("/me", headers=other.headers).json()["id"]
    assert _owned_rows(db, user_id)["analyses"] == 1
    wrong = client.request(
        "DELETE", "/me", json={"confirm": "someone@else.com"}, headers=user.headers
    )
    assert wrong.status_code == 422 and wrong.json()["errors"][0]["field"] == "confirm"
    gone = client.request(
        "DELETE", "/me", json={"confirm": user.email.upper()}, headers=user.headers
    )
    assert gone.status_code == 200
    assert gone.json() == {
        "data_deleted": True,
        "sign_in_deleted": True,
        "detail": "Your account and everything in it were deleted.",
    }
    assert set(_owned_rows(db, user_id).values()) == {0}
    assert _owned_rows(db, other_id)["applications"] == 1
    assert ("application_deleted", user_id, job["id"]) in vectors.calls
    assert ("resume_deleted", user_id, rid) in vectors.calls
    assert client.get("/me", headers=user.headers).status_code == 401
    login = {"email": user.email, "password": PASSWORD}
    assert client.post("/auth/login", json=login).status_code == 401
    refresh = client.post("/auth/refresh", json={"refresh_token": user.refresh_token})
    assert refresh.status_code == 401


@pytest.mark.parametrize("origin_setting", ["", "https://app.example.com"])
def test_cors_only_when_configured(engine: Engine, settings: Settings, origin_setting: str) -> None:
    from tests.support.api import api_client

    configured = settings.model_copy(update={"API_CORS_ORIGINS": origin_setting})
    with api_client(engine, configured) as client:
        response = client.options(
            "/jobs",
            headers={"Origin": "https://app.example.com", "Access-Control-Request-Method": "GET"},
        )
    allowed = response.headers.get("access-control-allow-origin")
    assert allowed == (origin_setting or None)

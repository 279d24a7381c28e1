"""Another user's ids are simply not there: 404 on every endpoint that takes an id."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.support.api import add_job, signed_in

RESUME = ("cv.txt", b"Python developer with SQL and Docker experience")


def test_user_b_gets_404_for_every_id_of_user_a(client: TestClient) -> None:
    alice, bob = signed_in(client), signed_in(client)
    job = add_job(client, alice, job_description="We need Python and SQL.")
    jid = job["id"]
    rid = client.post("/resumes", files={"file": RESUME}, headers=alice.headers).json()["id"]
    attempts = {
        "get job": client.get(f"/jobs/{jid}", headers=bob.headers),
        "patch job": client.patch(
            f"/jobs/{jid}", json={"version": 1, "notes": "x"}, headers=bob.headers
        ),
        "delete job": client.delete(f"/jobs/{jid}", headers=bob.headers),
        "history": client.get(f"/jobs/{jid}/history", headers=bob.headers),
        "prep": client.get(f"/jobs/{jid}/prep", headers=bob.headers),
        "status": client.put(
            f"/applications/{jid}/status", json={"status": "offer"}, headers=bob.headers
        ),
        "get resume": client.get(f"/resumes/{rid}", headers=bob.headers),
        "delete resume": client.delete(f"/resumes/{rid}", headers=bob.headers),
        "analyze resume_id": client.post(
            "/resume/analyze",
            json={"resume_id": rid, "job_description": "Python"},
            headers=bob.headers,
        ),
        "analyze application_id": client.post(
            "/resume/analyze",
            json={"resume_text": "Python", "application_id": jid},
            headers=bob.headers,
        ),
    }
    assert {name: r.status_code for name, r in attempts.items()} == dict.fromkeys(attempts, 404)
    assert all(r.headers["content-type"] == "application/problem+json" for r in attempts.values())
    # Nothing of Alice's changed, and Bob's lists stay empty.
    after = client.get(f"/jobs/{jid}", headers=alice.headers).json()
    assert (after["status"], after["version"], after["notes"]) == ("saved", 1, "")
    assert client.get(f"/resumes/{rid}", headers=alice.headers).status_code == 200
    assert client.get("/jobs", headers=bob.headers).json()["total"] == 0
    assert client.get("/resumes", headers=bob.headers).json() == []

"""A new user signs up, adds an application, reloads and is still signed in."""

import pytest

pytestmark = pytest.mark.browser


def test_sign_up_add_application_reload_still_signed_in(app_url: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(app_url)
    page.get_by_role("tab", name="Create account").click()
    panel = page.get_by_role("tabpanel", name="Create account")
    panel.get_by_label("Name").fill("Ada Lovelace")
    panel.get_by_label("Email").fill("ada@example.com")
    panel.get_by_label("Password", exact=True).fill("s3cret-pass")
    panel.get_by_label("Repeat password").fill("s3cret-pass")
    panel.get_by_role("button", name="Create account").click()

    page.get_by_role("heading", name="Board").wait_for()
    page.get_by_label("Company").fill("Acme Corp")
    page.get_by_label("Position").fill("Data Engineer")
    page.get_by_role("button", name="Add application").click()
    page.get_by_text("Saved Acme Corp: Data Engineer.").wait_for()
    page.get_by_text("Acme Corp").first.wait_for()

    page.reload()
    page.get_by_role("heading", name="Board").wait_for()
    assert page.get_by_text("Signed in as Ada Lovelace (ada@example.com)").is_visible()
    page.get_by_text("Acme Corp").first.wait_for()

    page.get_by_role("button", name="Log out").first.click()
    page.get_by_role("tab", name="Log in").wait_for()
    page.reload()
    page.get_by_role("tab", name="Log in").wait_for()
    assert page.get_by_role("heading", name="Board").count() == 0

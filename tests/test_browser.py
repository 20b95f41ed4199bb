"""The page in a real headless Chromium: paste, draft, check, download the .eml."""

from __future__ import annotations

import email
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from email import policy
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
NOTES = """\
mtg w/ Tomás Reyes (eng mgr) @ Parcelly - backend eng role, thurs 10am
- their webhook retries pile up during carrier outages, want idempotent consumer
- asked abt my kafka work at Lattice, the dedupe by event id
- next: he'll set up system design w/ Anna next week
Lena Hart  lena.hart@fastmail.com  (503) 555-0187
"""

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists() and not os.environ.get("CI"),
        reason="needs /usr/bin/chromium (apt-get install chromium); required in CI",
    ),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_healthy(url: str, server: subprocess.Popen[bytes], deadline: float) -> None:
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {server.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"streamlit did not answer at {url} in time")


@contextmanager
def streamlit_app(profile_dir: Path, timeout: float = 60) -> Iterator[str]:
    """`streamlit run app.py` on a free port, offline engine, a throwaway profile."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "FOLLOWUP_"))}
    env.update(FOLLOWUP_PROFILE_PATH=str(profile_dir / "profile.json"), FOLLOWUP_ENGINE="offline")
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
    ]
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, server, time.monotonic() + timeout)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


@contextmanager
def chromium_page() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 2600}, accept_downloads=True)
            yield context.new_page()
        finally:
            browser.close()


def paste_notes(page: Any, notes: str) -> None:
    """Fills the notes and commits them (Streamlit sends a text area's value on Ctrl+Enter)."""
    box = page.get_by_label("Interview notes")
    box.fill(notes)
    box.press("Control+Enter")
    page.wait_for_timeout(150)


def click_draft(page: Any) -> None:
    page.get_by_role("button", name="Draft thank-you emails").click()
    # "Ready to send" renders after the heading, the tab, the body and its checklist.
    page.get_by_text("Ready to send. Copy it").wait_for(timeout=30_000)


def test_paste_draft_check_and_download_in_chromium(tmp_path: Path) -> None:
    errors: list[str] = []
    with streamlit_app(tmp_path) as url, chromium_page() as page:
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(url)
        page.get_by_label("Interview notes").wait_for(timeout=30_000)
        paste_notes(page, NOTES)
        click_draft(page)

        assert page.get_by_text("Sending to: Tomás Reyes").is_visible()
        # The body fills in after the tab renders; on a loaded machine that can lag the heading.
        from playwright.sync_api import expect

        expect(page.get_by_label("Body")).to_have_value(re.compile(r"^(Hello|Hi) Tomás,"), timeout=30_000)
        body = page.get_by_label("Body").input_value()
        assert body.startswith("Hello Tomás,") or body.startswith("Hi Tomás,"), body
        checklist = page.locator('[data-testid="stMarkdownContainer"]').filter(has_text="✓")
        assert checklist.count() == 12
        assert page.get_by_text("✗").count() == 0
        assert page.get_by_text("Ready to send. Copy it").is_visible()
        assert page.locator('[data-testid="stException"]').count() == 0

        with page.expect_download() as download:
            page.get_by_role("button", name="Download .eml").click()
        saved = tmp_path / download.value.suggested_filename
        download.value.save_as(saved)
        message = email.message_from_bytes(saved.read_bytes(), policy=policy.default)
        assert message["Subject"] == page.get_by_label("Subject").input_value()
        assert message["From"].addresses[0].addr_spec == "lena.hart@fastmail.com"
        assert message.get_content().replace("\r\n", "\n").strip() == body.strip()

        mailto = page.get_by_role("link", name="Open in mail app").get_attribute("href")
        assert mailto is not None and mailto.startswith("mailto:?subject=")
        # Nothing from the notes became a link (GFM autolinks emails and URLs in markdown).
        links = page.locator('[data-testid="stMain"] a').evaluate_all("as => as.map(a => a.href)")
        assert [href for href in links if not href.startswith("mailto:")] == [], links
        assert len(links) == 1

        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.evaluate("() => document.querySelectorAll('*').forEach(el => { el.scrollTop = 0; })")
        page.screenshot(path=str(ARTIFACTS / "page.png"), full_page=True)
    # Streamlit logs a harmless favicon/manifest miss on some setups; anything else is a bug.
    assert not [e for e in errors if "favicon" not in e and "manifest" not in e], errors

"""The page through streamlit.testing.v1.AppTest, and the helpers in followup.page."""

from __future__ import annotations

import email
import json
import re
import socket
import stat
from email import policy
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from pydantic import SecretStr
from streamlit.testing.v1 import AppTest

from followup import page
from followup.models import Candidate, Draft, Recipient
from followup.service import DraftOptions, draft_offline
from llm_stub import StubServer
from test_llm import GOOD, extract_reply
from test_llm import NOTES as LLM_NOTES

APP = str(Path(__file__).resolve().parents[1] / "app.py")
TIMEOUT = 30

SHORTHAND = """\
mtg w/ Tomás Reyes (eng mgr) @ Parcelly - backend eng role, thurs 10am
- their webhook retries pile up during carrier outages, want idempotent consumer
- asked abt my kafka work at Lattice, the dedupe by event id
- next: he'll set up system design w/ Anna next week
Lena Hart  lena.hart@fastmail.com  (503) 555-0187
"""
NO_PHONE = SHORTHAND.replace("  (503) 555-0187", "")
PANEL = """\
Panel interview at Riverside General - ICU Registered Nurse, Tue 2pm
Ruth Abebe (charge nurse) asked about telemetry alarms and alarm fatigue on nights
Omar Haddad (unit manager) described their new bedside shift report rollout
- I talked about my telemetry experience on the cardiac step-down unit
- I precepted new graduate nurses for two years
- next: shadow shift next week, Omar will email dates
Dana Kim  dana.kim@example.com  (415) 555-0142
"""
SCRIPT = "<script>alert('x')</script>"


@pytest.fixture(autouse=True)
def page_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A temp profile, no developer .env, and the offline engine unless a test says otherwise."""
    profile = tmp_path / "config" / "profile.json"
    monkeypatch.setenv(page.PROFILE_ENV, str(profile))
    monkeypatch.chdir(tmp_path)
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "FOLLOWUP_ENGINE", "FOLLOWUP_MODEL"):
        monkeypatch.delenv(name, raising=False)
    return profile


def drafted(notes: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    at.text_area(key="notes").input(notes)
    at.button(key="draft").click().run()
    assert not at.exception
    return at


def bodies(at: AppTest) -> list[str]:
    return [str(w.value) for w in at.text_area if str(w.key).startswith("body-")]


def checklist(at: AppTest) -> list[str]:
    return [str(m.value) for m in at.markdown if re.match(r":\w+\[[✓✗]\]", str(m.value))]


def markdown_texts(at: AppTest) -> list[str]:
    kinds = ("markdown", "caption", "subheader", "info", "warning", "error", "success", "title")
    return [str(e.value) for kind in kinds for e in getattr(at, kind)]


# ------------------------------------------------------------------ the page


def test_offline_draft_greets_the_interviewer() -> None:
    at = drafted(SHORTHAND)
    assert [t.label for t in at.tabs] == ["Tomás Reyes"]
    assert at.subheader[0].value == "Sending to: Tomás Reyes"
    (body,) = bodies(at)
    assert re.match(r"(Hi|Hello|Dear) Tomás,", body)
    rows = checklist(at)
    assert len(rows) == 12 and all(row.startswith(":green[✓]") for row in rows)
    assert at.code[0].value == body  # shown as final, with st.code's copy button
    assert at.get("download_button") and at.get("link_button")
    assert "Send by" in at.info[0].value or "send it now" in at.info[0].value


def test_a_panel_gets_one_tab_per_person() -> None:
    at = drafted(PANEL)
    assert [t.label for t in at.tabs] == ["Ruth Abebe", "Omar Haddad"]
    ruth, omar = bodies(at)
    assert "Ruth," in ruth.splitlines()[0] and "Omar" not in ruth.splitlines()[0]
    assert "Omar," in omar.splitlines()[0] and "Ruth" not in omar.splitlines()[0]
    assert ruth != omar
    assert len(at.code) == 2


def test_a_missing_phone_is_asked_for_and_the_draft_completes(page_env: Path) -> None:
    at = drafted(NO_PHONE)
    assert any("Not ready to send" in e.value for e in at.error)
    assert not at.code  # a draft failing a required check is not shown as final
    ask = at.text_input(key="ask-1-phone")
    assert "phone" in ask.label
    ask.input("(503) 555-0187").run()
    assert not at.exception
    assert not at.error
    (body,) = bodies(at)
    assert "(503) 555-0187" in body
    assert at.code[0].value == body
    assert all(row.startswith(":green[✓]") for row in checklist(at))
    assert json.loads(page_env.read_text())["phone"] == "(503) 555-0187"  # remembered


def test_an_edit_that_drops_the_phone_turns_the_contact_check_red() -> None:
    at = drafted(SHORTHAND)
    widget = next(w for w in at.text_area if str(w.key).startswith("body-"))
    widget.input(str(widget.value).replace("(503) 555-0187", "")).run()
    contact = next(row for row in checklist(at) if "Phone and email" in row)
    assert contact.startswith(":red[✗]")
    assert any("Not ready to send" in e.value for e in at.error)
    assert not at.code and not at.get("download_button")


def test_changing_a_fact_redrafts() -> None:
    at = drafted(SHORTHAND)
    at.text_input(key="fact-1-co").input("Parcelly Logistics").run()
    assert not at.exception
    (body,) = bodies(at)
    assert "Parcelly Logistics" in body


def test_an_llm_failure_shows_the_offline_draft_and_keeps_the_notes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{port}/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")
    monkeypatch.setenv("FOLLOWUP_ENGINE", "llm")
    monkeypatch.setenv("FOLLOWUP_MAX_RETRIES", "0")
    monkeypatch.setenv("FOLLOWUP_TIMEOUT", "10")
    at = drafted(SHORTHAND)
    assert any("Showing the offline draft instead" in w.value for w in at.warning)
    assert at.text_area(key="notes").value == SHORTHAND
    (body,) = bodies(at)
    assert "Tomás," in body.splitlines()[0]
    assert at.status and at.status[0].label.startswith("The model failed")


def test_the_llm_engine_streams_into_a_status_and_shows_the_checked_draft(llm_env: StubServer) -> None:
    llm_env.enqueue(extract_reply(), GOOD)
    at = drafted(LLM_NOTES)
    assert at.status[0].label == "Drafted and checked"
    assert any(str(t.value).startswith("To Priya Raman:") for t in at.status[0].text)  # the streamed text
    (body,) = bodies(at)
    assert body.startswith("Hi Priya,") and at.code[0].value == body
    assert not any("offline draft" in w.value for w in at.warning)
    assert len(llm_env.requests) == 2
    # Editing a fact re-drafts offline from the edited facts (no new model call).
    at.text_input(key="fact-1-role").input("Staff Data Engineer").run()
    assert "Staff Data Engineer" in bodies(at)[0] and len(llm_env.requests) == 2


def test_empty_notes_say_what_to_do_and_keep_the_last_draft() -> None:
    at = drafted(SHORTHAND)
    at.text_area(key="notes").input("   ")
    at.button(key="draft").click().run()
    assert any("notes are empty" in e.value for e in at.error)
    assert bodies(at)  # the previous drafts stay


def test_script_in_notes_is_shown_as_text() -> None:
    at = drafted(SHORTHAND + SCRIPT + "\n")
    assert at.text_area(key="notes").value.endswith(SCRIPT + "\n")
    assert any(t.value == SCRIPT for t in at.text)  # the left-out line, as plain text
    assert not at.get("html")
    for text in markdown_texts(at):
        assert not re.search(r"(?<!\\)<", text), text
    assert all("<script" not in body for body in bodies(at))


def test_the_profile_is_remembered_between_visits(page_env: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    at.text_input(key="me_name").input("Lena Hart")
    at.text_input(key="me_email").input("lena.hart@fastmail.com")
    at.text_area(key="notes").input(SHORTHAND)
    at.button(key="draft").click().run()
    assert json.loads(page_env.read_text())["email"] == "lena.hart@fastmail.com"
    again = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert again.text_input(key="me_name").value == "Lena Hart"


def test_a_typed_key_is_held_as_a_secret_and_cleared() -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    at.sidebar.text_input(key="key_entry").input("sk-typed-secret").run()
    assert at.sidebar.text_input(key="key_entry").value == ""
    held = at.session_state["api_key"]
    assert isinstance(held, SecretStr) and held.get_secret_value() == "sk-typed-secret"
    assert "sk-typed-secret" not in repr(held)


def test_notes_profile_and_drafts_survive_a_visit_to_another_page(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("FOLLOWUP_DATABASE_URL", f"sqlite:///{tmp_path / 'page.db'}")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    at.text_input(key="me_name").input("Lena Hart")
    at.select_slider(key="length").set_value("short")
    at.text_area(key="notes").input(PANEL)
    at.button(key="draft").click().run()
    at.text_input(key="fact-1-co").input("Riverside General Hospital").run()
    ruth = next(w for w in at.text_area if w.key == "body-1-0")
    ruth.input(str(ruth.value) + "\nP.S. I loved the unit tour.").run()
    before = bodies(at)

    at.switch_page("ui/interviews.py").run()
    assert not at.exception and not bodies(at)  # the Draft page's widgets are gone here
    at.switch_page("ui/draft.py").run()

    assert not at.exception
    assert at.text_area(key="notes").value == PANEL
    assert at.text_input(key="me_name").value == "Lena Hart"
    assert at.select_slider(key="length").value == "short"
    assert at.text_input(key="fact-1-co").value == "Riverside General Hospital"
    assert bodies(at) == before and before[0].endswith("P.S. I loved the unit tour.")
    assert [t.label for t in at.tabs] == ["Ruth Abebe", "Omar Haddad"]


def test_a_fact_edit_keeps_hand_edits_and_offers_the_redraft_with_undo() -> None:
    at = drafted(SHORTHAND)
    body = at.text_area(key="body-1-0")
    mine = str(body.value).replace("Thank you", "Thanks so much", 1)
    assert mine != body.value
    body.input(mine).run()
    at.text_input(key="fact-1-co").input("Parcelly Logistics").run()

    assert not at.exception
    assert bodies(at) == [mine]  # same recipient: the hand edit is kept ...
    assert any("edited the draft to Tomás Reyes by hand" in w.value for w in at.warning)  # ... and said so
    at.button(key="use-new-1-0").click().run()
    (redraft,) = bodies(at)
    assert "Parcelly Logistics" in redraft and "Thanks so much" not in redraft
    assert any("replaced your edits to the draft to Tomás Reyes" in w.value for w in at.warning)
    at.button(key="undo-1-0").click().run()
    assert bodies(at) == [mine]
    assert not any("edits" in w.value for w in at.warning)


def test_renaming_the_recipient_warns_that_edits_were_replaced_with_one_click_undo() -> None:
    at = drafted(SHORTHAND)
    body = at.text_area(key="body-1-0")
    mine = str(body.value) + "\nP.S. See you soon."
    body.input(mine).run()
    at.text_input(key="fact-1-0n").input("Tomas Reyes").run()

    (redraft,) = bodies(at)
    assert redraft.startswith(("Hi Tomas,", "Hello Tomas,")) and "P.S." not in redraft
    assert any("Re-drafting replaced your edits to the draft to Tomas Reyes" in w.value for w in at.warning)
    at.button(key="undo-1-0").click().run()
    assert bodies(at) == [mine]


def test_leave_my_phone_out_is_remembered_and_the_draft_passes_the_contact_check(page_env: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    at.checkbox(key="me_no_phone").check()
    at.text_area(key="notes").input(NO_PHONE)
    at.button(key="draft").click().run()

    assert not at.exception
    assert not [w for w in at.text_input if str(w.key).endswith("-phone")]  # no one asks for a phone
    contact = next(row for row in checklist(at) if "Phone and email" in row)
    assert contact.startswith(":green[✓]"), contact
    assert all(row.startswith(":green[✓]") for row in checklist(at))
    (body,) = bodies(at)
    assert "lena.hart@fastmail.com" in body and at.code[0].value == body
    assert json.loads(page_env.read_text())["no_phone"] is True
    again = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert again.checkbox(key="me_no_phone").value is True


def test_every_page_word_renders() -> None:
    words = page.page_words()
    assert {"app", "sidebar", "inputs", "facts", "drafts", "evals", "interviews", "review"} <= words.keys()
    for section, entries in words.items():
        for key in entries:
            name = f"{section}.{key}"
            values = {v: f"<{v}>" for v in page.PAGE_PLACEHOLDERS.get(name, set())}
            text = page.say(name, **values)
            assert text.strip() and "{" not in text, name
            assert all(f"<{v}>" in text for v in values), name
    assert set(page.STEPS) == {"extracting", "drafting", "checking", "repairing"}
    assert set(words["lengths"]) == set(page.LENGTHS) and set(words["tones"]) == set(page.TONES)


def test_a_page_word_with_an_unknown_placeholder_fails_at_load(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = {"drafts": {"ready": "Ready for {nobody}"}}
    monkeypatch.setattr(page, "load_toml", lambda name: broken)
    page.page_words.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="nobody"):
            page.page_words()
    finally:
        monkeypatch.undo()
        page.page_words.cache_clear()


def test_reconcile_follows_redrafts_and_keeps_hand_edits() -> None:
    first = _draft(body="Hi Priya,\n\nThanks.\n")
    second = _draft(body="Hi Priya,\n\nThanks, Acme.\n")
    slot, text, notice = page.reconcile(None, first, None)
    assert text == (first.subject, first.body) and notice is None
    # untouched: follows the re-draft
    _, text, notice = page.reconcile(slot, second, text)
    assert text == (second.subject, second.body) and notice is None
    # hand-edited, same recipient: kept, and said so on every rerun until the person chooses
    mine = (first.subject, "Hi Priya,\n\nMine.\n")
    kept, text, notice = page.reconcile(slot, second, mine)
    assert (text, notice) == (mine, "kept") and kept == slot
    # hand-edited, recipient renamed: the re-draft wins and the edits wait for undo
    renamed = _draft(name="Priya Ramen", body="Hi Priya,\n\nRenamed.\n")
    moved, text, notice = page.reconcile(slot, renamed, mine)
    assert text == (renamed.subject, renamed.body) and notice == "replaced" and moved.undo == mine
    assert page.reconcile(moved, renamed, text)[2] == "replaced"
    assert page.reconcile(moved, renamed, ("x", "typed since"))[0].undo is None


def test_carry_restores_a_dropped_widget_value() -> None:
    state: dict[str, object] = {}
    page.carry(state, "notes", "")
    state["notes"] = "typed"
    page.carry(state, "notes", "")  # a rerun on the page: the copy follows the widget
    del state["notes"]  # Streamlit dropped it on another page
    page.carry(state, "notes", "")
    assert state["notes"] == "typed"
    page.forget(state, ("notes",))
    del state["notes"]
    page.carry(state, "notes", "default")
    assert state["notes"] == "default"


# ------------------------------------------------------------------ helpers


def _draft(
    name: str = "Priya Raman",
    email_: str | None = "priya@acme.example",
    subject: str = "Thank you",
    body: str = "Hi Priya,\n\nThanks.\n",
) -> Draft:
    return Draft(to=Recipient(name=name, email=email_), subject=subject, body=body)


def test_eml_headers_cannot_be_injected() -> None:
    draft = _draft(name="Priya\r\nBcc: x@y", subject="Thanks\r\nBcc: evil@y\nX-Evil: 1")
    sender = Candidate(name="Lena\nCc: z@z", email="lena@example.com")
    raw = page.build_eml(draft, sender)
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg.get_all("Bcc") is None and msg.get_all("Cc") is None and msg["X-Evil"] is None
    assert len(msg.get_all("To")) == 1 and len(msg.get_all("Subject")) == 1
    assert msg["To"].addresses[0].addr_spec == "priya@acme.example"
    assert "Bcc" in msg["To"].addresses[0].display_name  # kept as text inside the one header
    assert "\n" not in str(msg["Subject"])


def test_eml_round_trips_through_the_email_package() -> None:
    draft = _draft(name="Tomás Reyes", body="Hello Tomás,\n\nThank you — really.\n")
    msg = email.message_from_bytes(
        page.build_eml(draft, Candidate(name="Lena Hart", email="lena@example.com")),
        policy=policy.default,
    )
    assert msg["To"].addresses[0].display_name == "Tomás Reyes"
    assert msg["From"].addresses[0].addr_spec == "lena@example.com"
    assert msg["X-Unsent"] == "1"
    assert msg.get_content().replace("\r\n", "\n") == "Hello Tomás,\n\nThank you — really.\n"


def test_eml_leaves_out_a_bad_address() -> None:
    msg = email.message_from_bytes(
        page.build_eml(_draft(email_="a@b.com\r\nBcc: x@y"), Candidate()), policy=policy.default
    )
    assert msg["To"] is None and msg["Bcc"] is None


def test_mailto_encodes_to_subject_and_body() -> None:
    link = page.mailto_link(_draft(subject="Thanks & next steps?", body="Hi Priya,\n\n100% yes #1\n"))
    parts = urlsplit(link)
    assert parts.scheme == "mailto" and unquote(parts.path) == "priya@acme.example"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Thanks & next steps?"]
    assert query["body"] == ["Hi Priya,\r\n\r\n100% yes #1"]
    assert "%0D%0A" in link and " " not in link and "#" not in link


def test_mailto_drops_an_address_that_would_add_fields() -> None:
    link = page.mailto_link(_draft(email_="priya@acme.example?bcc=x@y"))
    assert link.startswith("mailto:?subject=")
    assert parse_qs(urlsplit(link).query).keys() == {"subject", "body"}


def test_plain_md_neutralises_markdown() -> None:
    text = "[click](javascript:alert(1)) **bold** :red[x] $x$ <b>hi</b>\n# head"
    escaped = page.plain_md(text)
    assert not re.search(r"(?<!\\)[\[\]()*:$<>#]", escaped)
    assert "\n" not in escaped


def test_unchanged_fact_edits_keep_the_facts_and_sources() -> None:
    result = draft_offline(SHORTHAND, DraftOptions())
    facts = result.facts
    edits = page.FactEdits(
        company=facts.company.value if facts.company else "",
        role=facts.role.value if facts.role else "",
        interview_time=page.naive(facts.interview_time),
        people=[
            page.PersonEdit(p.name, p.title or "", p.email or "", page.as_lines(p.topics)) for p in facts.interviewers
        ],
        topics=page.as_lines(facts.topics),
        skills=page.as_lines(facts.skills),
        next_steps=page.as_lines(facts.next_steps),
    )
    assert page.edit_facts(facts, edits) == facts
    edits.skills += "\nGo services at scale"
    edited = page.edit_facts(facts, edits)
    assert edited.skills[0] == facts.skills[0]
    assert edited.skills[1].value == "Go services at scale" and edited.skills[1].source == ""


def test_profile_round_trip_is_private(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "profile.json"
    page.save_profile(Candidate(name="Lena Hart", email="lena@example.com"), path)
    assert page.load_profile(path) == Candidate(name="Lena Hart", email="lena@example.com")
    page.save_profile(Candidate(name="Lena Hart", email="lena@example.com", no_phone=True), path)
    assert page.load_profile(path).no_phone is True
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.write_text("{not json")
    assert page.load_profile(path) == Candidate()


def test_profile_path_honours_the_env(page_env: Path) -> None:
    assert page.profile_path() == page_env


def test_page_settings_sit_on_top_of_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWUP_MODEL", "env-model")
    env, problem = page.env_settings()
    assert problem is None
    chosen = page.build_settings(env, "llm", " http://127.0.0.1:9/v1 ", "", SecretStr("sk-very-secret"))
    assert (chosen.engine, chosen.openai_base_url, chosen.model) == ("llm", "http://127.0.0.1:9/v1", "env-model")
    assert chosen.resolved_engine() == "llm" and "sk-very-secret" not in repr(chosen)


def test_invalid_environment_settings_are_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWUP_TIMEOUT", "soon")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert not at.exception
    assert "FOLLOWUP_TIMEOUT" in at.sidebar.error[0].value


def test_key_precedence() -> None:
    typed = SecretStr("typed")
    assert page.api_key_from(typed, {"OPENAI_API_KEY": "from-secrets"}) is typed
    secret = page.api_key_from(None, {"OPENAI_API_KEY": "from-secrets"})
    assert secret is not None and secret.get_secret_value() == "from-secrets"
    assert page.api_key_from(None, {}) is None


def test_live_drafts_recheck_only_when_edited() -> None:
    result = draft_offline(SHORTHAND, DraftOptions())
    options_json = DraftOptions().model_dump_json()
    untouched = [(d.subject, d.body) for d in result.drafts]
    assert page.live_drafts(result, untouched, SHORTHAND, options_json) is result.drafts
    edited = [(subject, body.replace("(503) 555-0187", "")) for subject, body in untouched]
    (draft,) = page.live_drafts(result, edited, SHORTHAND, options_json)
    assert not draft.ok and [c.id for c in draft.failures] == ["contact"]


def test_checklist_line_escapes_the_fix_message() -> None:
    row = page.ChecklistRow(ok=False, required=True, title="Phone and email", message="[x](http://e.co) a@b.co")
    line = page.checklist_line(row)
    assert line.startswith(":red[✗] **Phone and email**: ")
    message = line.split(": ", 1)[1]
    assert not re.search(r"(?<!\\)[\[\]():]", message) and "@\u2060" in message

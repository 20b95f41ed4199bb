"""The Interviews page: every saved interview, its deadline, and the check-in when it is time.

Layout and widgets only; logic lives in followup.store, followup.tracker and
followup.checkin. Notes, names and drafts are shown as plain text (text areas,
st.text) or through `page.plain_md`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

import streamlit as st

from followup import page
from followup.checkin import CheckinRefused, checkin_titles, draft_checkin, recheck
from followup.models import Draft
from followup.page import say
from followup.prompts import load_toml
from followup.store import repo
from followup.store.db import Store, open_store
from followup.store.records import InterviewSummary
from followup.tracker import due_state
from followup.validate import check_drafts

ss = st.session_state
WORDS = load_toml("checkin.toml")["page"]
COLORS = {"send": "orange", "overdue": "red", "check_in": "violet", "waiting": "gray", "done": "gray"}
PAGE_SIZE = 30


def clock() -> datetime:  # a pinned clock ("a week later") for tests and demos
    now = ss.get("interviews_now")
    return now if isinstance(now, datetime) else datetime.now().astimezone()


def act(do: Callable[..., object], *args: object) -> None:  # a callback: Streamlit wants None back
    do(*args)


def export_json(store: Store, interview_id: int | None = None) -> str:
    data = repo.export_all(store) if interview_id is None else repo.export_interview(store, interview_id)
    return json.dumps(data, ensure_ascii=False, indent=2)


def save_edits(store: Store, interview_id: int, keys: list[str]) -> None:
    saved = repo.get_interview(store, interview_id)
    notes = ss[f"notes-{interview_id}"]
    drafts = [
        m.draft.model_copy(update={"subject": ss[f"s-{k}"], "body": ss[f"b-{k}"]})
        for m, k in zip(saved.of_kind("thanks"), keys, strict=True)
    ]
    repo.update_drafts(store, interview_id, notes, check_drafts(drafts, saved.facts, notes))


def reopened(store: Store, s: InterviewSummary) -> None:
    saved = repo.get_interview(store, s.id)
    st.text_area(say("interviews.notes"), saved.notes, key=f"notes-{s.id}", height=160)
    keys = [f"{s.id}-{m.id}" for m in saved.of_kind("thanks")]
    for message, key in zip(saved.of_kind("thanks"), keys, strict=True):
        st.text_input(
            say("interviews.subject_to", name=page.plain_md(message.draft.to.name)),
            message.draft.subject,
            key=f"s-{key}",
        )
        st.text_area(
            say("interviews.body_to", name=page.plain_md(message.draft.to.name)),
            message.draft.body,
            key=f"b-{key}",
            height=260,
        )
        for row in page.checklist_rows(message.draft.checks):
            st.markdown(page.checklist_line(row))
    save, export, delete = st.columns(3)
    save.button(say("interviews.save_edits"), key=f"save-{s.id}", on_click=save_edits, args=(store, s.id, keys))
    export.download_button(
        say("interviews.export"), lambda: export_json(store, s.id), f"interview-{s.id}.json", key=f"x-{s.id}"
    )
    if delete.checkbox(say("interviews.delete_confirm"), key=f"confirm-{s.id}"):
        delete.button(
            say("interviews.delete"),
            key=f"del-{s.id}",
            type="primary",
            on_click=act,
            args=(repo.delete_interview, store, s.id),
        )


def checkin_panel(store: Store, s: InterviewSummary, now: datetime) -> None:
    saved = repo.get_interview(store, s.id)
    try:
        checkin = draft_checkin(saved)
    except CheckinRefused as refusal:
        st.info(page.plain_md(str(refusal)))
        return
    key = f"ci-{s.id}-{s.checkins_sent}"
    subject = st.text_input(say("interviews.checkin_subject"), checkin.draft.subject, key=f"{key}-s")
    body = st.text_area(say("interviews.checkin_body"), checkin.draft.body, key=f"{key}-b", height=260)
    draft: Draft = recheck(saved, checkin.draft.model_copy(update={"subject": subject, "body": body}))
    titles = checkin_titles()
    for check in draft.checks:
        st.markdown(page.checklist_line(page.ChecklistRow(check.ok, check.required, titles[check.id], check.message)))
    if draft.ok:
        args = (store, s.id, draft, now)
        st.button(
            say("interviews.checkin_sent"), key=f"{key}-sent", on_click=act, args=(repo.record_checkin_sent, *args)
        )


def interview_row(store: Store, s: InterviewSummary, now: datetime) -> None:
    due = due_state(s, now)
    with st.container(border=True):
        about, status, action = st.columns([4, 2, 2])
        company = page.plain_md(s.company or say("interviews.company_unknown"))
        about.markdown(f"**{company}** · {page.plain_md(s.role or say('interviews.role_unknown'))}")
        about.caption(page.plain_md(", ".join(s.people) or say("interviews.people_unknown")))
        status.markdown(f"{s.status} :{COLORS.get(due.kind, 'gray')}-badge[{page.plain_md(due.badge)}]")
        if s.status == "drafted":
            action.button(
                say("interviews.mark_sent"), key=f"sent-{s.id}", on_click=act, args=(repo.mark_sent, store, s.id, now)
            )
        if action.toggle(say("interviews.open"), key=f"open-{s.id}"):
            reopened(store, s)
        if due.kind == "check_in":
            checkin_panel(store, s, now)


def interviews_page() -> None:
    st.title(WORDS["title"], anchor=False)
    try:
        store = open_store()
        rows = repo.list_interviews(store)
    except Exception as error:  # no traceback on the page: one sentence to act on
        st.error(page.plain_md(str(WORDS["store_error"]).format(reason=type(error).__name__)))
        return
    if not rows:
        st.info(WORDS["empty"])
        return
    now = clock()
    rows.sort(key=lambda s: not due_state(s, now).now)  # what needs doing first; stable otherwise
    shown = ss.setdefault("interviews_shown", PAGE_SIZE)
    for summary in rows[:shown]:
        interview_row(store, summary, now)
    if len(rows) > shown:
        st.button(say("interviews.show_more"), on_click=lambda: ss.update(interviews_shown=shown + PAGE_SIZE))
    left, right = st.columns(2)
    left.download_button(say("interviews.export_all"), lambda: export_json(store), "interviews.json", key="export-all")
    if right.checkbox(say("interviews.delete_all_confirm"), key="confirm-all"):
        right.button(
            say("interviews.delete_all"),
            type="primary",
            key="delete-all",
            on_click=act,
            args=(
                repo.delete_all,
                store,
            ),
        )


interviews_page()

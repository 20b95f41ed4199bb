"""The "Check my own draft" page: paste an email (and optionally the notes), see the checklist.

Layout and widgets only; `followup.review` decides. The person's text is shown
with st.text (never rendered as markdown or HTML); labels go through
`page.plain_md`.
"""

from __future__ import annotations

import streamlit as st

from followup import page
from followup.inputs import NotesError, check_notes
from followup.page import say
from followup.review import Review, check_email, check_title, review_email, review_message

ss = st.session_state


def run_review() -> Review | None:
    try:
        email = check_email(ss.review_email)
        notes = check_notes(ss.review_notes) if ss.review_notes.strip() else None
    except NotesError as error:
        st.error(page.plain_md(str(error)))
        return None
    return review_email(email, notes, ss.review_to.strip() or None)


def show(review: Review) -> None:
    for check in review.checks:
        row = page.ChecklistRow(check.ok, check.required, check_title(check.id), check.message)
        mark, evidence = st.columns([2, 3])
        mark.markdown(page.checklist_line(row))
        if check.evidence:
            evidence.text(check.evidence)
    if review.ok:
        st.success(review_message("cli", "ok"))
    else:
        st.error(review_message("cli", "not_ok"))


st.title(say("review.title"), anchor=False)
st.caption(say("review.caption"))
left, right = st.columns([3, 2])
left.text_area(say("review.email"), key="review_email", height=320)
right.text_area(say("review.notes"), key="review_notes", height=220)
right.text_input(say("review.to"), key="review_to")
if st.button(say("review.check"), type="primary", key="review_check"):
    ss.review_result = run_review()
if ss.get("review_result") is not None:
    show(ss.review_result)

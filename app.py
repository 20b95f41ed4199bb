"""followup's Streamlit app: the page frame and the navigation between its pages.

Each page is a script under ui/ (layout and widgets only); logic lives in
`followup.page` and the library, and every word the pages show in
prompts/page.toml.
"""

from __future__ import annotations

import streamlit as st

from followup.page import page_words, say

page_words()  # a broken prompts/page.toml fails here, at start, not halfway through a page
st.set_page_config(page_title=say("app.title"), page_icon="✉️", layout="wide")
st.navigation(
    [
        st.Page("ui/draft.py", title=say("app.draft_page"), icon=":material/edit_note:", default=True),
        st.Page("ui/evals.py", title=say("app.evals_page"), icon=":material/analytics:", url_path="evals"),
        st.Page("ui/interviews.py", title=say("app.interviews_page"), icon=":material/work:", url_path="interviews"),
        st.Page("ui/review.py", title=say("app.review_page"), icon=":material/fact_check:", url_path="review"),
    ]
).run()

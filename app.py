"""followup's page: paste notes, confirm the facts, send a checked thank-you on time.

Layout and widgets only; logic lives in `followup.page` and the library. Notes and
model text appear as plain text (st.text, st.code, text areas) or through
`page.plain_md` wherever Streamlit renders markdown (labels, captions, tabs).
"""

from __future__ import annotations

from datetime import datetime

import streamlit as st
from pydantic import SecretStr

from followup import page
from followup.inputs import NotesError
from followup.models import Draft, FollowupResult, InterviewFacts, Sourced
from followup.service import resolve_engine
from followup.settings import Settings

ss = st.session_state
offline = st.cache_data(max_entries=64, show_spinner=False)(page.offline_from_json)
recheck = st.cache_data(max_entries=256, show_spinner=False)(page.recheck_from_json)


def hold_key() -> None:  # a typed key moves into a SecretStr and the field is cleared
    if ss.key_entry.strip():
        ss.api_key = SecretStr(ss.key_entry.strip())
    ss.key_entry = ""


def fill_contact(field: str) -> None:  # an inline answer to a missing fact, remembered
    ss.contact[field] = ss[f"me_{field}"] = ss[f"ask-{ss.gen}-{field}"]
    if ss.remember:
        page.save_profile(page.candidate_from({f: ss[f"me_{f}"] for f in page.CONTACT_FIELDS}))


def sidebar() -> Settings:
    env, problem = page.env_settings()
    with st.sidebar:
        if problem:
            st.error(problem)
        engine = st.selectbox("Engine", page.ENGINES, index=page.ENGINES.index(env.engine), key="engine")
        url = st.text_input("Endpoint (OpenAI-compatible base URL)", env.openai_base_url or "", key="base_url")
        model = st.text_input("Model", env.model, key="model")
        st.text_input("API key", type="password", key="key_entry", on_change=hold_key)
        if ss.get("api_key") is not None:
            st.caption("A key is held for this session; it is never shown again.")
            st.button("Forget the key", on_click=lambda: ss.pop("api_key", None))
        st.caption("Offline needs no key, and nothing leaves this machine.")
    try:
        secrets = dict(st.secrets)
    except Exception:  # no secrets.toml is the normal case
        secrets = {}
    return page.build_settings(env, engine, url, model, page.api_key_from(ss.get("api_key"), secrets))


def inputs() -> None:
    notes, me = st.columns([3, 1])
    notes.text_area("Interview notes", key="notes", height=300, placeholder="Who you met, what came up, next steps.")
    with me:
        for field in page.CONTACT_FIELDS:
            st.text_input(f"Your {field}", key=f"me_{field}")
        st.checkbox("Remember me on this computer", value=True, key="remember")
        st.segmented_control("Tone", ["warm", "formal", "brief"], default="warm", key="tone")
        st.select_slider("Length", list(page.LENGTHS), value="Standard", key="length")


def start_draft(settings: Settings) -> None:
    me = page.candidate_from({f: ss[f"me_{f}"] for f in page.CONTACT_FIELDS})
    if ss.remember:
        page.save_profile(me)
    options = page.build_options(me, ss.tone or "warm", ss.length, ss.engine, datetime.now().astimezone())
    try:
        if resolve_engine(options, settings) != "llm":
            result = offline(ss.notes, options.model_dump_json(), None)
        else:
            with st.status("Drafting with the model…", expanded=True) as status:
                show = lambda step: status.write(page.STEPS[step])  # noqa: E731
                result = page.draft_with_model(ss.notes, options, settings, show, st.empty().text)
                label, state = page.status_of(result)
                status.update(label=label, state=state)
    except NotesError as error:
        st.error(page.plain_md(str(error)))
        return
    ss.update(base=result, drafted_notes=ss.notes, options_json=options.model_dump_json(), gen=ss.gen + 1, contact={})


def source(where: st.delta_generator.DeltaGenerator, snippet: str) -> None:
    where.caption(f"From your notes: {page.plain_md(snippet)}" if snippet else "Typed by you")


def lines(where: st.delta_generator.DeltaGenerator, label: str, items: list[Sourced], key: str) -> str:
    text = str(where.text_area(label, page.as_lines(items), key=key, height=110))
    for item in items:
        source(where, item.source)
    return text


def facts_form(facts: InterviewFacts) -> page.FactEdits:
    k = f"fact-{ss.gen}-"
    with st.expander("What followup understood: correct anything and the drafts update", expanded=True):
        a, b, c = st.columns(3)
        company = a.text_input("Company", facts.company.value if facts.company else "", key=k + "co")
        source(a, facts.company.source if facts.company else "")
        role = b.text_input("Role", facts.role.value if facts.role else "", key=k + "role")
        source(b, facts.role.source if facts.role else "")
        when = c.datetime_input("Interview time", page.naive(facts.interview_time), key=k + "when", step=60)
        source(c, facts.interview_time_source)
        people = []
        for i, p in enumerate(facts.interviewers or [None]):  # none found: one blank row to fill
            n, t, e, s = st.columns(4)
            name = n.text_input("Interviewer", p.name if p else "", key=f"{k}{i}n")
            source(n, p.source if p else "")
            title = t.text_input("Title", (p and p.title) or "", key=f"{k}{i}t")
            address = e.text_input("Their email", (p and p.email) or "", key=f"{k}{i}e")
            people.append(
                page.PersonEdit(
                    name, title, address, lines(s, "What they discussed", p.topics if p else [], f"{k}{i}s")
                )
            )
        t, s, x = st.columns(3)
        topics = lines(t, "Other topics", facts.topics, k + "t")
        skills = lines(s, "Your skills that came up", facts.skills, k + "s")
        steps = lines(x, "Agreed next steps", facts.next_steps, k + "x")
    return page.FactEdits(company, role, when, people, topics, skills, steps, dict(ss.contact))


def draft_tab(draft: Draft, key: str, result: FollowupResult) -> None:
    left, right = st.columns([3, 2])
    left.text_input("Subject", draft.subject, key=f"subject-{key}")
    left.text_area("Body", draft.body, key=f"body-{key}", height=420)
    right.markdown("**Checklist**")
    for row in page.checklist_rows(draft.checks):
        right.markdown(page.checklist_line(row))
    if not draft.ok:  # the validator gates display: no copy, download or mailto
        st.error(page.plain_md(page.not_final_message(draft)))
        return
    st.success("Ready to send. Copy it, download it, or open it in your mail app.")
    st.code(draft.body, language=None, wrap_lines=True)
    eml, mail = st.columns(2)
    eml_bytes = page.build_eml(draft, result.facts.candidate)
    eml.download_button("Download .eml", eml_bytes, page.eml_filename(draft), mime="message/rfc822", key=f"eml-{key}")
    mail.link_button("Open in mail app", page.mailto_link(draft))


def results(base: FollowupResult) -> None:
    facts = page.edit_facts(base.facts, facts_form(base.facts))
    result = base if facts == base.facts else offline(ss.drafted_notes, ss.options_json, facts.model_dump_json())
    keys = [page.draft_key(d) for d in result.drafts]
    texts = [
        (ss.get(f"subject-{k}", d.subject), ss.get(f"body-{k}", d.body))
        for d, k in zip(result.drafts, keys, strict=True)
    ]
    drafts = page.live_drafts(result, texts, ss.drafted_notes, ss.options_json, recheck)
    st.subheader(f"Sending to: {page.plain_md(page.recipient_line(drafts)) or 'nobody yet'}", anchor=False)
    st.info(page.plain_md(result.send_by.text))
    for notice in result.notices:
        st.warning(page.plain_md(notice))
    for gap in result.missing:
        if gap.field in page.CONTACT_FIELDS:
            key = f"ask-{ss.gen}-{gap.field}"
            st.text_input(gap.message, key=key, on_change=fill_contact, args=(gap.field,))
        else:
            st.warning(page.plain_md(gap.message) + " Add it in the facts above.")
    if result.facts.ignored:
        with st.expander(f"{len(result.facts.ignored)} line(s) of the notes were left out"):
            for item in result.facts.ignored:
                st.text(item.source or item.value)
    if drafts:
        for tab, draft, key in zip(st.tabs([page.plain_md(d.to.name) for d in drafts]), drafts, keys, strict=True):
            with tab:
                draft_tab(draft, key, result)
    if st.button("Save to my interviews", key="save-interview"):  # the store loads only when asked
        from followup.store.repo import save_from_page

        edited = result.model_copy(update={"drafts": drafts})
        saved, note = save_from_page(edited, ss.drafted_notes, ss.get(f"saved-{ss.gen}"))
        ss[f"saved-{ss.gen}"] = saved  # saving again from the same drafting updates that interview
        (st.success if saved else st.error)(page.plain_md(note))


def draft_page() -> None:
    if "gen" not in ss:  # first run in this browser session: load the saved profile
        profile = page.load_profile()
        ss.update({f"me_{f}": getattr(profile, f) or "" for f in page.CONTACT_FIELDS}, gen=0, contact={})
    settings = sidebar()
    st.title("followup", anchor=False)
    st.caption("Paste your interview notes; get a checked thank-you email for each interviewer.")
    inputs()
    if st.button("Draft thank-you emails", type="primary", key="draft"):
        start_draft(settings)
    if "base" in ss:
        results(ss.base)


st.set_page_config(page_title="followup", page_icon="✉️", layout="wide")
# The eval report (ui/evals.py) is the second page.
st.navigation(
    [
        st.Page(draft_page, title="Draft", icon="✉️", default=True),
        st.Page("ui/evals.py", title="Evals", icon="📊", url_path="evals"),
        st.Page("ui/interviews.py", title="Interviews", icon="🗂️", url_path="interviews"),
        st.Page("ui/review.py", title="Check my own draft", icon="✅", url_path="review"),
    ]
).run()

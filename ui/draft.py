"""The Draft page: paste notes, confirm the facts, send a checked thank-you on time.

Layout and widgets only; logic lives in `followup.page` and the library, words in
prompts/page.toml. Notes and model text appear as plain text (st.text, st.code,
text areas) or through `page.plain_md` wherever Streamlit renders markdown.

Widgets take no `value=`: `page.carry` seeds their keys from plain copies, so what
the person typed survives a visit to another page (Streamlit drops the state of
widgets a run does not render).
"""

from __future__ import annotations

from datetime import datetime

import streamlit as st
from pydantic import SecretStr

from followup import page
from followup.inputs import NotesError
from followup.models import Candidate, Draft, FollowupResult, InterviewFacts, Sourced
from followup.page import say
from followup.service import resolve_engine
from followup.settings import Settings

ss = st.session_state
offline = st.cache_data(max_entries=64, show_spinner=False)(page.offline_from_json)
recheck = st.cache_data(max_entries=256, show_spinner=False)(page.recheck_from_json)
DRAFTING_KEYS = ("fact-", "subject-", "body-", "ask-")  # widgets that belong to one drafting
Where = st.delta_generator.DeltaGenerator


def hold_key() -> None:  # a typed key moves into a SecretStr and the field is cleared
    if ss.key_entry.strip():
        ss.api_key = SecretStr(ss.key_entry.strip())
    ss.key_entry = ""


def typed_profile() -> Candidate:
    return page.candidate_from({f: ss[f"me_{f}"] for f in page.CONTACT_FIELDS}, bool(ss.me_no_phone))


def fill_contact(field: str) -> None:  # an inline answer to a missing fact, remembered
    ss.contact[field] = ss[f"ask-{ss.gen}-{field}"]
    page.reseed(ss, f"me_{field}", ss.contact[field])
    if ss.remember:
        page.save_profile(typed_profile())


def sidebar() -> Settings:
    env, problem = page.env_settings()
    with st.sidebar:
        if problem:
            st.error(problem)
        for key, default in (
            ("engine_choice", env.engine),
            ("base_url", env.openai_base_url or ""),
            ("model", env.model),
        ):
            page.carry(ss, key, default)
        engine = st.selectbox(say("sidebar.engine"), page.ENGINES, format_func=engine_label, key="engine_choice")
        url = st.text_input(say("sidebar.endpoint"), key="base_url")
        model = st.text_input(say("sidebar.model"), key="model")
        st.text_input(say("sidebar.api_key"), type="password", key="key_entry", on_change=hold_key)
        if ss.get("api_key") is not None:
            st.caption(say("sidebar.key_held"))
            st.button(say("sidebar.forget_key"), on_click=lambda: ss.pop("api_key", None))
        st.caption(say("sidebar.offline_note"))
    try:
        secrets = dict(st.secrets)
    except Exception:  # no secrets.toml is the normal case
        secrets = {}
    return page.build_settings(env, engine, url, model, page.api_key_from(ss.get("api_key"), secrets))


def engine_label(engine: str) -> str:
    return say(f"engines.{engine}")


def inputs() -> None:
    for key, default in (("notes", ""), ("remember", True), ("tone", "warm"), ("length", "standard")):
        page.carry(ss, key, default)
    for field in (*page.CONTACT_FIELDS, "no_phone"):
        page.carry(ss, f"me_{field}", False if field == "no_phone" else "")
    notes, me = st.columns([2, 1])
    notes.text_area(say("inputs.notes"), key="notes", height=300, placeholder=say("inputs.notes_placeholder"))
    with me:
        for field in page.CONTACT_FIELDS:
            st.text_input(say(f"inputs.{field}"), key=f"me_{field}")
        st.checkbox(say("inputs.no_phone"), key="me_no_phone", help=say("inputs.no_phone_help"))
        st.checkbox(say("inputs.remember"), key="remember", help=say("inputs.remember_help"))
        st.segmented_control(say("inputs.tone"), page.TONES, format_func=lambda t: say(f"tones.{t}"), key="tone")
        st.select_slider(
            say("inputs.length"), list(page.LENGTHS), format_func=lambda n: say(f"lengths.{n}"), key="length"
        )


def start_draft(settings: Settings) -> None:
    me = typed_profile()
    if ss.remember:
        page.save_profile(me)
    options = page.build_options(me, ss.tone or "warm", ss.length, ss.engine_choice, datetime.now().astimezone())
    try:
        if resolve_engine(options, settings) != "llm":
            result = offline(ss.notes, options.model_dump_json(), None)
        else:
            with st.status(say("steps.title"), expanded=True) as status:
                show = lambda step: status.write(page.STEPS[step])  # noqa: E731
                result = page.draft_with_model(ss.notes, options, settings, show, st.empty().text)
                label, state = page.status_of(result)
                status.update(label=label, state=state)
    except NotesError as error:
        st.error(page.plain_md(str(error)))
        return
    page.forget(ss, DRAFTING_KEYS)
    ss.update(base=result, drafted_notes=ss.notes, options_json=options.model_dump_json(), gen=ss.gen + 1)
    ss.update(contact={}, slots={})


def source(where: Where, snippet: str) -> None:
    where.caption(say("facts.from_notes", snippet=page.plain_md(snippet)) if snippet else say("facts.typed"))


def field(where: Where, label: str, key: str, default: str, snippet: str | None = None) -> str:
    page.carry(ss, key, default)
    value = str(where.text_input(say(label), key=key))
    if snippet is not None:
        source(where, snippet)
    return value


def lines(where: Where, label: str, items: list[Sourced], key: str) -> str:
    page.carry(ss, key, page.as_lines(items))
    text = str(where.text_area(say(label), key=key, height=110))
    for item in items:
        source(where, item.source)
    return text


def facts_form(facts: InterviewFacts) -> page.FactEdits:
    k = f"fact-{ss.gen}-"
    with st.expander(say("facts.heading"), expanded=True):
        a, b, c = st.columns(3)
        co, ro = facts.company, facts.role
        company = field(a, "facts.company", k + "co", co.value if co else "", co.source if co else "")
        role = field(b, "facts.role", k + "role", ro.value if ro else "", ro.source if ro else "")
        page.carry(ss, k + "when", page.naive(facts.interview_time))
        when = c.datetime_input(say("facts.interview_time"), key=k + "when", step=60)
        source(c, facts.interview_time_source)
        people = []
        for i, p in enumerate(facts.interviewers or [None]):  # none found: one blank row to fill
            n, t, e, s = st.columns(4)
            name = field(n, "facts.interviewer", f"{k}{i}n", p.name if p else "", p.source if p else "")
            title = field(t, "facts.title", f"{k}{i}t", (p and p.title) or "")
            address = field(e, "facts.their_email", f"{k}{i}e", (p and p.email) or "")
            topics = lines(s, "facts.discussed", p.topics if p else [], f"{k}{i}s")
            people.append(page.PersonEdit(name, title, address, topics))
        t, s, x = st.columns(3)
        topics = lines(t, "facts.topics", facts.topics, k + "t")
        skills = lines(s, "facts.skills", facts.skills, k + "s")
        steps = lines(x, "facts.next_steps", facts.next_steps, k + "x")
    return page.FactEdits(company, role, when, people, topics, skills, steps, dict(ss.contact))


def text_keys(i: int) -> tuple[str, str]:
    return f"subject-{ss.gen}-{i}", f"body-{ss.gen}-{i}"


def shown_text(i: int) -> page.Text | None:
    kept = ss.setdefault(page.KEPT, {})
    subject, body = (ss.get(key, kept.get(key)) for key in text_keys(i))
    return None if subject is None or body is None else (str(subject), str(body))


def set_text(i: int, text: page.Text) -> None:
    for key, value in zip(text_keys(i), text, strict=True):
        page.reseed(ss, key, value)


def use_redraft(i: int, draft: Draft) -> None:  # on_click: the person chose the re-draft over their edits
    ss.slots[i] = page.Slot(draft.to.name, (draft.subject, draft.body), undo=shown_text(i))
    set_text(i, (draft.subject, draft.body))


def undo_redraft(i: int) -> None:  # on_click: bring back the edits a re-draft replaced
    slot: page.Slot = ss.slots[i]
    if slot.undo is not None:
        set_text(i, slot.undo)
    slot.undo = None


def tab_texts(result: FollowupResult) -> tuple[list[page.Text], list[str | None]]:
    """What each tab shows after the facts change: re-drafts, kept edits, and notices."""
    texts, notices = [], []
    for i, draft in enumerate(result.drafts):
        slot, text, notice = page.reconcile(ss.slots.get(i), draft, shown_text(i))
        ss.slots[i] = slot
        set_text(i, text)
        texts.append(text)
        notices.append(notice)
    return texts, notices


def redraft_notice(i: int, draft: Draft, notice: str | None) -> None:
    name = page.plain_md(draft.to.name)
    if notice == "kept":
        st.warning(say("drafts.kept", name=name))
        st.button(say("drafts.use_new"), key=f"use-new-{ss.gen}-{i}", on_click=use_redraft, args=(i, draft))
    elif notice == "replaced":
        st.warning(say("drafts.replaced", name=name))
        st.button(say("drafts.undo"), key=f"undo-{ss.gen}-{i}", on_click=undo_redraft, args=(i,))


def draft_tab(i: int, draft: Draft, result: FollowupResult) -> None:
    subject_key, body_key = text_keys(i)
    left, right = st.columns([3, 2])
    left.text_input(say("drafts.subject"), key=subject_key)
    left.text_area(say("drafts.body"), key=body_key, height=420)
    right.markdown(say("drafts.checklist"))
    for row in page.checklist_rows(draft.checks):
        right.markdown(page.checklist_line(row))
    if not draft.ok:  # the validator gates display: no copy, download or mailto
        st.error(page.plain_md(page.not_final_message(draft)))
        return
    st.success(say("drafts.ready"))
    st.code(draft.body, language=None, wrap_lines=True)
    eml, mail = st.columns(2)
    eml_bytes = page.build_eml(draft, result.facts.candidate)
    name = page.eml_filename(draft)
    eml.download_button(say("drafts.download"), eml_bytes, name, mime="message/rfc822", key=f"eml-{ss.gen}-{i}")
    mail.link_button(say("drafts.open_mail"), page.mailto_link(draft))


def gaps(result: FollowupResult) -> None:
    for notice in result.notices:
        st.warning(page.plain_md(notice))
    for gap in result.missing:
        if gap.field in page.CONTACT_FIELDS:
            key = f"ask-{ss.gen}-{gap.field}"
            page.carry(ss, key, "")
            st.text_input(gap.message, key=key, on_change=fill_contact, args=(gap.field,))
        else:
            st.warning(say("results.add_in_facts", message=page.plain_md(gap.message)))
    if result.facts.ignored:
        with st.expander(say("results.left_out", count=len(result.facts.ignored))):
            for item in result.facts.ignored:
                st.text(item.source or item.value)


def results(base: FollowupResult) -> None:
    facts = page.edit_facts(base.facts, facts_form(base.facts))
    result = base if facts == base.facts else offline(ss.drafted_notes, ss.options_json, facts.model_dump_json())
    texts, notices = tab_texts(result)
    drafts = page.live_drafts(result, texts, ss.drafted_notes, ss.options_json, recheck)
    names = page.plain_md(page.recipient_line(drafts)) or say("results.nobody")
    st.subheader(say("results.sending_to", names=names), anchor=False)
    st.info(page.plain_md(result.send_by.text))
    gaps(result)
    if drafts:
        for i, (tab, draft) in enumerate(zip(st.tabs([page.plain_md(d.to.name) for d in drafts]), drafts, strict=True)):
            with tab:
                redraft_notice(i, result.drafts[i], notices[i])  # the re-draft as composed, not as edited
                draft_tab(i, draft, result)
    if st.button(say("results.save"), key="save-interview"):  # the store loads only when asked
        from followup.store.repo import save_from_page

        edited = result.model_copy(update={"drafts": drafts})
        saved, note = save_from_page(edited, ss.drafted_notes, ss.get(f"saved-{ss.gen}"))
        ss[f"saved-{ss.gen}"] = saved  # saving again from the same drafting updates that interview
        (st.success if saved else st.error)(page.plain_md(note))


def draft_page() -> None:
    if "gen" not in ss:  # first run in this browser session: load the saved profile
        profile = page.load_profile()
        ss.update({f"me_{f}": getattr(profile, f) or "" for f in page.CONTACT_FIELDS}, me_no_phone=profile.no_phone)
        ss.update(gen=0, contact={}, slots={})
    settings = sidebar()
    st.title(say("app.title"), anchor=False)
    st.caption(say("inputs.caption"))
    inputs()
    if st.button(say("inputs.draft"), type="primary", key="draft"):
        start_draft(settings)
    if "base" in ss:
        results(ss.base)


draft_page()

"""The eval report: headline numbers, charts, and any case's notes beside its drafts.

Layout only; `followup.evals.view` shapes the data. Notes, drafts and validator
messages are shown as plain text (st.text, st.code, disabled text areas), never
as markdown or HTML.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from followup.evals import view
from followup.page import say

st.title(say("evals.title"), anchor=False)
where = st.text_input(say("evals.report"), str(view.DEFAULT_REPORT), key="report_path")
try:
    report = view.load_report(Path(where))
except view.ReportError as error:
    st.info(str(error))
    st.stop()

st.caption(", ".join(f"{k}: {v}" for k, v in report["meta"].items() if v not in (None, "", [])))
st.subheader(say("evals.headline"), anchor=False)
st.dataframe(pd.DataFrame(view.headline_rows(report)), hide_index=True)

rates, latency = st.columns(2)
stage = rates.radio(
    say("evals.pass_rate"),
    ["final", "first"],
    format_func=lambda s: say(f"evals.stage_{s}"),
    horizontal=True,
    key="stage",
)
rates.bar_chart(pd.DataFrame(view.check_rates(report, stage)), x="check", y="pass rate", color="engine", stack=False)
latency.caption(say("evals.latency"))
histogram = view.latency_histogram(report)
if histogram:
    latency.bar_chart(pd.DataFrame(histogram), x="seconds per draft", y="case runs", color="engine")

if report.get("validator"):
    st.subheader(say("evals.validator"), anchor=False)
    st.dataframe(pd.DataFrame(view.validator_rows(report)), hide_index=True)

st.subheader(say("evals.cases"), anchor=False)
pick_engine, only_failing = st.columns(2)
engine = pick_engine.selectbox(say("evals.engine"), view.engines(report), key="engine")
failing = only_failing.toggle(say("evals.only_failing"), value=True, key="failing")
choices = view.case_choices(report, engine, failing)
case_id = st.selectbox(say("evals.case"), choices, key="case") if choices else None
if case_id is None:
    st.success(say("evals.no_failing"))
for run in view.case_runs(report, case_id, engine) if case_id else []:
    notes, drafts = st.columns(2)
    notes.text_area(
        say("evals.notes"), run["notes"], height=480, disabled=True, key=f"notes-{engine}-{case_id}-{run['repeat']}"
    )
    if run["error"]:
        drafts.error(say("evals.errored"))
        drafts.text(run["error"])
    for draft in run["drafts"]:
        verdict = say("evals.passes") if draft["ok"] else say("evals.fails")
        drafts.text(say("evals.draft_line", to=draft["to"], verdict=verdict, words=draft["words"]))
        drafts.text(say("evals.subject_line", subject=draft["subject"]))
        drafts.code(draft["body"], language=None, wrap_lines=True)
        for check, message in draft["failures"].items():
            drafts.text(say("evals.failure", check=check, message=message))
        if draft["invented"]:
            drafts.text(say("evals.invented", items=", ".join(draft["invented"])))

with st.expander(say("evals.definitions")):
    for key, definition in report["definitions"].items():
        st.text(say("evals.definition", key=key, definition=definition))

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

st.title("Evals", anchor=False)
where = st.text_input("Report", str(view.DEFAULT_REPORT), key="report_path")
try:
    report = view.load_report(Path(where))
except view.ReportError as error:
    st.info(str(error))
    st.stop()

st.caption(", ".join(f"{k}: {v}" for k, v in report["meta"].items() if v not in (None, "", [])))
st.subheader("Headline", anchor=False)
st.dataframe(pd.DataFrame(view.headline_rows(report)), hide_index=True)

rates, latency = st.columns(2)
stage = rates.radio("Pass rate", ["final", "first"], horizontal=True, key="stage")
rates.bar_chart(pd.DataFrame(view.check_rates(report, stage)), x="check", y="pass rate", color="engine", stack=False)
latency.caption("Latency distribution: seconds per draft, per case run")
histogram = view.latency_histogram(report)
if histogram:
    latency.bar_chart(pd.DataFrame(histogram), x="seconds per draft", y="case runs", color="engine")

if report.get("validator"):
    st.subheader("Validator precision and recall", anchor=False)
    st.dataframe(pd.DataFrame(view.validator_rows(report)), hide_index=True)

st.subheader("Cases", anchor=False)
pick_engine, only_failing = st.columns(2)
engine = pick_engine.selectbox("Engine", view.engines(report), key="engine")
failing = only_failing.toggle("Only cases with a failing draft", value=True, key="failing")
choices = view.case_choices(report, engine, failing)
case_id = st.selectbox("Case", choices, key="case") if choices else None
if case_id is None:
    st.success("No failing cases for this engine.")
for run in view.case_runs(report, case_id, engine) if case_id else []:
    notes, drafts = st.columns(2)
    notes.text_area("Notes", run["notes"], height=480, disabled=True, key=f"notes-{engine}-{case_id}-{run['repeat']}")
    if run["error"]:
        drafts.error("This case errored:")
        drafts.text(run["error"])
    for draft in run["drafts"]:
        drafts.text(f"To: {draft['to']}  ·  {'passes' if draft['ok'] else 'FAILS'}  ·  {draft['words']} words")
        drafts.text(f"Subject: {draft['subject']}")
        drafts.code(draft["body"], language=None, wrap_lines=True)
        for check, message in draft["failures"].items():
            drafts.text(f"✗ {check}: {message}")
        if draft["invented"]:
            drafts.text("Invented: " + ", ".join(draft["invented"]))

with st.expander("How each number is defined"):
    for key, definition in report["definitions"].items():
        st.text(f"{key}: {definition}")

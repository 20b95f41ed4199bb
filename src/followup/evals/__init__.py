"""Evals: score followup's drafts against sample notes, and the validator against labelled drafts.

`dataset` loads the JSONL files, `metrics` holds the pure scoring functions,
`validator_quality` measures the checks themselves, `runner` drafts every case
(offline or through a model, cached), `report` turns runs into report.json and
report.md, and `gate` compares a report with `evals/thresholds.toml`.
"""

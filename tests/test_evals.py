"""Evals: metric functions on hand-computed cases, the runner end to end (offline and the
LLM engine against the local stub), the response cache, the gate and the report page."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from followup.cli import main
from followup.evals import metrics
from followup.evals.dataset import ExpectedDraft, load_cases, load_labels
from followup.evals.gate import breaches
from followup.evals.records import CaseRecord, DraftRecord
from followup.evals.runner import offline_drafter, run_llm_cases, run_offline
from followup.evals.summary import summarize
from followup.evals.validator_quality import Confusion, score_validator
from followup.models import Draft, Recipient
from followup.settings import Settings
from llm_stub import Reply, StubServer, http_error

ROOT = Path(__file__).resolve().parents[1]
THREE = ("hvac-service-shorthand", "rn-medsurg-panel", "electrician-no-phone")


@pytest.fixture
def three_cases(tmp_path: Path) -> Path:
    """A three-case dataset: one interviewer, a panel of two, and notes without a phone."""
    lines = (ROOT / "evals/datasets/notes.jsonl").read_text(encoding="utf-8").splitlines()
    chosen = [line for line in lines if json.loads(line)["id"] in THREE]
    path = tmp_path / "three.jsonl"
    path.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    return path


# ------------------------------------------------------------------ metric functions


def test_percentile_interpolates_like_numpy() -> None:
    assert metrics.percentile([1, 2, 3, 4], 50) == 2.5
    assert metrics.percentile([10, 20, 30, 40, 50], 90) == pytest.approx(46.0)
    assert metrics.percentile([7], 95) == 7
    assert metrics.percentile([], 50) is None


def test_rate_ignores_what_does_not_apply() -> None:
    assert metrics.rate([True, False, None, True]) == pytest.approx(2 / 3)
    assert metrics.rate([None]) is None


def test_syllables() -> None:
    assert [metrics.syllables(w) for w in ("cat", "table", "make", "interview", "thank", "see")] == [1, 2, 1, 3, 1, 1]


def test_flesch_reading_ease_by_hand() -> None:
    # 2 sentences, 6 words, 6 syllables: 206.835 - 1.015 * 3 - 84.6 * 1 = 119.19
    assert metrics.flesch_reading_ease("The cat sat. The dog ran.") == pytest.approx(119.19, abs=0.01)
    # 1 sentence, 2 words ("thank" 1 + "interview" 3 = 4 syllables): 206.835 - 2.03 - 169.2
    assert metrics.flesch_reading_ease("Thank interview!") == pytest.approx(35.605, abs=0.01)
    assert metrics.flesch_reading_ease("  ") is None


def test_greeting_accepts_first_name_or_title_and_surname() -> None:
    rosa = ExpectedDraft(to="Dr. Rosa Alvarez", greet="Rosa")
    assert metrics.greets("Hi Rosa,\n\nThanks", rosa)
    assert metrics.greets("Dear Dr. Alvarez,\n\nThanks", rosa)
    assert metrics.greets("Dear Dr. Álvarez,\n\nThanks", rosa)  # accents fold
    assert not metrics.greets("Dear Hiring Manager,\n\nRosa was kind", rosa)
    assert not metrics.greets("Thanks, Rosa", rosa)  # no greeting line at all
    assert not metrics.greets("Hi Rosanna,", rosa)
    ang = ExpectedDraft(to="Ang Boon Keat", greet="Mr. Ang")  # a family name written first
    assert metrics.greets("Hello Mr Ang,\n\nThanks", ang)  # the British "Mr" without its full stop
    assert not metrics.greets("Hello Boon Keat,\n\nThanks", ang)
    assert not metrics.greets("Hello Mr Angus,\n\nThanks", ang)


def test_a_draft_to_the_full_given_name_is_the_one_expected() -> None:
    drafts = [Draft(to=Recipient(name=n), subject="s", body="b") for n in ("Samuel Briggs", "Sara Lee")]
    # Bruce and Leanne van der Berg are two people: the given names differ, whatever the surname
    leanne = Draft(to=Recipient(name="Leanne van der Berg"), subject="s", body="b")
    assert metrics.match_drafts([ExpectedDraft(to="Bruce van der Berg", greet="x")], [leanne]) == [None]
    sam, sarah, al = (ExpectedDraft(to=n, greet="x") for n in ("Sam Briggs", "Sarah Briggs", "Al Lee"))
    assert [d.to.name if d else None for d in metrics.match_drafts([sam, sarah, al], drafts)] == [
        "Samuel Briggs",  # 'Samuel "Sam" Briggs' on the invite, "Sam Briggs" in the notes
        None,  # not Sara Lee, nor Samuel: another surname, another name
        None,  # two letters are too few to tell
    ]


def test_a_step_the_draft_says_with_a_contraction_is_the_step_expected() -> None:
    # "Mrs du Plessis will phone by Friday 21 June", written to her as "you'll phone by Friday 21 June"
    body = "Hi Annelie,\n\nI'm glad to hear you'll phone by Friday 21 June; I look forward to it."
    assert metrics._said(body, "will phone by friday 21 june")
    assert not metrics._said(body, "will call by friday 21 june")
    assert not metrics._said("We'll see.", "we will phone")


def test_cliche_hits_counts_every_phrase() -> None:
    body = "Thank you for taking time out of your busy schedule. I'm the perfect fit. Don't hesitate to call."
    assert metrics.cliche_hits(body) == ["busy schedule", "perfect fit", "don't hesitate"]


def test_specifics_and_invented_entities() -> None:
    named, invented = metrics.specifics_in("We talked about Kafka at Globex and Project Falcon.", "kafka globex notes")
    assert named == 4  # Kafka, Globex, Project, Falcon
    assert invented == ["Project", "Falcon"]


def test_confusion_precision_and_recall_treat_a_defect_as_positive() -> None:
    c = Confusion()
    for should_pass, passed in [(False, False), (False, False), (False, True), (True, False), (True, True)]:
        c.add(should_pass, passed)
    assert (c.tp, c.fn, c.fp, c.tn) == (2, 1, 1, 1)
    assert c.precision == pytest.approx(2 / 3)
    assert c.recall == pytest.approx(2 / 3)
    assert Confusion(tn=3).recall is None


def _draft(ok: bool, first_ok: bool | None = None, words: int = 100, invented: list[str] | None = None) -> DraftRecord:
    first = ok if first_ok is None else first_ok
    return DraftRecord(
        to="A", subject="s", body="b", ok=ok, first_ok=first, checks={"thanks": ok, "style": True},
        first_checks={"thanks": first, "style": True}, words=words, in_range=90 <= words <= 200, flesch=60.0,
        specifics=4, invented=invented or [],
    )  # fmt: skip


def test_summary_on_hand_made_records() -> None:
    records = [
        CaseRecord(case="a", engine="llm", drafts=[_draft(True), _draft(True, first_ok=False)], repair_rounds=1,
                   calls=6, input_tokens=400, output_tokens=200, seconds=4.0, similarities=[0.5]),
        CaseRecord(case="b", engine="llm", complete=False, drafts=[_draft(False, words=300, invented=["Falcon"])],
                   calls=2, seconds=1.0),
        CaseRecord(case="c", engine="llm", error="timed out"),
    ]  # fmt: skip
    s = summarize(records)
    assert s["all_pass"] == pytest.approx(2 / 4)  # the errored case counts as one failing draft
    assert s["all_pass_gated"] == pytest.approx(2 / 3)  # case b is incomplete: left out
    assert s["all_pass_first"] == pytest.approx(1 / 4)
    assert s["requirement_following"] == pytest.approx(5 / 6)
    assert s["per_check"]["thanks"] == {"first": pytest.approx(1 / 3), "final": pytest.approx(2 / 3)}
    assert s["grounding"]["precision"] == pytest.approx(11 / 12)
    assert s["grounding"]["invented_rate"] == pytest.approx(1 / 3)
    assert s["words"]["in_range"] == pytest.approx(2 / 3)
    assert s["per_draft"]["calls"]["median"] == pytest.approx(2.5)  # case a: 3 per draft, case b: 2
    assert s["per_draft"]["seconds"]["p95"] == pytest.approx(1.95)
    assert s["repair_rounds"]["cases_repaired"] == pytest.approx(0.5)
    assert s["errors"] == 1


def test_expectations_for_notes_without_a_phone() -> None:
    [case] = [c for c in load_cases() if c.id == "electrician-no-phone"]
    result = offline_drafter(case)
    [want] = case.expect.drafts
    flags = metrics.draft_expectations(case, want, result.drafts[0])
    assert flags["phone"] is True  # nothing invented
    assert metrics.case_expectations(case, result) == {"one_per_interviewer": True, "asks_for_phone": True}
    tampered = result.drafts[0].model_copy(update={"body": result.drafts[0].body + "\nCall me: 555-123-4567"})
    assert metrics.draft_expectations(case, want, tampered)["phone"] is False


def test_a_step_copied_in_shorthand_is_met_when_the_draft_spells_it_out() -> None:
    [case] = [c for c in load_cases() if c.id == "electrician-no-phone"]
    result = offline_drafter(case)
    [want] = case.expect.drafts
    draft = result.drafts[0]

    def step_met(body: str, phrase: str) -> bool | None:
        changed = case.model_copy(update={"expect": case.expect.model_copy(update={"next_step_any": [phrase]})})
        return metrics.draft_expectations(changed, want, draft.model_copy(update={"body": body}))["next_step"]

    assert step_met("I look forward to the art test via email tomorrow.", "art test via email tmrw") is True
    assert step_met("I look forward to the final round with cto next week.", "final round w/ cto") is True
    assert step_met("I look forward to hearing from you.", "art test via email tmrw") is False
    # a lone letter the composer took for a word is still a miss: "o g u k medical" is no "o g you k medical"
    assert step_met("I will book the o g you k medical.", "o g u k medical") is False
    assert step_met("I will book the o g u k medical.", "o g u k medical") is True


def test_validator_score_pairs_panel_sets_for_distinct() -> None:
    labels = [row for row in load_labels() if row.set == "rn-medsurg-panel:copy"]
    score = score_validator(labels, load_cases())
    assert score.per_check["distinct"].tp == 2  # both copies caught against each other
    assert score.per_check["distinct"].fn == 0


# ------------------------------------------------------------------ the runner, offline


def test_offline_eval_end_to_end(three_cases: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report"
    assert main(["eval", str(three_cases), "--engine", "offline", "--out", str(out)]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    summary = report["summaries"]["offline"]
    assert (summary["cases"], summary["drafts"], summary["errors"]) == (3, 4, 0)
    assert {c["case"] for c in report["cases"]} == set(THREE)
    assert summary["grounding"]["invented_rate"] == 0
    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert markdown.index("## Headline") < markdown.index("## Per check")
    assert "Flesch reading ease = 206.835" in markdown
    captured = capsys.readouterr()
    assert "Strict all-pass" in captured.out
    assert "3/3 offline" in captured.err  # the progress bar's last line


def test_gate_reports_one_line_per_breach(three_cases: Path) -> None:
    records = run_offline(load_cases(three_cases))
    summary = summarize(records)
    thresholds = {"offline": {"all_pass_gated": {"min": 0.5}, "words.median": {"max": 10}, "errors": {"max": 0}}}
    lines = breaches({"offline": summary}, None, thresholds)
    assert any("offline.words.median" in line and "above" in line for line in lines)
    # the floor wins over a lower number in the file: 0.5 becomes 0.95
    assert all("errors" not in line for line in lines)
    low = {"offline": {**summary, "all_pass_gated": 0.9}}
    assert any("all_pass_gated = 0.900 is below the threshold 0.95" in line for line in breaches(low, None, thresholds))


def test_gate_exit_code(three_cases: Path, tmp_path: Path) -> None:
    strict = tmp_path / "t.toml"
    strict.write_text('[offline]\n"words.median" = { max = 10 }\n', encoding="utf-8")
    args = ["eval", str(three_cases), "--out", str(tmp_path / "r"), "--gate", "--thresholds", str(strict)]
    assert main(args) == 1
    easy = tmp_path / "easy.toml"
    easy.write_text("[llm]\nerrors = { max = 0 }\n", encoding="utf-8")  # names no engine that ran
    assert main([*args[:-1], str(easy)]) == 0


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    assert main(["eval", str(tmp_path / "nope.jsonl")]) == 2
    assert main(["eval", "--repeat", "0"]) == 2


# ------------------------------------------------------------------ the runner, LLM engine


class ModelFromOffline:
    """Answers like a model would, from the offline engine's own facts and drafts.

    The first draft for `flaky` leaves out the phone number, so it needs one repair.
    """

    def __init__(self, dataset: Path, flaky: str = "Dave Kowalski") -> None:
        self.facts: dict[str, str] = {}
        self.drafts: dict[str, tuple[str, str]] = {}
        self.flaky, self.phones = flaky, {}
        for case in load_cases(dataset):
            result = offline_drafter(case)
            self.facts[result.facts.candidate.email or ""] = result.facts.model_dump_json()
            for draft in result.drafts:
                self.drafts[draft.to.name] = (draft.subject, draft.body)
                self.phones[draft.to.name] = result.facts.candidate.phone or ""

    def __call__(self, body: dict[str, Any]) -> Reply:
        text = next(m["content"] for m in body["messages"] if m["role"] == "user")
        if "response_format" in body:
            return Reply(content=next(facts for email, facts in self.facts.items() if email in text))
        name = next(n for n in self.drafts if f" to {n} " in text or f"greet {n};" in text)
        subject, draft = self.drafts[name]
        if name == self.flaky and text.startswith("Write"):
            draft = draft.replace(self.phones[name], "")
        return Reply(content=f"Subject: {subject}\n\n{draft}")


def llm_settings() -> Settings:
    return Settings(_env_file=None, timeout=20.0, max_retries=0)  # type: ignore[call-arg]


def test_llm_eval_end_to_end_with_cache(llm_env: StubServer, three_cases: Path, tmp_path: Path) -> None:
    llm_env.responder = ModelFromOffline(three_cases)
    cases = load_cases(three_cases)
    records = run_llm_cases(cases, llm_settings(), repeat=1, concurrency=3, cache_dir=tmp_path / "cache")
    assert [r.error for r in records] == [None, None, None]
    by_case = {r.case: r for r in records}
    hvac = by_case["hvac-service-shorthand"]
    assert (hvac.engine, hvac.repair_rounds, hvac.model) == ("llm", 1, "stub-model")
    [dave] = hvac.drafts
    assert dave.ok and not dave.first_ok
    assert dave.first_checks["contact"] is False and dave.checks["contact"] is True
    assert hvac.calls == 3 and hvac.input_tokens == 3 * 120
    assert len(by_case["rn-medsurg-panel"].drafts) == 2
    summary = summarize(records)
    assert summary["per_check"]["contact"]["first"] < summary["per_check"]["contact"]["final"]

    asked = len(llm_env.chat_requests())
    again = run_llm_cases(cases, llm_settings(), repeat=1, concurrency=3, cache_dir=tmp_path / "cache")
    assert len(llm_env.chat_requests()) == asked  # every answer replayed from disk
    assert sum(r.cache_hits for r in again) == sum(r.calls for r in again)
    assert [d.body for r in again for d in r.drafts] == [d.body for r in records for d in r.drafts]
    assert not next(r for r in again if r.case == "hvac-service-shorthand").drafts[0].first_ok  # replayed too

    run_llm_cases(cases[:1], llm_settings(), repeat=2, cache_dir=tmp_path / "cache")
    assert len(llm_env.chat_requests()) > asked  # repeat index 1 is a new sample, not a replay


def test_errors_are_not_cached(llm_env: StubServer, three_cases: Path, tmp_path: Path) -> None:
    cases = [c for c in load_cases(three_cases) if c.id == "hvac-service-shorthand"]
    llm_env.responder = lambda body: http_error(500)
    [failed] = run_llm_cases(cases, llm_settings(), cache_dir=tmp_path / "cache")
    assert failed.error and not failed.drafts
    assert not list((tmp_path / "cache").glob("*/*.json"))

    llm_env.responder = ModelFromOffline(three_cases, flaky="nobody")
    [record] = run_llm_cases(cases, llm_settings(), cache_dir=tmp_path / "cache")
    assert record.error is None and record.drafts[0].ok and record.cache_hits == 0
    assert len(list((tmp_path / "cache").glob("*/*.json"))) == 2  # extract + one draft


def test_disk_cache_hit_miss_and_repeat(tmp_path: Path) -> None:
    from langchain_core.messages import AIMessage
    from langchain_core.outputs import ChatGeneration

    from followup.evals.cache import DiskCache

    cache = DiskCache(tmp_path, repeat=0)
    assert cache.lookup("prompt", "model-a") is None
    cache.update("prompt", "model-a", [ChatGeneration(message=AIMessage(content="hello"))])
    [hit] = cache.lookup("prompt", "model-a") or []
    assert hit.text == "hello"
    assert cache.lookup("prompt", "model-b") is None
    assert DiskCache(tmp_path, repeat=1).lookup("prompt", "model-a") is None
    assert (cache.hits, cache.misses) == (1, 2)


# ------------------------------------------------------------------ the report page


def test_report_page_renders_a_small_report(three_cases: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    assert main(["eval", str(three_cases), "--out", str(out)]) == 0
    at = AppTest.from_file(str(ROOT / "ui/evals.py"), default_timeout=30).run()
    at.text_input(key="report_path").input(str(out / "report.json")).run()
    assert not at.exception
    assert len(at.dataframe) >= 2  # headline and validator tables
    at.toggle(key="failing").set_value(False).run()
    at.selectbox(key="case").select("rn-medsurg-panel").run()
    assert not at.exception
    notes = at.text_area(key="notes-offline-rn-medsurg-panel-0")
    assert notes.disabled and "Beatriz Santos" in str(notes.value)
    assert sum("Beatriz" in str(c.value) for c in at.code) == 1
    assert not [m for m in at.markdown if "Beatriz" in str(m.value)]  # note text never goes through markdown


def test_report_page_without_a_report(tmp_path: Path) -> None:
    at = AppTest.from_file(str(ROOT / "ui/evals.py"), default_timeout=30).run()
    at.text_input(key="report_path").input(str(tmp_path / "none.json")).run()
    assert not at.exception
    assert "Run `followup eval`" in str(at.info[0].value)


def test_the_app_opens_the_evals_page() -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
    at.switch_page("ui/evals.py").run()
    assert not at.exception
    assert at.title[0].value == "Evals"


def test_a_panel_member_without_a_draft_misses_every_expectation_in_the_strict_count() -> None:
    [case] = [c for c in load_cases() if len(c.expect.drafts) == 3][:1]
    result = offline_drafter(case)
    assert metrics.unmet_for_missing(case, result) == 0
    one_short = result.model_copy(update={"drafts": result.drafts[1:]})
    missed = metrics.unmet_for_missing(case, one_short)
    assert missed >= 6  # drafted, greeted, phone, no forbidden words, and whatever else the case expects
    record = CaseRecord(case=case.id, engine="offline", expectations={"x": True}, unmet_for_missing=missed)
    assert summarize([record])["expectations"]["each_met_strict"] == pytest.approx(1 / (1 + missed))

"""The offline composer: personal, grammatical, complete, never invented."""

from __future__ import annotations

import itertools
from datetime import datetime

import pytest

from followup.compose import phrase_bank
from followup.models import Interviewer
from followup.prompts import placeholders
from followup.service import DraftOptions, draft_offline
from followup.steps import next_step_phrases
from followup.text import sentences, similarity, word_count
from followup.voice import Phrase, skill_phrase, to_second_person, topic_phrase, without_impression
from notes_cases import CASES

NOW = datetime(2026, 11, 26, 9, 0).astimezone()


@pytest.mark.parametrize("case", [c for c in CASES if c.phone], ids=lambda c: c.id)
def test_every_offline_draft_passes_its_required_checks(case) -> None:
    result = draft_offline(case.notes, DraftOptions(now=NOW))
    assert len(result.drafts) == len(case.people)
    for draft in result.drafts:
        assert draft.ok, [(c.id, c.message) for c in draft.failures]


def test_the_example_reads_like_a_person_wrote_it() -> None:
    result = draft_offline(CASES[0].notes, DraftOptions(now=NOW))
    body = result.drafts[0].body
    assert body.splitlines()[0].endswith("Tomás,")
    assert "your webhook retries" in body  # "their" became "your"
    assert "abt" not in body and "talked about" not in body and "w/" not in body
    assert "(503) 555-0187" in body and "lena.hart@fastmail.com" in body
    assert body.rstrip().endswith("(503) 555-0187 · lena.hart@fastmail.com")
    assert 90 <= word_count(body) <= 200


def test_panel_notes_are_personal_not_copies() -> None:
    case = next(c for c in CASES if c.id == "panel-three")
    drafts = draft_offline(case.notes, DraftOptions(now=NOW)).drafts
    assert [d.to.name for d in drafts] == case.people
    for draft, word in zip(drafts, ["controller", "growing", "picking"], strict=True):
        assert word in draft.body.lower()
        others = [d for d in drafts if d is not draft]
        assert all(o.to.name.split()[0] not in draft.body.splitlines()[0] for o in others)
    assert similarity(drafts[0].body, drafts[1].body) < 0.9


@pytest.mark.parametrize("tone", ["warm", "formal", "brief"])
def test_each_tone_gives_a_complete_draft(tone) -> None:
    result = draft_offline(CASES[1].notes, DraftOptions(now=NOW, tone=tone))
    assert result.drafts[0].ok, [(c.id, c.message) for c in result.drafts[0].failures]


def test_tones_read_differently() -> None:
    bodies = {
        t: draft_offline(CASES[1].notes, DraftOptions(now=NOW, tone=t)).drafts[0].body for t in ("warm", "formal")
    }
    assert bodies["warm"] != bodies["formal"]
    assert "Dear Priya Raman," in bodies["formal"]


def test_no_phone_is_not_invented_and_is_asked_for() -> None:
    case = next(c for c in CASES if c.id == "no-phone")
    result = draft_offline(case.notes, DraftOptions(now=NOW))
    assert [m.field for m in result.missing] == ["phone"]
    assert not result.drafts[0].ok
    assert "555" not in result.drafts[0].body


def test_every_phrase_bank_template_renders() -> None:
    bank = phrase_bank()
    values = {
        "role": "Analyst",
        "company": "Acme",
        "first": "Ana",
        "formal": "Ana Lima",
        "when": " today",
        "about": " about the role",
        "topic": "your roadmap",
        "target": "Acme",
        "at_target": "at Acme",
        "skill": "my SQL work",
        "Skill": "My SQL work",
        "step": "a call next week",
        "phone": "555",
        "email": "a@b.co",
        "day": "Monday",
    }
    count = 0
    for slot in bank.values():
        for variants in slot.values():
            for template in variants if isinstance(variants, list) else [variants]:
                rendered = template.format(**{k: values[k] for k in placeholders(template)})
                assert "{" not in rendered
                count += 1
    assert count > 60


def test_no_cliche_in_the_phrase_bank() -> None:
    from followup.prompts import load_toml

    phrases = load_toml("checks.toml")["style_phrases"]["phrases"]
    text = str(phrase_bank()).lower()
    assert not [p for p in phrases if p in text]


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("their nightly ETL", "your nightly ETL"),
        ("she wants a faster close", "you want a faster close"),
        ("he has two teams", "you have two teams"),
    ],
)
def test_fragments_are_addressed_to_the_reader(fragment, expected) -> None:
    assert to_second_person(fragment) == expected


def test_topic_fragments_become_phrases() -> None:
    assert topic_phrase("their webhook retries pile up during carrier outages, want idempotent consumer").text == (
        "your webhook retries pile up during carrier outages"
    )


def test_next_step_owner_becomes_you() -> None:
    person = Interviewer(name="Omar Haddad")
    phrases = next_step_phrases("shadow shift next week, Omar will email times", person)
    assert [p.text for p in phrases] == ["a shadow shift next week", "you'll email times"]


def test_their_words_to_the_candidate_become_mine_in_the_note_to_them() -> None:
    person = Interviewer(name="Rosa Castellano-Wright")
    phrases = next_step_phrases(
        "Rosa will call you Tuesday arvo, and Rosa might get you to meet the production manager on site", person
    )
    assert [p.text for p in phrases] == [
        "you'll call me Tuesday arvo",
        "you might get me to meet the production manager on site",
    ]


def test_a_transcripts_speaker_letter_and_question_about_next_steps() -> None:
    notes = (
        "Southerly Buster Festival — Artist Liaison Coordinator\n"
        "Interviewer: Rosa Castellano-Wright (Festival Director)\n"
        "R: How would you run artist transport from Tullamarine with 14 acts landing?\n"
        "S: runners roster, two vans, buffer times\n"
        "R: Any questions?\n"
        "S: next steps?\n"
        "R: I'll call you Tuesday arvo, and I might get you to meet the production manager on site\n"
        "Sid Menon | sid.menon@example.com | +61 491 570 110\n"
    )
    result = draft_offline(notes, DraftOptions(now=NOW))
    assert result.facts.next_steps[0].value.startswith("Rosa will call you Tuesday")  # not "S: next steps"
    [draft] = result.drafts
    assert "you'll call me Tuesday arvo" in draft.body and "R: " not in draft.body


def test_the_candidates_own_letter_and_a_common_word_that_opens_a_line() -> None:
    notes = (
        "Southerly Buster Festival — Artist Liaison Coordinator\n"
        "Interviewer: Rosa Castellano-Wright (Festival Director)\n"
        "R: What's the worst rider you've dealt with?\n"
        "S: the band at my old job at a Fitzroy pub venue that wanted 40 green M&Ms\n"
        "R: Green room hospitality budget is tight. What would you cut?\n"
        "S: fancy catering, not water or fruit\n"
        "R: I'll call you Tuesday arvo\n"
        "Sid Menon | sid.menon@example.com | +61 491 570 110\n"
    )
    [draft] = draft_offline(notes, DraftOptions(now=NOW)).drafts
    assert "S: " not in draft.body  # "my experience with S: the band …": Sid's own letter is his
    assert "the band at my old job" in draft.body
    assert "how green room hospitality budget is tight" in draft.body  # "green" is written in lower case too
    assert "Fitzroy" in draft.body


def test_a_name_that_opens_a_line_keeps_its_capital() -> None:
    notes = (
        "Interview at Brightwater Foods for the Payroll Analyst role, panel: Meera Pillai and Tom Hughes\n"
        "Meera: Priya runs the close and wants a second pair of hands, asked how priya's team uses SAP\n"
        "Tom: monthly payroll audit, said to ask Priya about the month-end\n"
        "Next: Meera will call by Friday\n"
        "Dev Anand, dev.anand@example.com, 555-201-3344\n"
    )
    result = draft_offline(notes, DraftOptions(now=NOW))
    meera = next(d for d in result.drafts if d.to.name == "Meera Pillai")
    assert "Priya runs the close" in meera.body


def test_a_step_said_by_a_titled_name_is_not_cut_at_the_title() -> None:
    person = Interviewer(name="Prof. Johannes van der Merwe")
    step = "NEXT STEP - Prof. v.d. Merwe said HR will send a formal offer or regret letter within ten working days"
    assert [p.text for p in next_step_phrases(step, person)] == [
        "HR will send a formal offer or regret letter within ten working days"
    ]  # it said "I'm looking forward to Prof."
    other = Interviewer(name="Thandi Nkosi")
    assert [p.text for p in next_step_phrases("Capt. Mokoena said HR will call by Friday", other)] == [
        "Capt. Mokoena said HR will call by Friday"
    ]


def test_a_hedged_when_stays_with_its_step() -> None:
    person = Interviewer(name="Harriet Osei-Bonsu")
    step = "they'll let me know after they've seen the other two candidates, probably by thurs"
    assert [p.text for p in next_step_phrases(step, person)] == [
        "you'll let me know after you've seen the other two candidates, probably by thurs"
    ]  # not a second sentence: "I'm looking forward to the next step by thurs."


def test_a_topic_keeps_the_interviewers_part_when_the_candidates_follows() -> None:
    phrase = topic_phrase("telemetry alarms and how I handle alarm fatigue")
    assert phrase is not None and phrase.text == "telemetry alarms"
    assert topic_phrase("I know NetSuite (yes") is None


# Sentences a person would never send: a verb where a noun belongs, an article before a preposition.
BROKEN = [
    r"\bwith (?:asked|told|said|yes|no)\b",
    r"\b(?:the|a|an) (?:at|in|on|for|with|of|to|and|is|are|was)\b(?! (?:home|site|call))",
    r"\babout (?:you|they|he|she|we) \w+",
    r"\bhearing (?:how|about) (?:asked|talked|told)\b",
    r"\bto the (?:said|is|are|was|you|they)\b",
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_no_sentence_is_stitched_together_badly(case) -> None:
    import re

    for draft in draft_offline(case.notes, DraftOptions(now=NOW)).drafts:
        for pattern in BROKEN:
            assert not re.search(pattern, draft.body, re.IGNORECASE), (pattern, draft.body)


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("on the 15th", "the next step on the 15th"),
        ("to come in Monday night and sit with Earl", "I'll come in Monday night and sit with Earl"),
    ],
)
def test_next_steps_that_start_oddly_still_read_as_steps(fragment: str, expected: str) -> None:
    phrases = next_step_phrases(fragment, Interviewer(name="Dana Whitfield"))
    assert phrases[0].text == expected


@pytest.mark.parametrize(
    "fragment",
    ["pay 18.50/hr, raises after 90 days", "salary range is 70-80k", "$20/hr + tips share", "benefits start day one"],
)
def test_pay_is_never_the_topic_a_thank_you_dwells_on(fragment: str) -> None:
    assert topic_phrase(fragment) is None


def test_a_reported_point_is_said_as_the_point() -> None:
    phrase = topic_phrase("3-way match, she stressed that duplicate payments were a problem last year")
    assert phrase is not None and phrase.text == "duplicate payments were a problem last year"


@pytest.mark.parametrize(
    ("fragment", "text", "kind"),
    [
        (
            "just won a big rebrand for a kombucha company, need hands",
            "you just won a big rebrand for a kombucha company",
            "clause",
        ),
        (
            "multitasking because you're typing in CAD while talking to a caller",
            "multitasking because you're typing in CAD while talking to a caller",
            "np",
        ),
        ("they process around 1,800 invoices a month", "you process around 1,800 invoices a month", "clause"),
        (
            "housekeeping handover, he thinks communication between FO and housekeeping is a mess",
            "you think communication between FO and housekeeping is a mess",
            "clause",
        ),
    ],
)
def test_topics_take_the_shape_their_words_have(fragment: str, text: str, kind: str) -> None:
    phrase = topic_phrase(fragment)
    assert phrase is not None and (phrase.text, phrase.kind) == (text, kind)


def test_a_fragment_with_a_name_cut_out_is_never_said() -> None:
    from followup.voice import skill_phrase

    assert skill_phrase("Had my , the operations supervisor at Clearline") is None
    assert topic_phrase("their rollout with , the new vendor, starts in May") is None


def test_a_hedged_next_step_is_said_plainly() -> None:
    phrases = next_step_phrases("prob call by tues", Interviewer(name="Dana Whitfield"))
    assert phrases[0].text == "a call by tues"


@pytest.mark.parametrize(
    ("fragment", "said"),
    [
        ("send her a 30-day content calendar by FRIDAY", "send you a 30-day content calendar"),
        ("not totally sure, maybe a conditional offer", "a conditional offer"),
        ("Probearbeiten nächste Woche", "Probearbeiten"),
    ],
)
def test_next_steps_said_from_the_candidates_side(fragment: str, said: str) -> None:
    phrases = next_step_phrases(fragment, Interviewer(name="Dani Okwuosa"))
    assert said in phrases[0].text


def test_pay_per_mile_and_a_double_comma_are_not_topics() -> None:
    assert topic_phrase("cpm .62 + detention pay after 2 hrs") is None
    assert topic_phrase("mon 8am, , his foreman was supposed to be there") is None
    phrase = topic_phrase("opened, asked about the FOGO rollout to all households by next year")
    assert phrase is not None and not phrase.text.startswith("asked")


def test_drafts_from_everyday_notes_read_right() -> None:
    notes = (
        "Quillstack onsite (virtual) — Senior Frontend Engineer\nMon Apr 7, 10am\n\n"
        "round 1 — Sofía Hernández-Ruiz, Staff Engineer\n  their editor re-renders the whole doc tree on every keystroke\n"
        "round 2 — Dr. Ingrid Solberg, Head of Design (introduced herself as just Ingrid)\n  accessibility, keyboard nav\n"
        "Mateo A mateo@x.com 415-555-0134"
    )
    result = draft_offline(notes, DraftOptions(now=NOW))
    assert result.facts.company is not None and result.facts.company.value == "Quillstack"
    assert [d.body.split("\n", 1)[0] for d in result.drafts][1].endswith(" Ingrid,")
    assert len(result.drafts) == 2


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("she's got 2 more people to see and will let me know next week", "you've got 2 more people to see"),
        ("might need to do a bench test on the cmm first", "a bench test on the cmm first"),
    ],
)
def test_next_step_clauses_said_properly(fragment: str, expected: str) -> None:
    assert expected in next_step_phrases(fragment, Interviewer(name="Lorraine Baptiste"))[0].text


def test_a_to_do_is_not_a_skill_and_a_relative_clause_is_a_noun_phrase() -> None:
    from followup.voice import skill_phrase

    assert skill_phrase("bloodborne pathogens training required, i need to redo mine") is None
    phrase = topic_phrase("the new trauma-informed care training they're rolling out and the state audit in May")
    assert phrase is not None and phrase.kind == "np"


@pytest.mark.parametrize(
    "fragment",
    [
        "of your patients are seniors with perio issues",
        "not an ML role but they asked about the no-show model",
        "I just finished my he's the owner and honestly really nice",
    ],
)
def test_fragments_cut_mid_thought_are_never_topics(fragment: str) -> None:
    assert topic_phrase(fragment) is None


def test_their_story_is_not_a_step_or_a_skill_and_a_relative_clause_joins_its_noun() -> None:
    from followup.voice import skill_phrase

    phrases = next_step_phrases("Desmond walked me out, said they'll phone tomorrow", Interviewer(name="Łukasz Nowak"))
    assert not any(p.text.startswith("Desmond walked") for p in phrases)
    assert skill_phrase("Declan came back to ask about my availability for late shift") is None
    phrase = skill_phrase("the outbox pattern, which I used at my job at Shopify for order events")
    assert phrase is not None and phrase.text == "the outbox pattern I used at my job at Shopify for order events"
    phrase = topic_phrase("had me listen to a 3 min call recording and give the agent feedback live")
    assert phrase is not None and phrase.text.startswith("you had me listen")


def test_a_view_that_points_back_at_its_subject_is_not_said_alone() -> None:
    phrase = topic_phrase("Math - she just adopted Eureka Math, she admitted teachers are struggling with it")
    assert phrase is not None and "Eureka Math" in phrase.text  # what "it" is stays in the sentence


def test_what_the_candidate_told_them_about_is_the_skill_itself() -> None:
    phrase = skill_phrase("asked about upselling, I told her about the room upgrade scheme I ran at the Salthill Inn")
    assert phrase is not None and phrase.text == "the room upgrade scheme I ran at the Salthill Inn"


def test_no_two_sentences_in_a_row_open_the_same_way() -> None:
    for case in CASES:
        for draft in draft_offline(case.notes, DraftOptions(now=NOW)).drafts:
            for paragraph in draft.body.split("\n\n"):
                openings = [s.split()[:2] for s in sentences(paragraph.replace("\n", " "))]
                repeats = [a for a, b in itertools.pairwise(openings) if a == b and a[:1] != ["I"]]
                assert not repeats, (case.id, paragraph)


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("GLP documentation, ELN is Benchling", "GLP documentation"),  # the thing, not "how X, Y is Z"
        ("asked me to spread a set of financials", "how I'd spread a set of financials"),
        ("the sales team doesn't trust the dashboards rn", "the sales team doesn't trust the dashboards"),
    ],
)
def test_topics_said_as_a_person_would(fragment: str, text: str) -> None:
    phrase = topic_phrase(fragment)
    assert phrase is not None and phrase.text == text


@pytest.mark.parametrize(
    "fragment", ["we sat in the warehouse break room because the office was being painted", "honestly really nice"]
)
def test_how_the_interview_went_is_not_a_topic(fragment: str) -> None:
    assert topic_phrase(fragment) is None


def test_a_long_topic_is_not_cut_a_word_into_its_next_clause() -> None:
    phrase = topic_phrase(
        "a lot of their patients are seniors with perio issues so scaling and root planing is a big part of the day"
    )
    assert phrase is not None and not phrase.text.endswith("so scaling")


def test_their_figure_reads_as_theirs() -> None:
    phrase = topic_phrase("food cost, theirs is running like 34% and he wants it under 30")
    assert phrase is not None and phrase.text.startswith("your food cost is running like 34%")


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        (
            "I told the story from Braintree about the refund retry outage",
            "my experience with the refund retry outage at Braintree",
        ),
        ("seller onboarding, cut drop-off 22%", "I cut drop-off 22% in seller onboarding"),
        (
            "very, we switched from troughs to AUC at my residency site and I helped write the protocol",
            "I helped write the protocol",
        ),
    ],
)
def test_experience_said_in_the_candidates_own_words(fragment: str, text: str) -> None:
    phrase = skill_phrase(fragment)
    assert phrase is not None and phrase.text == text


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("walk us through the onboarding redesign from Takealot", "the onboarding redesign from Takealot"),
        ("what does success look like at 6 months", "what success looks like at 6 months"),
        ("how are leads assigned", "leads are assigned"),
        ("Comfortable with imaging laptops", "whether I'm comfortable with imaging laptops"),
        (
            "round robin from inbound + they're starting an outbound push into orthodontists in Q3",
            "you're starting an outbound push into orthodontists in Q3",
        ),
        ("pushed on exactly-once semantics, I said at-least-once is the realistic goal", "exactly-once semantics"),
    ],
)
def test_questions_and_answers_said_as_sentences(fragment: str, text: str) -> None:
    phrase = topic_phrase(fragment)
    assert phrase is not None and phrase.text == text


def test_the_candidates_said_and_their_asked_are_dropped_from_the_phrase() -> None:
    skill = skill_phrase("said i'd done the pressure ulcer audit at SM")
    assert skill is not None and skill.text == "I'd done the pressure ulcer audit at SM"
    topic = topic_phrase(
        "opened, asked about the FOGO rollout to all households by next year, how I'd handle complaints"
    )
    assert topic is not None and topic.text == "the FOGO rollout to all households by next year"


def test_what_the_candidate_noted_to_mention_is_in_every_note_and_to_whom_only_theirs() -> None:
    notes = (
        "Company: Vardhan Capital Advisors\nRole: Senior Financial Analyst\n"
        "Interviewers: Suresh Iyer - VP Finance; Kavya Menon - FP&A Lead\n"
        "Suresh asked:\n- variance analysis example - I explained the Q3 raw material cost variance I did\n"
        "- his focus is on building a rolling forecast instead of an annual budget\n"
        "Kavya asked:\n- month-end close timelines, they close on WD7 and want WD4\n"
        "- I walked her through my MIS dashboard in Power BI\n"
        "Next step: HR will share feedback by Monday\n"
        "Note to self - mention the rolling forecast model I built in my thank you\n"
        "Mention to Kavya that my old manager at Tata Motors is happy to talk.\n"
        "Rohan Deshpande, +91 98765 43210, rohan.deshpande91@gmail.com\n"
    )
    result = draft_offline(notes, DraftOptions(now=NOW))
    bodies = {d.to.name: d.body for d in result.drafts}
    assert all("the rolling forecast model I built" in body for body in bodies.values())
    assert "my old manager at Tata Motors is happy to talk" in bodies["Kavya Menon"]
    assert "Tata Motors" not in bodies["Suresh Iyer"]
    assert all(d.ok for d in result.drafts), [c.message for d in result.drafts for c in d.checks if not c.ok]


@pytest.mark.parametrize(
    ("fragment", "recipient", "expected"),
    [
        # Someone else's promise is told as the notes tell it, not turned into the reader's.
        ("reference check, Tanya said she'd call my references this week", "Luis Ortega", "Tanya said she'd call"),
        ("reference check, Tanya said she'd call my references this week", "Tanya Greer", "you'd call"),
        # A condition stays with the step it qualifies, and no "the" is put before it.
        ("Neha from HR will share feedback by Monday, and if positive there's a final round", "Suresh Iyer",
         "Neha from HR will share feedback by Monday, and if positive there's a final round"),
        # "she" after "the store manager" is the manager, not the reader; a guessed name in brackets goes.
        ("he'll text tomorrow to set up a walk with the store manager when she's back (jen?)", "Marcus Bell",
         "you'll text tomorrow to set up a walk with the store manager when she's back"),
    ],
)  # fmt: skip
def test_next_steps_keep_who_does_what(fragment: str, recipient: str, expected: str) -> None:
    person = Interviewer(name=recipient)
    said = " ".join(p.text for p in next_step_phrases(fragment, person))
    assert expected in said
    assert "(jen?)" not in said and "the if" not in said


def test_two_next_step_sentences_do_not_both_look_forward() -> None:
    for case in CASES:
        result = draft_offline(case.notes, DraftOptions(now=NOW))
        for draft in result.drafts:
            said = sentences(draft.body.replace("\n", " "))
            for first, second in itertools.pairwise(said):
                assert not ("look forward" in first and "look forward" in second), (case.id, first, second)


def test_a_pasted_invite_and_the_interviewers_own_story_do_not_lead_the_note() -> None:
    notes = (
        "Nathan Park\nnathan.park.pm@gmail.com\n(415) 555-0164\n\nPasted from the scheduling email:\n"
        "\"Hi Nathan — you're confirmed for a 45-minute interview with Olivia Brandt, Group Product Manager, on "
        "Tuesday, March 4 at 11:00 AM PT via Google Meet. Please let me know if you need to reschedule. Best, Sam "
        'Patel, Recruiting Coordinator"\n\nMy notes:\n'
        "Olivia — Olivia has been with Ledgerly 2 yrs, came from a big payments co.\n"
        "- Asked for a product I shipped end to end → told the instant payouts story (adoption 18% → 41%)\n"
        "- Her biggest problem: chargeback rates for SMB merchants; they want a dispute management flow\n"
        "Next steps: Ms. Brandt said she'll push me through to the onsite loop.\n"
        "Note: don't forget to mention the reason codes idea again in thank you.\n"
    )
    body = draft_offline(notes, DraftOptions(now=NOW)).drafts[0].body
    for leftover in ("reschedule", "confirmed for", "Sam Patel", "patient", "Ms. Brandt said"):
        assert leftover not in body, leftover
    opening = body.split("\n\n")[1]
    assert "chargeback" in opening or "dispute" in opening, opening
    assert "the instant payouts story" in body and "the reason codes idea" in body
    assert "you'll push me through to the onsite loop" in body


def test_a_note_to_a_person_says_you_for_their_name() -> None:
    from followup.voice import named_to_you

    assert named_to_you("Patricia has been with Skyline 14 years", ["Patricia Nguyen", "Patricia"]) == (
        "you have been with Skyline 14 years"
    )
    assert named_to_you("Patricia Nguyen runs the hangar", ["Patricia Nguyen", "Patricia"]) == "you run the hangar"
    assert named_to_you("the hangar Patricia runs", ["Patricia"]) == "the hangar Patricia runs"


def test_someone_elses_promise_and_a_final_step_read_as_sentences() -> None:
    said = next_step_phrases(
        "Dr. Rao said they'd make a decision within two weeks, then final step is references",
        Interviewer(name="Jenny Park"),
    )
    assert [p.text for p in said] == ["Dr. Rao said they'd make a decision within two weeks", "the references"]
    to_her = next_step_phrases(
        "Dr. Rao said they'd make a decision within two weeks, then final step is references",
        Interviewer(name="Dr. Anjali Rao"),
    )
    assert to_her[0].text == "you'd make a decision within two weeks"


def test_office_days_and_a_leftover_title_are_no_topic_but_acronyms_are() -> None:
    from followup.compose import _only_a_title
    from followup.voice import topic_phrase

    assert topic_phrase("3 days office") is None
    assert _only_a_title("BE CEng, Associate Director")
    assert not _only_a_title("IFRS 17") and not _only_a_title("EYLF V2.0")
    assert not _only_a_title("the sales team targets for Q3")


@pytest.mark.parametrize(
    "fragment",
    [
        "calm, dry sense of humour, liked you",
        "Very formal, addressed everyone by title",
        "pretty quiet, took lots of notes",
    ],
)
def test_impressions_of_the_interviewer_are_no_topic(fragment: str) -> None:
    assert topic_phrase(fragment) is None


@pytest.mark.parametrize("fragment", ["quiet phase now, then the public launch", "dry van, some reefer out of Joplin"])
def test_words_that_can_be_impressions_still_name_things(fragment: str) -> None:
    assert topic_phrase(fragment) is not None


def test_what_they_liked_of_mine_is_my_experience() -> None:
    skill = skill_phrase("Liked my sensory panel program from Blue Ridge Ales")
    assert skill is not None and skill.text == "my sensory panel program from Blue Ridge Ales"


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        # A whole sentence is said as one, never where a thing belongs ("I look forward to references will be …").
        ("references will be checked this week", [("references will be checked this week", "clause")]),
        ("the debrief is Monday", [("the debrief is Monday", "clause")]),
        # "there's X" is the thing; a condition goes after it.
        ("there's a short practical test", [("a short practical test", "np")]),
        ("if I move forward there's a practical", [("a practical if I move forward", "np")]),
        # The second clause is still hers: "…, will decide" is not "the will decide". Who else they are
        # seeing is no step of the candidate's.
        (
            "she has 2 more candidates, will decide by end of next week",
            [("you will decide by end of next week", "clause")],
        ),
        (
            "they're seeing two more candidates tomorrow and will phone everyone by Friday afternoon",
            [("you will phone everyone by Friday afternoon", "clause")],
        ),
        ("she has two more interviews this week", [("you have two more interviews this week", "clause")]),
        ("As I mentioned, the next step is a short writing sample", [("a short writing sample", "np")]),
        ("is a reference check", [("a reference check", "np")]),
        ("expect a call this week", [("a call this week", "np")]),
        ("we'll come back to you within the week", [("you'll come back to me within the week", "clause")]),
        ("we'll let you know early next week\"", [("you'll let me know early next week", "clause")]),
        ("just \"we'll be in touch", [("you'll be in touch", "clause")]),
        ("he didn't say what's next, just \"we'll be in touch\"", [("you'll be in touch", "clause")]),
        ("recruiter (Alexis) will call with feedback", [("the recruiter (Alexis) will call with feedback", "clause")]),
        ("HR (Nadia) would be in touch", [("HR (Nadia) would be in touch", "clause")]),
        (
            "the decision by Friday, then final is just a chat with the CISO",
            [
                ("the decision by Friday", "np"),
                ("a chat with the CISO", "np"),
            ],
        ),
        # Pay is no step, and who reported a round is not part of it.
        ("salary is 108k plus fees, Sarah will ring me on Friday", [("Sarah will ring me on Friday", "clause")]),
        ("HR will call in 2 days for CTC discussion", [("HR will call in 2 days for CTC discussion", "clause")]),
        (
            "a short writing sample: a one-page budget narrative",
            [
                ("a short writing sample (a one-page budget narrative)", "np"),
            ],
        ),
        ("suresh sir said final round with plant head next week", [("a final round with plant head next week", "np")]),
        ("said feedback within 5 business days", [("the feedback within 5 business days", "np")]),
        # "us" in a step is the candidates: not "you'd let you know"
        ("they'd let us know by Wednesday 22nd", [("you'd let me know by Wednesday 22nd", "clause")]),
        # A name the notes typed in lower case is written as a name.
        ("mrs owusu will present to the board", [("Mrs Owusu will present to the board", "clause")]),
    ],
)
def test_a_next_step_is_said_the_way_a_sentence_needs_it(fragment: str, expected: list[tuple[str, str]]) -> None:
    people = [Interviewer(name="Dana Whitfield"), Interviewer(name="Abena Owusu")]
    phrases = next_step_phrases(fragment, people[0], people)
    assert [(p.text, p.kind) for p in phrases] == expected


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        (
            "Talk me through how you'd check a steel beam for lateral torsional buckling",
            "how I'd check a steel beam for lateral torsional buckling",
        ),
        (
            "Last question — what would your priorities be in the first 90 days",
            "what my priorities would be in the first 90 days",
        ),
    ],
)
def test_a_question_to_the_candidate_is_their_question(fragment: str, expected: str) -> None:
    assert topic_phrase(fragment) == Phrase(expected, "question")


def test_it_is_is_not_a_verb_to_agree() -> None:
    phrase = topic_phrase("it's 4 policy officers plus a data analyst, and they sit with the homelessness team")
    assert phrase is not None and phrase.text == "it's 4 policy officers plus a data analyst"  # not "you it' 4 …"


def test_where_then_what_the_candidate_did_reads_as_a_sentence() -> None:
    # Not "I'd bring my experience at Ogilvy I wrote the launch copy … to that work".
    phrase = skill_phrase("when I was at Ogilvy I wrote the launch copy for a sparkling water line")
    assert phrase == Phrase("at Ogilvy I wrote the launch copy for a sparkling water line", "clause")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            Phrase("my time at Chorus on the UFB rollout which Marama seemed to like", "np"),
            "my time at Chorus on the UFB rollout",
        ),
        (Phrase("Joanne seemed kind of cold honestly", "clause"), None),
        (Phrase("my experience with Carla very friendly", "np"), None),
        (Phrase("good bunch, Piotr very quiet but friendly", "np"), None),
        (
            Phrase("your need for someone really keen on community engagement", "np"),
            "your need for someone really keen on community engagement",
        ),
    ],
)
def test_how_someone_came_across_stays_out_of_their_thank_you(phrase: Phrase, expected: str | None) -> None:
    said = without_impression(phrase)
    assert (said.text if said else None) == expected


def test_without_a_company_the_candidate_wants_to_contribute_with_their_team() -> None:
    bodies = []
    for name, topic in [
        ("Dana Whitfield", "nightly ETL"),
        ("Omar Haddad", "billing backlog"),
        ("Ana Lima", "QA rota"),
        ("Tom Becker", "test rig"),
        ("Ines Ferreira", "gain tuning"),
        ("Aisha Khan", "pilot metrics"),
    ]:
        notes = f"Interview w/ {name} (hiring manager) for the Analyst role\n- their {topic} runs late\nSam sam@x.com"
        bodies += [d.body for d in draft_offline(notes, DraftOptions(now=NOW)).drafts]
    assert not any(" at the team" in body for body in bodies)  # was "contribute at the team"
    assert any("with your team." in body for body in bodies)


def test_like_at_my_old_job_says_where_the_thought_before_it_was_done() -> None:
    # Not "my experience with like at my old practice".
    phrase = skill_phrase("change control log, sign-off at each stage, like at my old practice")
    assert phrase == Phrase("my experience with sign-off at each stage at my old practice", "np")


def test_a_plural_noun_ending_an_of_phrase_is_not_a_verb() -> None:
    # Not "I was glad to hear how humidification and flattening of the rolled estate plans".
    assert topic_phrase("humidification and flattening of the rolled estate plans").kind == "np"
    assert topic_phrase("the number of new hires drops in winter").kind == "clause"


def test_the_day_of_the_interview_is_read_from_when_the_draft_is_written() -> None:
    """ "today" on the day, "on Tuesday" the day after: from the drafting time given, not the machine's clock."""
    notes = (
        "Interview Tue Nov 24 2pm at Lumen Robotics, controls engineer\n"
        "Interviewer: Ines Ferreira, talked about the gain-scheduling rework\n"
        "next: she'll email by Friday\n"
        "me: Priya Nair priya.nair@gmail.com 617-555-0190\n"
    )
    same_day = draft_offline(notes, DraftOptions(now=datetime(2026, 11, 24, 18).astimezone())).drafts[0].body
    next_day = draft_offline(notes, DraftOptions(now=datetime(2026, 11, 25, 9).astimezone())).drafts[0].body
    a_fortnight = draft_offline(notes, DraftOptions(now=datetime(2026, 12, 8, 9).astimezone())).drafts[0].body
    assert " today" in same_day and " on Tuesday" not in same_day
    assert " on Tuesday" in next_day and " today" not in next_day
    assert " today" not in a_fortnight and " on Tuesday" not in a_fortnight


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        # what they handed over, said as a thing, not "how you gave me …"
        ("tomasz gave me a power bi file and asked what I'd fix", "the power bi file you gave me"),
        (
            "Gave me a 20-minute Excel case on a water utility",
            "the 20-minute Excel case on a water utility you gave me",
        ),
        ("gave me a print to read", "the print you gave me to read"),
        # not twice "you": the deed stays a clause
        (
            "showed me the apple display you built for Thanksgiving",
            "you showed me the apple display you built for Thanksgiving",
        ),
    ],
)
def test_what_they_gave_the_candidate_is_named_as_a_thing(fragment: str, text: str) -> None:
    phrase = topic_phrase(fragment)
    assert phrase is not None and phrase.text == text


def test_the_candidates_admission_after_a_topic_is_left_out() -> None:
    assert without_impression(Phrase("dbt models and tests, never used it", "np")) == Phrase(
        "dbt models and tests", "np"
    )
    assert without_impression(Phrase("Kubernetes, I haven't used it", "np")) is None  # one word left: no topic
    phrase = skill_phrase("asked a lot about SQL window functions, and about my thesis on bike traffic in Wrocław")
    assert phrase is not None and phrase.text == "my thesis on bike traffic in Wrocław"

"""How good is the validator? Precision and recall per check on hand-labelled drafts.

A "positive" is a draft the label says should FAIL the check: the validator's
job is to catch defects. Precision = caught defects / all drafts it failed;
recall = caught defects / all labelled defects. `distinct` is only scored on
rows that belong to a `set` (the panel's drafts judged against each other).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from followup.checklist import CHECKLIST
from followup.evals.dataset import Case, LabelledDraft, fixed_now
from followup.extract import extract_facts
from followup.models import Draft, InterviewFacts, Recipient
from followup.validate import check_drafts, person_for


@dataclass
class Confusion:
    """Counts for one check; positive = the draft should fail."""

    tp: int = 0  # should fail, failed
    fp: int = 0  # should pass, failed
    fn: int = 0  # should fail, passed
    tn: int = 0  # should pass, passed

    def add(self, should_pass: bool, passed: bool) -> None:
        if not should_pass:
            self.tp += not passed
            self.fn += passed
        else:
            self.fp += not passed
            self.tn += passed

    @property
    def precision(self) -> float | None:
        flagged = self.tp + self.fp
        return self.tp / flagged if flagged else None

    @property
    def recall(self) -> float | None:
        defects = self.tp + self.fn
        return self.tp / defects if defects else None


@dataclass
class Mistake:
    row: str
    check: str
    expected_pass: bool
    message: str


@dataclass
class ValidatorScore:
    per_check: dict[str, Confusion]
    mistakes: list[Mistake]
    rows: int


def _draft(row: LabelledDraft, facts: InterviewFacts) -> Draft:
    person = person_for(Draft(to=Recipient(name=row.to), subject="", body=""), facts)
    return Draft(to=Recipient(name=row.to, email=person.email if person else None), subject=row.subject, body=row.body)


def _groups(rows: list[LabelledDraft]) -> list[list[LabelledDraft]]:
    """Rows sharing a `set` are checked together (so `distinct` compares them); others alone."""
    sets: dict[str, list[LabelledDraft]] = defaultdict(list)
    groups: list[list[LabelledDraft]] = []
    for row in rows:
        if row.set:
            sets[row.set].append(row)
        else:
            groups.append([row])
    return groups + list(sets.values())


def score_validator(rows: list[LabelledDraft], cases: list[Case]) -> ValidatorScore:
    by_id = {case.id: case for case in cases}
    per_check = {check.id: Confusion() for check in CHECKLIST}
    mistakes: list[Mistake] = []
    facts_cache: dict[str, InterviewFacts] = {}
    for group in _groups(rows):
        case = by_id[group[0].case]
        if case.id not in facts_cache:
            facts_cache[case.id] = extract_facts(case.notes, case.profile, fixed_now())
        facts = facts_cache[case.id]
        checked = check_drafts([_draft(row, facts) for row in group], facts, case.notes)
        for row, draft in zip(group, checked, strict=True):
            for result in draft.checks:
                if result.id not in row.labels or (result.id == "distinct" and not row.set):
                    continue
                expected = row.labels[result.id]
                per_check[result.id].add(expected, result.ok)
                if expected != result.ok:
                    mistakes.append(Mistake(row.id, result.id, expected, result.message))
    return ValidatorScore(per_check, mistakes, len(rows))

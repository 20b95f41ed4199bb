"""How well `followup review`'s rule verdicts agree with human labels.

A labelled set is JSONL: {"id", "email", "labels": {check_id: bool}} and,
optionally, "notes" and "to". "Positive" means the check passes, so precision
is how often a tick is right and recall how often a deserved tick is given.

    python -m followup.review_eval evals/datasets/review_published.jsonl
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from followup.review import review_email

BAR: dict[str, float] = {
    "thanks": 0.95,
    "contact_phone": 0.95,
    "contact_email": 0.95,
    "clean": 0.95,
    "enthusiasm": 0.85,
    "skills": 0.85,
    "specifics": 0.85,
    "next_steps": 0.85,
}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, case_id: str, predicted: bool, label: bool) -> None:
        if predicted and label:
            self.tp += 1
        elif predicted:
            self.fp += 1
            self.wrong.append(f"{case_id} (ticked, should not be)")
        elif label:
            self.fn += 1
            self.wrong.append(f"{case_id} (missed)")
        else:
            self.tn += 1


def load_cases(path: Path) -> list[dict[str, object]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def score(cases: list[dict[str, object]]) -> dict[str, Score]:
    scores: dict[str, Score] = {}
    for case in cases:
        notes, to = case.get("notes"), case.get("to")
        review = review_email(str(case["email"]), str(notes) if notes else None, str(to) if to else None)
        verdicts = {c.id: c.ok for c in review.checks}
        labels = case["labels"]
        assert isinstance(labels, dict)
        for check_id, label in labels.items():
            scores.setdefault(check_id, Score()).add(str(case["id"]), verdicts[check_id], bool(label))
    return scores


def report(scores: dict[str, Score]) -> str:
    rows = [f"{'check':<14}{'precision':>10}{'recall':>8}{'bar':>6}  tp fp fn tn"]
    for check_id, s in scores.items():
        bar = BAR.get(check_id, 0.0)
        flag = "" if min(s.precision, s.recall) >= bar else "  BELOW BAR"
        rows.append(f"{check_id:<14}{s.precision:>10.2f}{s.recall:>8.2f}{bar:>6.2f}  {s.tp} {s.fp} {s.fn} {s.tn}{flag}")
        rows += [f"    {w}" for w in s.wrong]
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    for name in argv or ["evals/datasets/review_published.jsonl"]:
        print(f"# {name}")
        print(report(score(load_cases(Path(name)))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

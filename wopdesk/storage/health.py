"""Partnership health reviews: writing one with its scores, and reading them back.

Each review is scored by one partner (mentor or mentee) on a date, optionally for a
reporting period; its scores are one row per item (resources/health_items.csv). The
summary compares the sides: for each side, the reviews of its latest review date (several
people of one side may score on the same day), averaged per item.
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from statistics import fmean
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from wopdesk.domain import vocab as v
from wopdesk.domain.health import check_score, health_items
from wopdesk.domain.i18n import translate
from wopdesk.domain.rules import validate
from wopdesk.errors import ValidationError
from wopdesk.storage import commands
from wopdesk.storage.models import HealthReview, HealthScore


class ItemScore(NamedTuple):
    """What a partner wrote for one item: a score (None: not scored) and a comment."""

    score: int | None
    comment: str | None = None


def record_review(
    session: Session,
    partnership_id: str,
    values: Mapping[str, object],
    scores: Mapping[str, ItemScore],
    review_id: str | None = None,
) -> HealthReview:
    """Write a review (new, or ``review_id``) and its scores, or refuse with one sentence
    and write nothing: every value is checked before the first write."""
    fields = {"partnership_id": partnership_id, **values}
    if review_id is None:
        validate(HealthReview.rules, HealthReview.new_values(fields))
    else:
        validate(
            HealthReview.rules,
            {**commands.get(session, HealthReview, review_id).values(), **values},
        )
    scored = {item: s for item, s in scores.items() if s.score is not None}
    if not scored:
        message = translate("health", "Partnership health: score at least one item.")
        raise ValidationError(message, "score")
    for item, given in scored.items():
        check_score(item, given.score)
    if review_id is None:
        review = commands.create(session, HealthReview, **fields)
    else:
        review = commands.update(session, HealthReview, review_id, **values)
    existing = {s.item: s for s in review_scores(session, review.id)}
    for item, given in scores.items():
        _write_score(session, review, existing.get(item), item, given)
    return review


def _write_score(
    session: Session,
    review: HealthReview,
    row: HealthScore | None,
    item: str,
    given: ItemScore,
) -> None:
    comment = (given.comment or "").strip() or None
    if given.score is None:
        if row is not None:
            commands.delete(session, HealthScore, row.id)
        return
    if row is None:
        commands.create(
            session,
            HealthScore,
            partnership_id=review.partnership_id,
            review_id=review.id,
            item=item,
            score=given.score,
            comment=comment,
        )
    else:
        commands.update(session, HealthScore, row.id, score=given.score, comment=comment)


def review_scores(session: Session, review_id: str) -> list[HealthScore]:
    return list(
        session.scalars(
            select(HealthScore).where(
                HealthScore.review_id == review_id, HealthScore.deleted.is_(False)
            )
        )
    )


def reviews(session: Session, partnership_id: str) -> list[HealthReview]:
    """A partnership's live reviews, newest first."""
    return list(
        session.scalars(
            select(HealthReview)
            .where(HealthReview.partnership_id == partnership_id, HealthReview.deleted.is_(False))
            .order_by(HealthReview.date.desc(), HealthReview.created_at.desc())
        )
    )


class ReviewRow(NamedTuple):
    """One review as the list shows it."""

    id: str
    date: dt.date
    scored_by: v.PartnerSide
    period_start: dt.date | None
    period_end: dt.date | None
    average: float | None
    scored: int
    note: str | None
    comments: tuple[tuple[str, int, str], ...]  # (item, score, comment) with a comment


def review_rows(session: Session, partnership_id: str) -> list[ReviewRow]:
    by_review: dict[str, list[HealthScore]] = defaultdict(list)
    for score in _scores(session, partnership_id):
        by_review[score.review_id].append(score)
    rows = []
    for review in reviews(session, partnership_id):
        scores = by_review.get(review.id, [])
        rows.append(
            ReviewRow(
                review.id,
                review.date,
                review.scored_by,
                review.period_start,
                review.period_end,
                fmean(s.score for s in scores) if scores else None,
                len(scores),
                review.note,
                tuple((s.item, s.score, s.comment) for s in scores if s.comment),
            )
        )
    return rows


def _scores(session: Session, partnership_id: str) -> list[HealthScore]:
    return list(
        session.scalars(
            select(HealthScore).where(
                HealthScore.partnership_id == partnership_id, HealthScore.deleted.is_(False)
            )
        )
    )


class HealthSummary(NamedTuple):
    """Each side's latest review date and its average per item (None: not scored)."""

    dates: dict[v.PartnerSide, dt.date | None]
    averages: dict[str, dict[v.PartnerSide, float | None]]  # item -> side -> average
    comments: tuple[tuple[v.PartnerSide, str, str], ...]  # (side, item, comment)

    @property
    def empty(self) -> bool:
        return all(day is None for day in self.dates.values())

    def items(self) -> list[str]:
        """The items of the resource file, then any scored item it no longer has."""
        known = [item.id for item in health_items()]
        return known + sorted(set(self.averages) - set(known))


def summary(
    session: Session,
    partnership_id: str,
    up_to: dt.date | None = None,
    period: tuple[dt.date, dt.date] | None = None,
) -> HealthSummary:
    """The latest review of each side, averaged per item: of the reviews up to ``up_to``,
    and of a reporting ``period`` (its first and last day) if given."""
    chosen = [
        r
        for r in reviews(session, partnership_id)
        if (up_to is None or r.date <= up_to)
        and (period is None or (r.period_start, r.period_end) == period)
    ]
    dates: dict[v.PartnerSide, dt.date | None] = {}
    for side in v.PartnerSide:
        dates[side] = max((r.date for r in chosen if r.scored_by == side), default=None)
    latest = {r.id: r.scored_by for r in chosen if r.date == dates[r.scored_by]}
    found: dict[str, dict[v.PartnerSide, list[int]]] = defaultdict(lambda: defaultdict(list))
    comments = []
    for score in _scores(session, partnership_id):
        by = latest.get(score.review_id)
        if by is None:
            continue
        found[score.item][by].append(score.score)
        if score.comment:
            comments.append((by, score.item, score.comment))
    averages = {
        item: {side: fmean(sides[side]) if sides.get(side) else None for side in v.PartnerSide}
        for item, sides in found.items()
    }
    return HealthSummary(dates, averages, tuple(sorted(comments, key=lambda c: (c[1], c[0]))))


def report_summary(
    session: Session, partnership_id: str, period: tuple[dt.date, dt.date] | None, as_of: dt.date
) -> HealthSummary:
    """What a progress report prints: the reviews of its period if any were made for it,
    else the latest reviews up to the day the report is made."""
    if period is not None:
        found = summary(session, partnership_id, as_of, period)
        if not found.empty:
            return found
    return summary(session, partnership_id, as_of)

"""A small partnership with known readings, actions and money, for the spreadsheet tests."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from wopdesk.domain.vocab import ActionStatus, ContributionKind, DataConfidence, ExpenseCategory
from wopdesk.storage import commands
from wopdesk.storage.models import (
    Action,
    Contribution,
    Expense,
    Indicator,
    IndicatorReading,
    Partnership,
    Person,
    Utility,
)
from wopdesk.storage.store import Store

NRW = "IBNET-NRW-PCT"  # a percentage: 0 to 100
METERING = "IBNET-METERING"


@dataclass(frozen=True)
class Built:
    partnership_id: str
    mentor_id: str
    mentee_id: str


def indicator_id(store: Store, code: str) -> str:
    with store.reading() as session:
        found = session.scalar(select(Indicator.id).where(Indicator.code == code))
    assert found is not None
    return found


def build_partnership(store: Store) -> Built:
    """Two utilities (one named with accents), three readings, two actions, money in two
    currencies with decimals a float would get wrong."""
    with store.transaction() as session:
        mentor = commands.create(session, Utility, name="Eaux de Nîmes", country="FR")
        mentee = commands.create(session, Utility, name="Régie de Kolda", country="SN")
        partnership = commands.create(
            session,
            Partnership,
            title="Nîmes – Kolda",
            mentor_utility_id=mentor.id,
            mentee_utility_id=mentee.id,
            currency="XOF",
        )
        owner = commands.create(session, Person, name="Aïssatou Diallo", utility_id=mentee.id)
        pid = partnership.id
        nrw = session.scalar(select(Indicator.id).where(Indicator.code == NRW))
        metering = session.scalar(select(Indicator.id).where(Indicator.code == METERING))
        for utility, indicator, period, value, note in (
            (mentee.id, nrw, dt.date(2025, 3, 31), 41.5, "Relevé « compteurs »"),
            (mentee.id, nrw, dt.date(2025, 6, 30), 38.25, None),
            (mentor.id, metering, dt.date(2025, 6, 30), 100.0, "All metered"),
        ):
            commands.record_reading(
                session,
                partnership_id=pid,
                utility_id=utility,
                indicator_id=indicator,
                period=period,
                value=value,
                confidence=DataConfidence.RELIABLE,
                note=note,
            )
        commands.create(
            session,
            Action,
            partnership_id=pid,
            description="Sectoriser le réseau",
            owner_id=owner.id,
            due_date=dt.date(2025, 9, 30),
            status=ActionStatus.IN_PROGRESS,
            progress=40,
        )
        commands.create(session, Action, partnership_id=pid, description="Open question")
        for day, amount, currency, in_kind in (
            (dt.date(2025, 4, 2), 0.1, "EUR", False),
            (dt.date(2025, 4, 3), 0.2, "EUR", False),
            (dt.date(2025, 4, 4), 1234567.0, "XOF", True),
            (dt.date(2025, 4, 5), 1999.99, "EUR", False),
        ):
            commands.create(
                session,
                Expense,
                partnership_id=pid,
                date=day,
                category=ExpenseCategory.TRAVEL,
                amount=amount,
                currency=currency,
                in_kind=in_kind,
                description="Billet d'avion" if currency == "EUR" else "Salle de réunion",
            )
        commands.create(
            session,
            Contribution,
            partnership_id=pid,
            contributor="Fondation Eau",
            kind=ContributionKind.CASH,
            amount=15000000.0,
        )
        commands.create(
            session,
            Contribution,
            partnership_id=pid,
            contributor="Régie de Kolda",
            kind=ContributionKind.IN_KIND,
            amount=2500000.5,
        )
    return Built(pid, mentor.id, mentee.id)


def reading_rows(store: Store, partnership_id: str) -> list[tuple[object, ...]]:
    """Every live reading as (utility, indicator, period, value, confidence, source, note)."""
    with store.reading() as session:
        return [
            tuple(row)
            for row in session.execute(
                select(
                    IndicatorReading.utility_id,
                    IndicatorReading.indicator_id,
                    IndicatorReading.period,
                    IndicatorReading.value,
                    IndicatorReading.confidence,
                    IndicatorReading.source,
                    IndicatorReading.note,
                )
                .where(
                    IndicatorReading.partnership_id == partnership_id,
                    IndicatorReading.deleted.is_(False),
                )
                .order_by(
                    IndicatorReading.utility_id,
                    IndicatorReading.indicator_id,
                    IndicatorReading.period,
                )
            )
        ]


def reading_count(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(IndicatorReading)) or 0

"""Milestones sync through the real server field by field, like every record."""

import datetime as dt

from tests.test_sync_engine import Replica, quiet_environment, replicas, snapshot, template
from wopdesk.demo import DEMO_PARTNERSHIP_ID, demo_id
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.milestones import milestone_points
from wopdesk.storage.overview import indicator_statuses

__all__ = ["quiet_environment", "replicas", "template"]

D = dt.date
NRW = demo_id("track_indicator:IBNET-NRW-PCT")
NRW_2025 = demo_id("milestone:IBNET-NRW-PCT:2025")
NRW_2026 = demo_id("milestone:IBNET-NRW-PCT:2026")


def points(replica: Replica) -> tuple[tuple[dt.date, float], ...]:
    with replica.store.reading() as session:
        return milestone_points(session, NRW)


def test_milestones_made_offline_on_two_laptops_meet_and_judge_alike(
    replicas: tuple[Replica, Replica],
) -> None:
    a, b = replicas
    assert points(b) == ((D(2025, 6, 30), 26.5), (D(2026, 6, 30), 24.5))  # the demo's, synced
    new = a.write(
        cmd.create,
        m.IndicatorMilestone,
        partnership_id=DEMO_PARTNERSHIP_ID,
        track_indicator_id=NRW,
        date=D(2027, 3, 31),
        value=23.0,
    ).id
    a.write(cmd.update, m.IndicatorMilestone, NRW_2025, value=26.0)
    b.write(cmd.update, m.IndicatorMilestone, NRW_2025, date=D(2025, 9, 30))  # another field
    b.write(cmd.delete, m.IndicatorMilestone, NRW_2026)
    a.sync()
    b.sync()
    a.sync()
    assert snapshot(a.store) == snapshot(b.store)
    expected = ((D(2025, 9, 30), 26.0), (D(2027, 3, 31), 23.0))
    assert points(a) == points(b) == expected
    assert b.get(m.IndicatorMilestone, new).track_indicator_id == NRW
    assert not a.conflicts()
    assert not b.conflicts()
    judged = []
    for replica in (a, b):
        with replica.store.reading() as session:
            statuses = indicator_statuses(session, DEMO_PARTNERSHIP_ID, D(2026, 12, 4))
        judged.append({s.code: s.status for s in statuses})
    assert judged[0] == judged[1]

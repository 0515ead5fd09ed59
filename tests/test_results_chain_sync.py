"""Outputs and the actions' new fields travel through the real server, field by field."""

import datetime as dt
from decimal import Decimal

from tests.test_sync_engine import (  # noqa: F401 (fixtures)
    Replica,
    quiet_environment,
    replicas,
    template,
)
from wopdesk.demo import DEMO_PARTNERSHIP_ID, demo_id
from wopdesk.domain import vocab as v
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage.store import SKIP_VALIDATION

ACTION = demo_id("action:a5")
KARAD_OUTPUT = demo_id("india:output:gis")


def test_an_output_and_an_actions_cost_start_and_output_reach_the_other_laptop(
    replicas: tuple[Replica, Replica],  # noqa: F811
) -> None:
    a, b = replicas
    with a.store.transaction() as session:
        output_id = cmd.create(
            session,
            m.Output,
            partnership_id=DEMO_PARTNERSHIP_ID,
            track_id=demo_id("track:billing"),
            title="Tournées de relève redécoupées",
            target_date=dt.date(2027, 6, 30),
            evidence="Plan des tournées signé",
        ).id
        cmd.update(
            session,
            m.Action,
            ACTION,
            output_id=output_id,
            start_date=dt.date(2027, 1, 11),
            estimated_cost=Decimal("7241.53"),  # exact, cents and all, across the wire
            estimated_cost_currency="EUR",
        )
    assert not a.sync().refused
    b.sync()
    output = b.get(m.Output, output_id)
    assert (output.title, output.target_date, output.status) == (
        "Tournées de relève redécoupées",
        dt.date(2027, 6, 30),
        v.OutputStatus.PLANNED,
    )
    action = b.get(m.Action, ACTION)
    assert (action.output_id, action.start_date, action.estimated_cost_currency) == (
        output_id,
        dt.date(2027, 1, 11),
        "EUR",
    )
    assert action.estimated_cost == Decimal("7241.53")

    # Joao delivers the output while Maria changes the cost: both edits are kept.
    b.write(
        cmd.update,
        m.Output,
        output_id,
        status=v.OutputStatus.DELIVERED,
        delivered_date=dt.date(2026, 11, 30),
    )
    a.write(cmd.update, m.Action, ACTION, estimated_cost=Decimal("5000000"))
    b.sync()
    a.sync()
    b.sync()
    for replica in (a, b):
        assert replica.get(m.Output, output_id).status == v.OutputStatus.DELIVERED
        assert replica.get(m.Action, ACTION).estimated_cost == Decimal("5000000")


def test_the_server_refuses_an_action_serving_another_partnerships_output(
    replicas: tuple[Replica, Replica],  # noqa: F811
) -> None:
    a, _b = replicas
    # Set behind the app's back (its own check refuses it): as a forged client would.
    with a.store.transaction(**{SKIP_VALIDATION: True}) as session:
        cmd.update(session, m.Action, ACTION, output_id=KARAD_OUTPUT)
    report = a.sync()
    assert len(report.refused) == 1
    assert "another partnership" in report.refused[0]

"""The server's cheaper checks of a push give the very answers of the full ones."""

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from tests.test_fast_paths import NASTY_VALUES
from tests.test_server_push import NODE_A, at, creation, new_id, principal, push
from wopdesk.domain.rules import EntityRules, field_problems
from wopdesk.server import records
from wopdesk.server.db import ServerDatabase, ServerRecord
from wopdesk.storage import models as m
from wopdesk.storage.clock import wall_ms

MORE_VALUES: tuple[Any, ...] = (
    0,
    5,
    2.5,
    -3,
    101,
    Decimal("-1"),
    Decimal("1.005"),
    "EUR",
    "eur",
    "XOF",
    "name@utility.org",
    "a@b",
    dt.date(2000, 1, 1),
    "2999-01-01",
    True,
    [1, 2],
    {"a": 1},
)


def _first_problem(rules: EntityRules, values: dict[str, Any]) -> str | None:
    problem = next(field_problems(rules, values), None)
    return None if problem is None else str(problem)


def _outcome(check: Callable[..., str | None], *args: Any) -> str | None:
    """The sentence, or the kind of error raised (NaN compares with nothing)."""
    try:
        return check(*args)
    except ArithmeticError as exc:
        return f"raised {type(exc).__name__}"


def test_a_one_field_change_is_checked_by_its_own_rules_with_the_full_rules_answer() -> None:
    """``broken_rule`` of one field looks only at that field's rules: the same sentence
    (or none) as every rule of the kind would give, for every field a rule reads."""
    checked = 0
    refused = 0
    for model in m.ENTITIES.values():
        for name in records._checked_fields(model):
            for value in (*NASTY_VALUES, *MORE_VALUES):
                values = {name: value}
                expected = _outcome(_first_problem, model.rules, values)
                got = _outcome(records.broken_rule, model, values)
                assert got == expected, (model, name, value)
                checked += 1
                refused += expected is not None
    assert checked > 500
    assert refused > 50


@pytest.mark.usefixtures("fast_hashing")
def test_a_new_records_earlier_value_of_a_field_is_still_checked(server_db: ServerDatabase) -> None:
    """A batch creating a person is checked with its last values; an earlier change of the
    e-mail in the same batch, to a bad address, is still refused with its own sentence."""
    who = principal(server_db, "ann", {new_id(): "coordinator"})
    person, stamp = new_id(), at(wall_ms() - 60_000, NODE_A)
    changes = creation("person", person, {"name": "Awa", "email": "awa@utility.org"}, stamp)
    later = at(wall_ms() - 30_000, NODE_A)
    bad = {"entity": "person", "row_id": person, "field": "email", "value": "not an e-mail"}
    changes.insert(1, {**bad, "stamp": later})
    answer = push(server_db, who, changes)
    statuses = [(r.status, r.reason) for r in answer.results]
    assert statuses[1] == (
        "refused",
        "Person: 'not an e-mail' is not an email address, such as name@utility.org.",
    )
    assert all(status == "accepted" for status, _ in statuses[:1] + statuses[2:])
    with server_db.read() as session:
        stored = session.get(ServerRecord, ("person", person))
        assert stored is not None
        assert stored.fields["email"]["v"] == "awa@utility.org"

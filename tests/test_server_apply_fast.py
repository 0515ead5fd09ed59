"""The server's cheaper checks of a push give the very answers of the full ones."""

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from tests.test_fast_paths import NASTY_VALUES
from wopdesk.domain.rules import EntityRules, field_problems
from wopdesk.server import records
from wopdesk.storage import models as m

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

"""Rules of the results chain that span fields: an output's delivery, an action's cost.

Outputs are the deliverables between a track's indicators and its actions ("GIS map of
the network"); an action may serve one and carry an estimated cost in a currency.
"""

from collections.abc import Iterator, Mapping
from typing import Any

from wopdesk.domain.i18n import translate
from wopdesk.domain.vocab import OutputStatus
from wopdesk.errors import ValidationError


def output_problems(values: Mapping[str, Any]) -> Iterator[ValidationError]:
    """A delivered output says when it was delivered (the date a funder asks for first)."""
    if values.get("status") == OutputStatus.DELIVERED and values.get("delivered_date") is None:
        yield ValidationError(
            translate("rules", "Output: a delivered output needs its delivered date."),
            "delivered_date",
        )


def action_problems(values: Mapping[str, Any]) -> Iterator[ValidationError]:
    """An estimated cost is in an ISO 4217 currency, which must then be given."""
    currency = values.get("estimated_cost_currency")
    if values.get("estimated_cost") is not None and not currency:
        yield ValidationError(
            translate("rules", "Action: give the currency of the estimated cost."),
            "estimated_cost_currency",
        )
    elif currency:
        # Babel is loaded only when a currency is checked, not at start-up.
        from wopdesk.domain.currencies import currency_problem

        problem = currency_problem(currency, "estimated_cost_currency")
        if problem is not None:
            yield problem


def check_output(values: Mapping[str, Any]) -> None:
    for problem in output_problems(values):
        raise problem


def check_action(values: Mapping[str, Any]) -> None:
    for problem in action_problems(values):
        raise problem

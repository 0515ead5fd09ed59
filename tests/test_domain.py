"""The domain: vocabularies, the indicator catalogue and validation rules."""

import datetime as dt
from pathlib import Path

import pytest

from wopdesk.domain import vocab as v
from wopdesk.domain.catalogue import builtin_indicator_id, catalogue, load_catalogue
from wopdesk.domain.rules import EntityRules, check_reading_in_range, parse_date, validate
from wopdesk.errors import ValidationError


def test_wop_cycle_has_seven_phases_in_order() -> None:
    assert [p.value for p in v.WopPhase] == [
        "design",
        "structuring",
        "diagnosis",
        "work_planning",
        "implementation",
        "progress_assessment",
        "closing",
    ]
    assert v.WopPhase.STRUCTURING.label == "Structuring & mobilising"


def test_every_capacity_dimension_belongs_to_a_level() -> None:
    levels = {d.level for d in v.CapacityDimension}
    assert levels == set(v.CapacityLevel)
    assert v.CapacityDimension.CULTURE.level is v.CapacityLevel.TRANSFORMATIONAL


def test_catalogue_has_ibnet_and_all_nine_slbs() -> None:
    codes = {d.code for d in catalogue()}
    for code in (
        "IBNET-NRW-PCT",
        "IBNET-NRW-KM",
        "IBNET-NRW-CONN",
        "IBNET-METERING",
        "IBNET-CONTINUITY",
        "IBNET-STAFF",
        "IBNET-UNIT-OPEX",
        "IBNET-COLLECTION-RATIO",
        "IBNET-OCC",
        "IBNET-CL-TESTS",
        "IBNET-CL-PASS",
        "IBNET-COMPLAINTS",
    ):
        assert code in codes
    assert {f"SLB-{n}" for n in range(1, 10)} <= codes
    slb2 = next(d for d in catalogue() if d.code == "SLB-2")
    assert slb2.benchmark == 135
    assert slb2.better_when is v.BetterWhen.NORM
    assert all(d.source for d in catalogue())


def test_builtin_ids_are_stable() -> None:
    assert builtin_indicator_id("SLB-4") == builtin_indicator_id("SLB-4")
    assert builtin_indicator_id("SLB-4") != builtin_indicator_id("SLB-5")


def test_malformed_catalogue_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "indicators.csv"
    bad.write_text(
        "framework,code,name,unit,formula,better_when,benchmark,min_value,max_value,source\n"
        "X,X-1,Thing,%,a/b,sideways,,,,here\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="line 2"):
        load_catalogue(bad)


RULES = EntityRules(
    "Visit",
    required=("title",),
    date_order=(("start", "end"),),
    non_negative=("amount",),
    ranges={"level": (1, 5)},
)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"title": "  "}, "Title is required"),
        ({"title": "x", "start": dt.date(2025, 5, 2), "end": dt.date(2025, 5, 1)}, "is before"),
        ({"title": "x", "amount": -1}, "cannot be negative"),
        ({"title": "x", "level": 6}, "between 1 and 5"),
    ],
)
def test_rules_refuse_bad_values(values: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        validate(RULES, values)


def test_reading_range_and_dates() -> None:
    check_reading_in_range("NRW", 40, 0, 100)
    with pytest.raises(ValidationError, match="outside the valid range"):
        check_reading_in_range("NRW", 140, 0, 100)
    assert parse_date("2026-03-31") == dt.date(2026, 3, 31)
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        parse_date("31/03/2026")


def test_currencies_are_iso_4217_codes_in_use() -> None:
    from wopdesk.domain import currencies

    for code in ("XOF", "EUR", "USD", "INR"):
        currencies.check_currency(code)
    for wrong in ("DOL", "DEM", "usd", "", None):
        with pytest.raises(ValidationError, match="is not an ISO 4217 currency in use"):
            currencies.check_currency(wrong)
    assert currencies.minor_units("XOF") == 0
    assert currencies.minor_units("EUR") == 2
    assert currencies.currency_name("XOF", "fr") == "franc CFA (BCEAO)"
    assert ("INR", currencies.currency_name("INR", "en")) in currencies.currency_choices("en")


@pytest.mark.parametrize(
    "address",
    ["awa.ba@", "awa.ba@see-kolda", "awa..ba@see-kolda.example", "a,b@kolda.example", "x@y@z.org"],
)
def test_a_person_email_must_be_an_address(address: str) -> None:
    from wopdesk.storage.models import Person

    with pytest.raises(ValidationError, match="is not an email address") as refused:
        validate(Person.rules, {"name": "Awa Ba", "email": address})
    assert str(refused.value) == (
        f"Person: '{address}' is not an email address, such as name@utility.org."
    )
    assert refused.value.field == "email"


@pytest.mark.parametrize("address", [None, "", "awa.ba@see-kolda.example", "josé@aguas.example"])
def test_a_person_email_may_be_blank_or_any_real_address(address: str | None) -> None:
    from wopdesk.storage.models import Person

    validate(Person.rules, {"name": "Awa Ba", "email": address})


def test_every_broken_rule_is_found_at_once() -> None:
    from wopdesk.domain.rules import problems
    from wopdesk.storage.models import Expense

    found = problems(
        Expense.rules,
        {
            "partnership_id": "p",
            "date": None,
            "category": "travel",
            "amount": -5,
            "currency": "DOL",
        },
    )
    assert [problem.field for problem in found] == ["date", "amount", "currency"]


def test_field_problems_judge_one_value_alone() -> None:
    """What the server runs on a pushed change: the rules of that field only."""
    from wopdesk.domain.rules import field_problems
    from wopdesk.storage.models import Expense, Person

    assert [str(p) for p in field_problems(Person.rules, {"email": "awa.ba@"})] == [
        "Person: 'awa.ba@' is not an email address, such as name@utility.org."
    ]
    assert [p.field for p in field_problems(Expense.rules, {"currency": "DOL"})] == ["currency"]
    assert [p.field for p in field_problems(Expense.rules, {"amount": -1.5})] == ["amount"]
    # A field's rules only: a change of the amount says nothing of a missing date.
    assert list(field_problems(Expense.rules, {"amount": 3.0})) == []

"""How the reports word the people learning reached: participants by sex, person-hours."""

from wopdesk.domain.people import People
from wopdesk.reports.text import _, format_number


def by_sex(people: People) -> str:
    """``14 participants: 5 women, 9 men, 0 not stated``."""
    return _(
        "{participants} participants: {women} women, {men} men, {not_stated} not stated"
    ).format(
        participants=people.participants,
        women=people.women,
        men=people.men,
        not_stated=people.not_stated,
    )


def person_hours_text(value: float) -> str:
    """``588 person-hours``."""
    return _("{value} person-hours").format(value=format_number(value))

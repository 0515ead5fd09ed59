"""The progress report's money: budget lines and funders for the period and to date,
contributions planned and received, in-kind value apart, and what was not converted."""

from decimal import Decimal

from reportlab.platypus import Flowable

from wopdesk.domain.money import Rate
from wopdesk.reports.layout import data_table, heading, para
from wopdesk.reports.text import _, format_amount, format_date, format_money, format_number, label
from wopdesk.storage.finance import FinancePicture, LineFigures, Spent, share


def finance_section(picture: FinancePicture) -> list[Flowable]:
    story = heading(_("Budget and spending"))
    story.append(para(_summary(picture)))
    story += _apart(picture)
    story.append(para(_("Budget lines"), "h3"))
    story.append(_lines_table(picture, picture.lines))
    story.append(para(_("By funder"), "h3"))
    story.append(_funders_table(picture))
    if picture.in_kind_lines:
        story.append(para(_("Budgeted in kind (not money)"), "h3"))
        story.append(_lines_table(picture, picture.in_kind_lines))
    story.append(para(_("Contributions, planned and received"), "h3"))
    story.append(_contributions_table(picture))
    story += _notes(picture)
    return story


def used_text(share: float | None) -> str:
    return "–" if share is None else f"{format_number(100 * share, 0)} %"


def _summary(picture: FinancePicture) -> str:
    currency = picture.currency
    if not picture.budget:
        return _("No budget line can be counted yet; {spent} spent to {date}.").format(
            spent=format_amount(picture.spent.to_date, currency), date=format_date(picture.end)
        )
    text = _(
        "{spent} spent to {date} of a budget of {budget} ({used}); {left} remaining. "
        "This period: {period}."
    ).format(
        spent=format_amount(picture.spent.to_date, currency),
        date=format_date(picture.end),
        budget=format_amount(picture.budget, currency),
        used=used_text(picture.used_share),
        left=format_amount(picture.remaining, currency),
        period=format_amount(picture.spent.period, currency),
    )
    if picture.time_elapsed is not None:
        text += " " + _("{elapsed} of the partnership's planned time has passed.").format(
            elapsed=used_text(picture.time_elapsed)
        )
    return text


def _apart(picture: FinancePicture) -> list[Flowable]:
    """Cash spent on no line, and in-kind value: said, never hidden in the totals."""
    currency = picture.currency
    story: list[Flowable] = []
    if picture.unallocated.to_date:
        story.append(
            para(
                _("Spent on no budget line: {period} this period, {to_date} to date.").format(
                    **_spent_text(picture.unallocated, currency)
                )
            )
        )
    if picture.in_kind.to_date:
        story.append(
            para(
                _(
                    "In-kind value, not counted as money spent: {period} this period, "
                    "{to_date} to date."
                ).format(**_spent_text(picture.in_kind, currency))
            )
        )
    return story


def _spent_text(spent: Spent, currency: str) -> dict[str, str]:
    return {
        "period": format_amount(spent.period, currency),
        "to_date": format_amount(spent.to_date, currency),
    }


def _money(value: Decimal | None, currency: str) -> str:
    return "–" if value is None else format_money(value, currency)


def _figure_headers(currency: str) -> list[str]:
    return [
        _("Budget ({currency})").format(currency=currency),
        _("This period"),
        _("To date"),
        _("Remaining"),
        _("Used"),
    ]


def _lines_table(picture: FinancePicture, lines: list[LineFigures]) -> Flowable:
    currency = picture.currency
    rows = [
        [
            _line_label(line, currency),
            line.funder,
            _money(line.budget, currency),
            format_money(line.spent.period, currency),
            format_money(line.spent.to_date, currency),
            _money(line.remaining, currency),
            used_text(line.used_share),
        ]
        for line in lines
    ]
    return data_table(
        [_("Line"), _("Funder"), *_figure_headers(currency)],
        rows,
        [0.22, 0.14, 0.2, 0.12, 0.12, 0.12, 0.08],
        right=[2, 3, 4, 5, 6],
    )


def _line_label(line: LineFigures, currency: str) -> str:
    """What the line pays for, with its own amount when that is in another currency."""
    text = label(line.category) + (f" · {line.description}" if line.description else "")
    if line.currency != currency:
        text += f" ({format_amount(line.amount, line.currency)})"
    return text


def _funders_table(picture: FinancePicture) -> Flowable:
    currency = picture.currency
    rows = [
        [
            funder.funder,
            format_money(funder.budget, currency),
            format_money(funder.spent.period, currency),
            format_money(funder.spent.to_date, currency),
            format_money(funder.remaining, currency),
            used_text(funder.used_share),
        ]
        for funder in picture.funders
    ]
    if len(rows) > 1:
        on_lines = sum((f.spent for f in picture.funders), Spent())
        rows.append(
            [
                _("Total"),
                format_money(picture.budget, currency),
                format_money(on_lines.period, currency),
                format_money(on_lines.to_date, currency),
                format_money(picture.budget - on_lines.to_date, currency),
                used_text(share(on_lines.to_date, picture.budget)),
            ]
        )
    return data_table(
        [_("Funder"), *_figure_headers(currency)],
        rows,
        [0.3, 0.16, 0.14, 0.14, 0.14, 0.12],
        right=[1, 2, 3, 4, 5],
        total_row=len(rows) > 1,
    )


def _contributions_table(picture: FinancePicture) -> Flowable:
    rows = [
        [
            c.contributor,
            label(c.kind),
            format_amount(c.planned, c.currency),
            "–" if c.received is None else format_amount(c.received, c.currency),
            "–" if c.received is None else used_text(share(c.received, c.planned)),
        ]
        for c in picture.contributions
    ]
    return data_table(
        [_("Contributor"), _("Kind"), _("Planned"), _("Received"), _("Share received")],
        rows,
        [0.34, 0.12, 0.2, 0.2, 0.14],
        right=[2, 3, 4],
    )


def _notes(picture: FinancePicture) -> list[Flowable]:
    story: list[Flowable] = []
    used = [r for r in picture.rates if picture.currency in (r.source_currency, r.target)]
    if used:
        story.append(
            para(
                _(
                    "Amounts in other currencies are converted to {currency} with the exchange "
                    "rate of their date (budget lines with the rate in force on {date}): {rates}."
                ).format(
                    currency=picture.currency,
                    date=format_date(picture.end),
                    rates="; ".join(_rate_text(r) for r in used),
                ),
                "small",
            )
        )
    if picture.not_converted:
        story.append(
            para(
                _(
                    "Not converted, so not counted (no exchange rate on or before their "
                    "date): {amounts}."
                ).format(
                    amounts=", ".join(
                        format_amount(a, c) for c, a in sorted(picture.not_converted.items())
                    )
                ),
                "small",
            )
        )
    return story


def _rate_text(rate: Rate) -> str:
    return _("1 {source} = {value} {target} from {date} ({where})").format(
        source=rate.source_currency,
        value=format_number(rate.value, max(0, -int(rate.value.normalize().as_tuple().exponent))),
        target=rate.target,
        date=format_date(rate.date),
        where=rate.source,
    )

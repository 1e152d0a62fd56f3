"""Sales, the cost ledger, monthly budgets and food waste of one site."""

from __future__ import annotations

import calendar
from collections import defaultdict
from datetime import date, timedelta

from canteen.db.models import Budget, CostEntry, Sale, WasteRecord
from canteen.demo.context import PLAN_WEEKS_AHEAD, Context
from canteen.demo.covers import CoverModel
from canteen.demo.org import DemoSite
from canteen.demo.purchasing import Purchases

INFLATION = 0.03
MONTHLY_WAGE_KR = 38_000  # one full-time kitchen employee incl. pension
OTHER_FIXED_KR = 1_500
OTHER_SHARE = 0.04  # cleaning, packaging, small equipment: a share of raw materials
SERVICE_PRICE = {"breakfast": 0.45, "lunch": 1.0, "dinner": 1.1}
GRAMS_PER_COVER = 420

Eaten = list[tuple[date, str, int]]


def period_of(day: date) -> str:
    """'YYYY-MM' of a date."""
    return f"{day.year:04d}-{day.month:02d}"


def month_end(period: str) -> date:
    """The last day of a 'YYYY-MM' month."""
    year, month = int(period[:4]), int(period[5:])
    return date(year, month, calendar.monthrange(year, month)[1])


def months(first: date, last: date) -> list[str]:
    """Every 'YYYY-MM' from the month of `first` to the month of `last`."""
    found, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def index(ctx: Context, day: date) -> float:
    """The price level on `day` relative to today."""
    return (1 + INFLATION) ** ((day - ctx.today).days / 365.25)


def staff(site: DemoSite) -> float:
    """Kitchen full-time equivalents for the site's size."""
    return 0.5 + site.usual_covers / 55


def make_sales(ctx: Context, site: DemoSite, eaten: Eaten) -> None:
    """One sale per headcount: covers at the site's guest price, raised each new year."""
    prices: dict[tuple[int, str], int] = {}
    rows = []
    for day, service, covers in eaten:
        price = prices.get((day.year, service))
        if price is None:
            kroner = site.price_ore / 100 * SERVICE_PRICE[service]
            kroner /= (1 + INFLATION) ** (ctx.today.year - day.year)
            price = prices[(day.year, service)] = int(round(kroner * 2)) * 50
        rows.append(
            {
                "id": Sale.id_for(site.id, day, service),
                "site_id": site.id,
                "day": day,
                "service": service,
                "covers_sold": covers,
                "revenue_ore": covers * price,
            }
        )
    ctx.out.add(Sale, rows)


def make_ledger(
    ctx: Context, site: DemoSite, purchases: Purchases, eaten: Eaten, model: CoverModel
) -> None:
    """Raw materials (from receipts, imported before them), monthly labour and other; budgets."""
    rng = site.rng
    per_cover = purchases.cost_per_cover(eaten)
    rows: list[dict] = []
    raw: dict[str, float] = defaultdict(float)
    for receipt_id, day, amount, supplier in purchases.receipts:
        period = period_of(day)
        rows.append(
            _entry(
                ctx,
                site,
                day,
                "raw_materials",
                amount,
                "receipt",
                receipt_id,
                f"Varemodtagelse, {supplier}",
            )
        )
        raw[period] += amount
        if rng.random() < 0.03:
            credit = -int(round(amount * rng.uniform(0.05, 0.2)))
            rows.append(
                _entry(
                    ctx,
                    site,
                    day,
                    "raw_materials",
                    credit,
                    "credit_note",
                    receipt_id,
                    "Kreditnota: returnerede varer",
                )
            )
            raw[period] += credit
    before: dict[str, float] = defaultdict(float)
    for day, _service, covers in eaten:
        if day < purchases.start:
            before[period_of(day)] += covers * per_cover * index(ctx, day)
    for period, amount in sorted(before.items()):
        day = min(month_end(period), purchases.start)
        rows.append(
            _entry(
                ctx,
                site,
                day,
                "raw_materials",
                int(round(amount)),
                "import",
                None,
                "Råvareforbrug overført fra tidligere system",
            )
        )
        raw[period] += amount
    current = period_of(ctx.today)
    for period in months(ctx.first_day, ctx.today):
        if period >= current:
            break
        end = month_end(period)
        labour = staff(site) * MONTHLY_WAGE_KR * 100 * index(ctx, end) * rng.uniform(0.97, 1.04)
        rows.append(
            _entry(
                ctx,
                site,
                end,
                "labour",
                int(round(labour)),
                "payroll",
                None,
                "Løn, køkkenpersonale",
            )
        )
        other = (OTHER_FIXED_KR * 100 + OTHER_SHARE * raw[period]) * rng.uniform(0.8, 1.2)
        rows.append(
            _entry(
                ctx,
                site,
                end,
                "other",
                int(round(other)),
                "manual",
                None,
                "Rengøring, emballage og småinventar",
            )
        )
    ctx.out.add(CostEntry, rows)
    ctx.out.add(Budget, _budgets(ctx, site, per_cover, model))


def _entry(ctx, site, day, category, amount, source, reference_id, note) -> dict:
    return {
        "id": ctx.ids(),
        "site_id": site.id,
        "period": period_of(day),
        "day": day,
        "category": category,
        "amount_ore": amount,
        "source": source,
        "reference_id": reference_id,
        "note": note,
    }


def _budgets(ctx: Context, site: DemoSite, per_cover: float, model: CoverModel) -> list[dict]:
    """Per month and category, from the first month with covers to the end of the budget year."""
    rng = site.rng
    expected: dict[str, float] = defaultdict(float)
    # Through the end of the year the planning horizon reaches (next year's too in December).
    horizon = ctx.today + timedelta(weeks=PLAN_WEEKS_AHEAD)
    day, last = ctx.first_day.replace(day=1), date(horizon.year, 12, 31)
    while day <= last:
        expected[period_of(day)] += sum(model.expected(day, s) for s in site.services)
        day += timedelta(days=1)
    rows = []
    for period in months(ctx.first_day, last):
        level = index(ctx, month_end(period))
        raw = expected[period] * per_cover * level * rng.uniform(0.97, 1.05)
        labour = round(staff(site) * MONTHLY_WAGE_KR * level, -2) * 100
        other = OTHER_FIXED_KR * 100 + OTHER_SHARE * raw
        for category, amount in (("raw_materials", raw), ("labour", labour), ("other", other)):
            rows.append(
                {
                    "id": Budget.id_for(site.id, period, category),
                    "district_id": site.district_id,
                    "site_id": site.id,
                    "period": period,
                    "category": category,
                    "amount_ore": int(round(amount / 100)) * 100,
                }
            )
    return rows


def make_waste(ctx: Context, site: DemoSite, purchases: Purchases, eaten: Eaten) -> None:
    """Production and plate waste weighed on each lunch day since purchases began."""
    rng = site.rng
    per_gram = purchases.cost_per_cover(eaten) / GRAMS_PER_COVER
    rows = []
    for day, service, covers in eaten:
        if service != "lunch" or day < purchases.start:
            continue
        for kind, mean, spread in (("production", 20, 5), ("plate", 25, 6)):
            weight = covers * max(0.0, rng.gauss(mean, spread))
            if weight < 1:
                continue
            rows.append(
                {
                    "id": ctx.ids(),
                    "site_id": site.id,
                    "day": day,
                    "service": service,
                    "kind": kind,
                    "weight_g": round(weight),
                    "cost_ore": int(round(weight * per_gram)),
                    "note": "",
                }
            )
    ctx.out.add(WasteRecord, rows)

"""Districts, the chosen sites with their profiles and menu lines, and the app's users."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from canteen.db.models import AppUser, District, MenuLine, Site
from canteen.demo.context import Context
from canteen.demo.seed import DistrictSeed, Seed, SiteSeed
from canteen.domain.gln import make_gln

# (code, service, Danish name, English name, vegetarian) in menu order per service.
LINES = (
    ("dagens", "lunch", "Dagens ret", "Dish of the day", False),
    ("vegetar", "lunch", "Dagens vegetar", "Vegetarian dish", True),
    ("suppe", "lunch", "Suppe", "Soup", False),
    ("salatbar", "lunch", "Salatbar", "Salad bar", True),
    ("brod", "lunch", "Brød", "Bread", True),
    ("dessert", "lunch", "Dessert", "Dessert", False),
    ("morgenmad", "breakfast", "Morgenmad", "Breakfast", False),
    ("aftensmad", "dinner", "Aftensmad", "Evening meal", False),
    ("natmad", "dinner", "Natmad", "Night-shift snack", False),
)
VEGETARIAN_LINES = frozenset(code for code, *_, veg in LINES if veg)
_STREETS = ("Stationsvej", "Industrivej", "Kirkegade", "Vestergade", "Skolevej", "Havnegade")
_FIRST = (
    "Mette",
    "Anne",
    "Hanne",
    "Lars",
    "Jens",
    "Peter",
    "Søren",
    "Kirsten",
    "Susanne",
    "Michael",
    "Henrik",
    "Camilla",
    "Louise",
    "Rasmus",
    "Mads",
    "Line",
    "Sofie",
    "Jesper",
    "Thomas",
    "Maria",
    "Charlotte",
    "Tina",
    "Bo",
    "Morten",
    "Pia",
    "Birgitte",
    "Karina",
    "Anders",
    "Jonas",
    "Helle",
)
_LAST = (
    "Jensen",
    "Nielsen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Petersen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Poulsen",
    "Johansen",
    "Møller",
    "Mortensen",
    "Lund",
    "Holm",
    "Dalgaard",
    "Bech",
    "Kjær",
)


@dataclass
class DemoSite:
    """A chosen site and the habits its generated data follows."""

    index: int
    id: str
    code: str
    name: str
    district_id: str
    district_code: str
    winter_week: int | None
    services: tuple[str, ...]
    usual_covers: int
    rng: random.Random
    trend: float = 0.0
    veg_share: float = 0.2
    breakfast_share: float = 0.24
    price_ore: int = 3500
    # Share of the ingredients sold both ways that the site buys organic.
    organic_level: float = 0.1
    uses_cycle: bool = False
    active_lines: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The id of each of the site's menu lines, by code (menu items name their line by id).
    line_ids: dict[str, str] = field(default_factory=dict)

    @property
    def weekends(self) -> bool:
        """Shift stations (those with a dinner service) also serve at weekends."""
        return "dinner" in self.services


def choose_sites(
    seed: Seed, count: int, rng: random.Random
) -> list[tuple[DistrictSeed, SiteSeed, int]]:
    """`count` sites: each police district's main site, then the others, then numbered extras."""
    police = [d for d in seed.districts if d.kind == "police_district"]
    heads = [(d, d.sites[0]) for d in police]
    rest = [(d, s) for d in seed.districts for s in d.sites if (d, s) not in heads]
    rng.shuffle(rest)
    real = heads + rest
    chosen = [(d, s, 1) for d, s in real[:count]]
    towns: dict[str, tuple[DistrictSeed, SiteSeed]] = {}
    for d, s in real:
        if d.kind == "police_district":
            towns.setdefault(s.town, (d, s))
    number = 2
    while len(chosen) < count:
        for d, s in towns.values():
            if len(chosen) == count:
                break
            chosen.append((d, s, number))
        number += 1
    return chosen


def make_districts(ctx: Context, seed: Seed) -> dict[str, str]:
    """Every district row; returns district code -> id."""
    ids = {d.code: ctx.ids() for d in seed.districts}
    ctx.out.add(
        District,
        [
            {"id": ids[d.code], "code": d.code, "name": d.name, "kind": d.kind}
            for d in seed.districts
        ],
    )
    return ids


def _extra_site(
    site: SiteSeed, number: int, rng: random.Random
) -> tuple[str, str, int, int, tuple]:
    postcode_town = site.address.split(", ", 1)[-1]
    address = f"{rng.choice(_STREETS)} {rng.randint(2, 120)}, {postcode_town}"
    covers = rng.randint(20, 90)
    capacity = int(round(covers * rng.uniform(1.4, 1.8), -1))
    services = ("lunch", "dinner") if rng.random() < 0.25 else ("lunch",)
    return f"{site.town} {number}", address, capacity, covers, services


def make_sites(
    ctx: Context, seed: Seed, count: int, district_ids: dict[str, str]
) -> list[DemoSite]:
    """The chosen sites with their profiles, site rows and menu lines."""
    chosen = choose_sites(seed, count, ctx.rng("sites"))
    numbers = {d.code: len(d.sites) for d in seed.districts}
    site_rows, sites = [], []
    district_numbers = {d.code: n for n, d in enumerate(seed.districts, start=1)}
    for index, (district, site, number) in enumerate(chosen):
        if number == 1:
            ordinal = district.sites.index(site) + 1
            name, address, capacity, covers, services = (
                site.name,
                site.address,
                site.capacity,
                site.covers,
                site.services,
            )
        else:
            numbers[district.code] += 1
            ordinal = numbers[district.code]
            extra_rng = ctx.rng("extra", district.code, ordinal)
            name, address, capacity, covers, services = _extra_site(site, number, extra_rng)
        code = f"{district.code}-{ordinal:02d}"
        demo = DemoSite(
            index=index,
            id=ctx.ids(),
            code=code,
            name=name,
            district_id=district_ids[district.code],
            district_code=district.code,
            winter_week=district.winter_week,
            services=services,
            usual_covers=covers,
            rng=ctx.rng("site", code),
        )
        _profile(demo, is_school=district.code == "POLS")
        sites.append(demo)
        site_rows.append(
            {
                "id": demo.id,
                "district_id": demo.district_id,
                "code": code,
                "name": name,
                "town": site.town,
                "address": address,
                "cost_centre": f"KS{district_numbers[district.code]:02d}{ordinal:03d}",
                # Made-up EAN location numbers in the Danish public range (5798…).
                "gln": make_gln(f"5798{index + 1:08d}"),
                "services": ",".join(services),
                "capacity": capacity,
                "usual_covers": covers,
            }
        )
    ctx.out.add(Site, site_rows)
    ctx.out.add(MenuLine, [row for demo in sites for row in _menu_lines(ctx, demo)])
    return sites


# How much of what is sold both ways a site buys organic, for the Spisemærke tier it should show:
# most sites bronze, about one in six all-in (silver on the kilo basis; kroner stay under 60 %
# because meat dominates spending), and the third site short of the label.
ORGANIC_LEVELS = {"short": (0.25, 0.35), "bronze": (0.6, 0.8), "silver": (0.97, 1.0)}


def organic_level(index: int, pick: float, spread: float) -> float:
    """The site's organic buying level from two draws in [0, 1)."""
    tier = "short" if index == 2 else "silver" if pick < 0.17 else "bronze"
    low, high = ORGANIC_LEVELS[tier]
    return low + (high - low) * spread


def _profile(site: DemoSite, *, is_school: bool) -> None:
    rng = site.rng
    site.trend = rng.uniform(-0.02, 0.035)
    site.veg_share = rng.uniform(0.15, 0.3)
    site.breakfast_share = 0.5 if is_school else rng.uniform(0.18, 0.28)
    site.price_ore = int(round(rng.uniform(30, 45) * 2)) * 50
    site.organic_level = organic_level(site.index, rng.random(), rng.random())
    site.uses_cycle = site.index % 3 == 0
    soup = site.usual_covers >= 40 or rng.random() < 0.3
    dessert = site.usual_covers >= 60 or rng.random() < 0.4
    night = "breakfast" in site.services and "dinner" in site.services
    off = {"suppe": not soup, "dessert": not dessert, "natmad": not night}
    for code, service, *_ in LINES:
        if service in site.services and not off.get(code, False):
            site.active_lines[service] = (*site.active_lines.get(service, ()), code)


def _menu_lines(ctx: Context, site: DemoSite) -> list[dict]:
    rows = []
    positions: dict[str, int] = {}
    for code, service, name, name_en, vegetarian in LINES:
        if service not in site.services:
            continue
        positions[service] = positions.get(service, 0) + 1
        site.line_ids[code] = ctx.ids()
        rows.append(
            {
                "id": site.line_ids[code],
                "site_id": site.id,
                "code": code,
                "name": name,
                "name_en": name_en,
                "service": service,
                "position": positions[service],
                "vegetarian": vegetarian,
                "active": code in site.active_lines.get(service, ()),
            }
        )
    return rows


def make_users(
    ctx: Context, seed: Seed, district_ids: dict[str, str], sites: list[DemoSite]
) -> None:
    """One user per site, one controller per district and two central users."""
    rng = ctx.rng("users")

    def person() -> str:
        return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"

    rows = [
        {
            "id": ctx.ids(),
            "username": f"kantine.{s.code.lower()}",
            "display_name": person(),
            "role": "site",
            "site_id": s.id,
            "district_id": s.district_id,
        }
        for s in sites
    ]
    rows += [
        {
            "id": ctx.ids(),
            "username": f"controller.{d.code.lower()}",
            "display_name": person(),
            "role": "district",
            "site_id": None,
            "district_id": district_ids[d.code],
        }
        for d in seed.districts
    ]
    rows += [
        {
            "id": ctx.ids(),
            "username": username,
            "display_name": person(),
            "role": "central",
            "site_id": None,
            "district_id": None,
        }
        for username in ("central.madteam", "central.fm")
    ]
    ctx.out.add(AppUser, rows)

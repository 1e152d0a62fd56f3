"""`canteen report costs`: the cost report for a site, a district or all, as PDF, XLSX or CSV."""

from __future__ import annotations

from pathlib import Path

from canteen.commands.common import add_database_option, find_site, open_for

FORMATS = ("pdf", "xlsx", "csv")


def register(subparsers) -> None:
    """Add `report` with its one report so far, `costs`."""
    parser = subparsers.add_parser("report", help="reports for controllers: costs")
    reports = parser.add_subparsers(dest="report", metavar="REPORT", required=True)
    costs = reports.add_parser(
        "costs",
        help="covers, revenue, costs, budget, waste, organic share and CO2e per period",
        description="The cost report by month, quarter or year for a site, a district or all.",
    )
    add_database_option(costs)
    scope = costs.add_mutually_exclusive_group(required=True)
    scope.add_argument("--all", action="store_true", help="every district")
    scope.add_argument("--district", help="a district's code or name")
    scope.add_argument("--site", help="a site's code, id or exact name")
    costs.add_argument("--from", dest="first", required=True, help="the first month, YYYY-MM")
    costs.add_argument("--to", dest="last", required=True, help="the last month, YYYY-MM")
    costs.add_argument("--by", choices=("month", "quarter", "year"), default="month")
    costs.add_argument("--format", choices=FORMATS, required=True)
    costs.add_argument(
        "--csv-dialect",
        choices=("da", "en"),
        default="da",
        help="da: semicolons, decimal comma, Danish headings (default); en: commas and points",
    )
    costs.add_argument("--out", type=Path, required=True, help="the file to write")
    costs.set_defaults(func=run_costs)


def run_costs(args) -> int:
    """Build the report and write it in the chosen format."""
    from canteen.services.costs import ALL, DISTRICT, SITE, Selection, cost_report, parse_month

    first, last = parse_month(args.first), parse_month(args.last)
    db = open_for(args)
    try:
        if args.site is not None:
            selection = Selection(SITE, find_site(db, args.site).id)
        elif args.district is not None:
            selection = Selection(DISTRICT, args.district)
        else:
            selection = Selection(ALL)
        report = cost_report(db, selection, first, last, args.by)
    finally:
        db.dispose()
    if args.format == "csv":
        from canteen.reports.costs_csv import costs_csv

        costs_csv(report, args.csv_dialect, args.out)
    elif args.format == "xlsx":
        from canteen.reports.costs_xlsx import costs_xlsx

        costs_xlsx(report, args.out)
    else:
        from canteen.reports.costs_pdf import costs_pdf

        costs_pdf(report, args.out)
    print(args.out)
    return 0

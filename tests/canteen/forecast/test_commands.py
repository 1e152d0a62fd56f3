"""`canteen forecast backtest`, `canteen forecast run` and `canteen covers import`."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from sqlalchemy import select

from canteen.cli import main
from canteen.db.lifecycle import open_database
from canteen.db.models import Forecast, Headcount
from canteen.services.sites import list_sites
from tests.canteen.forecast.synthetic import Recipe, generate
from tests.factories import make_district, make_site

BAD_LINES = [
    ("north", "2024-02-06", "-5", "100"),  # negative covers
    ("north", "2024-02-07", "lots", "100"),  # text in a number column
    ("north", "1899-02-08", "100", "100"),  # outside any sensible range
    ("south", "2024-02-05", "77", "80"),  # a second row for a day south already has
]


def _write_history(path, with_bad_rows=True):
    rows = []
    for key, level, seed in (("north", 200.0, 1), ("south", 90.0, 2)):
        recipe = Recipe(
            start=date(2023, 3, 6), end=date(2024, 3, 31), level=level, seed=seed, noise=0.05
        )
        days, values = generate(recipe)
        for day, value in zip(days, values, strict=True):
            served = "NA" if day == date(2024, 2, 13) else str(int(value))
            rows.append((key, day.strftime("%d-%m-%Y"), served, str(int(value * 1.06))))
    if with_bad_rows:
        rows.extend(BAD_LINES)
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["site", "date", "served", "planned"])
        writer.writerows(rows)
    return len(rows)


def test_backtest_prints_scores_reports_bad_rows_and_writes_rows(tmp_path, capsys):
    source = tmp_path / "history.csv"
    _write_history(source)
    out = tmp_path / "rows.csv"
    code = main(
        [
            "forecast",
            "backtest",
            str(source),
            "--date-col",
            "date",
            "--value-col",
            "served",
            "--site-col",
            "site",
            "--planned-col",
            "planned",
            "--horizon",
            "14",
            "--start",
            "2024-01-01",
            "--rows-out",
            str(out),
            "--quiet",
        ]
    )
    assert code == 0
    printed = capsys.readouterr()
    for method in ("mean4", "naive", "profile", "ets", "gbm", "auto*", "planned"):
        assert f"\n{method} " in printed.out
    assert "interval coverage" in printed.out
    assert "rejected 5 of" in printed.err  # the four bad rows and south's earlier 5 February
    for reason in ("negative", "not_a_number", "date_out_of_range", "duplicate_day"):
        assert reason in printed.err
    with out.open() as handle:
        rows = list(csv.DictReader(handle))
    assert {r["site"] for r in rows} == {"north", "south"}
    assert {"actual", "forecast", "low", "high", "model", "planned"} <= set(rows[0])
    assert all(date.fromisoformat(r["origin"]).weekday() == 6 for r in rows)
    assert all(date.fromisoformat(r["origin"]) >= date(2024, 1, 1) for r in rows)
    na_day = [r for r in rows if r["site"] == "north" and r["date"] == "2024-02-13"]
    assert na_day
    assert all(r["actual"] == "" for r in na_day)  # an open day with nothing recorded
    # The rejected "-5" for north's 6 February left the file's valid row for that day in use.
    kept = {r["actual"] for r in rows if r["site"] == "north" and r["date"] == "2024-02-06"}
    assert len(kept) == 1
    assert float(kept.pop()) > 100


def test_backtest_of_a_history_too_short_to_fit_still_answers(tmp_path, capsys):
    source = tmp_path / "short.csv"
    source.write_text(
        "date,served\n2024-03-04,100\n2024-03-05,110\n2024-03-06,105\n"
        "2024-03-11,98\n2024-03-12,112\n"
    )
    code = main(
        [
            "forecast",
            "backtest",
            str(source),
            "--date-col",
            "date",
            "--value-col",
            "served",
            "--start",
            "2024-03-10",
            "--quiet",
        ]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert "mean4" in printed
    assert "fallback: 2 forecast days had too little history" in printed


def test_backtest_with_a_wrong_column_is_a_clear_error(tmp_path, capsys):
    source = tmp_path / "history.csv"
    _write_history(source, with_bad_rows=False)
    code = main(
        [
            "forecast",
            "backtest",
            str(source),
            "--date-col",
            "dato",
            "--value-col",
            "served",
            "--quiet",
        ]
    )
    assert code == 1
    assert "no column 'dato'" in capsys.readouterr().err


@pytest.fixture
def site_db(tmp_path):
    path = tmp_path / "canteen.db"
    db = open_database(path, create=True)
    make_site(db, make_district(db), code="AAR", services="lunch", usual_covers=150)
    yield path, db
    db.dispose()


def test_covers_import_command_reports_rejections(tmp_path, site_db, capsys):
    path, db = site_db
    source = tmp_path / "kasse.csv"
    source.write_text(
        "Dato;Kuverter\n04-03-2024;120\n05-03-2024;-1\n06.03.2024;130,0\n", encoding="utf-8"
    )
    code = main(
        [
            "covers",
            "import",
            str(source),
            "--database",
            str(path),
            "--site",
            "aar",
            "--today",
            "2024-03-10",
        ]
    )
    assert code == 0
    printed = capsys.readouterr()
    assert "AAR: 2 added, 0 changed, 0 unchanged, 1 rejected" in printed.out
    assert "line 3 [Kuverter]: negative '-1'" in printed.err
    with db.reading() as session:
        assert sorted(h.covers for h in session.scalars(select(Headcount))) == [120, 130]


def test_covers_import_without_valid_rows_exits_1(tmp_path, site_db):
    path, _ = site_db
    source = tmp_path / "kasse.csv"
    source.write_text("Dato;Kuverter\n04-03-2024;x\n")
    assert (
        main(
            [
                "covers",
                "import",
                str(source),
                "--database",
                str(path),
                "--site",
                "AAR",
                "--today",
                "2024-03-10",
            ]
        )
        == 1
    )


def test_forecast_run_stores_a_forecast(site_db, capsys):
    path, db = site_db
    site = list_sites(db)[0]
    days, values = generate(Recipe(start=date(2024, 1, 1), end=date(2024, 3, 8), noise=0.03))
    with db.unit_of_work() as session:
        for day, value in zip(days, values, strict=True):
            session.add(Headcount(site_id=site.id, day=day, service="lunch", covers=int(value)))
    assert (
        main(
            [
                "forecast",
                "run",
                "--database",
                str(path),
                "--site",
                "AAR",
                "--weeks",
                "1",
                "--today",
                "2024-03-08",
            ]
        )
        == 0
    )
    assert "2024-03-11 lunch" in capsys.readouterr().out
    with db.reading() as session:
        assert len(session.scalars(select(Forecast)).all()) == 5


def _run_args(path, *extra):
    return ["forecast", "run", "--database", str(path), "--site", "AAR", "--weeks", "1"] + [
        "--today",
        "2024-03-08",
        *extra,
    ]


def test_forecast_run_takes_any_country_the_holidays_package_knows(site_db, capsys):
    path, db = site_db
    site = list_sites(db)[0]
    days, values = generate(Recipe(start=date(2024, 1, 1), end=date(2024, 3, 8), noise=0.03))
    with db.unit_of_work() as session:
        for day, value in zip(days, values, strict=True):
            session.add(Headcount(site_id=site.id, day=day, service="lunch", covers=int(value)))
    assert main(_run_args(path, "--country", "kr")) == 0
    assert "2024-03-11 lunch" in capsys.readouterr().out


@pytest.mark.parametrize("action", ["run", "backtest"])
def test_an_unknown_country_is_one_clear_line(tmp_path, site_db, capsys, action):
    path, _ = site_db
    if action == "run":
        args = _run_args(path, "--country", "XX")
    else:
        source = tmp_path / "history.csv"
        _write_history(source, with_bad_rows=False)
        args = ["forecast", "backtest", str(source), "--date-col", "date", "--value-col"]
        args += ["served", "--country", "XX", "--quiet"]
    assert main(args) == 1
    printed = capsys.readouterr()
    assert printed.err.count("\n") == 1
    assert "unknown country code 'XX'" in printed.err
    assert "Traceback" not in printed.err
    assert printed.out == ""


def test_a_backtest_runs_with_the_us_calendar(tmp_path, capsys):
    source = tmp_path / "history.csv"
    _write_history(source, with_bad_rows=False)
    args = ["forecast", "backtest", str(source), "--date-col", "date", "--value-col", "served"]
    args += ["--site-col", "site", "--country", "US", "--start", "2024-03-01", "--quiet"]
    assert main(args) == 0
    assert "auto*" in capsys.readouterr().out

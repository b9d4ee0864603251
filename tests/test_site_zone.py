"""The site's time zone (issue 21): a site setting, checked against the computer's clock at
start, printed on the sheet; never a fallback that accepts a time that happens twice or
never; a fresh product's use-by from the end of preparation; an unknown previous dose is a
releasable hard finding."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from mscprep import clock
from mscprep.errors import InputError
from mscprep.preparation.build import prepare
from mscprep.preparation.findings import Severity

from helpers import run_cli

UTC = timezone.utc


@pytest.fixture
def computer_in(monkeypatch):
    """Sets this computer's zone (TZ, and the C library's idea of it) for the test."""
    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()
    yield set_zone
    monkeypatch.undo()
    time.tzset()


def test_the_site_setting_wins_over_the_computers_zone(monkeypatch, computer_in):
    computer_in("Europe/Berlin")
    assert clock.site_zone().key == "Europe/Berlin"
    monkeypatch.setattr(clock, "_setting", lambda: "Asia/Tokyo")
    assert clock.site_zone().key == "Asia/Tokyo"
    # A time typed without an offset is read on the site's clock.
    assert clock.wall_clock(datetime(2026, 12, 3, 9, 0), "x") == datetime(2026, 12, 3, 0, 0, tzinfo=UTC)


def test_a_mismatch_with_the_computers_clock_is_said(monkeypatch, computer_in):
    computer_in("Europe/Berlin")
    assert clock.check_zone().matches
    monkeypatch.setattr(clock, "_setting", lambda: "Asia/Tokyo")
    check = clock.check_zone(datetime(2026, 12, 3, 12, 0, tzinfo=UTC))
    assert not check.matches
    assert check.site == "Asia/Tokyo" and check.site_offset == "+09:00" and check.computer_offset == "+01:00"
    assert "Asia/Tokyo (UTC+09:00) differs from this computer's clock" in check.message()


def test_the_command_line_says_a_mismatch_in_one_line(monkeypatch, computer_in, capsys):
    from mscprep.cli import main
    computer_in("Europe/Berlin")
    monkeypatch.setattr(clock, "_setting", lambda: "America/New_York")
    assert main(["protocols"]) == 0
    lines = [line for line in capsys.readouterr().err.splitlines() if line]
    assert len(lines) == 1 and lines[0].startswith("mscprep: WARNING: The site's time zone America/New_York")


def test_a_site_zone_that_is_not_a_zone_stops_the_command(monkeypatch, capsys):
    from mscprep.cli import main
    monkeypatch.setattr(clock, "_setting", lambda: "Mars/Olympus")
    assert main(["protocols"]) == 2
    assert capsys.readouterr().err.startswith("mscprep: time zone: the site's time zone 'Mars/Olympus'")


def test_without_tz_or_localtime_the_zone_comes_from_tzlocal_never_a_guessing_fallback(monkeypatch, tmp_path):
    """Windows: no TZ, no /etc/localtime. tzlocal names the zone (a zoneinfo zone, which
    refuses a time that happens twice); when nothing names it, no zone is guessed."""
    import tzlocal
    monkeypatch.setattr(clock, "_LOCALTIME", tmp_path / "no-localtime")
    clock._computer_zone.cache_clear()
    clock._zone.cache_clear()
    monkeypatch.setattr(tzlocal, "get_localzone", lambda: ZoneInfo("Europe/Berlin"))
    try:
        zone = clock._computer_zone(None)
        assert isinstance(zone, ZoneInfo) and zone.key == "Europe/Berlin"
        with pytest.raises(InputError, match="happens twice"):
            clock.wall_clock(datetime(2026, 10, 25, 2, 30), "thawed_at", zone)
        clock._computer_zone.cache_clear()

        def nothing():
            raise LookupError("no zone")
        monkeypatch.setattr(tzlocal, "get_localzone", nothing)
        with pytest.raises(clock.ZoneUnknown, match=r"\[site\] time_zone"):
            clock._computer_zone(None)
    finally:
        clock._computer_zone.cache_clear()
        clock._zone.cache_clear()


def test_the_site_zone_and_a_repeated_hour_time_are_on_the_sheet(tmp_path):
    pdf = tmp_path / "sheet.pdf"
    result = run_cli("sheet", "--protocol", "temcell", "--weight", "60 kg", "--thawed-at", "2026-10-24T22:50:00+02:00",
                     "--now", "2026-10-25T00:30:00+02:00", "-o", str(pdf), tz="Europe/Berlin")
    assert result.returncode == 0, result.stderr
    import subprocess
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Europe/Berlin" in text
    assert "2026-10-25 02:50 UTC+02:00" in text          # use-by: 02:50 the first time


# --- a fresh product's use-by --------------------------------------------------------------

FRESH = {"protocol": "duke-ards", "weight": "70 kg", "concentration": "1e7 cell/mL", "viability": "90%",
         "final_volume": "50 mL", "diluent": "saline", "duration": "30 min"}
NOW = datetime(2026, 12, 3, 12, 0, 30, 123456, tzinfo=UTC)


def test_a_fresh_product_counts_from_the_end_of_preparation_kept_in_the_inputs():
    p = prepare(FRESH, now=NOW)
    assert p.use_by_from == "preparation"
    assert p.use_by_start == NOW.replace(microsecond=0)
    assert p.use_by == NOW.replace(microsecond=0) + timedelta(hours=4)
    assert p.entered["prepared_at"] == clock.iso(NOW.replace(microsecond=0), timespec="seconds")
    data = p.to_dict()
    assert data["use_by_from"] == "preparation" and data["time_zone"] == clock.zone_name()
    # Recomputed later from what was kept (a reprint, the double check): the same use-by.
    again = prepare(dict(FRESH, prepared_at=p.entered["prepared_at"]), now=NOW + timedelta(hours=1))
    assert again.use_by == p.use_by


def test_an_entered_end_of_preparation_sets_the_use_by_and_cannot_be_in_the_future():
    p = prepare(dict(FRESH, prepared_at="2026-12-03T09:00:00+00:00"), now=NOW)
    assert p.use_by == datetime(2026, 12, 3, 13, 0, tzinfo=UTC)
    late = prepare(dict(FRESH, prepared_at="2026-12-03T07:00:00+00:00"), now=NOW)
    assert "past_use_by" in {f.code for f in late.findings}
    with pytest.raises(InputError) as error:
        prepare(dict(FRESH, prepared_at="2026-12-03T13:00:00+00:00"), now=NOW)
    assert error.value.field == "prepared_at"


def test_a_thawed_product_refuses_an_end_of_preparation():
    with pytest.raises(InputError) as error:
        prepare({"protocol": "temcell", "weight": "60 kg", "prepared_at": "2026-12-03T11:00:00+00:00"}, now=NOW)
    assert error.value.field == "prepared_at" and "thawed" in error.value.message


def test_a_fresh_product_needs_no_thaw_time_to_be_ready():
    p = prepare(dict(FRESH, patient_name="A B", patient_id="P1", din="A999921123456"), now=NOW)
    assert "thawed_at" not in p.identity_required


def test_a_protocol_without_a_window_does_not_load_for_an_intravenous_route(tmp_path):
    from mscprep.protocol.loader import load_protocols
    head = 'schema = 1\nid = "p"\nname = "P"\nversion = "1"\nroute = "intravenous"\nreference = "x"\n'
    (tmp_path / "p.toml").write_text(head, encoding="utf-8")
    (tmp_path / "q.toml").write_text(head.replace('"p"', '"q"') + '[limits]\nstability = "6 h"\n', encoding="utf-8")
    (tmp_path / "r.toml").write_text(head.replace('"p"', '"r"') + '[defaults]\ndmso = "10%"\n', encoding="utf-8")
    loaded = load_protocols(tmp_path)
    assert sorted(loaded.protocols) == ["q", "r"]
    assert "needs a use-by window" in loaded.problems[0].message


# --- the previous dose of a course -------------------------------------------------------

def test_an_unknown_previous_dose_is_a_releasable_hard_finding():
    case = {"protocol": "temcell", "weight": "60 kg", "dose_number": "2", "thawed_at": "2026-12-03T11:50:00+00:00"}
    p = prepare(case, now=NOW)
    found = next(f for f in p.findings if f.code == "course_previous_dose_unknown")
    assert found.severity is Severity.HARD and found.releasable and found.blocks
    released = prepare(case, now=NOW, reasons={"course_previous_dose_unknown": "Given at another hospital; "
                                                                               "date confirmed by phone"})
    assert not next(f for f in released.findings if f.code == "course_previous_dose_unknown").blocks


def test_the_window_shows_a_red_banner_when_the_zones_differ(qtbot, settings, monkeypatch, computer_in):
    from ui.main_window import MainWindow
    computer_in("Europe/Berlin")
    monkeypatch.setattr(clock, "_setting", lambda: "Asia/Tokyo")
    window = MainWindow(settings=settings, operator="Aiko Mori (AM)")
    qtbot.addWidget(window)
    assert window.banner.shown("zone")
    monkeypatch.setattr(clock, "_setting", lambda: "")
    calm = MainWindow(settings=settings, operator="Aiko Mori (AM)")
    qtbot.addWidget(calm)
    assert not calm.banner.shown("zone")


def test_a_saved_fresh_case_keeps_its_end_of_preparation_as_time_passes(store):
    from mscprep.protocol.loader import shipped_protocols
    from mscprep.session import Session
    session = Session(shipped_protocols(), store, "K. Tanaka")
    moments = iter([NOW, NOW, NOW + timedelta(minutes=20), NOW + timedelta(minutes=40)])
    session.clock = lambda: next(moments)
    session.update(dict(FRESH, patient_name="Yamada Hanako", patient_id="MRN-1", din="A999921123456"))
    record = session.save()
    assert record.inputs["prepared_at"] == clock.iso(NOW.replace(microsecond=0), timespec="seconds")
    session.recompute()                     # 20 minutes later: still the saved case, same use-by
    assert session.current_record() is not None
    assert session.view.preparation.use_by == NOW.replace(microsecond=0) + timedelta(hours=4)

"""When mail is due: pure date and zone arithmetic, no database."""
from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from backend.services.followup import schedule
from backend.services.followup.rules import DEFAULTS

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize("captured, due", [
    (datetime(2026, 11, 10, 15, 10, tzinfo=BERLIN), datetime(2026, 11, 10, 20, 30, tzinfo=BERLIN)),
    (datetime(2026, 11, 10, 20, 30, tzinfo=BERLIN), datetime(2026, 11, 10, 20, 30, tzinfo=BERLIN)),
    (datetime(2026, 11, 10, 20, 45, tzinfo=BERLIN), datetime(2026, 11, 10, 21, 45, tzinfo=BERLIN)),
    (datetime(2026, 11, 10, 21, 30, tzinfo=BERLIN), datetime(2026, 11, 11, 7, 30, tzinfo=BERLIN)),
    (datetime(2026, 11, 11, 1, 0, tzinfo=BERLIN), datetime(2026, 11, 11, 20, 30, tzinfo=BERLIN)),
])
def test_key_mail_is_due_tonight_or_within_the_hour_but_never_at_night(captured, due):
    assert schedule.key_due(captured, "Europe/Berlin", DEFAULTS) == due.astimezone(timezone.utc)


def test_key_evening_is_taken_in_the_shows_zone_across_a_dst_change():
    # Las Vegas switches to winter time on 1 Nov 2026; 20:30 stays 20:30 local.
    due = schedule.key_due(datetime(2026, 11, 1, 18, 0, tzinfo=timezone.utc), "America/Los_Angeles", DEFAULTS)
    assert due == datetime(2026, 11, 2, 4, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize("country, start, expected", [
    ("BR", date(2026, 11, 2), date(2026, 11, 3)),  # All Souls' Day
    ("DE", date(2026, 11, 14), date(2026, 11, 16)),  # Saturday -> Monday
    ("AE", date(2026, 11, 14), date(2026, 11, 16)),  # Emirati weekend is Sat-Sun since 2022
    ("US", date(2026, 11, 26), date(2026, 11, 27)),  # Thanksgiving
    (None, date(2026, 11, 14), date(2026, 11, 16)),  # unknown country: a plain Sat-Sun weekend
])
def test_mail_read_at_home_skips_the_buyers_weekend_and_public_holidays(country, start, expected):
    assert schedule.working_day(start, country) == expected


def test_potential_mail_is_due_at_half_past_nine_in_sao_paulo_after_the_holiday():
    due = schedule.after_show_due(date(2026, 10, 30), 3, "America/Sao_Paulo", "BR", DEFAULTS)
    assert due == datetime(2026, 11, 3, 9, 30, tzinfo=ZoneInfo("America/Sao_Paulo"))


def test_nurture_keeps_the_minimum_gap_after_the_last_mail():
    last = datetime(2026, 11, 3, 12, 31, tzinfo=timezone.utc)
    due = schedule.nurture_due(date(2026, 10, 30), 5, "America/Sao_Paulo", "BR", DEFAULTS, last)
    assert due == datetime(2026, 11, 18, 9, 30, tzinfo=ZoneInfo("America/Sao_Paulo"))
    free = schedule.nurture_due(date(2026, 10, 30), 45, "America/Sao_Paulo", "BR", DEFAULTS, last)
    assert free == datetime(2026, 12, 14, 9, 30, tzinfo=ZoneInfo("America/Sao_Paulo"))


@pytest.mark.parametrize("country, phones, address, expected", [
    ("br", [], "", "BR"),
    (None, [{"number": "+5511912345678"}], "", "BR"),
    (None, [], "Rua Augusta 100\nSão Paulo, Brazil", "BR"),
    (None, [], "Calle 5, Bogotá, Colombia", "CO"),
    (None, [{"raw": "not a number"}], "somewhere", None),
])
def test_the_buyers_country_comes_from_what_they_typed_their_phone_or_their_address(country, phones, address,
                                                                                     expected):
    assert schedule.buyer_country(country, phones, address) == expected


@pytest.mark.parametrize("country, phones, expected", [
    ("BR", [{"number": "+552131234567"}], "America/Sao_Paulo"),  # Rio landline
    ("US", [{"number": "+14155550100"}], "America/Los_Angeles"),  # San Francisco
    ("US", [], "America/New_York"),  # several zones: the main one
    ("DE", [], "Europe/Berlin"),
    (None, [], "Europe/Berlin"),  # nothing known: the show's zone
])
def test_the_buyers_zone_prefers_a_phone_tied_to_one_zone(country, phones, expected):
    assert schedule.buyer_zone(country, phones, "Europe/Berlin") == expected


def test_the_next_holiday_is_named_when_it_is_near():
    assert schedule.next_holiday("BR", date(2026, 12, 10), 30) == {"date": "2026-12-25", "name": "Christmas Day"}
    assert schedule.next_holiday("BR", date(2026, 12, 26), 5) is None

"""When each mail is due. Pure functions of dates, zones and rules: no database.

Everything returned is aware UTC; the planning happens in local time, in the
show's zone for key buyers (the salesperson's evening) and in the buyer's zone
for mail read at home (their morning, their working day).
"""
from __future__ import annotations

import functools
import re
from datetime import date, datetime, time, timedelta, timezone
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays
import phonenumbers
from phonenumbers import timezone as phone_zones

# Countries spanning several zones: the zone most of their business runs in.
# zone.tab lists them geographically (Brazil starts with Noronha), not by weight.
MAIN_ZONE = {
    "AR": "America/Argentina/Buenos_Aires", "AU": "Australia/Sydney", "BR": "America/Sao_Paulo",
    "CA": "America/Toronto", "CD": "Africa/Kinshasa", "CL": "America/Santiago", "CN": "Asia/Shanghai",
    "EC": "America/Guayaquil", "ES": "Europe/Madrid", "ID": "Asia/Jakarta", "KZ": "Asia/Almaty",
    "MN": "Asia/Ulaanbaatar", "MX": "America/Mexico_City", "MY": "Asia/Kuala_Lumpur",
    "NZ": "Pacific/Auckland", "PT": "Europe/Lisbon", "RU": "Europe/Moscow", "UA": "Europe/Kyiv",
    "US": "America/New_York", "UZ": "Asia/Tashkent",
}


def parse_hhmm(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def _utc(local: datetime) -> datetime:
    return local.astimezone(timezone.utc)


def _in_quiet_hours(moment: time, quiet: tuple[time, time]) -> bool:
    start, end = quiet
    return (moment >= start or moment < end) if start > end else start <= moment < end


def _after_quiet_hours(local: datetime, quiet: tuple[time, time]) -> datetime:
    """`local` if it is a decent hour, else the end of the quiet hours that hold it."""
    if not _in_quiet_hours(local.timetz().replace(tzinfo=None), quiet):
        return local
    wake = datetime.combine(local.date(), quiet[1], local.tzinfo)
    return wake if wake > local else wake + timedelta(days=1)


def key_due(reference: datetime, zone: str, rules: dict) -> datetime:
    """Tonight at the evening send time; later captures within the hour, but not at night."""
    tz = ZoneInfo(zone)
    local = reference.astimezone(tz)
    evening = datetime.combine(local.date(), parse_hhmm(rules["key_send_time"]), tz)
    if local <= evening:
        return _utc(evening)
    soon = local + timedelta(minutes=rules["key_late_delay_minutes"])
    quiet = tuple(parse_hhmm(t) for t in rules["quiet_hours"])
    return _utc(_after_quiet_hours(soon, quiet))


def working_day(day: date, country: str | None) -> date:
    """The first day from `day` on that is neither the buyer's weekend nor a public holiday."""
    calendar = _calendar(country)
    weekend = calendar.weekend if calendar is not None else {5, 6}
    while day.weekday() in weekend or (calendar is not None and day in calendar):
        day += timedelta(days=1)
    return day


def at_home(day: date, send_time: str, zone: str, country: str | None,
            not_before: datetime | None = None) -> datetime:
    """Send time on the buyer's first working day from `day`, and not before `not_before`."""
    tz = ZoneInfo(zone)
    if not_before is not None:
        day = max(day, not_before.astimezone(tz).date())
    while True:
        day = working_day(day, country)
        local = datetime.combine(day, parse_hhmm(send_time), tz)
        if not_before is None or local >= not_before:
            return _utc(local)
        day += timedelta(days=1)


def after_show_due(show_end: date, days: int, zone: str, country: str | None, rules: dict) -> datetime:
    return at_home(show_end + timedelta(days=days), rules["potential_send_time"], zone, country)


def nurture_due(show_end: date, offset_days: int, zone: str, country: str | None, rules: dict,
                last_mail: datetime | None) -> datetime:
    """A nurture step's time, kept at least min_days_between_mails after the previous mail."""
    gap = timedelta(days=rules["min_days_between_mails"])
    return at_home(show_end + timedelta(days=offset_days), rules["potential_send_time"], zone, country,
                   not_before=last_mail + gap if last_mail else None)


# --- where the buyer is ---------------------------------------------------------------


def buyer_country(country: str | None, phones: list[dict], address: str) -> str | None:
    """Their country as typed, else from a phone number's prefix, else named in the address."""
    if country:
        return country.upper()
    for phone in phones or []:
        parsed = _parse_phone(phone.get("number") or phone.get("raw") or "")
        if parsed is not None and (region := phonenumbers.region_code_for_number(parsed)):
            return region
    return _country_in_address(address or "")


def buyer_zone(country: str | None, phones: list[dict], fallback: str) -> str:
    """A phone number tied to one zone is the surest sign; else the country's main zone."""
    for phone in phones or []:
        parsed = _parse_phone(phone.get("number") or phone.get("raw") or "")
        zones = phone_zones.time_zones_for_number(parsed) if parsed is not None else ()
        if len(zones) == 1 and _known_zone(zones[0]):
            return zones[0]
    if country:
        zone = MAIN_ZONE.get(country) or _zone_table().get(country)
        if zone and _known_zone(zone):
            return zone
    return fallback


def _parse_phone(raw: str):
    try:
        parsed = phonenumbers.parse(raw, None)
    except phonenumbers.NumberParseException:
        return None
    return parsed if phonenumbers.is_possible_number(parsed) else None


def _known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


@functools.cache
def _zone_table() -> dict[str, str]:
    """Country code -> its first zone in tzdata's zone.tab."""
    table: dict[str, str] = {}
    for line in resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text().splitlines():
        if line and not line.startswith("#"):
            code, _coords, zone = line.split("\t")[:3]
            table.setdefault(code, zone)
    return table


@functools.cache
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for line in resources.files("tzdata.zoneinfo").joinpath("iso3166.tab").read_text().splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t")[:2]
            names[name.strip().lower()] = code
    return names


def _country_in_address(address: str) -> str | None:
    """The last comma- or line-separated part of an address, if it names a country."""
    parts = [p.strip().lower() for p in re.split(r"[,\n]", address) if p.strip()]
    return _country_names().get(parts[-1]) if parts else None


@functools.cache
def _calendar(country: str | None):
    if not country:
        return None
    try:
        return holidays.country_holidays(country)  # fills years lazily as days are asked
    except NotImplementedError:
        return None


def next_holiday(country: str | None, start: date, days: int) -> dict | None:
    """The buyer's next public holiday within `days` from `start`, if any."""
    calendar = _calendar(country)
    if calendar is None:
        return None
    for offset in range(days):
        day = start + timedelta(days=offset)
        if day in calendar:
            return {"date": day.isoformat(), "name": calendar.get(day)}
    return None

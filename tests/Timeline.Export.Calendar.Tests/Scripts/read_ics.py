"""Reads an iCalendar file with the `icalendar` module and prints what it understood as one JSON document.

Usage: /usr/bin/python3 read_ics.py FILE
Output: {"calendar": {prodid, version, name, calname}, "events": [{uid, start, end, allDay, summary, status,
categories, location, description, precision}, ...]} with dates as ISO strings. Exit 3 when icalendar is missing.
"""
import datetime
import json
import sys

try:
    import icalendar
except ImportError:
    sys.stderr.write("the icalendar module is not installed\n")
    sys.exit(3)


def text(value):
    return None if value is None else str(value)


def day(prop):
    value = prop.dt
    return value.isoformat(), not isinstance(value, datetime.datetime)


def categories(prop):
    if prop is None:
        return []
    props = prop if isinstance(prop, list) else [prop]
    return [str(c) for p in props for c in p.cats]


with open(sys.argv[1], "rb") as f:
    calendar = icalendar.Calendar.from_ical(f.read())

events = []
for component in calendar.walk("VEVENT"):
    start, start_all_day = day(component["DTSTART"])
    end, end_all_day = day(component["DTEND"])
    events.append({
        "uid": text(component.get("UID")),
        "start": start,
        "end": end,
        "allDay": start_all_day and end_all_day,
        "summary": text(component.get("SUMMARY")),
        "status": text(component.get("STATUS")),
        "categories": categories(component.get("CATEGORIES")),
        "location": text(component.get("LOCATION")),
        "description": text(component.get("DESCRIPTION")),
        "precision": text(component.get("X-TIMELINE-PRECISION")),
    })

json.dump({
    "calendar": {
        "prodid": text(calendar.get("PRODID")),
        "version": text(calendar.get("VERSION")),
        "name": text(calendar.get("NAME")),
        "calname": text(calendar.get("X-WR-CALNAME")),
    },
    "events": events,
}, sys.stdout, ensure_ascii=False)

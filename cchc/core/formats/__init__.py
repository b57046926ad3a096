"""Project date formats (``FORMAT_MODULE_PATH``): day first, in every language.

Vietnamese users type ``02/12/2026`` meaning 2 December. Django's English formats put
``%m/%d/%Y`` first and would read it as 12 February, so English mode gets the same
day-first input formats: there is no month-first format anywhere, and a date that does
not parse as day/month/year (``12/31/2026``, ``31/02/2026``) is refused, never
reinterpreted. ISO ``2026-12-02`` (year first, unambiguous) is always accepted.
"""

DAY_FIRST_DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]
DAY_FIRST_DATETIME_INPUT_FORMATS = [
    f"{date} {time}"
    for date in DAY_FIRST_DATE_INPUT_FORMATS
    for time in ("%H:%M", "%H:%M:%S", "%H:%M:%S.%f")
]
TIME_INPUT_FORMATS = ["%H:%M", "%H:%M:%S", "%H:%M:%S.%f"]

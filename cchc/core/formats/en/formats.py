"""English formats for a Vietnamese portal: day first, as the people reading it write.

Django's English module starts its input formats with ``%m/%d/%Y``; here there is no
month-first format at all (see ``cchc.core.formats``).
"""

from django.conf.locale.en.formats import *  # noqa: F403

from cchc.core.formats import (
    DAY_FIRST_DATE_INPUT_FORMATS,
    DAY_FIRST_DATETIME_INPUT_FORMATS,
)

DATE_INPUT_FORMATS = DAY_FIRST_DATE_INPUT_FORMATS
DATETIME_INPUT_FORMATS = DAY_FIRST_DATETIME_INPUT_FORMATS
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
MONTH_DAY_FORMAT = "j F"
FIRST_DAY_OF_WEEK = 1  # Monday

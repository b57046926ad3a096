"""Vietnamese formats: Django's, with day-first input formats (see ``cchc.core.formats``)."""

from django.conf.locale.vi.formats import *  # noqa: F403

from cchc.core.formats import (
    DAY_FIRST_DATE_INPUT_FORMATS,
    DAY_FIRST_DATETIME_INPUT_FORMATS,
)

DATE_INPUT_FORMATS = DAY_FIRST_DATE_INPUT_FORMATS
DATETIME_INPUT_FORMATS = DAY_FIRST_DATETIME_INPUT_FORMATS
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday

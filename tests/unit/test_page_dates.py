"""Dates read plainly, without dateparser, agree with dateparser."""
from __future__ import annotations

import pytest

from service.nlp.page.dates import iso_date, parsed_date, plain_date


@pytest.mark.parametrize("text", [
    "April 5, 2018", "Apr 16, 2015", "JAN. 13, 2017", "Sept. 25, 2018", "sep 9 2016", "May. 8, 2016", "June. 1, 2020",
    "24 July 2015", "22 Dec, 2016", "3\tApril 2014", "1st March 1999", "02nd Nov. 2030", "13TH\xa0AUGUST  2099",
    "February 29, 2016", "December 31, 1900", "2017-12-26", "2016-05-06", "2019-01-12",
])
def test_plain_dates_read_as_dateparser_reads_them(text: str) -> None:
    assert plain_date(text) is not None
    assert plain_date(text) == parsed_date(text)


@pytest.mark.parametrize("text", [
    "February 30, 2016", "2016-02-30", "2016-13-01",  # no such day: dateparser says what it says
    "Janu 5, 2018", "April 5, 1066", "April\u20095, 2018",  # forms left to dateparser
])
def test_other_dates_are_left_to_dateparser(text: str) -> None:
    assert plain_date(text) is None
    assert iso_date(text) == parsed_date(text)

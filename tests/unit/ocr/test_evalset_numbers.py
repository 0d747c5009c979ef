"""The generated cards' phone numbers: valid, and different from card to card."""

import random

import phonenumbers
import pytest

from ocr.evalset.identities import COUNTRIES, phone_number


@pytest.mark.parametrize("country", sorted(COUNTRIES))
@pytest.mark.parametrize("kind", ["work", "mobile", "fax"])
def test_numbers_are_valid_and_random_so_a_fax_never_repeats_the_office_number(country, kind):
    rng = random.Random(1)
    numbers = [phone_number(country, kind, rng) for _ in range(10)]
    assert all(phonenumbers.is_valid_number(n) for n in numbers)
    assert len({phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164) for n in numbers}) >= 5

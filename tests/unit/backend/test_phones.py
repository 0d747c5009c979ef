"""Phone numbers typed at the booth keep what was typed and gain E.164 where they parse."""
import pytest

from backend.services.phones import normalise_phones, to_e164


@pytest.mark.parametrize("raw,country,expected", [
    ("+49 171 2345678", None, "+491712345678"),
    ("0171 2345678", "DE", "+491712345678"),
    ("+44 (0) 20 7946 0958", None, "+442079460958"),
    ("(11) 98765-4321", "BR", "+5511987654321"),
    ("138 0013 8000", "CN", "+8613800138000"),
    ("call me", "DE", None),
    ("12", "DE", None),
])
def test_to_e164(raw, country, expected):
    assert to_e164(raw, country) == expected


def test_an_unparseable_number_is_kept_as_typed():
    assert normalise_phones([{"type": "fax", "raw": "ext. 12"}], "DE") == [
        {"type": "fax", "number": "ext. 12", "raw": "ext. 12"}
    ]


def test_a_plain_tel_is_the_card_readers_work_number():
    assert normalise_phones([{"type": "tel", "raw": "+49 511 1234567"}], None)[0]["type"] == "work"

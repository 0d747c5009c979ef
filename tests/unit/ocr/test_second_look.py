"""A reading that doubts a field is looked at again; each field comes from the surer reading."""

from ocr.parse import ParsedCard
from ocr.reader import SECOND_LOOK_CONF, _doubts, _surer


def card(**fields) -> ParsedCard:
    confidence = {f.removesuffix("_conf"): fields.pop(f) for f in list(fields) if f.endswith("_conf")}
    return ParsedCard(**fields, confidence=confidence)


def test_a_reading_sure_of_every_field_it_found_is_not_looked_at_again():
    assert not _doubts(card(name="Anna Becker", name_conf=0.95, emails=["a.becker@cobalt.com"], emails_conf=0.9))


def test_a_reading_doubting_one_field_is_looked_at_again():
    assert _doubts(card(name="Anna Becker", name_conf=0.95, website="obalt.com", website_conf=SECOND_LOOK_CONF - 0.1))


def test_each_field_comes_from_the_reading_clearly_surer_of_it():
    first = card(name="Anna Becker", name_conf=0.95, website="obalt.com", website_conf=0.4)
    second = card(name="Anna Beckor", name_conf=0.97, website="cobalt.com", website_conf=0.85,
                  emails=["a.becker@cobalt.com"], emails_conf=0.8)
    merged = _surer(first, second)
    assert merged.name == "Anna Becker"  # 0.97 is not clearly surer than 0.95
    assert merged.website == "cobalt.com" and merged.confidence["website"] == 0.85
    assert merged.emails == ["a.becker@cobalt.com"]  # found only by the second look


def test_a_field_the_second_reading_lost_stays_as_first_read():
    first = card(company="Cobalt Logistics GmbH", company_conf=0.6)
    assert _surer(first, card()).company == "Cobalt Logistics GmbH"

"""Two readings of one card: each field from the reading the rest of the card backs."""

import pytest

from ocr.choose import pick
from ocr.parse import NAME_FROM_EMAIL_CONF, ParsedCard
from ocr.parse.phones import PhoneHit
from ocr.reader import SECOND_LOOK_CONF, _doubts


def card(**fields) -> ParsedCard:
    confidence = {f.removesuffix("_conf"): fields.pop(f) for f in list(fields) if f.endswith("_conf")}
    return ParsedCard(**fields, confidence=confidence)


def test_a_reading_sure_of_every_field_it_found_is_not_looked_at_again():
    phones = [PhoneHit("work", "+4930276095", "+49 30 276095", True, True)]
    assert not _doubts(card(name="Anna Becker", name_conf=0.95, emails=["a.becker@cobalt.com"], emails_conf=0.9,
                            phones=phones, phones_conf=0.9))


def test_a_reading_without_an_email_or_without_a_phone_is_looked_at_again():
    phones = [PhoneHit("work", "+4930276095", "+49 30 276095", True, True)]
    assert _doubts(card(name="Anna Becker", name_conf=0.95, phones=phones, phones_conf=0.9))
    assert _doubts(card(name="Anna Becker", name_conf=0.95, emails=["a.becker@cobalt.com"], emails_conf=0.9))


def test_a_reading_doubting_one_field_is_looked_at_again():
    assert _doubts(card(name="Anna Becker", name_conf=0.95, website="obalt.com", website_conf=SECOND_LOOK_CONF - 0.1))


def test_the_email_that_spells_the_name_and_the_websites_domain_wins_over_a_surer_one():
    first = card(name="Lieke Bakker", website="www.polaris.nl", emails=["lieke.bakker@polaris.nl"], emails_conf=0.6)
    second = card(name="Lieke Bakker", emails=["lieke.bakker@polaris.nt"], emails_conf=0.9)
    assert pick(first, second).emails == ["lieke.bakker@polaris.nl"]


def test_a_name_read_on_the_card_wins_over_one_guessed_from_the_email():
    first = card(name="Li Liu", name_conf=NAME_FROM_EMAIL_CONF, emails=["li_liu@pinecrest.cn"])
    second = card(name="王明", name_conf=0.73, emails=["li_liu@pinecrest.cn"])
    assert pick(first, second).name == "王明"
    first = card(name="陈芳敏", name_conf=0.24, emails=["hui_zhang@altavista.cn"])  # read doubtfully
    second = card(name="Hui Zhang", name_conf=NAME_FROM_EMAIL_CONF, emails=["hui_zhang@altavista.cn"])
    assert pick(first, second).name == "陈芳敏"


def test_the_company_holding_the_brand_of_the_domain_wins():
    first = card(company="pri! Technik SE", company_conf=0.62, emails=["a@orbital.de"])
    second = card(company="Orbital Technik SE", company_conf=0.6)
    merged = pick(first, second)
    assert merged.company == "Orbital Technik SE" and merged.confidence["company"] == 0.6


def test_more_valid_phone_numbers_win():
    one = [PhoneHit("mobile", "+46701713989", "+46 70 171 39 89", True, True)]
    two = one + [PhoneHit("work", "+468136004", "+46 8 13 60 04", True, True)]
    assert pick(card(phones=one, phones_conf=0.9), card(phones=two, phones_conf=0.8)).phones == two


def test_the_fuller_reading_wins_when_the_card_backs_neither():
    first = card(address="Kungsgatan 185", address_conf=0.89, emails=["rrodriguez@orbital.com"], emails_conf=0.7)
    second = card(address="Kungsgatan 185, 411 77 Göteborg, Sweden", address_conf=0.85,
                  emails=["r.rodriguez@orbital.com"], emails_conf=0.5)
    merged = pick(first, second)
    assert merged.address == "Kungsgatan 185, 411 77 Göteborg, Sweden"
    assert merged.emails == ["r.rodriguez@orbital.com"]


@pytest.mark.parametrize(
    ("first", "second", "fuller"),
    [
        # The country line one reading lost, though a dot differs: fuller.
        ("Rua Augusta, 167, 4000-398 Porto", "Rua Augusta. 167, 4000-398 Porto, Portugal", "second"),
        ("Rua Augusta, 167, 4000-398 Porto", "Avenida da Liberdade 12, 1250-096 Lisboa, Portugal", "first"),
        ("80 High Street, Bristol BS1 8QA", "we O17) 245 1582, 80 High Street, Bristol BS1 8QA", "first"),  # junk
    ],
)
def test_an_address_is_fuller_by_its_country_line_not_by_junk_in_front_or_by_being_another(first, second, fuller):
    merged = pick(card(address=first, address_conf=0.9), card(address=second, address_conf=0.87))
    assert merged.address == (second if fuller == "second" else first)


def test_the_city_in_front_of_a_chinese_company_is_fuller_but_latin_junk_is_not():
    first = card(company="恒通电子有限公司", company_conf=0.81)
    assert pick(first, card(company="深圳恒通电子有限公司", company_conf=0.8)).company == "深圳恒通电子有限公司"
    first = card(company="恒通电子有限公司", company_conf=0.81)
    assert pick(first, card(company="Tr 恒通电子有限公司", company_conf=0.8)).company == "恒通电子有限公司"


def test_the_name_with_the_honorific_one_reading_lost_is_fuller():
    first = card(name="Agnieszka Zielińska", name_conf=0.94, emails=["azielinska@zenith.pl"])
    assert pick(first, card(name="Dr. Agnieszka Zielińska", name_conf=0.9)).name == "Dr. Agnieszka Zielińska"
    first = card(name="Agnieszka Zielińska", name_conf=0.94, emails=["azielinska@zenith.pl"])
    assert pick(first, card(name="Ma Agnieszka Zielińska", name_conf=0.9)).name == "Agnieszka Zielińska"


def test_the_accents_of_the_first_reading_stay_when_the_second_lost_them():
    first = card(name="Núria Gómez Ortega", name_conf=0.92)
    assert pick(first, card(name="Nuria Gomez Ortega", name_conf=0.99)).name == "Núria Gómez Ortega"


def test_the_accents_of_the_second_reading_are_taken_when_the_first_lost_them():
    first = card(name="Joao Santos", name_conf=0.95, company="Meridian Tecnologia SL", company_conf=0.9)
    merged = pick(first, card(name="João Santos", name_conf=0.7, company="Meridian Tecnología SL", company_conf=0.8))
    assert (merged.name, merged.company) == ("João Santos", "Meridian Tecnología SL")


def test_accents_only_a_darkened_reading_has_are_specks_not_taken():
    first = card(name="Femke Bakker", name_conf=0.95, company="Bluepeak Robotics", company_conf=0.9)
    merged = pick(first, card(name="Femke Bakkér", name_conf=0.95, company="Bluepéak Robotics", company_conf=0.9),
                  accents=False)
    assert (merged.name, merged.company) == ("Femke Bakker", "Bluepeak Robotics")


def test_the_country_the_phone_codes_and_the_domain_name_wins_over_a_garbled_postcodes_one():
    phones = [PhoneHit("work", "+351212160139", "+351 21 216 0139", True, True)]
    first = card(country="SE", country_conf=0.8, phones=phones, emails=["joao.santos@evergreen.pt"])
    assert pick(first, card(country="PT", country_conf=0.85, phones=phones)).country == "PT"


def test_the_name_the_email_spells_more_of_wins():
    first = card(name="Tigke Bakker", name_conf=0.9, emails=["lieke.bakker@lumen-labs.nl"])
    assert pick(first, card(name="Lieke Bakker", name_conf=0.8)).name == "Lieke Bakker"


def test_the_company_more_of_the_cards_domains_name_wins():
    # One reading misread the brand in the company and in the email alike.
    first = card(company="Hetios Software", company_conf=0.9, emails=["ethan_roy@hetios.ca"])
    second = card(company="Helios Software", company_conf=0.8, emails=["ethan_roy@helios.ca"], website="helios.ca")
    assert pick(first, second).company == "Helios Software"


def test_otherwise_the_clearly_surer_reading_wins_and_a_field_the_second_lost_stays():
    first = card(title="Head ot Marketing", title_conf=0.5, company="Cobalt Logistics GmbH", company_conf=0.6)
    second = card(title="Head of Marketing", title_conf=0.8)
    merged = pick(first, second)
    assert merged.title == "Head of Marketing" and merged.company == "Cobalt Logistics GmbH"

"""Which lines are part of a postal address."""

import pytest

from ocr.parse import Line, Word, parse_card, parse_text
from ocr.parse.address import address_score, british_postcode, country_from_tld, country_misread, country_named


@pytest.mark.parametrize("line", ["Kaiserring 12", "Theodor-Heuss-Ring 5", "Drottninggatan 73", "Keizersgracht 111"])
def test_street_names_by_their_ending_are_address_lines(line):
    assert address_score(line) >= 0.85


@pytest.mark.parametrize("line", ["Engineering Division", "Engineering", "Manufacturing"])
def test_department_words_ending_like_a_street_are_not_address_lines(line):
    assert address_score(line) == 0.0


def test_a_department_printed_between_two_address_lines_stays_out_of_the_address():
    card = parse_text("Maja Nilsson\nKey Account Manager\nDrottninggatan 73\nEngineering Division\n411 87 Göteborg\n"
                      "Sverige\nmaja@silverline.se", "eng+swe")
    assert card.address == "Drottninggatan 73, 411 87 Göteborg, Sverige"
    assert card.department == "Engineering Division"


@pytest.mark.parametrize(
    ("line", "score"),
    [
        ("C/ Mayor, 106", 0.95),
        ("c/ de Alcalá 118", 0.95),
        ("Dublin DO2 X985", 0.85),  # Eircode with the 0 read as O
        ("Cork T12 R0CP", 0.85),
        ("Bristol BS1 BOA", 0.85),  # UK postcode with 8 read as B
        ("Leeds LS1 SUR", 0.85),  # and 5 as S
        ("ul Długa 129", 0.95),  # the Polish street's dot lost
    ],
)
def test_streets_spelled_short_and_misread_postcodes_are_address_lines(line, score):
    assert address_score(line) == score


@pytest.mark.parametrize(("line", "code"), [("lreland", "IE"), ("ltaly", "IT"), ("1ndia", "IN"), ("Luxembourg", "LU")])
def test_a_country_whose_capital_i_ocr_read_as_l_is_still_named(line, code):
    assert country_named(line) == code


def test_dublin_postcode_read_with_o_gives_ireland():
    card = parse_text("Cian Doyle\ncian@pinecrest-labs.com\nUnit 89, Sandyford Business Park\nDublin DO2 X485")
    assert card.address == "Unit 89, Sandyford Business Park, Dublin DO2 X485"
    assert card.country == "IE"


def test_a_house_number_ocr_doubts_is_kept_in_front_of_the_street():
    words = [Word("69", 0, 0, 40, 25, 81.0), *(Word(t, x, 0, 90, 30, 95.0) for t, x in (("High", 60), ("Street", 170)))]
    card = parse_card([Line.of("Oliver Hughes", height=40), Line(words), Line.of("Bristol BS1 8QA", top=40)])
    assert card.address == "69 High Street, Bristol BS1 8QA"


def test_a_country_line_in_pale_print_read_with_low_confidence_is_kept():
    card = parse_card([Line.of("Lieke Jansen"), Line.of("Stationsplein 4", top=30), Line.of("3068 CD Rotterdam", top=60),
                       Line.of("Nederland", conf=21.0, top=90)])
    assert card.address == "Stationsplein 4, 3068 CD Rotterdam, Nederland"


@pytest.mark.parametrize(
    ("line", "code"),
    [("8001 Zürich Schweiz", "CH"), ("411 63 Göteborg Sverige", "SE"), ("10117 Berlin Germany", "DE"),
     ("Key Account Manager Germany", None), ("Vertrieb Deutschland", None)],
)
def test_a_postcode_line_ending_in_a_country_names_it(line, code):
    assert country_named(line) == code


@pytest.mark.parametrize(
    ("line", "code"),
    [("D-80331 München", "DE"), ("CH-8001 Zürich", "CH"), ("A-1010 Wien", "AT"), ("F-75008 Paris", "FR"),
     ("B-1000 Bruxelles", "BE"), ("S-411 63 Göteborg", "SE"), ("NL-1017 Amsterdam", "NL")],
)
def test_the_car_code_in_front_of_a_postcode_gives_the_country(line, code):
    card = parse_text(f"Jan Berg\n+44 20 7946 0123\njan@berg.com\nHauptstrasse 5\n{line}")
    assert card.country == code


@pytest.mark.parametrize("line", ["Cork T12 R5CP", "Cork T12 RSCP", "ork T12 ROCP", "Dublin DO2 X685"])
def test_an_eircode_with_its_digits_read_as_letters_places_the_card_and_its_national_numbers(line):
    card = parse_text(f"Saoirse Doyle\nTel. (022) 92012\nsaoirse@nordwind.com\nUnit 116\n{line}")
    assert card.country == "IE"
    assert [p.number for p in card.phones] == ["+3532292012"]


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Unuted States", "US"),  # one letter misread in a long name
        ("Belgié", "BE"),  # an accent misread
        ("Sverige", "SE"),
        ("Germain", None),  # a name one letter from "Germany" is not near enough
        ("Engineering", None),
        ("Spaim", None),  # short names must be read right
        ("Espafia", "ES"),  # ñ read as "fi"
    ],
)
def test_a_country_misread_by_a_letter_or_an_accent_is_still_the_country(line, code):
    assert country_named(line) == code


@pytest.mark.parametrize("line", ["T1122 Stockholm", "Dublin D0O2 X285", "Vancouver, BC V6C 612"])
def test_a_place_beside_a_garbled_postcode_is_a_weak_address_line(line):
    assert address_score(line) == 0.5


@pytest.mark.parametrize("line", ["Key Account Manager", "Tidewater Labs Ltd", "Samuel Gagnon"])
def test_lines_without_digits_are_no_garbled_postcode(line):
    assert address_score(line) == 0.0


def test_a_garbled_postcode_line_joins_the_street_above_it():
    card = parse_text("Dr. Lars Nilsson\nManaging Director\nKungsgatan 37\nT1122 Stockholm\nSverige", "eng+swe")
    assert card.address == "Kungsgatan 37, T1122 Stockholm, Sverige"


def test_the_city_line_joins_the_street_across_a_phone_of_the_other_column():
    card = parse_text("Léa MacDonald\nProcurement Specialist\n158 Rue Sainte-Catherine\nC. +1 506-212-3244\n"
                      "Toronto, ON MSJ 432\nCanada", "eng")
    assert card.address == "158 Rue Sainte-Catherine, Toronto, ON MSJ 432, Canada"


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("Leeds LSI 4UR", "Leeds LS1 4UR"),  # the district's 1 read as I
        ("London ECLA 888", "London EC1A 8BB"),  # 1 as L, and B as 8 where letters belong
        ("Manchester Ml 1AE", "Manchester M1 1AE"),
        ("London SWIA 2AA, UK", "London SW1A 2AA, UK"),
        ("Cardiff CF1O 3AT", "Cardiff CF10 3AT"),
        ("Bristol BS1 SAA", "Bristol BS1 5AA"),
        ("Leeds LS! 2UR", "Leeds LS1 2UR"),  # the 1 read as "!"
        ("Leeds LS] 4UR", "Leeds LS1 4UR"),  # or as "]"
    ],
)
def test_a_british_postcode_gets_its_letters_and_digits_back_from_their_places(line, read):
    assert british_postcode(line) == read


@pytest.mark.parametrize(
    "line",
    ["London EC1A 8BB", "Toronto, ON M5J 4J2", "Dublin D02 X785", "411 63 Goteborg", "Leeds LS1 4UR",
     "Unit 250, Riverside Park"],
)
def test_lines_without_a_misread_british_postcode_are_left_alone(line):
    assert british_postcode(line) == line


def test_a_city_line_with_a_misread_british_postcode_joins_the_address():
    card = parse_text("Rhys Taylor\nSales Manager\nTel: +44 121 279 8436\nUnit 250, Riverside Park\nLeeds LSI 4UR")
    assert card.address == "Unit 250, Riverside Park, Leeds LS1 4UR"


@pytest.mark.parametrize(
    "city",
    ["Vancouver, BC V6C OL2",  # the zero of a Canadian postcode read as O
     "Bristol BS1 QA"],  # a digit of the inward code lost
)
def test_a_city_line_with_a_garbled_postcode_between_street_and_country_is_part_of_the_address(city):
    card = parse_text(f"Samuel Gagnon\nCTO\nOffice (506) 226-3542\n228 Bay Street\n{city}\nCanada")
    assert card.address == f"228 Bay Street, {city}, Canada"


def test_a_line_far_from_the_address_lines_around_it_stays_out_of_the_address():
    lines = [Line.of("Ana Clara Carvalho Tel (1) 2365-0511", top=0), Line.of("Open Mon to Sat 9 to 5", top=40),
             Line.of("Rua XV de Novembro, 23", top=300), Line.of("Curitiba - PR, 80020-532", top=330)]
    assert "Open" not in parse_card(lines).address


@pytest.mark.parametrize("garbled", ["T.+321291", "P +86 W/O 1765 437", "T 455 11 2382-0081 Cel. (11)"])
def test_a_phone_row_garbled_past_reading_behind_a_one_letter_label_is_no_address_line(garbled):
    card = parse_text(f"Jan Peeters\nSales Manager\njan@nordwind.be\n{garbled}\n"
                      "Rue de la Loi 188\n2010 Antwerpen\nBelgië")
    assert card.address == "Rue de la Loi 188, 2010 Antwerpen, België"


def test_a_post_office_box_is_still_an_address_line():
    assert parse_text("Jan Peeters\nP.O. Box 1288\n2010 Antwerpen").address == "P.O. Box 1288, 2010 Antwerpen"


@pytest.mark.parametrize(("line", "name"), [("Schwez", "Schweiz"), ("Germamy", "Germany"), ("SVERLGE", "SVERIGE"),
                                            ("Portugai", "Portugal")])
def test_a_word_one_letter_off_a_country_is_that_country_spelled_right(line, name):
    assert country_misread(line) == name


@pytest.mark.parametrize(("line", "name"), [("Svenge", "Sverige"), ("SVENGE", "SVERIGE")])
def test_a_country_whose_two_letters_ocr_read_as_one_is_that_country(line, name):
    assert country_misread(line) == name


@pytest.mark.parametrize("line", ["Basel", "Leeds", "Paris", "Sales", "Porto", "Genève", "Spam"])
def test_places_and_words_are_no_misread_country(line):
    assert country_misread(line) is None


@pytest.mark.parametrize(("read", "country"), [("ireland", "Ireland"), ("lreland", "Ireland"), ("Połska", "Polska"),
                                               ("españa", "España"), ("SVERIGE", "SVERIGE"),
                                               ("P.R. China", "P.R. China")])
def test_a_country_line_read_a_letter_off_its_name_is_spelled_right_and_a_right_one_kept(read, country):
    card = parse_text(f"Jan Kowal\nul. Długa 31\n00-013 Warszawa\n{read}", "eng+pol")
    assert card.address == f"ul. Długa 31, 00-013 Warszawa, {country}"


def test_a_misread_country_line_under_the_address_ends_it_spelled_right():
    card = parse_text("Reto Gerber\nMail: reto.gerber@nordwind.ch\nSeestrasse 145\n4031 Basel\nSchwez", "eng+deu")
    assert card.address == "Seestrasse 145, 4031 Basel, Schweiz"


def test_a_word_like_a_country_elsewhere_on_the_card_stays_out_of_the_address():
    card = parse_text("Schwez\nReto Gerber\nMail: reto.gerber@nordwind.ch\nSeestrasse 145\n4031 Basel", "eng+deu")
    assert card.address == "Seestrasse 145, 4031 Basel"


@pytest.mark.parametrize(
    ("domains", "country"),
    [(["s.doyle@lumen.ie"], "IE"), (["www.kestrel.co.uk"], "GB"), (["s.doyle@lumen.le"], None),  # ie misread
     (["acme.io"], None), (["acme.com"], None)],
)
def test_only_a_countrys_top_level_domain_places_the_card(domains, country):
    assert country_from_tld(domains) == country

"""Which lines are part of a postal address."""

import pytest

from ocr.parse import parse_text
from ocr.parse.address import address_score


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

"""Phone numbers as printed on real cards: typed by label, normalised to E.164."""

import pytest

from ocr.parse.phones import find_phones, type_unlabelled


@pytest.mark.parametrize(
    ("line", "regions", "expected"),
    [
        ("Tel +44 (0) 20 7946 0123", [], [("work", "+442079460123")]),
        ("T: +49 (0)30 1234567", [], [("work", "+49301234567")]),
        ("Mob. 07400 594461", ["GB"], [("mobile", "+447400594461")]),
        ("M 01512 3103196", ["DE"], [("mobile", "+4915123103196")]),
        ("Handy: +49 151 23456789", [], [("mobile", "+4915123456789")]),
        ("Cell (415) 555-0132", ["US"], [("mobile", "+14155550132")]),
        ("Tél. 01 23 40 36 56", ["FR"], [("work", "+33123403656")]),
        ("Portable +33 6 12 34 56 78", [], [("mobile", "+33612345678")]),
        ("Móvil 612 96 02 70", ["ES"], [("mobile", "+34612960270")]),
        ("Cellulare +39 312 387 5425", [], [("mobile", "+393123875425")]),
        ("Tlm. 912 606 073", ["PT"], [("mobile", "+351912606073")]),
        ("Tel. kom. 512 345 678", ["PL"], [("mobile", "+48512345678")]),
        ("手机 +86 131 2375 6508", [], [("mobile", "+8613123756508")]),
        ("T +55 11 2387-9406", [], [("work", "+551123879406")]),
        ("Phone +1.415.555.0100", [], [("work", "+14155550100")]),
        ("Mob, +1 201-501-7504", [], [("mobile", "+12015017504")]),  # the label's dot read as a comma
    ],
)
def test_labelled_numbers_get_their_type_and_e164(line, regions, expected):
    assert [(h.type, h.number) for h, _ in find_phones(line, regions)] == expected


def test_fax_on_the_same_line_is_typed_fax_not_taken_for_the_office_number():
    hits = [h for h, _ in find_phones("Tel. +39 02 1234 5678 | Fax. 02 1234 5679", ["IT"])]
    assert [(h.type, h.number) for h in hits] == [("work", "+390212345678"), ("fax", "+390212345679")]


def test_label_glued_to_the_number_still_types_it():
    hits = [h for h, _ in find_phones("Tel +1 201-512-4083 | C+1-201-541-7989 | F+1 201-521-8966", [])]
    assert [h.type for h in hits] == ["work", "mobile", "fax"]


def test_one_misread_letter_in_a_label_keeps_it_a_work_number():
    assert [h.type for h, _ in find_phones("Fel.: 021 282 68 93", ["CH"])] == ["work"]


def test_national_zero_in_brackets_is_dropped_where_the_country_keeps_its_zero():
    """Italy dials the 0 internationally; '+39 (0) 02' must not become '+39 0 02'."""
    assert find_phones("+39 (0) 02 1234 5678", [])[0][0].number == "+390212345678"


def test_unlabelled_mobile_range_is_typed_mobile():
    assert find_phones("+46 70 116 20 51", [])[0][0].type == "mobile"


def test_national_number_uses_the_first_region_it_is_valid_in():
    assert find_phones("021 208 31 01", ["CH", "DE"])[0][0].number == "+41212083101"


@pytest.mark.parametrize("line", ["20193 Milano (MI)", "1100-013 Lisboa", "Suite 400", "Room 247"])
def test_postcodes_and_room_numbers_are_not_phones(line):
    assert find_phones(line, ["IT", "PT", "US"]) == []


@pytest.mark.parametrize(
    ("line", "regions", "expected"),
    [
        ("+39 02 1234 5678 02 1234 5679", ["IT"], ["+390212345678", "+390212345679"]),
        ("Tel +32 2 345 67 89 0450 78 44 91", ["BE"], ["+3223456789", "+32450784491"]),
        ("(415) 555-0132 (415) 555-0199", ["US"], ["+14155550132", "+14155550199"]),
        ("+44 20 7946 0123 07400 594461", ["GB"], ["+442079460123", "+447400594461"]),
    ],
)
def test_two_numbers_whose_separator_ocr_lost_are_both_found(line, regions, expected):
    assert [h.number for h, _ in find_phones(line, regions)] == expected


@pytest.mark.parametrize(
    ("line", "regions", "number"),
    [
        ("M 0450 78 44 91", ["FR", "BE", "CH"], "+32450784491"),  # Belgian 4-2-2-2, not French pairs
        ("Mob. 04 50 78 44 91", ["FR", "BE", "CH"], "+33450784491"),
        ("078 118 65 75", ["DE", "AT", "CH"], "+41781186575"),  # Swiss 3-3-2-2
        ("01512 3891994", ["DE", "AT", "CH"], "+4915123891994"),
        ("0450784491", ["FR", "BE"], "+33450784491"),  # no telling layout: the likeliest region
    ],
)
def test_national_number_goes_to_the_region_that_groups_its_digits_that_way(line, regions, number):
    assert [h.number for h, _ in find_phones(line, regions)] == [number]


def test_a_region_known_from_the_card_keeps_a_number_valid_there_whatever_its_layout():
    assert find_phones("M 0450 78 44 91", ["FR", "BE"], sure=1)[0][0].number == "+33450784491"


@pytest.mark.parametrize(("line", "number"), [("Mobile +91 81233 $5701", "+918123355701"),
                                            ("+33 6 12 94 355$", "+33612943555")])  # the last digit
def test_a_five_read_as_a_dollar_sign_is_a_five(line, number):
    assert [h.number for h, _ in find_phones(line, [])] == [number]


@pytest.mark.parametrize(
    ("line", "regions", "hit"),
    [("Tel.: (S06) 208-3601", ["CA"], ("work", "+15062083601")), ("T +44 2O7 946 0123", [], ("work", "+442079460123")),
     ("F O1 23 59 36 81", ["FR"], ("fax", "+33123593681")),
     ("Phone. +1 201-S$9-4567", [], ("work", "+12015594567")), ("Fax. (201) SII-4165", ["US"], ("fax", "+12015114165"))],
)
def test_a_digit_read_as_the_letter_it_looks_like_among_digits_is_that_digit(line, regions, hit):
    assert [(h.type, h.number) for h, _ in find_phones(line, regions)] == [hit]


def _typed(numbers: list[str], labelled: bool = False) -> list[str]:
    hits = [find_phones(n, ["AU"])[0][0] for n in numbers]
    for h in hits:
        h.labelled = labelled
    type_unlabelled(hits)
    return [h.type for h in hits]


@pytest.mark.parametrize(
    ("numbers", "types"),
    [
        (["+61 2 1285 5821", "+61 412 876 986", "+61 2 1278 2783"], ["work", "mobile", "fax"]),
        (["(02) 1213 0058", "(02) 1201 4911"], ["work", "fax"]),
        (["+61 2 1285 5821", "+61 3 9123 4567"], ["work", "work"]),  # another city: a second office
        (["+61 2 1285 5821", "+61 412 876 986"], ["work", "mobile"]),
        (["+1 201-521-3326", "+1 201-533-1997"], ["work", "mobile"]),  # US numbers: office, then mobile
        (["+1 (506) 251-3539", "+1-506-247-7186", "+1 506-267-4077"], ["work", "mobile", "fax"]),
        (["+1 201-521-3326", "+1 201-533-1997", "+1 415-555-0134"], ["work", "work", "work"]),
    ],
)
def test_unlabelled_numbers_are_typed_office_first_fax_last(numbers, types):
    assert _typed(numbers) == types


def test_labelled_numbers_keep_their_labels_types():
    assert _typed(["Tel +61 2 1285 5821", "Direct +61 2 1278 2783"], labelled=True) == ["work", "work"]


@pytest.mark.parametrize("line", ["Tel./Fax +39 02 1234 5678", "Phone/Fax: +39 02 1234 5678", "Telefon / Fax 02 1234 5678"])
def test_one_number_for_phone_and_fax_is_the_work_number(line):
    assert [h.type for h, _ in find_phones(line, ["IT"])] == ["work"]


@pytest.mark.parametrize(
    ("line", "regions", "expected"),
    [
        ("7 12 398 64 11", ["PL", "US"], [("work", "+48123986411")]),  # "T" read as 7
        ("Tomasz Wiśniewska 7 1239864 11", ["PL", "US"], [("work", "+48123986411")]),
        ("+61 7 3123 4567", ["AU"], [("work", "+61731234567")]),  # Queensland's area code
        ("+7 495 123 45 67", [], [("work", "+74951234567")]),
    ],
)
def test_a_lone_7_before_a_number_is_the_label_t_misread(line, regions, expected):
    assert [(h.type, h.number) for h, _ in find_phones(line, regions)] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("F #3110 1279055", [("fax", "+31101279055")]), ("Suite #400, 12 Main St", [])],
)
def test_a_plus_read_as_hash_is_a_plus(line, expected):
    assert [(h.type, h.number) for h, _ in find_phones(line, ["NL", "US"])] == expected


def test_a_region_that_fits_only_by_missing_the_national_number_does_not_win():
    # Read as Mexican, the line "fits" its regions' grouping because 810057475 is not seen at all.
    hits = find_phones("810057475 | Mov. +34 612 22 36 89", ["ES", "MX"])
    assert [h.number for h, _ in hits] == ["+34810057475", "+34612223689"]


@pytest.mark.parametrize(
    ("line", "regions", "sure", "numbers"),
    [("Fax +951.21 2835748", ["PT"], 1, ["+351212835748"]),  # Portugal's +351 with its 3 read as 9
     ("Móvil +14 612 91 24 69", ["ES"], 1, ["+34612912469"]),
     ("Móvil +14 612 91 24 69", ["ES"], 0, ["+14612912469"]),  # nothing on the card says Spain
     ("T +55 11 2382-0081 1 Cel. (11) 96113-1157", ["BR"], 1, ["+551123820081", "+5511961131157"])],  # | read as 1
)
def test_a_number_invalid_as_read_is_mended_by_the_cards_country_or_without_a_stray_digit(line, regions, sure,
                                                                                           numbers):
    assert [h.number for h, _ in find_phones(line, regions, sure=sure)] == numbers

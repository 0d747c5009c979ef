"""Rebuilding printed lines from Tesseract's word boxes."""

from ocr.parse.lines import Word, group_lines


def w(text, left, top, height=20, key=(1, 1, 1), conf=95.0):
    return Word(text, left, top, len(text) * height // 2, height, conf, key)


def test_fragments_of_one_printed_line_are_joined_in_reading_order():
    words = [w("1234", 175, 100, key=(3, 1, 1)), w("T", 100, 101, key=(1, 1, 1)), w("+39", 130, 100, key=(2, 1, 1))]
    assert [ln.text for ln in group_lines(words)] == ["T +39 1234"]


def test_two_columns_at_the_same_height_stay_apart():
    words = [w("Lena", 50, 100), w("Bauer", 110, 100), w("T", 600, 100), w("0123456", 630, 100)]
    assert [ln.text for ln in group_lines(words)] == ["Lena Bauer", "T 0123456"]


def test_a_big_name_beside_small_digits_is_two_fields():
    words = [w("Tomasz", 50, 100, 52), w("Nowak", 250, 100, 52), w("398", 420, 110, 26), w("6411", 480, 110, 26)]
    assert [ln.text for ln in group_lines(words)] == ["Tomasz Nowak", "398 6411"]


def test_odd_box_of_a_misread_symbol_does_not_split_a_line():
    words = [w("M", 50, 100), w("+46", 80, 95, 35, conf=49), w("(0)", 130, 95, 35, conf=49), w("70", 180, 100),
             w("171", 210, 100)]
    assert [ln.text for ln in group_lines(words)] == ["M +46 (0) 70 171"]


def test_lines_come_top_to_bottom():
    words = [w("second", 50, 200, key=(2, 1, 1)), w("first", 50, 100, key=(1, 1, 1))]
    assert [ln.text for ln in group_lines(words)] == ["first", "second"]


def test_a_house_number_a_word_space_before_a_street_with_descenders_stays_on_its_line():
    words = [Word("13", 64, 716, 27, 23, 96.0, (11, 1, 1)), Word("quai", 104, 710, 56, 41, 97.0, (11, 1, 1)),
             Word("de", 172, 710, 31, 41, 96.0, (11, 1, 1)), Word("Bercy", 213, 714, 80, 33, 96.0, (11, 1, 1))]
    assert [ln.text for ln in group_lines(words)] == ["13 quai de Bercy"]


def test_the_end_of_a_number_whose_boxes_a_smudge_stretched_joins_it_on_their_shared_baseline():
    words = [Word("Telefon:", 871, 241, 118, 42, 96.0, (11, 1, 1)), Word("08-12", 1001, 214, 85, 60, 94.0, (11, 1, 1)),
             Word("16", 1100, 212, 34, 63, 95.0, (12, 1, 1)), Word("13", 1147, 247, 34, 28, 96.0, (12, 1, 1))]
    assert [ln.text for ln in group_lines(words)] == ["Telefon: 08-12 16 13"]


def test_a_piece_of_a_row_of_numbers_boxed_at_half_height_stays_in_its_row():
    words = [Word("T.", 73, 636, 30, 34, 95.0, (1, 1, 1)), Word("+48", 110, 636, 60, 34, 95.0, (1, 1, 1)),
             Word("12323", 180, 636, 100, 34, 95.0, (1, 1, 1)), Word("7744", 290, 636, 80, 34, 95.0, (1, 1, 1)),
             Word("F:+48", 384, 644, 50, 17, 91.0, (2, 1, 1)), Word("12", 440, 644, 20, 17, 91.0, (2, 1, 1)),
             Word("340", 471, 636, 40, 34, 93.0, (3, 1, 1)), Word("2527", 520, 636, 70, 34, 93.0, (3, 1, 1))]
    assert [ln.text for ln in group_lines(words)] == ["T. +48 12323 7744 F:+48 12 340 2527"]


def test_the_last_letter_of_a_large_name_tesseract_gave_to_the_column_beside_it_joins_the_name():
    words = [Word("Katarzyna", 58, 219, 336, 66, 93.0, (2, 1, 1)), Word("Wójci", 414, 217, 188, 70, 88.0, (2, 1, 1)),
             Word("k", 605, 219, 39, 53, 93.0, (3, 1, 1)), Word("T", 689, 219, 17, 25, 93.0, (3, 1, 1)),
             Word("+48", 726, 219, 48, 25, 96.0, (3, 1, 1)), Word("12", 790, 219, 28, 25, 96.0, (3, 1, 1))]
    assert [ln.text for ln in group_lines(words)] == ["Katarzyna Wójcik", "T +48 12"]


def test_a_small_word_close_beside_a_large_one_stays_in_its_own_line():
    words = [Word("Nowak", 58, 219, 200, 66, 93.0, (2, 1, 1)), Word("T", 262, 240, 17, 25, 93.0, (3, 1, 1)),
             Word("+48", 290, 240, 48, 25, 96.0, (3, 1, 1))]
    assert [ln.text for ln in group_lines(words)] == ["Nowak", "T +48"]


def test_the_last_syllable_of_a_surname_tesseract_gave_to_the_phone_line_beside_it_joins_the_surname():
    words = [Word("Jennifer", 43, 196, 223, 51, 95.0, (2, 1, 1)), Word("John", 278, 193, 127, 50, 96.0, (2, 1, 1)),
             Word("son", 409, 205, 94, 36, 96.0, (3, 1, 1)), Word("Tel:", 532, 195, 41, 24, 93.0, (3, 1, 1)),
             Word("(201)", 583, 193, 68, 28, 93.0, (3, 1, 1))]
    assert [ln.text for ln in group_lines(words)] == ["Jennifer Johnson", "Tel: (201)"]

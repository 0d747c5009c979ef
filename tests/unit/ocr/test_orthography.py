"""Accents that a language's spelling decides, whatever Tesseract read."""

import pytest

from ocr.parse.orthography import french_grave, restore_accents, swiss_legal_form


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("Camille Lefévre", "Camille Lefèvre"),
        ("Tidewater Systémes SRL", "Tidewater Systèmes SRL"),
        ("Directrice Générale", "Directrice Générale"),  # é before a sounded vowel stays
        ("Hélène Girard", "Hélène Girard"),
        ("Chloé Laurent", "Chloé Laurent"),
        ("Bénédicte Moreau", "Bénédicte Moreau"),
        ("Ingénierie", "Ingénierie"),
        ("Marché", "Marché"),
        ("Célébre", "Célèbre"),
    ],
)
def test_acute_before_a_final_mute_syllable_is_a_grave_accent(read, fixed):
    assert french_grave(read) == fixed


@pytest.mark.parametrize(
    ("company", "country", "fixed"),
    [
        ("Kestrel Technik Särl", "CH", "Kestrel Technik Sàrl"),
        ("Kestrel Technik Särl", None, "Kestrel Technik Sàrl"),
        ("Quantix Systeme Sarl", "CH", "Quantix Systeme Sàrl"),
        ("Boulangerie Dupont Sarl", "FR", "Boulangerie Dupont Sarl"),
        ("Boulangerie Dupont SARL", "CH", "Boulangerie Dupont SARL"),
    ],
)
def test_the_swiss_legal_form_is_spelled_sarl_with_a_grave_accent(company, country, fixed):
    assert swiss_legal_form(company, country) == fixed


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("Kestrel Systemes", "Kestrel Systèmes"),
        ("Granite Ingenieria", "Granite Ingeniería"),
        ("GESCHAFTSFUHRER", "GESCHÄFTSFÜHRER"),
        ("Geschaftsfuhrer", "Geschäftsführer"),
        ("Direttore Generale", "Direttore Generale"),  # Italian needs no accent
        ("General Manager", "General Manager"),
        ("Medical Director", "Medical Director"),
        ("Presidente", "Presidente"),
    ],
)
def test_accents_an_english_reading_lost_are_restored_on_words_that_only_exist_with_them(read, fixed):
    assert restore_accents(read) == fixed

"""Accents that a language's spelling decides, whatever Tesseract read."""

import pytest

from ocr.parse import parse_text
from ocr.parse.orthography import (capitals, french_grave, german_umlaut, restore_accents, spelled_as_in, swedish_qvist,
                                   swiss_legal_form, trade_words_as_in)


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
    ("read", "fixed"),
    [
        ("Sabine Miiller", "Sabine Müller"),
        ("Schiitzenstraße 4, 80331 Miinchen", "Schützenstraße 4, 80331 München"),
        ("Hawaii Trading GmbH", "Hawaii Trading GmbH"),  # at the end of a word
        ("Jürgen Müller", "Jürgen Müller"),
    ],
)
def test_a_german_u_umlaut_read_as_double_i_is_put_back(read, fixed):
    assert german_umlaut(read) == fixed


@pytest.mark.parametrize(("read", "fixed"), [("Astrid Lindgvist", "Astrid Lindqvist"),
                                            ("a.lindgvist@cobalt.se", "a.lindqvist@cobalt.se"),
                                            ("Ingrid Gvistad", "Ingrid Gvistad")])
def test_the_q_of_a_swedish_qvist_read_as_g_is_put_back(read, fixed):
    assert swedish_qvist(read) == fixed


def test_double_i_is_only_an_umlaut_on_a_card_read_in_german():
    card = "Sabine Miiller\nEinkaufsleiterin\nsabine.mueller@helios.de"
    assert parse_text(card, "eng+deu").name == "Sabine Müller"
    assert parse_text(card, "eng").name == "Sabine Miiller"


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


@pytest.mark.parametrize(
    ("read", "country", "fixed"),
    [
        ("Alejandro Garcia López", "ES", "Alejandro García López"),
        ("Inés Silva", "PT", "Inês Silva"),  # the Portuguese name, read with a Spanish accent
        ("Inés Silva", "ES", "Inés Silva"),  # the Spanish one
        ("Pawel Kaminski", "PL", "Paweł Kamiński"),
        ("Elodie Dubois", "FR", "Élodie Dubois"),
        ("Jose Garcia", "US", "Jose Garcia"),  # spelled as an American card writes it
        ("Jose Garcia", None, "Jose Garcia"),
        ("MARIA LOPEZ", "ES", "MARIA LOPEZ"),  # capitals drop accents by style
    ],
)
def test_a_common_name_of_the_cards_country_is_spelled_as_that_country_writes_it(read, country, fixed):
    assert spelled_as_in(read, country) == fixed


@pytest.mark.parametrize(
    ("read", "country", "fixed"),
    [
        ("Helios Logistica S.A.", "ES", "Helios Logística S.A."),
        ("Sunfield Tecnologia S.L.U.", "ES", "Sunfield Tecnología S.L.U."),
        ("Sunfield Tecnologia Lda.", "PT", "Sunfield Tecnologia Lda."),  # Portuguese spells it so
        ("Novara Logistica S.r.l.", "IT", "Novara Logistica S.r.l."),  # and Italian this
        ("Quantix Servicos Lda.", "PT", "Quantix Serviços Lda."),
        ("Jefe de Logistica", "ES", "Jefe de Logística"),
        ("Directrice Generale", "BE", "Directrice Générale"),
        ("Direttore Generale", "IT", "Direttore Generale"),
        ("Ingenieur Commercial", "FR", "Ingénieur Commercial"),
        ("Ingenieur", "CH", "Ingenieur"),  # German comes first in Switzerland
        ("General Manager", "FR", "General Manager"),  # an English title on a French card
    ],
)
def test_a_trade_word_is_spelled_as_the_cards_country_writes_it(read, country, fixed):
    assert trade_words_as_in(read, country) == fixed


@pytest.mark.parametrize(
    ("text", "company", "fixed"),
    [("sales Manager", False, "Sales Manager"), ("jefa de Ventas", False, "Jefa de Ventas"),
     ("cTO", False, "CTO"), ("cto", False, "CTO"),
     ("Novara software inc.", True, "Novara Software Inc."), ("ironbridge Packaging Ltda.", True, "Ironbridge Packaging Ltda."),
     ("Gerente de vendas", False, "Gerente de vendas"),  # sentence case is how Spanish prints titles
     ("Banco de la Nación", True, "Banco de la Nación"), ("eBay Inc.", True, "eBay Inc."),
     ("quantix", True, "quantix"),  # printed in lower case throughout: a style
     ("上海新达贸易有限公司", True, "上海新达贸易有限公司")],
)
def test_a_capital_ocr_read_small_is_put_back_where_the_field_is_printed_with_capitals(text, company, fixed):
    assert capitals(text, every_word=company) == fixed

"""The email and the name check each other."""

import pytest

from ocr.parse import parse_text
from ocr.parse.reconcile import (agree_domains, complete_words, drop_logo_prefix, email_in_token, fix_brand,
                                 fix_country_tld, fix_local, name_spellings, respell_domain, restore_brand)


@pytest.mark.parametrize(
    ("email", "name", "fixed"),
    [
        ("irusso@zenith.it", "Luca Russo", "lrusso@zenith.it"),
        ("j.m0reau@x.fr", "Julien Moreau", "j.moreau@x.fr"),
        ("chianchi@orbital.it", "Chiara Bianchi", "cbianchi@orbital.it"),  # b read as h
        ("leome@evergreen.de", "Leonie Schmidt", "leonie@evergreen.de"),  # ni read as m
        ("jane@x.com", "Jane Doe", "jane@x.com"),
        ("sales@x.com", "Jane Doe", "sales@x.com"),
        ("ceine@bluepeak.fr", "Céline Martin", "celine@bluepeak.fr"),  # a letter lost
        ("becke@x.de", "Anna Becker", "becker@x.de"),
        ("lschafer@x.de", "Leonie Schäfer", "lschafer@x.de"),  # a spelling the name allows
        ("juhen@x.fr", "Julien Blanc", "julien@x.fr"),  # li read as h
        ("juhan@x.fr", "Julien Blanc", "juhan@x.fr"),  # neither letters lost nor run together
        ("zeampbell@arcadia.com", "Dr. Zoe Campbell", "zcampbell@arcadia.com"),  # c read as e
        ("ernanda.carvalho@x.com.br", "Fernanda Carvalho", "fernanda.carvalho@x.com.br"),  # cut at the edge
        ("ilva@x.pt", "Ana Silva", "ilva@x.pt"),  # too short to tell
        ("fterrari@lumen.it", "Francesca Ferrari", "fferrari@lumen.it"),  # thin letters that lost a stroke
        ("elindquist@x.se", "Erik Lindqvist", "elindqvist@x.se"),
        ("reto.baunann@x.ch", "Reto Baumann", "reto.baumann@x.ch"),
    ],
)
def test_local_part_misread_or_short_of_letters_is_corrected_from_the_name(email, name, fixed):
    assert fix_local(email, name) == fixed


def test_at_sign_read_as_a_letter_is_found_from_the_name():
    assert email_in_token("pawel.zielinskaqvantage.pl", "Paweł Zielińska") == "pawel.zielinska@vantage.pl"
    assert email_in_token("vantage.pl", "Paweł Zielińska") is None


def test_card_whose_email_was_read_as_a_website_gets_it_back():
    card = parse_text("Paweł Zielińska\nSales Manager\nVantage Solutions Sp. z o.o.\npawel.zielinskaqvantage.pl", "eng+pol")
    assert card.emails == ["pawel.zielinska@vantage.pl"]
    assert card.website is None


def test_company_word_misread_is_respelled_from_the_domain():
    card = parse_text("lronbridge Robotics Ltd\nLena Bauer\nl.bauer@ironbridge.co.uk")
    assert card.company == "Ironbridge Robotics Ltd"


def test_name_misread_is_respelled_from_the_email_but_accents_are_kept():
    assert parse_text("Lena Baner\nSales Manager\nl.bauer@ironbridge.com").name == "Lena Bauer"
    assert parse_text("Jörg Müller\nSales Manager\njoerg.mueller@x.de").name == "Jörg Müller"
    assert parse_text("Farry Smith\nSales Manager\nharry@x.com").name == "Harry Smith"  # H lost a stroke


@pytest.mark.parametrize(
    ("company", "email"),
    [("Brightline Technologies", "l.bauer@brightiine.pl"),
     ("Lumen Engenharia S.A.", "l.bauer@tumen.pt")],  # its capital, against a first letter that lost its stem
)
def test_company_keeps_its_letters_against_a_misread_address(company, email):
    card = parse_text(f"{company}\nLena Bauer\n{email}")
    assert card.company == company
    assert card.emails == [email.replace("brightiine", "brightline").replace("tumen", "lumen")]


def test_company_word_is_respelled_from_one_part_of_a_hyphenated_domain():
    card = parse_text("lronbridge Packaging Pty Ltd\nJack Smith\njack@ironbridge-packagin.com.au")
    assert card.company == "Ironbridge Packaging Pty Ltd"


@pytest.mark.parametrize(
    ("email", "website", "fixed"),
    [
        ("astrid@biuepeak.se", "www.bluepeak.se", "astrid@bluepeak.se"),
        ("joost@cobait.nt", "cobalt.nl", "joost@cobalt.nl"),
        ("o.taylor@kestrel.co", "https://www.kestrel.co.uk", "o.taylor@kestrel.co.uk"),
        ("aalmeida@orbital-solucoes.co", "orbital-solucoes.com.br", "aalmeida@orbital-solucoes.com.br"),
        ("jane@gmail.com", "www.acme.com", "jane@gmail.com"),
        ("jane@acme", "www.acme.com", "jane@acme"),
    ],
)
def test_email_domain_misread_is_corrected_from_the_website(email, website, fixed):
    assert agree_domains([email], website, None) == ([fixed], website)


@pytest.mark.parametrize(
    ("company", "brands", "fixed"),
    [
        ("Dobalt Maschinenbau SE", ["cobalt"], "Cobalt Maschinenbau SE"),
        ("silyerline Technik GmbH", ["silverline"], "Silverline Technik GmbH"),
        ("Kestrel Systèmes SARL", ["kestrelsystemes", "kestrel", "systemes"], "Kestrel Systèmes SARL"),  # accent
        ("Zenit Labs", ["zenix"], "Zenit Labs"),  # too short to tell a misreading from another word
        ("Acme Robotics", ["robotix"], "Acme Robotics"),  # two letters off
        # the address spells it as printed; a misread website is no reason to change it
        ("Meridian Solutions S.L.", ["neridian", "meridian"], "Meridian Solutions S.L."),
        ("Brightline Technologies", ["brightiine"], "Brightline Technologies"),  # the address's misreading
        ("Suntield Labs AB", ["sunfield"], "Sunfield Labs AB"),  # the company's f lost its bar
    ],
)
def test_a_company_word_one_letter_off_the_domain_name_takes_its_spelling(company, brands, fixed):
    assert fix_brand(company, brands) == fixed


@pytest.mark.parametrize(
    ("company", "brands", "kept"),
    [
        ("414 Nordwind Solutions Ltd.", ["nordwind"], "Nordwind Solutions Ltd."),
        ("4\\ Granite Robotics DAC", ["granite"], "Granite Robotics DAC"),
        ("4 Altavista Technologies", ["altavista"], "Altavista Technologies"),
        ("3M Deutschland GmbH", ["3m"], "3M Deutschland GmbH"),  # the digits are the brand
        ("La Fabbrica Srl", ["fabbrica"], "La Fabbrica Srl"),  # a word, not a logo
        ("all Orbital Packaging Co., Ltd", ["orbital"], "Orbital Packaging Co., Ltd"),  # bar chart
        ("afl Evergreen Robotics Inc", ["evergreen"], "Evergreen Robotics Inc"),
        ("4 à Nordwind Engenharia S.A.", ["nordwind"], "Nordwind Engenharia S.A."),
        ("i Arcadia Meccanica SpA", ["arcadia"], "Arcadia Meccanica SpA"),
        ("Å Å Altavista Labs AB", ["altavista"], "Altavista Labs AB"),  # a triangle logo
        ("A Vantage Packaging", ["vantage"], "Vantage Packaging"),
        ("414 Nordwind Solutions Ltd.", ["zenith"], "414 Nordwind Solutions Ltd."),  # no brand to go by
        ("lIronbridge Packaging Ltd.", ["ironbridge"], "Ironbridge Packaging Ltd."),  # a bar glued on
        ("iPhone Cases Ltd", ["phone"], "iPhone Cases Ltd"),  # a small letter before a capital is a style
    ],
)
def test_logo_read_as_digits_before_the_brand_is_no_part_of_the_company(company, brands, kept):
    assert drop_logo_prefix(company, brands) == kept


@pytest.mark.parametrize(
    ("address", "country", "fixed"),
    [
        ("heke_visser@tidewater.ni", "NL", "heke_visser@tidewater.nl"),
        ("https://www.tidewater.ni", "NL", "https://www.tidewater.nl"),
        ("conor@brightline.le", "IE", "conor@brightline.ie"),
        ("msteiner@novara.al", "AT", "msteiner@novara.at"),
        ("www.novara.it", "AT", "www.novara.it"),  # an Italian site on an Austrian card
        ("ana@lumen.ni", "NI", "ana@lumen.ni"),  # Nicaragua's own
        ("jan@lumen.de", "NL", "jan@lumen.de"),  # not a look-alike
        ("jan@lumen.com", "NL", "jan@lumen.com"),
        ("jan@lumen.ni", None, "jan@lumen.ni"),
    ],
)
def test_a_country_tld_one_look_alike_off_the_cards_country_is_that_countrys(address, country, fixed):
    assert fix_country_tld(address, country) == fixed


@pytest.mark.parametrize(
    ("company", "labels", "restored"),
    [
        ("Robotics AB", ["silverline"], "Silverline Robotics AB"),
        ("Solutions Pty Ltd", ["kestrel"], "Kestrel Solutions Pty Ltd"),
        ("Medical Ltd", ["cobalt-medical"], "Cobalt Medical Ltd"),
        ("Cobalt Medical Ltd", ["cobalt-medical"], "Cobalt Medical Ltd"),  # nothing lost
        ("Meta Platforms Inc", ["facebook"], "Meta Platforms Inc"),  # a name of its own
        ("Robotics AB", ["gmail"], "Robotics AB"),  # a mail provider is no brand
        ("Robotics AB", [], "Robotics AB"),
    ],
)
def test_a_company_left_with_only_trade_words_gets_its_brand_back_from_the_domain(company, labels, restored):
    assert restore_brand(company, labels) == restored


@pytest.mark.parametrize(
    ("name", "spellings", "completed"),
    [
        ("Katarzyna Nowa", ["katarzyna", "nowak"], "Katarzyna Nowak"),
        ("Marie Janssen", ["marie", "janssens"], "Marie Janssens"),
        ("Bram van den Ber", name_spellings("bram.berg@tidewater.nl"), "Bram van den Berg"),
        ("Ana Ruiz", name_spellings("anab@x.es"), "Ana Ruiz"),  # a name of its own beside the address
        ("Jan Jans", ["janssens"], "Jan Jans"),  # more than the last letter: another name
        ("Li Wang", ["li", "wang"], "Li Wang"),  # read right
        ("Katrin Hofmann", name_spellings("khoffmann@vantage.de"), "Katrin Hoffmann"),  # a double letter
        ("Lars Lindqvist", name_spellings("llindqvist@verdant.com"), "Lars Lindqvist"),  # the initial's l
    ],
)
def test_a_name_word_that_lost_its_last_letter_or_one_of_a_double_is_completed_from_the_email(name, spellings,
                                                                                               completed):
    assert complete_words(name, spellings) == completed


@pytest.mark.parametrize(
    ("address", "company", "fixed"),
    [
        ("joao@dquantix.com", "Quantix Medical", "joao@quantix.com"),
        ("qlumen.es", "Lumen Software SL", "lumen.es"),
        ("https://www.qlumen.es", "Lumen Software SL", "https://www.lumen.es"),
        ("sales@alumen.com", "Alumen Lumen", "sales@alumen.com"),  # the longer one is printed too
        ("joao@dquantix.com", None, "joao@dquantix.com"),
        ("r.pereira@silveriine.pt", "Silverline Soluções Lda", "r.pereira@silverline.pt"),
        ("www.silvertine-solucoes.com", "Silverline Soluções Ltda", "www.silverline-solucoes.com"),
        ("m.huber@polarts.com", "Polaris Systeme AG", "m.huber@polaris.com"),
        ("joao.oliveira@tumen.com", "Lumen Engenharia S.A.", "joao.oliveira@lumen.com"),  # l lost its stem
        ("anna@lumen.com", "Tumen Labs", "anna@lumen.com"),  # never the other way
        ("anna@zenit.de", "Zenith Labs GmbH", "anna@zenit.de"),  # a short name: too near to tell
        ("anna@arcadia.com", "Arcadia Solutions", "anna@arcadia.com"),
        ("lkarlsson@sunfield.se", "Suntield Labs AB", "lkarlsson@sunfield.se"),  # the company's misreading
        ("c.walker@brightine.com", "Brightline Systems Ltd", "c.walker@brightline.com"),  # an l lost whole
        ("wout@mendian.be", "Meridian Labs BV", "wout@meridian.be"),  # "ri" merged into "n"
        ("f.esposito@bnghtine.com", "Brightline Impianti Srl", "f.esposito@brightline.com"),  # both
        ("lukas@umen-software.com", "Lumen Software GmbH", "lukas@lumen-software.com"),
        ("max@bluepeak.de", "Biluepeak Antriebstechnik GmbH", "max@bluepeak.de"),  # a logo's stroke in the name
        ("anna@zenith-logistic.de", "Zenith Logistics GmbH", "anna@zenith-logistic.de"),
    ],
)
def test_a_domain_that_misreads_the_company_name_takes_its_spelling(address, company, fixed):
    assert respell_domain(address, company) == fixed


@pytest.mark.parametrize(
    ("emails", "website", "company", "agreed"),
    [
        # the company spells the address's domain: the website was misread
        (["astrid@brightline.com"], "www.bnghtiine.com", "Brightline Analytics",
         (["astrid@brightline.com"], "www.brightline.com")),
        # neither is the company's: the website, printed larger, wins
        (["darragh@wonbridge-medxal.com"], "https://www.ironbridge-medical.com", "Clinical Devices Ltd",
         (["darragh@ironbridge-medical.com"], "https://www.ironbridge-medical.com")),
        (["r.anderson@kestrel.coim"], "www.kestrel.com", None, (["r.anderson@kestrel.com"], "www.kestrel.com")),
        (["fang@altavista.cn"], "www.aaltavista.cn", None, (["fang@altavista.cn"], "www.altavista.cn")),
        # where the company spells neither, an l beats the i blur makes of it, even in a
        # website printed larger; where it spells one, that one wins
        (["z.smith@bluepeak.com.au"], "https://www.biuepeak.com.au", "Bivepeak Components Pty Ltd",
         (["z.smith@bluepeak.com.au"], "https://www.bluepeak.com.au")),
        (["vikram@bluepeak.in"], "biuepeak.in", None, (["vikram@bluepeak.in"], "bluepeak.in")),
        (["anna@helios.de"], "hellos.de", "Helios Technik SE", (["anna@helios.de"], "helios.de")),
        # a t read l is no thinned letter: the company's name decides
        (["uf@lumen-robotics.com"], "www.lumen-robolics.com", "Lumen Robotics",
         (["uf@lumen-robotics.com"], "www.lumen-robotics.com")),
        # a domain that spells only a part of the company's name still spells it
        (["federica@orbital-automazi.it"], "www.orbrtal-automazi.it", "Orbital Automazione S.r.l.",
         (["federica@orbital-automazi.it"], "www.orbital-automazi.it")),
        # a company's local and global domains are both real
        (["ana@siemens.de"], "www.siemens.com", "Siemens AG", (["ana@siemens.de"], "www.siemens.com")),
        (["ana@acme-group.com"], "www.acme.com", None, (["ana@acme-group.com"], "www.acme.com")),
        (["ana@gmail.com"], "www.gmall.com", None, (["ana@gmail.com"], "www.gmall.com")),
    ],
)
def test_address_and_website_read_as_two_spellings_of_one_domain_are_made_one(emails, website, company, agreed):
    assert agree_domains(emails, website, company) == agreed

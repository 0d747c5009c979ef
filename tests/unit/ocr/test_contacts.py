"""Emails and websites, including OCR spacing and anti-spam spellings."""

import pytest

from ocr.parse.contacts import (complete_site, email_by_site, find_emails, find_websites, join_split_domain, normalise,
                                registered_label, repair_at, site_in_line)


@pytest.mark.parametrize(
    ("line", "email"),
    [
        ("E-mail: noah_brunner@novara.ch", "noah_brunner@novara.ch"),
        ("Email. chiara@helios.it", "chiara@helios.it"),
        ("E. lena.pichler@sunfield.com", "lena.pichler@sunfield.com"),
        ("megan.williams @vantage.com", "megan.williams@vantage.com"),
        ("Mail: j.moreau@meridian. fr", "j.moreau@meridian.fr"),
        ("E-mail. maja. johansson@quantix.se", "maja.johansson@quantix.se"),
        ("john [at] acme [dot] com", "john@acme.com"),
        ("jane(at)example.de", "jane@example.de"),
        ("sales at acme dot com", "sales@acme.com"),
        ("J.Doe@Example.CO.UK", "j.doe@example.co.uk"),
        ("Email sabine fischer@arcadia.de", "sabine_fischer@arcadia.de"),  # underscore lost by OCR
        ("Mail: c.murphy@cobaltcom", "c.murphy@cobalt.com"),  # dot before the TLD lost
        ("olivia.tremblay@pinecrest-medical ca", "olivia.tremblay@pinecrest-medical.ca"),
        ("|.svensson@helios.se", "l.svensson@helios.se"),  # the initial l read as a bar
        ("Mail |l.campbell@evergreen-labs.ca", "l.campbell@evergreen-labs.ca"),  # a stray rule
        ("E-mail: sneha _gupta@polaris.com", "sneha_gupta@polaris.com"),
        ("Mail bcosta@kestrel_pt", "bcosta@kestrel.pt"),  # the dot before the TLD read as _
        ("Email. thiago.souza E sunfield-tecnolog.com", "thiago.souza@sunfield-tecnolog.com"),  # @ read as E
        ("jan.smit & brightline.nl", "jan.smit@brightline.nl"),
        ("E p.kowalskiQ meridian-software.pl", "p.kowalski@meridian-software.pl"),  # @ read as Q and a space
        ("sanne@tulpstra.n!", "sanne@tulpstra.nl"),  # l read as !
        ("aalmeida@orbital-solucoes co!", "aalmeida@orbital-solucoes.co"),
        ("lukas_kruger @lumen- software com", "lukas_kruger@lumen-software.com"),  # broken at the hyphen
        ("Email p.kaminski© granite.com", "p.kaminski@granite.com"),  # @ read as ©, a space after it
        ("falmeida@brightline+logistic.com.br", "falmeida@brightline-logistic.com.br"),  # - read as +
        ("ana+news@brightline.com.br", "ana+news@brightline.com.br"),  # a + before the @ is the address's
        ("杨 Ichen@cobalt.cn", "lchen@cobalt.cn"),  # l read as a capital I
        ("pzielinskaG evergreen.com", "pzielinska@evergreen.com"),  # @ read as G
        ("Email pawe| kaminski©granite-energy.pl", "pawel_kaminski@granite-energy.pl"),  # l read as a bar
        ("s.pate|@bluepeak-robotics.com", "s.patel@bluepeak-robotics.com"),
        ("E-mai. cbyrne@cobalt.ie", "cbyrne@cobalt.ie"),  # the label's l lost
        ("Ej.yang@nordwind.cn", "j.yang@nordwind.cn"),  # the label run into the initial
        ("Maill.chen@brightline.cn", "l.chen@brightline.cn"),
        ("Emma.x@y.com", "emma.x@y.com"),  # a first name, not a label
        ("federica@orbîtal-automazi.it", "federica@orbital-automazi.it"),  # an accent the Italian model added
        ("f._yang@helios.cn", "f.yang@helios.cn"),  # one mark read as two
        ("rcarvalhoQDbrightline com br", "rcarvalho@brightline.com.br"),  # @ read as two glyphs
        ("gabriel oliveira(Devergreen.com.br", "gabriel_oliveira@evergreen.com.br"),
        ("maria ruizóbmeridian es", "maria_ruiz@meridian.es"),
        ("E joao.costaçokestrel. pt", "joao.costa@kestrel.pt"),
        ("E p.zielinskaQ©helios.pl", "p.zielinska@helios.pl"),  # one glyph read as two
        ("Email.fwangG@verdant-energy.com", "fwang@verdant-energy.com"),
        ("Mail. hui_zhang@altavista -analytic.cn", "hui_zhang@altavista-analytic.cn"),  # broken before the hyphen
        ("agnieszka.nowak ©helios.pl", "agnieszka.nowak@helios.pl"),  # @ read as ©, a space before it
        ("E arjun_gupta@tidew ater.com", "arjun_gupta@tidewater.com"),  # a space inside the domain
        ("Email tuago_olvesra@pinecrest com.br", "tuago_olvesra@pinecrest.com.br"),  # a dot read as a space
    ],
)
def test_email_is_found_and_lower_cased(line, email):
    assert [e for e, _ in find_emails(normalise(line))] == [email]


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("www.lumen-labs.co.uk/contact", "www.lumen-labs.co.uk/contact"),
        ("W: https://www.Vantage.com", "https://www.vantage.com"),
        ("novara.ch", "novara.ch"),
        ("W: meridian. fr", "meridian.fr"),
        ("wwwsunfield.be", "www.sunfield.be"),  # dot lost by OCR
        ("www.pinecrestcom", "www.pinecrest.com"),
        ("https://www-silverline.in", "https://www.silverline.in"),  # dot read as a hyphen
        ("https:/Awww.sunfield.com", "www.sunfield.com"),  # a stray glyph glued in front
    ],
)
def test_website_is_found(line, site):
    assert [u for u, _ in find_websites(normalise(line))] == [site]


@pytest.mark.parametrize("line", ["Sales & Marketing", "Research & Development", "Smith & Jones Ltd",
                                  "Dirección de Ventas", "Administración de empresas es", "Ian (Dev) de"])
def test_an_ampersand_or_accent_between_words_is_no_email(line):
    assert find_emails(normalise(line)) == []


@pytest.mark.parametrize("line", ["Helios Packaging S.r.l.", "Dr. Gabriel Souza", "Sp. z o.o.", "info@acme.com"])
def test_legal_forms_titles_and_emails_are_not_websites(line):
    assert find_websites(normalise(line)) == []


def test_registered_label_drops_subdomains_and_country_suffixes():
    assert registered_label("shop.lumen-labs.co.uk") == "lumen-labs"
    assert registered_label("sunfield.com.br") == "sunfield"


@pytest.mark.parametrize(
    ("line", "known", "fixed"),
    [
        ("E malgorzataqbrightline.pl", [], "E malgorzata@brightline.pl"),
        ("Email: elindqvistqkestrel.se", ["kestrel.se"], "Email: elindqvist@kestrel.se"),
        ("sam©clearwater.com", [], "sam@clearwater.com"),
        ("ingrid.karlssonQbluepeak.se", [], "ingrid.karlsson@bluepeak.se"),
        ("Mail: ingrid karlssonQbluepeak se", [], "Mail: ingrid_karlsson@bluepeak.se"),
        ("www.quantix.se", [], "www.quantix.se"),
        ("FAQ: IQ Systems, aQua line", [], "FAQ: IQ Systems, aQua line"),
        ("Mail ingrid andersson&lumen.se", [], "Mail ingrid_andersson@lumen.se"),
        ("Sales & Marketing, R&D, AT&T", [], "Sales & Marketing, R&D, AT&T"),
        ("i.nilsson Qironbridge.se", [], "i.nilsson@ironbridge.se"),  # Q after a space
        ("Email ines.silva (Ogranite.com", [], "Email ines.silva@granite.com"),  # @ read as "(O"
        ("Tel (0) 20 7946 0958", [], "Tel (0) 20 7946 0958"),
        ("Qatar Airways (Qatar) qatar.com", [], "Qatar Airways (Qatar) qatar.com"),
        ("Mail: maria Gevergreen-sistemas.es", ["evergreen-sistemas.es"], "Mail: maria@evergreen-sistemas.es"),
        ("Mail: maria Gevergreen-sistemas.es", [], "Mail: maria Gevergreen-sistemas.es"),  # no domain to go by
        ("E-mail thiago nordwind.com.br", ["nordwind.com.br"], "E-mail thiago@nordwind.com.br"),  # the @ lost
        ("E: Sales evergreen.es", ["evergreen.es"], "E: Sales evergreen.es"),
        # the @ and the separator lost: an underscore until the print says otherwise
        ("Mail. tiago pereira quantix.pt", ["quantix.pt"], "Mail. tiago_pereira@quantix.pt"),
        ("Mail. Tiago Pereira quantix.pt", ["quantix.pt"], "Mail. Tiago Pereira quantix.pt"),
    ],
)
def test_at_sign_misread_by_ocr_is_restored_only_where_an_email_is_expected(line, known, fixed):
    assert repair_at(normalise(line), known) == fixed


@pytest.mark.parametrize(
    ("line", "fixed"),
    [
        ("alvaro_ruiz@quantix-sis temas.es", "alvaro_ruiz@quantix-sistemas.es"),
        ("E-mail: ana@quantix- sistemas.es", "E-mail: ana@quantix-sistemas.es"),
        ("ana@lumen.es temas.es", "ana@lumen.es temas.es"),  # no domain the card shows
    ],
)
def test_a_space_ocr_put_inside_an_addresss_domain_goes_when_the_card_shows_the_domain(line, fixed):
    assert join_split_domain(line, ["quantix-sistemas.es"]) == fixed


@pytest.mark.parametrize(
    ("line", "domains", "site"),
    [
        ("Web: www silverline pt", ["silverline.pt"], "www.silverline.pt"),
        ("hups//www .altavista-solution.at", ["altavista-solution.at"], "www.altavista-solution.at"),
        ("W ironbridge in", ["ironbridge.in"], "ironbridge.in"),
        ("quantix se", ["quantix.se"], "quantix.se"),
        ("Silverline pt", ["silverline.pt"], "silverline.pt"),  # its first letter read as a capital
        ("vantage.", ["vantage.pt"], "vantage.pt"),  # the TLD lost, its dot kept
        ("Web https:/ww kestrel pt o", ["kestrel.pt"], "www.kestrel.pt"),  # a stray glyph after it
        ("Nitps / wwew kestret packagin de", ["kestrel-packagin.de"], "www.kestrel-packagin.de"),
    ],
)
def test_a_web_line_that_lost_its_dots_is_read_by_the_email_domain(line, domains, site):
    assert site_in_line(line, domains) == site


@pytest.mark.parametrize(
    ("line", "domains"),
    [
        ("Novara Medical SE", ["novara-medical.de"]),  # the company, not its site
        ("Quantix SE", ["quantix.se"]),
        ("Quantix Labs AB", ["quantix.se"]),
        ("www silverline pt", []),
        ("vantage", ["vantage.pt"]),  # a lower-case wordmark
        ("Rua de Santa Catarina 50", ["silverline.pt"]),
        ("fr", ["verdant-technolo.fr"]),  # a piece of it
        ("Fr", ["verdant-technolo.fr"]),
    ],
)
def test_company_and_other_lines_are_not_taken_for_the_website(line, domains):
    assert site_in_line(line, domains) is None


@pytest.mark.parametrize(
    ("url", "domains", "site"),
    [
        ("www.granite", ["granite.pt"], "www.granite.pt"),
        ("https://www.brightline", ["brightline.nl"], "https://www.brightline.nl"),
        ("www.granite", ["acme.pt"], "www.granite"),
        ("www.granite.ca", ["granite.pt"], "www.granite.ca"),
        ("pinecrest.com", ["pinecrest.com.br"], "pinecrest.com.br"),  # the end of small print lost
        ("https://www.polaris.co", ["polaris.co.uk"], "https://www.polaris.co.uk"),
        ("pinecrest.com", ["pinecrest.com"], "pinecrest.com"),
        ("acme.com", ["acme.com.br.example.org"], "acme.com"),
    ],
)
def test_a_website_that_lost_its_tld_takes_it_from_the_email(url, domains, site):
    assert complete_site(url, domains) == site


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("avww.bluepeak.com.au", "www.bluepeak.com.au"),  # a glyph glued on, a w read as v
        ("Web https://vvw.helios-tecnolog.pt", "https://www.helios-tecnolog.pt"),
        ("awww.sunfield.com", "www.sunfield.com"),
        ("4www.bluepeak-analytic.cn", "www.bluepeak-analytic.cn"),  # the scheme's slashes read as a digit
        ("vwvideo.com", "vwvideo.com"),  # a name that starts with v and w stays as it is
        ("wwew.cobalt.com.br", "www.cobalt.com.br"),
        ("ww.verdant.it", "www.verdant.it"),  # a w lost
        # the dots read as spaces
        ("https://www .altavista. com br", "https://www.altavista.com.br"),
        ("W. www neridian es", "www.neridian.es"),
        ("https I werw cobalt de", "https://www.cobalt.de"),
        ("Web. https//www ironbridge-medical com", "https://www.ironbridge-medical.com"),
        ("www.-.silverline.se", "www.silverline.se"),  # a speck read between the dots
    ],
)
def test_www_misread_in_front_of_a_website_is_put_right(line, site):
    assert [u for u, _ in find_websites(normalise(line))] == [site]


@pytest.mark.parametrize(
    ("line", "site", "email"),
    [
        ("falmeida@brightline+ogistic.com.br", "www.brightline-logistic.com.br", "falmeida@brightline-logistic.com.br"),
        ("Mail chloe_lemaire@pinec rest fr", "www.pinecrest.fr", "chloe_lemaire@pinecrest.fr"),
        ("Mail chloe.lemaire@gmail.com", "www.pinecrest.fr", None),  # another domain altogether
        # cut off at the card's edge
        ("Mail chloe.lemaire@pinecrest", "https://pinecrest.fr", "chloe.lemaire@pinecrest.fr"),
        ("Email manon_moreau@siiver", "www.silverline.com", "manon_moreau@silverline.com"),
        ("Email manon_moreau@sil", "www.silverline.com", None),  # too little of it left
        ("Email manon_moreau@polaris", "www.silverline.com", None),
    ],
)
def test_an_email_domain_garbled_past_reading_is_spelled_by_the_website(line, site, email):
    assert email_by_site(line, site) == email

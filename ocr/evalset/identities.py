"""Invented but realistic contact details, country by country.

Everything is drawn from a `random.Random` so a seed reproduces the set. Phone numbers come
from phonenumbers' own example numbers with randomised subscriber digits, re-validated, so
every printed number is one the library considers valid for its region.
"""

import random
from dataclasses import dataclass, field

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType


@dataclass
class Country:
    code: str
    printed: tuple[str, ...]  # how the country line may be printed
    tld: str
    first: tuple[str, ...]
    last: tuple[str, ...]
    streets: tuple[str, ...]  # templates with {n}
    cities: tuple[tuple[str, str], ...]  # (city line template with {pc}, postcode pattern)
    suffixes: tuple[str, ...]  # legal forms
    labels: dict[str, tuple[str, ...]] = field(default_factory=dict)


EN_LABELS = {
    "work": ("Tel", "T", "Phone", "Office", "Tel.", "P", "Direct"),
    "mobile": ("Mob", "M", "Mobile", "Cell", "Mob.", "C"),
    "fax": ("Fax", "F", "Fax."),
}

COUNTRIES = {
    c.code: c
    for c in [
        Country("US", ("USA", "United States"), "com",
                ("James", "Emily", "Michael", "Ashley", "Robert", "Jennifer", "David", "Megan", "Tyler", "Brianna"),
                ("Johnson", "Williams", "Brown", "Miller", "Davis", "Garcia", "Rodriguez", "Wilson", "Anderson", "Thompson"),
                ("{n} Market Street", "{n} Main St., Suite 400", "{n} Industrial Pkwy", "{n} W 34th Street"),
                (("San Francisco, CA {pc}", "941##"), ("Austin, TX {pc}", "787##"), ("Chicago, IL {pc}", "606##"),
                 ("New York, NY {pc}", "100##")),
                ("Inc.", "LLC", "Corp.", "Inc"), EN_LABELS),
        Country("GB", ("United Kingdom", "UK"), "co.uk",
                ("Oliver", "Amelia", "Harry", "Isla", "George", "Sophie", "Jack", "Charlotte", "Rhys", "Niamh"),
                ("Smith", "Jones", "Taylor", "Evans", "Hughes", "Wright", "Walker", "Roberts", "O'Brien", "Clarke"),
                ("{n} Baker Street", "{n} Victoria Road", "Unit {n}, Riverside Park", "{n} High Street"),
                (("London {pc}", "EC1A #BB"), ("Manchester {pc}", "M1 #AE"), ("Leeds {pc}", "LS1 #UR"),
                 ("Bristol {pc}", "BS1 #QA")),
                ("Ltd", "Ltd.", "Limited", "PLC"), EN_LABELS),
        Country("IE", ("Ireland",), "ie",
                ("Aoife", "Cian", "Saoirse", "Conor", "Siobhan", "Darragh"),
                ("Murphy", "Kelly", "O'Sullivan", "Walsh", "Byrne", "Doyle"),
                ("{n} Grafton Street", "Unit {n}, Sandyford Business Park"),
                (("Dublin {pc}", "D02 X#85"), ("Cork {pc}", "T12 R#CP")),
                ("Ltd", "Limited", "DAC"), EN_LABELS),
        Country("DE", ("Germany", "Deutschland"), "de",
                ("Lukas", "Anna", "Jürgen", "Katrin", "Maximilian", "Sabine", "Jörg", "Leonie", "Felix", "Ute"),
                ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Krüger", "Wagner"),
                ("Hauptstraße {n}", "Industriestr. {n}", "Friedrichstraße {n}", "Am Hafen {n}"),
                (("{pc} Berlin", "101##"), ("{pc} München", "803##"), ("{pc} Hamburg", "204##"),
                 ("{pc} Köln", "506##"), ("{pc} Stuttgart", "701##")),
                ("GmbH", "AG", "GmbH & Co. KG", "SE"),
                {"work": ("Tel.", "Telefon", "T", "Tel"), "mobile": ("Mobil", "Handy", "M", "Mob."),
                 "fax": ("Fax", "F", "Telefax")}),
        Country("AT", ("Austria", "Österreich"), "at",
                ("Florian", "Lena", "Stefan", "Julia", "Matthias", "Theresa"),
                ("Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner"),
                ("Mariahilfer Straße {n}", "Landstraßer Hauptstraße {n}"),
                (("{pc} Wien", "10#0"), ("{pc} Graz", "80#0"), ("{pc} Linz", "40#0")),
                ("GmbH", "AG"),
                {"work": ("Tel.", "Telefon", "T"), "mobile": ("Mobil", "M"), "fax": ("Fax", "F")}),
        Country("CH", ("Switzerland", "Schweiz", "Suisse"), "ch",
                ("Luca", "Noah", "Laura", "Simon", "Nina", "Reto"),
                ("Meier", "Keller", "Brunner", "Baumann", "Frei", "Gerber"),
                ("Bahnhofstrasse {n}", "Seestrasse {n}", "Rue du Rhône {n}"),
                (("{pc} Zürich", "80#1"), ("{pc} Basel", "40#1"), ("{pc} Genève", "12#4")),
                ("AG", "GmbH", "SA", "Sàrl"),
                {"work": ("Tel.", "T", "Tél."), "mobile": ("Mobile", "M", "Natel"), "fax": ("Fax", "F")}),
        Country("FR", ("France",), "fr",
                ("Camille", "Julien", "Élodie", "Théo", "Manon", "Mathieu", "Céline", "Hugo", "Chloé", "Benoît"),
                ("Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux", "Fournier", "Lemaire"),
                ("{n} rue de la République", "{n}, avenue des Champs-Élysées", "{n} boulevard Haussmann",
                 "{n} quai de Bercy"),
                (("{pc} Paris", "750##"), ("{pc} Lyon", "6900#"), ("{pc} Toulouse", "3100#"), ("{pc} Nantes", "4400#")),
                ("SAS", "SA", "SARL", "S.A.S."),
                {"work": ("Tél.", "Tél", "T", "Tel", "Standard"), "mobile": ("Mobile", "Port.", "M", "Portable"),
                 "fax": ("Fax", "F")}),
        Country("BE", ("Belgium", "Belgique", "België"), "be",
                ("Lotte", "Thomas", "Marie", "Wout", "Elise", "Arnaud"),
                ("Peeters", "Janssens", "Maes", "Dubois", "Lambert", "Claes"),
                ("Rue de la Loi {n}", "Meir {n}", "Avenue Louise {n}"),
                (("{pc} Bruxelles", "10#0"), ("{pc} Antwerpen", "20#0"), ("{pc} Gent", "90#0")),
                ("NV", "SA", "BV", "SRL"),
                {"work": ("Tel.", "T", "Tél."), "mobile": ("GSM", "M", "Mobile"), "fax": ("Fax", "F")}),
        Country("NL", ("Netherlands", "Nederland", "The Netherlands"), "nl",
                ("Daan", "Sanne", "Joost", "Femke", "Bram", "Lieke"),
                ("de Vries", "van Dijk", "Jansen", "Bakker", "Visser", "van den Berg"),
                ("Keizersgracht {n}", "Stationsplein {n}", "Herengracht {n}"),
                (("{pc} Amsterdam", "10## AB"), ("{pc} Rotterdam", "30## CD"), ("{pc} Utrecht", "35## EF")),
                ("B.V.", "BV", "N.V."),
                {"work": ("T", "Tel.", "Telefoon"), "mobile": ("M", "Mob.", "Mobiel"), "fax": ("F", "Fax")}),
        Country("ES", ("Spain", "España"), "es",
                ("Javier", "Lucía", "Alejandro", "María José", "Sergio", "Núria", "Álvaro", "Carmen"),
                ("García López", "Martínez", "Fernández Ruiz", "Sánchez", "Pérez", "Gómez Ortega", "Navarro"),
                ("Calle de Alcalá, {n}", "Paseo de la Castellana, {n}", "Avda. Diagonal, {n}", "C/ Mayor, {n}"),
                (("{pc} Madrid", "280##"), ("{pc} Barcelona", "080##"), ("{pc} Valencia", "460##"), ("{pc} Sevilla", "410##")),
                ("S.L.", "S.A.", "SL", "S.L.U."),
                {"work": ("Tel.", "Tlf.", "Teléfono", "T"), "mobile": ("Móvil", "Mov.", "M"), "fax": ("Fax", "F")}),
        Country("IT", ("Italy", "Italia"), "it",
                ("Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Lorenzo", "Federica", "Niccolò"),
                ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "De Luca"),
                ("Via Roma, {n}", "Corso Buenos Aires {n}", "Viale Europa {n}", "Piazza Garibaldi {n}"),
                (("{pc} Milano (MI)", "201##"), ("{pc} Roma", "001##"), ("{pc} Torino", "101##"), ("{pc} Bologna", "401##")),
                ("S.r.l.", "S.p.A.", "Srl", "SpA"),
                {"work": ("Tel.", "T", "Telefono"), "mobile": ("Cell.", "Cellulare", "M", "Mob."), "fax": ("Fax", "F")}),
        Country("PT", ("Portugal",), "pt",
                ("João", "Inês", "Tiago", "Mariana", "Rui", "Beatriz"),
                ("Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa"),
                ("Rua Augusta, {n}", "Av. da Liberdade, {n}", "Rua de Santa Catarina {n}"),
                (("{pc} Lisboa", "1100-0##"), ("{pc} Porto", "4000-3##")),
                ("Lda.", "S.A.", "Lda"),
                {"work": ("Tel.", "T", "Telefone"), "mobile": ("Tlm.", "Telemóvel", "M"), "fax": ("Fax", "F")}),
        Country("SE", ("Sweden", "Sverige"), "se",
                ("Erik", "Astrid", "Lars", "Ingrid", "Oskar", "Maja"),
                ("Andersson", "Johansson", "Karlsson", "Nilsson", "Lindqvist", "Svensson"),
                ("Drottninggatan {n}", "Kungsgatan {n}", "Sveavägen {n}"),
                (("{pc} Stockholm", "111 ##"), ("{pc} Göteborg", "411 ##")),
                ("AB",),
                {"work": ("Tel", "T", "Telefon"), "mobile": ("Mobil", "M"), "fax": ("Fax", "F")}),
        Country("PL", ("Poland", "Polska"), "pl",
                ("Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Paweł"),
                ("Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamiński", "Zielińska"),
                ("ul. Marszałkowska {n}", "ul. Długa {n}", "al. Jerozolimskie {n}"),
                (("{pc} Warszawa", "00-###"), ("{pc} Kraków", "31-###")),
                ("Sp. z o.o.", "S.A."),
                {"work": ("Tel.", "T"), "mobile": ("Kom.", "Tel. kom.", "M"), "fax": ("Fax", "F")}),
        Country("AU", ("Australia",), "com.au",
                ("Liam", "Chloe", "Jack", "Mia", "Cooper", "Zoe"),
                ("Smith", "Nguyen", "Kelly", "Mitchell", "Campbell", "Harris"),
                ("Level {n}, 100 George Street", "{n} Collins Street", "Suite {n}, 20 Queen St"),
                (("Sydney NSW {pc}", "20##"), ("Melbourne VIC {pc}", "30##"), ("Brisbane QLD {pc}", "40##")),
                ("Pty Ltd", "Pty. Ltd."), EN_LABELS),
        Country("CA", ("Canada",), "ca",
                ("Ethan", "Olivia", "Noah", "Emma", "Samuel", "Léa"),
                ("Tremblay", "Roy", "MacDonald", "Gagnon", "Campbell", "Singh"),
                ("{n} Bay Street", "{n} Rue Sainte-Catherine", "{n} Granville St"),
                (("Toronto, ON {pc}", "M5J #J2"), ("Montréal, QC {pc}", "H3B #A7"), ("Vancouver, BC {pc}", "V6C #L2")),
                ("Inc.", "Ltd.", "Corp."), EN_LABELS),
        Country("IN", ("India",), "in",
                ("Priya", "Rahul", "Ananya", "Arjun", "Sneha", "Vikram"),
                ("Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair"),
                ("{n}, MG Road", "{n} Residency Road", "Plot {n}, Sector 18"),
                (("Bengaluru {pc}", "5600##"), ("Mumbai {pc}", "4000##"), ("Pune {pc}", "4110##")),
                ("Pvt. Ltd.", "Private Limited", "Ltd."), EN_LABELS),
        Country("BR", ("Brasil", "Brazil"), "com.br",
                ("Gabriel", "Ana Clara", "Rafael", "Larissa", "Thiago", "Fernanda"),
                ("Souza", "Oliveira", "Lima", "Carvalho", "Almeida", "Ribeiro"),
                ("Av. Paulista, {n}", "Rua da Consolação, {n}", "Rua XV de Novembro, {n}"),
                (("São Paulo - SP, {pc}", "01310-###"), ("Curitiba - PR, {pc}", "80020-###")),
                ("Ltda.", "S.A.", "Ltda"),
                {"work": ("Tel.", "Fone", "T"), "mobile": ("Cel.", "Celular", "M"), "fax": ("Fax", "F")}),
        Country("CN", ("China", "P.R. China"), "cn",
                ("Wei", "Li", "Fang", "Jun", "Min", "Hui"),
                ("Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao"),
                ("{n} Century Avenue, Pudong", "Room {n}, 88 Jianguo Road"),
                (("Shanghai {pc}", "2001##"), ("Beijing {pc}", "1000##"), ("Shenzhen {pc}", "5180##")),
                ("Co., Ltd.", "Co., Ltd"), EN_LABELS),
    ]
}

# Chinese cards print the name and company in Han script; the pinyin above covers latin lines.
HAN_SURNAMES = ("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴")
HAN_GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明")
HAN_COMPANY_CORES = ("华信", "东方", "天成", "中科", "新达", "博远", "恒通", "金桥")
HAN_COMPANY_TRADES = ("科技", "电子", "贸易", "机械", "信息技术")
HAN_TITLES = ("销售经理", "总经理", "技术总监", "市场部经理", "采购主管")

COMPANY_CORES = ("Nordwind", "Brightline", "Bluepeak", "Altavista", "Quantix", "Helios", "Verdant", "Kestrel",
                 "Orbital", "Silverline", "Lumen", "Granite", "Meridian", "Cobalt", "Novara", "Tidewater",
                 "Sunfield", "Ironbridge", "Polaris", "Arcadia", "Evergreen", "Vantage", "Pinecrest", "Zenith")
COMPANY_TRADES = {
    "en": ("Solutions", "Analytics", "Systems", "Logistics", "Robotics", "Labs", "Technologies", "Packaging",
           "Medical", "Energy", "Software", "Components"),
    "de": ("Logistik", "Maschinenbau", "Technik", "Systeme", "Antriebstechnik", "Verpackung"),
    "fr": ("Technologies", "Ingénierie", "Systèmes", "Conseil", "Industrie"),
    "es": ("Soluciones", "Ingeniería", "Sistemas", "Tecnología", "Logística"),
    "it": ("Meccanica", "Sistemi", "Tecnologie", "Automazione", "Impianti"),
    "pt": ("Soluções", "Engenharia", "Sistemas", "Tecnologia"),
}
# Tesseract languages a user at a show in that country would configure besides English.
TESS_LANGS = {"DE": "eng+deu", "AT": "eng+deu", "CH": "eng+deu+fra", "FR": "eng+fra", "BE": "eng+fra",
              "ES": "eng+spa", "IT": "eng+ita", "PT": "eng+por", "BR": "eng+por", "CN": "eng+chi_sim",
              "PL": "eng+pol", "SE": "eng+swe"}
LANG_OF = {"DE": "de", "AT": "de", "CH": "de", "FR": "fr", "BE": "fr", "ES": "es", "IT": "it", "PT": "pt",
           "BR": "pt"}

TITLES = {
    "en": ("Sales Manager", "Senior Software Engineer", "Chief Executive Officer", "Head of Marketing",
           "Key Account Manager", "Business Development Director", "Product Manager", "VP of Sales",
           "Regional Sales Representative", "Managing Director", "Procurement Specialist", "CTO",
           "Operations Manager", "Field Application Engineer", "Marketing Coordinator"),
    "de": ("Vertriebsleiter", "Geschäftsführer", "Leiterin Einkauf", "Key Account Manager", "Projektingenieur",
           "Technischer Leiter", "Vertriebsingenieur"),
    "fr": ("Directeur Commercial", "Responsable Marketing", "Ingénieur Commercial", "Chargée d'affaires",
           "Directrice Générale", "Chef de Projet"),
    "es": ("Director Comercial", "Jefa de Ventas", "Gerente de Proyectos", "Responsable de Compras",
           "Ingeniero de Ventas"),
    "it": ("Direttore Commerciale", "Responsabile Acquisti", "Area Manager", "Ingegnere di Processo",
           "Amministratore Delegato"),
    "pt": ("Diretor Comercial", "Gerente de Vendas", "Engenheira de Projetos", "Gestor de Compras"),
}
DEPARTMENTS = {
    "en": ("Sales Department", "Research & Development", "Marketing & Communications", "Customer Success",
           "Procurement", "Engineering Division", "Export Sales"),
    "de": ("Abteilung Vertrieb", "Forschung & Entwicklung", "Einkauf", "Vertrieb International"),
    "fr": ("Service Commercial", "Direction Marketing", "Département Export"),
    "es": ("Departamento Comercial", "Departamento de Exportación", "Área de Compras"),
    "it": ("Ufficio Commerciale", "Ufficio Acquisti", "Divisione Export"),
    "pt": ("Departamento Comercial", "Departamento de Compras"),
}


def _fill(pattern: str, rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in pattern)


def _ascii(s: str) -> str:
    table = str.maketrans("äöüßéèêëáàâíìîóòôúùûñçãõåøłśźżćńęąÄÖÜÉÁÍÓÚÑÇŁ' ",
                          "aousee" "eeaaaiiiooouuuncaoaolszzcneaAOUEAIOUNCL--")
    return s.translate(table).lower().replace("-", "")


def phone_number(region: str, kind: str, rng: random.Random) -> phonenumbers.PhoneNumber:
    ptype = PhoneNumberType.MOBILE if kind == "mobile" else PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, ptype)
    # Not `national_number`: Italy keeps its leading 0 ("02 ..."), and without it no candidate
    # is valid, so every Italian office and fax number came out as the one example number.
    digits = phonenumbers.national_significant_number(example)
    for _ in range(50):
        keep = max(2, len(digits) - 6)
        candidate = digits[:keep] + "".join(str(rng.randint(0, 9)) for _ in digits[keep:])
        num = phonenumbers.parse("+" + str(example.country_code) + candidate)
        if phonenumbers.is_valid_number(num):
            return num
    return example


def format_phone(num: phonenumbers.PhoneNumber, rng: random.Random) -> str:
    """Print a number the ways people put them on cards."""
    style = rng.random()
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    if style < 0.45:
        return intl
    if style < 0.6:
        national = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
        if national.startswith("0"):
            # The British habit: "+44 (0) 20 7946 0123".
            cc, rest = intl.split(" ", 1)
            return f"{cc} (0) {rest}"
        return intl
    if style < 0.75:
        return intl.replace(" ", rng.choice([".", "-", " "]))
    return phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)


@dataclass
class Identity:
    country: str
    langs: str
    name: str
    title: str
    company: str
    department: str | None
    email: str
    website: str | None
    phones: list[dict]  # {"type","number","raw","label"}
    address_lines: list[str]
    country_line: str | None
    han_name: str | None = None
    han_company: str | None = None
    han_title: str | None = None

    @property
    def address(self) -> str:
        return ", ".join(self.address_lines + ([self.country_line] if self.country_line else []))


def make_identity(rng: random.Random, country_code: str | None = None) -> Identity:
    c = COUNTRIES[country_code or rng.choice(sorted(COUNTRIES))]
    lang = LANG_OF.get(c.code, "en")
    first, last = rng.choice(c.first), rng.choice(c.last)
    name = f"{first} {last}"
    if rng.random() < 0.08:
        name = f"Dr. {name}"
    trade_lang = lang if lang in COMPANY_TRADES and rng.random() < 0.6 else "en"
    core = rng.choice(COMPANY_CORES)
    company = f"{core} {rng.choice(COMPANY_TRADES[trade_lang])}"
    if rng.random() < 0.85:
        company = f"{company} {rng.choice(c.suffixes)}"
    domain_core = _ascii(core) + (rng.choice(["", "-" + _ascii(company.split()[1])[:8]]) if rng.random() < 0.3 else "")
    domain = f"{domain_core}.{c.tld if rng.random() < 0.7 else 'com'}"
    title_lang = lang if lang in TITLES and rng.random() < 0.6 else "en"
    title = rng.choice(TITLES[title_lang])
    department = rng.choice(DEPARTMENTS[title_lang]) if rng.random() < 0.3 else None
    f, l_ = _ascii(first.split()[0]), _ascii(last.split()[-1])
    local = rng.choice([f"{f}.{l_}", f"{f[0]}.{l_}", f, f"{f[0]}{l_}", f"{f}_{l_}"])
    email = f"{local}@{domain}"
    website = rng.choice([f"www.{domain}", f"{domain}", f"https://www.{domain}"]) if rng.random() < 0.8 else None

    phones = []
    kinds = ["work"] + (["mobile"] if rng.random() < 0.6 else []) + (["fax"] if rng.random() < 0.3 else [])
    if rng.random() < 0.15:
        kinds = ["mobile"]
    for kind in kinds:
        num = phone_number(c.code, kind, rng)
        raw = format_phone(num, rng)
        label = rng.choice(c.labels[kind])
        phones.append({"type": kind, "number": phonenumbers.format_number(num, PhoneNumberFormat.E164),
                       "raw": raw, "label": label})

    street = rng.choice(c.streets).format(n=rng.randint(1, 250))
    city_tpl, pc = rng.choice(c.cities)
    address_lines = [street, city_tpl.format(pc=_fill(pc, rng))]
    country_line = rng.choice(c.printed) if rng.random() < 0.6 else None
    ident = Identity(c.code, TESS_LANGS.get(c.code, "eng"), name, title, company, department, email, website, phones, address_lines,
                     country_line)
    if c.code == "CN" and rng.random() < 0.7:
        ident.han_name = rng.choice(HAN_SURNAMES) + "".join(rng.sample(HAN_GIVEN, rng.choice([1, 2])))
        ident.han_company = (rng.choice(["上海", "北京", "深圳"]) + rng.choice(HAN_COMPANY_CORES)
                             + rng.choice(HAN_COMPANY_TRADES) + "有限公司")
        ident.han_title = rng.choice(HAN_TITLES)
    return ident

"""Word lists the parser recognises fields by. Lower-case; matched on word boundaries."""

import re

HAN = r"\u4e00-\u9fff"  # the CJK Unified Ideographs: the Han characters Chinese cards print

# Legal forms, longest first so "GmbH & Co. KG" wins over "KG". OCR often drops a final period
# and reads "o" as "0", so the patterns allow both.
LEGAL_SUFFIXES = [
    r"gmbh\s*&\s*co\.?\s*kg", r"sp\.?\s*z\s*[o0]\.?\s*[o0]\.?", r"co\.?,?\s*ltd\.?", r"pty\.?\s*ltd\.?",
    r"pvt\.?\s*ltd\.?", r"private\s+limited", r"s\.?\s*(?:a\.?|de\s*r\.?\s*l\.?)\s*de\s*c\.?\s*v\.?",
    r"s\.?\s*de\s*r\.?\s*l\.?", r"s\.?\s*r\.?\s*l\.?", r"s\.?\s*p\.?\s*a\.?", r"s\.?\s*a\.?\s*s\.?",
    r"s\.?\s*a\.?\s*r\.?\s*l\.?", r"s\.?\s*l\.?\s*u\.?", r"s\.?\s*l\.?", r"s\.?\s*a\.?", r"s[àa]rl", r"b\.?\s*v\.?",
    r"n\.?\s*v\.?", r"gmbh", r"ag", r"kg", r"se", r"ltd\.?", r"limited", r"llc", r"llp", r"inc\.?",
    r"incorporated", r"corp\.?", r"corporation", r"plc", r"lda\.?", r"ltda\.?", r"ab", r"oy", r"a/s", r"as",
    r"aps", r"srl", r"spa", r"sas", r"sarl", r"bv", r"nv", r"dac", r"kk", r"e\.?\s*k\.?", r"ug",
]
LEGAL_RE = re.compile(r"(?:^|\s)(?:" + "|".join(LEGAL_SUFFIXES) + r")(?=$|[\s,])", re.IGNORECASE)
# Legal forms that only one country's law has (GmbH, SA, Ltd are shared by several).
LEGAL_FORM_COUNTRY = [
    (re.compile(r"\bS[àä]rl\b"), "CH"), (re.compile(r"\bSp\.?\s*z\s*[o0]\.\s*[o0]\.?"), "PL"),
    (re.compile(r"\bS\.p\.A\.|\bS\.r\.l\."), "IT"), (re.compile(r"\bLda\b"), "PT"),
    (re.compile(r"\bS\.L\.U?\.?(?=$|[\s,])"), "ES"), (re.compile(r"\bPvt\.?\s*Ltd\b|\bPrivate Limited\b"), "IN"),
    (re.compile(r"\bS\.\s?(?:A\.|de R\.\s?L\.)\s?de C\.\s?V\."), "MX"),
    (re.compile(r"\bGmbH\s*&\s*Co\.?\s*KG\b"), "DE"), (re.compile(r"\bOy\b"), "FI"), (re.compile(r"\bApS\b"), "DK"),
    (re.compile(r"\bDAC\b"), "IE"), (re.compile(r"\bPte\.?\s*Ltd\b"), "SG"), (re.compile(r"\bSdn\.?\s*Bhd\b"), "MY"),
    (re.compile(r"\bKft\b"), "HU"),
]
HAN_COMPANY_RE = re.compile(r"(有限公司|股份|集团|公司|企业|工作室|事务所)")
COMPANY_WORDS = {
    "group", "holding", "holdings", "technologies", "technology", "solutions", "systems", "industries",
    "international", "consulting", "labs", "partners", "gruppe", "werke", "groupe", "grupo", "gruppo",
}

# What a company does, in the languages cards are read in: a company name made of these and
# a legal form alone ("Robotics AB") has lost its brand.
SECTOR_WORDS = {
    "analytics", "automation", "bearings", "chemicals", "components", "consulting", "devices", "electronics",
    "energy", "engineering", "equipment", "industrial", "instruments", "logistics", "machinery", "manufacturing",
    "materials", "medical", "packaging", "plastics", "precision", "robotics", "software", "textiles", "tools",
    "trading", "antriebstechnik", "automatisierung", "elektronik", "logistik", "maschinenbau", "technik",
    "systeme", "verpackung", "werkzeuge", "conseil", "industrie", "ingénierie", "systèmes", "technologies",
    "logística", "ingeniería", "sistemas", "soluciones", "tecnología", "automazione", "impianti", "meccanica",
    "sistemi", "tecnologie", "engenharia", "soluções", "tecnologia", "logistica",
}

# Mail providers: their names are no company's brand.
FREEMAIL_LABELS = {"gmail", "googlemail", "outlook", "hotmail", "live", "msn", "yahoo", "icloud", "aol", "gmx",
                   "web", "proton", "protonmail", "yandex", "mail", "qq", "foxmail", "sina", "163", "126"}

ROLE_WORDS = {
    # en
    "manager", "director", "engineer", "ceo", "cto", "cfo", "coo", "cmo", "cio", "vp", "president", "head",
    "officer", "founder", "co-founder", "partner", "consultant", "specialist", "representative", "coordinator",
    "developer", "analyst", "lead", "chief", "executive", "assistant", "architect", "owner", "principal",
    "designer", "scientist", "advisor", "associate", "administrator", "supervisor", "agent", "buyer",
    "technician", "intern", "chairman", "secretary", "accountant", "attorney", "counsel", "professor",
    "researcher", "strategist", "evangelist", "recruiter", "trainer", "programmer", "expert", "leader",
    # de
    "leiter", "leiterin", "geschäftsführer", "geschäftsführerin", "ingenieur", "ingenieurin", "berater",
    "beraterin", "referent", "referentin", "vertriebsleiter", "vertriebsingenieur", "projektingenieur",
    "inhaber", "inhaberin", "prokurist", "vorstand", "techniker", "einkäufer", "mitarbeiter", "sachbearbeiter",
    # fr
    "directeur", "directrice", "responsable", "ingénieur", "ingenieur", "chef", "chargé", "chargée", "gérant",
    "gérante", "président", "présidente", "conseiller", "conseillère", "commercial", "commerciale", "associé",
    # es / pt / it
    "jefe", "jefa", "gerente", "ingeniero", "ingeniera", "diretor", "diretora", "engenheiro", "engenheira",
    "gestor", "gestora", "direttore", "direttrice", "responsabile", "amministratore", "ingegnere", "consulente",
    "delegato", "socio", "presidente", "coordinador", "coordinadora", "técnico", "asesor", "asesora",
}
# Words that rank or place a role ("Senior Software Engineer", "Field Application Engineer"):
# known words of a title, but no title alone.
TITLE_MODIFIERS = {"senior", "junior", "regional", "global", "national", "deputy", "field", "principal", "area"}
TITLE_PHRASES = ("key account", "account manager", "managing director", "general manager", "vice president",
                 "head of", "c.e.o", "business development", "application engineer")
# The commonest Chinese family names, about nine people in ten: a name begins with one.
HAN_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
                   "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
                   "覃武戴莫孔向汤")
HAN_TITLE_RE = re.compile(r"(经理|总监|主管|总裁|董事|工程师|主任|顾问|代表|总经理|专员|经理人|部长|厂长)")

DEPARTMENT_WORDS = {
    "department", "dept", "dept.", "division", "abteilung", "bereich", "service", "département", "direction",
    "departamento", "área", "area", "ufficio", "divisione", "unit", "team",
}
FUNCTION_WORDS = {
    "sales", "marketing", "procurement", "purchasing", "research", "development", "engineering", "export",
    "customer", "success", "support", "finance", "operations", "communications", "logistics", "quality",
    "production", "manufacturing", "hr", "human", "resources", "r&d", "it", "legal", "einkauf", "vertrieb", "forschung",
    "entwicklung", "international", "compras", "ventas", "acquisti", "commerciale", "comercial", "exportación",
    "exportacion", "ricerca", "sviluppo", "qualità", "produzione", "achats", "recherche", "affaires",
}
HAN_DEPARTMENT_RE = re.compile(rf"[{HAN}]{{1,6}}部$")

STREET_WORDS = {
    "street", "st", "st.", "road", "rd", "rd.", "avenue", "ave", "ave.", "boulevard", "blvd", "lane", "drive",
    "way", "parkway", "pkwy", "place", "square", "suite", "level", "unit", "floor", "room", "building", "plot",
    "sector", "park", "house", "court", "straße", "strasse", "str.", "weg", "platz", "allee", "gasse", "ring",
    "damm", "ufer", "rue", "avenue", "boulevard", "quai", "chemin", "place", "allée", "impasse", "via", "viale",
    "corso", "piazza", "piazzale", "largo", "calle", "c/", "avda.", "avda", "av.", "paseo", "plaza", "carrer",
    "rua", "travessa", "praça", "estrada", "ul.", "ul", "al.", "aleja", "gatan", "vägen", "gata", "väg", "gracht",
    "straat", "laan", "plein", "kade", "po", "box", "p.o.", "cedex", "bp", "am", "an", "im", "zi", "z.i.",
}
STREET_SUFFIX_RE = re.compile(
    r"\w+(stra(ß|ss|b)e|str\.|weg|platz|allee|gasse|gatan|v[äa]gen|gracht|straat|laan|plein|kade|ring|damm)(?!\w)",
    re.IGNORECASE)
# "Meir 24", "12 Baker Street": a name and a house number, the shape of a street line.
HOUSE_NUMBER_RE = re.compile(r"^(\D{3,}\s\d{1,5}[a-z]?|\d{1,5}[a-z]?,?\s\D{3,})$", re.IGNORECASE)

COUNTRIES = {
    "US": ("usa", "u.s.a.", "united states", "united states of america", "us"),
    "GB": ("united kingdom", "uk", "u.k.", "great britain", "england", "scotland", "wales"),
    "IE": ("ireland", "irland", "éire"),
    "DE": ("germany", "deutschland"),
    "AT": ("austria", "österreich"),
    "CH": ("switzerland", "schweiz", "suisse", "svizzera"),
    "FR": ("france",),
    "BE": ("belgium", "belgique", "belgië", "belgie"),
    "NL": ("netherlands", "the netherlands", "nederland", "holland"),
    "LU": ("luxembourg",),
    "ES": ("spain", "españa", "espana"),
    "IT": ("italy", "italia"),
    "PT": ("portugal",),
    "SE": ("sweden", "sverige"),
    "NO": ("norway", "norge"),
    "DK": ("denmark", "danmark"),
    "FI": ("finland", "suomi"),
    "PL": ("poland", "polska"),
    "CZ": ("czech republic", "czechia", "česko"),
    "AU": ("australia",),
    "NZ": ("new zealand",),
    "CA": ("canada",),
    "IN": ("india",),
    "BR": ("brasil", "brazil"),
    "MX": ("mexico", "méxico"),
    "CN": ("china", "p.r. china", "pr china", "p.r.china", "中国", "people's republic of china"),
    "JP": ("japan",),
    "KR": ("korea", "south korea"),
    "SG": ("singapore",),
    "AE": ("uae", "united arab emirates"),
    "TR": ("turkey", "türkiye"),
}
COUNTRY_BY_NAME = {name: code for code, names in COUNTRIES.items() for name in names}

# Top-level domains a bare "example.de" on a card is recognised by (a "www." needs none of these).
KNOWN_TLDS = {"com", "net", "org", "io", "co", "info", "biz", "eu", "tech", "app", "dev", "ai", "me", "tv",
                "online", "site", "store", "shop", "global", "group", "de", "fr", "es", "it", "pt", "nl", "be",
                "ch", "at", "se", "pl", "ie", "au", "ca", "in", "br", "cn", "us", "jp", "dk", "no", "fi", "cz",
                "lu", "mx", "nz", "sg", "kr", "tr", "ae", "hk", "tw", "ru", "gr", "hu", "ro", "sk", "si", "hr", "uk"}
# Two-letter TLDs used worldwide as brand names, so they say nothing about the country.
NON_COUNTRY_TLDS = {"io", "co", "me", "tv", "ai", "eu", "ly", "fm", "gg", "to", "cc", "ws"}
TLD_COUNTRY = {"uk": "GB"}

# Where a postcode pattern names the country on its own.
POSTCODE_COUNTRY = [
    (re.compile(r"\b(AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|"
                r"NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\s+\d{5}(-\d{4})?\b"), "US"),
    (re.compile(r"\b(ON|QC|BC|AB|MB|SK|NS|NB|NL|PE)\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b"), "CA"),
    (re.compile(r"\b(NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}\b"), "AU"),
    (re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s[\dOBS][A-Z]{2}\b"), "GB"),  # OCR reads 0 as O, 8 as B, 5 as S
    (re.compile(r"\b\d{4}\s?[A-Z]{2}\s+[A-Z][a-z]"), "NL"),
    (re.compile(r"\b\d{5}-\d{3}\b"), "BR"),
    (re.compile(r"\b\d{4}-\d{3}\b"), "PT"),
    (re.compile(r"\b\d{2}-\d{3}\b"), "PL"),
    (re.compile(r"\b\d{3}\s\d{2}\s+[A-ZÅÄÖ]"), "SE"),
    # The country's car code in front of the postcode ("D-80331 München", "CH-8001 Zürich").
    (re.compile(r"\b(?:D|DE)-\d{5}\b"), "DE"), (re.compile(r"\bCH-\d{4}\b"), "CH"),
    (re.compile(r"\b(?:A|AT)-\d{4}\b"), "AT"), (re.compile(r"\b(?:F|FR)-\d{5}\b"), "FR"),
    (re.compile(r"\b(?:B|BE)-\d{4}\b"), "BE"), (re.compile(r"\b(?:I|IT)-\d{5}\b"), "IT"),
    (re.compile(r"\bNL-\d{4}\b"), "NL"), (re.compile(r"\b(?:L|LU)-\d{4}\b"), "LU"),
    (re.compile(r"\b(?:S|SE)-\d{3}\s?\d{2}\b"), "SE"), (re.compile(r"\b(?:DK)-\d{4}\b"), "DK"),
    (re.compile(r"\b(?:N|NO)-\d{4}\b"), "NO"), (re.compile(r"\b(?:E|ES)-\d{5}\b"), "ES"),
    (re.compile(r"\bFI-\d{5}\b"), "FI"), (re.compile(r"\bPL-\d{2}-\d{3}\b"), "PL"),
    # Eircode; OCR reads its 0s as O ("D02", "R0CP") and a 5 as S ("T12 RSCP")
    (re.compile(r"\b[AC-FHKNPRTV-Y](?:\d[\dO]|O\d)\s(?=[A-Z\d]{0,3}[A-Z])[AC-FHKNOPRSTV-Y\d]{4}\b"), "IE"),
]
POSTCODE_RE = re.compile(
    r"\b(\d{4,6}|\d{2}-\d{3}|\d{4,5}-\d{3}|\d{3}\s\d{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|"
    r"\d{4}\s?[A-Z]{2}|[A-Z](?:\d[\dO]|O\d)\s?[A-Z\d]{4}|[A-Z]{1,2}\d[A-Z\d]?\s[\dOBS][A-Z]{2})\b")

# Common given names and surnames whose spelling in their country carries diacritics that
# Tesseract drops or confuses on small print ("Garcia", "Inés" on a Portuguese card,
# "Pawel"). By the language of the country; a name of several languages ("Inés", "Inês")
# is spelled as the card's country writes it.
NAME_SPELLINGS = {
    "es": ("José", "María", "Lucía", "Sofía", "Ángel", "Ángela", "Álvaro", "Andrés", "Adrián", "Julián", "Iván",
           "Jesús", "Óscar", "Rubén", "Víctor", "Raúl", "Nicolás", "Sebastián", "Tomás", "Joaquín", "Agustín",
           "Ramón", "Martín", "Inés", "Belén", "Rocío", "Mónica", "Verónica", "Begoña", "Núria",
           "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
           "Jiménez", "Hernández", "Díaz", "Álvarez", "Muñoz", "Núñez", "Domínguez", "Vázquez", "Ramírez",
           "Gutiérrez", "Méndez", "Suárez", "Ibáñez", "Peña", "Ordóñez", "Cortés", "Benítez", "Márquez",
           "Sáez", "Velázquez"),
    "pt": ("João", "Inês", "Sebastião", "Estêvão", "Gonçalo", "Simão", "Fábio", "Vitória", "Lúcia", "Márcia",
           "Cláudia", "Flávia", "Patrícia", "Letícia", "Júlia", "Mário", "Sérgio", "Vinícius", "Luís", "Antônio",
           "Conceição", "Gonçalves", "Guimarães", "Magalhães", "Araújo", "Simões", "Brandão", "Falcão", "Leão",
           "Romão", "Assunção", "Gusmão"),
    "fr": ("Élodie", "Hélène", "Chloé", "Céline", "Théo", "Benoît", "Jérôme", "Léa", "Zoé", "Raphaël", "Gaël",
           "Joël", "Michaël", "Anaïs", "Clément", "Frédéric", "Stéphane", "Stéphanie", "Valérie", "Aurélie",
           "Amélie", "Mélanie", "Émilie", "Sébastien", "Jérémy", "Grégoire", "André", "René", "Hervé", "Gérard",
           "Éric", "Cécile", "Josée", "Lefèvre", "Lefébure", "Ménard", "Lemaître", "Lévêque", "Bézier"),
    "pl": ("Paweł", "Małgorzata", "Michał", "Łukasz", "Rafał", "Przemysław", "Stanisław", "Mirosław", "Jarosław",
           "Bożena", "Grażyna", "Kamiński", "Kamińska", "Wiśniewski", "Wiśniewska", "Zieliński", "Zielińska",
           "Wójcik", "Woźniak", "Dąbrowski", "Dąbrowska", "Kozłowski", "Kozłowska", "Jabłoński", "Jabłońska",
           "Król", "Wróbel", "Błaszczyk", "Sójka", "Gałązka"),
    "de": ("Müller", "Schäfer", "Jürgen", "Jörg", "Günter", "Schröder", "Krüger", "Köhler", "Böhm", "Förster",
           "Möller", "Jäger", "Bäcker", "Käthe", "Björn"),
    "sv": ("Björn", "Åsa", "Göran", "Jönsson", "Sjöberg", "Bäckström", "Söderberg", "Åström", "Lindström",
           "Strömberg", "Löfgren", "Östlund"),
}
# Words of company names and titles spelled with accents in one language and without in
# another ("Logistica" is Italian, "Tecnologia" Portuguese): by the language of the country.
TRADE_SPELLINGS = {
    # Not "Général", "Président", "Opérations": unaccented, they are English words too.
    "fr": ("Générale", "Ingénieur", "Ingénieure", "Délégué", "Déléguée", "Chargé", "Chargée", "Développement",
           "Qualité", "Sécurité", "Stratégie"),
    # Where German is a language of the country before French ("Ingenieur" in Zurich).
    "de": ("Ingenieur",),
    "es": ("Logística", "Tecnología", "Tecnologías", "Electrónica", "Energía", "Mecánica", "Química", "Óptica",
           "Informática", "Técnica", "Técnico", "Eléctrica", "Hidráulica", "Metalúrgica", "Plásticos",
           "Automatización", "Fabricación", "Distribución", "Construcción", "Innovación", "Comunicación",
           "Compañía", "Producción", "Administración", "Dirección", "Gestión"),
    "pt": ("Logística", "Eletrônica", "Electrónica", "Mecânica", "Química", "Informática", "Técnica", "Técnico",
           "Elétrica", "Eléctrica", "Hidráulica", "Metalúrgica", "Plásticos", "Automação", "Indústria",
           "Indústrias", "Comércio", "Serviços", "Distribuição", "Construção", "Inovação",
           "Tecnológica", "Energética", "Exportação", "Produção", "Administração", "Direção", "Gestão"),
}
NAME_LANGUAGES = {"ES": ("es",), "MX": ("es",), "AR": ("es",), "CO": ("es",), "CL": ("es",), "PE": ("es",),
                  "PT": ("pt",), "BR": ("pt",), "FR": ("fr",), "BE": ("fr",), "LU": ("fr", "de"),
                  "CA": ("fr",), "CH": ("de", "fr"), "DE": ("de",), "AT": ("de",), "PL": ("pl",), "SE": ("sv",)}

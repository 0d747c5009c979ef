"""The result of reading one card: the fields of the CLI/JSON contract."""

from dataclasses import asdict, dataclass, field

# The contact fields of a reading, each with its confidence when found.
FIELDS = ("name", "title", "company", "department", "emails", "phones", "website", "address", "country")


@dataclass
class Phone:
    type: str  # "work", "mobile" or "fax"
    number: str  # E.164 when phonenumbers could parse it, else the digits as printed
    raw: str


@dataclass
class CardReading:
    name: str | None = None
    title: str | None = None
    company: str | None = None
    department: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    website: str | None = None
    address: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    confidence: dict[str, float] = field(default_factory=dict)
    text: str = ""
    elapsed_ms: int = 0

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def main_phone(self) -> Phone | None:
        """The number to call: a work or mobile line, never a fax."""
        return next((p for p in self.phones if p.type != "fax"), None)

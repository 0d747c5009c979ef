"""The result object and the bench's scoring rules."""

from ocr.bench import field_correct
from ocr.reading import CardReading, Phone


def test_to_dict_has_the_cli_json_shape():
    d = CardReading(name="A B", phones=[Phone("fax", "+4930123", "030 123")]).to_dict()
    assert set(d) == {"name", "title", "company", "department", "emails", "phones", "website", "address",
                      "country", "confidence", "text", "elapsed_ms"}
    assert d["phones"] == [{"type": "fax", "number": "+4930123", "raw": "030 123"}]


def test_main_phone_is_never_the_fax():
    reading = CardReading(phones=[Phone("fax", "+1", "1"), Phone("mobile", "+2", "2")])
    assert reading.main_phone.number == "+2"
    assert CardReading(phones=[Phone("fax", "+1", "1")]).main_phone is None


def test_text_fields_match_ignoring_case_spacing_and_edge_punctuation():
    assert field_correct("company", "Helios Packaging S.r.l.", "helios  packaging s.r.l")
    assert not field_correct("name", "João Silva", "Joao Silva")


def test_fields_empty_on_both_sides_are_not_scored():
    assert field_correct("department", None, None) is None
    assert field_correct("department", None, "Sales") is False


def test_phones_match_by_type_and_digits():
    truth = [{"type": "work", "number": "+442079460123"}]
    assert field_correct("phones", truth, [{"type": "work", "number": "+44 20 7946 0123"}])
    assert not field_correct("phones", truth, [{"type": "fax", "number": "+442079460123"}])


def test_websites_match_without_scheme_or_www():
    assert field_correct("website", "https://www.acme.com", "acme.com")


def test_address_matches_by_similarity():
    assert field_correct("address", "Via Roma, 34, 20193 Milano", "Via Roma 34, 20193 Milano")
    assert not field_correct("address", "Via Roma, 34, 20193 Milano", "20193 Milano")

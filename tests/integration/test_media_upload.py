"""POST /leads/<uuid>/media: idempotent, validated by content, stored once."""
from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest
from PIL import Image

from tests.support.images import jpeg, png


@pytest.fixture
def lead_uuid(api):
    lead = str(uuid.uuid4())
    api.put(f"/api/v1/leads/{lead}", json={"name": "Photo Buyer"})
    return lead


@pytest.fixture(scope="session")
def png_bomb(tmp_path_factory) -> bytes:
    """20000x10000 pixels in a few hundred KB: a decompression bomb."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.png"
    Image.new("1", (20000, 10000)).save(path, optimize=False)
    return path.read_bytes()


def stored_files(app) -> list[Path]:
    return [p for p in Path(app.config["MEDIA_DIR"]).rglob("*") if p.is_file()]


def test_a_photo_is_stored_once_however_often_it_is_sent(api, app, lead_uuid):
    photo = jpeg()
    first = api.upload(lead_uuid, photo, media_id="m-1")
    second = api.upload(lead_uuid, photo, media_id="m-1")
    assert first.status_code == 201 and second.status_code == 200
    assert first.get_json()["media"] == second.get_json()["media"]
    lead = api.get(f"/api/v1/leads/{lead_uuid}").get_json()
    assert [m["id"] for m in lead["media"]] == ["m-1"]
    assert len(stored_files(app)) == 1


def test_the_same_photo_under_a_new_media_id_is_not_duplicated(api, app, lead_uuid):
    photo = jpeg()
    api.upload(lead_uuid, photo, media_id="m-1")
    again = api.upload(lead_uuid, photo, media_id="m-2")
    assert again.status_code == 200
    assert again.get_json()["media"]["id"] == "m-1"
    assert len(stored_files(app)) == 1


def test_an_uploaded_photo_can_be_downloaded_and_its_dimensions_are_recorded(api, lead_uuid):
    photo = jpeg(800, 600)
    media = api.upload(lead_uuid, photo).get_json()["media"]
    assert (media["width"], media["height"], media["content_type"]) == (800, 600, "image/jpeg")
    with api.get(media["url"]) as download:
        assert download.status_code == 200 and download.data == photo


def test_photos_are_stored_outside_any_static_path(api, app, lead_uuid):
    api.upload(lead_uuid, jpeg())
    (path,) = stored_files(app)
    assert Path(app.config["DATA_DIR"]) in path.parents
    assert api.http.get("/" + path.name).status_code == 404


@pytest.mark.parametrize("name,data,status,fragment", [
    ("empty.jpg", b"", 422, "empty"),
    ("notes.jpg", b"this is a text file renamed to .jpg\n" * 20, 415, "not an image"),
    ("truncated.jpg", jpeg(1200, 900)[:5000], 422, "damaged or incomplete"),
    ("animation.gif", None, 415, "GIF"),
])
def test_a_bad_file_gets_a_clear_error_and_nothing_is_stored(api, app, lead_uuid, name, data, status, fragment):
    if data is None:
        out = io.BytesIO()
        Image.new("P", (10, 10)).save(out, "GIF")
        data = out.getvalue()
    response = api.upload(lead_uuid, data, filename=name)
    assert response.status_code == status, response.get_json()
    assert fragment in response.get_json()["error"]["message"]
    assert stored_files(app) == []


def test_a_decompression_bomb_is_refused(api, app, lead_uuid, png_bomb):
    response = api.upload(lead_uuid, png_bomb, filename="bomb.png")
    assert response.status_code == 413
    assert response.get_json()["error"]["code"] == "too_large"
    assert stored_files(app) == []


def test_an_image_over_the_pixel_limit_is_refused_with_its_size(app, api, lead_uuid):
    app.config["MAX_IMAGE_PIXELS"] = 1000 * 1000
    response = api.upload(lead_uuid, png(1200, 1000), filename="big.png")
    assert response.status_code == 413
    assert "1200x1000" in response.get_json()["error"]["message"]


def test_a_body_over_the_upload_limit_is_refused(app, api, lead_uuid):
    app.config["MAX_CONTENT_LENGTH"] = 50_000
    response = api.upload(lead_uuid, jpeg(1600, 1200, text="noise" * 50) + b"\0" * 60_000)
    assert response.status_code == 413
    assert response.get_json()["error"]["code"] == "too_large"


@pytest.mark.parametrize("form,location,field", [
    ({"media_id": "x", "file": (io.BytesIO(jpeg()), "a.jpg")}, "form", "kind"),
    ({"media_id": "x", "kind": "booth_photo"}, "files", "file"),
    ({"media_id": "x", "kind": "selfie", "file": (io.BytesIO(jpeg()), "a.jpg")}, "form", "kind"),
])
def test_a_missing_or_wrong_form_field_is_a_422_naming_it(api, lead_uuid, form, location, field):
    response = api.http.post(f"/api/v1/leads/{lead_uuid}/media", data=form,
                             headers=api.headers, content_type="multipart/form-data")
    assert response.status_code == 422
    assert field in response.get_json()["error"]["details"][location]


def test_uploading_to_an_unknown_lead_is_a_404(api):
    assert api.upload(str(uuid.uuid4()), jpeg()).status_code == 404

"""A few cards made another way: hand-written HTML/CSS rendered by headless Chromium.

Different text rasteriser, different layouts, icons, letter-spaced capitals and content that
the identity generator never produces (none of its names, companies or label spellings), so
the reader is measured on something it was not shaped around.
"""

import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image

CSS = {
    "classic": "body{background:#fff;color:#222;font-family:'DejaVu Serif'} .n{font-size:50px;font-weight:bold}"
               " .t{font-size:26px;font-style:italic;color:#555} .c{font-size:34px;color:#14365d;margin-bottom:30px}"
               " .k{font-size:24px;line-height:1.45}",
    "caps": "body{background:#f4f1ea;color:#1b1b1b;font-family:'Lato'} .n{font-size:44px;letter-spacing:6px;"
            "text-transform:uppercase;font-weight:300} .t{font-size:24px;letter-spacing:2px;color:#8a6d3b}"
            " .c{font-size:30px;font-weight:bold;position:absolute;right:60px;top:50px} .k{font-size:23px;"
            "line-height:1.5;margin-top:40px}",
    "stripe": "body{background:#fff;color:#263238;font-family:'Open Sans';border-left:28px solid #e65100}"
              " .n{font-size:48px;font-weight:bold} .t{font-size:25px;color:#e65100} .c{font-size:32px;margin:18px 0}"
              " .k{font-size:23px;line-height:1.4;columns:2;column-gap:40px}",
    "dark": "body{background:#14171c;color:#e8e2d0;font-family:'Roboto'} .n{font-size:50px;color:#d4af37}"
            " .t{font-size:26px} .c{font-size:32px;font-weight:bold;margin:20px 0} .k{font-size:24px;line-height:1.45}",
    "centered": "body{background:#eef5f9;color:#102a43;font-family:'Carlito';text-align:center}"
                " .c{font-size:40px;font-weight:bold;color:#0b6e99} .n{font-size:46px;margin-top:18px}"
                " .t{font-size:25px} .k{font-size:24px;line-height:1.4;margin-top:18px}",
    "portrait": "body{background:#fff;color:#222;font-family:'Liberation Sans'} .c{font-size:36px;font-weight:bold;"
                "margin-bottom:60px;color:#b71c1c} .n{font-size:44px} .t{font-size:25px;margin-bottom:60px}"
                " .k{font-size:24px;line-height:1.5}",
}

# Each card: its style, the lines as printed (HTML), and the truth.
CARDS = [
    ("classic", ["<div class=c>Clearwater Biosciences, Inc.</div>", "<div class=n>Samuel O'Connor</div>",
                 "<div class=t>Principal Investigator</div>",
                 "<div class=k>&#9742; O: (510) 555-0142 &nbsp;·&nbsp; M: (510) 555-0199<br>"
                 "&#9993; sam.oconnor@clearwaterbio.com<br>clearwaterbio.com<br>"
                 "4100 Harbor Blvd, Suite 210<br>Oakland, CA 94607</div>"],
     dict(name="Samuel O'Connor", title="Principal Investigator", company="Clearwater Biosciences, Inc.",
          emails=["sam.oconnor@clearwaterbio.com"],
          phones=[("work", "+15105550142"), ("mobile", "+15105550199")], website="clearwaterbio.com",
          address="4100 Harbor Blvd, Suite 210, Oakland, CA 94607", country="US", langs="eng")),
    ("caps", ["<div class=c>Vogel &amp; Partner Präzisionsteile GmbH</div>", "<div class=n>Henrike Vogel</div>",
              "<div class=t>Leiterin Qualitätssicherung</div>",
              "<div class=k>Telefon +49 7071 98765-0<br>Telefax +49 7071 98765-99<br>Mobil +49 171 2345678<br>"
              "h.vogel@vogel-praezision.de · www.vogel-praezision.de<br>Am Mühlbach 7, 72070 Tübingen</div>"],
     dict(name="Henrike Vogel", title="Leiterin Qualitätssicherung", company="Vogel & Partner Präzisionsteile GmbH",
          emails=["h.vogel@vogel-praezision.de"],
          phones=[("work", "+497071987650"), ("fax", "+4970719876599"), ("mobile", "+491712345678")],
          website="www.vogel-praezision.de", address="Am Mühlbach 7, 72070 Tübingen", country="DE",
          langs="eng+deu")),
    ("stripe", ["<div class=n>Margaux Lefebvre-Dumas</div>", "<div class=t>Responsable Grands Comptes</div>",
                "<div class=c>Atelier Boréal SAS</div>",
                "<div class=k>Tél. +33 (0)3 88 12 34 56<br>Port. +33 (0)6 12 34 56 78<br>"
                "m.lefebvre@atelier-boreal.fr<br>14, rue des Tanneurs<br>67000 Strasbourg<br>France</div>"],
     dict(name="Margaux Lefebvre-Dumas", title="Responsable Grands Comptes", company="Atelier Boréal SAS",
          emails=["m.lefebvre@atelier-boreal.fr"], phones=[("work", "+33388123456"), ("mobile", "+33612345678")],
          address="14, rue des Tanneurs, 67000 Strasbourg, France", country="FR", langs="eng+fra")),
    ("dark", ["<div class=n>Lorenzo Bellini</div>", "<div class=t>Export Manager</div>",
              "<div class=c>Cantina Colle Alto S.r.l.</div>",
              "<div class=k>Cell. +39 333 123 4567<br>lorenzo@collealto.it<br>www.collealto.it<br>"
              "Via dei Vigneti 5, 53024 Montalcino (SI)<br>Italia</div>"],
     dict(name="Lorenzo Bellini", title="Export Manager", company="Cantina Colle Alto S.r.l.",
          emails=["lorenzo@collealto.it"], phones=[("mobile", "+393331234567")], website="www.collealto.it",
          address="Via dei Vigneti 5, 53024 Montalcino (SI), Italia", country="IT", langs="eng+ita")),
    ("centered", ["<div class=c>Fernhill Digital Ltd</div>", "<div class=n>Priya Raman</div>",
                  "<div class=t>Lead UX Researcher</div>",
                  "<div class=k>+44 (0)1273 555 012<br>priya [at] fernhill.co.uk<br>"
                  "2nd Floor, 18 Brunswick Place, Hove BN3 1NA</div>"],
     dict(name="Priya Raman", title="Lead UX Researcher", company="Fernhill Digital Ltd",
          emails=["priya@fernhill.co.uk"], phones=[("work", "+441273555012")],
          address="2nd Floor, 18 Brunswick Place, Hove BN3 1NA", country="GB", langs="eng")),
    ("classic", ["<div class=c>杭州云帆网络科技有限公司</div>", "<div class=n>陈静</div>", "<div class=t>市场总监</div>",
                 "<div class=k>Tel: +86 571 8888 1234<br>Mobile: +86 139 0571 2345<br>chenjing@yunfan-tech.cn<br>"
                 "No. 88 Wenyi West Road, Hangzhou 310012, China</div>"],
     dict(name="陈静", title="市场总监", company="杭州云帆网络科技有限公司", emails=["chenjing@yunfan-tech.cn"],
          phones=[("work", "+8657188881234"), ("mobile", "+8613905712345")],
          address="No. 88 Wenyi West Road, Hangzhou 310012, China", country="CN", langs="eng+chi_sim")),
    ("stripe", ["<div class=n>Ignacio Ruiz</div>", "<div class=t>Director de Operaciones</div>",
                "<div class=c>Hidráulica Levante S.L.</div>",
                "<div class=k>T. +34 961 234 567<br>M. +34 612 345 678<br>iruiz@hidraulicalevante.es<br>"
                "www.hidraulicalevante.es<br>Calle Músico Ayllón, 12<br>46190 Riba-roja de Túria</div>"],
     dict(name="Ignacio Ruiz", title="Director de Operaciones", company="Hidráulica Levante S.L.",
          emails=["iruiz@hidraulicalevante.es"], phones=[("work", "+34961234567"), ("mobile", "+34612345678")],
          website="www.hidraulicalevante.es", address="Calle Músico Ayllón, 12, 46190 Riba-roja de Túria",
          country="ES", langs="eng+spa")),
    ("caps", ["<div class=c>Tulpstra B.V.</div>", "<div class=n>Sanne Verhoeven</div>",
              "<div class=t>Customer Success Manager</div>",
              "<div class=k>T 033 123 4567 &nbsp; M 06 1234 5678<br>sanne@tulpstra.nl<br>"
              "Stationsweg 12, 3811 MV Amersfoort</div>"],
     dict(name="Sanne Verhoeven", title="Customer Success Manager", company="Tulpstra B.V.",
          emails=["sanne@tulpstra.nl"], phones=[("work", "+31331234567"), ("mobile", "+31612345678")],
          address="Stationsweg 12, 3811 MV Amersfoort", country="NL", langs="eng")),
    ("portrait", ["<div class=c>Alpenlicht AG</div>", "<div class=n>Reto Zimmermann</div>",
                  "<div class=t>CEO &amp; Founder</div>",
                  "<div class=k>+41 41 555 12 34<br>reto@alpenlicht.ch<br>alpenlicht.ch<br>Bahnhofplatz 3<br>"
                  "6003 Luzern<br>Schweiz</div>"],
     dict(name="Reto Zimmermann", title="CEO & Founder", company="Alpenlicht AG", emails=["reto@alpenlicht.ch"],
          phones=[("work", "+41415551234")], website="alpenlicht.ch", address="Bahnhofplatz 3, 6003 Luzern, Schweiz",
          country="CH", langs="eng+deu")),
    ("dark", ["<div class=c>Nordlys Energi AS</div>", "<div class=n>Ingrid Haugen</div>",
              "<div class=t>Senior Project Engineer</div>", "<div class=t>Offshore Wind Division</div>",
              "<div class=k>Mob +47 912 34 567<br>ingrid.haugen@nordlys-energi.no<br>"
              "Strandkaien 2, 5013 Bergen, Norway</div>"],
     dict(name="Ingrid Haugen", title="Senior Project Engineer", company="Nordlys Energi AS",
          department="Offshore Wind Division", emails=["ingrid.haugen@nordlys-energi.no"],
          phones=[("mobile", "+4791234567")], address="Strandkaien 2, 5013 Bergen, Norway", country="NO",
          langs="eng")),
]


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def render_html_card(index: int) -> tuple[Image.Image, dict]:
    style, parts, truth = CARDS[index % len(CARDS)]
    browser = _chromium()
    if browser is None:
        raise RuntimeError("HTML cards need Chromium (Debian package 'chromium').")
    w, h = (600, 1050) if style == "portrait" else (1050, 600)
    page = (f"<html><head><meta charset='utf-8'><style>html,body{{margin:0;width:{w}px;height:{h}px;"
            f"overflow:hidden}} body{{box-sizing:border-box;padding:55px;position:relative}} {CSS[style]}"
            f"</style></head><body>{''.join(parts)}</body></html>")
    with tempfile.TemporaryDirectory() as tmp:
        html, png = Path(tmp) / "card.html", Path(tmp) / "card.png"
        html.write_text(page, encoding="utf-8")
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--window-size={w},{h}", f"--screenshot={png}", html.as_uri()],
                       check=True, capture_output=True, timeout=60)
        img = Image.open(png).convert("RGB")
    full = {"name": None, "title": None, "company": None, "department": None, "emails": [], "phones": [],
            "website": None, "address": None, "country": None, **truth}
    full["phones"] = [{"type": t, "number": n, "raw": n} for t, n in truth["phones"]]
    return img, full

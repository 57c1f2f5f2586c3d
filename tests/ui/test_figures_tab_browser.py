"""The figures tab in a real Chromium against `python app.py` over the ingested corpus: pick a
subject, see its chart drawn and its figures with their sources, download the CSV shown."""
from __future__ import annotations

import csv
import io

from tests.ui.conftest import open_app, screenshot


def _pick(page, elem_id: str, option: str) -> None:
    page.locator(f"#{elem_id} input").click()
    page.get_by_role("option", name=option, exact=True).click()


def test_pick_politie_and_see_chart_table_and_csv(app_server, page):
    open_app(page, app_server.url, tab="tab-figures")
    _pick(page, "fig-subject", "politie")

    table = page.locator("#fig-table")
    # The table is refilled by the filter's event; wait for politie's realisation to appear.
    table.get_by_text("387", exact=True).wait_for(state="visible")
    chart = page.locator("#fig-chart").locator("canvas, svg").first
    chart.wait_for(state="visible")
    box = chart.bounding_box()
    assert box and box["width"] > 100 and box["height"] > 50
    assert "realisatiepercentage" in page.locator("#fig-chart").inner_text()

    text = table.inner_text()
    assert "34 352, nr. 328" in text and "13 december 2024" in text and "54,3" in text
    assert "gemeenten" not in text          # only the picked subject's rows
    screenshot(page, "figures-tab-politie")

    with page.expect_download() as download:
        page.locator("#fig-csv").click()
    rows = list(csv.DictReader(io.StringIO(download.value.path().read_text(encoding="utf-8"))))
    assert rows and {r["Onderwerp / Subject"] for r in rows} == {"politie"}
    assert ("realisatie", "387") in {(r["Maatstaf / Metric"], r["Waarde / Value"]) for r in rows}
    assert all(r["Document"] for r in rows)

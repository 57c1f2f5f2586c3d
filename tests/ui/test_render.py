"""How an answer is shown: real answers of the assistant over the ingested corpus, rendered."""
from __future__ import annotations

import html
import re

import pytest

from assistant import Assistant
from ui import render


@pytest.fixture(scope="module")
def assistant(ingested_corpus):
    a = Assistant.load(ingested_corpus.data_dir)
    yield a
    a.store.close()


def marked(source_html: str) -> list[str]:
    return [html.unescape(m) for m in re.findall(r"<mark>(.*?)</mark>", source_html, re.S)]


def test_sources_show_where_each_paragraph_stands_and_mark_the_quoted_words(assistant):
    answer = assistant.ask("What was politie's realisation in 2023?").to_dict()
    shown = render.sources_html(answer)
    assert shown.count('class="source"') == len(answer["citations"]) >= 1
    first = shown.split('class="source"')[1]
    for fact in ("Kamerstuk 34 352, nr. 328", "13 december 2024", "p. 9", "Politie",
                 "Voortgang banenafspraak"):
        assert fact in html.unescape(first), fact
    assert {"Realisatie 387 fta", "Doel 713 fta", "Realisatiepercentage 54,3%"} <= set(
        marked(shown))


def test_a_quoted_sentence_is_marked_across_the_line_breaks_of_the_paragraph(assistant):
    answer = assistant.ask("Waarom lukt het de politie niet om het doel te halen?").to_dict()
    assert answer["status"] == "answered"
    marks = marked(render.sources_html(answer))
    assert marks, "the quoted sentence is not marked in its paragraph"
    quoted = " ".join(" ".join(m.split()) for m in marks)
    assert quoted and quoted.split()[0] in answer["text"]


def test_highlight_escapes_html_and_marks_every_occurrence():
    shown = render.highlight("a <b> 387\nfta and 387 fta", ["387 fta"])
    assert shown == "a &lt;b&gt; <mark>387\nfta</mark> and <mark>387 fta</mark>"
    assert render.highlight("nothing here", ["absent"]) == "nothing here"


def test_figure_rows_write_values_the_reader_s_way(assistant):
    answer = assistant.ask("Hoeveel fta realiseerde het Rijk in 2024?").to_dict()
    nl = render.figure_rows(answer, "nl")
    en = render.figure_rows(answer, "en")
    assert ["rijk", "realisatie", "2024", "5.078", "fta"] == nl[0][:5]
    assert en[0][3] == "5,078"
    assert all(row[6] for row in nl), "every value names its source"


def test_parliamentary_text_is_the_answer_then_the_cited_sources(assistant):
    answer = assistant.ask("Wat was de realisatie van de politie in 2023?").to_dict()
    text = render.parliamentary_text(answer, "nl")
    body, _, listing = text.partition("\n\nBronnen:\n")
    assert "387 fta" in body and "Bronnen" not in body
    assert listing.splitlines() == [
        f"[{i}] {c['label']}" for i, c in enumerate(answer["citations"], 1)]
    assert "<" not in text     # plain text, no markup


def test_notes_survive_in_the_text_to_paste():
    answer = {"text": "Lead [1].\n\nSources:\n[1] X: “q”\n\nNote: two letters differ",
              "citations": [{"label": "Kamerstuk 1, nr. 2 (1 januari 2020)"}],
              "figures": [], "notes": ["two letters differ"]}
    text = render.parliamentary_text(answer, "en")
    assert text == ("Lead [1].\n\nNote: two letters differ\n\nSources:\n"
                    "[1] Kamerstuk 1, nr. 2 (1 januari 2020)")
    assert render.notes_markdown(answer, "en") == "**Note:** two letters differ"


def test_a_not_found_answer_has_no_sources_and_no_rows(assistant):
    answer = assistant.ask("Wat is de hoofdstad van Australië?").to_dict()
    assert answer["status"] == "not_found"
    assert render.sources_html(answer) == ""
    assert render.figure_rows(answer, "nl") == []
    assert render.parliamentary_text(answer, "nl") == answer["text"]


MARKUP = ('Zie <img src="http://tracker.fictief.invalid/p.gif"> ![p](http://tracker.fictief.invalid'
          '/m.png) [klik](http://tracker.fictief.invalid/l) <http://tracker.fictief.invalid/a> '
          '<div style="position:fixed">x</div> **vet** $x$ & 1 < 2')


def test_letter_markup_reaches_the_chat_as_text_not_elements():
    shown = render.chat_text(MARKUP)
    assert "<" not in shown and ">" not in shown          # no tag can be parsed out of it
    assert html.unescape(shown) == MARKUP                 # and the reader sees every word


def test_letter_markup_in_a_note_is_escaped_for_markdown():
    from markdown_it import MarkdownIt                    # a CommonMark renderer, as the page's
    answer = {"text": "", "citations": [], "figures": [], "notes": [MARKUP]}
    rendered = MarkdownIt("commonmark").render(render.notes_markdown(answer, "nl"))
    for tag in ("<img", "<a ", "<div", "<em", "<strong>vet"):
        assert tag not in rendered, (tag, rendered)
    text = html.unescape(re.sub(r"<[^>]+>", "", rendered)).strip()
    assert text == f"{render.WORDS['nl']['notes']}: {MARKUP}"


def test_a_composed_answer_is_pasted_as_plain_sentences_with_its_sources_in_order(assistant):
    answer = assistant.ask("Hoe staat het onderwijs ervoor en waarom blijft het achter?").to_dict()
    assert "\n- " in answer["text"]                       # the chat shows the points as a list
    text = render.parliamentary_text(answer, "nl")
    body, _, listing = text.partition("\n\nBronnen:\n")
    assert "\n- " not in body and "**" not in body and "<" not in body
    assert "Uit de brieven: “" in body
    refs = [int(n) for n in re.findall(r"\[(\d+)\]", body)]
    assert refs[0] == 1 and sorted(set(refs)) == list(range(1, max(refs) + 1))
    labels = [c["label"] for c in answer["citations"]]   # two passages may share a page
    lines = listing.splitlines()
    assert len(lines) == len(labels) and all(re.match(r"\[\d+\] ", line) for line in lines)
    assert sorted(line.split("] ", 1)[1] for line in lines) == sorted(labels)


def test_a_letter_is_shown_by_page_with_its_figures_marked_and_its_markup_as_text(tmp_path):
    from core.records import Document, Figure, Passage
    from core.store import Store
    from decimal import Decimal
    from ui.letter_view import letter_html
    with Store(tmp_path / "store.sqlite") as store:
        doc = Document("brief", "Brief <b>x</b>", "kamerbrief", "2024-12-13", 2024,
                       "34 352, nr. 1", None, None, "corpus/brief.txt", "0" * 64)
        passages = [Passage("brief#0", "brief", 0, 1, "Politie", "Realisatie 387 fta " + MARKUP,
                            0, 10), Passage("brief#1", "brief", 1, 2, None, "Tweede pagina.",
                                            11, 20)]
        figure = Figure("politie", "realisatie", "2023", Decimal("387"), "fta", None, "brief",
                        "brief#0", "Realisatie 387 fta")
        with store.transaction():
            store.put_document(doc, "", passages, [figure])
        shown = letter_html(store, "brief", target="brief#0")
    assert "<img" not in shown and "<div style" not in shown and "<b>x" not in shown
    assert '<mark class="figure">Realisatie 387 fta</mark>' in shown
    assert shown.count('class="page"') == 2 and "p. 2" in shown
    assert 'class="passage target" data-passage="brief#0"' in shown
    assert "§ Politie" in shown


def test_the_letter_view_shows_what_extraction_gave_and_left_out_escaped(tmp_path):
    from core.store import Store
    from ingest.pipeline import ingest_paths
    from ui.letter_view import extraction_report_html
    letter = tmp_path / "fictief-rapport.txt"
    letter.write_text("FICTIEF — testbrief\n\nVoortgang over 2031\n\nPolitie\n\n"
                      "Cijfermatige realisatie 2031\nDoel 800 fta\nRealisatie 600 fta\n"
                      "Realisatiepercentage 75,0%\n\nBij <b>inhuur</b> ging het om 39% van de "
                      "banen.\n", encoding="utf-8")
    with Store(tmp_path / "store.sqlite") as store:
        assert ingest_paths([letter], store=store).ok
        shown = extraction_report_html(store, "fictief-rapport")
        assert extraction_report_html(store, None) == ""
    assert "3 opgeslagen / stored (3 block)" in shown and "1 niet opgeslagen" in shown
    assert "<b>39%</b>" in shown and "&lt;b&gt;inhuur&lt;/b&gt;" in shown and "<b>inhuur" not in shown
    assert "coverage 75%" in shown

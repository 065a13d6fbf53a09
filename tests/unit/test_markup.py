"""Tags in a pasted text: found, blanked for reading, set aside as boilerplate (service.nlp.markup)."""

import pytest

from service.nlp.markup import masked, restored, tag_spans
from service.nlp.page import analyze_page
from service.records import BoilerplateKind

PASTE = ("<h1>Bridge Reopens After Repairs</h1>\n<p class=\"byline\">By Jane Doe</p>\n"
         "<p>The Harbor Bridge will reopen on Friday after two years of repairs, the <b>mayor</b> said.</p>\n"
         "<!-- ad slot -->\n<script>var slot = '<p>';</script>\n")


@pytest.mark.parametrize("text, tags", [
    ("<p>Officials said</p>", ["<p>", "</p>"]),
    ("<a href=\"/x\">link</a> and <br/>", ["<a href=\"/x\">", "</a>", "<br/>"]),
    ("<script>var a = '<p>';</script>text", ["<script>var a = '<p>';</script>"]),
    ("<!-- a <b> comment -->text", ["<!-- a <b> comment -->"]),
    ("a <= b and c > d, x<y", []),
    ("The <Reuters> tag and <3", []),
])
def test_tags_are_found(text, tags):
    assert [text[start:end] for start, end in tag_spans(text)] == tags


def test_masking_keeps_every_offset_and_line_break():
    text = "<p\nclass='x'>Hi</p>"
    read = masked(text, tag_spans(text))
    assert len(read) == len(text) and read.count("\n") == 1 and read.strip() == "Hi"


def test_the_layout_of_a_paste_with_tags_indexes_the_paste_and_sets_the_tags_aside():
    tags = tag_spans(PASTE)
    layout = restored(analyze_page(masked(PASTE, tags)), PASTE, tags)
    assert layout.metadata.title == "Bridge Reopens After Repairs"
    assert layout.headline.text == "Bridge Reopens After Repairs"
    assert [a.name for a in layout.metadata.authors] == ["Jane Doe"]
    assert [p.text for p in layout.body.paragraphs] == [
        "The Harbor Bridge will reopen on Friday after two years of repairs, the <b>mayor</b> said."]
    markup = [b.text for b in layout.boilerplate if b.kind == BoilerplateKind.MARKUP]
    assert markup == ["<h1>", "</h1>", "<p class=\"byline\">", "</p>", "<p>", "</p>", "<!-- ad slot -->",
                      "<script>var slot = '<p>';</script>"]
    for span in [layout.headline, *layout.body.paragraphs, *layout.boilerplate, *layout.byline_names]:
        assert PASTE[span.start:span.end] == span.text

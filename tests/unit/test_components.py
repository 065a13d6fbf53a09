"""The pipeline components on hand-built Docs: no model needed."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from service.nlp.components import doc_text, mark_line_breaks


def test_line_breaks_start_sentences_and_keep_the_first_word_with_its_line():
    words = ["Bridge", "Reopens", "\n\n", "Trump", "tweeted", "today", ".", "\n", "Yes", "."]
    spaces = [True, False, False, False, True, False, False, False, False, False]
    doc = mark_line_breaks(Doc(Vocab(), words=words, spaces=spaces))
    assert doc[3].is_sent_start is True and doc[8].is_sent_start is True
    assert doc[4].is_sent_start is False
    assert doc[1].is_sent_start is None and doc[5].is_sent_start is None


def test_doc_text_is_built_once():
    doc = Doc(Vocab(), words=["A", "b"], spaces=[True, False])
    assert doc_text(doc) == "A b"
    assert doc.user_data["text"] == "A b"

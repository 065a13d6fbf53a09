"""Small spaCy pipeline components the service adds to the loaded model."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so headlines and paragraphs never run together.

    The word after a line's first word never starts a sentence: left free, the parser
    sometimes cuts a one-word sentence off the start of a paragraph.
    """
    for token in doc[:-1]:
        if ("\n" in token.text and token.text.isspace()) or "\n" in token.whitespace_:
            first = doc[token.i + 1]
            first.is_sent_start = True
            if first.i + 1 < len(doc) and not first.text.isspace() and "\n" not in first.whitespace_ \
                    and not doc[first.i + 1].text.isspace():
                doc[first.i + 1].is_sent_start = False
    return doc


@Language.component("line_break_sentences")
def line_break_sentences(doc: Doc) -> Doc:
    return mark_line_breaks(doc)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document: spaCy rebuilds the string on every access."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text

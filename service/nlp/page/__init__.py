"""Page analysis: find the story in a pasted text and read its metadata, body and boilerplate."""
from service.nlp.page.analyze import analyze_main_text, analyze_page
from service.nlp.page.language import detect_language
from service.nlp.page.reader import normalise_publisher

__all__ = ["analyze_main_text", "analyze_page", "detect_language", "normalise_publisher"]

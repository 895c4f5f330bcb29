"""A strike or blast told as a move in a fight ("... in clashes with ...", "خلال الاشتباكات
مع") is one happening of that fight: both sides answered, so the fight (ACLED's Battles)
decides its type. Read on ACLED's 2014 notes (a tuning set: notes that say "bombarded ...
in clashes with" are Battles there); these sentences are the team's own, in that shape."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


def _types(resolver, text: str, lang: str = "en") -> list[tuple[str, str]]:
    found = extract(read_text(text, published=date(2014, 8, 6), language=lang), resolver)
    return [(e.event_type, e.sub_event_type) for e in found]


@pytest.mark.parametrize("text,lang", [
    ("Misrata brigades shelled the Tripoli airport road with rockets on Tuesday in clashes with Zintan brigades.", "en"),
    ("LNA warplanes carried out airstrikes on a camp in Benghazi on Tuesday in ongoing clashes with Ansar al-Sharia.", "en"),
    ("A car bomb went off near a hospital in Benghazi on Tuesday during the fighting between the army and Ansar al-Sharia.", "en"),
    ("قصفت كتائب مصراتة طريق المطار في طرابلس بالصواريخ يوم الثلاثاء خلال الاشتباكات مع كتائب الزنتان.", "ar"),
])
def test_a_strike_in_clashes_is_the_fight(resolver, text, lang):
    assert _types(resolver, text, lang) == [("Battles", "Armed clash")]


@pytest.mark.parametrize("text,lang,kind", [
    # no fight around it: the strike is its own happening
    ("LNA warplanes carried out airstrikes on a camp in Benghazi on Tuesday.", "en", "Air/drone strike"),
    # "during" a time, not a fight
    ("LNA warplanes carried out airstrikes on a camp in Benghazi during the night on Tuesday.", "en", "Air/drone strike"),
    ("قصفت كتائب مصراتة طريق المطار في طرابلس بالصواريخ يوم الثلاثاء.", "ar", "Shelling/artillery/missile attack"),
])
def test_a_strike_alone_stays_a_strike(resolver, text, lang, kind):
    assert _types(resolver, text, lang) == [("Explosions/Remote violence", kind)]


def test_a_fight_with_strikes_as_its_circumstance_stays_the_fight(resolver):
    text = "Clashes broke out between Zintan and Misrata brigades in Tripoli on Tuesday, as rockets landed near homes."
    assert _types(resolver, text) == [("Battles", "Armed clash")]

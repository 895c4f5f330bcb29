"""Reports set elsewhere that never name Libya: Lebanon's Tripoli, a country the table of
places abroad did not hold (Denmark, the Faroes, Haiti: the world's other countries now come
from ``geo/world.py``), "news spread" (أنباء سرت، وسرت شائعات), "the crown" (للتاج), an angle (الزاوية
اللغوية، هذه الزاوية) and the lote tree (شجرة السدر) that are no Sirte, al-Taj, Zawiya or Es
Sider, and a Libyan town named once amid Iraq's places (Anbar, Haditha, now in
``geo/foreign.py``). Read on the SaudiNewsNet articles that never name Libya; the sentences
are the team's own, in their shape. A Libyan report keeps its places."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text
from geo.foreign import foreign_places
from geo.world import _ROWS as WORLD_ROWS, world_places


def _events(text: str, resolver, title: str = ""):
    return extract(read_text(text, title=title, published=date(2015, 7, 27)), resolver)


def _in_libya(text: str, resolver, title: str = "") -> list:
    return [e for e in _events(text, resolver, title) if e.in_libya]


@pytest.mark.parametrize("text, title", [
    ("وقال نائب طرابلس في تصريح له أمس إن مسلحين هاجموا مكتبه وأطلقوا النار عليه.", "لبنان: جلسة حكومية اليوم"),
    ("وفي لبنان قالت مصادر إن عشرات من أبناء طرابلس قتلوا في اشتباكات مع الجيش أمس.", ""),
    ("أكد وزير الثقافة اللبناني أن مسلحين هاجموا متحفا في طرابلس أمس وسرقوا محتوياته.", ""),
])
def test_tripoli_in_a_report_of_lebanon_is_lebanons(text, title, resolver):
    assert _in_libya(text, resolver, title) == []


def test_tripoli_stays_libyas_where_the_report_names_libya(resolver):
    text = ("قال وزير الخارجية اللبناني إن مسلحين خطفوا دبلوماسيا لبنانيا في طرابلس أمس، "
            "وطالب السلطات الليبية بالإفراج عنه.")
    assert {e.place_id for e in _in_libya(text, resolver)} == {"tripoli"}


def test_news_that_spread_is_no_sirte(resolver):
    text = ("وسيطر الثوار على عدن أمس. وكانت أنباء سرت أن الثوار سيتوجهون نحو لحج، "
            "وقتل 16 من المسلحين الحوثيين في هجوم على تجمع لهم وسط العاصمة.")
    assert _in_libya(text, resolver) == []
    assert _in_libya("وسرت شائعات عن مقتل 3 مسلحين في اشتباكات بالعاصمة اليمنية.", resolver) == []


def test_sirte_after_a_preposition_is_still_sirte(resolver):
    assert {e.place_id for e in _in_libya("قتل 3 مسلحين في اشتباكات في سرت أمس.", resolver)} == {"sirte"}


def test_a_report_of_a_country_the_old_table_lacked_is_set_there(resolver):
    text = ("انتقادات للدنمارك لتقاعسها عن وقف صيد الحيتان في جزر الفارو التابعة للتاج الدنماركي. "
            "واعتقلت السلطات سبعة محتجين في العاصمة أمس بتهمة التدخل في الصيد.")
    assert _in_libya(text, resolver) == []
    assert _in_libya("فرقت الشرطة محتجين في العاصمة بورت أو برنس في هايتي أمس واعتقلت عشرة منهم.", resolver) == []


def test_al_taj_needs_its_cue(resolver):
    found = resolver.find_places("اشتباكات في منطقة التاج قرب الكفرة")
    assert [m.resolution.place.id for m in found] == ["al-taj", "kufra"]
    assert [m.resolution.place.id for m in resolver.find_places("وتتبع الجزر للتاج الدنماركي")] == []


def test_the_world_rows_are_countries_abroad_with_a_point_inside():
    rows = {p.country: p for p in world_places()}
    assert len(rows) == len({p.id for p in rows.values()}) > 90
    assert all(p.kind == "country" and p.country != "LY" for p in rows.values())
    dk, ht, co = rows["DK"], rows["HT"], rows["CO"]  # Bogotá: GeoNames writes it without the accent
    assert 54 < dk.lat < 58 and 8 < dk.lon < 13
    assert 18 < ht.lat < 20 and -74.5 < ht.lon < -71.5
    assert 0 < co.lat < 8 and -78 < co.lon < -70
    # names that are everyday words stay out: "بنين" (sons), "بوتان" (butane)
    assert not {"BJ", "BT"} & set(rows)


def test_a_country_the_hand_table_has_is_not_made_twice():
    assert "DK" in {p.country for p in world_places()}
    assert "DK" not in {p.country for p in world_places(frozenset({"DK"}))}
    # and the hand table's own countries (geo/foreign.py) are none of the world's rows
    hand = {p.country for p in foreign_places() if p.kind == "country"}
    assert not hand & {cc for cc, *_rest in WORLD_ROWS}


@pytest.mark.parametrize("text", [
    "وتطرق الشاعر إلى العنف من الزاوية اللغوية والثقافية، وقال إن استهداف الأطفال جريمة.",
    "وإن الشاعر يكتب في الزاوية المائلة من وجوده، وعدم استقامة هذه الزاوية تفكير شعري.",
    "رأت زوجتي شجرة السدر بجانب البيت تحترق بعد قصف.",
])
def test_an_angle_and_a_tree_are_no_zawiya_and_no_es_sider(text, resolver):
    assert [m.resolution.place.id for m in resolver.find_places(text)
            if m.resolution.place.id in ("zawiya", "es-sider")] == []


@pytest.mark.parametrize("text, place", [
    ("اشتباكات في مدينة الزاوية الليبية أمس", "zawiya"),
    ("قصف على الزاوية الغربية", "zawiya"),
    ("إغلاق ميناء السدر النفطي بسبب الاشتباكات", "es-sider"),
])
def test_zawiya_and_es_sider_themselves_stay(text, place, resolver):
    assert place in {m.resolution.place.id for m in resolver.find_places(text)}


def test_rumours_that_spread_after_and_are_no_sirte(resolver):
    assert [m for m in resolver.find_places("وسرت شائعات عن مقتله") if m.resolution.place.id == "sirte"] == []


def test_a_libyan_town_named_once_amid_iraqs_places_is_iraqs(resolver):
    text = ("أعلنت قيادة العمليات تنفيذ المرحلة الثانية لتحرير الرمادي والفلوجة في محافظة الأنبار، وقال المستشار إن القوات "
            "طهرت مناطق منها الفحيمي والزاوية ثم الصكرة باتجاه قضاء حديثة، مؤكدا مقتل 52 عنصرا من داعش.")
    assert _in_libya(text, resolver) == []
    # "حديثة" alone is the adjective "recent"
    assert [m for m in resolver.find_places("وصلت أسلحة حديثة إلى الجيش") if m.resolution.place] == []


def test_a_libyan_town_named_twice_beside_places_abroad_stays(resolver):
    text = ("قتل 5 أشخاص في اشتباكات في الزاوية أمس، وقال مسؤول في الزاوية إن الوضع هادئ، "
            "فيما دعت القاهرة وتونس والجزائر إلى التهدئة.")
    assert "zawiya" in {e.place_id for e in _in_libya(text, resolver)}

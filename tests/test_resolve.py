"""The resolver on the real gazetteer, offline: the seed's places, spellings, clitics,
homonyms, precision, mentions in running text, and bad input."""
from __future__ import annotations

import json
import os

import pytest

from conftest import ROOT, SEED, SHARED_DATA, shared_file

import geo
from geo import Context, PlaceMention, Resolution, Resolver, load_gazetteer
from geo.errors import BadPlaceName, GazetteerError, GeoError
from geo.gazetteer import GEONAMES_SOURCE, haversine_km

SMALL_CSV = ROOT / "tests" / "fixtures" / "geo" / "places_small.csv"
TRIPOLI = Context(nearby=("tripoli",))

# The seed's places: gazetteer id, Latin spellings, and where they are (approximate town
# centres, public knowledge) when that is not left to the OSM reference check below.
SEED_PLACES = {
    "طرابلس": ("tripoli", ("Tripoli",), (32.887, 13.191)),
    "مرزق": ("murzuq", ("Murzuq", "Murzuk"), (25.916, 13.918)),
    "عين زارة": ("ain-zara", ("Ain Zara", "Ayn Zarah"), None),
    "السدادة": ("sdada", ("Sdada",), None),
    "مصراتة": ("misrata", ("Misrata", "Misurata", "Misratah"), (32.375, 15.092)),
    "صلاح الدين": ("salah-al-din", ("Salah al-Din",), None),
    "الخلة": ("khallat-al-furjan", ("Khallat al-Furjan",), None),
}


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(offline=True)


@pytest.fixture(scope="module")
def small() -> Resolver:
    return Resolver(gazetteer=load_gazetteer(SMALL_CSV, packages=False, use_cache=False), offline=True)


def osm_nodes_named(name_ar: str) -> list[tuple[float, float]]:
    path = SHARED_DATA / "osm_libya_places.json"
    if not path.exists():
        return []
    nodes = json.loads(path.read_text(encoding="utf-8"))["elements"]
    want = geo.normalise_ar(name_ar)
    return [(n["lat"], n["lon"]) for n in nodes
            if want in (geo.normalise_ar(n["tags"].get("name", "")),
                        geo.normalise_ar(n["tags"].get("name:ar", "")))]


# --- the seed's places -----------------------------------------------------------------

@pytest.mark.parametrize("name_ar", list(SEED_PLACES))
def test_seed_place_resolves_offline(resolver, name_ar):
    pid, latin, where = SEED_PLACES[name_ar]
    for name in (name_ar, *latin):
        res = resolver.resolve(name, TRIPOLI)
        assert res.resolved, f"{name}: {res.note}"
        assert res.place.id == pid, f"{name} -> {res.place.id}"
        assert res.method == "gazetteer" and res.confidence >= 0.8
        if where:
            km = haversine_km(res.place.lat, res.place.lon, *where)
            assert km <= 5, f"{name} is {km:.1f} km from where it is"


@pytest.mark.parametrize("name_ar", ["طرابلس", "مرزق", "عين زارة", "السدادة", "مصراتة", "صلاح الدين"])
def test_seed_place_within_5_km_of_openstreetmap(resolver, name_ar):
    shared_file("osm_libya_places.json")
    nodes = osm_nodes_named(name_ar)
    if not nodes:
        pytest.skip(f"the OSM reference has no node named {name_ar}")
    res = resolver.resolve(name_ar, TRIPOLI)
    km = min(haversine_km(res.place.lat, res.place.lon, lat, lon) for lat, lon in nodes)
    print(f"{name_ar}: {km:.2f} km from OSM")
    assert km <= 5, f"{name_ar} resolves {km:.1f} km from the OSM node of that name"


def test_salah_al_din_in_a_tripoli_report(resolver):
    for ctx in (TRIPOLI, Context(parent="tripoli"), Context(parent="Tripoli"), None):
        assert resolver.resolve("صلاح الدين", ctx).place.id == "salah-al-din"
    res = resolver.resolve("Salah al-Din, Tripoli")
    assert res.place.id == "salah-al-din"
    assert res.place.parent == "tripoli"


def test_nearby_places_choose_between_homonyms(small):
    # the fixture has a second صلاح الدين far east; the report's other places decide
    assert small.resolve("صلاح الدين", Context(nearby=("tripoli",))).place.id == "salah-al-din"
    assert small.resolve("صلاح الدين", Context(nearby=("benghazi",))).place.id == "salah-al-din-east"
    assert small.resolve("صلاح الدين", Context(parent="Benghazi")).place.id == "salah-al-din-east"
    ambiguous = small.resolve("صلاح الدين")
    assert len(ambiguous.candidates) == 2 and ambiguous.confidence < 0.9


# --- spellings -------------------------------------------------------------------------

@pytest.mark.parametrize("names", [
    ("Tajoura", "Tajura", "تاجوراء"),
    ("Zawiya", "Az Zawiyah", "الزاوية"),
    ("Sabha", "Sebha", "سبها"),
    ("Ajdabiya", "Agedabia", "إجدابيا", "اجدابيا", "اجدابية"),
    ("Misrata", "Misurata", "Misratah", "مصراتة", "مصراته", "مصراتا"),
    ("Ain Zara", "Ayn Zarah", "Aïn Zara", "عين زارة", "عين زاره"),
    ("Benghazi", "Banghazi", "بنغازي", "بنغازى"),
])
def test_transliteration_variants_meet(resolver, names):
    ids = {resolver.resolve(n).place.id for n in names}
    assert len(ids) == 1, {n: resolver.resolve(n).place.id for n in names}


@pytest.mark.parametrize("name, pid", [
    ("بطرابلس", "tripoli"), ("وعين زارة", "ain-zara"), ("للزاوية", "zawiya"),
    ("ببنغازي", "benghazi"), ("وبمصراتة", "misrata"), ("والخلة", "khallat-al-furjan"),
])
def test_attached_clitics(resolver, name, pid):
    res = resolver.resolve(name, TRIPOLI)
    assert res.place is not None and res.place.id == pid


@pytest.mark.parametrize("name, pid", [
    ("بنغازي", "benghazi"), ("ليبيا", "libya"), ("الخمس", "khoms"), ("لبدة", "leptis-magna"),
    ("بني وليد", "bani-walid"),
])
def test_names_starting_with_clitic_letters_stay_whole(resolver, name, pid):
    if pid not in resolver.gazetteer.places:
        pytest.skip(f"{pid} is not in the gazetteer yet")
    assert resolver.resolve(name).place.id == pid


@pytest.mark.parametrize("name, pid", [
    ("الشرارة", "sharara"), ("Sharara", "sharara"), ("Benina airport", "benina-airport"), ("Binina International Airport", "benina-airport"), ("Binina", "benina"),
    ("Port of Sirte", "sirte-port"),
])
def test_generic_words_around_a_name(resolver, name, pid):
    if pid not in resolver.gazetteer.places:
        pytest.skip(f"{pid} is not in the gazetteer yet")
    assert resolver.resolve(name).place.id == pid


def test_a_known_name_is_not_read_as_its_airport(resolver):
    assert resolver.resolve("طرابلس").place.kind == "city"
    assert resolver.resolve("Benina").place.id != "benina-airport" or \
        "benina" not in resolver.gazetteer.places


@pytest.mark.parametrize("typo, pid", [
    ("Misratta", "misrata"), ("Benghazy", "benghazi"), ("Zlitan", "zliten"), ("Gharian", "gharyan"),
])
def test_fuzzy_spellings(resolver, typo, pid):
    if pid not in resolver.gazetteer.places:
        pytest.skip(f"{pid} is not in the gazetteer yet")
    res = resolver.resolve(typo)
    assert res.resolved and res.place.id == pid
    assert res.method in ("gazetteer", "fuzzy")


def test_fuzzy_does_not_confuse_different_places(resolver):
    assert resolver.resolve("Zintan").place.id != resolver.resolve("Zliten").place.id
    res = resolver.resolve("Qqqxyzzy")
    assert not res.resolved


# --- homonyms and precision ------------------------------------------------------------

def test_tripoli_is_libyan_unless_told_otherwise(resolver):
    assert resolver.resolve("Tripoli").place.country == "LY"
    assert resolver.resolve("طرابلس").place.id == "tripoli"
    lebanon = resolver.resolve("Tripoli, Lebanon")
    assert lebanon.place.country == "LB"
    assert haversine_km(lebanon.place.lat, lebanon.place.lon, 34.44, 35.85) < 10
    assert resolver.resolve("Tripoli", Context(country="LB")).place.country == "LB"


def test_town_before_district_of_the_same_name(resolver):
    for name, pid in (("مرزق", "murzuq"), ("Sabha", "sabha"), ("Misrata", "misrata")):
        assert resolver.resolve(name).place.id == pid


def test_precision(resolver):
    assert resolver.resolve("Tripoli").precision == 1
    assert resolver.resolve("ليبيا").precision == 3
    assert resolver.resolve("شعبية مصراتة").precision == 3
    assert resolver.resolve("south of Sirte").precision == 2
    rel = resolver.resolve("جنوب غربي مصراتة")
    assert rel.place.id == "misrata" and rel.precision == 2 and "southwest of" in rel.note
    assert resolver.resolve("30 km east of Sabha").precision == 2
    # names that begin like a relation are names
    west = resolver.resolve("غرب ليبيا")
    assert west.place.kind == "region" and west.note == ""


def test_resolution_to_dict_fits_the_cli_contract(resolver):
    d = resolver.resolve("Misrata").to_dict()
    assert list(d) == ["query", "name_en", "name_ar", "latitude", "longitude", "kind", "admin1",
                       "precision", "method", "confidence"]
    assert d["query"] == "Misrata" and d["admin1"] == "Misrata" and d["method"] == "gazetteer"
    assert 0 < d["confidence"] <= 1
    empty = resolver.resolve("و").to_dict()
    assert empty["query"] == "و" and all(v is None for k, v in empty.items() if k != "query")


def test_repeated_names_are_answered_from_memory(resolver):
    assert resolver.resolve("Zawiya") is resolver.resolve("Zawiya")
    # a context built with a list is unhashable: still answered, just not memoised
    loose_ctx = Context(nearby=["tripoli"])  # type: ignore[arg-type]
    assert resolver.resolve("صلاح الدين", loose_ctx).place.id == "salah-al-din"


def test_module_level_resolve(monkeypatch):
    res = geo.resolve("مصراتة", offline=True)
    assert res.place.id == "misrata"
    assert isinstance(geo.default_resolver(), Resolver)


# --- bad input -------------------------------------------------------------------------

@pytest.mark.parametrize("bad", ["", "   \n\t", "x" * 10_240, b"Tripoli", None, 42, ["Tripoli"]])
def test_bad_names_get_a_one_line_error(resolver, bad):
    with pytest.raises(BadPlaceName) as err:
        resolver.resolve(bad)
    assert "\n" not in str(err.value) and len(str(err.value)) < 200


@pytest.mark.parametrize("junk", ["و", "ال", "ف", "بال", "\x00\x07\x1b", "!!!", "123", "\ufffd\ufffd",
                                  os.urandom(200).decode("latin-1")[:250], "🙂🙂"])
def test_junk_text_is_a_clean_not_found(resolver, junk):
    res = resolver.resolve(junk)
    assert isinstance(res, Resolution)
    if junk in ("و", "ال", "ف", "بال", "!!!", "123"):
        assert not res.resolved and res.note


# --- mentions in running text ----------------------------------------------------------

def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def test_find_places_on_the_seed(resolver):
    text = seed_text()
    mentions = resolver.find_places(text)
    assert all(isinstance(m, PlaceMention) for m in mentions)
    for m in mentions:
        assert text[m.start:m.end] == m.text
    found = {m.resolution.place.id for m in mentions}
    assert {pid for pid, _, _ in SEED_PLACES.values()} <= found
    assert "libya" in found
    by_text = {m.text: m for m in mentions}
    assert by_text["صلاح الدين"].resolution.place.id == "salah-al-din"
    assert by_text["الخلة"].resolution.place.id == "khallat-al-furjan"
    misrata = [m for m in mentions if m.resolution.place.id == "misrata"]
    assert misrata and misrata[0].relation == "southwest of"
    assert misrata[0].resolution.precision == 2
    sdada = [m for m in mentions if m.resolution.place.id == "sdada"][0]
    assert sdada.relation is None and sdada.resolution.precision == 1
    # فايز السراج is a prime minister, not the Tripoli neighbourhood of that name
    assert not any(m.text == "السراج" for m in mentions)


def test_find_places_clitics_and_spans(resolver):
    text = "وقصفت الطائرات مواقع بطرابلس وعين زارة، ثم انتقلت المعارك للزاوية وببنغازي."
    mentions = resolver.find_places(text)
    texts = [m.text for m in mentions]
    assert texts == ["طرابلس", "عين زارة", "للزاوية", "بنغازي"]
    for m in mentions:
        assert text[m.start:m.end] == m.text


def test_find_places_english(resolver):
    text = ("Clashes erupted in Ain Zara and Salah al-Din, south of Tripoli, while an "
            "airstrike hit a convoy 30 km southwest of Misrata near Sdada. Fayez al-Serraj "
            "spoke in the Libyan capital.")
    mentions = {m.text: m for m in resolver.find_places(text)}
    assert mentions["Ain Zara"].resolution.place.id == "ain-zara"
    assert mentions["Salah al-Din"].resolution.place.id == "salah-al-din"
    assert mentions["Tripoli"].relation == "south of"
    assert mentions["Misrata"].relation == "30 km southwest of"
    assert mentions["Sdada"].relation == "near" and mentions["Sdada"].resolution.precision == 2
    assert "al-Serraj" not in mentions and "Serraj" not in mentions


def test_find_places_relations_english(resolver):
    cases = {
        "Shelling hit southern Tripoli": "southern part of",
        "a checkpoint 15 km outside Sirte": "15 km from",
        "clashes on the outskirts of Benghazi": "outskirts of",
        "an airstrike north-east of Sabha": "northeast of",
    }
    for text, rel in cases.items():
        mentions = resolver.find_places(text)
        assert mentions and mentions[-1].relation == rel, (text, mentions)
        assert mentions[-1].resolution.precision == 2
    assert resolver.find_places("a delegation from Tripoli")[0].relation is None


def test_find_places_relations_arabic(resolver):
    cases = {
        "سقطت قذائف جنوب طرابلس": "south of",
        "اشتباكات بالقرب من الزاوية": "near",
        "قصف على بعد 20 كم شرق سرت": "20 km east of",
        "معارك في ضواحي بنغازي": "outskirts of",
        "غارة شمال غرب سبها": "northwest of",
    }
    for text, rel in cases.items():
        mentions = resolver.find_places(text)
        assert mentions and mentions[-1].relation == rel, (text, mentions)
        assert mentions[-1].resolution.precision == 2


def test_find_places_ignores_common_words(resolver):
    text = "هناك حاجة ماسة إلى الحل الجديد والجميل، وقد درج الناس على ذلك في المدينة."
    assert resolver.find_places(text) == []
    # a league, not the village of Arrabita
    text = "ويتألف ائتلاف يمين الوسط من حزب فورزا إيطاليا والرابطة المناهضة لأوروبا وإخوة إيطاليا."
    assert [m.text for m in resolver.find_places(text)] == ["إيطاليا", "إيطاليا"]


def test_find_places_bad_input(resolver):
    assert resolver.find_places("") == []
    assert resolver.find_places("\x00\x01 \ufffd") == []
    with pytest.raises(GeoError):
        resolver.find_places(b"bytes")


def test_find_places_on_real_arabic_news():
    path = shared_file("ant_libya_arabic_news.jsonl")
    r = Resolver(offline=True)
    total = 0
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        text = json.loads(line)["text"]
        for m in r.find_places(text):
            assert text[m.start:m.end] == m.text
            assert m.resolution.place is not None
            total += 1
    print(f"{total} place mentions in the ANT articles")
    assert total > 500


# --- the gazetteer index ---------------------------------------------------------------

def test_gazetteer_merges_packages_under_curated_rows(resolver):
    gaz = resolver.gazetteer
    assert len(gaz.places) > 1000 and "tripoli" in gaz.curated
    # GeoNames' Misrata is folded into the curated row, its spellings kept as keys
    assert [p.id for p in gaz.lookup("Misrata") if p.kind == "city"] == ["misrata"]
    assert any(p.source == GEONAMES_SOURCE for p in gaz.places.values())
    assert any("GeoNames" in a and "CC BY" in a for a in gaz.attribution)
    assert gaz.get("tripoli").name_ar == "طرابلس" and gaz.get("nope") is None
    assert gaz.lookup(b"x") == [] and gaz.lookup("") == []


def test_gazetteer_cache_roundtrip(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(tmp_path))
    cold = load_gazetteer()
    assert list(tmp_path.glob("gazetteer-*.pickle"))
    warm = load_gazetteer()
    assert warm.places == cold.places and warm.exact == cold.exact
    (next(tmp_path.glob("gazetteer-*.pickle"))).write_bytes(b"broken")
    assert load_gazetteer().places == cold.places  # a broken cache is rebuilt


def test_gazetteer_errors_name_the_line(tmp_path):
    bad = tmp_path / "places.csv"
    bad.write_text(SMALL_CSV.read_text(encoding="utf-8") + "x,X,س,,,city,north,13,,,,t,\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"line 11"):
        load_gazetteer(bad, packages=False, use_cache=False)
    with pytest.raises(GazetteerError):
        load_gazetteer(tmp_path / "missing.csv")
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    with pytest.raises(GazetteerError):
        load_gazetteer(tmp_path / "empty.csv", use_cache=False)


def test_preposition_ala_before_a_place_is_not_the_name_ali():
    # "على" folds to "علي" (a given name); the preposition must not hide the place after it.
    resolver = geo.Resolver(offline=True)
    found = [m.resolution.place.id for m in resolver.find_places("غارة جوية على سرت أمس")]
    assert found == ["sirte"]


# --- running text on real reports: regressions of the review of Arabic news ---------------

def _found(resolver: Resolver, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.resolution.place.id) for m in resolver.find_places(text)]


def test_places_abroad_are_found_and_keep_their_country(resolver):
    abroad = Resolver(gazetteer=resolver.gazetteer, offline=True, find_abroad=True)
    text = "وعاد السودانيون إلى الخرطوم بينما عقدت محادثات في جنيف والقاهرة وتونس، ثم في طرابلس."
    found = {m.text: m.resolution.place for m in abroad.find_places(text)}
    assert found["الخرطوم"].country == "SD" and found["جنيف"].country == "CH"
    assert found["والقاهرة"[1:]].country == "EG" and found["تونس"].country == "TN"
    assert found["طرابلس"].country == "LY"
    # by default too; find_abroad=False leaves them out
    assert len(_found(resolver, text)) == 5
    libya_only = Resolver(gazetteer=resolver.gazetteer, offline=True, find_abroad=False)
    assert [t for t, _ in _found(libya_only, text)] == ["طرابلس"]
    en = {m.text: m.resolution.place.country for m in abroad.find_places(
        "Talks in Geneva and Skhirat; Egypt, the UAE and Turkey backed rival sides.")}
    assert en == {"Geneva": "CH", "Skhirat": "MA", "Egypt": "EG", "UAE": "AE", "Turkey": "TR"}


@pytest.mark.parametrize("name, country", [
    ("القاهرة", "EG"), ("الإمارات", "AE"), ("Tunis", "TN"), ("الرياض", "SA"), ("Lampedusa", "IT"),
    ("الولايات المتحدة", "US"), ("تونس", "TN"), ("طرابلس", "LY"), ("سوسة", "LY"),
])
def test_places_abroad_resolve_to_themselves(resolver, name, country):
    assert resolver.resolve(name).place.country == country


def test_ambiguous_names_abroad_stay_out_of_text():
    # مالي is also "financial", "Jordan" a given name
    abroad = Resolver(offline=True, find_abroad=True)
    assert _found(abroad, "دعم مالي كبير من Jordan Smith") == []


def test_clitic_on_a_two_letter_first_word(resolver):
    assert _found(resolver, "معارك ببن جواد وبأم الأرانب") == [
        ("بن جواد", "bin-jawad"), ("أم الأرانب", "umm-al-aranib")]


def test_final_ta_marbuta_and_alef_are_one_ending_in_text(resolver):
    assert _found(resolver, "عرض عسكري بمنطقة بنينة شرقي بنغازي")[0] == ("بنينة", "benina")
    # but a verb's plural ending or the adjective "Libyan" is no place
    assert _found(resolver, "فروا من مصادر ليبية") == []


def test_surname_like_names_after_a_preposition(resolver):
    assert _found(resolver, "اشتباكات في الهواري وقصف بالصابري") == [
        ("الهواري", "hawari"), ("الصابري", "sabri")]
    assert _found(resolver, "قال سالم الهواري") == []
    assert _found(resolver, "الاتجار في البشر") == []  # human trafficking


@pytest.mark.parametrize("text, pid", [
    ("أعاد الجيش موانئ النفط في رأس لانوف والسدر", "es-sider"),
    ("سيطرت قوات الجيش على منطقتي الظهر الحمر والحيلة", "dhahr-al-ahmar-derna"),
    ("اشتباكات عنيفة في حي شيحا الشرقي", "shiha-derna"),
    ("أحد سكان جرابولي", "garabulli"),
    ("غارة على قرية الشميخ", "shumaikh"),
])
def test_spellings_of_the_libyan_press(resolver, text, pid):
    assert pid in [p for _, p in _found(resolver, text)]


def test_a_possessive_that_lost_its_apostrophe(resolver):
    # wire copy and ACLED's notes drop the apostrophe: "Benghazis port", "Darnahs Fanar Street"
    assert [p for _, p in _found(resolver, "A soldier working in Benghazis port was shot.")][:1] in (
        ["benghazi"], ["benghazi-port"])
    assert [p for _, p in _found(resolver, "a shop in central Darnahs Fanar Street")] == ["derna"]
    # a plural that is no name stays none
    assert _found(resolver, "The Americas and the Tuaregs condemned it.") == []
    # the facility the possessive owns is the facility; its road is the road
    assert [p for _, p in _found(resolver, "fighting around Tripolis international airport")] == [
        "tripoli-international-airport"]
    assert [p for _, p in _found(resolver, "kidnapped at Benghazis Benina airport")] == ["benina-airport"]
    for text in ("a checkpoint on Tripolis Airport Road", "a checkpoint on Tripoli's Airport Road"):
        assert [p for _, p in _found(resolver, text)][-1:] == ["airport-road-tripoli"]


def test_english_article_inside_a_name_possessive_and_folded_spellings(resolver):
    assert _found(resolver, "Fighting near Marsa el Brega.") == [("Marsa el Brega", "brega")]
    assert _found(resolver, "Surt's conference centre") [0] == ("Surt", "sirte")
    assert _found(resolver, "jets struck Nawfaliya") == [("Nawfaliya", "nofaliya")]
    assert _found(resolver, "the Sharara and El Feel fields")[-1] == ("El Feel", "el-feel")
    assert _found(resolver, "I feel that the sharara is calm") == []


def test_newspapers_channels_and_coalitions_named_after_places_are_not_places(resolver):
    assert _found(resolver, 'أوردت قناة "ليبيا" الخبر ونقله موقع ليبيا المستقبل') == []
    assert _found(resolver, "قوات فجر ليبيا ودرع ليبيا") == []
    assert _found(resolver, "the Libya Herald and the Libya Observer said; Radio Tripoli") == []
    # a number after a place is no channel name
    assert _found(resolver, "غارة على طرابلس 24 قتيلا") == [("طرابلس", "tripoli")]


def test_english_names_of_people_and_lower_case_words_are_not_places(resolver):
    abroad = Resolver(gazetteer=resolver.gazetteer, offline=True, find_abroad=True)
    assert _found(abroad, "Sarraj said the Rada force and Serraj's allies met; the port said no.") == []
    assert _found(abroad, "Ships reached Port Said.") == [("Port Said", "foreign-port-said")]


def test_maghrebi_g_letter(resolver):
    abroad = Resolver(gazetteer=resolver.gazetteer, offline=True, find_abroad=True)
    assert _found(abroad, "مدينة بن ڤردان التونسية") == [("بن ڤردان", "foreign-ben-guerdane")]


def test_old_town_of_derna_and_abu_sitta_base(resolver):
    assert ("البلاد", "derna-old-city") in _found(resolver, "السيطرة على منطقة البلاد وسط درنة")
    assert _found(resolver, "شرق البلاد") == []
    # the gazetteer's two rows of the Abu Sitta naval base (a port and a camp, 1 km apart)
    assert _found(resolver, "اجتماع في قاعدة أبوستة البحرية") in (
        [("قاعدة أبوستة البحرية", "abu-sitta-base")], [("قاعدة أبوستة البحرية", "abu-sitta-naval-base")])


def test_a_foreign_capital_is_not_tripoli(resolver):
    text = "وصل الوفد إلى العاصمة التونسية ثم إلى العاصمة الليبية"
    libya_only = Resolver(gazetteer=resolver.gazetteer, offline=True, find_abroad=False)
    assert _found(libya_only, text) == [("العاصمة الليبية", "tripoli")]
    assert _found(resolver, text) == [("العاصمة التونسية", "foreign-tunis"),
                                      ("العاصمة الليبية", "tripoli")]
    assert _found(resolver, "clashes in the Libyan capital") == [("Libyan capital", "tripoli")]


def test_press_spellings_added_to_the_text_index(resolver):
    # أبو written onto its noun, ئ written ي
    assert _found(resolver, "اشتباكات في أبوسليم وقرب أبوقرين") == [
        ("أبوسليم", "abu-salim"), ("أبوقرين", "abu-grein")]
    assert _found(resolver, "تقدم نحو منطقة سيدي السايح") == [("سيدي السايح", "sidi-al-sayeh")]
    # a town named like a word needs its cue
    assert _found(resolver, "زلة لسان") == [] and _found(resolver, "بلدة زلة") == [("زلة", "zillah")]


@pytest.mark.parametrize("name, pid", [
    ("Salah al-Deen", "salah-al-din"), ("Ras Ajdeer", "ras-ajdir"), ("Esbiaa", "sbeaa"),
    ("Tamanhent", "tamanhint-village"), ("Shwerif", "shwayrif"), ("Khalat Farjan", "khallat-al-furjan"),
])
def test_english_spellings_in_running_text(resolver, name, pid):
    assert _found(resolver, f"Fighting was reported in {name} on Monday.") == [(name, pid)]


def test_capitalised_english_words_are_not_folded_into_places(resolver):
    text = ("The Prime Minister of the Government of National Accord, the Presidential Council "
            "and the House of Representatives met the UN Support Mission on Tuesday.")
    assert _found(resolver, text) == []


def test_tripoli_of_lebanon_when_the_text_says_so(resolver):
    assert _found(resolver, "اشتباكات في طرابلس اللبنانية") == [("طرابلس اللبنانية", "foreign-tripoli-lb")]
    assert resolver.resolve("طرابلس").place.id == "tripoli"
    m = resolver.find_places("غارة على تونس")[0].to_dict()
    assert m["country"] == "TN" and m["place_id"] == "country-tn"


def test_a_misspelt_name_does_not_land_on_a_neighbours_town(resolver):
    # the neighbours' GeoNames towns answer their exact names only: تمسان is not Tlemcen
    # (تلمسان) misspelt but a village of Wadi al Shatii that OSM and OCHA both name
    place = resolver.resolve("تمسان").place
    assert place is not None and (place.country, place.admin1) == ("LY", "Wadi al Shatii")
    assert resolver.resolve("Benghazy").place.id == "benghazi"
    assert resolver.resolve("Kairo").place.id == "foreign-cairo"


@pytest.mark.parametrize("text, mention", [
    ("Militias fired rockets at Tripoli's seaport on Tuesday.", "Tripoli's seaport"),
    ("Clashes broke out at Tripoli airport", "Tripoli airport"),
    ("fighting in as-Sidra", "as-Sidra"),
    ("forces entered Az Zawiyah", "Az Zawiyah"),
])
def test_english_at_as_before_a_place_is_not_an_article(text, mention):
    resolver = Resolver(offline=True)
    assert [m.text for m in resolver.find_places(text)] == [mention]


# --- round 2: places met in reports from every part of the country ---------------------

def _found(resolver: Resolver, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.resolution.place.id) for m in resolver.find_places(text)]


@pytest.mark.parametrize("text, expected", [
    ("قالت وزارة الداخلية التونسية إن الوحدات الأمنية أحبطت هجوما في مدينة سوسة الساحلية.",
     [("سوسة", "foreign-sousse")]),
    ("أعلنت السلطات التونسية توقيف مهاجرين في سوسة قادمين من ليبيا.",
     [("سوسة", "foreign-sousse"), ("ليبيا", "libya")]),
    ("Tunisian police arrested 12 migrants in Sousse who had crossed from Libya.",
     [("Sousse", "foreign-sousse"), ("Libya", "libya")]),
    ("وقعت اشتباكات في سوسة وشحات والبيضاء شرق ليبيا.",
     [("سوسة", "susa"), ("شحات", "shahhat"), ("البيضاء", "bayda"), ("شرق ليبيا", "cyrenaica")]),
    ("زار وفد لبناني طرابلس.", [("طرابلس", "tripoli")]),
    ("التقى وزير خارجية لبنان بنظيره الليبي في طرابلس.",
     [("لبنان", "country-lb"), ("الليبي", "libya"), ("طرابلس", "tripoli")]),
])
def test_a_report_about_a_neighbour_names_the_neighbours_town(resolver, text, expected):
    assert _found(resolver, text) == expected


def test_a_lone_name_known_in_two_countries_is_libyas(resolver):
    assert resolver.resolve("سوسة").place.id == "susa"


def test_a_facility_named_after_its_town_is_the_facility(resolver):
    text = ("Rockets hit Tripoli's international airport and Tripoli's seaport, while "
            "Misrata's port and Benghazi's Benina airport were also targeted; LNA forces "
            "took Brak al-Shati airbase.")
    assert _found(resolver, text) == [
        ("Tripoli's international airport", "tripoli-international-airport"),
        ("Tripoli's seaport", "tripoli-port"),
        ("Misrata's port", "misrata-port"),
        ("Benghazi's Benina airport", "benina-airport"),
        ("Brak al-Shati airbase", "brak-air-base"),
    ]
    assert _found(resolver, "Haftar's forces seized Tripoli's former international airport.") \
        == [("Tripoli's former international airport", "tripoli-international-airport")]
    # a town's word that is no facility of the table leaves the town alone
    assert _found(resolver, "Tripoli's southern outskirts") == [("Tripoli", "tripoli")]
    assert _found(resolver, "Tripoli's old city was calm.") == [("Tripoli", "tripoli")]


@pytest.mark.parametrize("name, pid", [
    ("Tripoli's international airport", "tripoli-international-airport"),
    ("Misrata's port", "misrata-port"),
    ("Benghazi's Benina airport", "benina-airport"),
    ("Zawiya's al-Harsha", "harsha"),
    ("Sabha's al-Manshiya", "manshiya-sabha"),
    ("Sirte's District 1", "sirte-district-1"),
])
def test_geocode_a_possessive_name(resolver, name, pid):
    res = resolver.resolve(name)
    assert res.place.id == pid and res.method == "gazetteer"


def test_oil_fields_named_in_a_list_without_their_head_word(resolver):
    assert _found(resolver, "Production at the Waha, Amal and Hamada fields was halted.") == [
        ("Waha", "waha"), ("Amal", "amal"), ("Hamada", "hamada-field")]
    assert _found(resolver, "استؤنف الإنتاج في حقول الواحة والآمال والحمادة.") == [
        ("الواحة", "waha"), ("الآمال", "amal"), ("الحمادة", "hamada-field")]
    assert _found(resolver, "Output at the Sharara oil field resumed.") == [
        ("Sharara oil field", "sharara")]
    # without a field word they are a company, a name, a plateau
    assert _found(resolver, "Waha Oil Company said Amal Clooney met Hamada Sultan.") == []
    # a final -ah for the -a of the field's name (ACLED's 2015 notes): the field, not
    # Tripoli's al-Dahra quarter 550 km away
    assert _found(resolver, "Gunmen attacked the Dahrah and Nafurah oilfields.") == [
        ("Dahrah", "dahra-field"), ("Nafurah", "nafoura")]


@pytest.mark.parametrize("text, expected", [
    ("Sultan Qaboos met Hun Sen in Oman.", [("Oman", "country-om")]),
    ("Ahmed Hun said the Waha Oil Company would resume work.", []),
    ("LNA forces were deployed in Jufra, Waddan, Hun and Sokna.",
     [("Jufra", "admin1-jufra"), ("Waddan", "waddan"), ("Hun", "hun"), ("Sokna", "sokna")]),
    ("The LNA said it controlled Hun.", [("Hun", "hun")]),
    ("HUN, Libya (Reuters) - Gunmen attacked a checkpoint.", [("HUN", "hun"), ("Libya", "libya")]),
    ("Clashes ended. Hun, the capital of Jufra, was calm.",
     [("Hun", "hun"), ("Jufra", "admin1-jufra")]),
    ("The minister, Sultan, said so.", []),
    ("Traffic resumed near the town of Sultan, east of Sirte.",
     [("Sultan", "sultan-sirte"), ("Sirte", "sirte")]),
    ("وقال السلطان إن الأمر خطير.", []),
    ("أعلنت حالة القوة القاهرة في ميناء الزويتينة.", [("ميناء الزويتينة", "zueitina-terminal")]),
])
def test_names_that_are_titles_names_or_words(resolver, text, expected):
    assert _found(resolver, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("أفاد سكان أحياء المنشية والجديد وحجارة والسكرة في سبها بسماع دوي قذائف.",
     ["manshiya-sabha", "jadid-sabha", "hajara-sabha", "sukra-sabha", "sabha"]),
    ("تجددت الاشتباكات في منطقة الحيلة ومنطقة الظهر الأحمر في درنة.",
     ["hila-derna", "dhahr-al-ahmar-derna", "derna"]),
    ("وصل وفد إلى منطقة الجوف بالكفرة.", ["kufra", "kufra"]),
    ("أعلنت بلدية غدامس إغلاق الطريق إلى درج ونالوت.", ["ghadames", "darj", "nalut"]),
    ("اندلعت اشتباكات في منطقة أبوصرة بالزاوية.", ["abu-surra", "zawiya"]),
    ("Clashes broke out near the Ouagadougou conference centre in Sirte and in District 1 "
     "and District 3.", ["ouagadougou-centre", "sirte", "sirte-district-1", "sirte-district-3"]),
    ("LNA forces later entered Zalla.", ["zillah"]),
    ("Floods hit the Shiha, al-Maghar and al-Bilad districts of Derna.",
     ["shiha-derna", "maghar-derna", "derna-old-city", "derna"]),
    ("The Wazin-Dehiba crossing reopened.", ["wazin-crossing"]),
    ("GNA forces shot down a drone over Gharyan and captured Asbi'a.", ["gharyan", "asabaa"]),
    ("Fighting in Benghazi's Sidi Khribish and al-Sabri.",
     ["benghazi", "sidi-khreibish", "sabri"]),
])
def test_places_across_libya_in_running_text(resolver, text, expected):
    assert [pid for _, pid in _found(resolver, text)] == expected


def test_a_name_the_table_gives_one_place_is_not_taken_by_a_neighbours_geonames_alias(resolver):
    # GeoNames lists "Regdalin" among the names of Sidi bin Zinah, 5 km away
    assert resolver.resolve("Regdalin").place.id == "regdalin"
    assert resolver.resolve("Sidi bin Zinah").place.id == "sidi-bin-zinah"


@pytest.mark.parametrize("text, expected", [
    ("أكد الناطق باسم مديرية أمن سبها أن الوضع في حي عبدالكافي والناصرية مستقر.",
     ["sabha", "abdulkafi-sabha", "nasiriya-sabha"]),
    ("اشتباكات في الناصرية غرب طرابلس.", ["nasiriya", "tripoli"]),
    ("The UN condemned the shelling of the Al-Khadra hospital.", []),
])
def test_sabha_districts_and_joined_abd_names(resolver, text, expected):
    assert [pid for _, pid in _found(resolver, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Brak's base is 11 km from the town; Tamanhint's base, Ras Lanuf's and Brega's
    # terminals are within 2.5 km of the town rows, which keep the name the press gave
    ("Tamanhint and Brak al-Shati bases were handed over to the LNA.",
     ["tamanhint-village", "brak-air-base"]),
    ("Fighters took over the oil ports of Zueitina and al-Sidra.",
     ["zueitina-terminal", "es-sider"]),
    ("Exports from the Ras Lanuf and Es Sider terminals resumed.", ["ras-lanuf", "es-sider"]),
    ("Clashes broke out in Zueitina and Bin Jawad.", ["zueitina", "bin-jawad"]),
    ("سلمت قاعدتا تمنهنت وبراك الشاطئ للجيش.", ["tamanhint-village", "brak-air-base"]),
    ("أعلنت المؤسسة حالة القوة القاهرة في موانئ السدرة ورأس لانوف والبريقة والزويتينة والحريقة.",
     ["es-sider", "ras-lanuf", "brega", "zueitina-terminal", "hariga"]),
    ("وقعت اشتباكات في الزويتينة وبن جواد.", ["zueitina", "bin-jawad"]),
])
def test_a_list_of_facilities_named_without_their_head_word(resolver, text, expected):
    assert [pid for _, pid in _found(resolver, text)] == expected

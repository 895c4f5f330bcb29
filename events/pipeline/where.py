"""Where a happening took place (used by the drafts stage): the mention nearest its main
trigger (after it first: "X in PLACE"), or a finer place inside it named in the same
stretch ("the south Tripoli district of Gasr Ben Ghashir"). A list of places joined by
و/،/and after it ("في محاور صلاح الدين والخلة وعين زارة") gives one event per place; two
names side by side with no "and" ("ميدان الشهداء وسط طرابلس") say where, not a list. A
sentence with no place takes the report's main place (its most mentioned town) — unless
it says the thing happened abroad ("في مصر", "in Cairo"): then no place; a sentence
naming only Libya takes the main place at country level (ACLED's practice). In a bulletin
that runs its headlines together with no stops ("أبرز عناوين الأخبار ... مقتل إيراني في هجوم
سعودي جواد ظريف يزور تونس ... لولاية سوسة") only a place close to the trigger is its own: one
further on belongs to another headline."""
from __future__ import annotations

import re
from dataclasses import replace

from events.actors.cues import PERSON_NOUNS
from events.event_types import TriggerMatch
from events.pipeline.abroad import foreign_place, foreign_places, likened, report_abroad, there
from events.pipeline.containment import KIND_RANK, near, within
from events.pipeline.crowd import CROWD_TYPES
from events.pipeline.cues import cue
from events.pipeline.doc import Clause, Doc, ExtractedPlace, Happening
from events.pipeline.hometown import hometown
from events.pipeline.namesakes import facility_of_the_city, namesakes_left_out
from events.pipeline.places import REGION_KINDS
from events.sentences import Token, tokenize

_ABROAD = cue("abroad")
_BULLETIN = re.compile(r"أبرز\s+(?:عناوين|الأخبار|أخبار|الأحداث)|أهم\s+(?:الأخبار|عناوين)")
BULLETIN_WORDS = 40  # a "sentence" this long in a bulletin is a run of headlines
BULLETIN_REACH = 40  # characters from the trigger a headline's place lies within
_IN = cue("in")
_IN_TOWN = re.compile(r"^\s*(?:\([A-Z]{2,6}\)\s*)?(?:(?:area|district|neighbou?rhood|suburb)\s+(?:of|in)"
                      # "Al-Haniyah camp in Ajdabiyah", "a Tawargha refugee camp in Tripoli": the site, not the namesake
                      # "the Man-Made River committee head in Sirte": the body's people, in the town
                      r"|(?:[a-z-]+\s+)?(?:camp|base|barracks|headquarters|offices?|compound|prison|committee|branch)"
                      r"(?:\s+(?:head|chief|members?))?\s+(?:in|at)"
                      r"|in|at|في)?\s*"
                      r"(?:the\s+(?:town|city|village)\s+of\s+|مدينة\s+|بلدة\s+)?$", re.I)  # "the Al-Zahrah area in Tripoli"
# "the road between Derna and Al-Qubbah", "الطريق الممتد بين درنة والقبة": the two towns
# are the road's ends, one stretch, not two places of the happening
_ROAD_BETWEEN = re.compile(r"(?:(?:road|highway|route|stretch|طريق|الطريق|طريقا|الطرق)\S*(?:\s+\S+){0,3}?\s+"
                           r"(?:between|linking|connecting|بين|الرابط بين|الواصل بين)"
                           # "بوابة 200 الرابطة بين اجدابيا وطبرق": what links two towns lies between them
                           r"|(?:الرابط|الرابطة|الرابطه|الواصل|الواصلة|الواصله)\s+بين)"
                           r"(?:\s+(?:مدينتي|بلدتي|the towns of|the cities of))?\s*$", re.I)
_VISIT = re.compile(r"(?:زيارت\S*|زيارة|جولة|جولته|visit\S*|tour\S*)\s+(?:\S+\s+){0,2}?$", re.I)
_LIST_GAP = re.compile(r"^[\s،,\[\]()]*(?:و|and|as well as|or|,|،)?[\s،,\[\]()]*(?:(?:in|at|near|around)\s+)?"
                       r"(?:the\s+(?:capital|city\s+of|town\s+of)\s+)?$")
# ("in Benghazi and the capital Tripoli"; brackets: "Qasr Ben Gashir [Qasr Bin-Ghashir] and Zuwara";
# "targets in Zintan, Kikla and around Watiya airbase")
_PROTESTED = re.compile(r"\b(?:in\s+(?:condemnation|denunciation|protest)|condemning|denouncing|protesting|"
                        r"against\s+the\s+(?:killing|assassination|abduction|kidnapping|attack|bombing|shelling|air\s*strikes?))\b"
                        r"|(?:احتجاجا|تنديدا|استنكارا|رفضا)\s+(?:على|ب)", re.I)
_AND = re.compile(r"\b(?:and|or|as well as)\b|,|،")  # what makes two names a list
# "in Jadu, Zintan, Rayaniyah and Yafran": a list goes on over a name the gazetteer lacks
_UNKNOWN_ITEM = re.compile(r"^\s*,\s*(?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+\s*(?:,\s*(?:and\s+)?|and\s+)$")


def _joins_list(gap: str) -> bool:
    """Whether the text between two place names may join them in a list."""
    return bool(_LIST_GAP.match(gap) or _UNKNOWN_ITEM.match(gap))


def place_pairs(doc: Doc, c: Clause, h: Happening, notes: list | None = None) -> list[tuple]:
    """(place, how) for each event of the happening; how: own / actor / inherited /
    country / none. ``notes`` (for --explain) gets why."""
    bulletin = len(c.tokens) > BULLETIN_WORDS and _BULLETIN.search(doc.text[:300]) is not None
    if bulletin:
        c = replace(c, places=[p for p in c.places if _gap(p, h.main) <= BULLETIN_REACH])
    filed = [p for p in c.places if p.end <= doc.dateline_end]
    if filed and len(filed) < len(c.places):
        # "رويترز - بنغازي (ليبيا): قال تنظيم داعش إنه خطف ثلاثة ... في شرق ليبيا": where the
        # wire filed from is no finer place of the region the sentence names
        c = replace(c, places=[p for p in c.places if p not in filed])
    compared = [p for p in c.places if likened(doc.text, h, p)]
    if compared:
        # "استهدف مسجد الإمام الصادق، بالطريقة ذاتها التي استهدف بها مسجد ... بالقطيف": the place
        # of what it is likened to is not its own
        _say(notes, ", ".join(p.place.name_en for p in compared) + " is the place of what it is likened to: "
                    "not its own")
        c = replace(c, places=[p for p in c.places if p not in compared])
    went = there(doc, c, h)
    if went is not None:
        _say(notes, f"done 'there', where someone went just before in the sentence: {went.place.name_en}")
        return [(went, "abroad" if getattr(went.place, "country", "LY") != "LY" else
                 "country" if went.country_level else "own")]
    chosen = namesakes_left_out(doc, places_for(doc.text, h, c.places, notes, doc.resolver.gazetteer.places), notes)
    splaces = c.places
    if chosen and facility_of_the_city(doc, c, chosen):
        # "وفي غرب المدينة ... سيطر على معسكر الصاعقة": a camp of the report's town, not the
        # namesake the gazetteer knows in another one
        _say(notes, f"{chosen[0].place.name_en} lies far from the report's town and the sentence speaks of "
                    f"'the city': that town's, {doc.main_place.place.name_en}")
        return [(doc.main_place, "inherited")]
    main = doc.main_place
    if chosen and all(p.in_actor and _from_town(doc.text, p) for p in chosen) and main is not None \
            and not main.in_actor and main.place.id not in {p.place.id for p in chosen}:
        # "جماعة مسلحة من مدينة مصراتة ... بعد اشتباكها مع سكان": where the group came from
        # is not where it fought; the report's own town is
        _say(notes, f"only the town a side came from ({chosen[0].place.name_en}): the report's main place "
                    f"{main.place.name_en}")
        return [(main, "inherited")]
    # the sentence's place abroad, looked up once for the three rules that weigh it against chosen
    far = foreign_place(doc, c, h) if chosen else None
    if far is not None and all(_origin(doc.text, p) for p in chosen) and not _origin(doc.text, far):
        # "ألقت وحدات الحرس الوطني ببنقردان القبض على ثلاثة ... قادمة من معبر راس جدير": the
        # Libyan place is whence they came; the sentence is set abroad
        _say(notes, f"{chosen[0].place.name_en} is only whence someone came; the sentence is set at "
                    f"{far.place.name_en}, abroad")
        return [(far, "abroad")]
    if far is not None and _RESIDENTS.search(doc.text[max(0, far.start - 30):far.start]) \
            and _gap(far, h.main) < min(_gap(p, h.main) for p in chosen):
        # "غضب سكان مدينة بن قردان الذين خرجوا في مظاهرات": the people who acted live abroad,
        # nearer the trigger than the Libyan crossing their anger is about
        _say(notes, f"the residents of {far.place.name_en}, abroad, acted, nearer the trigger than "
                    f"{chosen[0].place.name_en}: there")
        return [(far, "abroad")]
    # (a Libyan place only in a name or a home, "برلمان طبرق", is no rival: "باعتقال قائدهم في تونس")
    mixed = any(p.in_actor for p in chosen) and not all(p.in_actor for p in chosen)
    if far is not None and not mixed and far.end <= h.main.start and h.main.start - far.end <= _ABROAD_SLOT // 2 \
            and all(p.end <= far.start for p in chosen) and "،" in doc.text[max(p.end for p in chosen):far.start] \
            and _IN_AREA.search(doc.text[max(0, far.start - 20):far.start]):
        # "أغلق بوابة رأس إجدير، وذلك بعد قيام مجموعات في منطقة بن قردان بالهجوم على السيارات":
        # the place right before the trigger is where it was done; the Libyan one is another clause's
        _say(notes, f"{far.place.name_en}, abroad, comes right before the trigger, after a clause on "
                    f"{chosen[0].place.name_en}: it happened there")
        return [(far, "abroad")]
    if far is not None and not mixed and 0 <= far.start - h.main.end <= _ABROAD_SLOT and far.start < min(p.start for p in chosen) \
            and _IN_AR.search(doc.text[max(0, far.start - 4):far.start + 1]) \
            and not _BORDER.search(doc.text[h.main.end:far.start]):
        # "الذي سيطر على مناطق واسعة في سوريا والعراق موطئ قدم في سرت": the place right after
        # the trigger (X in PLACE) is abroad; the Libyan one further on is another clause's
        _say(notes, f"{far.place.name_en}, abroad, comes right after the trigger, before "
                    f"{chosen[0].place.name_en}: it happened there")
        return [(far, "abroad")]
    if chosen:
        return [(p, "actor" if p.in_actor else "own") for p in chosen]
    # "تسفير شباب رمادة الى ليبيا": where someone is sent or goes is not where it happened
    libya = [p for p in splaces if p.country_level and not p.in_actor and not _origin(doc.text, p)
             and not _refuge(doc.text, p) and not _nationality(doc.text, p)]
    far = foreign_place(doc, c, h)
    if far is not None and bulletin and _gap(far, h.main) > BULLETIN_REACH:
        _say(notes, f"a bulletin's headlines run together: {far.place.name_en} belongs to another headline")
        far = None
    if far is not None and libya and min(_gap(p, h.main) for p in libya) < _gap(far, h.main):
        # "مختطفين منذ يوم أمس في ليبيا ... الليبي الموقوف في تونس": Libya is where it happened
        _say(notes, f"Libya is named nearer the trigger than {far.place.name_en}: it happened in Libya")
    elif far is not None:
        _say(notes, f"no Libyan place, and the sentence says it happened abroad: {far.place.name_en}")
        listed = places_for(doc.text, h, [p for p in foreign_places(doc, c) if not p.country_level], None)
        if len(listed) > 1 and far.place.id in {p.place.id for p in listed}:
            # "واشتبك فلسطينيون مع الجيش في القدس ونابلس ورام الله": one event per town listed
            _say(notes, "listed with it: " + ", ".join(p.place.name_en for p in listed if p.place.id != far.place.id))
            return [(p, "abroad") for p in listed]
        return [(far, "abroad")]  # "بيروت", "in Cairo": there, never our main place
    elif happens_abroad(c.tokens):
        _say(notes, "the sentence says it happened abroad, at no place the gazetteer knows: no place")
        return [(None, "abroad")]  # "in Egypt", "بالقاهرة": not our main place
    main_place = doc.main_place
    if main_place is not None and main_place.in_actor and (far := report_abroad(doc)) is not None:
        # "سفارة طرابلس في العاصمة التونسية تتابع قضية مواطنة ليبية تعرضت للاغتصاب ... شمال شرقي
        # تونس": Libya named only in a name, the report's happening abroad
        _say(notes, f"Libya named only in a name, and the report tells of {far.place.name_en}: there")
        return [(far, "abroad")]
    named = [p for p in splaces if p.country_level and not _nationality(doc.text, p)]
    if named and main_place is not None:
        _say(notes, f"the sentence names only the country: the report's main place {main_place.place.name_en}")
        return [(main_place, "country")]
    if main_place is not None:
        _say(notes, f"no place in the sentence: the report's main place {main_place.place.name_en} "
                    "(its most mentioned town)")
        return [(main_place, "inherited")]
    if named:
        _say(notes, "the sentence names only the country, and the report no town")
        return [(named[0], "country")]
    _say(notes, "no place in the sentence nor in the report")
    return [(None, "none")]


_RESIDENTS = re.compile(r"(?:^|\s)(?:سكان|أهالي|اهالي|أهل|اهل|residents\s+of|people\s+of)\s+"
                        r"(?:(?:مدينة|بلدة|منطقة|معتمدية|the\s+(?:city|town)\s+of)\s+)?$", re.I)
_ABROAD_SLOT = 60  # characters after a trigger where "X in PLACE" names its place
_IN_AREA = re.compile(r"(?:^|\s)(?:في|[وف]?ب)\s*(?:(?:منطقة|مدينة|بلدة|معتمدية|ولاية)\s+)?$")
_IN_AR = re.compile(r"(?:^|\s)(?:في\s+\S|[وف]?ب\S)$")  # "في سوريا", "بسوريا": where, not whose ("هجوم مانشستر")
_BORDER = re.compile(r"حدود|الحدود|الحدودية|border", re.I)  # "على الحدود مع تونس قرب رأس جدير"
_FROM_TOWN = re.compile(r"(?:^|\s)(?:من|from)\s+(?:(?:جنوب|شمال|شرق|غرب|جنوبي|شمالي|شرقي|غربي|ضواحي|محيط)\s+)?"
                        r"(?:(?:مدينة|بلدة|the\s+(?:city|town)\s+of)\s+)?$")


_REFUGE = re.compile(r"(?:\b(?:to|towards?|into)|refuge\s+in|إلى|الى|نحو|باتجاه)\s+(?:the\s+)?"
                     r"(?:(?:city|town|village)\s+of\s+|مدينة\s+|بلدة\s+)?$", re.I)


def _refuge(text: str, p: ExtractedPlace) -> bool:
    return bool(_REFUGE.search(text[max(0, p.start - 40):p.start]))


def _from_town(text: str, p: ExtractedPlace) -> bool:
    """"مسلحة من مدينة مصراتة", "fighters from Misrata": the place is a side's origin."""
    return bool(_FROM_TOWN.search(text[max(0, p.start - 30):p.start]))


def _say(notes: list | None, text: str) -> None:
    if notes is not None:
        notes.append(text)


_FROM = re.compile(r"(?:^|[\s،,(])(?:من|from)\s+$")
_FROM_TOWN_ADJ = re.compile(r"(?:^|[\s،,(])من\s+(?:مدينة|بلدة|سواحل|ميناء|شواطئ)\s+\S+\s+$")


def _origin(text: str, p: ExtractedPlace) -> bool:
    """"عائد من ليبيا", "returning from Libya", "انطلق من مدينة صبراطة الليبية": where someone
    came from, not where it happened (the country's adjective of a town the gazetteer may not
    know by that spelling)."""
    return bool(_FROM.search(text[max(0, p.start - 12):p.start])) or (
        p.text.strip().endswith(("ي", "ية", "يه")) and bool(_FROM_TOWN_ADJ.search(text[max(0, p.start - 40):p.start])))


def _nationality(text: str, p: ExtractedPlace) -> bool:
    """"شخص ليبي", "مواطنا ليبيا": a person's nationality, not where it happened."""
    before = text[max(0, p.start - 16):p.start].split()
    return bool(before) and p.text.strip().endswith(("ي", "يا", "ية", "يه", "يين", "يون")) \
        and any(t.key.removeprefix("و").removeprefix("ال") in PERSON_NOUNS for t in tokenize(before[-1]))


def _gap(p: ExtractedPlace, t: TriggerMatch) -> float:
    """Characters between a place and a trigger; a place before it counts 1.5 times (X in PLACE)."""
    return p.start - t.end if p.start >= t.end else (t.start - p.end) * 1.5 + 15.5


def _distance(p: ExtractedPlace, t: TriggerMatch, text: str = "") -> float:
    d = _gap(p, t)
    if text and p.start >= t.end:
        frame = _TOWN_FRAME.search(text[t.end:p.start])
        if frame:  # "kidnapped in the southern town of Obari", "bombed the southern town of
            d -= len(frame.group(1))  # Zintan" (its object): the frame words are no distance
    before = text[max(0, p.start - 48):p.start] if text else ""
    if ("road" in before or "highway" in before) and _ROAD_TO.search(before):
        d += 400  # "closed the road leading to the city of Tarhunah": where the road goes
    if text and hometown(text, p.start, p.end):
        d += 400  # "An Ajdabiya court judge escaped ... in the Al-Hadaiq area": whose town, not where
    return d + (400 if p.in_actor else 0) + (800 if p.country_level else 0)


_ROAD_TO = re.compile(r"\b(?:road|highway)\s+(?:(?:leading|heading|going|running)\s+)?(?:to|into|towards)\s+"
                      r"(?:the\s+(?:city|town|village)\s+of\s+)?$", re.I)


_TOWN_FRAME = re.compile(r"(?:\b(?:in|at|near)\s+|^\s*)((?:the\s+)?(?:[a-z-]+\s+)?(?:town|city|village|district|"
                         r"area|suburb|neighbou?rhood)\s+of\s+)$", re.I)


def places_for(text: str, h: Happening, places: list[ExtractedPlace], notes: list | None = None,
               gazetteer: dict | None = None) -> list[ExtractedPlace]:
    """The happening's place(s): the nearest to its main trigger, plus a list joined to it.
    ``gazetteer`` (place id -> place) lets a place inside a place of a town count as the town's."""
    main = h.main
    cands = [p for p in places if not p.country_level]
    if not cands:
        return []
    # Prefer the happening's own segment; fall back to the whole sentence.
    inside = [p for p in cands if h.seg_start <= p.start < h.seg_end] or cands
    if main.trigger.event_type in CROWD_TYPES:
        # "Workers in Jadu and Zintan staged a protest in condemnation of the assassination of two
        # colleagues in Darnah": a place after what the crowd protested is that happening's
        inside = [p for p in inside if not _PROTESTED.search(text, max(0, main.start - 3), max(main.end, p.start))] or inside
    best = min(inside, key=lambda p: _distance(p, main, text))
    if notes is not None:
        notes.append("candidates (distance to the trigger; +400 inside an actor's name): " + ", ".join(
            f"{p.text} -> {p.place.name_en} ({_distance(p, main, text):.0f})" for p in inside)
            + ("" if len(inside) == len(cands) else " (in the happening's own stretch)"))
        notes.append(f"nearest: {best.text} -> {best.place.name_en}"
                     + (" (after the trigger first: X in PLACE)" if best.start >= main.end else ""))
    # "on the coastal road linking Darnah and Karsah": a road between towns has no one point
    # (the gazetteer's is a token one); a town the stretch names says where on it.
    towns = [p for p in inside if p.place.kind != "road" and KIND_RANK.get(p.place.kind, 0) <= 3
             and not p.in_actor and p.place.kind not in REGION_KINDS] \
        if best.place.kind == "road" and best.place.parent is None else []
    road = bool(towns)
    if road:
        best = min(towns, key=lambda p: _distance(p, main, text))
        _say(notes, f"a road between towns has no one point: {best.place.name_en}, named on it")
    # "Martyrs Square in Tubruq": a square, quarter or site the gazetteer knows in another
    # town is a namesake; the town named right after it says where.
    town = next((p for p in inside if 0 <= p.start - best.end <= 30 and _IN_TOWN.match(text[best.end:p.start])
                 and KIND_RANK.get(best.place.kind, 0) < KIND_RANK.get(p.place.kind, 0) <= 3
                 and not p.in_actor and not within(best.place, p.place)
                 and not near(best.place, p.place)), None)
    if town is not None:
        _say(notes, f"{best.place.name_en} lies in another town than the {town.place.name_en} named after it: "
                    f"a namesake; the event is in {town.place.name_en}")
        best = town
    # "the same west Tripoli suburb" of Janzour: a place inside the chosen one, named in the
    # same stretch, is the more precise answer.
    # A place inside one of the town's places counts only named right before it: "the Binina
    # Airbase in Benghazi" (not "supplies to and from Benina Airbase ... killed in Benghazi").
    children = [p for p in inside if p is not best and not p.country_level and (
                    within(p.place, best.place) or (0 <= best.start - p.end <= 5
                                                     and within(p.place, best.place, gazetteer)))
                and not _listed(text, best, p)
                # "In western Libya ... fighters from Zintan": a side's home is not where
                # "families flee to the city of Gharyan as clashes continue in western Libya": a refuge
                and not (best.place.kind in ("region", "admin1") and (p.in_actor or _from_town(text, p) or _refuge(text, p)))]
    if children:
        best = min(children, key=lambda p: _distance(p, main, text))
        _say(notes, f"finer place inside it named in the same stretch: {best.place.name_en}")
    # "بوابة 200 الرابطة بين أجدابيا وطبرق": of a stretch's two ends, the first named says where
    first_end = next((p for p in inside if 0 <= best.start - p.end <= 4 and not p.in_actor
                      and _ROAD_BETWEEN.search(text[max(0, p.start - 60):p.start])), None)
    if first_end is not None:
        best = first_end
        _say(notes, f"the first end named of a stretch between towns: {best.place.name_en}")
    chosen = [best]
    k = cands.index(best)
    text_end = best.end
    ends = _ROAD_BETWEEN.search(text[max(0, best.start - 60):best.start]) is not None
    if ends:
        _say(notes, f"{best.place.name_en} is one end of a road named between towns: the stretch is one place")
    # "أثناء زيارته لمدينتي غريان ويفرن": the towns of a visit, the ambush on one stretch of it
    visit = not ends and _VISIT.search(text[max(0, best.start - 40):best.start]) is not None
    if visit:
        _say(notes, f"{best.place.name_en} opens the list of a visit's towns: one happening, at the first")
    for p in ([] if ends or visit or road else cands[k + 1:]):
        gap = text[text_end:p.start] if 0 <= p.start - text_end <= 30 else None
        if gap is None or not _joins_list(gap) or p.in_actor != best.in_actor:
            break
        if p.place.id in {c.place.id for c in chosen}:
            text_end = p.end  # "Qasr Ben Gashir [Qasr Bin-Ghashir] and Zuwara": the same place again
            continue
        conj = p.text.startswith("و") and not any(  # the و of وسط طرابلس is no "and"
            n.startswith("و") for n in (p.place.name_ar or "", *p.place.aliases))
        if not _AND.search(gap) and not conj and not gap.endswith("و"):
            # "ميدان الشهداء وسط طرابلس", "Binina Airport in Benghazi": two names side by
            # side, or joined by "in", say where, not a list
            break
        if best.place.parent == p.place.id or (p.place.kind in REGION_KINDS and best.place.kind not in REGION_KINDS):
            break  # "درنة شرق ليبيا", "Ganfouda, western Benghazi": where it lies, not a second place
        chosen.append(replace(p, area=p.area or best.area))  # "near A and B": both near
        _say(notes, f"listed after it with and/comma: {p.place.name_en} (one event per place)")
        text_end = p.end
    if town is not None or road or ends or visit:
        chosen[0] = replace(chosen[0], area=True)  # somewhere in or by the town, not at its point
    else:
        chosen[:0] = _listed_before(text, cands, k, best, notes)
    return chosen


def _listed_before(text: str, cands: list[ExtractedPlace], k: int, best: ExtractedPlace,
                   notes: list | None) -> list[ExtractedPlace]:
    """"The cities of Tripoli, Misratah, Benghazi and Ghiryan witnessed demonstrations": the
    places of the list the chosen one ends are places of the happening too."""
    out: list[ExtractedPlace] = []
    cur = best
    for p in reversed(cands[:k]):
        gap = text[p.end:cur.start] if 0 <= cur.start - p.end <= 30 else None
        if gap is None or not _joins_list(gap) or p.in_actor != best.in_actor or p.area:
            break
        conj = cur.text.startswith("و") and not any(
            n.startswith("و") for n in (cur.place.name_ar or "", *cur.place.aliases))
        if not _AND.search(gap) and not conj and not gap.endswith("و"):
            break  # two names side by side say where, not a list
        if p.place.kind in REGION_KINDS or cur.place.parent == p.place.id or p.place.parent == cur.place.id:
            break
        if _ROAD_BETWEEN.search(text[max(0, p.start - 60):p.start]):
            _say(notes, f"{best.place.name_en} is the far end of a road named from {p.place.name_en}: "
                        "one place")
            break
        if p.place.id != best.place.id and p.place.id not in {o.place.id for o in out}:
            out.insert(0, p)
            _say(notes, f"listed before it with and/comma: {p.place.name_en} (one event per place)")
        cur = p
    return out


def _listed(text: str, a: ExtractedPlace, b: ExtractedPlace) -> bool:
    """"Sabratha and Surman", "صبراتة وصرمان": two places of a list, not one inside the other."""
    x, y = (a, b) if a.end <= b.start else (b, a)
    gap = text[x.end:y.start]
    return len(gap) <= 20 and bool(_LIST_GAP.match(gap)) and (
        bool(re.search(r"(?:\band\b|\bor\b|,|،)", gap)) or text[y.start:y.start + 1] == "و" or gap.endswith("و"))




def _forms(t: Token) -> tuple[str, ...]:
    if not t.arabic:
        return (t.key,)
    from events.sentences import clitic_forms

    return clitic_forms(t.key)


def happens_abroad(tokens: list[Token]) -> bool:
    """A place abroad given as where something is ("في مصر", "بالقاهرة", "in Cairo")."""
    for i, t in enumerate(tokens):
        forms = _forms(t)
        hit = next((f for f in forms if f in _ABROAD), None)
        if hit is None:
            continue
        if (i > 0 and tokens[i - 1].key in _IN) or (t.arabic and t.key != hit and t.key.lstrip("وف").startswith("ب")):
            return True
    return False

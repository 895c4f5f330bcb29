"""Stage "build": drafts become events — the type and sub-type the trigger and the actors
decide, the date, the place's precision and a confidence.

- Who: the report's speaker (an LNA spokesman's briefing) owns unattributed "army" /
  "air force" strikes and, when nobody else is named, the strikes and battles it reports
  against an armed enemy. Violence against civilians always has civilians as actor2;
  protesters and rioters are actor1 of protests and riots (an armed side named with a
  peaceful protest is whom the crowd backs or opposes, not an actor).
- When: the most specific date near the trigger, else in the sentence, else the day the
  paragraph told, else the report's date ("day" when the report's date is exact or an
  estimate, "month"/"year" when that is all it says; the day before for a report filed
  overnight, before 04:00 UTC); a report without a date gives
  event_date None and precision "unknown" — never today.
- Precision of the place: the resolver's, raised to 2 (near / part of) when the text says
  "area of", when the place is located by a relation, or when it is only an actor's home;
  2 for the report's main place taken by a sentence with none (3 when only a region), 3
  for a country-level sentence.
- Confidence 0..1: trigger strength, how the place was found, actors found, date found;
  events recalled from more than a week before the report lose some.
"""
from __future__ import annotations

import re

from events.actors import load_actors
from events.event_types import VIOLENT_TYPES, has_air_word, territory_sub_type
from events.pipeline.dates import date_in, happening_dates, not_ended, not_lasting
from events.pipeline.doc import BARE_BLASTS, Doc, Draft
from events.pipeline.lang.ar import SHOOTING, is_attack_by_aircraft, is_shot_at_someone
from events.pipeline.lang.en import attacked_from_air, people_captured
from events.pipeline.places import REGION_KINDS
from events.pipeline.cues import cue
from events.records import Event, event_id
from events.sentences import clitic_forms, tokenize
from geo.facilities import FACILITY_KINDS

# Strike words that are an air strike when the report talks of air strikes anywhere.
_AIR_IN_REPORT = tuple(sorted(cue("air_in_report")))

_POLICE = cue("police_force")
_CONDEMN = cue("condemnation")
CONDEMNED_REACH = 24  # words back from a trigger its condemning verb may stand ("وأدان ليون ... في روما ... اختطاف")
_ARMED = frozenset({"state", "militia", "rebel", "communal", "foreign-state", "foreign-group", "mercenary"})
_SITES = FACILITY_KINDS | {"landmark"}  # a building, base or port: not a town, whose taking is a fight
# Clash words, both sides fighting (as written in events/lexicon/triggers.csv)
MUTUAL = frozenset({"اشتباك*", "اشتبك*", "تشتبك", "يشتبك", "معارك", "المعارك", "معركة", "مواجهات", "المواجهات",
                    "مصادمات", "صدامات", "الصدامات",
                    "قتال", "القتال", "اقتتال", "يقاتلون", "تقاتل", "تبادل إطلاق النار", "تبادل لإطلاق النار",
                    "تبادل* إطلاق النار", "تبادل* النار",
                    "clash*", "fighting", "fought", "battle*", "firefight*", "gunfight*", "exchange of fire",
                    "exchanged fire"})

_CIVIL_BUILDING = cue("civil_building")
_SECURITY_AFTER = frozenset(w.key for w in tokenize(
    "للشرطة الشرطة شرطة أمني الأمني للأمن الأمن عسكري العسكري للجيش الجيش police security military army"))
_HURT_WORDS = frozenset(w.key for w in tokenize("قتلى القتلى جرحى الجرحى مصابين المصابين killed wounded injured wounding"))
_OFF_DUTY = re.compile(r"\b(?:(?:left|leaving|leave)\s+(?:\w+\s+){0,2}(?:prayers?|mosque)|driving\s+home|drove\s+his"
                       r"|(?:near|outside|in\s+front\s+of)\s+his\s+(?:family\s+)?(?:home|house)|off[- ]duty)\b", re.I)
_HEARD = frozenset(w.key for w in tokenize("دوي سمع سماع heard sound sounds"))
_VEHICLES = frozenset(w.key for w in tokenize("سيارة سيارات مركبة شاحنة عربة"))
_LINKED = ("مرتبط", "ينتمون", "ينتمي", "موال")
_STORMED = frozenset({"stormed", "storms", "storm", "storming", "invaded", "اقتحم*"})
_PASSIVE_AUX = cue("passive_aux")
_RETAKE = ("استعاد", "retook", "recaptured", "regained")  # "استعادة السيطرة": taken back


_SEAT = frozenset({"مقر", "مقار", "headquarters"})


def _civil_building(stoks, k: int) -> bool:
    """A building for civilians at ``k`` — not a police station or an army post ("مركز للشرطة",
    "مركز أمني", "a police station"), whose attack is one on that force."""
    tok = stoks[k]
    if not (tok.key in _CIVIL_BUILDING or tok.key.lstrip("و").removeprefix("ال") in _CIVIL_BUILDING):
        return False
    return not ((k + 1 < len(stoks) and stoks[k + 1].key in _SECURITY_AFTER)
                or (k > 0 and not tok.arabic and stoks[k - 1].key in _SECURITY_AFTER))


def _building_attacked(stoks, d: Draft) -> bool:
    """A building for civilians named within eight words after the trigger ("stormed and
    vandalized the Karamanli Mosque"), or before a passive one ("An election centre in
    Murzuq was attacked", "مبنى المؤسسة تعرض الى هجوم")."""
    t = d.trigger
    if any(_civil_building(stoks, k) for k in range(t.last + 1, min(len(stoks), t.last + 9))):
        return True
    passive = t.first > 0 and (stoks[t.first - 1].key in _PASSIVE_AUX or any(
        stoks[k].key.lstrip("و").startswith(("تعرض", "لتعرض")) for k in range(max(0, t.first - 5), t.first)))
    return passive and any(_civil_building(stoks, k) for k in range(max(0, t.first - 7), t.first - 1))


def _seat_attacked(stoks, d: Draft) -> bool:
    """"هاجمت مجموعة مسلحة صباح اليوم مقر المؤسسة الوطنية للنفط": the seat of an institution
    at work, whose staff are attacked with it (ACLED: violence against civilians), not an
    empty building."""
    t = d.trigger
    return any(stoks[k].key.lstrip("و").removeprefix("ال") in _SEAT and _civil_building(stoks, k + 1)
               for k in range(t.last + 1, min(len(stoks) - 1, t.last + 9)))


def _heard(stoks, d: Draft) -> bool:
    return any(stoks[k].key.lstrip("و") in _HEARD for k in range(max(0, d.trigger.first - 3), d.trigger.first))


def _linked_attackers(doc: Doc, d: Draft, actor) -> bool:
    """The actor is named right after "مرتبطين ب" / "ينتمون إلى" / "موالين ل"."""
    s = d.sentence
    for m in doc.all_mentions:
        if m.actor.id == actor.id and s.start <= m.start < s.end and m.first > 0:
            prev = doc.tokens[m.first - 1].key.lstrip("و").removeprefix("ال")
            if prev.startswith(_LINKED):
                return True
    return False


def _by_gunmen(stoks, d: Draft) -> bool:
    k = next((j for j in range(d.trigger.last + 1, min(len(stoks) - 1, d.trigger.last + 6))
              if stoks[j].key == "قبل" and stoks[j - 1].key == "من"), None)
    return k is not None and any(stoks[j].key.removeprefix("ال").startswith("مسلح")
                                 for j in range(k + 1, min(len(stoks), k + 5)))


def _civil_site_taken(stoks, d: Draft) -> bool:
    """"سيطرت الميليشيات ... على قناة ليبيا الرسمية": what was taken (after على) is a building
    for civilians, not ground."""
    k = next((j for j in range(d.trigger.last + 1, min(len(stoks), d.trigger.last + 12))
              if stoks[j].key in ("علي", "on", "over")), None)
    return k is not None and any(_civil_building(stoks, j) for j in range(k + 1, min(len(stoks), k + 3)))


def _passive_no_agent(stoks, d: Draft) -> bool:
    """"At least one building was reportedly set on fire": done by nobody named (the fighting
    told beside it, often), not by a crowd ("were set on fire by neighbours")."""
    t = d.trigger
    passive = any(stoks[k].key in _PASSIVE_AUX for k in range(max(0, t.first - 2), t.first))
    return passive and not any(stoks[k].key == "by" for k in range(t.last + 1, min(len(stoks), t.last + 5)))


def _mutual_in(d: Draft) -> bool:
    return any(t.trigger.phrase in MUTUAL for t in d.happening.triggers)


def _hurt(d: Draft) -> bool:
    # "تسبب في سقوط قتلى وعدد من الجرحى": people hurt, though no figure is given
    return bool(d.fatalities or d.injuries) or any(t.key.lstrip("و") in _HURT_WORDS for t in d.tokens)


def build(doc: Doc) -> None:
    d0, p0, b0 = doc.fallback_date
    doc.events = [event(doc, d, d0, p0, b0) for d in doc.drafts]
    doc.bare_deaths = {e.id for d, e in zip(doc.drafts, doc.events) if d.trigger.trigger.flag == "weak"}
    doc.talks = {e.id for d, e in zip(doc.drafts, doc.events) if d.trigger.trigger.flag == "talk"}
    doc.condemned = {e.id for d, e in zip(doc.drafts, doc.events) if _condemned(d)}
    if doc.trace is not None:
        doc.trace.built(doc.drafts, doc.events)


def _condemned(d: Draft) -> bool:
    """Whether a condemning verb stands before the draft's trigger ("وأدان ... اختطاف")."""
    before = d.tokens[max(0, d.trigger.first - CONDEMNED_REACH):d.trigger.first]
    return any(t.key.removeprefix("و") in _CONDEMN for t in before)


def event(doc: Doc, d: Draft,
          fallback_date, fallback_prec, fallback_bonus) -> Event:
    report, speaker, report_air = doc.report, doc.speaker, doc.report_air
    why = d.why
    say = (lambda aspect, text: why.say(aspect, text, "build")) if why is not None else None
    trig = d.trigger.trigger
    event_type, sub = trig.event_type, trig.sub_event_type
    stoks = d.tokens
    roles = d.roles
    a1, a2 = roles.actor1, roles.actor2
    from_speaker = False
    if a1 is None and speaker is not None and event_type in ("Battles", "Explosions/Remote violence") \
            and a2 is not None and not a2.is_civilian and a2.affiliation != speaker.affiliation:
        # The speaker's side struck its enemy; shells falling on civilians are not the
        # speaker's by default.
        a1, from_speaker = speaker, True
        if say:
            say("actors", f"actor1 {speaker.name_en}: the report's speaker, whose side struck an armed enemy")
    if trig.phrase in BARE_BLASTS and len(d.happening.triggers) == 1 and any(
            o.trigger.trigger.sub_event_type == "Air/drone strike" for o in doc.drafts):
        # "انفجارا كبيرا سمع منتصف يوم السبت" in a report of an air strike: the strike heard
        sub = "Air/drone strike"
        if say:
            say("exists", "a blast heard, in a report of air strikes: the air strike")
    if a2 is not None and a2.kind in _ARMED and (a1 is None or a1.kind == "unidentified") \
            and _linked_attackers(doc, d, a2):
        # "المؤشرات الأولية تظهر أن المهاجمين مرتبطين بتنظيم داعش": whose the attackers are
        a1, a2 = a2, None
        if say:
            say("actors", f"actor1 {a1.name_en}: the group the attackers are linked to, not their target")
    if trig.phrase in BARE_BLASTS and sub == trig.sub_event_type and _heard(stoks, d) and any(
            o.trigger.trigger.event_type == "Battles" and o.trigger.trigger.flag not in ("weak", "ignore")
            for o in doc.drafts if o is not d):
        # "وتردد دوي الانفجارات في منطقتي أبو سليم والهضبة" in a report of clashes: the
        # fighting heard, not a bomb
        event_type, sub = "Battles", "Armed clash"
        if say:
            say("exists", "blasts heard, in a report of fighting: the fighting")
    if event_type == "Battles" and trig.phrase in ("هاجم*", "اقتحم*") and d.trigger.first > 0 \
            and stoks[d.trigger.first - 1].key.lstrip("و").removeprefix("ال") in _VEHICLES:
        # "سيارة هاجمت بسرعة كبيرة البوابة قبل أن تنفجر": a car that attacks is a car bomb
        event_type, sub = "Explosions/Remote violence", "Remote explosive/landmine/IED"
        if say:
            say("exists", "a vehicle that attacked: a car bomb")
    if event_type == "Battles" and (trig.phrase == "هاجم*" and is_attack_by_aircraft(stoks, d.trigger.first)
                                    or trig.phrase in ("attacked", "attack*", "raid", "raids", "raided") and attacked_from_air(stoks, d.trigger.first)):
        event_type, sub = "Explosions/Remote violence", "Air/drone strike"
        if say:
            say("exists", "aircraft that attacked ('طائرات ... هاجمت'): an air strike")
    if trig.flag == "remote" and _by_gunmen(stoks, d):
        # "استهداف المؤسسة من قبل عدد من المسلحين": targeted by gunmen is a ground attack
        event_type, sub = "Battles", "Armed clash"
        if say:
            say("exists", "a target hit by gunmen ('من قبل ... المسلحين'): an attack on the ground, not a strike")
    elif trig.flag == "remote":
        if has_air_word(stoks) or (trig.phrase.startswith(_AIR_IN_REPORT) and report_air()):
            sub = "Air/drone strike"
            if say:
                say("exists", "a strike word with no weapon, and an air word in the sentence or report: air/drone strike")
    if trig.phrase == "captured" and people_captured(stoks, d.trigger.first, d.trigger.last):
        event_type, sub = "Violence against civilians", "Abduction/forced disappearance"
        if say:
            say("exists", "people captured ('young men were captured'), not ground: an abduction")
    elif trig.flag == "territory":
        sub = territory_sub_type(a1.is_state if a1 is not None else (speaker.is_state if speaker else None))
        if say:
            say("exists", f"ground taken: {sub.lower()} (from who took it)")
        spot = d.place.place if d.place is not None else None
        if sub == "Non-state actor overtakes territory" and (spot is not None and spot.kind in _SITES
                                                              or _civil_site_taken(stoks, d)) \
                and not _fought(doc, stoks):
            # "سيطرة اللواء السابع على مطار طرابلس", "militias took over the state TV channel":
            # a group taking a site (not a town) with no fight told is a non-violent transfer
            event_type, sub = "Strategic developments", "Non-violent transfer of territory"
            if say:
                say("exists", "a group took a site with no fighting told in the sentence: non-violent transfer")
        elif _unopposed(stoks):
            # "took control of Sirte immigration centre, without any opposition", "دخلت المدينة
            # دون مقاومة": ground handed over, as ACLED codes it, a strategic development
            event_type, sub = "Strategic developments", "Non-violent transfer of territory"
            if say:
                say("exists", "ground taken without resistance told: non-violent transfer")
    if trig.flag == "territory" and trig.phrase in _STORMED and _building_attacked(stoks, d) \
            and (a1 is None or not a1.is_state) and (a2 is None or a2.kind in ("unidentified", "civilians")) \
            and not _fought(doc, stoks):
        # "Unidentified gunmen stormed the residence of the Swiss ambassador", "stormed and
        # vandalized the Karamanli Mosque": a building for civilians stormed is no ground
        # taken; with nobody hurt, property attacked, unless it is an institution's seat at
        # work ("اقتحمت مجموعة مسلحة مقر المؤسسة الوطنية للنفط"): its staff attacked with it
        if _hurt(d) or _seat_attacked(stoks, d):
            event_type, sub, a2 = "Violence against civilians", "Attack", load_actors().get("civilians")
        else:
            event_type, sub, a2 = "Strategic developments", "Looting/property destruction", None
        if say:
            say("exists", f"a building for civilians stormed: {sub.lower()}, not ground taken")
    if event_type == "Battles" and a2 is not None and a2.is_civilian and a2.id not in ("protesters", "rioters") \
            and (trig.phrase in MUTUAL or trig.flag == "territory"):
        # "1800 أسرة نزحت بسبب الاشتباكات", "عقب الاشتباكات احتج السكان": civilians are
        # never a side of a clash; they suffered from it or reacted to it
        a2 = None
        if say:
            say("actors", "civilians are not a side of a clash between armed groups: actor2 left unnamed")
    if event_type == "Battles" and sub == "Armed clash" and a2 is not None and a2.is_civilian \
            and (a1 is None or not a1.is_civilian) \
            and not (a2.id in ("protesters", "rioters") and trig.phrase in MUTUAL):
        # (a clash "between protesters and the security forces" has two sides: a riot, below)
        event_type, sub = "Violence against civilians", "Attack"
        if say:
            say("exists", "fighting whose other side is civilians: violence against civilians")
    if event_type == "Battles" and trig.phrase in SHOOTING and not _mutual_in(d) \
            and (a2 is None or a2.is_civilian) and is_shot_at_someone(stoks, d.trigger):
        # "جراء اطلاق نار عليهما من قبل وحدات عسكرية": someone shot at, not a clash
        event_type, sub, a2 = "Violence against civilians", "Attack", load_actors().get("civilians")
        if say:
            say("exists", "shots fired at someone, with no armed side hit back: violence against civilians")
    if trig.flag == "weak" and event_type == "Battles" and (a2 is not None and a2.is_civilian):
        event_type, sub = "Violence against civilians", "Attack"
    if event_type == "Protests" and any(t.trigger.event_type in ("Battles", "Explosions/Remote violence", "Riots")
                                        or t.trigger.sub_event_type == "Looting/property destruction"
                                        for t in d.happening.triggers):
        # "Protesters stormed the parliament and set it on fire": a protest turned violent.
        event_type, sub = "Riots", "Violent demonstration"
        if say:
            say("exists", "a protest told with violence: a violent demonstration")
    if sub == "Looting/property destruction" and a1 is None and not _passive_no_agent(stoks, d) and not any(
            m.actor.kind not in ("civilians", "political", "international") and d.sentence.start <= m.start < d.sentence.end
            for m in doc.all_mentions):
        # "A group of men broke into a school and set papers on fire", "homes set on fire by
        # neighbours": property destroyed by nobody armed is a riot (ACLED codes it so)
        event_type, sub = "Riots", "Violent demonstration"
        if say:
            say("exists", "property destroyed with nobody armed named: a riot")
    crowd = {x.id for x in (a1, a2) if x is not None} & {"protesters", "rioters"}
    if crowd and (event_type == "Battles" or sub == "Looting/property destruction"):
        event_type, sub = "Riots", "Violent demonstration"  # "اقتحم محتجون مقر الحكومة"
        if a1 is not None and a1.id in crowd:
            a1 = None
        elif a2 is not None and a2.id in crowd and a1 is not None and a1.is_state:
            a1, a2 = None, a1  # the crowd acts in a riot; the forces it fought are the other side
    if event_type == "Protests" and a1 is not None and not a1.is_civilian and a1.kind != "political":
        # "supporters of the LNA rallied", "protested against Haftar's offensive": the crowd
        # protests; an armed side named is whom it backs or opposes, or who dispersed it.
        if sub != "Peaceful protest" and (a2 is None or a2.id in ("protesters", "rioters")):
            a2 = a1
        a1 = None
    if event_type == "Protests" and sub == "Peaceful protest" and a2 is not None and not a2.is_civilian:
        a2 = None
    if event_type == "Protests" and (a1 is None or a1.is_civilian):
        a1 = load_actors().get("protesters")  # residents who protest are protesters
    if event_type == "Riots" and a1 is not None and a1.kind == "political":
        # "stormed the headquarters of the interim government": the seat is the target.
        a2, a1 = (a2 or a1), None
    if event_type == "Riots" and (a1 is None or a1.is_civilian):
        a1 = load_actors().get("rioters")
    if event_type == "Battles" and sub == "Armed clash" and not _mutual_in(d) and _building_attacked(stoks, d) \
            and (a2 is None or a2.kind in ("unidentified", "civilians")):
        if not _hurt(d) and not _seat_attacked(stoks, d):
            # "Gunmen attacked polling stations in Ubari and forced their closure", "attacked a
            # historic mosque": a building attacked with nobody hurt is property attacked
            # (ACLED: a strategic development), not a fight
            event_type, sub = "Strategic developments", "Looting/property destruction"
            if say:
                say("exists", "a building attacked with nobody hurt: property attacked, not a fight")
        else:
            # "هجوم على مقر المفوضية العليا للانتخابات ... مقتل 11 شخصا": people killed in an
            # attack on a building for civilians, no force named among them, are civilians; so
            # are the staff of an institution's seat attacked at work
            event_type, sub, a2 = "Violence against civilians", "Attack", load_actors().get("civilians")
            if say:
                say("exists", "people hurt in an attack on a building for civilians, or an institution's seat "
                              "attacked: violence against civilians")
    if event_type == "Violence against civilians" and sub == "Attack" and a2 is not None \
            and a2.kind in _ARMED and (a1 is None or not a1.is_civilian):
        # "An army officer was shot dead", "a policeman was killed by gunmen": an attack on
        # a member of a force is a fight with that force (ACLED: armed clash), not violence
        # against civilians
        event_type, sub = "Battles", "Armed clash"
        if say:
            say("exists", f"an attack on a member of {a2.name_en}: an armed clash")
    if event_type in VIOLENT_TYPES and a2 is not None and a2.is_state and (a1 is None or a1.kind == "unidentified") \
            and _OFF_DUTY.search(d.sentence.text):
        # "An Air Force sergeant was shot and killed ... as he left Asr prayers", "gunmen
        # killed an army officer while he was driving home": off duty, a civilian (ACLED)
        a2 = load_actors().get("civilians")
        if event_type == "Battles":
            event_type, sub = "Violence against civilians", "Attack"
        if say:
            say("exists", "a member of a force hit off duty (at prayers, driving home, at home): a civilian")
    if event_type == "Violence against civilians" and a2 is None:
        a2 = load_actors().get("civilians")  # ACLED: the target of such violence is civilians
        if say:
            say("actors", "actor2 civilians: ACLED's target of violence against civilians")
    if event_type in ("Protests", "Riots") and a2 is not None and a2.id in ("protesters", "rioters"):
        a2 = None
    if sub == "Violent demonstration" and a2 is not None and a2.is_civilian:
        a2 = None  # "locals set tyres on fire ... residents were angry": the residents are the rioters
    if a2 is not None and a1 is not None and a2.id == a1.id:
        a2 = None
    if event_type == "Battles" and a1 is not None and a2 is not None and a2.is_state and not a1.is_state \
            and trig.phrase in MUTUAL:
        a1, a2 = a2, a1  # "fighting between Ansar al-Sharia and pro-government forces": ACLED names the state first

    # a launch announced is launched that day; a strike announced was made when the text says
    relative_after = d.trigger.end if doc.lang == "en" else None  # "..., which was due to dissolve two months ago"
    own = not_ended(not_lasting(d.happening.dates), stoks, relative_after)
    own = happening_dates(own, stoks, [t.start for t in d.happening.triggers]) \
        if len(own) > 1 and event_type in VIOLENT_TYPES else own
    value, prec = date_in(own, 0, 1 << 62) if own else (None, "unknown")
    how_dated = "the date nearest the trigger"
    if value is None:
        dates = not_ended(not_lasting(d.dates), stoks, relative_after)
        value, prec = date_in(dates, d.sentence.start, d.sentence.end) if dates else (None, "unknown")
        how_dated = "the most specific date of the sentence"
    date_bonus, carried = 0.05, False
    if value is None and d.told_date[0] is not None:
        # "On 28 February, LNA forces shelled Abu Salim. GNA forces responded by shelling
        # ...": a sentence with no day of its own goes on with the day its paragraph told.
        value, prec = d.told_date
        date_bonus, carried = 0.03, True
        how_dated = "no date in the sentence: the day its paragraph told before"
    undated = value is None
    if undated:
        value, prec, date_bonus = fallback_date, fallback_prec, fallback_bonus
        how_dated = ("no date in the sentence nor its paragraph: the report's date" if value == report.published
                     else f"no date in the sentence nor its paragraph: the day before the report's, filed "
                          f"overnight ({report.filed:%H:%M} UTC)" if value is not None and report.filed is not None
                     else "no date in the text and the report has none")
    if say:
        say("date", f"{value} ({prec if value is not None else 'unknown'}): {how_dated}")
        if why.date_candidates:
            say("date", "dates of the sentence: " + why.date_candidates)

    p, how = d.place, d.place_how
    police = a1 if a1 is not None else a2  # "تم اعتقاله ... بالتنسيق مع السلطات الأمنية التونسية"
    if sub == "Arrests" and police is not None and police.kind == "foreign-state" and how in ("inherited", "country") \
            and any(f in _POLICE for t in stoks for f in clitic_forms(t.key)):
        # "أن الشرطة الفرنسية أوقفت ... ساركوزي": a country's police arrest at home, not in
        # the Libyan town the report is about
        p, how = None, "abroad"
        if say:
            say("place", f"an arrest by the police of {police.name_en}, with no place of its own: abroad, "
                         "not the report's town")
    place = p.place if p is not None else None
    precision = None
    if place is not None:
        precision = p.mention.resolution.precision or 1
        if how in ("own", "actor") and (p.area or how == "actor"):
            precision = max(precision, 2)
        elif how == "inherited":
            precision = 3 if place.kind in REGION_KINDS else max(precision, 2)
        elif how == "country":
            precision = 3
    if say:
        say("place", f"chosen: {place.name_en if place is not None else 'none'} ({how}), "
                     f"geo precision {precision}")
    place_part = {"own": 0.25, "actor": 0.14, "inherited": 0.08, "country": 0.06, "abroad": 0.2,
                  "none": 0.0}[how]
    actor_part = (0.08 if from_speaker else 0.15) if a1 is not None else 0.0
    actor_part += 0.05 if a2 is not None else 0.0
    conf = 0.12 + 0.38 * trig.strength + place_part + actor_part + date_bonus
    if value is not None and report.published is not None and (report.published - value).days > 7:
        conf -= 0.15  # recalled background ("the offensive launched in April"): not the news
        if say:
            say("exists", "dated more than a week before the report: recalled, lower confidence")
    if trig.flag == "weak":
        conf *= 0.8
    conf = round(max(0.05, min(0.99, conf)), 3)

    pid = place.id if place is not None else None
    s = d.sentence
    eid = event_id(report.id, s.start, event_type, sub, pid)
    if undated:
        doc.undated.add(eid)
    elif carried:
        doc.carried.add(eid)
    return Event(
        id=eid,
        report_id=report.id,
        event_date=value,
        date_precision=prec if value is not None else "unknown",
        event_type=event_type,
        sub_event_type=sub,
        actor1=a1.name_en if a1 else None,
        actor2=a2.name_en if a2 else None,
        assoc_actors=tuple(x.name_en for x in roles.assoc if x not in (a1, a2)),
        location=place.name_en if place else None,
        location_ar=place.name_ar if place else None,
        place_id=pid,
        admin1=place.admin1 if place else None,
        # The mention's own point: "30 km west of Sirte" is not Sirte (geo moved it and says how).
        latitude=p.mention.resolution.latitude if place else None,
        longitude=p.mention.resolution.longitude if place else None,
        geo_precision=precision,
        geocoder=(p.mention.resolution.method or "gazetteer") if place is not None else None,
        fatalities=d.fatalities,
        fatalities_lower_bound=d.fatalities_lb,
        injuries=d.injuries,
        injuries_lower_bound=d.injuries_lb,
        evidence=s.text,
        evidence_start=s.start,
        evidence_end=s.end,
        confidence=conf,
        in_libya=(place.country == "LY") if place is not None else (False if how == "abroad" else None),
    )


_WITHOUT = frozenset({"without", "no", "دون", "بدون", "ودون", "وبدون"})  # "meeting no resistance"
_RESISTANCE = frozenset({"opposition", "resistance", "fight", "fighting", "مقاومة", "مقاومه", "قتال", "اشتباكات",
                         "مواجهات", "مواجهة", "مواجهه"})


def _unopposed(tokens) -> bool:
    return any(t.key in _WITHOUT and any(tokens[k].key in _RESISTANCE for k in range(i + 1, min(len(tokens), i + 5)))
               for i, t in enumerate(tokens))


def _fought(doc: Doc, tokens) -> bool:
    """Whether a sentence tells of violence besides ground changing hands, or of the ground
    taken back ("سيطر قبل أيام على ميناءي السدرة ورأس لانوف، قبل أن يتمكن الجيش من استعادة
    السيطرة عليهما"): ground that changed hands twice was fought over."""
    found = doc.triggers.find(tokens)
    return any(m.trigger.event_type in VIOLENT_TYPES and m.trigger.flag not in ("territory", "ignore")
               for m in found) or any(m.trigger.sub_event_type == "Government regains territory"
                                      and any(f.startswith(_RETAKE) for f in clitic_forms(tokens[m.first].key))
                                      for m in found)

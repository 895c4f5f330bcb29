"""English casualty figures: "killing at least 5 civilians", "3 people killed", "four
soldiers were killed", "the death toll rose to 20", "no casualties"."""
from __future__ import annotations

import re

from events.casualties.base import (Figure, coordinated, is_vague, is_year, number,
                                    window_before)
from events.dates import Occupied
from events.numbers import EN_NUMBER, EN_VAGUE, Quantity, parse_quantity, word_trie

_I = re.IGNORECASE | re.UNICODE
_VAGUE = re.compile(rf"(?:{EN_VAGUE})\s*\Z", _I)

_LB = r"at\s+least|more\s+than|over|upwards\s+of|in\s+excess\s+of|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|a\s+total\s+of\s+at\s+least"
_EST = r"about|around|approximately|nearly|almost|some|roughly|up\s+to|an\s+estimated|as\s+many\s+as|close\s+to|a\s+reported|perhaps|possibly"
_QUAL = rf"(?:(?P<lb>{_LB})|(?P<est>{_EST})|a\s+total\s+of|another|an\s+additional|a\s+further)\s+"
_PERSON = (r"man|woman|boy|girl|child|civilian|soldier|person|fighter|member|policeman|"
              r"journalist|commander|leader|militant|militiaman|officer|guard|student|doctor|"
              r"migrant|worker|resident|youth|teenager|photographer|reporter|driver|shepherd|farmer|"
              r"chief|colonel|captain|lieutenant|sergeant|commando|imam|sheikh|preacher|judge|lawyer|"
              r"prosecutor|activist|engineer|official|businessman|employee|cleaner|teacher|nurse|"
              r"cameraman|presenter|editor|candidate|national|citizen|poet|pilot|professor|cleric|"
              r"gardener|artist|academic|blogger|trader|merchant|mechanic|surgeon|diplomat|prisoner|"
              r"detainee|inmate|mayor|councillor|councilor|priest|staffer|reservist|element|figure|"
              r"politician|lawmaker|dissident|singer|footballer|father|mother|patient|passenger|pedestrian|"
              r"bystander|neighbour|neighbor|tribesman|elder|vendor|fisherman")
_PERSON_HEAD = re.compile(rf"(?:[a-z'\-]+\s+){{0,2}}?(?:{_PERSON})\b", _I)
_N = rf"(?P<n>{EN_VAGUE}|{EN_NUMBER})"
_FWD = re.compile(
    rf"\b(?P<trig>killing|killed|kills|kill|executed|executing|wounding|wounded|injuring|injured|"
    rf"injures|wounds|claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of|"
    rf"cost\s+the\s+lives\s+of|costing\s+the\s+lives\s+of|shot\s+dead|gunned\s+down|bodies\s+of|"
    rf"shot\s+and\s+killed|shot\s+to\s+death|assassinated|assassinating|murdered|murdering|body\s+of|"
    rf"beheaded|beheading|decapitated|"
    # "a video of the execution of two captured soldiers", "the beheading of 21 Egyptians"
    rf"(?<!attempted\s)(?:execution|beheading|killing|murder)s?\s+of|"
    # "Clashes resulted in the death of three soldiers": a death the happening caused
    rf"(?:resulted\s+in|resulting\s+in|caused|causing|led\s+to|leading\s+to)\s+the\s+deaths?\s+of)\s+"
    rf"(?:{_QUAL}|(?P<range>between)\s+)?(?:(?:the\s+)?{_N}|(?P<one>an?|the)\s+(?=(?:[\w'’-]+\s+){{0,3}}?(?:{_PERSON})\b))", _I)
# "killing a family of four", "a family of five were killed": the family's number is its dead
_FAMILY = re.compile(
    rf"\b(?P<trig>killing|killed|kills|kill|wounding|wounded|injuring|injured)\s+(?:{_QUAL})?(?:a|an|one|the)\s+"
    rf"(?:[a-z]+\s+)?family\s+of\s+{_N}\b"
    rf"|\b(?:a|an|one)\s+(?:[a-z]+\s+)?family\s+of\s+(?P<n2>{EN_NUMBER})\s+(?:were|was|have\s+been|had\s+been)\s+"
    rf"(?:\w+\s+)?(?P<trig2>killed|wounded|injured)\b", _I)
# Headlines drop the article: "Assailants kill army officer in Benghazi" is one dead.
_HEADLINE = re.compile(
    rf"\b(?:kill|kills|killing)\s+(?:(?!(?:the|a|an|his|her|their|its|by|and|or|to)\b)[a-z]+\s+)?(?:{_PERSON})\b", _I)
# "tried to kill a pilot", "threatened to kill two hostages", "came to kill": nobody died
_ONE_BODY = re.compile(r"\b(?:body|corpse)\s+of\s+(?:a|an|the|one|citizen)\b|\b(?:his|her)\s+(?:body|corpse)\b"
                       # "An Air Force Lieutenant's body was found west of Sirte", "a corpse was found"
                       r"|\b(?:body|corpse)\s+(?:was|has\s+been|had\s+been)\s+(?:found|discovered|dumped|recovered)\b", _I)
_FOUND_BODY = re.compile(r"\b(?:found|discovered|dumped|recovered)\b", _I)
_ATTEMPT = re.compile(r"\bto\s*\Z"
                      # "arrested on suspicion of having killed a policeman": a charge, not a death
                      r"|\b(?:suspected|suspicion|accused|charged|convicted|guilty|responsible)\s+(?:of|with|for)\s+"
                      r"(?:having\s+)?\Z", _I)
_UNKNOWN_MANY = re.compile(r"\b(?:killed|killing|killing\s+off)\s+all\b(?!\s+(?:but|except))"
                  # "inflicted heavy casualties", "heavy losses": an unknown many, 10 (ACLED's 2014 and 2015 notes)
                  # "Large human and material losses were reported": the human ones count; "heavy
                  # material losses" alone are no dead
                  r"|\b(?:heavy|large|huge|great|big)\s+(?:human\s+(?:and\s+material\s+)?)?(?:casualties|losses)\b", _I)
_TOLL = re.compile(
    rf"\b(?:(?P<k>death|fatality)\s+toll|(?P<k2>number\s+of\s+(?:dead|deaths|fatalities))|"
    rf"(?P<w>number\s+of\s+(?:injured|wounded))|(?P<k3>toll))\s+(?:\w+\s+){{0,3}}?"
    rf"(?:to|of|at|reached|is|was|stands\s+at|stood\s+at|rose\s+to|climbed\s+to)\s+(?:{_QUAL})?{_N}", _I)
_BACK_TRIGGERS = {
    "killed": "killed", "dead": "killed", "died": "killed", "deaths": "killed",
    "fatalities": "killed", "executed": "killed", "slain": "killed", "perished": "killed",
    "casualties": "killed", "lives": "killed", "die": "killed", "dies": "killed",
    "wounded": "wounded", "injured": "wounded", "hurt": "wounded", "injuries": "wounded",
    "wounds": "wounded", "shot": "killed",
    # "A judge was murdered", "An army colonel was gunned down": one dead
    "murdered": "killed", "assassinated": "killed", "gunned": "killed", "beheaded": "killed",
    "bodies": "killed",  # "found four unknown bodies", "two bodies were pulled out"
}
_AUX = (r"(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|is|been|being|had|have|has|got|"
           r"(?:is|are|was|were)\s+(?:said|reported|believed|thought|confirmed)\s+to\s+have\s+(?:been\s+)?)\s+)?"
           r"(?:(?:(?!nearly|narrowly)\w+ly|reported|also|all|later|then|since|now|each|both|lost\s+their|"
           r"shot|summarily|left|found|(?:kidnapped|abducted|tortured|shot|captured|beaten|"
           r"wounded|injured)\s+and)\s+)*")
_MONTHS_EN = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_NP_TOKEN = (rf"(?!(?:{EN_NUMBER}|{EN_VAGUE}|and\b|but\b|while\b|after\b|when\b|as\b|with\b|"
                rf"in\b|on\b|at\b|by\b|(?:{_MONTHS_EN})[a-z]*\b|killing\b|wounding\b))"
                # "six of Gen. Haftar's soldiers were killed": a title's full stop ends no sentence
                rf"(?:(?:gen|lt|col|maj|brig|capt|sgt|cpl|dr|mr)\.|[^\s.;:!?]+)")
_BACK = re.compile(
    # "Both suicide bombers died", "both soldiers were killed": two ("on both sides" is no count)
    rf"(?:(?:{_QUAL}))?(?:{_N}|(?P<one>\b(?:an?|one)\b)|(?P<both>\bboth\b(?=\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:(?:{_PERSON}|bomber|attacker|assailant|brother)s?|men|gunmen|women|children)\b)))"
    rf"(?P<np>(?:\s+{_NP_TOKEN}){{0,10}}?)\s+{_AUX}\Z", _I)
# "A non-commissioned officer in the military police was assassinated": one person with a
# longer tail (no comma in it) than the general pattern lets through
_BACK_PERSON = re.compile(
    rf"(?P<n>(?!))?(?P<one>\b(?:an?|one|the)\b)(?P<np>\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_PERSON})\b(?:\s+[^\s.;:!?,]+){{0,7}}?)"
    rf"\s+{_AUX}\Z", _I)
# "... had just left work and was driving home when he was shot dead": one dead
_BACK_PRONOUN = re.compile(rf"(?P<n>(?!))?(?P<one>\b(?:he|she)\b)(?P<np>)\s+{_AUX}\Z", _I)
_ZERO = re.compile(
    r"\b(?:(?:no|without|caused\s+no|causing\s+no|there\s+were\s+no)\s+(?:\w+\s+)?"
    r"(?P<what>casualties|fatalities|deaths|injuries|one\s+(?:was\s+)?(?:killed|hurt|injured|wounded)"
    r"|reported\s+casualties|loss\s+of\s+life)"
    r"|(?P<nobody>nobody|no\s+one|no-one)\s+(?:was\s+|were\s+)?(?:reported\s+)?(?P<nk>killed|hurt|injured|wounded|died))\b", _I)
_NOT_PEOPLE = re.compile(
    rf"\s*(?:km\b|kilomet|miles?\b|met(?:er|re)s?\b|%|percent|per\s+cent|years?\b|year-old|"
    rf"months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|times\b|brigades?\b|battalions?\b|"
    # a unit's name ("the 166 Misratan Brigade"); case-sensitive, so "Four soldiers of Brigade
    # 302 were wounded" keeps its soldiers, and "killing 3 Misratan Brigade fighters" its fighters
    rf"(?:(?-i:[A-Z])[\w-]*\s+){{1,2}}(?:brigade|battalion|regiment|division)\b"
    rf"(?!\s+(?:fighters|members|soldiers|troops|men|militiamen|gunmen)\b)|"
    rf"vehicles?\b|tanks?\b|targets?\b|sites?\b|positions?\b|houses?\b|buildings?\b|"
    rf"(?:{_MONTHS_EN})[a-z]*\b|million\b|billion\b|dinars?\b|dollars?\b)", _I)
_NOT_AFTER_UNIT = re.compile(r"(?:brigade|battalion|regiment|unit|division|no\.?|number|route|road|highway|camp|km|kilometre|kilometer)\s*$", _I)
# "killing five soldiers and the attacker", "killing one person (and the attacker)"
# (the victims may be named at length first: "killed five militiamen from Misrata's Brigade 166
# (Operation Sunrise) and the attacker"; no full stop, comma or semicolon between)
# "... and the bomber", "killed five soldiers and himself": ACLED counts the attacker too
_AND_ATTACKER = re.compile(r"(?:\s+\(?[\w'’-]+\)?){0,10}?\s*\(?\s*and\s+(?:(?:the|its)\s+(?:suicide\s+)?"
                           r"(?:attacker|bomber|assailant)|himself|herself)\b", _I)
# "the 21st Border Guard Battalion", "the pro-Haftar 146 infantry brigade": a unit's number
_UNIT_KIND = r"infantry|mechani[sz]ed|armou?red|tank|artillery|special|border|guards?|commando|marines?|motori[sz]ed"
_UNIT_NUMBER = re.compile(r"\b\d+(?=(?:st|nd|rd|th)?\s+(?:(?:[A-Z][\w-]*|(?i:" + _UNIT_KIND + r"))\s+){0,2}"
                          r"(?i:brigade|battalion|regiment|division)\b"
                          r"(?!\s+(?i:members?|fighters?|soldiers?|troops|personnel|men)\b))")
_UNIT_NUMBER_AFTER = re.compile(r"\b(?:Brigade|Battalion|Regiment|Division)\s+(\d+)\b")
_RANGE = re.compile(rf"(?P<low>\bbetween\s+(?:{EN_NUMBER}))(?P<up>\s+(?:and|to)\s+(?:{EN_NUMBER}))\b", _I)
_SELF_AND = re.compile(rf"\b(?:killed|killing|kills)\s+(?:himself|herself)\s+and\s+(?:{_QUAL})?{_N}\b", _I)
_INCLUDING = re.compile(r",\s*(?:including|among\s+them|among\s+whom|of\s+whom)\s+[^,.;]*,", _I)
_BACK_TRIGGER = re.compile(rf"\b(?P<w>{word_trie(_BACK_TRIGGERS)})\b", _I)


# "The Libyan Deputy Industry Minister was shot dead", "An army colonel who returned to Derna
# for his brother's burial was gunned down": a sentence whose subject is one person ("was", not
# "were") and whose verb is a killing counts one dead, however long the subject runs. Titles
# are heads here only, never in the forward patterns ("killing major targets").
_TITLE = r"minister|director|chairman|president|manager|governor|deputy|spokesman|expert|agent|victim|" \
         r"hostage|islamist|general|head|brother|son|father|husband|wife|widow|man"
_SUBJECT_ONE = re.compile(
    rf"\A\s*(?:(?:in|on|at|late|early|meanwhile|separately)\b[^,.;]{{0,60}},\s*)?"
    rf"(?!(?:{EN_NUMBER}|{EN_VAGUE})\s)(?:(?:the|an?)\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:{_PERSON}|{_TITLE})\b"
    rf"(?P<tail>[^.;!?]{{0,200}}?),?\s+"
    rf"(?:was|has\s+been|had\s+been|(?:is|was)\s+(?:said|reported|believed|thought|confirmed)\s+to\s+have\s+been)\s+"
    rf"(?P<mid>(?:[\w'’-]+\s+){{0,4}}?)"
    rf"(?P<w>shot\s+dead|gunned\s+down|killed|murdered|assassinated|beheaded|decapitated|executed|slain|"
    rf"shot\s+to\s+death|stabbed\s+to\s+death|found\s+dead)\b", _I)
# A headline drops "was": "Security element killed, five wounded in Gharyan clashes"; only a
# passive one (what follows is no object: "in", "near", a comma, the end)
_HEADLINE_ONE = re.compile(
    rf"\A\s*(?:[\w'’-]+\s+){{0,3}}?(?:{_PERSON}|{_TITLE})\s+"
    rf"(?P<w>killed|shot\s+dead|gunned\s+down|assassinated|murdered|beheaded|executed|found\s+dead)"
    rf"(?=\s*(?:[,;:]|\Z|(?:in|near|at|on|by|outside|inside|after|during|as|while)\b))", _I)
# "One of the Islamic State's leading commanders, Imad Zway, was killed": one of many, one dead
_ONE_OF = re.compile(
    r"\A\s*(?:(?:in|on|at|late|early|meanwhile|separately)\b[^,.;]{0,60},\s*)?one\s+of\s+"
    r"(?P<tail>[^.;!?]{0,160}?),?\s+(?:was|has\s+been|had\s+been)\s+(?P<mid>(?:[\w'’-]+\s+){0,4}?)"
    r"(?P<w>shot\s+dead|gunned\s+down|killed|murdered|assassinated|beheaded|executed|slain|found\s+dead)\b", _I)
# what may not sit in the subject (another clause's people, a count) or between "was" and the verb
_NOT_ONE_TAIL = re.compile(rf"\b(?:were|are|and\s+(?:his|her|the|an?|two|three)|{EN_NUMBER}\s+(?:[\w'’-]+\s+)?"
                           rf"(?:people|persons|soldiers|civilians|men|members|fighters))\b", _I)
_NOT_ONE_MID = re.compile(r"\b(?:not|never|nearly|almost|narrowly|by|when|after|while|who|but)\b", _I)
# "Gunmen shot a newspaper editor dead", "the killing of a young man", "the execution of an
# Egyptian man": one dead named after the verb
_ONE_AFTER = re.compile(
    rf"\b(?:shot\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_PERSON}|{_TITLE})\s+dead|"
    rf"(?<!attempted\s)(?<!failed\s)(?:killing|murder|death|execution|beheading)\s+of\s+(?:an?|one)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_PERSON}|{_TITLE})|"
    rf"shot\s+to\s+death\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_PERSON}|{_TITLE})|"
    # "opened fire on him ... killing him", "killed only the bomber", "leading to his injury and
    # death", "He later died of his wounds": one person's death, told by a pronoun or a role
    rf"(?:killing|killed)\s+him|(?:killing|killed)\s+her(?=\s*(?:[,.;:]|\Z|instantly|immediately|on\s+the\s+spot))|"
    rf"(?:killing|killed)\s+only\s+the\s+(?:bomber|attacker|assailant|driver|gunman)|"
    # "Armed men shot dead the head of security", "captured a soldier and slit his throat",
    # "seized an activist and executed him", "succumbed to his wounds"
    rf"shot\s+dead\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_PERSON}|{_TITLE})|"
    rf"(?:executed|beheaded|slaughtered)\s+(?:him|her)(?=\s*(?:[,.;:]|\Z|in\b|on\b|at\b|after\b))|"
    rf"slit\s+(?:his|her)\s+throat|succumbed\s+to\s+(?:his|her)\s+(?:wounds|injuries)|"
    # "a suicide bomber blew himself up", "detonated himself": the bomber, when no other dead is told
    rf"(?:blew|detonated)\s+(?:himself|herself)(?:\s+up)?|"
    rf"(?:leading\s+to|resulting\s+in|causing)\s+(?:his|her)\s+(?:injury\s+and\s+)?death|"
    rf"(?<![\w'’-]\s)(?:he|she)\s+(?:later\s+|subsequently\s+|then\s+)?died)\b", _I)


def _one_dead(ft: str, occupied: Occupied) -> list[Figure]:
    """One person killed, with no number written: the sentence's singular subject, or a
    single person after the verb."""
    m = _SUBJECT_ONE.match(ft) or _HEADLINE_ONE.match(ft) or _ONE_OF.match(ft)
    tail, mid = (m.groupdict().get("tail") or "", m.groupdict().get("mid") or "") if m is not None else ("", "")
    if m is not None and not _NOT_ONE_TAIL.search(tail) and not _NOT_ONE_MID.search(mid) \
            and not _BACK_TRIGGER.search(tail) and occupied.free(m.start("w"), m.end()):
        occupied.take(m.start("w"), m.end())
        return [Figure("killed", Quantity(1), m.start("w"), m.end())]
    for m in _ONE_AFTER.finditer(ft):
        if occupied.free(*m.span()) and not _ATTEMPT.search(ft, max(0, m.start() - 30), m.start()):
            occupied.take(*m.span())
            return [Figure("killed", Quantity(1), *m.span())]
    return []


def figures(ft: str) -> list[Figure]:
    """Every killed / wounded figure in English text, before they are combined."""
    figs: list[Figure] = []
    occupied = Occupied()
    free = occupied.free

    for m in _TOLL.finditer(ft):
        q = number(m)
        if q and not _NOT_PEOPLE.match(ft, m.end()):
            figs.append(Figure("wounded" if m.group("w") else "killed", q, *m.span(), total=True))
            occupied.take(*m.span())
    for m in _ZERO.finditer(ft):
        what = (m.group("what") or m.group("nk") or "").lower()
        if "injur" in what or "hurt" in what or "wound" in what:
            kinds: tuple[str, ...] = ("wounded",)
        elif "casualt" in what:
            kinds = ("killed", "wounded")
        else:
            kinds = ("killed",)
        for k in kinds:
            figs.append(Figure(k, Quantity(0), *m.span()))
        occupied.take(*m.span())
    for m in _UNKNOWN_MANY.finditer(ft):
        # "killed all those inside", "heavy casualties": no number; ACLED's convention for an unknown many is 10
        if free(*m.span()):
            figs.append(Figure("killed", Quantity(10, False, True), *m.span(), vague=True))
            occupied.take(*m.span())
    for m in _FAMILY.finditer(ft):
        q = parse_quantity(m.group("n") or m.group("n2"))
        if q is not None and 1 < q.value <= 30 and free(*m.span()):
            trig = (m.group("trig") or m.group("trig2")).lower()
            figs.append(Figure("wounded" if trig.startswith(("wound", "injur")) else "killed", q, *m.span()))
            occupied.take(*m.span())
    # "killing between eight and nine guards": ACLED takes the lower figure, and the upper
    # one is no second group of dead (masked, same length, so offsets hold)
    uppers = {r.start("up"): r.end("up") for r in _RANGE.finditer(ft)}
    ranged = _RANGE.sub(lambda r: r.group("low") + re.sub(r"\S", "x", r.group("up")), ft)
    for m in _FWD.finditer(ranged):
        s, e = m.span()
        if m.group("range"):
            if e not in uppers:
                continue  # "between" with no upper figure: no range
            e = uppers[e]
        if not free(s, e):
            continue
        n = m.group("n")
        if is_year(n) or _NOT_PEOPLE.match(ft, e):
            continue
        q = number(m)
        if q is None or q.value > 100000:
            continue
        trig = m.group("trig").lower()
        if _ATTEMPT.search(ft, max(0, s - 30), s):
            continue
        kind = "wounded" if trig.startswith(("wound", "injur")) else "killed"
        if kind == "killed" and _AND_ATTACKER.match(ft, e):
            q = Quantity(q.value + 1, q.lower_bound, q.estimate)  # ACLED counts the bomber too
        figs.append(Figure(kind, q, s, e, vague=is_vague(m, _VAGUE)))
        occupied.take(s, e)
    for m in _SELF_AND.finditer(ft):
        # "a suicide bomber killed himself and four soldiers": the four and the bomber (ACLED
        # counts the bomber too)
        q = number(m)
        if q is not None and q.value <= 1000 and free(*m.span()):
            figs.append(Figure("killed", Quantity(q.value + 1, q.lower_bound, q.estimate), *m.span()))
            occupied.take(*m.span())
    for m in _HEADLINE.finditer(ft):
        if free(*m.span()) and not _ATTEMPT.search(ft, max(0, m.start() - 30), m.start()):
            figs.append(Figure("killed", Quantity(1), *m.span()))
            occupied.take(*m.span())
    if _FOUND_BODY.search(ft):
        # "Authorities found the corpse of a journalist", "The body of a citizen was found":
        # one dead, though no number is written
        m = _ONE_BODY.search(ft)
        if m is not None and free(*m.span()):
            figs.append(Figure("killed", Quantity(1), *m.span()))
            occupied.take(*m.span())
    for m in _KIN_SUBJECT.finditer(ft):
        # "A man and his son were killed", "a woman and her two daughters were killed": the one
        # person and the kin named after them, before the plural verb counts the kin alone
        kin = m.group("kin").lower()
        if free(*m.span()) and (m.group("n") or not kin.endswith(("s", "children"))):
            q = parse_quantity(m.group("n")) if m.group("n") else Quantity(1)
            if q is not None and q.value <= 100:
                kind = "wounded" if m.group("trig").lower() in ("wounded", "injured", "hurt") else "killed"
                figs.append(Figure(kind, Quantity(q.value + 1), *m.span()))
                occupied.take(*m.span())
    floor = 0
    for m in _BACK_TRIGGER.finditer(ft):
        word = m.group("w").lower()
        kind = _BACK_TRIGGERS.get(word)
        s, e = m.span("w")
        if word == "lives" and not re.search(r"lost\s+their\s*$", ft[max(0, s - 14):s], re.I):
            continue
        if word == "shot" and not re.search(r"(?:summarily|fatally)\s*$", ft[max(0, s - 12):s], re.I):
            continue  # "shot" alone may have survived; "shot dead" is caught by "dead"
        if kind is None or not free(s, e):
            floor = max(floor, e)
            continue
        wstart, chunk = window_before(ft, s, floor)
        floor = e
        # "Three members of the 149 Infantry Battalion were killed": the unit's number is a
        # name (masked, same length, so offsets hold); the count is before it
        chunk = _UNIT_NUMBER.sub(lambda u: "x" * len(u.group()), chunk)
        # "2 men from Misratan Battalion 166 killed": so is the number after the unit's noun
        chunk = _UNIT_NUMBER_AFTER.sub(lambda u: u.group()[:u.start(1) - u.start()] + "x" * len(u.group(1)), chunk)
        # "Between seven and eight people were killed": ACLED takes the lower figure
        chunk = _RANGE.sub(lambda r: r.group("low") + re.sub(r"\S", "x", r.group("up")), chunk)
        # "At least 12 people, including four civilians, were killed": the part set off by
        # commas is among the count before it, not the count
        chunk = _INCLUDING.sub(lambda u: "," + "x" * (len(u.group()) - 2) + ",", chunk)
        b = _BACK.search(chunk) or _BACK_PERSON.search(chunk) or _BACK_PRONOUN.search(chunk)
        if b is None:
            continue
        bs = wstart + b.start()
        n = b.group("n")
        if b.group("one") and not n:
            np_tokens = (b.group("np") or "").split()
            # "A boy was killed": the article counts one only for a short singular subject.
            # a person noun first may carry a longer tail: "A member of the Libyan Special Forces died"
            longest = 8 if np_tokens and _PERSON_HEAD.match(" ".join(np_tokens[:3])) else 5
            singular = re.search(r"\b(?:was|is|has\s+been|died)\b", chunk[b.end("np"):] + " " + word, re.I)
            # "Ten fighters and a commander were killed": one more, after the group before it;
            # "A soldier and a civilian were killed": two
            plural = re.search(r"\bwere\b", chunk[b.end("np"):], re.I)
            listed = plural and _COORD_BACK.search(ft[max(0, bs - 80):bs])
            pair = plural and _PAIR_BACK.search(ft[max(0, bs - 60):bs])
            if len(np_tokens) > longest or not (singular or listed or pair):
                continue
            if pair and not listed and not singular and free(bs - len(pair.group()), e):
                figs.append(Figure(kind, Quantity(2), bs - len(pair.group()), e))
                occupied.take(bs - len(pair.group()), e)
                continue
        if n and is_year(n):
            continue
        if _NOT_AFTER_UNIT.search(ft[max(0, bs - 14):bs]):
            continue
        if n and _NOT_PEOPLE.match(chunk, b.end("n")):
            continue
        if not free(bs, e):
            continue
        q = number(b)
        if q is None or q.value > 100000:
            continue
        if word == "casualties":
            q = Quantity(q.value, q.lower_bound, True)
        figs.append(Figure(kind, q, bs, e, vague=is_vague(b, _VAGUE)))
        occupied.take(bs, e)
    if not any(f.kind == "killed" for f in figs):
        figs += _one_dead(ft, occupied)
    figs = [_with_kin(ft, f) for f in figs]
    return figs + coordinated(ft, figs, occupied, _COORD_FWD, _NOT_PEOPLE, _VAGUE, _coordinated_back)


# "killed a Coptic doctor and his wife", "was murdered together with his young son": one more
_KIN_NOUN = r"wife|husband|son|daughter|brother|sister|driver|bodyguard|child|father|mother|friend|cousin|" \
            r"nephew|niece|colleague|companion|relative"
_KIN = re.compile(r"\s*(?:[\w'’-]+\s+){0,4}?(?:and|together\s+with|along\s+with)\s+(?:his|her)\s+"
                  rf"(?:(?P<n>{EN_NUMBER})\s+)?(?:young\s+|teenage\s+|\w+-year-old\s+)?(?P<kin>(?:{_KIN_NOUN})s?|children)\b"
                  r"(?!\s+(?:was\s+|were\s+)?(?:\w+ly\s+)?"
                  r"(?:wounded|injured|hurt|unhurt|survived|escaped|kidnapped|abducted))", _I)
_KIN_SUBJECT = re.compile(
    # (one person may have two nouns: "a youth activist and blogger and his friend")
    rf"\b(?:an?|one)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_PERSON})(?:\s+and\s+(?:{_PERSON}))?\s*,?\s+and\s+"
    rf"(?:his|her|their)\s+"
    rf"(?:(?P<n>{EN_NUMBER})\s+)?(?:(?:young|teenage|\w+-year-old)\s+)?(?P<kin>(?:{_KIN_NOUN})s?|children)\s+"
    r"(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?P<trig>killed|shot\s+dead|murdered|gunned\s+down|executed|"
    r"beheaded|found\s+dead|wounded|injured|hurt)\b", _I)


def _with_kin(ft: str, f: Figure) -> Figure:
    if f.kind != "killed" or f.q.value != 1 or f.q.estimate or f.total:
        return f
    before = ft[max(0, f.start - 40):f.end]
    if not re.search(r"\b(?:an?|one|the)\b|\bwas\b", before, _I):
        return f
    kin = _KIN.match(ft, f.end)
    if kin is None:
        return f
    # "killing a woman and her two children": the one and the kin counted; "and his sons",
    # uncounted, adds nobody sure
    n = parse_quantity(kin.group("n")) if kin.group("n") else None
    if n is None and kin.group("kin").lower().endswith(("s", "children")):
        return f
    return Figure(f.kind, Quantity(1 + (n.value if n is not None else 1), f.q.lower_bound, f.q.estimate),
                  f.start, f.end, f.total, f.vague)


# "Nine soldiers and two civilians were killed", "killing three soldiers and two


_NOUN = r"(?!(?:were|was|is|are|been|have|has|had|killed|wounded|injured|dead|died|said|and|in|on|at|by|of|the|when|after|while)\b)[a-z][a-z'\-]*"
_COORD_BACK = re.compile(rf"(?:(?:{_QUAL}))?{_N}(?:\s+{_NOUN}){{1,3}}\s*,?\s+and\s+\Z", _I)
_PAIR_BACK = re.compile(rf"\b(?:an?|one)(?:\s+{_NOUN}){{1,3}}\s*,?\s+and\s+\Z", _I)
_COORD_FWD = re.compile(rf"\A(?:\s+{_NOUN}){{1,3}}\s*,?\s+and\s+(?:(?:{_QUAL}))?{_N}(?=(?:\s+{_NOUN}){{1,3}})", _I)


def _coordinated_back(ft: str, f: Figure, after: str, occupied: Occupied) -> Figure | None:
    """"Nine soldiers and two civilians were killed": the group before the figure."""
    before = ft[max(0, f.start - 80):f.start]
    b = _COORD_BACK.search(before)
    if b is None:
        return None
    s = f.start - len(before) + b.start()
    e = f.start - len(before) + b.end("n")
    q = number(b)
    if q is not None and 0 < q.value <= 100000 and not is_year(b.group("n")) and occupied.free(s, e) \
            and not _NOT_PEOPLE.match(ft, e):
        occupied.take(s, e)
        return Figure(f.kind, q, s, e, vague=is_vague(b, _VAGUE))
    return None


# "A boy was killed" in an Arabic report quoting English: worth an English read too.
_QUOTED = re.compile(r"[A-Za-z]{4}")
_QUOTED_WORD = re.compile(r"\b(?:killed|wounded|injured|dead)\b", re.I)


def quoted_in(ft: str) -> bool:
    """Whether a report in another language quotes English casualty words."""
    return _QUOTED.search(ft) is not None and _QUOTED_WORD.search(ft) is not None

"""English cue words for the actor rules (events.actors.roles, events.actors.lexicon): the
words around a name that make it the agent, the target, an ally or the speaker. Actor
names themselves are rows of events/lexicon/actors.csv, not here."""

CUES = {
    # right before a name: the name is the target
    "target_before": """
    against on targeting targeted target targets positions position with from at bases base
    camp strongholds stronghold over
    """,
    # right after a name: what of it was hit ("hitting Islamic State targets", "IS positions")
    "target_after": """
    positions position targets strongholds stronghold hideouts hideout
    """,
    # right before a name: the agent (passive "by", "من قبل")
    "agent_before": """
    by
    """,
    # before a name: an ally of actor1
    "assoc_before": """
    alongside backed supported allied
    """,
    # before a name: the speaker or a person's title, not a party
    "speaker_before": """
    according spokesman spokesperson
    """,
    # right after a name: it speaks
    "speaker_after": """
    said says reported announced claimed stated spokesman spokesperson sources commander
    """,
    # beside a Libyan side: the report is its announcement
    "announce": """
    said announced claimed says
    """,
    # before a name: whose spokesman speaks
    "speaker_titles": """
    spokesman spokesperson
    """,
    # before a name, for ground changing hands: the loser
    "from_words": """
    from
    """,
    # "after": what follows is another act
    "after": """
    following
    """,
    # after the act: who tells it, not whom it was done to
    "source_words": """
    according said says
    """,
    # after a name: it speaks
    "said": """
    said say says told reported
    """,
    # "forces loyal to X": X's forces
    "loyal": """
    allied aligned loyal affiliated
    """,
    # forces, with loyal
    "forces": """
    forces troops fighters units militias
    """,
    # "a mortar round fired from IS lines", "rockets believed to have been fired by X": the
    # weapon's user, however far the weapon's word
    "fired": """
    fired launched lobbed shot dropped planted
    """,
    # "by a supporter of the Islamic State": who of the group, beside the member nouns
    "supporters": """
    supporter supporters loyalist loyalists affiliate affiliates
    """,
    # "a drone operated by X": X's thing, acted on
    "owning_participle": """
    operated owned belonging flown piloted manned
    """,
    # whom a fight was with
    "with_words": """
    with against
    """,
    # seizing verbs: the one named after them is seized
    "seized": """
    arrested detained captured kidnapped abducted seized apprehended killed
    """,
    # "killing three soldiers": the soldiers are acted on; after "was"/"were" ("an army
    # officer was shot dead", "was found shot") the name before is the victim
    "harm": """
    killing killed wounding wounded injuring injured kill wound injure leaving left
    shot assassinated ambushed attacked targeted stabbed murdered executed gunned found
    kidnapped abducted driven pushed expelled ousted routed
    """,
    # right after a victim's name: the act missed him ("officer escapes assassination
    # attempt", "and his family escaped death when gunmen sprayed their car")
    "escaped": """
    escaped escapes survived survives
    """,
    # between a member and "was found": whose body it was ("An Air Force lieutenant's body")
    "body_words": """
    body bodies corpse corpses
    """,
    # counts before a victim
    "number_words": """
    two three four five six seven eight nine ten eleven twelve dozens several many scores
    hundreds some at least
    """,
    # and
    "and_words": """
    and
    """,
    # between a describing word and a name: the name owns it
    # "a coalition of militias known as the Benghazi Revolutionaries Shura Council": the
    # describing word is the group named after it
    "made_of": """
    known
    """,
    "owned_by": """
    from of
    """,
    # beside a nationality adjective: the state acts
    "military_nouns": """
    drone drones strike strikes airstrike airstrikes air forces troops military warplanes
    warplane jets jet aircraft planes plane soldiers soldier officers advisers advisors
    mercenaries fighters frigate frigates warship warships navy naval support backing
    intervention deployment special artillery missiles missile weapons arms army commandos
    operation operations raid raids bombing bombardment shelling attack attacks presence
    """,
    # a state named only by its adjective, an actor only beside a military noun
    "nationality_adjectives": """
    turkish russian egyptian italian french american emirati tunisian algerian british
    qatari german
    """,
    # with and_words after a trigger: "clashes between X and Y"
    "between": """
    between
    """,
    # between a target word and a name ("positions of the")
    "linkers": """
    of the a an
    """,
    # before the one seized ("arrested a senior commander")
    "determiners": """
    a an the two three four five several
    """,
    # after a name (and its member noun): "X soldiers were killed" — X suffered the act
    "passive_aux": """
    was were been is are
    """,
    # the member nouns that may stand between a side's name and "were killed"
    "member_nouns": """
    soldiers soldier fighters fighter members member troops personnel officers officer
    guards guard recruits conscripts militiamen gunmen leader leaders commander commanders
    militants militant emir colonel colonels captain captains lieutenant lieutenants major
    sergeant sergeants brigadier general commando commandos elements element chief chiefs
    """,
    # a few words before civilians: they are to be spared, not hit ("to avoid harming civilians")
    "spared": """
    avoid avoiding protect protecting spare sparing safety
    """,
    # right before a force's name: a member who no longer serves ("a former special forces
    # officer"), a civilian now, not the force
    "former": """
    former retired ex ex-
    """,
    # right after a name: it condemned the act ("The Presidential Council condemned the
    # shelling") or vowed to pursue its authors ("The prime minister vowed to hunt down those
    # behind the attack"), never its own
    "condemn": """
    condemned condemns denounced denounces deplored deplores vowed vows pledged pledges
    """,
    # a few words before a force's name: he once served in it ("a pilot who previously worked
    # for the Interior Ministry"), a civilian now; both a word of when and one of serving
    "formerly": """
    previously formerly once
    """,
    "served": """
    worked served
    """,
    # right after a name: its spokesman speaks for it
    "spokesman_after": """
    spokesman spokesperson
    """,
    # who found a body ("was found by police", "police discovered the body") did not kill
    "finding": """
    found discovered recovered retrieved
    """,
    # right before a name: whom something was for ("a boat taking supplies to militants had
    # been bombed"): the side hit
    "recipient_before": """
    to
    """,
    # before "to": the name after it owns or did the thing ("belonging to", "attributed to",
    # "loyal to", "fell to") or is the unit someone serves in ("on secondment to"), not whom
    # it was for
    "to_owner": """
    belonging according attributed linked affiliated loyal allied close next due addition related
    over fell falls fallen aligned returned secondment seconded assigned transferred belonged
    belongs attached
    """,
    # "..., after taking control of": the -ing clause's subject is the sentence's
    "clause_link": """
    after before while since upon when
    """,
}

NOT_A_NAME: tuple[str, ...] = ()

"""Arabic cue words for the actor rules (events.actors.roles, events.actors.lexicon): the
words around a name that make it the agent, the target, an ally or the speaker. Written as
in text; they are folded like the report (events.sentences.tokenize) when loaded. Actor
names themselves are rows of events/lexicon/actors.csv, not here."""

CUES = {
    # right before a name: the name is the target
    "target_before": """
    ضد مواقع موقع مسلحي مسلحو عناصر صفوف معاقل معقل تمركزات تمركز تجمعات تجمع آليات رتل رتلا
    أرتال مخزن مخازن قادة قيادات مقر مقرات معسكر معسكرات تابع تابعة التابعة التابع تحركات
    دفاعات أهداف مخابئ قواعد قاعدة سيطرة على استهدف استهدفت استهداف يستهدف تستهدف استهدفوا
    زعيم زعماء أمير أمراء مركز مركزا مراكز أوكار وكر
    موقعا مقرا معسكرا مخزنا هدفا أهدافا تجمعا دورية دوريات
    انتمائهم انتمائه انتمائها انتمائهما الانتماء بالانتماء
    """,
    # a few words before a name: it was subjected to the act ("تعرضت دورية تابعة لحرس السواحل
    # إلى إطلاق نار من قبل مهربين"): the one acted on, not who acted
    "suffered_before": """
    تعرض تعرضت تعرضوا تعرضا تعرضتا يتعرض تتعرض
    """,
    # right before a name: the agent (passive "by", "من قبل")
    "agent_before": """
    قبل
    """,
    # before a name: an ally of actor1
    "assoc_before": """
    جانب بدعم مدعومة المدعومة بمساندة
    """,
    # before a name: the speaker or a person's title, not a party
    "speaker_before": """
    باسم المتحدث الناطق المعنوي قال أكد أوضح أفاد أعلن ذكر صرح كشف أضاف وأضاف تابع أشار لـ
    وفقا وفقاً بحسب حسب لمصادر مصادر
    """,
    # right after a name: it speaks
    "speaker_after": """
    قال أعلن أكد
    """,
    # beside a Libyan side: the report is its announcement
    "announce": """
    أعلن أعلنت وأعلن وأعلنت قال قالت وقال وقالت أكد أكدت
    """,
    # before a name: whose spokesman speaks
    "speaker_titles": """
    باسم المتحدث الناطق المعنوي الإعلامي
    """,
    # before a name, for ground changing hands: the loser
    "from_words": """
    من يد أيدي قبضة سيطرة
    """,
    # "belonging to", after a thing that acts ("طائرة تابعة ل")
    "owner_words": """
    تابع تابعة التابعة التابع
    """,
    # things that act for their owner (planes, units)
    "agent_nouns": """
    طائرة طائرات الطائرة الطائرات مسيرة مسيرات المسيرة المسيرات الحربية حربية قوات القوات
    قوة القوة وحدات الوحدات كتيبة الكتيبة مجموعة المجموعة الجو الطيران مقاتلات المقاتلات
    دورية الدورية رتل الرتل سرية السرية لواء اللواء
    """,
    # "after": what follows is another act
    "after": """
    بعد
    """,
    # after the act: who tells it, not whom it was done to
    "source_words": """
    وفق وفقا بحسب حسب حسبما وفقاً نقلا أعلنته أعلنت أعلن قالت قال ذكرت ذكر أفادت أفاد أكدت
    أكد
    """,
    # after a name: it speaks
    "said": """
    قالوا أفادوا ذكروا
    """,
    # "forces loyal to X": X's forces
    "loyal": """
    الموالية الموالي الموالين
    """,
    # forces, with loyal
    "forces": """
    قوات القوات
    """,
    # members of a side, before "من X": X's dead, not its act
    "members": """
    جندي جنديا جنديان جنديين جنود الجنود أفراد افراد مقاتل مقاتلا مقاتلين مقاتلي منتسبي
    منتسبين ضابط ضابطا ضباط عسكري عسكريا عسكريين شرطي شرطيا شرطيين عنصر عنصرا عنصران عنصرين
    """,
    # before "على" a few words before a name: the one seized ("القبض على الإرهابي المصري هشام
    # عشماوي"), whatever describes him between
    "seized": """
    القبض قبض بالقبض والقبض اعتقال باعتقال
    """,
    # before "تابع ل" and a name: who speaks for that side ("مسؤول تابع للحكومة المؤقتة")
    "speaker_nouns": """
    مسؤول مسئول مصدر متحدث ناطق مستشار
    """,
    # a few words before civilians: they are to be spared, not hit ("لتجنب إصابة المدنيين")
    "spared": """
    تجنب لتجنب بتجنب وتجنب تفادي لتفادي بتفادي حماية لحماية بحماية سلامة
    """,
    # right before a nationality: a person of that country, not its forces ("مقيما تركيا")
    "person_nouns": """
    شخص شخصا أشخاص مقيم مقيما مقيمين مواطن مواطنا مواطنين مواطنون رعايا عامل عاملا عمال عاملين مهندس مهندسا
    مهندسين طبيب طبيبا رجل رجلا رجال سائح سائحا سياح تاجر تاجرا صحفي صحفيا صحفيين شاب شابا
    طالب طالبا طلاب امرأة سيدة فتاة طفل طفلا أطفال مهاجر مهاجرا مهاجرين لاجئ لاجئين
    """,
    # between "من قبل" and a name: how many of them ("من قبل عدد من المسلحين")
    "quantity": """
    عدد مجموعة عشرات العشرات بعض من
    """,
    # whom a fight was with
    "with_words": """
    مع ضد
    """,
    # verbal nouns among the trigger words: the next name is acted on
    "masdars": """
    استعادة استهداف تحرير اعتقال اختطاف اغتيال تفجير إعدام احتجاز توقيف تصفية اقتحام استرجاع
    استرداد مهاجمة ملاحقة مطاردة إسقاط
    """,
    # and
    "and_words": """
    و
    """,
    # drone / war-plane adjectives: a foreign adjective after them owns the thing
    "plane_adj": """
    المسير المسيرة الحربي الحربية الحربيه المسيره مسير مسيرة حربية
    """,
    # between a describing word and a name: the name owns it
    "owned_by": """
    التابع التابعة التابعين تابع تابعة تابعين من الموالية الموالي
    """,
    # beside a nationality adjective: the state acts
    "military_nouns": """
    غارة غارات الغارة الغارات ضربة ضربات الضربة الضربات قصف القصف قوات القوات قوة جنود
    الجنود جندي طائرة طائرات الطائرة الطائرات مسيرة مسيرات المسيرة المسيرات الطيران طيران
    مقاتلات المقاتلات الحربية حربية عسكري عسكرية العسكري العسكرية بارجة البارجة بوارج سفينة
    سفن فرقاطة دعم الدعم تدخل التدخل وجود الوجود مستشارين المستشارين خبراء الخبراء ضباط
    الضباط مرتزقة المرتزقة صواريخ الصواريخ صاروخ مدفعية المدفعية قاعدة القاعدة عتاد أسلحة
    الأسلحة احتلال الاحتلال هجوم الهجوم عملية العملية رتل دوريات البحرية قيادة القيادة
    """,
    # with and_words before a name: "بين X وY", the pair of a clash
    "between": """
    بين
    """,
    # between a target word and a name ("مواقع لـ", "صفوف من")
    "linkers": """
    ل من
    """,
    # before "على X": X takes the ground; after the words below, X holds or loses it
    "control": """
    سيطرة
    """,
    "not_taking": """
    من عن تحت خارج
    """,
    # right before a name after the verb: the act is done to it or from it, not by it
    "away_from": """
    من عن
    """,
    # a speech verb, then a complementiser, then the act ("وقال مسؤول تابع للحكومة إن
    # السيارة انفجرت"): who the speaker works for is no side of the act
    "speech_verbs": """
    قال قالت أكد أكدت أوضح أوضحت أفاد أفادت ذكر ذكرت صرح صرحت كشف كشفت أضاف أضافت أشار نقل
    """,
    # "الميليشيات، المكونة مما يعرف بـ"كتيبة ثوار طرابلس"": the militias are that group
    "made_of": """
    المكونة المكون المؤلفة المشكلة المكونين
    """,
    "complementisers": """
    إن أن بأن إنه أنه
    """,
    # "بقتل عدد من مقاتلي التنظيمات", "قتل ثلاثة من رجال الشرطة": the group whose members
    # were killed (and "رجلي أمن": two of the police's men, stage "fallen")
    "members_of": """
    مقاتلي عناصر مسلحي أفراد جنود منتسبي رجال رجلي
    """,
    # right before a name: it condemned the act ("وأدان المجلس الرئاسي القصف") or vowed to
    # pursue its authors ("وتعهد رئيس المجلس الرئاسي بملاحقة المسؤولين عن الهجوم"), never its own
    "condemn": """
    أدان أدانت ندد نددت استنكر استنكرت شجب شجبت تعهد تعهدت يتعهد تتعهد
    """,
    # who found a body ("عثرت الأجهزة الأمنية على جثة") did not kill
    "finding": """
    عثر عثرت عثروا انتشل انتشلت انتشلوا
    """,
}

# Two words that look like a describing word and a name but are neither: "حالة القوة
# القاهرة" is force majeure, not Cairo's forces.
NOT_A_NAME = ("القوة القاهرة", "قوة قاهرة")

"""The PDF's words for its entries sections, in Arabic (merged into ar.WORDS).

Arabic nouns agree with their count in several forms; where a count is given, it
is phrased as "عدد الإدخالات: 3" (the number of entries: 3) so that no agreement
is needed, and one is said in words.
"""

from __future__ import annotations

ENTRIES_WORDS: dict[str, str] = {
    "damage.one": (
        "كانت في اليومية التي أُعدّت منها هذه الوثيقة مشكلة واحدة (تلف أو تعديل) عند التصدير"
    ),
    "damage.many": (
        "عدد المشكلات (تلف أو تعديل) في اليومية التي أُعدّت منها هذه الوثيقة عند التصدير: {count}"
    ),
    "damage.unreadable": "؛ وعدد الأدلة التي تعذّرت قراءتها فاستُبعدت: {count}",
    "damage.end": (
        "{text}. ما تعذّرت قراءته غير موجود في هذا التصدير؛ وكل مشكلة مذكورة في صفحة السلامة."
    ),
    "chart.none": "لا توجد إدخالات مؤرَّخة بعد، فلا يوجد نمط لعرضه.",
    "chart.entries_one": "إدخال واحد",
    "chart.entries_many": "عدد الإدخالات: {count}",
    "chart.months_one": "شهر واحد",
    "chart.months_many": "عدد الأشهر: {count}",
    "chart.in_month": "{entries}، في {month}.",
    "chart.span": "{entries}، من {first} إلى {last} ({months}).",
    "chart.month_count": "{month} ({count})",
    "chart.busiest_one": "الشهر الأكثر إدخالات: {months}.",
    "chart.busiest_many": "الأشهر الأكثر إدخالات: {months}.",
    "chart.empty_one": "شهر واحد بلا إدخالات.",
    "chart.empty_many": "عدد الأشهر التي بلا إدخالات: {count}.",
    "chart.undated_one": "إدخال واحد بلا تاريخ.",
    "chart.undated_many": "عدد الإدخالات التي بلا تاريخ: {count}.",
    "chart.commas": "{first}، {then}",
    "chart.no_category": "بلا فئة",
    "chart.note": (
        "يعدّ كل عمود الإدخالات الواردة في هذا التصدير التي بدأ حدثها في ذلك الشهر "
        "(الشهر/السنة)، موزّعةً حسب الفئة. الإدخال الذي له عدة فئات يُعدّ مرة واحدة في كل "
        "منها؛ وتظهر الأشهر التي بلا إدخالات فراغاتٍ."
    ),
    "entry.outcome": "النتيجة: {outcome}",
    "entry.deadline": "الموعد النهائي التالي: {deadline}",
    "entry.said": "ما قالوه: {text}",
    "entry.did": "ما فعلوه: {text}",
    "entry.account_label": "رواية ما قاله شخص آخر",
    "entry.someone": "شخص ما",
    "entry.told": "كلام {who} إلى {told_to}",
    "entry.said_only": "كلام {who}",
    "entry.quote": ": «{text}»",
    "entry.learned": " — كيف علمتُ بذلك: {text}",
    "fld.messages": "الرسائل المرتبطة",
    "evidence.label": "الأدلة",
    "evidence.bytes": "{size} بايت",
    "evidence.captured": "وقت الالتقاط {time} (ساعة الكاميرا)",
    "picture.not_shown": (
        "هذه الصورة غير معروضة هنا: {reason}. الملف نفسه محفوظ دون تغيير؛ وتحدّده قيمة "
        "SHA-256 المذكورة أعلاه."
    ),
    "picture.empty": "الملف فارغ",
    "picture.too_large": "الملف أكبر من أن يُطبع بأمان",
    "picture.huge": "أبعادها كبيرة جدًا ({width} × {height} بكسل)",
    "picture.unreadable": "تتعذّر قراءة نسختها المحفوظة: اليومية تالفة في ذلك الموضع",
    "picture.not_picture": "محتواها ليس صورة يستطيع هذا التطبيق قراءتها",
    "picture.cut": "يبدو أنها مقطوعة أو تالفة",
    "picture.undecodable": "تعذّر فك ترميزها",
    "exhibits.none": "لا توجد ملفات أدلة مرفقة بالإدخالات الواردة في هذا التصدير.",
    "exhibits.note": (
        "يُحفظ كل ملف في اليومية تمامًا كما أُضيف، بايتًا ببايت. تحدّده قيمة SHA-256 الخاصة به: "
        "أي تغيير في الملف، مهما صغر، يعطي قيمة مختلفة. أوقات الالتقاط مأخوذة من ساعة الكاميرا "
        "نفسها، وقد تكون غير مضبوطة."
    ),
    "exhibits.not_recorded": "غير مسجَّل",
    "people.none": "لا يوجد أشخاص مرتبطون بالإدخالات الواردة في هذا التصدير.",
    "people.appears": "يَرِد في",
    "people.since": "البيانات سارية منذ",
    "people.from": "منذ {date}: {details}",
    "people.more": "… و{count} أخرى (انظر الإدخالات المفصّلة)",
    "people.rank": "الرتبة",
    "people.badge_number": "رقم الشارة",
    "people.agency": "الجهة",
    "people.station": "المركز",
    "people.unit": "الوحدة",
    "people.supervisor": "المشرف",
    "declaration.named": (
        "أنا، {name}، أُقرّ بأن الإدخالات الواردة في هذا التسلسل الزمني كتبتُها بنفسي، وبأنها "
        "صحيحة على حد علمي واعتقادي. وملفات الأدلة المدرجة في فهرس الأدلة هي الملفات التي "
        "أضفتُها إلى يومياتي، دون أي تغيير."
    ),
    "declaration.unnamed": (
        "أُقرّ بأن الإدخالات الواردة في هذا التسلسل الزمني كتبتُها بنفسي، وبأنها صحيحة على حد "
        "علمي واعتقادي. وملفات الأدلة المدرجة في فهرس الأدلة هي الملفات التي أضفتُها إلى "
        "يومياتي، دون أي تغيير."
    ),
    "declaration.signature": "التوقيع",
    "declaration.name": "الاسم",
    "declaration.date": "التاريخ",
    "contact.title": "التواصل عبر الزمن",
    "contact.none": "لا توجد رسائل أو مكالمات مستوردة تقع ضمن تواريخ هذا التصدير.",
    "contact.messages_one": "رسالة واحدة",
    "contact.messages_many": "عدد الرسائل: {count}",
    "contact.calls_one": "مكالمة واحدة",
    "contact.calls_many": "عدد المكالمات: {count}",
    "contact.days_one": "يوم واحد",
    "contact.days_many": "عدد الأيام: {count}",
    "contact.figures": "{messages}؛ {calls}؛ {days}، من {first} إلى {last}؛ {night}.",
    "contact.night": "بين الساعة {start}:00 والساعة {end}:00: {messages}؛ {calls}",
    "contact.note": (
        "كل عمود يوم فيه تواصل (تُستبعد الأيام التي لا تواصل فيها)، موزّعًا حسب المرسِل أو "
        "المتصل: الرسائل والمكالمات معًا. اليوم والساعة هما كما يذكرهما ملف التصدير؛ وفي "
        "تصدير بلا منطقة زمنية، بحسب المنطقة المطبّقة عند الاستيراد (انظر سجل الرسائل). لا "
        "تُحتسب رسائل النظام."
    ),
    "contact.busiest": "الأيام الأكثر تواصلًا",
    "contact.day": "{day}: {messages}؛ {calls} ({who})",
    "contact.others": "آخرون",
    "messages.title": "الرسائل المرتبطة ({count})",
    "messages.intro": (
        "الرسائل المرتبطة بهذا الإدخال، من سجلّات الرسائل المستوردة إلى اليومية، مرتّبة "
        "زمنيًا. النص كما يحفظه ملف التصدير. الأوقات المعلَّمة بأنها «مفترضة» مأخوذة من تصدير "
        "لا يذكر منطقة زمنية؛ وقد طُبّقت عليها المنطقة المعروضة."
    ),
    "messages.call": "مكالمة، {direction}: {name} ({number})، {seconds} ث",
    "messages.dir.incoming": "واردة",
    "messages.dir.outgoing": "صادرة",
    "messages.dir.missed": "فائتة",
    "messages.dir.voicemail": "بريد صوتي",
    "messages.dir.rejected": "مرفوضة",
    "messages.dir.blocked": "محظورة",
    "messages.dir.answered-elsewhere": "أُجيب عنها على جهاز آخر",
    "messages.dir.unknown": "غير معروفة",
    "messages.system_sender": "(رسالة من النظام)",
    "messages.from": "من {source}",
    "messages.deleted": "علامة رسالة محذوفة",
    "messages.edited": "معدَّلة",
    "messages.media": "وسائط غير مضمَّنة في التصدير",
    "messages.system": "رسالة من النظام",
    "messages.attachments": "المرفقات: {names}",
    "messages.written": "مكتوب في التصدير هكذا: {raw} · {location}",
    "messages.missing": (
        "لا يمكن عرض الرسالة المرتبطة {id}: فهي ليست بين الرسائل المحفوظة المقروءة "
        "(انظر صفحة السلامة)."
    ),
    "messages.assumed": "{time} {zone} (منطقة مفترضة: {how})",
    "messages.assumed_ambiguous": "{time} {zone} (منطقة مفترضة: {how}؛ وقت ملتبس في تلك المنطقة)",
    "messages.assumed_nonexistent": (
        "{time} {zone} (منطقة مفترضة: {how}؛ وقت غير موجود في تلك المنطقة)"
    ),
    "messages.assumed_doubt": "{time} {zone} (منطقة مفترضة: {how}؛ {doubt} في تلك المنطقة)",
    "messages.confirmed": "أكّد المستخدم المنطقة",
    "messages.unconfirmed": "لم تُؤكَّد المنطقة",
}

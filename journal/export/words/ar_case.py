"""The PDF's words for its case sections, in Arabic (merged into ar.WORDS). Counts
stand after a label ("الإدخالات اللاحقة: 3") so no noun has to agree with a number.
A value of digits and hyphens (an ISO time) follows a Latin word ("ISO 8601"), or the
bidi algorithm draws its groups right to left after Arabic text; the technical lines
of a timestamp put one value on each line, beside its label.
Wants review by a native speaker (docs/exports.md)."""

from __future__ import annotations

CASE_WORDS: dict[str, str] = {
    # الشكاوى والبلاغات
    "rep.date": "التاريخ",
    "rep.body": "الجهة",
    "rep.reference": "المرجع",
    "rep.contact": "المسؤول عن المتابعة",
    "rep.status": "الحالة",
    "rep.deadline": "الموعد النهائي التالي",
    "rep.none": "لا توجد بلاغات أو شكاوى مسجّلة في الإدخالات الواردة في هذا التصدير.",
    "rep.not_given": "غير مذكور",
    "rep.outcome": "النتيجة: {outcome}",
    "rep.entry": "الإدخال {number}: {title}",
    "rep.said": "ما قالوه: {text}",
    "rep.did": "ما فعلوه: {text}",
    "rep.about": "بشأن: {entries}",
    "rep.about_one": "الإدخال {numbers}",
    "rep.about_many": "الإدخالات {numbers}",
    "rep.left_out": "إدخالات غير موجودة في هذا التصدير: {count}",
    # بعد الإفصاح
    "after.intro": (
        "كل بلاغ أو شكوى أو مرة أخبر فيها كاتب اليومية أحدًا، تليها الإدخالات المؤرخة خلال "
        "المدة التالية له (عدد الأيام: {days}). يُظهر هذا ما جاء بعد ذلك من حيث الزمن؛ ولا "
        "يُظهر بذاته السبب. أرقام الإدخالات تشير إلى الإدخالات بالتفصيل. تُحسب الأيام من آخر "
        "يوم يمكن أن يكون الإفصاح قد وقع فيه (اليوم نفسه، أو نهاية الشهر إذا لم يُعرف إلا "
        "الشهر). لا يُدرج إدخال على أنه لاحق إلا إذا كان أبكر وقت يمكن أن يكون قد وقع فيه بعد "
        "آخر وقت يمكن أن يكون الإفصاح قد وقع فيه؛ أما الإدخالات التي تتداخل تواريخها مع تاريخ "
        "الإفصاح فتُدرج على حدة، على أنها في الوقت نفسه تقريبًا، والترتيب غير مؤكد."
    ),
    "after.outline": "بعد: {title}",
    "after.to": "الإدخال {number}. إلى: {where}",
    "after.told": "شخص ما",
    "after.basis": "تُحسب الأيام من {date}، وهو آخر يوم يمكن أن يكون قد وقع فيه.",
    "after.followed_one": (
        "الإدخالات اللاحقة: 1؛ منها ما وُسم بأنه انتقام أو تهديد أو ما شابه: {notable}."
    ),
    "after.followed_many": (
        "الإدخالات اللاحقة: {count}؛ منها ما وُسم بأنه انتقام أو تهديد أو ما شابه: {notable}."
    ),
    "after.none": "لا توجد إدخالات مؤرخة خلال المدة التالية له (عدد الأيام: {days}).",
    "after.around": "في الوقت نفسه تقريبًا (الترتيب غير مؤكد):",
    "after.uncertain": "الترتيب غير مؤكد",
    "after.same_day": "اليوم نفسه",
    "after.one_day": "+1",
    "after.days": "+{days}",
    "after.col.after": "بعد (بالأيام)",
    "after.col.when": "متى",
    "after.col.entry": "الإدخال",
    "after.col.marked": "موسوم بأنه",
    # مؤشرات الخطر
    "rk.disclaimer": (
        "هذه ملاحظات عمّا لوحظ في حينه. وهي لا تحلّ محل تقييم للخطر يجريه مختص مدرَّب. إذا "
        "كنت في خطر الآن، فاتصل برقم الطوارئ المحلي."
    ),
    "rk.key": "ما دوّنه كاتب اليومية في كل تقييم (نعم، لا، غير متأكد؛ فارغ: لم يُدوَّن).",
    "rk.indicator": "المؤشر",
    "rk.change": "{when}: {indicator} — {state} (كان: {was})",
    "rk.not_noted": "لم يُدوَّن",
    # سجل التعديلات
    "hist.title": "سجل التعديلات",
    "hist.revision": "النسخة {number} · {status} · حُفظت في {saved}",
    "hist.saved": "محفوظة",
    "hist.deleted": "مسحوبة",
    "hist.purged": "حُذفت نهائيًا",
    "hist.purged_note": "حُذف المحتوى نهائيًا؛ ولم تبقَ إلا قيمة التجزئة الخاصة به.",
    "hist.no_change": "لا يوجد تغيير ظاهر في هذه النسخة.",
    "hist.before": "قبل: {value}",
    "hist.now": "الآن: {value}",
    "hd.diff.entered": "كما أُدخل",
    "hd.diff.timezone": "المنطقة الزمنية",
    "hd.diff.precision": "الدقة",
    "hd.diff.said": "ما قالوه",
    "hd.diff.description": "الوصف",
    "hd.diff.photographed": "مُصوَّرة",
    "hd.diff.yes": "نعم",
    "hd.diff.unknown_person": "(شخص غير معروف)",
    "hd.diff.stored": "محفوظ على شكل",
    "hd.precision.exact": "دقيق",
    "hd.precision.approximate": "تقريبي",
    "hd.precision.day": "اليوم فقط",
    "hd.precision.month": "الشهر فقط",
    # الطوابع الزمنية الموثوقة (صفحة السلامة)
    "ts.title": "الطوابع الزمنية الموثوقة",
    "ts.what": (
        "وقّعت جهة طوابع زمنية مستقلة رأسَ سلسلة لهذه اليومية مع الوقت حسب ساعتها الخاصة. "
        "ولم يُرسل إليها إلا قيمة تجزئة لرأس السلسلة، ولم يُرسل أي محتوى قط. يلخّص رأس "
        "السلسلة كل نسخة حُفظت حتى تلك اللحظة، فلا يمكن أن يكون أي شيء حُفظ قبلها قد كُتب أو "
        "غُيّر لاحقًا دون أن يفشل هذا التحقق. ولا يُظهر ذلك أن حدثًا وقع كما وُصف، ولا متى وقع."
    ),
    "ts.all": (
        "كان هذا السجل موجودًا بهذا الشكل في موعد أقصاه {time}، وفقًا لـ {signer} (جهة "
        "الطوابع الزمنية على {host})."
    ),
    "ts.first_one": (
        "كانت النسخة المحفوظة الأولى من هذا السجل موجودة بهذا الشكل في موعد أقصاه {time}، "
        "وفقًا لـ {signer} (جهة الطوابع الزمنية على {host})."
    ),
    "ts.first_many": (
        "كانت النسخ المحفوظة الأولى من هذا السجل (عددها {count}) موجودة بهذا الشكل في موعد "
        "أقصاه {time}، وفقًا لـ {signer} (جهة الطوابع الزمنية على {host})."
    ),
    "ts.time": "{day} {month} {year}، {clock} UTC",
    "ts.checking": "للتحقق",
    "ts.token": (
        "{name}.tsr (في حزمة المحكمة)\nرأس السلسلة: {head}\nبعد النسخة: {revisions}\n"
        "الوقت (ISO 8601): {time}\nطُلب من: {authority}\nوقّعه: {signer}"
    ),
    "ts.verify": "في الحزمة بعد فكّ ضغطها، باستخدام شهادة CA التي تنشرها الجهة:",
    # تلف اليومية المصدر (صفحة السلامة)
    "dmg.exhibit": "الدليل {number} ({name}) مستبعد: {why}",
}

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>&amp;Complaints and reports</source>
        <translation>ال&amp;شكاوى والبلاغات</translation>
    </message>
    <message>
        <source>&amp;After disclosure</source>
        <translation>&amp;بعد الإفصاح</translation>
    </message>
    <message>
        <source>&amp;Risk indicators over time</source>
        <translation>&amp;مؤشرات الخطر عبر الزمن</translation>
    </message>
    <message>
        <source>&amp;Note a risk check…</source>
        <translation>&amp;تدوين مراجعة للخطر…</translation>
    </message>
    <message>
        <source>&amp;People and officer profiles</source>
        <translation>ال&amp;أشخاص وملفات الضباط</translation>
    </message>
    <message>
        <source>Risk check</source>
        <translation>مراجعة للخطر</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>To whom / marked as</source>
        <translation>إلى من / مُعلَّمة بأنها</translation>
    </message>
    <message>
        <source>What followed</source>
        <translation>ما تلا ذلك</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>اليوم نفسه</translation>
    </message>
    <message numerus="yes">
        <source>+%n days</source>
        <translation>
            <numerusform>+%n يوم</numerusform>
            <numerusform>+يوم واحد</numerusform>
            <numerusform>+يومان</numerusform>
            <numerusform>+%n أيام</numerusform>
            <numerusform>+%n يومًا</numerusform>
            <numerusform>+%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>After disclosure</source>
        <translation>بعد الإفصاح</translation>
    </message>
    <message>
        <source>Each report, complaint or time you told someone, with what was written down for the days after it. Entries marked as retaliation, counter-allegation, threats, stalking or misuse of police power are in bold. This shows what came after, in time; it does not say why. {basis} When a date is not exact and could be before or after a disclosure, the entry is listed apart, under “{around}”.</source>
        <translation>كل بلاغ أو شكوى أو مرة أخبرت فيها أحدًا، مع ما دُوِّن في الأيام التي تلتها. التدوينات المُعلَّمة بأنها انتقام أو ادعاء مضاد أو تهديد أو ملاحقة أو إساءة استخدام لسلطة الشرطة تظهر بخط عريض. هذا يُظهر ما جاء بعد ذلك في الزمن، ولا يقول لماذا. {basis} عندما لا يكون التاريخ دقيقًا وقد يكون قبل الإفصاح أو بعده، تُعرض التدوينة منفصلة تحت «{around}».</translation>
    </message>
    <message>
        <source>How this is &amp;counted</source>
        <translation>&amp;كيف يُحسب هذا</translation>
    </message>
    <message>
        <source> days</source>
        <comment>after a number of days in a box</comment>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Days after each disclosure</source>
        <translation>الأيام بعد كل إفصاح</translation>
    </message>
    <message>
        <source>Show what followed &amp;within</source>
        <translation>اعرض ما تلا &amp;خلال</translation>
    </message>
    <message>
        <source>Disclosures and what followed</source>
        <translation>مرات الإفصاح وما تلاها</translation>
    </message>
    <message>
        <source>Double-click a row to show its entry on the timeline.</source>
        <translation>انقر نقرًا مزدوجًا على صف لعرض تدوينته في الخط الزمني.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>لا توجد تدوينات</numerusform>
            <numerusform>تدوينة واحدة</numerusform>
            <numerusform>تدوينتان</numerusform>
            <numerusform>%n تدوينات</numerusform>
            <numerusform>%n تدوينة</numerusform>
            <numerusform>%n تدوينة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{entries}, %n marked</source>
        <translation>
            <numerusform>{entries}، ولا شيء مُعلَّم</numerusform>
            <numerusform>{entries}، واحدة منها مُعلَّمة</numerusform>
            <numerusform>{entries}، اثنتان منها مُعلَّمتان</numerusform>
            <numerusform>{entries}، %n منها مُعلَّمة</numerusform>
            <numerusform>{entries}، %n منها مُعلَّمة</numerusform>
            <numerusform>{entries}، %n منها مُعلَّمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{entries}; %n order uncertain</source>
        <translation>
            <numerusform>{entries}؛ لا شيء ترتيبه غير مؤكد</numerusform>
            <numerusform>{entries}؛ واحدة ترتيبها غير مؤكد</numerusform>
            <numerusform>{entries}؛ اثنتان ترتيبهما غير مؤكد</numerusform>
            <numerusform>{entries}؛ %n ترتيبها غير مؤكد</numerusform>
            <numerusform>{entries}؛ %n ترتيبها غير مؤكد</numerusform>
            <numerusform>{entries}؛ %n ترتيبها غير مؤكد</numerusform>
        </translation>
    </message>
    <message>
        <source>{when}. {note}</source>
        <translation>{when}. {note}</translation>
    </message>
    <message numerus="yes">
        <source>{followed}: %n entries around the same time (order not certain)</source>
        <translation>
            <numerusform>{followed}: لا توجد تدوينات في الوقت نفسه تقريبًا (الترتيب غير مؤكد)</numerusform>
            <numerusform>{followed}: تدوينة واحدة في الوقت نفسه تقريبًا (الترتيب غير مؤكد)</numerusform>
            <numerusform>{followed}: تدوينتان في الوقت نفسه تقريبًا (الترتيب غير مؤكد)</numerusform>
            <numerusform>{followed}: %n تدوينات في الوقت نفسه تقريبًا (الترتيب غير مؤكد)</numerusform>
            <numerusform>{followed}: %n تدوينة في الوقت نفسه تقريبًا (الترتيب غير مؤكد)</numerusform>
            <numerusform>{followed}: %n تدوينة في الوقت نفسه تقريبًا (الترتيب غير مؤكد)</numerusform>
        </translation>
    </message>
    <message>
        <source>No reports, complaints or disclosures are written down yet. An entry of kind “Report”, one with a report or complaint in it, or one marked “I told someone here” counts as a disclosure.</source>
        <translation>لم يُدوَّن أي بلاغ أو شكوى أو إفصاح بعد. يُحسب إفصاحًا: تدوينة من نوع «بلاغ»، أو تدوينة فيها بلاغ أو شكوى، أو تدوينة مُعلَّمة بـ«أخبرتُ أحدًا هنا».</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>inside: In the {days} after it</comment>
        <translation>
            <numerusform>0 يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومين</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>In the {days} after it, nothing written down is marked as retaliation or something like it.</source>
        <translation>خلال {days} بعده، لا شيء مما دُوِّن مُعلَّم بأنه انتقام أو ما يشبهه.</translation>
    </message>
    <message>
        <source>In the {days} after each, nothing written down is marked as retaliation or something like it.</source>
        <translation>خلال {days} بعد كل مرة، لا شيء مما دُوِّن مُعلَّم بأنه انتقام أو ما يشبهه.</translation>
    </message>
    <message numerus="yes">
        <source>In the {days} after it, %n entries are marked as retaliation or something like it.</source>
        <translation>
            <numerusform>خلال {days} بعده، لا توجد تدوينات مُعلَّمة بأنها انتقام أو ما يشبهه.</numerusform>
            <numerusform>خلال {days} بعده، تدوينة واحدة مُعلَّمة بأنها انتقام أو ما يشبهه.</numerusform>
            <numerusform>خلال {days} بعده، تدوينتان مُعلَّمتان بأنهما انتقام أو ما يشبهه.</numerusform>
            <numerusform>خلال {days} بعده، %n تدوينات مُعلَّمة بأنها انتقام أو ما يشبهه.</numerusform>
            <numerusform>خلال {days} بعده، %n تدوينة مُعلَّمة بأنها انتقام أو ما يشبهه.</numerusform>
            <numerusform>خلال {days} بعده، %n تدوينة مُعلَّمة بأنها انتقام أو ما يشبهه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the {days} after each, %n entries are marked as retaliation or something like it.</source>
        <translation>
            <numerusform>خلال {days} بعد كل مرة، لا توجد تدوينات مُعلَّمة بأنها انتقام أو ما يشبهه.</numerusform>
            <numerusform>خلال {days} بعد كل مرة، تدوينة واحدة مُعلَّمة بأنها انتقام أو ما يشبهه.</numerusform>
            <numerusform>خلال {days} بعد كل مرة، تدوينتان مُعلَّمتان بأنهما انتقام أو ما يشبهه.</numerusform>
            <numerusform>خلال {days} بعد كل مرة، %n تدوينات مُعلَّمة بأنها انتقام أو ما يشبهه.</numerusform>
            <numerusform>خلال {days} بعد كل مرة، %n تدوينة مُعلَّمة بأنها انتقام أو ما يشبهه.</numerusform>
            <numerusform>خلال {days} بعد كل مرة، %n تدوينة مُعلَّمة بأنها انتقام أو ما يشبهه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You spoke up %n times.</source>
        <translation>
            <numerusform>لم تتحدث بعد.</numerusform>
            <numerusform>تحدثت مرة واحدة.</numerusform>
            <numerusform>تحدثت مرتين.</numerusform>
            <numerusform>تحدثت %n مرات.</numerusform>
            <numerusform>تحدثت %n مرة.</numerusform>
            <numerusform>تحدثت %n مرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. While it is fresh, would you like to add a few details?</source>
        <translation>تم الحفظ. ما دامت التفاصيل حاضرة في ذهنك، هل تودّ إضافة بعضها؟</translation>
    </message>
    <message>
        <source>Only if you can, and only what you know:
{details}

You can add them later.</source>
        <translation>فقط إن استطعت، وفقط ما تعرفه:
{details}

يمكنك إضافتها لاحقًا.</translation>
    </message>
    <message>
        <source>&amp;Add them now</source>
        <translation>&amp;أضفها الآن</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;ليس الآن</translation>
    </message>
    <message>
        <source>Ran&amp;k</source>
        <translation>الر&amp;تبة</translation>
    </message>
    <message>
        <source>&amp;Badge or service number</source>
        <translation>رقم ال&amp;شارة أو الخدمة</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>ال&amp;جهاز</translation>
    </message>
    <message>
        <source>&amp;Station or command</source>
        <translation>ال&amp;مركز أو القيادة</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>الو&amp;حدة</translation>
    </message>
    <message>
        <source>Superv&amp;isor</source>
        <translation>الم&amp;سؤول المباشر</translation>
    </message>
    <message>
        <source>no. {number}</source>
        <translation>رقم {number}</translation>
    </message>
    <message>
        <source>supervisor {name}</source>
        <translation>المسؤول المباشر {name}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>منذ {date}</translation>
    </message>
    <message>
        <source>date not given</source>
        <translation>التاريخ غير مذكور</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>سابقًا</translation>
    </message>
    <message>
        <source>Officer details over time</source>
        <translation>بيانات الضابط عبر الزمن</translation>
    </message>
    <message numerus="yes">
        <source>Entries that mention this person (%n)</source>
        <translation>
            <numerusform>التدوينات التي تذكر هذا الشخص (%n)</numerusform>
            <numerusform>التدوينات التي تذكر هذا الشخص (%n)</numerusform>
            <numerusform>التدوينات التي تذكر هذا الشخص (%n)</numerusform>
            <numerusform>التدوينات التي تذكر هذا الشخص (%n)</numerusform>
            <numerusform>التدوينات التي تذكر هذا الشخص (%n)</numerusform>
            <numerusform>التدوينات التي تذكر هذا الشخص (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>لا شيء بعد.</translation>
    </message>
    <message>
        <source>Record a change in officer details</source>
        <translation>تدوين تغيير في بيانات الضابط</translation>
    </message>
    <message>
        <source>Change what is different now. The earlier details stay on the profile with the dates, so nothing is lost.</source>
        <translation>غيّر ما اختلف الآن. تبقى البيانات السابقة في الملف مع تواريخها، فلا يضيع شيء.</translation>
    </message>
    <message>
        <source>e.g. 2025-06-01, or 2025-06</source>
        <translation>مثلًا 2025-06-01، أو 2025-06</translation>
    </message>
    <message>
        <source>e.g. transferred, promoted</source>
        <translation>مثلًا نُقل، رُقّي</translation>
    </message>
    <message>
        <source>&amp;From when</source>
        <translation>&amp;منذ متى</translation>
    </message>
    <message>
        <source>From when</source>
        <translation>منذ متى</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>&amp;ما الذي تغيّر</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <source>Record a &amp;change (transfer, promotion)…</source>
        <translation>تدوين &amp;تغيير (نقل، ترقية)…</translation>
    </message>
    <message>
        <source>Correct &amp;details…</source>
        <translation>تصحيح ال&amp;بيانات…</translation>
    </message>
    <message>
        <source>{name} (officer)</source>
        <translation>{name} (ضابط)</translation>
    </message>
    <message>
        <source>No people added yet. People are added from an entry.</source>
        <translation>لم يُضَف أي شخص بعد. يُضاف الأشخاص من داخل تدوينة.</translation>
    </message>
    <message>
        <source>{body} (ref. {reference})</source>
        <translation>{body} (المرجع {reference})</translation>
    </message>
    <message numerus="yes">
        <source>{what}: the date {date} passed %n days ago.</source>
        <translation>
            <numerusform>{what}: فات الموعد {date} اليوم.</numerusform>
            <numerusform>{what}: فات الموعد {date} منذ يوم واحد.</numerusform>
            <numerusform>{what}: فات الموعد {date} منذ يومين.</numerusform>
            <numerusform>{what}: فات الموعد {date} منذ %n أيام.</numerusform>
            <numerusform>{what}: فات الموعد {date} منذ %n يومًا.</numerusform>
            <numerusform>{what}: فات الموعد {date} منذ %n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: the next date is today.</source>
        <translation>{what}: الموعد التالي اليوم.</translation>
    </message>
    <message numerus="yes">
        <source>{what}: the next date is in %n days, {date}.</source>
        <translation>
            <numerusform>{what}: الموعد التالي {date}.</numerusform>
            <numerusform>{what}: الموعد التالي بعد يوم واحد، في {date}.</numerusform>
            <numerusform>{what}: الموعد التالي بعد يومين، في {date}.</numerusform>
            <numerusform>{what}: الموعد التالي بعد %n أيام، في {date}.</numerusform>
            <numerusform>{what}: الموعد التالي بعد %n يومًا، في {date}.</numerusform>
            <numerusform>{what}: الموعد التالي بعد %n يوم، في {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>A gentle reminder about dates you wrote down for open reports or complaints:</source>
        <translation>تذكير هادئ بمواعيد دوّنتها لبلاغات أو شكاوى ما زالت مفتوحة:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in the tracker.</source>
        <translation>
            <numerusform>…</numerusform>
            <numerusform>…وواحد آخر في المتابعة.</numerusform>
            <numerusform>…واثنان آخران في المتابعة.</numerusform>
            <numerusform>…و%n أخرى في المتابعة.</numerusform>
            <numerusform>…و%n أخرى في المتابعة.</numerusform>
            <numerusform>…و%n أخرى في المتابعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>تذكير</translation>
    </message>
    <message>
        <source>Open the tracker</source>
        <translation>فتح المتابعة</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>إخفاء التذكير</translation>
    </message>
    <message>
        <source>{pointer} You can keep their details in the app&apos;s support contacts.</source>
        <translation>{pointer} يمكنك حفظ بياناتهم في جهات الدعم داخل التطبيق.</translation>
    </message>
    <message>
        <source>{pointer} Your support contacts: {contacts}.</source>
        <translation>{pointer} جهات الدعم لديك: {contacts}.</translation>
    </message>
    <message>
        <source>Risk indicators over time</source>
        <translation>مؤشرات الخطر عبر الزمن</translation>
    </message>
    <message>
        <source>Risk indicators by date</source>
        <translation>مؤشرات الخطر حسب التاريخ</translation>
    </message>
    <message>
        <source>What changed between checks</source>
        <translation>ما تغيّر بين المراجعات</translation>
    </message>
    <message>
        <source>&amp;Note a new risk check…</source>
        <translation>&amp;تدوين مراجعة جديدة للخطر…</translation>
    </message>
    <message>
        <source>What changed from one check to the next:</source>
        <translation>ما تغيّر من مراجعة إلى التي تليها:</translation>
    </message>
    <message>
        <source>No risk checks written down yet. “Note a new risk check” starts one.</source>
        <translation>لم تُدوَّن أي مراجعة للخطر بعد. «تدوين مراجعة جديدة للخطر» يبدأ واحدة.</translation>
    </message>
    <message>
        <source>Nothing changed between the checks.</source>
        <translation>لم يتغيّر شيء بين المراجعات.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Person dealt with</source>
        <translation>الشخص الذي تعامل معك</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>الموعد التالي</translation>
    </message>
    <message>
        <source>About</source>
        <translation>بشأن</translation>
    </message>
    <message>
        <source>{status}: {outcome}</source>
        <translation>{status}: {outcome}</translation>
    </message>
    <message>
        <source>{date} (passed)</source>
        <translation>{date} (انقضى)</translation>
    </message>
    <message>
        <source>Written down in: {title}</source>
        <translation>مُدوَّن في: {title}</translation>
    </message>
    <message>
        <source>What they said: {text}</source>
        <translation>ما قالوه: {text}</translation>
    </message>
    <message>
        <source>What they did: {text}</source>
        <translation>ما فعلوه: {text}</translation>
    </message>
    <message>
        <source>Outcome: {text}</source>
        <translation>النتيجة: {text}</translation>
    </message>
    <message>
        <source>Complaints and reports</source>
        <translation>الشكاوى والبلاغات</translation>
    </message>
    <message>
        <source>&amp;Open matters only</source>
        <translation>المسائل ال&amp;مفتوحة فقط</translation>
    </message>
    <message>
        <source>Kind of body</source>
        <translation>نوع الجهة</translation>
    </message>
    <message>
        <source>Every kind of body</source>
        <translation>كل أنواع الجهات</translation>
    </message>
    <message>
        <source>Search reference, names, what was said…</source>
        <translation>ابحث في المرجع والأسماء وما قيل…</translation>
    </message>
    <message>
        <source>Search the reports</source>
        <translation>البحث في البلاغات</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>ال&amp;جهة</translation>
    </message>
    <message>
        <source>Reports and complaints</source>
        <translation>البلاغات والشكاوى</translation>
    </message>
    <message>
        <source>&amp;Add a report or complaint…</source>
        <translation>&amp;إضافة بلاغ أو شكوى…</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of {total} · %n still open</source>
        <translation>
            <numerusform>يُعرض {shown} من {total} · لا شيء مفتوح</numerusform>
            <numerusform>يُعرض {shown} من {total} · واحدة ما زالت مفتوحة</numerusform>
            <numerusform>يُعرض {shown} من {total} · اثنتان ما زالتا مفتوحتين</numerusform>
            <numerusform>يُعرض {shown} من {total} · %n ما زالت مفتوحة</numerusform>
            <numerusform>يُعرض {shown} من {total} · %n ما زالت مفتوحة</numerusform>
            <numerusform>يُعرض {shown} من {total} · %n ما زالت مفتوحة</numerusform>
        </translation>
    </message>
    <message>
        <source>No reports or complaints written down yet. “Add a report or complaint…” below writes one down.</source>
        <translation>لم يُدوَّن أي بلاغ أو شكوى بعد. «إضافة بلاغ أو شكوى…» في الأسفل يدوّن واحدًا.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>&amp;Verify a bundle…</source>
        <translation>ال&amp;تحقق من حزمة…</translation>
    </message>
    <message>
        <source>Trusted &amp;timestamps…</source>
        <translation>الأختام ال&amp;زمنية…</translation>
    </message>
    <message>
        <source>An export is not encrypted: anyone who has the file can read it. If you can, save it to a USB stick you keep safe rather than to this computer or a synced folder, and delete copies you no longer need.</source>
        <translation>الملف المُصدَّر غير مشفّر: يستطيع قراءته كل من يحصل عليه. إن أمكن، احفظه على ذاكرة USB تحتفظ بها في مكان آمن، لا على هذا الحاسوب ولا في مجلد متزامن، واحذف النسخ التي لم تعد بحاجة إليها.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;This journal has %n problems&lt;/b&gt; (damage or changes made outside the app). What cannot be read will be missing from the export, and the export says so on its cover, on its integrity page and in its manifest. Safety → Repair a damaged journal… copies what can be read into a new file.</source>
        <translation>
            <numerusform>&lt;b&gt;لا توجد مشكلات في هذه اليوميات&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;في هذه اليوميات مشكلة واحدة&lt;/b&gt; (تلف أو تغييرات أُجريت خارج التطبيق). ما لا يمكن قراءته سيكون ناقصًا في الملف المُصدَّر، وهذا مذكور على غلافه وفي صفحة السلامة وفي البيان. الأمان ← إصلاح ملف يوميات تالف… ينسخ ما يمكن قراءته إلى ملف جديد.</numerusform>
            <numerusform>&lt;b&gt;في هذه اليوميات مشكلتان&lt;/b&gt; (تلف أو تغييرات أُجريت خارج التطبيق). ما لا يمكن قراءته سيكون ناقصًا في الملف المُصدَّر، وهذا مذكور على غلافه وفي صفحة السلامة وفي البيان. الأمان ← إصلاح ملف يوميات تالف… ينسخ ما يمكن قراءته إلى ملف جديد.</numerusform>
            <numerusform>&lt;b&gt;في هذه اليوميات %n مشكلات&lt;/b&gt; (تلف أو تغييرات أُجريت خارج التطبيق). ما لا يمكن قراءته سيكون ناقصًا في الملف المُصدَّر، وهذا مذكور على غلافه وفي صفحة السلامة وفي البيان. الأمان ← إصلاح ملف يوميات تالف… ينسخ ما يمكن قراءته إلى ملف جديد.</numerusform>
            <numerusform>&lt;b&gt;في هذه اليوميات %n مشكلة&lt;/b&gt; (تلف أو تغييرات أُجريت خارج التطبيق). ما لا يمكن قراءته سيكون ناقصًا في الملف المُصدَّر، وهذا مذكور على غلافه وفي صفحة السلامة وفي البيان. الأمان ← إصلاح ملف يوميات تالف… ينسخ ما يمكن قراءته إلى ملف جديد.</numerusform>
            <numerusform>&lt;b&gt;في هذه اليوميات %n مشكلة&lt;/b&gt; (تلف أو تغييرات أُجريت خارج التطبيق). ما لا يمكن قراءته سيكون ناقصًا في الملف المُصدَّر، وهذا مذكور على غلافه وفي صفحة السلامة وفي البيان. الأمان ← إصلاح ملف يوميات تالف… ينسخ ما يمكن قراءته إلى ملف جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Hide for this audience</source>
        <translation>الإخفاء عن هذه الجهة</translation>
    </message>
    <message>
        <source>Damage warning</source>
        <translation>تنبيه بوجود تلف</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Please tick at least one kind of entry to export.</source>
        <translation>يُرجى تحديد نوع واحد على الأقل من التدوينات للتصدير.</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>حفظ الملف المُصدَّر باسم</translation>
    </message>
    <message>
        <source>There is already a file called {name} there. Please choose another name; nothing was overwritten.</source>
        <translation>يوجد هناك ملف باسم {name} من قبل. يُرجى اختيار اسم آخر؛ لم يُستبدل أي شيء.</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>جارٍ التصدير إلى {name}…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <source>The export was stopped. No file was left behind.</source>
        <translation>توقّف التصدير. لم يبقَ أي ملف.</translation>
    </message>
    <message>
        <source>The export could not be finished because of something the app did not expect. No file was left behind, and the journal is unchanged.</source>
        <translation>تعذّر إكمال التصدير بسبب أمر لم يتوقعه التطبيق. لم يبقَ أي ملف، واليوميات لم تتغيّر.</translation>
    </message>
    <message>
        <source>Court bundle (.zip): chronology, evidence files and a signed list of hashes</source>
        <translation>حزمة الأدلة (ملف zip): التسلسل الزمني وملفات الأدلة وقائمة موقَّعة بقيم التجزئة</translation>
    </message>
    <message>
        <source>Chronology (PDF) only</source>
        <translation>التسلسل الزمني (PDF) فقط</translation>
    </message>
    <message>
        <source>Spreadsheet of the chronology (CSV)</source>
        <translation>جدول بيانات للتسلسل الزمني (CSV)</translation>
    </message>
    <message>
        <source>Data for case-management software (JSON)</source>
        <translation>بيانات لبرامج إدارة القضايا (JSON)</translation>
    </message>
    <message>
        <source>The original files are the strongest evidence, so they are included unless you tick this. If you leave them out, the chronology still shows each picture, without the place, and the bundle lists each original&apos;s SHA-256, so the original can be checked against it if you share it later.</source>
        <translation>الملفات الأصلية هي أقوى الأدلة، لذلك تُضمَّن ما لم تحدد هذا الخيار. إذا استبعدتها، يظل التسلسل الزمني يعرض كل صورة دون المكان، وتذكر الحزمة قيمة SHA-256 لكل ملف أصلي، ليمكن التحقق من الأصل بها إذا شاركته لاحقًا.</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>ما الذي يُصدَّر</translation>
    </message>
    <message>
        <source>from</source>
        <comment>dates: from this day</comment>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <comment>dates: up to this day</comment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Dates (optional)</source>
        <translation>التواريخ (اختياري)</translation>
    </message>
    <message>
        <source>Kinds of entry</source>
        <translation>أنواع التدوينات</translation>
    </message>
    <message>
        <source>Only these categories
(none ticked: all)</source>
        <translation>هذه الفئات فقط
(بلا تحديد: الكل)</translation>
    </message>
    <message>
        <source>Include my private notes</source>
        <translation>تضمين ملاحظاتي الخاصة</translation>
    </message>
    <message>
        <source>Private notes will be in the export, readable by everyone who receives it. Leave this off unless you are sure.</source>
        <translation>ستكون الملاحظات الخاصة في الملف المُصدَّر، ويستطيع قراءتها كل من يتسلّمه. اترك هذا الخيار دون تحديد ما لم تكن متأكدًا.</translation>
    </message>
    <message>
        <source>Include earlier versions of each entry</source>
        <translation>تضمين النسخ السابقة من كل تدوينة</translation>
    </message>
    <message>
        <source>Include risk indicators (risk checks)</source>
        <translation>تضمين مؤشرات الخطر (مراجعات الخطر)</translation>
    </message>
    <message>
        <source>Include contact over time (messages and calls per day)</source>
        <translation>تضمين التواصل عبر الزمن (الرسائل والمكالمات في اليوم)</translation>
    </message>
    <message>
        <source>A chart of the imported messages and calls in these dates, per day and sender, with the busiest days and how many came between 22:00 and 04:00</source>
        <translation>رسم بياني للرسائل والمكالمات المستوردة في هذه التواريخ، حسب اليوم والمرسل، مع أكثر الأيام تواصلًا وعدد ما وصل بين 22:00 و04:00</translation>
    </message>
    <message>
        <source>After disclosure: days shown after each one</source>
        <translation>بعد الإفصاح: عدد الأيام المعروضة بعد كل مرة</translation>
    </message>
    <message>
        <source>After disclosure, show</source>
        <translation>بعد الإفصاح، اعرض</translation>
    </message>
    <message>
        <source>optional, e.g. SMITH (pages become SMITH-000001)</source>
        <translation>اختياري، مثلًا CASE (تصبح الصفحات CASE-000001)</translation>
    </message>
    <message>
        <source>Page stamp prefix</source>
        <translation>بادئة ختم الصفحات</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>أعدّه</translation>
    </message>
    <message>
        <source>Add a declaration page with a signature line</source>
        <translation>إضافة صفحة إقرار مع سطر للتوقيع</translation>
    </message>
    <message>
        <source>Language of the app&apos;s words in the PDF</source>
        <translation>لغة كلمات التطبيق في ملف PDF</translation>
    </message>
    <message>
        <source>The headings and explanations the app adds to the PDF. What you wrote is never translated.</source>
        <translation>العناوين والشروح التي يضيفها التطبيق إلى ملف PDF. ما كتبته لا يُترجم أبدًا.</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>ملف PDF</translation>
    </message>
    <message>
        <source>Leave these photos out of the bundle</source>
        <translation>استبعاد هذه الصور من الحزمة</translation>
    </message>
    <message>
        <source>Places in photos</source>
        <translation>الأماكن في الصور</translation>
    </message>
    <message numerus="yes">
        <source>%n photos carry the places where they were taken (GPS). Anyone with the export can see those places.</source>
        <translation>
            <numerusform>لا توجد صور تحمل مكان التقاطها.</numerusform>
            <numerusform>صورة واحدة تحمل المكان الذي التُقطت فيه (GPS). يستطيع كل من لديه الملف المُصدَّر رؤية ذلك المكان.</numerusform>
            <numerusform>صورتان تحملان المكانين اللذين التُقطتا فيهما (GPS). يستطيع كل من لديه الملف المُصدَّر رؤية هذين المكانين.</numerusform>
            <numerusform>%n صور تحمل الأماكن التي التُقطت فيها (GPS). يستطيع كل من لديه الملف المُصدَّر رؤية تلك الأماكن.</numerusform>
            <numerusform>%n صورة تحمل الأماكن التي التُقطت فيها (GPS). يستطيع كل من لديه الملف المُصدَّر رؤية تلك الأماكن.</numerusform>
            <numerusform>%n صورة تحمل الأماكن التي التُقطت فيها (GPS). يستطيع كل من لديه الملف المُصدَّر رؤية تلك الأماكن.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pictures could not be checked for a location.</source>
        <translation>
            <numerusform>لا توجد صور تعذّر فحصها بحثًا عن مكان.</numerusform>
            <numerusform>تعذّر فحص صورة واحدة بحثًا عن مكان.</numerusform>
            <numerusform>تعذّر فحص صورتين بحثًا عن مكان.</numerusform>
            <numerusform>تعذّر فحص %n صور بحثًا عن مكان.</numerusform>
            <numerusform>تعذّر فحص %n صورة بحثًا عن مكان.</numerusform>
            <numerusform>تعذّر فحص %n صورة بحثًا عن مكان.</numerusform>
        </translation>
    </message>
    <message>
        <source>A signed PDF shows in Adobe Reader, Okular and other readers as signed and not changed since you exported it. Some court filing systems refuse signed files: untick this to save a plain PDF.</source>
        <translation>يظهر ملف PDF الموقَّع في Adobe Reader وOkular وغيرهما من البرامج على أنه موقَّع ولم يتغيّر منذ تصديره. بعض أنظمة الإيداع في المحاكم ترفض الملفات الموقَّعة: ألغِ تحديد هذا الخيار لحفظ ملف PDF عادي.</translation>
    </message>
    <message>
        <source>Many e-filing systems limit the size of a file. The chronology is then saved as NAME-1.pdf, NAME-2.pdf, …, each under the size, numbered as one document, with an index of which entry is in which volume in the first.</source>
        <translation>كثير من أنظمة الإيداع الإلكتروني تحدّ من حجم الملف. عندها يُحفظ التسلسل الزمني في أجزاء باسم NAME-1.pdf وNAME-2.pdf و…، كل منها دون الحجم المحدد، مرقّمة كوثيقة واحدة، وفي أولها فهرس يبيّن أي تدوينة في أي جزء.</translation>
    </message>
    <message>
        <source>Sign the PDF</source>
        <translation>توقيع ملف PDF</translation>
    </message>
    <message>
        <source>Split into volumes of at most</source>
        <translation>التقسيم إلى أجزاء حجم كل منها لا يتجاوز</translation>
    </message>
    <message>
        <source> MB</source>
        <comment>megabytes, after a number</comment>
        <translation> ميغابايت</translation>
    </message>
    <message>
        <source>Largest size of one volume, in megabytes</source>
        <translation>أكبر حجم للجزء الواحد، بالميغابايت</translation>
    </message>
    <message>
        <source>Hide nothing</source>
        <translation>عدم إخفاء أي شيء</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>The places preview_redactions names that are not hideable fields (those have their words in HIDEABLE_FIELDS), in words.</extracomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>الملاحظات الخاصة</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>بلاغ</translation>
    </message>
    <message>
        <source>People or injuries</source>
        <translation>الأشخاص أو الإصابات</translation>
    </message>
    <message>
        <source>What to hide from this audience</source>
        <translation>ما يُخفى عن هذه الجهة</translation>
    </message>
    <message>
        <source>e.g. For the court, For the police</source>
        <translation>مثلًا: للمحكمة، للشرطة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Hide whole fields</source>
        <translation>إخفاء حقول كاملة</translation>
    </message>
    <message>
        <source>One per line: an address, a school, the name of a shelter…
Each is hidden wherever it appears in the text.</source>
        <translation>واحدة في كل سطر: عنوان، مدرسة، اسم دار إيواء…
تُخفى كل واحدة أينما ظهرت في النص.</translation>
    </message>
    <message>
        <source>Hide these words</source>
        <translation>إخفاء هذه الكلمات</translation>
    </message>
    <message>
        <source>Please give this profile a name.</source>
        <translation>يُرجى إعطاء إعداد الإخفاء هذا اسمًا.</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>What to &amp;hide:</source>
        <translation>ما &amp;يُخفى:</translation>
    </message>
    <message>
        <source>Preview of what this copy hides</source>
        <translation>معاينة لما تخفيه هذه النسخة</translation>
    </message>
    <message>
        <source>Nothing will be hidden, apart from private notes if left out.</source>
        <translation>لن يُخفى شيء، باستثناء الملاحظات الخاصة إن لم تُضمَّن.</translation>
    </message>
    <message>
        <source>Checking what this profile hides…</source>
        <translation>جارٍ التحقق مما يخفيه هذا الإعداد…</translation>
    </message>
    <message>
        <source>{title} — {field}: {text}</source>
        <translation>{title} — {field}: {text}</translation>
    </message>
    <message>
        <source>{title} — {field}</source>
        <translation>{title} — {field}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…</numerusform>
            <numerusform>…وواحد آخر</numerusform>
            <numerusform>…واثنان آخران</numerusform>
            <numerusform>…و%n أخرى</numerusform>
            <numerusform>…و%n أخرى</numerusform>
            <numerusform>…و%n أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This profile hides text in %n places, listed below. Evidence files are included exactly as they are; hiding text does not change what is inside a photo or document.</source>
        <translation>
            <numerusform>هذا الإعداد لا يخفي نصًا في أي موضع.</numerusform>
            <numerusform>هذا الإعداد يخفي نصًا في موضع واحد، مذكور أدناه. تُضمَّن ملفات الأدلة كما هي تمامًا؛ إخفاء النص لا يغيّر ما بداخل صورة أو مستند.</numerusform>
            <numerusform>هذا الإعداد يخفي نصًا في موضعين، مذكورين أدناه. تُضمَّن ملفات الأدلة كما هي تمامًا؛ إخفاء النص لا يغيّر ما بداخل صورة أو مستند.</numerusform>
            <numerusform>هذا الإعداد يخفي نصًا في %n مواضع، مذكورة أدناه. تُضمَّن ملفات الأدلة كما هي تمامًا؛ إخفاء النص لا يغيّر ما بداخل صورة أو مستند.</numerusform>
            <numerusform>هذا الإعداد يخفي نصًا في %n موضعًا، مذكورة أدناه. تُضمَّن ملفات الأدلة كما هي تمامًا؛ إخفاء النص لا يغيّر ما بداخل صورة أو مستند.</numerusform>
            <numerusform>هذا الإعداد يخفي نصًا في %n موضع، مذكورة أدناه. تُضمَّن ملفات الأدلة كما هي تمامًا؛ إخفاء النص لا يغيّر ما بداخل صورة أو مستند.</numerusform>
        </translation>
    </message>
    <message>
        <source>This profile hides nothing in the entries chosen.</source>
        <translation>هذا الإعداد لا يخفي شيئًا في التدوينات المختارة.</translation>
    </message>
    <message>
        <source>The list of what this profile hides could not be made just now. The profile still applies when you export.</source>
        <translation>تعذّر عرض قائمة بما يخفيه هذا الإعداد الآن. سيُطبَّق الإعداد مع ذلك عند التصدير.</translation>
    </message>
    <message>
        <source>Only if the person receiving it wants to check that it came from you: give them this signing-key fingerprint separately, for example by phone.</source>
        <translation>فقط إن أراد من يتسلّمه التحقق من أنه منك: أعطه بصمة مفتاح التوقيع هذه بطريقة منفصلة، مثلًا بالهاتف.</translation>
    </message>
    <message>
        <source>Export saved</source>
        <translation>حُفظ الملف المُصدَّر</translation>
    </message>
    <message>
        <source>Signing-key fingerprint</source>
        <translation>بصمة مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Get a trusted timestamp now</source>
        <translation>الحصول على ختم زمني الآن</translation>
    </message>
    <message>
        <source>A trusted timestamp is a signed statement from an independent timestamp authority that your journal, as it is now, existed no later than a certain time. A court can check it without trusting this computer&apos;s clock.</source>
        <extracomment>What a trusted timestamp is, what is sent and what the authority learns: one paragraph each, so that each is translated (and wrapped) on its own.</extracomment>
        <translation>الختم الزمني إفادة موقَّعة من جهة ختم زمني مستقلة بأن يومياتك، كما هي الآن، كانت موجودة في وقت لا يتجاوز وقتًا معيّنًا. تستطيع المحكمة التحقق منه دون الاعتماد على ساعة هذا الحاسوب.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What is sent:&lt;/b&gt; only a hash of the journal&apos;s chain head, a string of 64 characters from which nothing can be read back. No entry, name, file or date is ever sent.</source>
        <translation>&lt;b&gt;ما يُرسَل:&lt;/b&gt; قيمة تجزئة لرأس سلسلة اليوميات فقط، وهي سلسلة من 64 حرفًا لا يمكن استخراج أي شيء منها. لا تُرسَل أبدًا أي تدوينة أو اسم أو ملف أو تاريخ.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the authority learns:&lt;/b&gt; that someone asked for a timestamp, from this computer&apos;s internet address, and when. If that address could point to you, leave this off or use it from another network.</source>
        <translation>&lt;b&gt;ما تعرفه الجهة:&lt;/b&gt; أن أحدًا طلب ختمًا زمنيًا، من عنوان الإنترنت لهذا الحاسوب، ومتى. إذا كان هذا العنوان قد يدل عليك، فاترك هذه الخاصية متوقفة أو استخدمها من شبكة أخرى.</translation>
    </message>
    <message>
        <source>It is off until you tick an authority below. You can ask for a timestamp after each export (“Get a trusted timestamp now”).</source>
        <translation>هي متوقفة حتى تحدد جهة أدناه. يمكنك طلب ختم زمني بعد كل تصدير («الحصول على ختم زمني الآن»).</translation>
    </message>
    <message>
        <source>Trusted timestamps</source>
        <translation>الأختام الزمنية</translation>
    </message>
    <message>
        <source>Timestamp authorities to ask</source>
        <translation>جهات الختم الزمني التي تُسأل</translation>
    </message>
    <message>
        <source>{name} ({address})</source>
        <translation>{name} ({address})</translation>
    </message>
    <message>
        <source>https://… (an authority&apos;s RFC 3161 address)</source>
        <translation>عنوان RFC 3161 لجهة ما (https://…)</translation>
    </message>
    <message>
        <source>Another authority&apos;s address</source>
        <translation>عنوان جهة أخرى</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Another authority:</source>
        <translation>جهة أخرى:</translation>
    </message>
    <message>
        <source>{address} will be asked too once you save.</source>
        <translation>ستُسأل {address} أيضًا بعد الحفظ.</translation>
    </message>
    <message>
        <source>{authority} vouches that your journal existed as it is now no later than {time}.</source>
        <translation>تشهد {authority} بأن يومياتك كانت موجودة كما هي الآن في وقت لا يتجاوز {time}.</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <comment>an authority&apos;s error as a sentence</comment>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>The timestamp is kept inside your journal, and goes into your next court bundle and onto its integrity page.</source>
        <translation>يُحفظ الختم الزمني داخل يومياتك، ويدخل في حزمة الأدلة التالية وفي صفحة السلامة فيها.</translation>
    </message>
    <message>
        <source>Nothing was changed. You can try again later, or choose another authority.</source>
        <translation>لم يتغيّر شيء. يمكنك المحاولة لاحقًا، أو اختيار جهة أخرى.</translation>
    </message>
    <message>
        <source>{day} {month} {year}, {clock} UTC</source>
        <translation>{day} {month} {year}، الساعة {clock} UTC</translation>
    </message>
    <message>
        <source>No timestamp authority is chosen, so nothing was sent.</source>
        <translation>لم تُختر أي جهة ختم زمني، لذلك لم يُرسَل شيء.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>لم يُرسَل شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n timestamp authorities… Only a hash is sent.</source>
        <translation>
            <numerusform>لا توجد جهات لسؤالها… لا يُرسَل إلا قيمة تجزئة.</numerusform>
            <numerusform>جارٍ سؤال جهة ختم زمني واحدة… لا يُرسَل إلا قيمة تجزئة.</numerusform>
            <numerusform>جارٍ سؤال جهتي ختم زمني… لا يُرسَل إلا قيمة تجزئة.</numerusform>
            <numerusform>جارٍ سؤال %n جهات ختم زمني… لا يُرسَل إلا قيمة تجزئة.</numerusform>
            <numerusform>جارٍ سؤال %n جهة ختم زمني… لا يُرسَل إلا قيمة تجزئة.</numerusform>
            <numerusform>جارٍ سؤال %n جهة ختم زمني… لا يُرسَل إلا قيمة تجزئة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No timestamp could be stored. The journal is unchanged.</source>
        <translation>تعذّر حفظ أي ختم زمني. اليوميات لم تتغيّر.</translation>
    </message>
    <message>
        <source>Timestamp result</source>
        <translation>نتيجة الختم الزمني</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تغيّر</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>مُضاف</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Hidden data</source>
        <translation>بيانات مخفية</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>غير مقروء</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Key history</source>
        <translation>سجل المفاتيح</translation>
    </message>
    <message>
        <source>Trusted timestamp</source>
        <translation>ختم زمني</translation>
    </message>
    <message>
        <source>key {number}: {fingerprint} (in use from {since})</source>
        <translation>المفتاح {number}: {fingerprint} (مستخدم منذ {since})</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>This journal has used several signing keys, oldest first; each was announced by the one before:</source>
        <translation>استخدمت هذه اليوميات عدة مفاتيح توقيع، الأقدم أولًا؛ وكل مفتاح أعلن عنه المفتاح الذي قبله:</translation>
    </message>
    <message>
        <source>Trusted timestamps (each checked against the certificate inside it; check the authority&apos;s own certificate with openssl ts -verify):</source>
        <translation>الأختام الزمنية (كل منها تم التحقق منه بالشهادة التي بداخله؛ تحقّق من شهادة الجهة نفسها بالأمر openssl ts -verify):</translation>
    </message>
    <message>
        <source>The journal it was made from was damaged:</source>
        <translation>اليوميات التي أُعدّت منها كانت تالفة:</translation>
    </message>
    <message numerus="yes">
        <source>Everything in {name} matches. All %n files are as they were when signed, and the signing key is the one you confirmed with the sender.</source>
        <translation>
            <numerusform>كل شيء في {name} مطابق، ومفتاح التوقيع هو الذي أكّدته مع المرسِل.</numerusform>
            <numerusform>كل شيء في {name} مطابق. الملف الوحيد كما كان عند التوقيع، ومفتاح التوقيع هو الذي أكّدته مع المرسِل.</numerusform>
            <numerusform>كل شيء في {name} مطابق. الملفان كما كانا عند التوقيع، ومفتاح التوقيع هو الذي أكّدته مع المرسِل.</numerusform>
            <numerusform>كل شيء في {name} مطابق. الملفات الـ%n كلها كما كانت عند التوقيع، ومفتاح التوقيع هو الذي أكّدته مع المرسِل.</numerusform>
            <numerusform>كل شيء في {name} مطابق. الملفات الـ%n كلها كما كانت عند التوقيع، ومفتاح التوقيع هو الذي أكّدته مع المرسِل.</numerusform>
            <numerusform>كل شيء في {name} مطابق. الملفات الـ%n كلها كما كانت عند التوقيع، ومفتاح التوقيع هو الذي أكّدته مع المرسِل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything in {name} matches its signed list: all %n files are as they were when signed by the key whose fingerprint is under For checking.</source>
        <translation>
            <numerusform>كل شيء في {name} مطابق لقائمته الموقَّعة.</numerusform>
            <numerusform>كل شيء في {name} مطابق لقائمته الموقَّعة: الملف الوحيد كما كان عند توقيعه بالمفتاح الذي تظهر بصمته تحت «للتحقق».</numerusform>
            <numerusform>كل شيء في {name} مطابق لقائمته الموقَّعة: الملفان كما كانا عند توقيعهما بالمفتاح الذي تظهر بصمته تحت «للتحقق».</numerusform>
            <numerusform>كل شيء في {name} مطابق لقائمته الموقَّعة: الملفات الـ%n كلها كما كانت عند توقيعها بالمفتاح الذي تظهر بصمته تحت «للتحقق».</numerusform>
            <numerusform>كل شيء في {name} مطابق لقائمته الموقَّعة: الملفات الـ%n كلها كما كانت عند توقيعها بالمفتاح الذي تظهر بصمته تحت «للتحقق».</numerusform>
            <numerusform>كل شيء في {name} مطابق لقائمته الموقَّعة: الملفات الـ%n كلها كما كانت عند توقيعها بالمفتاح الذي تظهر بصمته تحت «للتحقق».</numerusform>
        </translation>
    </message>
    <message>
        <source>That shows who made it only once this fingerprint is confirmed with the sender by another way (for example by phone or on paper).</source>
        <translation>لا يُظهر هذا من أعدّها إلا بعد تأكيد هذه البصمة مع المرسِل بطريقة أخرى (مثلًا بالهاتف أو على الورق).</translation>
    </message>
    <message>
        <source>Type the fingerprint they gave you above to compare.</source>
        <translation>اكتب في الأعلى البصمة التي أعطوك إياها للمقارنة.</translation>
    </message>
    <message numerus="yes">
        <source>All %n files in {name} are as they were when signed, but not by the key you confirmed: {reason}.</source>
        <translation>
            <numerusform>لا توجد ملفات في {name}، والتوقيع ليس بالمفتاح الذي أكّدته: {reason}.</numerusform>
            <numerusform>الملف الوحيد في {name} كما كان عند التوقيع، لكن ليس بالمفتاح الذي أكّدته: {reason}.</numerusform>
            <numerusform>الملفان في {name} كما كانا عند التوقيع، لكن ليس بالمفتاح الذي أكّدته: {reason}.</numerusform>
            <numerusform>الملفات الـ%n في {name} كما كانت عند التوقيع، لكن ليس بالمفتاح الذي أكّدته: {reason}.</numerusform>
            <numerusform>الملفات الـ%n في {name} كما كانت عند التوقيع، لكن ليس بالمفتاح الذي أكّدته: {reason}.</numerusform>
            <numerusform>الملفات الـ%n في {name} كما كانت عند التوقيع، لكن ليس بالمفتاح الذي أكّدته: {reason}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra files were added to {name}; every listed file ({listed}) matches and the signature is valid (its fingerprint is under For checking). The added files are listed below; they were not part of the export.</source>
        <translation>
            <numerusform>لم يُضف أي ملف إلى {name}؛ كل ملف في القائمة ({listed}) مطابق والتوقيع صالح (بصمته تحت «للتحقق»).</numerusform>
            <numerusform>أُضيف ملف زائد إلى {name}؛ كل ملف في القائمة ({listed}) مطابق والتوقيع صالح (بصمته تحت «للتحقق»). الملف المُضاف مذكور أدناه؛ لم يكن جزءًا من الملف المُصدَّر.</numerusform>
            <numerusform>أُضيف ملفان زائدان إلى {name}؛ كل ملف في القائمة ({listed}) مطابق والتوقيع صالح (بصمته تحت «للتحقق»). الملفان المُضافان مذكوران أدناه؛ لم يكونا جزءًا من الملف المُصدَّر.</numerusform>
            <numerusform>أُضيفت %n ملفات زائدة إلى {name}؛ كل ملف في القائمة ({listed}) مطابق والتوقيع صالح (بصمته تحت «للتحقق»). الملفات المُضافة مذكورة أدناه؛ لم تكن جزءًا من الملف المُصدَّر.</numerusform>
            <numerusform>أُضيف %n ملفًا زائدًا إلى {name}؛ كل ملف في القائمة ({listed}) مطابق والتوقيع صالح (بصمته تحت «للتحقق»). الملفات المُضافة مذكورة أدناه؛ لم تكن جزءًا من الملف المُصدَّر.</numerusform>
            <numerusform>أُضيف %n ملف زائد إلى {name}؛ كل ملف في القائمة ({listed}) مطابق والتوقيع صالح (بصمته تحت «للتحقق»). الملفات المُضافة مذكورة أدناه؛ لم تكن جزءًا من الملف المُصدَّر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is not as it was exported: %n problems, listed below. Files not listed matched.</source>
        <translation>
            <numerusform>{name} ليس كما صُدِّر. الملفات غير المذكورة مطابقة.</numerusform>
            <numerusform>{name} ليس كما صُدِّر: فيه مشكلة واحدة، مذكورة أدناه. الملفات غير المذكورة مطابقة.</numerusform>
            <numerusform>{name} ليس كما صُدِّر: فيه مشكلتان، مذكورتان أدناه. الملفات غير المذكورة مطابقة.</numerusform>
            <numerusform>{name} ليس كما صُدِّر: فيه %n مشكلات، مذكورة أدناه. الملفات غير المذكورة مطابقة.</numerusform>
            <numerusform>{name} ليس كما صُدِّر: فيه %n مشكلة، مذكورة أدناه. الملفات غير المذكورة مطابقة.</numerusform>
            <numerusform>{name} ليس كما صُدِّر: فيه %n مشكلة، مذكورة أدناه. الملفات غير المذكورة مطابقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signature itself is valid (its fingerprint is under For checking).</source>
        <translation>التوقيع نفسه صالح (بصمته تحت «للتحقق»).</translation>
    </message>
    <message>
        <source>The signature could not be confirmed.</source>
        <translation>تعذّر تأكيد التوقيع.</translation>
    </message>
    <message>
        <source>Check an export bundle</source>
        <translation>التحقق من حزمة مُصدَّرة</translation>
    </message>
    <message>
        <source>Choose a bundle (.zip) or the folder it was unpacked into. No journal or passphrase is needed.</source>
        <translation>اختر حزمة (ملف zip) أو المجلد الذي فُكّت فيه. لا حاجة إلى يوميات ولا إلى عبارة مرور.</translation>
    </message>
    <message>
        <source>for example 3f2a 9c01 … (spaces do not matter)</source>
        <translation>مثلًا 3f2a 9c01 … (المسافات لا تهم)</translation>
    </message>
    <message>
        <source>Signing-key fingerprint the sender gave you</source>
        <translation>بصمة مفتاح التوقيع التي أعطاك إياها المرسِل</translation>
    </message>
    <message>
        <source>Signing-key &amp;fingerprint the sender gave you by phone or on paper (optional):</source>
        <translation>&amp;بصمة مفتاح التوقيع التي أعطاك إياها المرسِل بالهاتف أو على الورق (اختياري):</translation>
    </message>
    <message>
        <source>Choose a .zip…</source>
        <translation>اختيار ملف zip…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>اختيار مجلد…</translation>
    </message>
    <message>
        <source>The signing-key fingerprint of the bundle, to compare with the one the sender gave you.</source>
        <translation>بصمة مفتاح التوقيع للحزمة، لمقارنتها بالبصمة التي أعطاك إياها المرسِل.</translation>
    </message>
    <message>
        <source>Choose the bundle</source>
        <translation>اختر الحزمة</translation>
    </message>
    <message>
        <source>Choose the unpacked bundle folder</source>
        <translation>اختر مجلد الحزمة المفكوكة</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>جارٍ التحقق من {name}…</translation>
    </message>
    <message>
        <source>{kind}: {finding}</source>
        <translation>{kind}: {finding}</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>توقّف التحقق.</translation>
    </message>
    <message>
        <source>The bundle could not be read: something happened that the app did not expect. The bundle was not changed.</source>
        <translation>تعذّرت قراءة الحزمة: حدث أمر لم يتوقعه التطبيق. لم تتغيّر الحزمة.</translation>
    </message>
    <message numerus="yes">
        <source>%n volumes ({first} to {last})</source>
        <translation>
            <numerusform>لا أجزاء ({first} إلى {last})</numerusform>
            <numerusform>جزء واحد ({first} إلى {last})</numerusform>
            <numerusform>جزءان ({first} إلى {last})</numerusform>
            <numerusform>%n أجزاء ({first} إلى {last})</numerusform>
            <numerusform>%n جزءًا ({first} إلى {last})</numerusform>
            <numerusform>%n جزء ({first} إلى {last})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files</source>
        <translation>
            <numerusform>لا ملفات أدلة</numerusform>
            <numerusform>ملف أدلة واحد</numerusform>
            <numerusform>ملفَي أدلة</numerusform>
            <numerusform>%n ملفات أدلة</numerusform>
            <numerusform>%n ملفًا من ملفات الأدلة</numerusform>
            <numerusform>%n ملف أدلة</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {file} with {entries} and {files}, in {folder}.</source>
        <translation>حُفظ {file} وفيه {entries} و{files}، في {folder}.</translation>
    </message>
    <message>
        <source>Saved {file} with {entries}, in {folder}.</source>
        <translation>حُفظ {file} وفيه {entries}، في {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>%n photos with a location were left out, as you chose; the manifest lists their SHA-256.</source>
        <translation>
            <numerusform>لم تُستبعد أي صورة.</numerusform>
            <numerusform>استُبعدت صورة واحدة تحمل مكانًا، كما اخترت؛ ويذكر البيان قيمة SHA-256 لها.</numerusform>
            <numerusform>استُبعدت صورتان تحملان مكانًا، كما اخترت؛ ويذكر البيان قيمة SHA-256 لهما.</numerusform>
            <numerusform>استُبعدت %n صور تحمل مكانًا، كما اخترت؛ ويذكر البيان قيم SHA-256 لها.</numerusform>
            <numerusform>استُبعدت %n صورة تحمل مكانًا، كما اخترت؛ ويذكر البيان قيم SHA-256 لها.</numerusform>
            <numerusform>استُبعدت %n صورة تحمل مكانًا، كما اخترت؛ ويذكر البيان قيم SHA-256 لها.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not encrypted.</source>
        <translation>الملف غير مشفّر.</translation>
    </message>
    <message>
        <source>They need no app to check it: the bundle carries verify.html, which checks it in any web browser, and README-VERIFY.txt, which explains it.</source>
        <translation>لا يحتاجون إلى أي تطبيق للتحقق منها: تحمل الحزمة الملف verify.html الذي يتحقق منها في أي متصفح ويب، والملف README-VERIFY.txt الذي يشرح ذلك.</translation>
    </message>
    <message>
        <source>The PDF is signed: a PDF reader shows it as not changed since this export (it proves it is unaltered, not who wrote it).</source>
        <translation>ملف PDF موقَّع: يعرضه قارئ PDF على أنه لم يتغيّر منذ هذا التصدير (يثبت ذلك أنه غير معدَّل، لا من كتبه).</translation>
    </message>
    <message>
        <source>The PDF is not signed, as you chose.</source>
        <translation>ملف PDF غير موقَّع، كما اخترت.</translation>
    </message>
</context>
</TS>

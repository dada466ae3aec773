<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>{label}: what someone (for example the abuser) told another person about you or about what happened, as you came to know it. It is shown and exported as your account, not as their statement.</source>
        <translation>{label}: ما قاله شخص ما (مثل المعتدي) لشخص آخر عنك أو عمّا حدث، كما عرفت به. يُعرض ويُصدَّر على أنه روايتك أنت، لا على أنه أقوال ذلك الشخص.</translation>
    </message>
    <message>
        <source>Remove account {number}</source>
        <translation>إزالة الرواية {number}</translation>
    </message>
    <message>
        <source>Take account {number} off this entry</source>
        <translation>إزالة الرواية {number} من هذه التدوينة</translation>
    </message>
    <message>
        <source>e.g. my ex-partner, his colleague</source>
        <translation>مثلًا: شريكي السابق، أحد زملائه</translation>
    </message>
    <message>
        <source>e.g. my employer, the school, the officer at the desk</source>
        <translation>مثلًا: صاحب العمل، المدرسة، الشرطي في مكتب الاستقبال</translation>
    </message>
    <message>
        <source>e.g. 2025-03-20, or roughly</source>
        <translation>مثلًا: 2025-03-20، أو بشكل تقريبي</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>ما قيل</translation>
    </message>
    <message>
        <source>As close to their words as you know</source>
        <translation>أقرب ما يمكن إلى كلماتهم كما تعرفها</translation>
    </message>
    <message>
        <source>e.g. my manager told me the next day</source>
        <translation>مثلًا: أخبرني مديري في اليوم التالي</translation>
    </message>
    <message>
        <source>Who sa&amp;id it</source>
        <translation>&amp;من قاله</translation>
    </message>
    <message>
        <source>To &amp;whom</source>
        <translation>&amp;لمن</translation>
    </message>
    <message>
        <source>Whe&amp;n</source>
        <translation>&amp;متى</translation>
    </message>
    <message>
        <source>How you &amp;learned of it</source>
        <translation>&amp;كيف عرفت به</translation>
    </message>
    <message>
        <source>What was said, as you &amp;know it</source>
        <translation>ما &amp;قيل، كما تعرفه</translation>
    </message>
    <message>
        <source>Account {number}: who said it</source>
        <translation>الرواية {number}: من قاله</translation>
    </message>
    <message>
        <source>Account {number}: to whom</source>
        <translation>الرواية {number}: لمن</translation>
    </message>
    <message>
        <source>Account {number}: when</source>
        <translation>الرواية {number}: متى</translation>
    </message>
    <message>
        <source>Account {number}: how you learned of it</source>
        <translation>الرواية {number}: كيف عرفت به</translation>
    </message>
    <message>
        <source>Account {number}: what was said</source>
        <translation>الرواية {number}: ما قيل</translation>
    </message>
    <message>
        <source>What others were told (you&amp;r account)</source>
        <translation>ما قيل للآخرين (&amp;روايتك)</translation>
    </message>
    <message>
        <source>Add what someone &amp;told others</source>
        <translation>إضافة ما &amp;قاله شخص للآخرين</translation>
    </message>
    <message>
        <source>Nothing written down. Useful when someone spread their version of events.</source>
        <translation>لم يُكتب شيء. يفيد هذا عندما ينشر شخص روايته للأحداث.</translation>
    </message>
    <message numerus="yes">
        <source>%n written down</source>
        <comment>accounts</comment>
        <translation>
            <numerusform>لا توجد روايات</numerusform>
            <numerusform>رواية واحدة</numerusform>
            <numerusform>روايتان</numerusform>
            <numerusform>%n روايات</numerusform>
            <numerusform>%n رواية</numerusform>
            <numerusform>%n رواية</numerusform>
        </translation>
    </message>
    <message>
        <source>Please say who said it, or what was said, for each account.</source>
        <translation>يُرجى ذكر من قاله، أو ما قيل، في كل رواية.</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>في وقت سابق</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a date, e.g. 14 Mar 2025</comment>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} الساعة {time}</translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation>مسودة غير محفوظة</translation>
    </message>
    <message>
        <source>Continue the &amp;draft</source>
        <translation>متابعة ال&amp;مسودة</translation>
    </message>
    <message>
        <source>Disca&amp;rd the draft</source>
        <translation>&amp;تجاهل المسودة</translation>
    </message>
    <message>
        <source>You have a draft (“{title}”) from {when} that was not saved. Would you like to continue it?</source>
        <translation>لديك مسودة («{title}») من {when} لم تُحفظ. هل تريد متابعتها؟</translation>
    </message>
    <message>
        <source>You have a draft from {when} that was not saved. Would you like to continue it?</source>
        <translation>لديك مسودة من {when} لم تُحفظ. هل تريد متابعتها؟</translation>
    </message>
    <message>
        <source>The entry was saved again after this draft was written (for example, evidence was added). Saving the draft keeps the evidence and replaces the text.</source>
        <translation>حُفظت التدوينة مرة أخرى بعد كتابة هذه المسودة (مثلًا، أُضيفت أدلة). حفظ المسودة يُبقي الأدلة ويستبدل النص.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>{heading} — {summary}</source>
        <translation>{heading} — {summary}</translation>
    </message>
    <message>
        <source>{heading} section, {summary}</source>
        <translation>قسم {heading}، {summary}</translation>
    </message>
    <message>
        <source>{heading} section</source>
        <translation>قسم {heading}</translation>
    </message>
    <message>
        <source>Draft kept in the journal at {time}.</source>
        <translation>حُفظت المسودة في اليوميات الساعة {time}.</translation>
    </message>
    <message>
        <source>The draft could not be kept just now: {reason}</source>
        <translation>تعذّر حفظ المسودة الآن: {reason}</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>نوع التدوينة</translation>
    </message>
    <message>
        <source>A few words to find it again, e.g. “Shouting in the car”</source>
        <translation>بضع كلمات للعثور عليها لاحقًا، مثلًا: «صراخ في السيارة»</translation>
    </message>
    <message>
        <source>Optional: a place, an address, a room</source>
        <translation>اختياري: مكان، عنوان، غرفة</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>In your own words. It does not need to be complete: you can add to it later.</source>
        <translation>بكلماتك أنت. لا يلزم أن يكون كاملًا: يمكنك الإضافة إليه لاحقًا.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;متى</translation>
    </message>
    <message>
        <source>Date it happened</source>
        <translation>تاريخ الحدوث</translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation>&amp;أين</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>مكان الحدوث</translation>
    </message>
    <message>
        <source>Wh&amp;at happened</source>
        <translation>&amp;ما حدث</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>ال&amp;أدلة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>A&amp;dd evidence…</source>
        <translation>إضافة &amp;أدلة…</translation>
    </message>
    <message>
        <source>Attached fi&amp;les</source>
        <translation>ال&amp;ملفات المرفقة</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>ملفات الأدلة</translation>
    </message>
    <message>
        <source>SHA-256 {digest}</source>
        <translation>SHA-256 {digest}</translation>
    </message>
    <message>
        <source>Photos, recordings, screenshots, documents. The entry is saved first, then you choose the file; the original stays where it is.</source>
        <translation>صور، تسجيلات، لقطات شاشة، مستندات. تُحفظ التدوينة أولًا، ثم تختار الملف؛ ويبقى الأصل في مكانه.</translation>
    </message>
    <message>
        <source>Files are stored encrypted in the journal, exactly as they were.</source>
        <translation>تُحفظ الملفات مشفّرة في اليوميات، كما كانت تمامًا.</translation>
    </message>
    <message>
        <source>No evidence yet. Files are stored encrypted in the journal, unchanged.</source>
        <translation>لا توجد أدلة بعد. تُحفظ الملفات مشفّرة في اليوميات، دون تغيير.</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>لا توجد ملفات</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%n ملفات</numerusform>
            <numerusform>%n ملفًا</numerusform>
            <numerusform>%n ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove injury {number}</source>
        <translation>إزالة الإصابة {number}</translation>
    </message>
    <message>
        <source>Take injury {number} off this entry</source>
        <translation>إزالة الإصابة {number} من هذه التدوينة</translation>
    </message>
    <message>
        <source>e.g. bruise, cut, pain when breathing</source>
        <translation>مثلًا: كدمة، جرح، ألم عند التنفس</translation>
    </message>
    <message>
        <source>e.g. left upper arm</source>
        <translation>مثلًا: أعلى الذراع اليسرى</translation>
    </message>
    <message>
        <source>e.g. GP the next day, none yet</source>
        <translation>مثلًا: طبيب عام في اليوم التالي، لا شيء بعد</translation>
    </message>
    <message>
        <source>Photo&amp;graphed</source>
        <translation>&amp;مصوَّرة</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>ال&amp;وصف</translation>
    </message>
    <message>
        <source>&amp;Body area</source>
        <translation>&amp;موضع الجسم</translation>
    </message>
    <message>
        <source>&amp;Medical attention</source>
        <translation>ال&amp;رعاية الطبية</translation>
    </message>
    <message>
        <source>Injury {number}: description</source>
        <translation>الإصابة {number}: الوصف</translation>
    </message>
    <message>
        <source>Injury {number}: body area</source>
        <translation>الإصابة {number}: موضع الجسم</translation>
    </message>
    <message>
        <source>Injury {number}: medical attention</source>
        <translation>الإصابة {number}: الرعاية الطبية</translation>
    </message>
    <message>
        <source>Injury {number}: photographed</source>
        <translation>الإصابة {number}: مصوَّرة</translation>
    </message>
    <message>
        <source>In&amp;juries and medical</source>
        <translation>الإ&amp;صابات والرعاية الطبية</translation>
    </message>
    <message>
        <source>Add an injur&amp;y</source>
        <translation>إضافة إ&amp;صابة</translation>
    </message>
    <message>
        <source>No injuries written down. Add one for each injury, even small ones.</source>
        <translation>لم تُكتب أي إصابات. أضف واحدة لكل إصابة، حتى الصغيرة منها.</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>الرعاية الطبية</translation>
    </message>
    <message>
        <source>Who you saw, when, what they did or said, any follow-up.</source>
        <translation>من رأيت، ومتى، وماذا فعلوا أو قالوا، وأي متابعة.</translation>
    </message>
    <message>
        <source>Medica&amp;l care</source>
        <translation>الرعاية ال&amp;طبية</translation>
    </message>
    <message numerus="yes">
        <source>%n injuries, medical care</source>
        <translation>
            <numerusform>لا توجد إصابات، رعاية طبية</numerusform>
            <numerusform>إصابة واحدة، رعاية طبية</numerusform>
            <numerusform>إصابتان، رعاية طبية</numerusform>
            <numerusform>%n إصابات، رعاية طبية</numerusform>
            <numerusform>%n إصابة، رعاية طبية</numerusform>
            <numerusform>%n إصابة، رعاية طبية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n injuries</source>
        <translation>
            <numerusform>لا توجد إصابات</numerusform>
            <numerusform>إصابة واحدة</numerusform>
            <numerusform>إصابتان</numerusform>
            <numerusform>%n إصابات</numerusform>
            <numerusform>%n إصابة</numerusform>
            <numerusform>%n إصابة</numerusform>
        </translation>
    </message>
    <message>
        <source>medical care</source>
        <translation>رعاية طبية</translation>
    </message>
    <message>
        <source>Leave this entry?</source>
        <translation>مغادرة هذه التدوينة؟</translation>
    </message>
    <message>
        <source>Some of what you wrote is not saved yet.</source>
        <translation>بعض ما كتبته لم يُحفظ بعد.</translation>
    </message>
    <message>
        <source>You can keep it as a draft inside the journal and finish it later, or discard it.</source>
        <translation>يمكنك الاحتفاظ به كمسودة داخل اليوميات وإكماله لاحقًا، أو تجاهله.</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>&amp;حفظ كمسودة</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;Categories and tags</source>
        <translation>ال&amp;فئات والوسوم</translation>
    </message>
    <message>
        <source>Your own words, separated by commas, e.g. car, birthday</source>
        <translation>كلماتك أنت، تفصل بينها فواصل، مثلًا: سيارة، عيد ميلاد</translation>
    </message>
    <message>
        <source>Tick any that fit (Space ticks the highlighted one). None are needed.</source>
        <translation>ضع علامة على ما ينطبق (مفتاح المسافة يضع علامة على المحدَّد). لا شيء منها مطلوب.</translation>
    </message>
    <message>
        <source>Cate&amp;gories</source>
        <translation>ال&amp;فئات</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>&amp;Free tags</source>
        <translation>&amp;وسوم حرة</translation>
    </message>
    <message>
        <source>Free tags</source>
        <translation>وسوم حرة</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <comment>categories</comment>
        <translation>
            <numerusform>لا شيء مختار</numerusform>
            <numerusform>عنصر واحد مختار</numerusform>
            <numerusform>عنصران مختاران</numerusform>
            <numerusform>%n عناصر مختارة</numerusform>
            <numerusform>%n عنصرًا مختارًا</numerusform>
            <numerusform>%n عنصر مختار</numerusform>
        </translation>
    </message>
    <message>
        <source>Private &amp;notes</source>
        <translation>ملاحظات &amp;خاصة</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>الملاحظات الخاصة</translation>
    </message>
    <message>
        <source>Feelings, safety thoughts, anything just for you.</source>
        <translation>مشاعر، أفكار عن سلامتك، أي شيء لك وحدك.</translation>
    </message>
    <message>
        <source>Private notes stay in this journal. They are left out of exports and printouts unless you choose to include them.</source>
        <translation>تبقى الملاحظات الخاصة في هذه اليوميات. لا تدخل في التصدير ولا في الطباعة إلا إذا اخترت تضمينها.</translation>
    </message>
    <message>
        <source>Notes just for &amp;me</source>
        <translation>ملاحظات &amp;لي وحدي</translation>
    </message>
    <message>
        <source>written</source>
        <comment>private notes</comment>
        <translation>مكتوبة</translation>
    </message>
    <message>
        <source>(choose someone)</source>
        <translation>(اختر شخصًا)</translation>
    </message>
    <message>
        <source>{name} ({relationship})</source>
        <translation>{name} ({relationship})</translation>
    </message>
    <message>
        <source>{person} — officer, {badge}</source>
        <translation>{person} — شرطي، {badge}</translation>
    </message>
    <message>
        <source>{person} — officer</source>
        <translation>{person} — شرطي</translation>
    </message>
    <message>
        <source>Remove person {number}</source>
        <translation>إزالة الشخص {number}</translation>
    </message>
    <message>
        <source>Take person {number} off this entry</source>
        <translation>إزالة الشخص {number} من هذه التدوينة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>On or off duty</source>
        <translation>أثناء الخدمة أو خارجها</translation>
    </message>
    <message>
        <source>For a police officer: on or off duty at the time</source>
        <translation>لرجل الشرطة: هل كان أثناء الخدمة أو خارجها في ذلك الوقت</translation>
    </message>
    <message>
        <source>Optional, e.g. “in uniform”, “stood in the doorway”</source>
        <translation>اختياري، مثلًا: «بالزي الرسمي»، «وقف عند الباب»</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>ال&amp;دور</translation>
    </message>
    <message>
        <source>Dut&amp;y</source>
        <translation>ال&amp;خدمة</translation>
    </message>
    <message>
        <source>E&amp;xtra note</source>
        <translation>ملاحظة &amp;إضافية</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>الشخص {number}</translation>
    </message>
    <message>
        <source>Person {number}: role</source>
        <translation>الشخص {number}: الدور</translation>
    </message>
    <message>
        <source>Person {number}: on or off duty</source>
        <translation>الشخص {number}: أثناء الخدمة أو خارجها</translation>
    </message>
    <message>
        <source>Person {number}: note</source>
        <translation>الشخص {number}: ملاحظة</translation>
    </message>
    <message>
        <source>(a person no longer in the list)</source>
        <translation>(شخص لم يعد في القائمة)</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>الأ&amp;شخاص</translation>
    </message>
    <message>
        <source>Link someone &amp;from the list</source>
        <translation>ربط شخص &amp;من القائمة</translation>
    </message>
    <message>
        <source>Nobody linked yet: the abuser, witnesses, children present, anyone you spoke to. Each person is kept in one list and can be linked to any entry.</source>
        <translation>لم يُربط أحد بعد: المعتدي، الشهود، الأطفال الحاضرون، أي شخص تحدثت إليه. يُحفظ كل شخص في قائمة واحدة ويمكن ربطه بأي تدوينة.</translation>
    </message>
    <message>
        <source>A&amp;dd a person…</source>
        <translation>إضافة &amp;شخص…</translation>
    </message>
    <message>
        <source>Someone not in the list yet, with officer details</source>
        <translation>شخص ليس في القائمة بعد، مع بيانات الشرطي</translation>
    </message>
    <message numerus="yes">
        <source>%n linked</source>
        <comment>people</comment>
        <translation>
            <numerusform>لا أحد مرتبط</numerusform>
            <numerusform>شخص واحد مرتبط</numerusform>
            <numerusform>شخصان مرتبطان</numerusform>
            <numerusform>%n أشخاص مرتبطون</numerusform>
            <numerusform>%n شخصًا مرتبطًا</numerusform>
            <numerusform>%n شخص مرتبط</numerusform>
        </translation>
    </message>
    <message>
        <source>Under People, line {number} does not say who it is yet. Choose someone from the list, or remove that line.</source>
        <translation>في قسم الأشخاص، السطر {number} لا يذكر من هو بعد. اختر شخصًا من القائمة، أو أزل ذلك السطر.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Correct details</source>
        <translation>تصحيح البيانات</translation>
    </message>
    <message>
        <source>People are kept in one list and can be linked to any entry. Only a name or a short description is needed. The person is saved to the journal when you add them.</source>
        <translation>يُحفظ الأشخاص في قائمة واحدة ويمكن ربطهم بأي تدوينة. يكفي اسم أو وصف قصير. يُحفظ الشخص في اليوميات عند إضافته.</translation>
    </message>
    <message>
        <source>A name, or a description like “his sergeant”</source>
        <translation>اسم، أو وصف مثل «رقيبه»</translation>
    </message>
    <message>
        <source>e.g. ex-partner, neighbour, his colleague</source>
        <translation>مثلًا: الشريك السابق، جار، أحد زملائه</translation>
    </message>
    <message>
        <source>Notes about this person</source>
        <translation>ملاحظات عن هذا الشخص</translation>
    </message>
    <message>
        <source>This person is a &amp;police officer</source>
        <translation>هذا الشخص &amp;شرطي</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>Name or description</source>
        <translation>الاسم أو الوصف</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>ال&amp;علاقة</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>e.g. the police force or service</source>
        <translation>مثلًا: جهاز الشرطة أو الدائرة</translation>
    </message>
    <message>
        <source>e.g. 2023-09, if known (for later transfers)</source>
        <translation>مثلًا: 2023-09، إن كان معروفًا (للتنقلات اللاحقة)</translation>
    </message>
    <message>
        <source>Officer details (any you know)</source>
        <translation>بيانات الشرطي (ما تعرفه منها)</translation>
    </message>
    <message>
        <source>Ran&amp;k</source>
        <translation>الر&amp;تبة</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الرتبة</translation>
    </message>
    <message>
        <source>&amp;Badge or service number</source>
        <translation>رقم ال&amp;شارة أو الخدمة</translation>
    </message>
    <message>
        <source>Badge or service number</source>
        <translation>رقم الشارة أو الخدمة</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>ال&amp;جهاز</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>&amp;Station or command</source>
        <translation>ال&amp;مركز أو القيادة</translation>
    </message>
    <message>
        <source>Station or command</source>
        <translation>المركز أو القيادة</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>الو&amp;حدة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Superv&amp;isor</source>
        <translation>الم&amp;سؤول المباشر</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>المسؤول المباشر</translation>
    </message>
    <message>
        <source>In this post si&amp;nce</source>
        <translation>في هذا المنصب &amp;منذ</translation>
    </message>
    <message>
        <source>In this post since</source>
        <translation>في هذا المنصب منذ</translation>
    </message>
    <message>
        <source>Add &amp;this person</source>
        <translation>إضافة &amp;هذا الشخص</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>&amp;حفظ التغييرات</translation>
    </message>
    <message>
        <source>Correct what is wrong. Every earlier version stays in the journal&apos;s history. For a transfer or promotion, use “Record a change” instead, so the date is kept.</source>
        <translation>صحّح ما هو خطأ. تبقى كل نسخة سابقة في سجل اليوميات. للنقل أو الترقية، استخدم «تسجيل تغيير» بدلًا من ذلك، ليُحفظ التاريخ.</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>اقتراحات</translation>
    </message>
    <message>
        <source>Hide su&amp;ggestions</source>
        <translation>إخفاء الا&amp;قتراحات</translation>
    </message>
    <message>
        <source>Hide these suggestions for this entry; nothing is lost.</source>
        <translation>إخفاء هذه الاقتراحات لهذه التدوينة؛ لن يضيع شيء.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggestions&lt;/b&gt; — optional, only if they help</source>
        <translation>&lt;b&gt;اقتراحات&lt;/b&gt; — اختيارية، فقط إن كانت مفيدة</translation>
    </message>
    <message>
        <source>Remove report {number}</source>
        <translation>إزالة البلاغ {number}</translation>
    </message>
    <message>
        <source>Take report {number} off this entry</source>
        <translation>إزالة البلاغ {number} من هذه التدوينة</translation>
    </message>
    <message>
        <source>Kind of body</source>
        <translation>نوع الجهة</translation>
    </message>
    <message>
        <source>e.g. the name of the office or service</source>
        <translation>مثلًا: اسم المكتب أو الدائرة</translation>
    </message>
    <message>
        <source>Name, role, badge number if known</source>
        <translation>الاسم، الوظيفة، رقم الشارة إن كان معروفًا</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>ما قالوه</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>What they did about it</source>
        <translation>ما فعلوه بشأنه</translation>
    </message>
    <message>
        <source>e.g. no further action, upheld, charges laid</source>
        <translation>مثلًا: لا إجراء آخر، قُبلت، وُجّهت تهم</translation>
    </message>
    <message>
        <source>T&amp;ype of body</source>
        <translation>&amp;نوع الجهة</translation>
    </message>
    <message>
        <source>Name of the &amp;body</source>
        <translation>اسم ال&amp;جهة</translation>
    </message>
    <message>
        <source>Date &amp;made</source>
        <translation>&amp;تاريخ التقديم</translation>
    </message>
    <message>
        <source>Re&amp;ference number</source>
        <translation>الرقم ال&amp;مرجعي</translation>
    </message>
    <message>
        <source>Person dea&amp;lt with</source>
        <translation>الشخص الذي &amp;تعاملت معه</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>What they said (&amp;quote them if you can)</source>
        <translation>ما قالوه (ا&amp;قتبسي كلامهم إن استطعت)</translation>
    </message>
    <message>
        <source>What they &amp;did about it (action taken, or refused)</source>
        <translation>ما &amp;فعلوه بشأنه (إجراء اتُّخذ، أو رُفض)</translation>
    </message>
    <message>
        <source>Ne&amp;xt deadline</source>
        <translation>ال&amp;موعد النهائي التالي</translation>
    </message>
    <message>
        <source>Out&amp;come (when closed)</source>
        <translation>ال&amp;نتيجة (عند الإغلاق)</translation>
    </message>
    <message>
        <source>I&amp;ncidents it is about</source>
        <translation>ال&amp;حوادث التي يتعلق بها</translation>
    </message>
    <message>
        <source>(an entry not listed: {id})</source>
        <translation>(تدوينة غير مدرجة: {id})</translation>
    </message>
    <message>
        <source>No other entries yet</source>
        <translation>لا توجد تدوينات أخرى بعد</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen…</source>
        <comment>entries</comment>
        <translation>
            <numerusform>لم يُختر شيء…</numerusform>
            <numerusform>تدوينة واحدة مختارة…</numerusform>
            <numerusform>تدوينتان مختارتان…</numerusform>
            <numerusform>%n تدوينات مختارة…</numerusform>
            <numerusform>%n تدوينة مختارة…</numerusform>
            <numerusform>%n تدوينة مختارة…</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Report {number}: kind of body</source>
        <translation>البلاغ {number}: نوع الجهة</translation>
    </message>
    <message>
        <source>Report {number}: name of the body</source>
        <translation>البلاغ {number}: اسم الجهة</translation>
    </message>
    <message>
        <source>Report {number}: date made</source>
        <translation>البلاغ {number}: تاريخ التقديم</translation>
    </message>
    <message>
        <source>Report {number}: reference number</source>
        <translation>البلاغ {number}: الرقم المرجعي</translation>
    </message>
    <message>
        <source>Report {number}: person dealt with</source>
        <translation>البلاغ {number}: الشخص الذي تعاملت معه</translation>
    </message>
    <message>
        <source>Report {number}: progress</source>
        <translation>البلاغ {number}: الحالة</translation>
    </message>
    <message>
        <source>Report {number}: what they said</source>
        <translation>البلاغ {number}: ما قالوه</translation>
    </message>
    <message>
        <source>Report {number}: next deadline</source>
        <translation>البلاغ {number}: الموعد النهائي التالي</translation>
    </message>
    <message>
        <source>Report {number}: what they did</source>
        <translation>البلاغ {number}: ما فعلوه</translation>
    </message>
    <message>
        <source>Report {number}: outcome</source>
        <translation>البلاغ {number}: النتيجة</translation>
    </message>
    <message>
        <source>Report {number}: incidents it is about</source>
        <translation>البلاغ {number}: الحوادث التي يتعلق بها</translation>
    </message>
    <message>
        <source>Rep&amp;orts and complaints</source>
        <translation>ال&amp;بلاغات والشكاوى</translation>
    </message>
    <message>
        <source>I told someone about the abuse here (shown in “After disclosure”)</source>
        <translation>أخبرتُ أحدًا بالإساءة هنا (يظهر في «بعد الإفصاح»)</translation>
    </message>
    <message>
        <source>I told someone about the abuse here</source>
        <translation>أخبرتُ أحدًا بالإساءة هنا</translation>
    </message>
    <message>
        <source>A&amp;dd a report or complaint</source>
        <translation>إضافة &amp;بلاغ أو شكوى</translation>
    </message>
    <message>
        <source>None written down. Add one for each report, complaint or call about this event.</source>
        <translation>لم يُكتب شيء. أضف واحدًا لكل بلاغ أو شكوى أو اتصال بشأن هذا الحدث.</translation>
    </message>
    <message numerus="yes">
        <source>%n written down, told someone</source>
        <comment>reports</comment>
        <translation>
            <numerusform>لا توجد بلاغات، أخبرت أحدًا</numerusform>
            <numerusform>بلاغ واحد، أخبرت أحدًا</numerusform>
            <numerusform>بلاغان، أخبرت أحدًا</numerusform>
            <numerusform>%n بلاغات، أخبرت أحدًا</numerusform>
            <numerusform>%n بلاغًا، أخبرت أحدًا</numerusform>
            <numerusform>%n بلاغ، أخبرت أحدًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written down</source>
        <comment>reports</comment>
        <translation>
            <numerusform>لا توجد بلاغات</numerusform>
            <numerusform>بلاغ واحد</numerusform>
            <numerusform>بلاغان</numerusform>
            <numerusform>%n بلاغات</numerusform>
            <numerusform>%n بلاغًا</numerusform>
            <numerusform>%n بلاغ</numerusform>
        </translation>
    </message>
    <message>
        <source>told someone</source>
        <translation>أخبرت أحدًا</translation>
    </message>
    <message>
        <source>Risk in&amp;dicators</source>
        <translation>&amp;مؤشرات الخطر</translation>
    </message>
    <message>
        <source>{disclaimer} Anything left as “{not_noted}” is simply not recorded. Risk notes are left out of exports unless you choose to include them.</source>
        <translation>{disclaimer} ما يُترك على «{not_noted}» لا يُسجَّل ببساطة. لا تدخل ملاحظات الخطر في التصدير إلا إذا اخترت تضمينها.</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>ملاحظة اختيارية</translation>
    </message>
    <message>
        <source>{indicator}: note</source>
        <translation>{indicator}: ملاحظة</translation>
    </message>
    <message numerus="yes">
        <source>%n noted</source>
        <comment>risk indicators</comment>
        <translation>
            <numerusform>لا شيء مسجَّل</numerusform>
            <numerusform>مؤشر واحد مسجَّل</numerusform>
            <numerusform>مؤشران مسجَّلان</numerusform>
            <numerusform>%n مؤشرات مسجَّلة</numerusform>
            <numerusform>%n مؤشرًا مسجَّلًا</numerusform>
            <numerusform>%n مؤشر مسجَّل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yes</source>
        <comment>risk indicators answered yes</comment>
        <translation>
            <numerusform>لا إجابة بنعم</numerusform>
            <numerusform>واحد بنعم</numerusform>
            <numerusform>اثنان بنعم</numerusform>
            <numerusform>%n بنعم</numerusform>
            <numerusform>%n بنعم</numerusform>
            <numerusform>%n بنعم</numerusform>
        </translation>
    </message>
    <message>
        <source>{noted}, {answered_yes}</source>
        <translation>{noted}، {answered_yes}</translation>
    </message>
    <message>
        <source>Remove item {number}</source>
        <translation>إزالة العنصر {number}</translation>
    </message>
    <message>
        <source>Take item {number} off this entry</source>
        <translation>إزالة العنصر {number} من هذه التدوينة</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <source>at a known t&amp;ime</source>
        <translation>في &amp;وقت معروف</translation>
    </message>
    <message>
        <source>The time of day is known</source>
        <translation>وقت اليوم معروف</translation>
    </message>
    <message>
        <source>Time it happened</source>
        <translation>وقت الحدوث</translation>
    </message>
    <message>
        <source>How sure you are of the time</source>
        <translation>مدى تأكدك من الوقت</translation>
    </message>
    <message>
        <source>Pr&amp;ecision</source>
        <translation>ال&amp;دقة</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;حتى</translation>
    </message>
    <message>
        <source>It went on until a later time</source>
        <translation>استمر حتى وقت لاحق</translation>
    </message>
    <message>
        <source>Date it ended</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Time it ended</source>
        <translation>وقت الانتهاء</translation>
    </message>
    <message>
        <source>e.g. Europe/London or +01:00</source>
        <translation>مثلًا: Asia/Amman أو ‎+03:00</translation>
    </message>
    <message>
        <source>A place name like Europe/London, or an offset like +01:00</source>
        <translation>اسم مكان مثل Asia/Amman، أو فرق توقيت مثل ‎+03:00</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>المنطقة ال&amp;زمنية</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>تعديل التدوينة</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>تدوينة جديدة</translation>
    </message>
    <message>
        <source>Everything below is optional. Add it now or later.</source>
        <translation>كل ما يلي اختياري. أضفه الآن أو لاحقًا.</translation>
    </message>
    <message>
        <source>Only a title and roughly when are needed. {keys} saves.</source>
        <translation>يكفي عنوان ووقت تقريبي. {keys} للحفظ.</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>حالة المسودة</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Cancel ({key})</source>
        <translation>إلغاء ({key})</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>الحفظ (UTC)</translation>
    </message>
    <message>
        <source>Saved (local time)</source>
        <translation>الحفظ (التوقيت المحلي)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Save times are recorded by the app at the moment each version is saved, and cannot be edited.</source>
        <translation>يسجّل التطبيق وقت الحفظ لحظة حفظ كل نسخة، ولا يمكن تعديله.</translation>
    </message>
    <message>
        <source>Recorded by the app: {moment}</source>
        <translation>سجّله التطبيق: {moment}</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>سجل التعديلات</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <source>What changed in this revision</source>
        <translation>ما تغيّر في هذه النسخة</translation>
    </message>
    <message>
        <source>History of “{title}”</source>
        <translation>سجل «{title}»</translation>
    </message>
    <message>
        <source>History of a purged entry</source>
        <translation>سجل تدوينة حُذف محتواها نهائيًا</translation>
    </message>
    <message numerus="yes">
        <source>… %n unchanged lines …</source>
        <translation>
            <numerusform>… لا أسطر دون تغيير …</numerusform>
            <numerusform>… سطر واحد دون تغيير …</numerusform>
            <numerusform>… سطران دون تغيير …</numerusform>
            <numerusform>… %n أسطر دون تغيير …</numerusform>
            <numerusform>… %n سطرًا دون تغيير …</numerusform>
            <numerusform>… %n سطر دون تغيير …</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Revision {number}</source>
        <translation>النسخة {number}</translation>
    </message>
    <message>
        <source>Revision {number}, compared with revision {previous}</source>
        <translation>النسخة {number}، مقارنةً بالنسخة {previous}</translation>
    </message>
    <message>
        <source>Saved {utc} · {local} on this computer.</source>
        <translation>حُفظت {utc} · {local} على هذا الجهاز.</translation>
    </message>
    <message>
        <source>The content of this revision was removed for good (purged). The record keeps only its save time and a fingerprint (hash) of what was there.</source>
        <translation>حُذف محتوى هذه النسخة نهائيًا. لا يحتفظ السجل إلا بوقت حفظها وببصمة (قيمة تجزئة) لما كان فيها.</translation>
    </message>
    <message>
        <source>This revision withdrew the entry.</source>
        <translation>سحبت هذه النسخة التدوينة.</translation>
    </message>
    <message>
        <source>Its earlier versions stay in the history.</source>
        <translation>تبقى نسخها السابقة في السجل.</translation>
    </message>
    <message>
        <source>This is the first saved version. It said:</source>
        <translation>هذه أول نسخة محفوظة. كان نصها:</translation>
    </message>
    <message>
        <source>The revision before this one was purged; there is nothing to compare.</source>
        <translation>حُذف محتوى النسخة السابقة نهائيًا؛ لا يوجد ما يُقارن.</translation>
    </message>
    <message>
        <source>Nothing in the entry changed in this revision.</source>
        <translation>لم يتغيّر شيء في التدوينة في هذه النسخة.</translation>
    </message>
    <message>
        <source>In longer text, lines marked {minus} were removed and {plus} added; changed words are in bold.</source>
        <translation>في النصوص الأطول، الأسطر المعلَّمة بـ {minus} حُذفت والمعلَّمة بـ {plus} أُضيفت؛ والكلمات التي تغيّرت بخط عريض.</translation>
    </message>
    <message>
        <source>Entries per month by category</source>
        <translation>التدوينات في كل شهر حسب الفئة</translation>
    </message>
    <message>
        <source>Entries per month by category; {month}, {entries}</source>
        <translation>التدوينات في كل شهر حسب الفئة؛ {month}، {entries}</translation>
    </message>
    <message>
        <source>Number of entries, by category</source>
        <translation>عدد التدوينات، حسب الفئة</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>مفتاح الرسم</translation>
    </message>
    <message>
        <source>{category} ({total})</source>
        <translation>{category} ({total})</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>التدوينات</translation>
    </message>
    <message>
        <source>Pattern over time</source>
        <translation>النمط عبر الزمن</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>الرسم البياني</translation>
    </message>
    <message>
        <source>Entries per month by category, as a table</source>
        <translation>التدوينات في كل شهر حسب الفئة، في جدول</translation>
    </message>
    <message>
        <source>Entries per month, by category, from your first to your last entry. The number above a bar is how many entries that month; an entry with several categories is counted once in each, so a bar can be taller. Click a month, or move with the arrow keys and press Enter, to show it in the timeline.</source>
        <translation>التدوينات في كل شهر، حسب الفئة، من أول تدوينة لك إلى آخر تدوينة. الرقم فوق العمود هو عدد تدوينات ذلك الشهر؛ التدوينة التي لها عدة فئات تُحسب مرة في كل فئة، لذا قد يكون العمود أطول. انقر على شهر، أو تنقّل بمفاتيح الأسهم واضغط Enter، لعرضه في الخط الزمني.</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>ال&amp;رسم البياني</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>ال&amp;جدول</translation>
    </message>
    <message>
        <source>&amp;Show this month in the timeline</source>
        <translation>&amp;عرض هذا الشهر في الخط الزمني</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a month and its year, e.g. March 2025</comment>
        <translation>{month} {year}</translation>
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
    <message>
        <source>{month}: {entries}</source>
        <translation>{month}: {entries}</translation>
    </message>
    <message>
        <source>{category}: {count}</source>
        <translation>{category}: {count}</translation>
    </message>
    <message>
        <source>(an entry with several categories is counted in each)</source>
        <translation>(التدوينة التي لها عدة فئات تُحسب في كل منها)</translation>
    </message>
    <message>
        <source>{month}: {entries}.</source>
        <translation>{month}: {entries}.</translation>
    </message>
    <message>
        <source>{category} {count}</source>
        <comment>a category and how many entries</comment>
        <translation>{category} {count}</translation>
    </message>
    <message>
        <source>{month}: {entries} ({details}).</source>
        <translation>{month}: {entries} ({details}).</translation>
    </message>
</context>
</TS>

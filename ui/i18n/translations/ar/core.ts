<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>core</name>
    <message>
        <source>The window must be between 1 and {most} days.</source>
        <translation>يجب أن تكون المدة بين يوم واحد و{most} يومًا.</translation>
    </message>
    <message>
        <source>Days counted from {date}, the last day it could have been.</source>
        <extracomment>Categories that usually matter most after a disclosure; they are highlighted.</extracomment>
        <translation>تُحسب الأيام من {date}، وهو آخر يوم يمكن أن يكون قد وقع فيه.</translation>
    </message>
    <message>
        <source>Domestic-violence service or helpline</source>
        <translation>خدمة أو خط مساعدة لمناهضة العنف الأسري</translation>
    </message>
    <message>
        <source>Legal aid or a lawyer</source>
        <translation>مساعدة قانونية أو محامٍ أو محامية</translation>
    </message>
    <message>
        <source>Independent police-oversight body</source>
        <translation>هيئة مستقلة للرقابة على الشرطة</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <translation>مكتب النيابة العامة</translation>
    </message>
    <message>
        <source>A reporting route outside the local police command</source>
        <translation>جهة للإبلاغ خارج قيادة الشرطة المحلية</translation>
    </message>
    <message>
        <source>Doctor, clinic or counsellor</source>
        <translation>طبيب أو عيادة أو مستشار نفسي</translation>
    </message>
    <message>
        <source>Someone I trust</source>
        <translation>شخص أثق به</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>The list can hold up to {limit} contacts.</source>
        <translation>يمكن أن تضم القائمة {limit} جهة اتصال على الأكثر.</translation>
    </message>
    <message>
        <source>Contact {position}: {problem}</source>
        <translation>جهة الاتصال {position}: {problem}</translation>
    </message>
    <message>
        <source>{status}: {outcome}</source>
        <translation>{status}: {outcome}</translation>
    </message>
    <message>
        <source>{body} (ref. {reference})</source>
        <translation>{body} (المرجع {reference})</translation>
    </message>
    <message>
        <source>{what}: the date {due} passed {days} ago.</source>
        <translation>{what}: مضى التاريخ {due} منذ {days}.</translation>
    </message>
    <message>
        <source>{what}: the next date is today.</source>
        <translation>{what}: الموعد القادم اليوم.</translation>
    </message>
    <message>
        <source>{what}: the next date is in {days}, {due}.</source>
        <translation>{what}: الموعد القادم بعد {days}، في {due}.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>لا أيام</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>A gentle reminder about dates you wrote down for open reports or complaints:</source>
        <translation>تذكير هادئ بمواعيد دوّنتها لبلاغات أو شكاوى لم تُغلق بعد:</translation>
    </message>
    <message>
        <source>• {note}</source>
        <translation>• {note}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in the tracker.</source>
        <translation>
            <numerusform>…ولا شيء آخر في المتابعة.</numerusform>
            <numerusform>…وموعد آخر في المتابعة.</numerusform>
            <numerusform>…وموعدان آخران في المتابعة.</numerusform>
            <numerusform>…و%n مواعيد أخرى في المتابعة.</numerusform>
            <numerusform>…و%n موعدًا آخر في المتابعة.</numerusform>
            <numerusform>…و%n موعد آخر في المتابعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No category</source>
        <translation>بلا فئة</translation>
    </message>
    <message>
        <source>January</source>
        <extracomment>The months&apos; English names.</extracomment>
        <translation>يناير</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <source>March</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>April</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مايو</translation>
    </message>
    <message>
        <source>June</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <source>July</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <source>August</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <source>September</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <source>October</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <source>November</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <source>Jan</source>
        <extracomment>Their short forms, as strftime&apos;s %b writes them in English.</extracomment>
        <translation>يناير</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
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
        <source>There are no dated entries yet, so there is no pattern to show.</source>
        <translation>لا توجد تدوينات مؤرخة بعد، لذلك لا يوجد نمط لعرضه.</translation>
    </message>
    <message>
        <source>{entries} in {month}.</source>
        <translation>{entries} في {month}.</translation>
    </message>
    <message>
        <source>{entries} from {first} to {last} ({months}).</source>
        <translation>{entries} من {first} إلى {last} ({months}).</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>لا أشهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>{month} ({count})</source>
        <translation>{month} ({count})</translation>
    </message>
    <message>
        <source>Busiest month: {months}.</source>
        <translation>الشهر الأكثر تدوينات: {months}.</translation>
    </message>
    <message>
        <source>Busiest months: {months}.</source>
        <translation>الأشهر الأكثر تدوينات: {months}.</translation>
    </message>
    <message numerus="yes">
        <source>%n months with no entries.</source>
        <translation>
            <numerusform>لا توجد أشهر بلا تدوينات.</numerusform>
            <numerusform>شهر واحد بلا تدوينات.</numerusform>
            <numerusform>شهران بلا تدوينات.</numerusform>
            <numerusform>%n أشهر بلا تدوينات.</numerusform>
            <numerusform>%n شهرًا بلا تدوينات.</numerusform>
            <numerusform>%n شهر بلا تدوينات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries without a date.</source>
        <translation>
            <numerusform>لا توجد تدوينات بلا تاريخ.</numerusform>
            <numerusform>تدوينة واحدة بلا تاريخ.</numerusform>
            <numerusform>تدوينتان بلا تاريخ.</numerusform>
            <numerusform>%n تدوينات بلا تاريخ.</numerusform>
            <numerusform>%n تدوينة بلا تاريخ.</numerusform>
            <numerusform>%n تدوينة بلا تاريخ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping messages as evidence</source>
        <translation>الاحتفاظ بالرسائل كأدلة</translation>
    </message>
    <message>
        <source>Note the sender&apos;s number or account, not only the name saved in your phone.</source>
        <translation>دوِّن رقم المرسل أو حسابه، لا الاسم المحفوظ في هاتفك فقط.</translation>
    </message>
    <message>
        <source>Note the platform (SMS, WhatsApp, e-mail, social media…).</source>
        <translation>دوِّن المنصة (رسائل SMS، واتساب، البريد الإلكتروني، وسائل التواصل الاجتماعي…).</translation>
    </message>
    <message>
        <source>Make sure the date and time of each message are visible in screenshots.</source>
        <translation>تأكد من ظهور تاريخ كل رسالة ووقتها في لقطات الشاشة.</translation>
    </message>
    <message>
        <source>Screenshot the whole conversation, not only the worst message.</source>
        <translation>التقط صورًا للمحادثة كاملة، لا لأسوأ رسالة فقط.</translation>
    </message>
    <message>
        <source>Photographing injuries</source>
        <translation>تصوير الإصابات</translation>
    </message>
    <message>
        <source>Photograph again after a few days: bruises often show more later.</source>
        <translation>صوِّر مرة أخرى بعد بضعة أيام: فالكدمات كثيرًا ما تظهر أكثر لاحقًا.</translation>
    </message>
    <message>
        <source>Put something for scale in the photo (a coin or a ruler).</source>
        <translation>ضع في الصورة شيئًا يوضح الحجم (قطعة نقدية أو مسطرة).</translation>
    </message>
    <message>
        <source>A doctor or nurse can record injuries too, even small ones.</source>
        <translation>يمكن للطبيب أو الممرض أيضًا تسجيل الإصابات، حتى الصغيرة منها.</translation>
    </message>
    <message>
        <source>Contact with police</source>
        <translation>التواصل مع الشرطة</translation>
    </message>
    <message>
        <source>Names and badge or service numbers of the officers.</source>
        <translation>أسماء الضباط وأرقام شاراتهم أو أرقامهم الوظيفية.</translation>
    </message>
    <message>
        <source>The report or incident number, if one was given.</source>
        <translation>رقم البلاغ أو الحادثة، إن أُعطي لك.</translation>
    </message>
    <message>
        <source>What was said and what was done, in their words if you can.</source>
        <translation>ما قيل وما فُعل، بكلماتهم إن استطعت.</translation>
    </message>
    <message>
        <source>Whether a supervisor attended or was asked for.</source>
        <translation>هل حضر مشرف أو طُلب حضوره.</translation>
    </message>
    <message>
        <source>who did it</source>
        <extracomment>Words in the title or narrative that make a checklist useful even before any category is ticked (categories sit in a closed section): &quot;he grabbed my arm and it hurt&quot;.</extracomment>
        <translation>من فعل ذلك</translation>
    </message>
    <message>
        <source>any injuries, even small ones</source>
        <translation>أي إصابات، حتى الصغيرة منها</translation>
    </message>
    <message>
        <source>anyone who saw or heard it</source>
        <translation>أي شخص رأى ما حدث أو سمعه</translation>
    </message>
    <message>
        <source>whether you told anyone or reported it</source>
        <translation>هل أخبرت أحدًا أو أبلغت عنه</translation>
    </message>
    <message>
        <source>There is already a file at {target}. Choose a new name.</source>
        <translation>يوجد ملف بالفعل في {target}. اختر اسمًا جديدًا.</translation>
    </message>
    <message>
        <source>{what} has an impossible id {object_id!r}</source>
        <translation>{what} له معرِّف مستحيل {object_id!r}</translation>
    </message>
    <message>
        <source>{what} ({object_id}) is missing: it was deleted</source>
        <translation>{what} ({object_id}) مفقود: لقد حُذف</translation>
    </message>
    <message>
        <source>{what} ({object_id}) was replaced by an object of another kind</source>
        <translation>{what} ({object_id}) استُبدل بعنصر من نوع آخر</translation>
    </message>
    <message>
        <source>{what} ({object_id}): parts of it are missing</source>
        <translation>{what} ({object_id}): أجزاء منه مفقودة</translation>
    </message>
    <message>
        <source>{what}: {error}</source>
        <translation>{what}: {error}</translation>
    </message>
    <message>
        <source>{what} ({object_id}) is not the one written at the last import: it was swapped</source>
        <translation>{what} ({object_id}) ليس هو ما كُتب في آخر استيراد: لقد استُبدل</translation>
    </message>
    <message>
        <source>the settings&apos; reference to the stored messages is malformed</source>
        <translation>إشارة الإعدادات إلى الرسائل المحفوظة مشوَّهة</translation>
    </message>
    <message>
        <source>the list of stored messages</source>
        <translation>قائمة الرسائل المحفوظة</translation>
    </message>
    <message>
        <source>the list of stored messages cannot be read: {error}</source>
        <translation>تعذّرت قراءة قائمة الرسائل المحفوظة: {error}</translation>
    </message>
    <message>
        <source>Another import of messages finished while this one ran; nothing was added. Import the file again.</source>
        <translation>انتهت عملية استيراد رسائل أخرى أثناء هذه العملية؛ لم يُضف شيء. استورد الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>The file {name!r} in the zip unpacks to {ratio} times its packed size or more, which photos, videos and voice notes never do (a possible zip bomb). The zip was refused; nothing was imported.</source>
        <translation>الملف {name!r} داخل ملف zip يتوسع عند فكّه إلى {ratio} ضعف حجمه المضغوط أو أكثر، وهذا ما لا تفعله الصور ومقاطع الفيديو والرسائل الصوتية أبدًا (قد يكون قنبلة zip). رُفض ملف zip؛ ولم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The file {name!r} in the zip is damaged ({error}). Nothing was imported.</source>
        <translation>الملف {name!r} داخل ملف zip تالف ({error}). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>message batch {number} ({records} messages and calls)</source>
        <translation>دفعة الرسائل {number} ({records} من الرسائل والمكالمات)</translation>
    </message>
    <message>
        <source>the stored messages cannot be read: {error}</source>
        <translation>تعذّرت قراءة الرسائل المحفوظة: {error}</translation>
    </message>
    <message>
        <source>the index of {batch}</source>
        <translation>فهرس {batch}</translation>
    </message>
    <message>
        <source>{what} cannot be read: {error}</source>
        <translation>تعذّرت قراءة {what}: {error}</translation>
    </message>
    <message>
        <source>{what} holds {count} records</source>
        <translation>{what} يضم {count} من السجلات</translation>
    </message>
    <message>
        <source>There is no stored message or call {record_id}.</source>
        <translation>لا توجد رسالة أو مكالمة محفوظة {record_id}.</translation>
    </message>
    <message>
        <source>The stored message {record_id} cannot be read: {error}</source>
        <translation>تعذّرت قراءة الرسالة المحفوظة {record_id}: {error}</translation>
    </message>
    <message>
        <source>The stored message {record_id} is not where its index says.</source>
        <translation>الرسالة المحفوظة {record_id} ليست في المكان الذي يشير إليه فهرسها.</translation>
    </message>
    <message>
        <source>{time} {zone} (assumed: {how}; {doubt} in that zone)</source>
        <translation>{time} {zone} (مفترضة: {how}؛ {doubt} في تلك المنطقة)</translation>
    </message>
    <message>
        <source>{time} {zone} (assumed: {how}; ambiguous in that zone)</source>
        <translation>{time} {zone} (مفترضة: {how}؛ ملتبسة في تلك المنطقة)</translation>
    </message>
    <message>
        <source>{time} {zone} (assumed: {how}; nonexistent in that zone)</source>
        <translation>{time} {zone} (مفترضة: {how}؛ غير موجودة في تلك المنطقة)</translation>
    </message>
    <message>
        <source>zone confirmed by the user</source>
        <translation>أكّد المستخدم المنطقة</translation>
    </message>
    <message>
        <source>zone NOT confirmed</source>
        <translation>المنطقة غير مؤكَّدة</translation>
    </message>
    <message>
        <source>{time} {zone} (assumed: {how})</source>
        <translation>{time} {zone} (مفترضة: {how})</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>دقيق</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source>Day only</source>
        <translation>اليوم فقط</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>الشهر فقط</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>حادثة</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>بلاغ</translation>
    </message>
    <message>
        <source>Institutional response</source>
        <translation>ردّ المؤسسة</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>طبي</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>قانوني</translation>
    </message>
    <message>
        <source>Contact (messages received)</source>
        <translation>تواصل (رسائل وصلتك)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Risk check</source>
        <translation>تقييم الخطر</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>جسدي</translation>
    </message>
    <message>
        <source>Sexual</source>
        <translation>جنسي</translation>
    </message>
    <message>
        <source>Emotional / psychological</source>
        <translation>عاطفي / نفسي</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>تهديدات</translation>
    </message>
    <message>
        <source>Coercive control</source>
        <translation>السيطرة القسرية</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>مالي</translation>
    </message>
    <message>
        <source>Technology-facilitated (tracking, monitoring)</source>
        <translation>عبر التقنية (تتبّع، مراقبة)</translation>
    </message>
    <message>
        <source>Stalking</source>
        <translation>الملاحقة</translation>
    </message>
    <message>
        <source>Property damage</source>
        <translation>إتلاف الممتلكات</translation>
    </message>
    <message>
        <source>Harm or threats to children or pets</source>
        <translation>إيذاء الأطفال أو الحيوانات الأليفة أو التهديد بذلك</translation>
    </message>
    <message>
        <source>Weapon or firearm (service weapon)</source>
        <translation>سلاح أو سلاح ناري (سلاح الخدمة)</translation>
    </message>
    <message>
        <source>Strangulation / choking</source>
        <translation>الخنق</translation>
    </message>
    <message>
        <source>Misuse of police power or systems</source>
        <translation>إساءة استخدام سلطة الشرطة أو أنظمتها</translation>
    </message>
    <message>
        <source>Involvement of colleagues</source>
        <translation>تورّط الزملاء</translation>
    </message>
    <message>
        <source>Retaliation after disclosure</source>
        <translation>انتقام بعد الإفصاح</translation>
    </message>
    <message>
        <source>Counter-allegation / story-flipping</source>
        <translation>ادعاء مضاد / قلب الرواية</translation>
    </message>
    <message>
        <source>Invitation to collude</source>
        <translation>دعوة إلى التواطؤ</translation>
    </message>
    <message>
        <source>Failure to protect (institutional)</source>
        <translation>التقصير في الحماية (من المؤسسة)</translation>
    </message>
    <message>
        <source>Abuser</source>
        <translation>المعتدي</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>شاهد</translation>
    </message>
    <message>
        <source>Child present</source>
        <translation>طفل حاضر</translation>
    </message>
    <message>
        <source>Professional spoken to</source>
        <translation>مختص جرى التحدث إليه</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>الشرطة</translation>
    </message>
    <message>
        <source>Internal affairs / professional standards</source>
        <translation>الشؤون الداخلية / المعايير المهنية</translation>
    </message>
    <message>
        <source>Independent oversight body</source>
        <translation>هيئة رقابة مستقلة</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>النيابة العامة</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>المحكمة</translation>
    </message>
    <message>
        <source>Domestic-violence service</source>
        <translation>خدمة لمناهضة العنف الأسري</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>قُدِّم</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>تم الإقرار بالاستلام</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>قيد التحقيق</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مُغلق</translation>
    </message>
    <message>
        <source>Access to a firearm or service weapon</source>
        <extracomment>Dated risk indicators (docs/case-tools.md). Noting them is not a risk assessment.</extracomment>
        <translation>إمكانية الوصول إلى سلاح ناري أو سلاح الخدمة</translation>
    </message>
    <message>
        <source>Strangulation or choking</source>
        <translation>الخنق</translation>
    </message>
    <message>
        <source>Threats to kill</source>
        <translation>التهديد بالقتل</translation>
    </message>
    <message>
        <source>Rising frequency or severity</source>
        <translation>ازدياد التكرار أو الشدة</translation>
    </message>
    <message>
        <source>Separation (recent or planned)</source>
        <translation>الانفصال (حديث أو مُخطَّط له)</translation>
    </message>
    <message>
        <source>Stalking or following</source>
        <translation>الملاحقة أو التتبّع</translation>
    </message>
    <message>
        <source>Use of police systems or colleagues</source>
        <translation>استخدام أنظمة الشرطة أو الزملاء</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>لم يُدوَّن</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>غير مؤكد</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>أثناء الخدمة</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>خارج الخدمة</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>ملف مضغوط</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>ref. {reference}</source>
        <translation>المرجع {reference}</translation>
    </message>
    <message>
        <source>outcome: {outcome}</source>
        <translation>النتيجة: {outcome}</translation>
    </message>
    <message>
        <source>next deadline {deadline}</source>
        <translation>الموعد النهائي القادم {deadline}</translation>
    </message>
    <message>
        <source>Your account of what someone else said</source>
        <translation>روايتك لما قاله شخص آخر</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>محفوظة</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>محذوفة نهائيًا</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>When (as you said)</source>
        <translation>متى (كما ذكرتَ)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>الإصابات</translation>
    </message>
    <message>
        <source>Reports and complaints</source>
        <translation>البلاغات والشكاوى</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>الملاحظات الخاصة</translation>
    </message>
    <message>
        <source>What others were told (your account)</source>
        <translation>ما قيل لآخرين (روايتك)</translation>
    </message>
    <message>
        <source>Risk indicators</source>
        <translation>مؤشرات الخطر</translation>
    </message>
    <message>
        <source>Told someone (disclosure)</source>
        <translation>أخبرت أحدًا (إفصاح)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Officer details</source>
        <translation>بيانات الضابط</translation>
    </message>
    <message>
        <source>In this post since</source>
        <translation>في هذا المنصب منذ</translation>
    </message>
    <message>
        <source>Earlier officer details</source>
        <translation>بيانات الضابط السابقة</translation>
    </message>
    <message numerus="yes">
        <source>%n files added</source>
        <extracomment>List fields whose items are counted as added or removed: their English nouns, and the whole counted sentences the app translates (journal/translatable.py).</extracomment>
        <translation>
            <numerusform>لم تُضف ملفات</numerusform>
            <numerusform>أُضيف ملف واحد</numerusform>
            <numerusform>أُضيف ملفان</numerusform>
            <numerusform>أُضيفت %n ملفات</numerusform>
            <numerusform>أُضيف %n ملفًا</numerusform>
            <numerusform>أُضيف %n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reports added</source>
        <translation>
            <numerusform>لم تُضف بلاغات</numerusform>
            <numerusform>أُضيف بلاغ واحد</numerusform>
            <numerusform>أُضيف بلاغان</numerusform>
            <numerusform>أُضيفت %n بلاغات</numerusform>
            <numerusform>أُضيف %n بلاغًا</numerusform>
            <numerusform>أُضيف %n بلاغ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n injuries added</source>
        <translation>
            <numerusform>لم تُضف إصابات</numerusform>
            <numerusform>أُضيفت إصابة واحدة</numerusform>
            <numerusform>أُضيفت إصابتان</numerusform>
            <numerusform>أُضيفت %n إصابات</numerusform>
            <numerusform>أُضيفت %n إصابة</numerusform>
            <numerusform>أُضيفت %n إصابة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people added</source>
        <translation>
            <numerusform>لم يُضف أشخاص</numerusform>
            <numerusform>أُضيف شخص واحد</numerusform>
            <numerusform>أُضيف شخصان</numerusform>
            <numerusform>أُضيف %n أشخاص</numerusform>
            <numerusform>أُضيف %n شخصًا</numerusform>
            <numerusform>أُضيف %n شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts added</source>
        <translation>
            <numerusform>لم تُضف روايات</numerusform>
            <numerusform>أُضيفت رواية واحدة</numerusform>
            <numerusform>أُضيفت روايتان</numerusform>
            <numerusform>أُضيفت %n روايات</numerusform>
            <numerusform>أُضيفت %n رواية</numerusform>
            <numerusform>أُضيفت %n رواية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files removed</source>
        <translation>
            <numerusform>لم تُحذف ملفات</numerusform>
            <numerusform>حُذف ملف واحد</numerusform>
            <numerusform>حُذف ملفان</numerusform>
            <numerusform>حُذفت %n ملفات</numerusform>
            <numerusform>حُذف %n ملفًا</numerusform>
            <numerusform>حُذف %n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reports removed</source>
        <translation>
            <numerusform>لم تُحذف بلاغات</numerusform>
            <numerusform>حُذف بلاغ واحد</numerusform>
            <numerusform>حُذف بلاغان</numerusform>
            <numerusform>حُذفت %n بلاغات</numerusform>
            <numerusform>حُذف %n بلاغًا</numerusform>
            <numerusform>حُذف %n بلاغ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n injuries removed</source>
        <translation>
            <numerusform>لم تُحذف إصابات</numerusform>
            <numerusform>حُذفت إصابة واحدة</numerusform>
            <numerusform>حُذفت إصابتان</numerusform>
            <numerusform>حُذفت %n إصابات</numerusform>
            <numerusform>حُذفت %n إصابة</numerusform>
            <numerusform>حُذفت %n إصابة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people removed</source>
        <translation>
            <numerusform>لم يُحذف أشخاص</numerusform>
            <numerusform>حُذف شخص واحد</numerusform>
            <numerusform>حُذف شخصان</numerusform>
            <numerusform>حُذف %n أشخاص</numerusform>
            <numerusform>حُذف %n شخصًا</numerusform>
            <numerusform>حُذف %n شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts removed</source>
        <translation>
            <numerusform>لم تُحذف روايات</numerusform>
            <numerusform>حُذفت رواية واحدة</numerusform>
            <numerusform>حُذفت روايتان</numerusform>
            <numerusform>حُذفت %n روايات</numerusform>
            <numerusform>حُذفت %n رواية</numerusform>
            <numerusform>حُذفت %n رواية</numerusform>
        </translation>
    </message>
    <message>
        <source>written once, not changed since</source>
        <translation>كُتبت مرة واحدة ولم تتغير منذ ذلك الحين</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation>تغيّر: {fields}</translation>
    </message>
    <message>
        <source>text unchanged</source>
        <translation>النص لم يتغير</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>content purged</source>
        <translation>حُذف المحتوى نهائيًا</translation>
    </message>
    <message>
        <source>The time zone {name!r} is not known.</source>
        <translation>المنطقة الزمنية {name!r} غير معروفة.</translation>
    </message>
    <message>
        <source>The start {text!r} is not a date this app understands. Use a form like 2025-03-14 21:07, 2025-03-14 or 2025-03.</source>
        <extracomment>Whole sentences per field, so a translation need not fit a word into one.</extracomment>
        <translation>البداية {text!r} ليست تاريخًا يفهمه هذا التطبيق. استخدم صيغة مثل 2025-03-14 21:07 أو 2025-03-14 أو 2025-03.</translation>
    </message>
    <message>
        <source>The end {text!r} is not a date this app understands. Use a form like 2025-03-14 21:07, 2025-03-14 or 2025-03.</source>
        <translation>النهاية {text!r} ليست تاريخًا يفهمه هذا التطبيق. استخدم صيغة مثل 2025-03-14 21:07 أو 2025-03-14 أو 2025-03.</translation>
    </message>
    <message>
        <source>The time {text!r} is not a date this app understands. Use a form like 2025-03-14 21:07, 2025-03-14 or 2025-03.</source>
        <translation>الوقت {text!r} ليس تاريخًا يفهمه هذا التطبيق. استخدم صيغة مثل 2025-03-14 21:07 أو 2025-03-14 أو 2025-03.</translation>
    </message>
    <message>
        <source>Precision must be one of {names}, not {precision!r}.</source>
        <translation>يجب أن تكون الدقة واحدة من {names}، لا {precision!r}.</translation>
    </message>
    <message>
        <source>The end of the event is before its start.</source>
        <translation>نهاية الحدث قبل بدايته.</translation>
    </message>
    <message>
        <source>The start of the event is in the future.</source>
        <translation>بداية الحدث في المستقبل.</translation>
    </message>
    <message>
        <source>{place} time, {utc}</source>
        <translation>توقيت {place}، {utc}</translation>
    </message>
    <message>
        <source>{date} {time} ({zone})</source>
        <translation>{date}، {time} ({zone})</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <translation>{date}، {time}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>approx. {time}</source>
        <translation>تقريبًا {time}</translation>
    </message>
    <message>
        <source>title</source>
        <extracomment>The name of each checked field, as the messages below say it.</extracomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>السرد</translation>
    </message>
    <message>
        <source>location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>البيانات الطبية</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>الملاحظات الخاصة</translation>
    </message>
    <message>
        <source>what they said</source>
        <translation>ما قالوه</translation>
    </message>
    <message>
        <source>what they did</source>
        <translation>ما فعلوه</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>account</source>
        <translation>رواية شخص آخر</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>The {what} is longer than {limit:,} characters.</source>
        <translation>الحقل «{what}» أطول من {limit:,} حرف.</translation>
    </message>
    <message>
        <source>The {what} contains characters that cannot be stored.</source>
        <translation>الحقل «{what}» يحتوي على أحرف لا يمكن حفظها.</translation>
    </message>
    <message>
        <source>The kind must be one of: {names} (not {kind!r}).</source>
        <translation>يجب أن يكون النوع واحدًا من: {names} (لا {kind!r}).</translation>
    </message>
    <message>
        <source>Please give the entry a short title so it can be found later.</source>
        <translation>أعطِ التدوينة عنوانًا قصيرًا ليسهل العثور عليها لاحقًا.</translation>
    </message>
    <message>
        <source>Unknown categories: {names}.</source>
        <translation>فئات غير معروفة: {names}.</translation>
    </message>
    <message>
        <source>The person {person_id} is not in the people list.</source>
        <translation>الشخص {person_id} غير موجود في قائمة الأشخاص.</translation>
    </message>
    <message>
        <source>The role or duty status of person {person_id} is not known.</source>
        <translation>دور الشخص {person_id} أو حالته في الخدمة غير معروف.</translation>
    </message>
    <message>
        <source>Unknown kind of body for a report: {body_type!r}.</source>
        <translation>نوع جهة غير معروف للبلاغ: {body_type!r}.</translation>
    </message>
    <message>
        <source>Unknown report status: {status!r}.</source>
        <translation>حالة بلاغ غير معروفة: {status!r}.</translation>
    </message>
    <message>
        <source>Please say who said it, or what was said, for each account.</source>
        <translation>اذكر من قال ذلك، أو ما الذي قيل، في كل رواية.</translation>
    </message>
    <message>
        <source>Unknown risk indicator or state: {key!r}.</source>
        <translation>مؤشر خطر أو حالة غير معروفة: {key!r}.</translation>
    </message>
    <message>
        <source>The risk indicator {key!r} is listed twice.</source>
        <translation>مؤشر الخطر {key!r} مذكور مرتين.</translation>
    </message>
    <message>
        <source>Please give the person a name or a description.</source>
        <translation>أعطِ الشخص اسمًا أو وصفًا.</translation>
    </message>
    <message>
        <source>Earlier officer details need current ones; please fill them in.</source>
        <translation>بيانات الضابط السابقة تحتاج إلى البيانات الحالية؛ يُرجى إكمالها.</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check the keyboard layout and Caps Lock, and try again. Nothing has been changed.</source>
        <translation>عبارة المرور هذه لا تفتح هذه اليوميات. تحقّق من لغة لوحة المفاتيح ومن مفتاح Caps Lock، ثم حاول مرة أخرى. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>That recovery code does not open this journal. Nothing has been changed.</source>
        <translation>رمز الاسترداد هذا لا يفتح هذه اليوميات. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The file {path} is not a journal this app can open ({reason}).</source>
        <translation>الملف {path} ليس ملف يوميات يستطيع هذا التطبيق فتحه ({reason}).</translation>
    </message>
    <message>
        <source>The file {path} is not a journal this app can open.</source>
        <translation>الملف {path} ليس ملف يوميات يستطيع هذا التطبيق فتحه.</translation>
    </message>
    <message>
        <source>The journal {path} was written by a newer version of this app (format {version}; this version reads up to {supported}). Please update the app. The file has not been changed.</source>
        <translation>كُتبت اليوميات {path} بإصدار أحدث من هذا التطبيق (الصيغة {version}؛ وهذا الإصدار يقرأ حتى {supported}). يُرجى تحديث التطبيق. لم يتغيّر الملف.</translation>
    </message>
    <message>
        <source>This journal file is damaged where its key records are kept, so it cannot be opened ({finding}). Nothing has been changed. Open a backup copy, and keep this file as it is.</source>
        <translation>ملف اليوميات هذا تالف في الموضع الذي تُحفظ فيه سجلات مفاتيحه، لذلك لا يمكن فتحه ({finding}). لم يتغيّر شيء. افتح نسخة احتياطية، واحتفظ بهذا الملف كما هو.</translation>
    </message>
    <message>
        <source>This journal&apos;s key records were changed outside this app: {detail}. Nothing has been changed. Open a backup copy, and keep this file as it is: it shows the change.</source>
        <translation>غُيِّرت سجلات مفاتيح هذه اليوميات خارج هذا التطبيق: {detail}. لم يتغيّر شيء. افتح نسخة احتياطية، واحتفظ بهذا الملف كما هو: فهو يُظهر التغيير.</translation>
    </message>
    <message>
        <source>The journal {path} is damaged ({why}), so nothing can be saved into it: writing could lose more. Everything that can still be read is shown. Use &apos;Repair a damaged journal&apos; (incident-journal-cli salvage --out NEW) to copy it into a new journal file.</source>
        <translation>اليوميات {path} تالفة ({why})، لذلك لا يمكن حفظ أي شيء فيها: فالكتابة قد تُفقد المزيد. يُعرض كل ما زال ممكنًا قراءته. استخدم «إصلاح يوميات تالفة» (incident-journal-cli salvage --out NEW) لنسخها إلى ملف يوميات جديد.</translation>
    </message>
    <message>
        <source>The journal is locked.</source>
        <translation>اليوميات مقفلة.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>الملف {path} غير موجود.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} مجلد، وليس ملفًا.</translation>
    </message>
    <message>
        <source>This app is not allowed to read {path}.</source>
        <translation>لا يُسمح لهذا التطبيق بقراءة {path}.</translation>
    </message>
    <message>
        <source>The file {path} could not be read ({strerror}).</source>
        <translation>تعذّرت قراءة الملف {path} ({strerror}).</translation>
    </message>
    <message>
        <source>There is already a file at {out}; choose another name.</source>
        <translation>يوجد ملف بالفعل في {out}؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The extracted copy does not match the hash recorded at import; it was not saved.</source>
        <translation>النسخة المستخرجة لا تطابق قيمة التجزئة المسجلة عند الاستيراد؛ ولم تُحفظ.</translation>
    </message>
    <message>
        <source>Exhibit {number} ({original_name}) no longer matches the SHA-256 recorded when it was imported, so the bundle was not written. Run the journal check for details.</source>
        <translation>مستند الإثبات {number} ({original_name}) لم يعد يطابق قيمة SHA-256 المسجلة عند استيراده، لذلك لم تُكتب الحزمة. شغّل فحص اليوميات لمعرفة التفاصيل.</translation>
    </message>
    <message>
        <source>revision {seq} is missing from the journal</source>
        <translation>المراجعة {seq} مفقودة من اليوميات</translation>
    </message>
    <message>
        <source>revision {seq} no longer matches its chain leaf</source>
        <translation>المراجعة {seq} لم تعد تطابق حلقتها في السلسلة</translation>
    </message>
    <message>
        <source>The signature carries a trusted time from {host}.</source>
        <translation>يحمل التوقيع وقتًا موثوقًا من {host}.</translation>
    </message>
    <message>
        <source>No timestamp authority could be reached, so the signature carries no trusted time ({names}).</source>
        <translation>تعذّر الوصول إلى أي جهة للختم الزمني، لذلك لا يحمل التوقيع وقتًا موثوقًا ({names}).</translation>
    </message>
    <message>
        <source>There is already a {name} beside these volumes (from an earlier export?); it would look like part of this one. Move it away or choose another name. Nothing was written.</source>
        <translation>يوجد بالفعل {name} بجانب هذه المجلدات (من تصدير سابق؟)؛ وقد يبدو جزءًا من هذا التصدير. انقله إلى مكان آخر أو اختر اسمًا آخر. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ ولم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The export could not be finished, and nothing was written. {reason}</source>
        <translation>تعذّر إكمال التصدير، ولم يُكتب شيء. {reason}</translation>
    </message>
    <message>
        <source>The export could not be finished, and nothing was written.</source>
        <translation>تعذّر إكمال التصدير، ولم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Location</source>
        <extracomment>Fields of an entry a redaction profile can hide outright.</extracomment>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Medical details</source>
        <translation>البيانات الطبية</translation>
    </message>
    <message>
        <source>Notes on people involved</source>
        <translation>ملاحظات عن الأشخاص المعنيين</translation>
    </message>
    <message>
        <source>A part of it was too large to fit on a page. Please tell the developers; the journal itself is unchanged.</source>
        <translation>كان جزء منه أكبر من أن تتسع له صفحة. يُرجى إبلاغ المطورين؛ اليوميات نفسها لم تتغير.</translation>
    </message>
    <message>
        <source>{what} is larger than {megabytes:g} MB on its own, so no volume can hold it under that limit. Choose a larger size, or export without a size limit.</source>
        <translation>{what} أكبر من {megabytes:g} ميغابايت وحده، لذلك لا يمكن لأي مجلد أن يحتويه ضمن هذا الحد. اختر حجمًا أكبر، أو صدِّر بلا حد للحجم.</translation>
    </message>
    <message>
        <source>One entry with its pictures</source>
        <translation>تدوينة واحدة مع صورها</translation>
    </message>
    <message>
        <source>The opening of volume 1 (cover, summary, index of volumes)</source>
        <translation>بداية المجلد 1 (الغلاف، الملخص، فهرس المجلدات)</translation>
    </message>
    <message>
        <source>The part after the entries (the exhibit index, with a small copy of each picture, the people, the reports and the integrity page)</source>
        <translation>الجزء الذي يلي التدوينات (فهرس الأدلة مع نسخة صغيرة من كل صورة، والأشخاص، والبلاغات، وصفحة السلامة)</translation>
    </message>
    <message>
        <source>A signed PDF</source>
        <translation>ملف PDF موقَّع</translation>
    </message>
    <message>
        <source>The volumes could not be numbered consistently. Please tell the developers; export without a size limit meanwhile.</source>
        <translation>تعذّر ترقيم المجلدات بشكل متسق. يُرجى إبلاغ المطورين؛ وصدِّر في الأثناء بلا حد للحجم.</translation>
    </message>
    <message>
        <source>Volume {number}</source>
        <translation>المجلد {number}</translation>
    </message>
    <message>
        <source>The journal&apos;s PDF-signing key is damaged, so the PDF cannot be signed. Export the PDF unsigned, or make a new signing key under Safety &gt; Keys.</source>
        <translation>مفتاح توقيع ملفات PDF في اليوميات تالف، لذلك لا يمكن توقيع ملف PDF. صدِّر ملف PDF بلا توقيع، أو أنشئ مفتاح توقيع جديدًا من الأمان &gt; المفاتيح.</translation>
    </message>
    <message>
        <source>The PDF could not be signed ({kind}). The journal is unchanged; you can export it unsigned.</source>
        <translation>تعذّر توقيع ملف PDF ({kind}). اليوميات لم تتغير؛ ويمكنك تصديره بلا توقيع.</translation>
    </message>
    <message>
        <source>A size limit and an unsigned copy apply to the chronology PDF only.</source>
        <translation>حد الحجم والنسخة غير الموقَّعة ينطبقان على ملف PDF للتسلسل الزمني فقط.</translation>
    </message>
    <message>
        <source>There is no export of kind {kind!r}; choose one of {names}.</source>
        <translation>لا يوجد تصدير من النوع {kind!r}؛ اختر واحدًا من {names}.</translation>
    </message>
    <message>
        <source>The settings holding this journal&apos;s signing key were removed from the file (run a full check). Nothing was signed. Restore a backup, or make a new signing key under Safety &gt; Keys and give its fingerprint to your recipients.</source>
        <translation>أُزيلت من الملف الإعدادات التي تحفظ مفتاح توقيع هذه اليوميات (شغّل فحصًا كاملًا). لم يُوقَّع شيء. استعد نسخة احتياطية، أو أنشئ مفتاح توقيع جديدًا من الأمان &gt; المفاتيح وأعطِ بصمته لمن يتلقون ما تصدّره.</translation>
    </message>
    <message>
        <source>{address} is not a timestamp authority address: it should start with http:// or https://, as the authority publishes it.</source>
        <translation>{address} ليس عنوانًا لجهة ختم زمني: يجب أن يبدأ بـ http:// أو https://، كما تنشره الجهة.</translation>
    </message>
    <message>
        <source>{host} sent an answer that cannot be used: {problem}</source>
        <translation>أرسل {host} ردًا لا يمكن استخدامه: {problem}</translation>
    </message>
    <message>
        <source>{where} answered with an error (HTTP {code}); no timestamp was stored</source>
        <translation>ردّ {where} بخطأ (HTTP {code})؛ لم يُحفظ ختم زمني</translation>
    </message>
    <message>
        <source>{where} did not answer within {timeout:g} seconds; no timestamp was stored</source>
        <translation>لم يردّ {where} خلال {timeout:g} ثانية؛ لم يُحفظ ختم زمني</translation>
    </message>
    <message>
        <source>{where} could not be reached ({plain}); no timestamp was stored</source>
        <translation>تعذّر الوصول إلى {where} ({plain})؛ لم يُحفظ ختم زمني</translation>
    </message>
    <message>
        <source>the timestamp answer is far too large to be a token</source>
        <translation>ردّ الختم الزمني أكبر بكثير من أن يكون ختمًا</translation>
    </message>
    <message>
        <source>the authority refused to give a timestamp ({why})</source>
        <translation>رفضت الجهة إعطاء ختم زمني ({why})</translation>
    </message>
    <message>
        <source>the answer holds no timestamp</source>
        <translation>الرد لا يحتوي على ختم زمني</translation>
    </message>
    <message>
        <source>the answer cannot be read as a timestamp token ({kind})</source>
        <translation>لا يمكن قراءة الرد كختم زمني ({kind})</translation>
    </message>
    <message>
        <source>the token carries no certificate of the authority, so it cannot be checked</source>
        <translation>الختم لا يحمل أي شهادة للجهة، لذلك لا يمكن التحقق منه</translation>
    </message>
    <message>
        <source>the authority&apos;s signature on the token does not hold ({kind})</source>
        <translation>توقيع الجهة على الختم غير صالح ({kind})</translation>
    </message>
    <message>
        <source>the authority&apos;s signature on the token does not hold</source>
        <translation>توقيع الجهة على الختم غير صالح</translation>
    </message>
    <message>
        <source>the token&apos;s certificates do not form a chain from the signer to its issuer</source>
        <translation>شهادات الختم لا تشكّل سلسلة من الموقِّع إلى الجهة المُصدِرة</translation>
    </message>
    <message>
        <source>the token uses {algorithm}, not SHA-256</source>
        <translation>الختم يستخدم {algorithm}، وليس SHA-256</translation>
    </message>
    <message>
        <source>the token is for other data: its hash does not match</source>
        <translation>الختم لبيانات أخرى: قيمة التجزئة لا تطابق</translation>
    </message>
    <message>
        <source>the answer is not for this request (its nonce differs)</source>
        <translation>الرد ليس لهذا الطلب (قيمة nonce مختلفة)</translation>
    </message>
    <message>
        <source>That fingerprint cannot be read: it should be 64 characters 0-9 and a-f (spaces do not matter).</source>
        <translation>تعذّرت قراءة هذه البصمة: يجب أن تتكون من 64 حرفًا من 0-9 وa-f (المسافات لا تهم).</translation>
    </message>
    <message>
        <source>{name} is far too large</source>
        <translation>الملف {name} كبير جدًا</translation>
    </message>
    <message>
        <source>SHA256SUMS is not readable text</source>
        <translation>الملف SHA256SUMS ليس نصًا مقروءًا</translation>
    </message>
    <message>
        <source>line {number} of SHA256SUMS cannot be read</source>
        <translation>لا يمكن قراءة السطر {number} من SHA256SUMS</translation>
    </message>
    <message>
        <source>SHA256SUMS lists {name}, which is not allowed</source>
        <translation>يذكر SHA256SUMS الاسم {name}، وهذا غير مسموح به</translation>
    </message>
    <message>
        <source>{name} is missing, so the signature cannot be checked</source>
        <translation>الملف {name} مفقود، لذلك لا يمكن التحقق من التوقيع</translation>
    </message>
    <message>
        <source>{name} is not a valid Ed25519 public key</source>
        <translation>الملف {name} ليس مفتاحًا عامًا صالحًا من نوع Ed25519</translation>
    </message>
    <message>
        <source>the signature does not match: SHA256SUMS or SHA256SUMS.sig was changed, or they were signed by another key</source>
        <translation>التوقيع غير مطابق: الملف SHA256SUMS أو SHA256SUMS.sig معدَّل، أو وُقِّعا بمفتاح آخر</translation>
    </message>
    <message>
        <source>{name} cannot be read as the bundle&apos;s manifest</source>
        <translation>لا يمكن قراءة {name} على أنه بيان حزمة الأدلة</translation>
    </message>
    <message>
        <source>{name} does not name the signing key</source>
        <translation>الملف {name} لا يذكر مفتاح التوقيع</translation>
    </message>
    <message>
        <source>{name} names the signing key {named}, but the bundle was signed by the key {signer}: it was signed again by someone else</source>
        <translation>يذكر {name} مفتاح التوقيع {named}، لكن حزمة الأدلة وُقِّعت بالمفتاح {signer}: أعاد شخص آخر توقيعها</translation>
    </message>
    <message>
        <source>the bundle was signed by a newer key ({signer}) than the one you confirmed, which is key {number} in its key history and announced the newer keys. An old copy of the journal still holds that older key, so please confirm the newer fingerprint with the sender before relying on it</source>
        <translation>وُقِّعت حزمة الأدلة بمفتاح أحدث ({signer}) من المفتاح الذي أكدته، وهو المفتاح {number} في سجل مفاتيحها وقد أعلن عن المفاتيح الأحدث. لا تزال نسخة قديمة من اليومية تحتوي على ذلك المفتاح الأقدم، لذا يُرجى تأكيد البصمة الأحدث مع المرسِل قبل الاعتماد عليها</translation>
    </message>
    <message>
        <source>the bundle was signed by the key {signer}, not by the key {confirmed} you confirmed with the sender</source>
        <translation>وُقِّعت حزمة الأدلة بالمفتاح {signer}، لا بالمفتاح {confirmed} الذي أكدته مع المرسِل</translation>
    </message>
    <message>
        <source>There is nothing at {path}.</source>
        <translation>لا يوجد شيء في {path}.</translation>
    </message>
    <message>
        <source>it has no SHA256SUMS and no manifest.json</source>
        <translation>لا يحتوي على SHA256SUMS ولا على manifest.json</translation>
    </message>
    <message>
        <source>SHA256SUMS is missing, so no file can be checked</source>
        <translation>الملف SHA256SUMS مفقود، لذلك لا يمكن التحقق من أي ملف</translation>
    </message>
    <message>
        <source>SHA256SUMS cannot be read ({error})</source>
        <translation>لا يمكن قراءة SHA256SUMS ({error})</translation>
    </message>
    <message>
        <source>{name} is compressed with {method}; bundles from this app only store or deflate their files, so it was not opened</source>
        <translation>الملف {name} مضغوط بطريقة {method}؛ حزم الأدلة من هذا التطبيق تخزّن ملفاتها كما هي أو تضغطها بطريقة deflate فقط، لذلك لم يُفتح</translation>
    </message>
    <message>
        <source>{name} is compressed with compression method {number}; bundles from this app only store or deflate their files, so it was not opened</source>
        <translation>الملف {name} مضغوط بطريقة الضغط رقم {number}؛ حزم الأدلة من هذا التطبيق تخزّن ملفاتها كما هي أو تضغطها بطريقة deflate فقط، لذلك لم يُفتح</translation>
    </message>
    <message>
        <source>{name} is encrypted inside the zip</source>
        <translation>الملف {name} مشفَّر داخل ملف zip</translation>
    </message>
    <message>
        <source>{name} declares an impossible size; not opened</source>
        <translation>الملف {name} يذكر حجمًا مستحيلًا؛ لم يُفتح</translation>
    </message>
    <message>
        <source>{name} shares its bytes with {previous} (overlapping members, the trick of zip bombs); neither was opened</source>
        <translation>الملف {name} يشترك في بايتاته مع {previous} (أعضاء متداخلة، وهي حيلة قنابل zip)؛ لم يُفتح أي منهما</translation>
    </message>
    <message>
        <source>{name} runs into the zip&apos;s central directory</source>
        <translation>الملف {name} يمتد إلى الدليل المركزي لملف zip</translation>
    </message>
    <message>
        <source>the zip has a comment ({count} bytes); a bundle from this app has none, and the signature does not cover it</source>
        <translation>يحتوي ملف zip على تعليق ({count} بايت)؛ حزمة الأدلة من هذا التطبيق لا تحتوي على تعليق، والتوقيع لا يشمله</translation>
    </message>
    <message>
        <source>the zip holds {count} bytes after its end that belong to no file and are not covered by the signature</source>
        <translation>يحتوي ملف zip على {count} بايت بعد نهايته لا تنتمي إلى أي ملف ولا يشملها التوقيع</translation>
    </message>
    <message>
        <source>the zip holds {count} bytes before the first file that belong to no file and are not covered by the signature</source>
        <translation>يحتوي ملف zip على {count} بايت قبل الملف الأول لا تنتمي إلى أي ملف ولا يشملها التوقيع</translation>
    </message>
    <message>
        <source>the zip holds {count} bytes after {previous} that belong to no file and are not covered by the signature</source>
        <translation>يحتوي ملف zip على {count} بايت بعد {previous} لا تنتمي إلى أي ملف ولا يشملها التوقيع</translation>
    </message>
    <message>
        <source>not a readable zip file: {error}</source>
        <translation>ليس ملف zip قابلًا للقراءة: {error}</translation>
    </message>
    <message>
        <source>{name} appears more than once in the zip</source>
        <translation>الملف {name} يظهر أكثر من مرة في ملف zip</translation>
    </message>
    <message>
        <source>it cannot be read: {strerror}</source>
        <translation>تعذّرت قراءته: {strerror}</translation>
    </message>
    <message>
        <source>it is not a file or a folder</source>
        <translation>ليس ملفًا ولا مجلدًا</translation>
    </message>
    <message>
        <source>{out} is a folder; give a file name for the export.</source>
        <translation>{out} مجلد؛ أعطِ اسم ملف للتصدير.</translation>
    </message>
    <message>
        <source>There is already a file at {out}. Choose another name (nothing was overwritten).</source>
        <translation>يوجد ملف بالفعل في {out}. اختر اسمًا آخر (لم يُستبدل شيء).</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>المجلد {parent} غير موجود.</translation>
    </message>
    <message>
        <source>The export to {out} could not be written because {reason}. No partial file was left behind, and the journal itself is unchanged.</source>
        <translation>تعذّرت كتابة التصدير في {out} لأن {reason}. لم يبقَ أي ملف ناقص، واليوميات نفسها لم تتغير.</translation>
    </message>
    <message>
        <source>The file {name} is nested too deeply to read.</source>
        <translation>الملف {name} متداخل بعمق لا يسمح بقراءته.</translation>
    </message>
    <message>
        <source>The file {name} changed while it was being read. Nothing was imported; try again once nothing else is writing to it.</source>
        <translation>تغيّر الملف {name} أثناء قراءته. لم يُستورد شيء؛ حاول مرة أخرى عندما لا يكتب فيه أي برنامج آخر.</translation>
    </message>
    <message>
        <source>The zip file {name} is damaged ({error}).</source>
        <translation>ملف zip {name} تالف ({error}).</translation>
    </message>
    <message>
        <source>The zip file holds {count} files, more than the {archive_members} an export can have. It was refused.</source>
        <translation>يضم ملف zip {count} من الملفات، أكثر من {archive_members} التي يمكن أن يضمها تصدير. رُفض.</translation>
    </message>
    <message>
        <source>The zip file holds a file named {filename!r} that points outside its folder. A real export never does this; the zip was refused.</source>
        <translation>يضم ملف zip ملفًا باسم {filename!r} يشير إلى خارج مجلده. التصدير الحقيقي لا يفعل ذلك أبدًا؛ رُفض ملف zip.</translation>
    </message>
    <message>
        <source>The file {filename!r} in the zip is encrypted.</source>
        <translation>الملف {filename!r} داخل ملف zip مشفَّر.</translation>
    </message>
    <message>
        <source>The file {filename!r} in the zip uses a compression this app does not unpack (only stored and deflated). The zip was refused.</source>
        <translation>الملف {filename!r} داخل ملف zip يستخدم ضغطًا لا يفكّه هذا التطبيق (فقط المخزَّن وdeflate). رُفض ملف zip.</translation>
    </message>
    <message>
        <source>The zip file would unpack to {megabytes} MB, more than this app unpacks (a possible zip bomb). It was refused.</source>
        <translation>سيتوسع ملف zip عند فكّه إلى {megabytes} ميغابايت، أكثر مما يفكّه هذا التطبيق (قد يكون قنبلة zip). رُفض.</translation>
    </message>
    <message>
        <source>The file {name!r} in the zip is damaged ({error}).</source>
        <translation>الملف {name!r} داخل ملف zip تالف ({error}).</translation>
    </message>
    <message>
        <source>The file {name!r} in the zip unpacks to more than {megabytes} MB (a possible zip bomb). It was refused.</source>
        <translation>الملف {name!r} داخل ملف zip يتوسع عند فكّه إلى أكثر من {megabytes} ميغابايت (قد يكون قنبلة zip). رُفض.</translation>
    </message>
    <message>
        <source>The file {name} is not a message export this app recognises (WhatsApp, SMS Backup &amp; Restore, Telegram, Messenger/Instagram, .eml or .mbox).</source>
        <translation>الملف {name} ليس تصدير رسائل يتعرّف عليه هذا التطبيق (واتساب، SMS Backup &amp; Restore، تيليغرام، ماسنجر/إنستغرام، ‎.eml أو ‎.mbox).</translation>
    </message>
    <message>
        <source>{name!r} is not a message format; use one of: {names}.</source>
        <translation>{name!r} ليس صيغة رسائل؛ استخدم واحدة من: {names}.</translation>
    </message>
    <message>
        <source>The mailbox {name} could not be read ({error}).</source>
        <translation>تعذّرت قراءة صندوق البريد {name} ({error}).</translation>
    </message>
    <message>
        <source>message {number} of the mailbox</source>
        <translation>الرسالة {number} في صندوق البريد</translation>
    </message>
    <message>
        <source>The {where} is larger than {megabytes} MB, more than this app reads for one email. Nothing was imported.</source>
        <translation>العنصر «{where}» أكبر من {megabytes} ميغابايت، أكثر مما يقرأه هذا التطبيق لرسالة بريد واحدة. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The mailbox holds no messages.</source>
        <translation>صندوق البريد لا يحتوي على رسائل.</translation>
    </message>
    <message>
        <source>The {where} has no From line, so it is not a readable email.</source>
        <translation>العنصر «{where}» ليس فيه سطر From، لذلك ليس رسالة بريد قابلة للقراءة.</translation>
    </message>
    <message>
        <source>The {where} has no Date this app can read ({raw!r}). Nothing was imported.</source>
        <translation>العنصر «{where}» ليس فيه Date يستطيع هذا التطبيق قراءته ({raw!r}). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The {where} has no plain-text part; its text is only in the file.</source>
        <translation>العنصر «{where}» ليس فيه جزء نصي عادي؛ نصه موجود في الملف فقط.</translation>
    </message>
    <message>
        <source>The text of the {where} could not be decoded ({error}).</source>
        <translation>تعذّر فكّ ترميز نص العنصر «{where}» ({error}).</translation>
    </message>
    <message>
        <source>The Messenger/Instagram export</source>
        <translation>تصدير ماسنجر/إنستغرام</translation>
    </message>
    <message>
        <source>The export&apos;s {place} is not an object.</source>
        <translation>العنصر {place} في التصدير ليس كائنًا.</translation>
    </message>
    <message>
        <source>The export&apos;s {place} has a time out of range.</source>
        <translation>العنصر {place} في التصدير فيه وقت خارج النطاق.</translation>
    </message>
    <message>
        <source>{what} is damaged or cut short at line {lineno}, column {colno} ({msg}). Nothing was imported.</source>
        <translation>{what} تالف أو مقطوع عند السطر {lineno}، العمود {colno} ({msg}). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{what} is nested too deeply to be an export.</source>
        <translation>{what} متداخل بعمق لا يسمح بأن يكون تصديرًا.</translation>
    </message>
    <message>
        <source>{what} is not a JSON object.</source>
        <translation>{what} ليس كائن JSON.</translation>
    </message>
    <message>
        <source>The export&apos;s {where} has no valid {key!r} field. Nothing was imported.</source>
        <translation>العنصر {where} في التصدير ليس فيه حقل {key!r} صالح. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{what} declares a DOCTYPE or entities, which a real backup never does; it was refused.</source>
        <translation>{what} يعلن DOCTYPE أو كيانات، وهذا ما لا تفعله النسخة الاحتياطية الحقيقية أبدًا؛ رُفض.</translation>
    </message>
    <message>
        <source>{what} is damaged or cut short near line {line}, column {column}. Nothing was imported.</source>
        <translation>{what} تالف أو مقطوع قرب السطر {line}، العمود {column}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{what} could not be read ({problem}).</source>
        <translation>تعذّرت قراءة {what} ({problem}).</translation>
    </message>
    <message>
        <source>a draft that was never sent</source>
        <translation>مسودة لم تُرسل قط</translation>
    </message>
    <message>
        <source>a message that failed to send</source>
        <translation>رسالة تعذّر إرسالها</translation>
    </message>
    <message>
        <source>The SMS backup</source>
        <translation>النسخة الاحتياطية لرسائل SMS</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; number {number}</source>
        <translation>&lt;{tag}&gt; رقم {number}</translation>
    </message>
    <message>
        <source>The XML file is not an SMS Backup &amp; Restore file (no &lt;smses&gt; or &lt;calls&gt;).</source>
        <translation>ملف XML ليس ملف SMS Backup &amp; Restore (لا يحتوي على &lt;smses&gt; أو &lt;calls&gt;).</translation>
    </message>
    <message>
        <source>The SMS backup&apos;s {where} has no {name!r}. Nothing was imported.</source>
        <translation>العنصر {where} في النسخة الاحتياطية لرسائل SMS ليس فيه {name!r}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The SMS backup&apos;s {where} has a date that is not a time: {raw!r}.</source>
        <translation>العنصر {where} في النسخة الاحتياطية لرسائل SMS فيه تاريخ ليس وقتًا: {raw!r}.</translation>
    </message>
    <message>
        <source>The {where} is {what}.</source>
        <translation>العنصر «{where}» هو {what}.</translation>
    </message>
    <message>
        <source>The {where} has a call type {kind!r} this app does not know.</source>
        <translation>العنصر «{where}» فيه نوع مكالمة {kind!r} لا يعرفه هذا التطبيق.</translation>
    </message>
    <message>
        <source>The SMS backup&apos;s {where} has a duration that is not a number.</source>
        <translation>العنصر {where} في النسخة الاحتياطية لرسائل SMS فيه مدة ليست رقمًا.</translation>
    </message>
    <message>
        <source>{name} is not a file this app can import.</source>
        <translation>{name} ليس ملفًا يستطيع هذا التطبيق استيراده.</translation>
    </message>
    <message>
        <source>The file {name} could not be read ({problem}).</source>
        <translation>تعذّرت قراءة الملف {name} ({problem}).</translation>
    </message>
    <message>
        <source>The file {name} is larger than {megabytes} MB, more than this app reads for one export. Nothing was imported.</source>
        <translation>الملف {name} أكبر من {megabytes} ميغابايت، أكثر مما يقرأه هذا التطبيق لتصدير واحد. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{what} is damaged: its UTF-16 text is cut.</source>
        <translation>{what} تالف: نصه بترميز UTF-16 مقطوع.</translation>
    </message>
    <message>
        <source>{what} is not UTF-8 text: line {line} holds bytes that are not UTF-8 (the file may be in another encoding or damaged). Nothing was imported.</source>
        <translation>{what} ليس نصًا بترميز UTF-8: السطر {line} يحتوي على بايتات ليست UTF-8 (قد يكون الملف بترميز آخر أو تالفًا). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The Telegram export</source>
        <translation>تصدير تيليغرام</translation>
    </message>
    <message>
        <source>Chat {number} of the Telegram export is not an object.</source>
        <translation>المحادثة {number} في تصدير تيليغرام ليست كائنًا.</translation>
    </message>
    <message>
        <source>The Telegram export&apos;s chats list is not a list.</source>
        <translation>قائمة المحادثات في تصدير تيليغرام ليست قائمة.</translation>
    </message>
    <message>
        <source>The Telegram export&apos;s {place} is not an object.</source>
        <translation>العنصر {place} في تصدير تيليغرام ليس كائنًا.</translation>
    </message>
    <message>
        <source>The Telegram export&apos;s {place} has a time out of range.</source>
        <translation>العنصر {place} في تصدير تيليغرام فيه وقت خارج النطاق.</translation>
    </message>
    <message>
        <source>The Telegram export&apos;s {place} has no time this app can read.</source>
        <translation>العنصر {place} في تصدير تيليغرام ليس فيه وقت يستطيع هذا التطبيق قراءته.</translation>
    </message>
    <message>
        <source>The Telegram export&apos;s {place} has a text that is not text.</source>
        <translation>العنصر {place} في تصدير تيليغرام فيه نص ليس نصًا.</translation>
    </message>
    <message>
        <source>The Telegram export&apos;s {place} has a text piece of no text.</source>
        <translation>العنصر {place} في تصدير تيليغرام فيه جزء نصي فارغ.</translation>
    </message>
    <message>
        <source>The export does not end with a line break, so its last message may be cut short.</source>
        <translation>التصدير لا ينتهي بسطر جديد، لذلك قد تكون رسالته الأخيرة مقطوعة.</translation>
    </message>
    <message>
        <source>Line {line} names the file {name!r}, which the zip lacks.</source>
        <translation>السطر {line} يذكر الملف {name!r}، وهو غير موجود في ملف zip.</translation>
    </message>
    <message>
        <source>The WhatsApp export</source>
        <translation>تصدير واتساب</translation>
    </message>
    <message>
        <source>The file {name!r}</source>
        <translation>الملف {name!r}</translation>
    </message>
    <message>
        <source>The zip file holds no WhatsApp chat text (a .txt file whose lines start with a date and time). Nothing was imported.</source>
        <translation>ملف zip لا يحتوي على نص محادثة واتساب (ملف ‎.txt تبدأ أسطره بتاريخ ووقت). لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Line {number} of the WhatsApp export does not start with a date and time, so this is not a complete WhatsApp export. Nothing was imported.</source>
        <translation>السطر {number} في تصدير واتساب لا يبدأ بتاريخ ووقت، لذلك هذا ليس تصدير واتساب كاملًا. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The WhatsApp export holds no messages.</source>
        <translation>تصدير واتساب لا يحتوي على رسائل.</translation>
    </message>
    <message>
        <source>The dates in this WhatsApp export mix day-first and month-first forms, so no date in it can be read with certainty. Nothing was imported.</source>
        <translation>تواريخ تصدير واتساب هذا تخلط بين صيغ تبدأ باليوم وصيغ تبدأ بالشهر، لذلك لا يمكن قراءة أي تاريخ فيه بيقين. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>No date in this export has a day above 12, so the order of day and month could not be proven from the file; it was read as {order}. Check one date against the phone before relying on it.</source>
        <translation>لا يوجد في هذا التصدير تاريخ فيه يوم أكبر من 12، لذلك تعذّر إثبات ترتيب اليوم والشهر من الملف؛ وقُرئ بالترتيب {order}. قارن تاريخًا واحدًا بما في الهاتف قبل الاعتماد عليه.</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>شهر/يوم/سنة</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation>سنة-شهر-يوم</translation>
    </message>
    <message>
        <source>Line {line} of the WhatsApp export has a date that does not exist: {raw!r}. Nothing was imported.</source>
        <translation>السطر {line} في تصدير واتساب فيه تاريخ غير موجود: {raw!r}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>the record of the last save cannot be read</source>
        <translation>تعذّرت قراءة سجل آخر حفظ</translation>
    </message>
    <message>
        <source>the list of objects cannot be read</source>
        <translation>تعذّرت قراءة قائمة العناصر</translation>
    </message>
    <message>
        <source>{record_label} has missing or repeated versions: {numbers}</source>
        <translation>{record_label} فيه إصدارات مفقودة أو مكررة: {numbers}</translation>
    </message>
    <message>
        <source>{record_label} version {revision} does not follow version {previous}</source>
        <translation>{record_label}: الإصدار {revision} لا يلي الإصدار {previous}</translation>
    </message>
    <message>
        <source>{kind} {record_id}: revision(s) {seqs} were replaced by purged stubs, but no purge of it is recorded in the chain (the file was altered, perhaps with an old key); its content and evidence are gone from this file</source>
        <translation>{kind} {record_id}: استُبدلت المراجعات {seqs} بعلامات حذف نهائي، لكن السلسلة لا تسجّل أي حذف نهائي لها (عُدِّل الملف، ربما بمفتاح قديم)؛ محتواها وأدلتها لم تعد في هذا الملف</translation>
    </message>
    <message>
        <source>SQLite reports damage in the file ({why}); it was opened read-only and what can still be read is shown. &apos;salvage&apos; copies it into a new journal file</source>
        <translation>يُبلغ SQLite عن تلف في الملف ({why})؛ فُتح للقراءة فقط ويُعرض ما زال ممكنًا قراءته. الأمر «salvage» ينسخه إلى ملف يوميات جديد</translation>
    </message>
    <message>
        <source>entry {title!r} ({id})</source>
        <translation>التدوينة {title!r} ({id})</translation>
    </message>
    <message>
        <source>person {name!r} ({id})</source>
        <translation>الشخص {name!r} ({id})</translation>
    </message>
    <message>
        <source>record {id}</source>
        <translation>السجل {id}</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>سجل</translation>
    </message>
    <message>
        <source>{record}, version {version}: {problem}</source>
        <translation>{record}، الإصدار {version}: {problem}</translation>
    </message>
    <message>
        <source>{problem} (which entry it belonged to cannot be known: no other version of it can be read)</source>
        <translation>{problem} (لا يمكن معرفة التدوينة التي ينتمي إليها: لا يمكن قراءة أي إصدار آخر منها)</translation>
    </message>
    <message>
        <source>SQLite cannot open the file for its integrity check ({error})</source>
        <translation>لا يستطيع SQLite فتح الملف لفحص سلامته ({error})</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check could not finish ({error})</source>
        <translation>تعذّر إكمال فحص السلامة في SQLite ({error})</translation>
    </message>
    <message>
        <source>the file is {missing} bytes short of whole pages: bytes were cut out of it or it was truncated; &apos;salvage&apos; realigns the pages after a cut before copying</source>
        <translation>ينقص الملف {missing} بايت ليكتمل عدد صفحاته: قُطعت منه بايتات أو بُتر؛ الأمر «salvage» يعيد محاذاة الصفحات بعد القطع قبل النسخ</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check: {line}</source>
        <translation>فحص السلامة في SQLite: {line}</translation>
    </message>
    <message>
        <source>a stored value (meta)</source>
        <translation>قيمة محفوظة (meta)</translation>
    </message>
    <message>
        <source>a key-epoch link</source>
        <translation>رابط حقبة مفاتيح</translation>
    </message>
    <message>
        <source>a key slot</source>
        <translation>خانة مفتاح</translation>
    </message>
    <message>
        <source>an object&apos;s wrapped key</source>
        <translation>المفتاح المغلَّف لعنصر</translation>
    </message>
    <message>
        <source>revision {seq}</source>
        <translation>المراجعة {seq}</translation>
    </message>
    <message>
        <source>object {id}</source>
        <translation>العنصر {id}</translation>
    </message>
    <message>
        <source>{where}: the file&apos;s record header for chunk {idx} was changed (a value stored as binary is marked as text); its bytes were read as binary and checked</source>
        <translation>{where}: تغيّر ترويس السجل في الملف للجزء {idx} (قيمة محفوظة كبيانات ثنائية معلَّمة كنص)؛ قُرئت بايتاته كبيانات ثنائية وفُحصت</translation>
    </message>
    <message>
        <source>the file&apos;s record header of {count} row(s) of {what} was changed (a value stored as binary is marked as text); the bytes were read as binary</source>
        <translation>تغيّر ترويس السجل في الملف لعدد {count} من صفوف {what} (قيمة محفوظة كبيانات ثنائية معلَّمة كنص)؛ قُرئت البايتات كبيانات ثنائية</translation>
    </message>
    <message>
        <source>The keys of the damaged journal cannot be read in full ({error}), so nothing could be copied that the passphrase would open. Try a backup.</source>
        <translation>تعذّرت قراءة مفاتيح اليوميات التالفة كاملة ({error})، لذلك لم يُنسخ شيء تستطيع عبارة المرور فتحه. جرّب نسخة احتياطية.</translation>
    </message>
    <message>
        <source>chunk {idx} failed authentication</source>
        <translation>فشل التحقق من الجزء {idx}</translation>
    </message>
    <message>
        <source>chunk {idx} is missing</source>
        <translation>الجزء {idx} مفقود</translation>
    </message>
    <message>
        <source>The damaged journal cannot be read ({error}).</source>
        <translation>تعذّرت قراءة اليوميات التالفة ({error}).</translation>
    </message>
    <message>
        <source>The repaired copy must be a new file, not the damaged one.</source>
        <translation>يجب أن تكون النسخة المُصلَحة ملفًا جديدًا، لا الملف التالف.</translation>
    </message>
    <message>
        <source>There is already a file at {target}; nothing was overwritten.</source>
        <translation>يوجد ملف بالفعل في {target}؛ لم يُستبدل شيء.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist (is the USB stick plugged in?).</source>
        <translation>المجلد {parent} غير موجود (هل ذاكرة USB موصولة؟).</translation>
    </message>
    <message>
        <source>The journal is {gib:.1f} GiB, but this stick is formatted as FAT32, which cannot hold files over 4 GiB. Use a stick formatted as exFAT or NTFS.</source>
        <translation>حجم اليوميات {gib:.1f} غيغابايت، لكن هذه الذاكرة مهيأة بنظام FAT32 الذي لا يحتمل ملفات أكبر من 4 غيغابايت. استخدم ذاكرة مهيأة بنظام exFAT أو NTFS.</translation>
    </message>
    <message>
        <source>The backup copy failed SQLite&apos;s own check; it was removed.</source>
        <translation>لم تجتز النسخة الاحتياطية فحص SQLite؛ فأُزيلت.</translation>
    </message>
    <message>
        <source>The backup copy differs from the journal; it was removed.</source>
        <translation>النسخة الاحتياطية تختلف عن اليوميات؛ فأُزيلت.</translation>
    </message>
    <message>
        <source>That chain head cannot be read: it should be 64 characters 0-9 and a-f, as printed in chain.txt or on the cover of the chronology.</source>
        <translation>تعذّرت قراءة رأس السلسلة هذا: يجب أن يتكون من 64 حرفًا من 0-9 وa-f، كما هو مطبوع في chain.txt أو على غلاف التسلسل الزمني.</translation>
    </message>
    <message>
        <source>{label}: {error}</source>
        <translation>{label}: {error}</translation>
    </message>
    <message>
        <source>{label}: its content no longer matches the SHA-256 recorded at import</source>
        <translation>{label}: محتواه لم يعد يطابق قيمة SHA-256 المسجلة عند الاستيراد</translation>
    </message>
    <message>
        <source>attachment {file_name!r} ({attachment_id}), named by an earlier version of entry {title!r} ({entry_id}), is missing and no purge is recorded</source>
        <translation>المرفق {file_name!r} ({attachment_id})، الذي يذكره إصدار سابق من التدوينة {title!r} ({entry_id})، مفقود ولا يوجد حذف نهائي مسجّل</translation>
    </message>
    <message>
        <source>Purging removes the entry and its evidence for good; confirm with PURGE.</source>
        <translation>الحذف النهائي يزيل التدوينة وأدلتها إلى الأبد؛ أكِّد ذلك بكتابة PURGE.</translation>
    </message>
    <message>
        <source>This entry was deleted; evidence cannot be added to it.</source>
        <translation>سُحبت هذه التدوينة؛ لا يمكن إضافة أدلة إليها.</translation>
    </message>
    <message>
        <source>The entry was withdrawn during the import; nothing was added.</source>
        <translation>سُحبت التدوينة أثناء الاستيراد؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <source>There is no attachment {attachment_id}.</source>
        <translation>لا يوجد مرفق {attachment_id}.</translation>
    </message>
    <message>
        <source>The file {name} changed while it was being imported. Nothing was imported.</source>
        <translation>تغيّر الملف {name} أثناء استيراده. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>This entry was deleted; messages cannot be linked to it.</source>
        <translation>سُحبت هذه التدوينة؛ لا يمكن ربط رسائل بها.</translation>
    </message>
    <message>
        <source>There is no entry {entry_id}.</source>
        <translation>لا توجد تدوينة {entry_id}.</translation>
    </message>
    <message>
        <source>There is no entry {record_id}.</source>
        <translation>لا توجد تدوينة {record_id}.</translation>
    </message>
    <message>
        <source>There is no person {person_id}.</source>
        <translation>لا يوجد شخص {person_id}.</translation>
    </message>
    <message>
        <source>there is not enough space on the disk or stick</source>
        <translation>لا توجد مساحة كافية على القرص أو الذاكرة</translation>
    </message>
    <message>
        <source>that place cannot be written to (read-only or no permission)</source>
        <translation>لا يمكن الكتابة في ذلك المكان (للقراءة فقط أو بلا إذن)</translation>
    </message>
    <message>
        <source>the device could not be read or written (was a USB stick removed?)</source>
        <translation>تعذّرت القراءة من الجهاز أو الكتابة عليه (هل نُزعت ذاكرة USB؟)</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>برنامج آخر يستخدم الملف</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>الملف تالف</translation>
    </message>
    <message>
        <source>the file or folder is no longer there (was a USB stick removed?)</source>
        <translation>الملف أو المجلد لم يعد موجودًا (هل نُزعت ذاكرة USB؟)</translation>
    </message>
    <message>
        <source>the system reported: {said}</source>
        <translation>أفاد النظام: {said}</translation>
    </message>
    <message>
        <source>the storage reported: {said}</source>
        <translation>أفاد جهاز التخزين: {said}</translation>
    </message>
    <message>
        <source>A file appeared at {out} meanwhile; nothing was overwritten.</source>
        <translation>ظهر ملف في {out} في الأثناء؛ لم يُستبدل شيء.</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}، {then}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}؛ {then}</translation>
    </message>
    <message>
        <source>the record of the last save has an impossible length</source>
        <translation>سجل آخر حفظ له طول مستحيل</translation>
    </message>
    <message>
        <source>{label} was moved: it says it is revision {stated_seq}</source>
        <translation>نُقل {label}: يذكر أنه المراجعة {stated_seq}</translation>
    </message>
    <message>
        <source>the chain breaks at {label}: it does not follow the one before</source>
        <translation>السلسلة تنقطع عند {label}: لا يلي ما قبله</translation>
    </message>
    <message>
        <source>the last {removed} revision(s) were removed (the journal recorded {exp_count} revisions at its last save, the last one present is {last_seq})</source>
        <translation>أُزيلت آخر {removed} من المراجعات (سجّلت اليوميات {exp_count} من المراجعات عند آخر حفظ، وآخر مراجعة موجودة هي {last_seq})</translation>
    </message>
    <message>
        <source>the chain head does not match the one recorded at the last save</source>
        <translation>رأس السلسلة لا يطابق الرأس المسجل عند آخر حفظ</translation>
    </message>
    <message>
        <source>there is no file there</source>
        <translation>لا يوجد ملف هناك</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>إنه مجلد</translation>
    </message>
    <message>
        <source>it is some other kind of file</source>
        <translation>إنه نوع آخر من الملفات</translation>
    </message>
    <message>
        <source>the file is damaged or not a database</source>
        <translation>الملف تالف أو ليس قاعدة بيانات</translation>
    </message>
    <message>
        <source>it is a database, but not a journal</source>
        <translation>إنه قاعدة بيانات، لكنه ليس ملف يوميات</translation>
    </message>
    <message>
        <source>its format version is unreadable</source>
        <translation>تعذّرت قراءة إصدار صيغته</translation>
    </message>
    <message>
        <source>it looks like a journal, but the file is damaged where SQLite keeps what identifies it; a backup may still open</source>
        <translation>يبدو ملف يوميات، لكن الملف تالف في الموضع الذي يحفظ فيه SQLite ما يعرّفه؛ قد تُفتح نسخة احتياطية</translation>
    </message>
    <message>
        <source>it looks like a journal, but the file is damaged where SQLite keeps its table list; a backup may still open</source>
        <translation>يبدو ملف يوميات، لكن الملف تالف في الموضع الذي يحفظ فيه SQLite قائمة جداوله؛ قد تُفتح نسخة احتياطية</translation>
    </message>
    <message>
        <source>no table in it can be read: the file is damaged, or it is not a journal</source>
        <translation>لا يمكن قراءة أي جدول فيه: الملف تالف، أو ليس ملف يوميات</translation>
    </message>
    <message>
        <source>There is already a file at {path}. Choose another name; nothing was overwritten.</source>
        <translation>يوجد ملف بالفعل في {path}. اختر اسمًا آخر؛ لم يُستبدل شيء.</translation>
    </message>
    <message>
        <source>key_history.json cannot be read as a key history</source>
        <translation>لا يمكن قراءة key_history.json على أنه سجل مفاتيح</translation>
    </message>
    <message>
        <source>the PDF-signing certificate of key {number} in key_history.json was not signed by that key: its signature does not match</source>
        <translation>شهادة توقيع ملفات PDF للمفتاح {number} في key_history.json لم يوقّعها ذلك المفتاح: توقيعها لا يطابق</translation>
    </message>
    <message>
        <source>key {number} in key_history.json was not announced by key {previous}: its succession signature does not match</source>
        <translation>المفتاح {number} في key_history.json لم يُعلن عنه المفتاح {previous}: توقيع التعاقب لا يطابق</translation>
    </message>
    <message>
        <source>key_history.json does not end at the key that signed this bundle (vault_pub.pem)</source>
        <translation>key_history.json لا ينتهي عند المفتاح الذي وقّع هذه الحزمة (vault_pub.pem)</translation>
    </message>
    <message>
        <source>the stored {name} is from another key epoch (altered)</source>
        <translation>العنصر المحفوظ {name} من حقبة مفاتيح أخرى (معدَّل)</translation>
    </message>
    <message>
        <source>the stored {name} failed authentication</source>
        <translation>فشل التحقق من العنصر المحفوظ {name}</translation>
    </message>
    <message>
        <source>the recovery key record is missing (the file was altered)</source>
        <translation>سجل مفتاح الاسترداد مفقود (عُدِّل الملف)</translation>
    </message>
    <message>
        <source>Argon2id memory below 64 MiB is refused.</source>
        <translation>تُرفض ذاكرة Argon2id الأقل من 64 ميبيبايت.</translation>
    </message>
    <message>
        <source>Argon2id parameters refused: {error}.</source>
        <translation>رُفضت معاملات Argon2id: {error}.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>عبارة المرور فارغة.</translation>
    </message>
    <message>
        <source>SQLite reads its table list only with the damage tolerated</source>
        <translation>لا يقرأ SQLite قائمة جداوله إلا مع تجاوز التلف</translation>
    </message>
    <message>
        <source>The journal {path} is damaged: its identifier is missing.</source>
        <translation>اليوميات {path} تالفة: معرِّفها مفقود.</translation>
    </message>
    <message>
        <source>the key for data written before key change {current} is damaged</source>
        <translation>مفتاح البيانات المكتوبة قبل تغيير المفاتيح {current} تالف</translation>
    </message>
    <message>
        <source>object {hex} names an unknown key epoch {epoch}</source>
        <translation>العنصر {hex} يذكر حقبة مفاتيح غير معروفة {epoch}</translation>
    </message>
    <message>
        <source>object {hex}: its key failed authentication (changed or moved)</source>
        <translation>العنصر {hex}: فشل التحقق من مفتاحه (غُيِّر أو نُقل)</translation>
    </message>
    <message>
        <source>object {hex}: its content is missing</source>
        <translation>العنصر {hex}: محتواه مفقود</translation>
    </message>
    <message>
        <source>object {hex}: {error}</source>
        <translation>العنصر {hex}: {error}</translation>
    </message>
    <message>
        <source>object {hex} is missing</source>
        <translation>العنصر {hex} مفقود</translation>
    </message>
    <message>
        <source>object {hex} is not a {role}</source>
        <translation>العنصر {hex} ليس {role}</translation>
    </message>
    <message>
        <source>object {hex}: chunks are missing</source>
        <translation>العنصر {hex}: أجزاء مفقودة</translation>
    </message>
    <message>
        <source>object {name}: chunk {idx} is missing</source>
        <translation>العنصر {name}: الجزء {idx} مفقود</translation>
    </message>
    <message>
        <source>object {name}: {error}</source>
        <translation>العنصر {name}: {error}</translation>
    </message>
    <message>
        <source>A recovery code has {expected} letters and digits; this one has {count}.</source>
        <translation>يتكون رمز الاسترداد من {expected} من الحروف والأرقام؛ وهذا الرمز فيه {count}.</translation>
    </message>
    <message>
        <source>The character {character!r} does not appear in recovery codes.</source>
        <translation>الحرف {character!r} لا يظهر في رموز الاسترداد.</translation>
    </message>
    <message>
        <source>This recovery code has a typing mistake in its first group.</source>
        <translation>في رمز الاسترداد هذا خطأ في الكتابة في مجموعته الأولى.</translation>
    </message>
    <message>
        <source>This recovery code has a typing mistake somewhere; please check each group.</source>
        <translation>في رمز الاسترداد هذا خطأ في الكتابة في مكان ما؛ يُرجى التحقق من كل مجموعة.</translation>
    </message>
    <message>
        <source>The restored copy differs from the backup; it was removed.</source>
        <translation>النسخة المستعادة تختلف عن النسخة الاحتياطية؛ فأُزيلت.</translation>
    </message>
    <message>
        <source>The backup failed SQLite&apos;s own check; nothing was restored.</source>
        <translation>لم تجتز النسخة الاحتياطية فحص SQLite؛ لم يُستعد شيء.</translation>
    </message>
    <message>
        <source>The journal&apos;s signing key is damaged, so exports cannot be signed.</source>
        <translation>مفتاح توقيع اليوميات تالف، لذلك لا يمكن توقيع ما يُصدَّر.</translation>
    </message>
    <message>
        <source>it has no key epochs; the passphrase was not tried</source>
        <translation>لا توجد فيه حقب مفاتيح؛ لم تُجرَّب عبارة المرور</translation>
    </message>
    <message>
        <source>its key epochs should run 1 to {newest} but epochs {epochs} are missing or out of place; the passphrase was not tried</source>
        <translation>يجب أن تمتد حقب مفاتيحه من 1 إلى {newest}، لكن الحقب {epochs} مفقودة أو في غير مكانها؛ لم تُجرَّب عبارة المرور</translation>
    </message>
    <message>
        <source>a key epoch&apos;s link to the one before it was added or removed; the passphrase was not tried</source>
        <translation>أُضيف رابط حقبة مفاتيح بالحقبة التي قبلها أو أُزيل؛ لم تُجرَّب عبارة المرور</translation>
    </message>
    <message>
        <source>its newest key epoch, {newest}, has no passphrase slot (an epoch row was added?); the passphrase was not tried</source>
        <translation>أحدث حقبة مفاتيح فيه، {newest}، ليس لها خانة لعبارة المرور (هل أُضيف صف حقبة؟)؛ لم تُجرَّب عبارة المرور</translation>
    </message>
    <message>
        <source>data was written in key epoch {written}, but the key records end at epoch {newest} (newer ones were removed); the passphrase was not tried</source>
        <translation>كُتبت بيانات في حقبة المفاتيح {written}، لكن سجلات المفاتيح تنتهي عند الحقبة {newest} (أُزيلت الأحدث)؛ لم تُجرَّب عبارة المرور</translation>
    </message>
    <message>
        <source>it has {count} key slots where this app keeps two; the passphrase was not tried</source>
        <translation>فيه {count} من خانات المفاتيح حيث يحتفظ هذا التطبيق باثنتين؛ لم تُجرَّب عبارة المرور</translation>
    </message>
    <message>
        <source>{notices}. The passphrase opened none of them: if you are sure it is right, someone replaced its key slot</source>
        <translation>{notices}. لم تفتح عبارة المرور أيًا منها: إن كنت متأكدًا من صحتها، فقد استبدل أحدهم خانة مفتاحها</translation>
    </message>
    <message>
        <source>key slot {slot_id} belongs to the older key epoch {epoch} (copied back in from an old copy of the file?); it was ignored</source>
        <translation>خانة المفتاح {slot_id} تنتمي إلى حقبة المفاتيح الأقدم {epoch} (هل نُسخت من نسخة قديمة من الملف؟)؛ وتم تجاهلها</translation>
    </message>
    <message>
        <source>key slot {slot_id} has an impossible number; it was ignored</source>
        <translation>خانة المفتاح {slot_id} لها رقم مستحيل؛ وتم تجاهلها</translation>
    </message>
    <message>
        <source>key slot {slot_id} has unusable key derivation settings ({error}); it was skipped</source>
        <translation>خانة المفتاح {slot_id} لها إعدادات اشتقاق مفتاح غير صالحة ({error})؛ وتم تخطيها</translation>
    </message>
    <message>
        <source>the newest key epoch has {count} passphrase slots where the app keeps one (slots {names}): the file was altered</source>
        <translation>أحدث حقبة مفاتيح فيها {count} من خانات عبارة المرور حيث يحتفظ التطبيق بواحدة (الخانات {names}): عُدِّل الملف</translation>
    </message>
    <message>
        <source>the newest key epoch has {count} recovery slots where the app keeps one: the file was altered</source>
        <translation>أحدث حقبة مفاتيح فيها {count} من خانات الاسترداد حيث يحتفظ التطبيق بواحدة: عُدِّل الملف</translation>
    </message>
    <message>
        <source>The journal at {path} could not be saved or read because {reason}. Whatever was saved before is still in the file.</source>
        <translation>تعذّر حفظ اليوميات في {path} أو قراءتها لأن {reason}. كل ما حُفظ من قبل ما زال في الملف.</translation>
    </message>
    <message>
        <source>The journal {path} is open read-only; nothing was saved.</source>
        <translation>اليوميات {path} مفتوحة للقراءة فقط؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>a WAV recording</source>
        <translation>تسجيل WAV</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>The file name ends in .{ext}, but its content is {what}. It is stored as it is; this app goes by the content, not the name.</source>
        <translation>ينتهي اسم الملف بـ ‎.{ext}، لكن محتواه {what}. يُحفظ كما هو؛ فهذا التطبيق يعتمد على المحتوى لا على الاسم.</translation>
    </message>
    <message>
        <source>The file name contains hidden control characters that can disguise its real ending; it is shown as: {name}</source>
        <translation>يحتوي اسم الملف على أحرف تحكم مخفية قد تُخفي امتداده الحقيقي؛ ويظهر هكذا: {name}</translation>
    </message>
    <message>
        <source>This file is empty (0 bytes). It has been stored as it is.</source>
        <translation>هذا الملف فارغ (0 بايت). حُفظ كما هو.</translation>
    </message>
    <message>
        <source>This picture is extremely large ({width} × {height} pixels). It is stored as it is, but it will not be previewed, to keep the computer safe.</source>
        <translation>هذه الصورة كبيرة جدًا ({width} × {height} بكسل). تُحفظ كما هي، لكن لن تُعرض لها معاينة، حفاظًا على سلامة الحاسوب.</translation>
    </message>
    <message>
        <source>The picture&apos;s header could not be read; it is stored as it is.</source>
        <translation>تعذّرت قراءة ترويسة الصورة؛ وتُحفظ كما هي.</translation>
    </message>
    <message>
        <source>This picture appears to be cut off (the file ends early). It is stored as it is, but it may not preview fully.</source>
        <translation>يبدو أن هذه الصورة مقطوعة (ينتهي الملف مبكرًا). تُحفظ كما هي، لكن قد لا تظهر معاينتها كاملة.</translation>
    </message>
    <message>
        <source>This picture is too large to preview safely ({width} × {height} pixels). It is stored unchanged.</source>
        <translation>هذه الصورة أكبر من أن تُعرض بأمان ({width} × {height} بكسل). وهي محفوظة دون تغيير.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to show.</source>
        <translation>هذا الملف فارغ، فلا يوجد ما يُعرض.</translation>
    </message>
    <message>
        <source>This file is too large to preview inside the app.</source>
        <translation>هذا الملف أكبر من أن يُعرض داخل التطبيق.</translation>
    </message>
    <message>
        <source>This file is not a picture this app can show.</source>
        <translation>هذا الملف ليس صورة يمكن للتطبيق عرضها.</translation>
    </message>
    <message>
        <source>This picture cannot be previewed (it appears to be cut off or damaged). It is stored unchanged.</source>
        <translation>لا يمكن عرض هذه الصورة (يبدو أنها مقطوعة أو تالفة). وهي محفوظة دون تغيير.</translation>
    </message>
    <message>
        <source>This picture cannot be previewed ({reason}). It is stored unchanged.</source>
        <translation>لا يمكن عرض هذه الصورة ({reason}). وهي محفوظة دون تغيير.</translation>
    </message>
    <message>
        <source>These are notes of what was noticed at the time. They do not replace a risk assessment by a trained professional. If you are in danger now, call your local emergency number.</source>
        <extracomment>Shown wherever risk indicators are shown or exported.</extracomment>
        <translation>هذه ملاحظات عمّا لوحظ في حينه، ولا تحلّ محلّ تقييم للخطر يجريه شخص مختص. إذا كنت في خطر الآن، فاتصل برقم الطوارئ في منطقتك.</translation>
    </message>
    <message>
        <source>Support services (a domestic-violence helpline or advocate) can talk a risk assessment and a safety plan through with you.</source>
        <translation>يمكن لخدمات الدعم (خط مساعدة لضحايا العنف الأسري أو شخص مناصر) أن تراجع معك تقييم الخطر وخطة للسلامة.</translation>
    </message>
    <message>
        <source>This picture&apos;s camera says it was taken on {taken}, and this entry is about {about}. That can be quite right: an older photo, or a camera whose clock was wrong. Someone may ask about it later, so you can add a short note now to explain it. It is kept with the picture and shown with it in exports.</source>
        <extracomment>How far outside the entry&apos;s stated time a capture time may be before she is asked.</extracomment>
        <translation>تقول كاميرا هذه الصورة إنها التُقطت في {taken}، وهذه التدوينة عن {about}. قد يكون هذا صحيحًا تمامًا: صورة أقدم، أو كاميرا كانت ساعتها خاطئة. قد يسأل أحد عن ذلك لاحقًا، لذا يمكنك الآن إضافة ملاحظة قصيرة توضّحه. تُحفظ الملاحظة مع الصورة وتظهر معها في الملفات المُصدَّرة.</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} الساعة {time}</translation>
    </message>
    <message numerus="yes">
        <source>Since this journal was last opened, someone tried to open it with a wrong passphrase or recovery code %n times (the last on {when}). If that was not you, someone may be trying to get in: see Staying safe.</source>
        <translation>
            <numerusform>منذ آخر مرة فُتحت فيها هذه اليوميات، حاول أحدهم فتحها بعبارة مرور أو رمز استرداد غير صحيح (آخرها في {when}). إذا لم تكن أنت، فقد يكون أحدهم يحاول الدخول: انظر البقاء في أمان.</numerusform>
            <numerusform>منذ آخر مرة فُتحت فيها هذه اليوميات، حاول أحدهم فتحها بعبارة مرور أو رمز استرداد غير صحيح مرة واحدة (في {when}). إذا لم تكن أنت، فقد يكون أحدهم يحاول الدخول: انظر البقاء في أمان.</numerusform>
            <numerusform>منذ آخر مرة فُتحت فيها هذه اليوميات، حاول أحدهم فتحها بعبارة مرور أو رمز استرداد غير صحيح مرتين (آخرهما في {when}). إذا لم تكن أنت، فقد يكون أحدهم يحاول الدخول: انظر البقاء في أمان.</numerusform>
            <numerusform>منذ آخر مرة فُتحت فيها هذه اليوميات، حاول أحدهم فتحها بعبارة مرور أو رمز استرداد غير صحيح %n مرات (آخرها في {when}). إذا لم تكن أنت، فقد يكون أحدهم يحاول الدخول: انظر البقاء في أمان.</numerusform>
            <numerusform>منذ آخر مرة فُتحت فيها هذه اليوميات، حاول أحدهم فتحها بعبارة مرور أو رمز استرداد غير صحيح %n مرة (آخرها في {when}). إذا لم تكن أنت، فقد يكون أحدهم يحاول الدخول: انظر البقاء في أمان.</numerusform>
            <numerusform>منذ آخر مرة فُتحت فيها هذه اليوميات، حاول أحدهم فتحها بعبارة مرور أو رمز استرداد غير صحيح %n مرة (آخرها في {when}). إذا لم تكن أنت، فقد يكون أحدهم يحاول الدخول: انظر البقاء في أمان.</numerusform>
        </translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>ضعيفة جدًا</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>قوية جدًا</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <extracomment>zxcvbn&apos;s own advice (its feedback.py), in English; marked here so that the app shows it in its own language like the rest of the verdict.</extracomment>
        <translation>الكلمة الواحدة وحدها سهلة التخمين.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>أضف كلمة أو كلمتين. الكلمات غير الشائعة أفضل.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>الأحرف الكبيرة كلها تكاد تكون سهلة التخمين كالأحرف الصغيرة كلها.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>تجنّب التواريخ والسنوات المرتبطة بك.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>تجنّب السنوات الأخيرة.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>تجنّب تكرار الكلمات والأحرف.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>تجنّب التسلسلات.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>تجنّب السنوات المرتبطة بك.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>الأحرف الكبيرة لا تساعد كثيرًا.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>الأسماء وأسماء العائلات الشائعة سهلة التخمين.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>التواريخ غالبًا سهلة التخمين.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>الأسماء وأسماء العائلات وحدها سهلة التخمين.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>لا حاجة إلى رموز أو أرقام أو أحرف كبيرة.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>الاستبدالات المتوقعة مثل «@» بدل «a» لا تساعد كثيرًا.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>السنوات الأخيرة سهلة التخمين.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>التكرار مثل «aaa» سهل التخمين.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>التكرار مثل «abcabcabc» أصعب قليلًا فقط في التخمين من «abc».</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>الكلمات المعكوسة ليست أصعب كثيرًا في التخمين.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>التسلسلات مثل «abc» أو «6543» سهلة التخمين.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>أنماط لوحة المفاتيح القصيرة سهلة التخمين.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>صفوف المفاتيح المتتالية سهلة التخمين.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>هذه من أكثر 10 كلمات مرور شيوعًا.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>هذه من أكثر 100 كلمة مرور شيوعًا.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>هذه كلمة مرور شائعة جدًا.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>هذه تشبه كلمة مرور شائعة الاستخدام.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>استخدم عدة كلمات وتجنّب العبارات الشائعة.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>استخدم نمطًا أطول على لوحة المفاتيح وبمنعطفات أكثر.</translation>
    </message>
    <message>
        <source>Type a passphrase: a few unrelated words work well.</source>
        <translation>اكتب عبارة مرور: بضع كلمات لا رابط بينها تفي بالغرض.</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>فارغة</translation>
    </message>
    <message>
        <source>Use at least {count} characters; a short sentence is easy to remember.</source>
        <translation>استخدم {count} أحرف على الأقل؛ فالجملة القصيرة سهلة التذكّر.</translation>
    </message>
    <message>
        <source>This would be quick to guess. Add another word or two.</source>
        <translation>ستكون سهلة التخمين. أضف كلمة أو كلمتين.</translation>
    </message>
    <message>
        <source>{name} is missing</source>
        <translation>الملف {name} مفقود</translation>
    </message>
    <message>
        <source>{name} was changed (its SHA-256 differs from SHA256SUMS)</source>
        <translation>الملف {name} معدَّل (بصمته SHA-256 تختلف عمّا في SHA256SUMS)</translation>
    </message>
    <message>
        <source>{name} was added: it is not listed in SHA256SUMS</source>
        <translation>أُضيف الملف {name}: وهو غير مذكور في SHA256SUMS</translation>
    </message>
    <message>
        <source>{name} cannot be read (it is stored in a way this check cannot read, such as an unknown compression)</source>
        <translation>لا يمكن قراءة {name} (مخزَّن بطريقة لا يستطيع هذا الفحص قراءتها، مثل ضغط غير معروف)</translation>
    </message>
    <message>
        <source>{name} cannot be read (the file cannot be opened: {reason})</source>
        <translation>لا يمكن قراءة {name} (لا يمكن فتح الملف: {reason})</translation>
    </message>
    <message>
        <source>{name} cannot be read (the zip is damaged there)</source>
        <translation>لا يمكن قراءة {name} (ملف zip تالف في ذلك الموضع)</translation>
    </message>
    <message>
        <source>{name} has a backslash or an empty or NUL character; it was not opened</source>
        <translation>الاسم {name} فيه شرطة مائلة عكسية أو حرف فارغ أو حرف NUL؛ لم يُفتح</translation>
    </message>
    <message>
        <source>{name} is an absolute path; it was not opened</source>
        <translation>الاسم {name} مسار مطلق؛ لم يُفتح</translation>
    </message>
    <message>
        <source>{name} points outside the bundle (..); it was not opened</source>
        <translation>الاسم {name} يشير إلى خارج حزمة الأدلة (..)؛ لم يُفتح</translation>
    </message>
    <message>
        <source>{name} contains control characters; it was not opened</source>
        <translation>الاسم {name} يحتوي على أحرف تحكم؛ لم يُفتح</translation>
    </message>
    <message>
        <source>{name} cannot be read</source>
        <translation>لا يمكن قراءة {name}</translation>
    </message>
    <message>
        <source>{name} is a link; links are not followed</source>
        <translation>{name} رابط؛ لا تُتَّبع الروابط</translation>
    </message>
    <message>
        <source>{name} is a link; links are not followed (inside the zip)</source>
        <translation>{name} رابط؛ لا تُتَّبع الروابط (داخل ملف zip)</translation>
    </message>
    <message>
        <source>{name} is a named pipe, not a file; it was not opened</source>
        <translation>{name} أنبوب مسمّى وليس ملفًا؛ لم يُفتح</translation>
    </message>
    <message>
        <source>{name} is a named pipe, not a file; it was not opened (inside the zip)</source>
        <translation>{name} أنبوب مسمّى وليس ملفًا؛ لم يُفتح (داخل ملف zip)</translation>
    </message>
    <message>
        <source>{name} is a socket, not a file; it was not opened</source>
        <translation>{name} مقبس وليس ملفًا؛ لم يُفتح</translation>
    </message>
    <message>
        <source>{name} is a socket, not a file; it was not opened (inside the zip)</source>
        <translation>{name} مقبس وليس ملفًا؛ لم يُفتح (داخل ملف zip)</translation>
    </message>
    <message>
        <source>{name} is a device, not a file; it was not opened</source>
        <translation>{name} جهاز وليس ملفًا؛ لم يُفتح</translation>
    </message>
    <message>
        <source>{name} is a device, not a file; it was not opened (inside the zip)</source>
        <translation>{name} جهاز وليس ملفًا؛ لم يُفتح (داخل ملف zip)</translation>
    </message>
    <message>
        <source>{name} is not a regular file; it was not opened</source>
        <translation>{name} ليس ملفًا عاديًا؛ لم يُفتح</translation>
    </message>
    <message>
        <source>{name} is not a regular file; it was not opened (inside the zip)</source>
        <translation>{name} ليس ملفًا عاديًا؛ لم يُفتح (داخل ملف zip)</translation>
    </message>
    <message>
        <source>{name} is missing, so the timestamp beside it cannot be checked</source>
        <translation>الملف {name} مفقود، لذلك لا يمكن التحقق من الختم الزمني المرافق له</translation>
    </message>
    <message>
        <source>{name} is not a valid timestamp of {data}: {problem}</source>
        <translation>الملف {name} ليس ختمًا زمنيًا صالحًا للملف {data}: {problem}</translation>
    </message>
    <message>
        <source>{name} does not hold a chain head</source>
        <translation>الملف {name} لا يحتوي على رأس سلسلة</translation>
    </message>
    <message>
        <source>the chain head in {name} is not listed in {chain}</source>
        <translation>رأس السلسلة في {name} غير مذكور في {chain}</translation>
    </message>
    <message>
        <source>{name}: chain head {head}… existed no later than {time} according to {signer}</source>
        <translation>{name}: رأس السلسلة {head}… كان موجودًا في موعد لا يتجاوز {time} بحسب {signer}</translation>
    </message>
</context>
</TS>

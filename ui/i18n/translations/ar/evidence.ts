<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>&amp;Conversations…</source>
        <translation>&amp;المحادثات…</translation>
    </message>
    <message>
        <source>Import &amp;messages…</source>
        <translation>استيراد ال&amp;رسائل…</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>لم يتم الربط</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n messages to “{title}”.</source>
        <translation>
            <numerusform>لم تُربط أي رسالة بـ«{title}».</numerusform>
            <numerusform>رُبطت رسالة واحدة بـ«{title}».</numerusform>
            <numerusform>رُبطت رسالتان بـ«{title}».</numerusform>
            <numerusform>رُبطت %n رسائل بـ«{title}».</numerusform>
            <numerusform>رُبطت %n رسالة بـ«{title}».</numerusform>
            <numerusform>رُبطت %n رسالة بـ«{title}».</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry made</source>
        <translation>لم تُنشأ تدوينة</translation>
    </message>
    <message>
        <source>Contact per day by sender</source>
        <translation>التواصل في كل يوم حسب المرسل</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>لا رسائل</numerusform>
            <numerusform>رسالة واحدة</numerusform>
            <numerusform>رسالتان</numerusform>
            <numerusform>%n رسائل</numerusform>
            <numerusform>%n رسالة</numerusform>
            <numerusform>%n رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calls</source>
        <translation>
            <numerusform>لا مكالمات</numerusform>
            <numerusform>مكالمة واحدة</numerusform>
            <numerusform>مكالمتان</numerusform>
            <numerusform>%n مكالمات</numerusform>
            <numerusform>%n مكالمة</numerusform>
            <numerusform>%n مكالمة</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} {count}</source>
        <comment>a sender and their count</comment>
        <translation>‏{name} {count}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>{day}: {messages}, {calls} ({senders})</source>
        <translation>‏{day}: {messages}، {calls} ({senders})</translation>
    </message>
    <message>
        <source>{messages} and {calls} between {start} and {end}</source>
        <translation>‏{messages} و{calls} بين الساعة {start} والساعة {end}</translation>
    </message>
    <message>
        <source>No messages or calls match.</source>
        <translation>لا توجد رسائل أو مكالمات مطابقة.</translation>
    </message>
    <message>
        <source>{messages} and {calls} on {days}, from {first} to {last}; {night}.</source>
        <translation>‏{messages} و{calls} في {days}، من {first} إلى {last}؛ {night}.</translation>
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
        <source>Busiest days:</source>
        <translation>أكثر الأيام تواصلًا:</translation>
    </message>
    <message numerus="yes">
        <source>%n days with contact</source>
        <translation>
            <numerusform>لا أيام فيها تواصل</numerusform>
            <numerusform>يوم واحد فيه تواصل</numerusform>
            <numerusform>يومان فيهما تواصل</numerusform>
            <numerusform>%n أيام فيها تواصل</numerusform>
            <numerusform>%n يومًا فيها تواصل</numerusform>
            <numerusform>%n يوم فيها تواصل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days with contact; the most on {day} ({count})</source>
        <translation>
            <numerusform>لا أيام فيها تواصل؛ أكثرها يوم {day} ({count})</numerusform>
            <numerusform>يوم واحد فيه تواصل؛ أكثرها يوم {day} ({count})</numerusform>
            <numerusform>يومان فيهما تواصل؛ أكثرها يوم {day} ({count})</numerusform>
            <numerusform>%n أيام فيها تواصل؛ أكثرها يوم {day} ({count})</numerusform>
            <numerusform>%n يومًا فيها تواصل؛ أكثرها يوم {day} ({count})</numerusform>
            <numerusform>%n يوم فيها تواصل؛ أكثرها يوم {day} ({count})</numerusform>
        </translation>
    </message>
    <message>
        <source>WhatsApp writes the time as the phone showed it, without saying which time zone the phone was set to. Which zone was it? This computer&apos;s zone is filled in; change it if the phone was somewhere else (for example Europe/Berlin or +01:00).</source>
        <translation>يكتب واتساب الوقت كما ظهر على الهاتف، دون أن يذكر المنطقة الزمنية التي كان الهاتف مضبوطًا عليها. ما المنطقة التي كان عليها؟ وُضعت منطقة هذا الحاسوب مسبقًا؛ غيّرها إن كان الهاتف في مكان آخر (مثلًا Europe/Berlin أو ‎+01:00).</translation>
    </message>
    <message>
        <source>Every time from this chat will be shown with this zone and the words “assumed: zone confirmed by the user”, and the time exactly as the export wrote it is kept beside it. Nothing is corrected.</source>
        <translation>سيُعرض كل وقت من هذه المحادثة بهذه المنطقة مع عبارة «مفترضة: منطقة أكّدها المستخدم»، ويُحفظ بجانبه الوقت كما كتبه ملف التصدير تمامًا. لا يُصحَّح شيء.</translation>
    </message>
    <message>
        <source>WhatsApp chat (.txt or .zip)</source>
        <extracomment>The formats the core reads (journal/messages FORMATS), by the names people know them by.</extracomment>
        <translation>محادثة واتساب (‎.txt أو ‎.zip)</translation>
    </message>
    <message>
        <source>SMS Backup &amp; Restore (.xml)</source>
        <translation>SMS Backup &amp; Restore (‎.xml)</translation>
    </message>
    <message>
        <source>Telegram (result.json)</source>
        <translation>تيليغرام (result.json)</translation>
    </message>
    <message>
        <source>Facebook Messenger (.json)</source>
        <translation>فيسبوك ماسنجر (‎.json)</translation>
    </message>
    <message>
        <source>Email mailbox (.mbox)</source>
        <translation>صندوق بريد إلكتروني (‎.mbox)</translation>
    </message>
    <message>
        <source>Email message (.eml)</source>
        <translation>رسالة بريد إلكتروني (‎.eml)</translation>
    </message>
    <message>
        <source>Time zone of the chat</source>
        <translation>المنطقة الزمنية للمحادثة</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;المنطقة الزمنية:</translation>
    </message>
    <message>
        <source>&amp;Import with this zone</source>
        <translation>&amp;استيراد بهذه المنطقة</translation>
    </message>
    <message>
        <source>&amp;Skip this file</source>
        <translation>&amp;تخطي هذا الملف</translation>
    </message>
    <message>
        <source>“{file}” is a WhatsApp chat.</source>
        <translation>‏«{file}» محادثة من واتساب.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone this computer knows. Try a name such as Europe/London or an offset such as +02:00.</source>
        <translation>‏«{zone}» ليست منطقة زمنية يعرفها هذا الحاسوب. جرّب اسمًا مثل Europe/London أو فرقًا مثل ‎+02:00.</translation>
    </message>
    <message>
        <source>Message file not imported</source>
        <translation>لم يُستورد ملف الرسائل</translation>
    </message>
    <message>
        <source>“{file}” was not imported, and nothing was stored:
{reason}</source>
        <translation>لم يُستورد «{file}» ولم يُحفظ منه شيء:
{reason}</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>If you know what kind of export it is, &amp;read it as:</source>
        <translation>إن كنت تعرف نوع ملف التصدير، ا&amp;قرأه على أنه:</translation>
    </message>
    <message>
        <source>T&amp;ry as this format</source>
        <translation>&amp;تجربة هذه الصيغة</translation>
    </message>
    <message>
        <source>{file}: imported before; nothing new was stored.</source>
        <translation>‏{file}: استُورد من قبل؛ لم يُحفظ شيء جديد.</translation>
    </message>
    <message>
        <source>{file}: {messages} and {calls} stored, {known} already in the journal.</source>
        <translation>‏{file}: حُفظت {messages} و{calls}، وكان {known} منها موجودًا في اليوميات.</translation>
    </message>
    <message>
        <source>{file}: {messages} and {calls} stored.</source>
        <translation>‏{file}: حُفظت {messages} و{calls}.</translation>
    </message>
    <message>
        <source>Times shown in {zone} (assumed, confirmed by you).</source>
        <translation>الأوقات معروضة بتوقيت {zone} (مفترضة، أكّدتها أنت).</translation>
    </message>
    <message>
        <source>Times shown in {zone} (assumed, not confirmed).</source>
        <translation>الأوقات معروضة بتوقيت {zone} (مفترضة، غير مؤكَّدة).</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation>استيراد الرسائل</translation>
    </message>
    <message>
        <source>Messages imported</source>
        <translation>تم استيراد الرسائل</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>‏{file}: {reason}</translation>
    </message>
    <message>
        <source>{file}: not imported; nothing was stored.</source>
        <translation>‏{file}: لم يُستورد؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Importing “{file}”…</source>
        <translation>جارٍ استيراد «{file}»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Importing messages</source>
        <translation>استيراد الرسائل</translation>
    </message>
    <message>
        <source>Importing “{file}”: {count} read so far…</source>
        <translation>جارٍ استيراد «{file}»: قُرئ {count} حتى الآن…</translation>
    </message>
    <message>
        <source>{file}: cancelled; nothing was stored.</source>
        <translation>‏{file}: أُلغي؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Something went wrong that the app did not expect.</source>
        <translation>حدث خطأ لم يتوقعه التطبيق.</translation>
    </message>
    <message>
        <source>Link to entry</source>
        <translation>الربط بتدوينة</translation>
    </message>
    <message numerus="yes">
        <source>Link %n messages to this entry:</source>
        <translation>
            <numerusform>اربط الرسائل بهذه التدوينة:</numerusform>
            <numerusform>اربط رسالة واحدة بهذه التدوينة:</numerusform>
            <numerusform>اربط رسالتين بهذه التدوينة:</numerusform>
            <numerusform>اربط %n رسائل بهذه التدوينة:</numerusform>
            <numerusform>اربط %n رسالة بهذه التدوينة:</numerusform>
            <numerusform>اربط %n رسالة بهذه التدوينة:</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>التدوينات</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;ربط</translation>
    </message>
    <message>
        <source>Messages from {names}</source>
        <translation>رسائل من {names}</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>incoming</source>
        <extracomment>A call&apos;s direction as the parsers store it (journal/messages/model.py CallDirection).</extracomment>
        <translation>واردة</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>صادرة</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>فائتة</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>بريد صوتي</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>محظورة</translation>
    </message>
    <message>
        <source>answered elsewhere</source>
        <translation>أُجيبت على جهاز آخر</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>(system line)</source>
        <translation>(سطر من النظام)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>معدَّلة</translation>
    </message>
    <message>
        <source>media left out of the export</source>
        <translation>وسائط لم يتضمنها ملف التصدير</translation>
    </message>
    <message>
        <source>attachments: {names}</source>
        <translation>المرفقات: {names}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the notes about a message</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>{hours} h {minutes} min {seconds} s</source>
        <translation>‏{hours} س {minutes} د {seconds} ث</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>‏{minutes} د {seconds} ث</translation>
    </message>
    <message>
        <source>From: {sender}</source>
        <translation>من: {sender}</translation>
    </message>
    <message>
        <source>Sent: {time}</source>
        <translation>أُرسلت: {time}</translation>
    </message>
    <message>
        <source>As written in the export: {time}</source>
        <translation>كما كُتب في ملف التصدير: {time}</translation>
    </message>
    <message>
        <source>Where in the export file: {place}</source>
        <translation>موضعها في ملف التصدير: {place}</translation>
    </message>
    <message>
        <source>The “From” date “{text}” is not a date like 2025-03-14.</source>
        <extracomment>The two date filters&apos; complaints, one whole sentence each.</extracomment>
        <translation>تاريخ «من» «{text}» ليس تاريخًا مثل 2025-03-14.</translation>
    </message>
    <message>
        <source>The “To” date “{text}” is not a date like 2025-03-14.</source>
        <translation>تاريخ «إلى» «{text}» ليس تاريخًا مثل 2025-03-14.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>words in a message</source>
        <translation>كلمات من رسالة</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>S&amp;ender:</source>
        <translation>ال&amp;مرسل:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>المرسل</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>The selected message, exactly</source>
        <translation>الرسالة المختارة كما هي</translation>
    </message>
    <message>
        <source>&amp;Link to entry…</source>
        <translation>&amp;ربط بتدوينة…</translation>
    </message>
    <message>
        <source>&amp;New entry from these messages</source>
        <translation>تدوينة &amp;جديدة من هذه الرسائل</translation>
    </message>
    <message>
        <source>Show &amp;picture</source>
        <translation>عرض ال&amp;صورة</translation>
    </message>
    <message>
        <source>Opens blurred until you choose to look</source>
        <translation>تُفتح مموّهة حتى تختار أن تنظر إليها</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;الرسائل</translation>
    </message>
    <message>
        <source>C&amp;alls</source>
        <translation>ال&amp;مكالمات</translation>
    </message>
    <message>
        <source>Contact &amp;over time</source>
        <translation>التواصل &amp;عبر الزمن</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>كل المحادثات</translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation>جارٍ قراءة الرسائل…</translation>
    </message>
    <message>
        <source>The messages could not be read.</source>
        <translation>تعذّرت قراءة الرسائل.</translation>
    </message>
    <message>
        <source>{messages} and {calls} (the first {shown} are shown; narrow the search).</source>
        <translation>‏{messages} و{calls} (يُعرض أول {shown} منها؛ ضيّق البحث).</translation>
    </message>
    <message>
        <source>{messages} and {calls}.</source>
        <translation>‏{messages} و{calls}.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message numerus="yes">
        <source>%n messages chosen.</source>
        <translation>
            <numerusform>لم تُختر أي رسالة.</numerusform>
            <numerusform>اختيرت رسالة واحدة.</numerusform>
            <numerusform>اختيرت رسالتان.</numerusform>
            <numerusform>اختيرت %n رسائل.</numerusform>
            <numerusform>اختيرت %n رسالة.</numerusform>
            <numerusform>اختيرت %n رسالة.</numerusform>
        </translation>
    </message>
    <message>
        <source>About this picture&apos;s date</source>
        <translation>عن تاريخ هذه الصورة</translation>
    </message>
    <message>
        <source>For example: an older photo of the same bruise; the camera&apos;s clock was wrong.</source>
        <translation>مثلًا: صورة أقدم للكدمة نفسها؛ كانت ساعة الكاميرا خاطئة.</translation>
    </message>
    <message>
        <source>Your note about the date</source>
        <translation>ملاحظتك عن التاريخ</translation>
    </message>
    <message>
        <source>&amp;Your note:</source>
        <translation>&amp;ملاحظتك:</translation>
    </message>
    <message>
        <source>&amp;Keep this note</source>
        <translation>&amp;حفظ هذه الملاحظة</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;ليس الآن</translation>
    </message>
    <message>
        <source>Save an unencrypted copy?</source>
        <translation>حفظ نسخة غير مشفّرة؟</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted.</source>
        <translation>لن تكون النسخة مشفّرة.</translation>
    </message>
    <message>
        <source>Anyone who can reach the place you save it to, including anyone who looks through this computer, will be able to open it. If you can, save it to a USB stick or other removable drive that you keep somewhere safe, rather than to this computer.

The copy is checked against the SHA-256 recorded when the file was added, so you can show it is the same file.</source>
        <translation>أي شخص يصل إلى المكان الذي تحفظها فيه، ومنهم من يتفقّد هذا الحاسوب، سيستطيع فتحها. إن استطعت، فاحفظها على ذاكرة USB أو قرص قابل للإزالة تحتفظ به في مكان آمن، بدلًا من هذا الحاسوب.

تُطابَق النسخة مع قيمة SHA-256 المسجّلة عند إضافة الملف، فتستطيع أن تُثبت أنها الملف نفسه.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>اختيار مكان الحفظ…</translation>
    </message>
    <message>
        <source>Writing the copy and checking it against the recorded SHA-256…</source>
        <translation>جارٍ كتابة النسخة ومطابقتها مع قيمة SHA-256 المسجّلة…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>حُفظت النسخة</translation>
    </message>
    <message>
        <source>The copy was saved as {path}.

It matches the SHA-256 recorded when the file was added. Remember that this copy is not encrypted.</source>
        <translation>حُفظت النسخة باسم {path}.

وهي تطابق قيمة SHA-256 المسجّلة عند إضافة الملف. تذكّر أن هذه النسخة غير مشفّرة.</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>لم تُحفظ النسخة</translation>
    </message>
    <message>
        <source>The evidence in the journal is unchanged.</source>
        <translation>الأدلة في اليوميات لم تتغيّر.</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <extracomment>EXIF orientations that turn the picture a quarter: its width and height swap.</extracomment>
        <translation>
            <numerusform>%n بايت</numerusform>
            <numerusform>بايت واحد</numerusform>
            <numerusform>بايتان</numerusform>
            <numerusform>%n بايتات</numerusform>
            <numerusform>%n بايتًا</numerusform>
            <numerusform>%n بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} ({count} bytes)</source>
        <translation>‏{size} ({count} بايت)</translation>
    </message>
    <message>
        <source>{width} × {height} pixels as stored; shown upright as {height} × {width}, turned as the camera&apos;s orientation tag says</source>
        <translation>‏{width} × {height} بكسل كما هي محفوظة؛ تُعرض معتدلة بمقاس {height} × {width}، مُدارة كما يقول وسم الاتجاه من الكاميرا</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>‏{width} × {height} بكسل</translation>
    </message>
    <message>
        <source>Recorded by the app when the file was added</source>
        <translation>ما سجّله التطبيق عند إضافة الملف</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>ما هو</translation>
    </message>
    <message>
        <source>{kind}, {size}</source>
        <translation>‏{kind}، {size}</translation>
    </message>
    <message>
        <source>Added to the journal</source>
        <translation>أُضيف إلى اليوميات</translation>
    </message>
    <message>
        <source>File last modified</source>
        <translation>آخر تعديل للملف</translation>
    </message>
    <message>
        <source>Taken (camera&apos;s clock)</source>
        <translation>التُقطت (حسب ساعة الكاميرا)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>الأبعاد</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>التدوينة</translation>
    </message>
    <message>
        <source>Your description</source>
        <translation>وصفك</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>&lt;b&gt;For checking&lt;/b&gt; (the exact type, size and fingerprint)</source>
        <translation>&lt;b&gt;للتحقق&lt;/b&gt; (النوع والحجم والبصمة بدقة)</translation>
    </message>
    <message>
        <source>Type (from its content)</source>
        <translation>النوع (من محتواه)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <comment>the fingerprint&apos;s name; keep it as it is</comment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Something went wrong that the app did not expect while adding this file. Nothing from it was added.</source>
        <translation>حدث خطأ لم يتوقعه التطبيق أثناء إضافة هذا الملف. لم يُضف منه شيء.</translation>
    </message>
    <message>
        <source>Add evidence to this entry</source>
        <translation>إضافة أدلة إلى هذه التدوينة</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>• {name}: {text}</source>
        <translation>‏• {name}: {text}</translation>
    </message>
    <message>
        <source>Nothing from it was added.</source>
        <translation>لم يُضف منه شيء.</translation>
    </message>
    <message>
        <source>Stopping… nothing half-added will be kept.</source>
        <translation>جارٍ الإيقاف… لن يُحتفظ بأي شيء أُضيف جزئيًا.</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation>إضافة الملفات</translation>
    </message>
    <message>
        <source>Adding “{name}” ({number} of {count}): {done} of {size}.</source>
        <translation>جارٍ إضافة «{name}» ({number} من {count}): {done} من {size}.</translation>
    </message>
    <message>
        <source>Adding “{name}”: {done} of {size}.</source>
        <translation>جارٍ إضافة «{name}»: {done} من {size}.</translation>
    </message>
    <message>
        <source>It is encrypted into the journal; the original file stays where it is.</source>
        <translation>يُشفَّر داخل اليوميات؛ ويبقى الملف الأصلي في مكانه.</translation>
    </message>
    <message>
        <source>You can stop at any time; nothing half-added is kept.</source>
        <translation>يمكنك الإيقاف في أي وقت؛ لا يُحتفظ بشيء أُضيف جزئيًا.</translation>
    </message>
    <message>
        <source>Nothing was lost.</source>
        <translation>لم يُفقد شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n files were added to the entry.</source>
        <translation>
            <numerusform>لم يُضف أي ملف إلى التدوينة.</numerusform>
            <numerusform>أُضيف ملف واحد إلى التدوينة.</numerusform>
            <numerusform>أُضيف ملفان إلى التدوينة.</numerusform>
            <numerusform>أُضيفت %n ملفات إلى التدوينة.</numerusform>
            <numerusform>أُضيف %n ملفًا إلى التدوينة.</numerusform>
            <numerusform>أُضيف %n ملف إلى التدوينة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>لم يُضف:</translation>
    </message>
    <message>
        <source>Good to know (the files are stored exactly as they are):</source>
        <translation>من المفيد أن تعرف (تُحفظ الملفات كما هي تمامًا):</translation>
    </message>
    <message>
        <source>Files added</source>
        <translation>أُضيفت الملفات</translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation>لم تُضف الملفات</translation>
    </message>
    <message>
        <source>Choose an entry first</source>
        <translation>اختر تدوينة أولًا</translation>
    </message>
    <message>
        <source>Evidence belongs to an entry. Choose the entry in the list first, then drop the files on it again. Nothing was added.</source>
        <translation>الأدلة تنتمي إلى تدوينة. اختر التدوينة من القائمة أولًا، ثم أفلت الملفات عليها مرة أخرى. لم يُضف شيء.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>A video. It plays only when you choose Play.</source>
        <translation>فيديو. لا يعمل إلا عندما تختار «تشغيل».</translation>
    </message>
    <message>
        <source>A recording. It plays only when you choose Play.</source>
        <translation>تسجيل. لا يعمل إلا عندما تختار «تشغيل».</translation>
    </message>
    <message>
        <source>No sound output was found on this computer, so nothing will be heard.</source>
        <translation>لم يُعثر على مخرج صوت في هذا الحاسوب، لذا لن يُسمع شيء.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>This recording is too large to play inside the app. It stays stored unchanged; you can save a copy to play it elsewhere.</source>
        <translation>هذا التسجيل أكبر من أن يُشغَّل داخل التطبيق. يبقى محفوظًا دون تغيير؛ ويمكنك حفظ نسخة لتشغيلها في مكان آخر.</translation>
    </message>
    <message>
        <source>It could not be read. {reason}</source>
        <translation>تعذّرت قراءته. {reason}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>the reason is unknown</source>
        <translation>السبب غير معروف</translation>
    </message>
    <message>
        <source>This recording cannot be played here ({reason}). It stays stored unchanged; you can still save a copy.</source>
        <translation>لا يمكن تشغيل هذا التسجيل هنا ({reason}). يبقى محفوظًا دون تغيير؛ ولا يزال بإمكانك حفظ نسخة.</translation>
    </message>
    <message>
        <source>This picture is blurred until you choose to look.</source>
        <translation>هذه الصورة مموّهة حتى تختار أن تنظر إليها.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Show the picture clearly (you can blur it again)</source>
        <translation>عرض الصورة بوضوح (يمكنك تمويهها مرة أخرى)</translation>
    </message>
    <message>
        <source>Zoom out ({shortcut})</source>
        <translation>تصغير ({shortcut})</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>Fit the window ({shortcut})</source>
        <translation>ملاءمة النافذة ({shortcut})</translation>
    </message>
    <message>
        <source>Zoom in ({shortcut})</source>
        <translation>تكبير ({shortcut})</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Blur pictures when I open them</source>
        <translation>تمويه الصور عند فتحها</translation>
    </message>
    <message>
        <source>Blur again</source>
        <translation>تمويه</translation>
    </message>
    <message>
        <source>Shown clearly.</source>
        <translation>معروضة بوضوح.</translation>
    </message>
    <message>
        <source>Fit ({percent}%)</source>
        <translation>ملاءمة ({percent}%)</translation>
    </message>
    <message>
        <source>This file is empty (0 bytes), so there is nothing to show.</source>
        <translation>هذا الملف فارغ (0 بايت)، فلا يوجد ما يُعرض.</translation>
    </message>
    <message>
        <source>PDF documents are not previewed inside the app.</source>
        <translation>لا تُعرض مستندات PDF داخل التطبيق.</translation>
    </message>
    <message>
        <source>Files of this type ({type}) are not previewed inside the app.</source>
        <translation>لا تُعرض الملفات من هذا النوع ({type}) داخل التطبيق.</translation>
    </message>
    <message>
        <source>This picture could not be decoded for display.</source>
        <translation>تعذّرت قراءة هذه الصورة لعرضها.</translation>
    </message>
    <message>
        <source>none: kept from an imported message export</source>
        <translation>لا شيء: محفوظ من ملف رسائل مستورد</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>مرفق</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>Details of this file</source>
        <translation>تفاصيل هذا الملف</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <source>Write the original file out, unencrypted, after a warning.</source>
        <translation>حفظ الملف الأصلي دون تشفير، بعد تنبيه.</translation>
    </message>
    <message>
        <source>This evidence cannot be opened. {reason}</source>
        <translation>لا يمكن فتح هذا الدليل. {reason}</translation>
    </message>
    <message>
        <source>This file cannot be previewed here.

{reason}</source>
        <translation>لا يمكن عرض هذا الملف هنا.

{reason}</translation>
    </message>
    <message>
        <source>{reason} It stays stored unchanged; you can still save a copy.</source>
        <translation>‏{reason} يبقى محفوظًا دون تغيير؛ ولا يزال بإمكانك حفظ نسخة.</translation>
    </message>
    <message>
        <source>This picture is too large to preview inside the app.</source>
        <translation>هذه الصورة أكبر من أن تُعرض داخل التطبيق.</translation>
    </message>
    <message>
        <source>The stored copy could not be read. {reason}</source>
        <translation>تعذّرت قراءة النسخة المحفوظة. {reason}</translation>
    </message>
    <message>
        <source>The choice could not be saved</source>
        <translation>تعذّر حفظ الاختيار</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>نص الملف</translation>
    </message>
    <message>
        <source>Showing the first 2 MiB only. Save a copy to read all of it elsewhere.</source>
        <translation>يُعرض أول 2 MiB فقط. احفظ نسخة لقراءته كله في مكان آخر.</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>حفظ نسخة غير مشفّرة</translation>
    </message>
</context>
</TS>

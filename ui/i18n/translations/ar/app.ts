<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ</translation>
    </message>
    <message>
        <source>Something went wrong that the app did not expect. What was saved before is still in your journal, and you can go on.</source>
        <translation>حدث خطأ لم يتوقعه التطبيق. ما حفظته من قبل ما زال في يومياتك، ويمكنك المتابعة.</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>تدوينة &amp;جديدة</translation>
    </message>
    <message>
        <source>&amp;Edit entry</source>
        <translation>&amp;تعديل التدوينة</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Add e&amp;vidence…</source>
        <translation>إضافة &amp;أدلة…</translation>
    </message>
    <message>
        <source>Revision &amp;history</source>
        <translation>&amp;سجل التعديلات</translation>
    </message>
    <message>
        <source>&amp;Pattern over time</source>
        <translation>ال&amp;نمط عبر الزمن</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>&amp;Open another journal…</source>
        <translation>&amp;فتح يوميات أخرى…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>ال&amp;لغة…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Titles of the menus the controllers ask for by role.</extracomment>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The file itself is damaged, so it was opened read-only: nothing can be saved into it. Safety → Repair a damaged journal… copies what can be read into a new file.</source>
        <translation>الملف نفسه تالف، لذلك فُتح للقراءة فقط: لا يمكن حفظ أي شيء فيه. الأمان ← إصلاح يوميات تالفة… ينسخ ما يمكن قراءته إلى ملف جديد.</translation>
    </message>
    <message>
        <source>Some parts of this journal could not be read or were changed outside the app. Everything else is shown. Details:

{problems}</source>
        <translation>تعذّرت قراءة بعض أجزاء هذه اليوميات، أو غُيّرت خارج التطبيق. كل ما عدا ذلك معروض. التفاصيل:

{problems}</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>The app&apos;s everyday name (its disguise &quot;Notes&quot;), translated where it is shown.</extracomment>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>ال&amp;قضية</translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation>ال&amp;أمان</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation>فتح يوميات</translation>
    </message>
    <message>
        <source>Choose the entry the evidence belongs to first.</source>
        <translation>اختر أولًا التدوينة التي تخصها الأدلة.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language of the app&apos;s windows and messages:</source>
        <translation>لغة نوافذ التطبيق ورسائله:</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>لغة الحاسوب</translation>
    </message>
    <message>
        <source>The app uses the new language the next time it starts. Each export chooses its own language for the PDF, for whoever will read it.</source>
        <translation>يستخدم التطبيق اللغة الجديدة في المرة القادمة التي يبدأ فيها. وكل تصدير يختار لغة ملف PDF الخاصة به، بحسب من سيقرؤه.</translation>
    </message>
    <message>
        <source>A private place to write down what happened</source>
        <translation>مكان خاص لتدوين ما حدث</translation>
    </message>
    <message>
        <source>This app keeps a record of incidents, with photos, recordings and messages as evidence, so that you can show it to a lawyer, a court or an oversight body when you choose to.</source>
        <translation>يحفظ هذا التطبيق سجلًا للحوادث، مع الصور والتسجيلات والرسائل بوصفها أدلة، لكي تتمكن من عرضه على المحامي أو المحامية، أو على محكمة أو جهة رقابية، متى اخترت ذلك.</translation>
    </message>
    <message>
        <source>Everything is kept in &lt;b&gt;one encrypted file&lt;/b&gt;, locked with a passphrase that only you know. Nothing readable is written anywhere else on this computer.</source>
        <translation>يُحفظ كل شيء في &lt;b&gt;ملف واحد مشفَّر&lt;/b&gt;، مقفل بعبارة مرور لا يعرفها غيرك. ولا يُكتب أي شيء مقروء في أي مكان آخر على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>When you create it, you will get a &lt;b&gt;recovery code&lt;/b&gt;. It opens the file if you ever forget the passphrase. Keep it with someone you trust, not at home.</source>
        <translation>عند إنشائه ستحصل على &lt;b&gt;رمز الاسترداد&lt;/b&gt;. يفتح هذا الرمز الملف إذا نسيت عبارة المرور يومًا. احفظه عند شخص تثق به، لا في البيت.</translation>
    </message>
    <message>
        <source>Where the journal file is kept</source>
        <translation>مكان حفظ ملف اليوميات</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>You can keep it on a USB stick. The file name does not say what it is.</source>
        <translation>يمكنك حفظه على ذاكرة USB. اسم الملف لا يكشف ما هو.</translation>
    </message>
    <message>
        <source>&amp;Create my journal</source>
        <translation>&amp;إنشاء يومياتي</translation>
    </message>
    <message>
        <source>I already have one: &amp;open it…</source>
        <translation>لديّ يوميات بالفعل: ا&amp;فتحها…</translation>
    </message>
    <message>
        <source>Journal file:</source>
        <translation>ملف اليوميات:</translation>
    </message>
    <message>
        <source>Where to keep the journal</source>
        <translation>أين تُحفظ اليوميات</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Choose a passphrase&lt;/h3&gt;&lt;p&gt;A few unrelated words are easy to remember and hard to guess. Do not use one the other person might know.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;اختر عبارة مرور&lt;/h3&gt;&lt;p&gt;بضع كلمات لا صلة بينها سهلة التذكر وصعبة التخمين. لا تستخدم عبارة قد يعرفها الشخص الآخر.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>إ&amp;نشاء</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Creating the encrypted file…</source>
        <translation>جارٍ إنشاء الملف المشفَّر…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your recovery code&lt;/h3&gt;&lt;p&gt;This is shown &lt;b&gt;only once&lt;/b&gt;. Write it down or save the emergency sheet, and keep it with someone you trust or somewhere away from home. Anyone with this code and the file can read the journal.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;رمز الاسترداد الخاص بك&lt;/h3&gt;&lt;p&gt;يظهر هذا الرمز &lt;b&gt;مرة واحدة فقط&lt;/b&gt;. اكتبه أو احفظ ورقة الطوارئ، واحفظه عند شخص تثق به أو في مكان بعيد عن البيت. أي شخص لديه هذا الرمز والملف يستطيع قراءة اليوميات.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save emergency &amp;sheet (PDF)…</source>
        <translation>حفظ &amp;ورقة الطوارئ (PDF)…</translation>
    </message>
    <message>
        <source>Group of the recovery code</source>
        <translation>مجموعة من رمز الاسترداد</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;تم</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>ال&amp;مجموعة</translation>
    </message>
    <message>
        <source>That does not match the group shown above. Please check and type it again.</source>
        <translation>هذا لا يطابق المجموعة المعروضة أعلاه. يُرجى التحقق منها وكتابتها مرة أخرى.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome back&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;مرحبًا بعودتك&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Journal file: {path}</source>
        <translation>ملف اليوميات: {path}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>Use &amp;recovery code instead</source>
        <translation>استخدام &amp;رمز الاسترداد بدلًا منها</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <comment>the shape of a recovery code: keep it</comment>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Open and set the new &amp;passphrase</source>
        <translation>الفتح وتعيين &amp;عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Back to &amp;passphrase</source>
        <translation>رجوع إلى &amp;عبارة المرور</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>&amp;رمز الاسترداد</translation>
    </message>
    <message>
        <source>Then choose a new passphrase; the old one will stop working.</source>
        <translation>ثم اختر عبارة مرور جديدة؛ ستتوقف العبارة القديمة عن العمل.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Open &amp;another journal…</source>
        <translation>فتح يوميات &amp;أخرى…</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>يُرجى كتابة عبارة المرور.</translation>
    </message>
    <message>
        <source>Unlocking… this takes a moment on purpose, to slow down guessing.</source>
        <translation>جارٍ فتح القفل… يستغرق ذلك لحظة عن قصد، لإبطاء أي محاولة للتخمين.</translation>
    </message>
    <message>
        <source>Opening with the recovery code and setting the new passphrase…</source>
        <translation>جارٍ الفتح برمز الاسترداد وتعيين عبارة المرور الجديدة…</translation>
    </message>
    <message numerus="yes">
        <source>What followed within %n days</source>
        <translation>
            <numerusform>ما تلا ذلك خلال %n يوم</numerusform>
            <numerusform>ما تلا ذلك خلال يوم واحد</numerusform>
            <numerusform>ما تلا ذلك خلال يومين</numerusform>
            <numerusform>ما تلا ذلك خلال %n أيام</numerusform>
            <numerusform>ما تلا ذلك خلال %n يومًا</numerusform>
            <numerusform>ما تلا ذلك خلال %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing written down for those days.</source>
        <translation>لم يُدوَّن شيء في تلك الأيام.</translation>
    </message>
    <message>
        <source>What they did: {what}</source>
        <translation>ما فعلوه: {what}</translation>
    </message>
    <message numerus="yes">
        <source>About %n other entries</source>
        <translation>
            <numerusform>عن %n تدوينة أخرى</numerusform>
            <numerusform>عن تدوينة أخرى واحدة</numerusform>
            <numerusform>عن تدوينتين أخريين</numerusform>
            <numerusform>عن %n تدوينات أخرى</numerusform>
            <numerusform>عن %n تدوينة أخرى</numerusform>
            <numerusform>عن %n تدوينة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>When (as you said)</source>
        <translation>متى (كما ذكرت)</translation>
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
        <source>(unknown person)</source>
        <translation>(شخص غير معروف)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>{injury} (photographed)</source>
        <translation>{injury} (مصوَّرة)</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>إصابة</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>الرعاية الطبية</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>بلاغ</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>إفصاح</translation>
    </message>
    <message>
        <source>You told someone about the abuse here.</source>
        <translation>هنا أخبرت أحدًا عن الإساءة.</translation>
    </message>
    <message>
        <source>Risk noted</source>
        <translation>خطر مسجَّل</translation>
    </message>
    <message numerus="yes">
        <source>First saved {first} UTC; saved %n times ({changes}); last saved {last} UTC.</source>
        <translation>
            <numerusform>حُفظت أول مرة في {first} UTC؛ حُفظت %n مرة ({changes})؛ آخر حفظ في {last} UTC.</numerusform>
            <numerusform>حُفظت أول مرة في {first} UTC؛ حُفظت مرة واحدة ({changes})؛ آخر حفظ في {last} UTC.</numerusform>
            <numerusform>حُفظت أول مرة في {first} UTC؛ حُفظت مرتين ({changes})؛ آخر حفظ في {last} UTC.</numerusform>
            <numerusform>حُفظت أول مرة في {first} UTC؛ حُفظت %n مرات ({changes})؛ آخر حفظ في {last} UTC.</numerusform>
            <numerusform>حُفظت أول مرة في {first} UTC؛ حُفظت %n مرة ({changes})؛ آخر حفظ في {last} UTC.</numerusform>
            <numerusform>حُفظت أول مرة في {first} UTC؛ حُفظت %n مرة ({changes})؛ آخر حفظ في {last} UTC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First saved {first} UTC; saved %n times; last saved {last} UTC.</source>
        <translation>
            <numerusform>حُفظت أول مرة في {first} UTC؛ حُفظت %n مرة؛ آخر حفظ في {last} UTC.</numerusform>
            <numerusform>حُفظت أول مرة في {first} UTC؛ حُفظت مرة واحدة؛ آخر حفظ في {last} UTC.</numerusform>
            <numerusform>حُفظت أول مرة في {first} UTC؛ حُفظت مرتين؛ آخر حفظ في {last} UTC.</numerusform>
            <numerusform>حُفظت أول مرة في {first} UTC؛ حُفظت %n مرات؛ آخر حفظ في {last} UTC.</numerusform>
            <numerusform>حُفظت أول مرة في {first} UTC؛ حُفظت %n مرة؛ آخر حفظ في {last} UTC.</numerusform>
            <numerusform>حُفظت أول مرة في {first} UTC؛ حُفظت %n مرة؛ آخر حفظ في {last} UTC.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written down some time after the event.</source>
        <translation>دُوِّنت بعد مدة من الحدث.</translation>
    </message>
    <message>
        <source>Recorded by the app: {recorded}</source>
        <translation>سجّله التطبيق: {recorded}</translation>
    </message>
    <message>
        <source>{kind}, {size}</source>
        <translation>‏{kind}، {size}</translation>
    </message>
    <message>
        <source>This entry was withdrawn. Its history is kept.</source>
        <translation>سُحبت هذه التدوينة. سجلّها محفوظ.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>الملاحظات الخاصة</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>تفاصيل التدوينة</translation>
    </message>
    <message>
        <source>Choose an entry to see it here.</source>
        <translation>اختر تدوينة لتراها هنا.</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>نص البحث</translation>
    </message>
    <message>
        <source>From</source>
        <comment>a date: from this day</comment>
        <translation>من</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>تاريخ البداية</translation>
    </message>
    <message>
        <source>To</source>
        <comment>a date: up to this day</comment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>تاريخ النهاية</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>تصفية حسب النوع</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>تصفية حسب الفئة</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>Person filter</source>
        <translation>تصفية حسب الشخص</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>A disclosure or complaint. “After disclosure” shows what followed it.</source>
        <translation>إفصاح أو شكوى. يعرض «بعد الإفصاح» ما تلاه.</translation>
    </message>
    <message>
        <source>Written down later (first saved {day})</source>
        <translation>دُوِّنت لاحقًا (حُفظت أول مرة في {day})</translation>
    </message>
    <message>
        <source>{kind} · disclosure</source>
        <translation>{kind} · إفصاح</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>نتيجة البحث</translation>
    </message>
    <message>
        <source>Show &amp;all entries</source>
        <translation>عرض &amp;كل التدوينات</translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation>مسح البحث وعوامل التصفية</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n entries (search: “{query}”).</source>
        <translation>
            <numerusform>تُعرض {shown} من أصل %n تدوينة (البحث: «{query}»).</numerusform>
            <numerusform>تُعرض {shown} من أصل تدوينة واحدة (البحث: «{query}»).</numerusform>
            <numerusform>تُعرض {shown} من أصل تدوينتين (البحث: «{query}»).</numerusform>
            <numerusform>تُعرض {shown} من أصل %n تدوينات (البحث: «{query}»).</numerusform>
            <numerusform>تُعرض {shown} من أصل %n تدوينة (البحث: «{query}»).</numerusform>
            <numerusform>تُعرض {shown} من أصل %n تدوينة (البحث: «{query}»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n entries (filters on).</source>
        <translation>
            <numerusform>تُعرض {shown} من أصل %n تدوينة (مع التصفية).</numerusform>
            <numerusform>تُعرض {shown} من أصل تدوينة واحدة (مع التصفية).</numerusform>
            <numerusform>تُعرض {shown} من أصل تدوينتين (مع التصفية).</numerusform>
            <numerusform>تُعرض {shown} من أصل %n تدوينات (مع التصفية).</numerusform>
            <numerusform>تُعرض {shown} من أصل %n تدوينة (مع التصفية).</numerusform>
            <numerusform>تُعرض {shown} من أصل %n تدوينة (مع التصفية).</numerusform>
        </translation>
    </message>
    <message>
        <source>The entry you just saved does not match, so it is not shown here.</source>
        <translation>التدوينة التي حفظتها للتو لا تطابق البحث، لذلك لا تظهر هنا.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Nothing written yet. Choose “New entry” (Ctrl+N) to write down what happened; only a title and roughly when are needed.</source>
        <translation>لم يُكتب شيء بعد. اختر «تدوينة جديدة» (Ctrl+N) لتدوين ما حدث؛ لا يلزم إلا عنوان ووقت تقريبي.</translation>
    </message>
    <message>
        <source>The search could not be completed. {reason}</source>
        <translation>تعذّر إكمال البحث. {reason}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>{text}; {items}</source>
        <translation>{text}؛ {items}</translation>
    </message>
    <message>
        <source>There is already a file at {path}. Please choose a new name; nothing was overwritten.</source>
        <translation>يوجد ملف بالفعل في {path}. يُرجى اختيار اسم جديد؛ لم يُستبدل أي شيء.</translation>
    </message>
    <message>
        <source>For checking</source>
        <translation>للتحقق</translation>
    </message>
    <message>
        <source>For checking section</source>
        <translation>قسم «للتحقق»</translation>
    </message>
    <message>
        <source>Show {field}</source>
        <translation>إظهار {field}</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>إظهار ما كتبته أو إخفاؤه</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>the passphrase typed</comment>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Hide</source>
        <comment>the passphrase typed</comment>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>نصيحة بشأن عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;مرة أخرى</translation>
    </message>
    <message>
        <source>Strength: {label}.</source>
        <translation>القوة: {label}.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>العبارتان غير متطابقتين بعد.</translation>
    </message>
    <message>
        <source>Type it once more to be sure.</source>
        <translation>اكتبها مرة أخرى للتأكد.</translation>
    </message>
    <message>
        <source>the first on the first line</source>
        <extracomment>Where each group is on screen (code_lines: four on the first line, the rest on the second), whole phrases so that each language can word its own ordinals.</extracomment>
        <translation>الأولى من اليسار في السطر الأول</translation>
    </message>
    <message>
        <source>the second on the first line</source>
        <translation>الثانية من اليسار في السطر الأول</translation>
    </message>
    <message>
        <source>the third on the first line</source>
        <translation>الثالثة من اليسار في السطر الأول</translation>
    </message>
    <message>
        <source>the fourth on the first line</source>
        <translation>الرابعة من اليسار في السطر الأول</translation>
    </message>
    <message>
        <source>the first on the second line</source>
        <translation>الأولى من اليسار في السطر الثاني</translation>
    </message>
    <message>
        <source>the second on the second line</source>
        <translation>الثانية من اليسار في السطر الثاني</translation>
    </message>
    <message>
        <source>the third on the second line</source>
        <translation>الثالثة من اليسار في السطر الثاني</translation>
    </message>
    <message>
        <source>the fourth on the second line</source>
        <translation>الرابعة من اليسار في السطر الثاني</translation>
    </message>
    <message>
        <source>To be sure it is written down, type group {number} of the code here:</source>
        <translation>للتأكد من أنك دوّنته، اكتب هنا المجموعة رقم {number} من الرمز:</translation>
    </message>
    <message>
        <source>To be sure it is written down, type group {number} of the code ({where}) here:</source>
        <translation>للتأكد من أنك دوّنته، اكتب هنا المجموعة رقم {number} من الرمز ({where}):</translation>
    </message>
    <message>
        <source>Group {number}: {letters}</source>
        <translation>المجموعة {number}: {letters}</translation>
    </message>
    <message>
        <source>Save the emergency sheet</source>
        <translation>حفظ ورقة الطوارئ</translation>
    </message>
    <message>
        <source>Saved. The sheet is not encrypted: print it, then delete the file.</source>
        <translation>حُفظت. الورقة غير مشفَّرة: اطبعها، ثم احذف الملف.</translation>
    </message>
    <message>
        <source>Something went wrong that the app did not expect. Your journal was not changed.</source>
        <translation>حدث أمر لم يكن التطبيق يتوقعه. لم تتغيّر يومياتك.</translation>
    </message>
    <message>
        <source>Details: {kind}</source>
        <translation>التفاصيل: {kind}</translation>
    </message>
    <message>
        <source>The file “{name}” could not be read or written because {why}.</source>
        <translation>‏تعذّرت قراءة الملف «{name}» أو الكتابة فيه لأن {why}.</translation>
    </message>
    <message>
        <source>A file could not be read or written because {why}.</source>
        <translation>تعذّرت قراءة ملف أو الكتابة فيه لأن {why}.</translation>
    </message>
</context>
</TS>

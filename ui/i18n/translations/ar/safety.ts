<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;حول</translation>
    </message>
    <message>
        <source>Keeps things simple.</source>
        <translation>البساطة في كل شيء.</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>الإيجار</translation>
    </message>
    <message>
        <source>Groceries</source>
        <translation>البقالة</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>الكهرباء</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Bus pass</source>
        <translation>اشتراك الحافلة</translation>
    </message>
    <message>
        <source>School trip</source>
        <translation>رحلة مدرسية</translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>&quot;1,250.50&quot;, &quot;12.5&quot;, &quot;12&quot;: an amount written the plain way, whatever the language.</extracomment>
        <translation>البند</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Budget rows</source>
        <translation>بنود الميزانية</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>إضافة &amp;صف</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>المجموع: {amount}</translation>
    </message>
    <message numerus="yes">
        <source>%n items this month</source>
        <translation>
            <numerusform>لا بنود هذا الشهر</numerusform>
            <numerusform>بند واحد هذا الشهر</numerusform>
            <numerusform>بندان هذا الشهر</numerusform>
            <numerusform>%n بنود هذا الشهر</numerusform>
            <numerusform>%n بندًا هذا الشهر</numerusform>
            <numerusform>%n بند هذا الشهر</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Start typing…</source>
        <translation>ابدأ الكتابة…</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%n كلمات</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Lentil soup</source>
        <extracomment>(name, ingredients, method), in English; shown in the interface language.</extracomment>
        <translation>شوربة العدس</translation>
    </message>
    <message>
        <source>1 onion, 2 carrots, 200 g red lentils, 1 litre stock, cumin</source>
        <translation>بصلة واحدة، جزرتان، 200 غ عدس أحمر، لتر من المرق، كمون</translation>
    </message>
    <message>
        <source>Soften the onion and carrots, add the lentils, stock and a pinch of cumin, simmer for 25 minutes and blend half of it.</source>
        <translation>قلّب البصل والجزر في قليل من الزيت حتى يطريا، ثم أضف العدس والمرق ورشة كمون، واتركه على نار هادئة 25 دقيقة، ثم اخلط نصفه.</translation>
    </message>
    <message>
        <source>Banana bread</source>
        <translation>كعكة الموز</translation>
    </message>
    <message>
        <source>3 ripe bananas, 75 g butter, 150 g sugar, 1 egg, 190 g flour, 1 tsp baking soda</source>
        <translation>3 موزات ناضجة، 75 غ زبدة، 150 غ سكر، بيضة واحدة، 190 غ دقيق، ملعقة صغيرة بيكربونات الصودا</translation>
    </message>
    <message>
        <source>Mash the bananas, stir in the melted butter, sugar and egg, fold in the flour and soda, bake at 175 °C for an hour.</source>
        <translation>اهرس الموز، وأضف الزبدة المذابة والسكر والبيض وقلّب، ثم أضف الدقيق والبيكربونات برفق، واخبزها على حرارة 175 درجة مئوية لمدة ساعة.</translation>
    </message>
    <message>
        <source>Tomato pasta</source>
        <translation>مكرونة بالطماطم</translation>
    </message>
    <message>
        <source>400 g pasta, 1 tin of tomatoes, 2 cloves of garlic, olive oil, basil</source>
        <translation>400 غ مكرونة، علبة طماطم، فصّا ثوم، زيت زيتون، ريحان</translation>
    </message>
    <message>
        <source>Fry the garlic in the oil, add the tomatoes and simmer for 15 minutes, toss with the cooked pasta and basil.</source>
        <translation>اقلِ الثوم في الزيت، وأضف الطماطم واتركها على نار هادئة 15 دقيقة، ثم اخلطها مع المكرونة المسلوقة والريحان.</translation>
    </message>
    <message>
        <source>Vegetable curry</source>
        <translation>كاري الخضار</translation>
    </message>
    <message>
        <source>1 onion, 2 potatoes, 1 tin of chickpeas, 1 tin of coconut milk, curry paste</source>
        <translation>بصلة واحدة، حبتا بطاطس، علبة حمص، علبة حليب جوز الهند، معجون الكاري</translation>
    </message>
    <message>
        <source>Fry the onion and paste, add the diced potatoes, chickpeas and coconut milk, simmer until the potatoes are soft.</source>
        <translation>اقلِ البصل مع معجون الكاري، وأضف البطاطس المقطعة مكعبات والحمص وحليب جوز الهند، واتركه على نار هادئة حتى تنضج البطاطس.</translation>
    </message>
    <message>
        <source>Pancakes</source>
        <translation>فطائر البان كيك</translation>
    </message>
    <message>
        <source>100 g flour, 2 eggs, 300 ml milk, a pinch of salt</source>
        <translation>100 غ دقيق، بيضتان، 300 مل حليب، رشة ملح</translation>
    </message>
    <message>
        <source>Whisk everything smooth, rest for 10 minutes, fry thin in a hot buttered pan.</source>
        <translation>اخفق المكونات حتى يصبح الخليط ناعمًا، واتركه 10 دقائق، ثم اقلِه طبقات رقيقة في مقلاة ساخنة مدهونة بالزبدة.</translation>
    </message>
    <message>
        <source>Find a recipe</source>
        <translation>البحث عن وصفة</translation>
    </message>
    <message>
        <source>Find a recipe…</source>
        <translation>ابحث عن وصفة…</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>وصفات</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>الوصفة</translation>
    </message>
    <message numerus="yes">
        <source>%n recipes</source>
        <translation>
            <numerusform>لا وصفات</numerusform>
            <numerusform>وصفة واحدة</numerusform>
            <numerusform>وصفتان</numerusform>
            <numerusform>%n وصفات</numerusform>
            <numerusform>%n وصفة</numerusform>
            <numerusform>%n وصفة</numerusform>
        </translation>
    </message>
    <message>
        <source>You need</source>
        <translation>المكونات</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>طريقة التحضير</translation>
    </message>
    <message>
        <source>Buy milk and bread</source>
        <translation>شراء الحليب والخبز</translation>
    </message>
    <message>
        <source>Library books back</source>
        <translation>إرجاع كتب المكتبة</translation>
    </message>
    <message>
        <source>Pay the electricity bill</source>
        <translation>دفع فاتورة الكهرباء</translation>
    </message>
    <message>
        <source>Water the plants</source>
        <translation>سقي النباتات</translation>
    </message>
    <message>
        <source>Book the dentist</source>
        <translation>حجز موعد عند طبيب الأسنان</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <source>Add a task and press Enter</source>
        <translation>أضف مهمة واضغط Enter</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>{done} of {count} done</source>
        <comment>tasks ticked, of all tasks</comment>
        <translation>أُنجز {done} من {count}</translation>
    </message>
    <message>
        <source>Sunny</source>
        <translation>مشمس</translation>
    </message>
    <message>
        <source>Partly cloudy</source>
        <translation>غائم جزئيًا</translation>
    </message>
    <message>
        <source>Cloudy</source>
        <translation>غائم</translation>
    </message>
    <message>
        <source>Light rain</source>
        <translation>أمطار خفيفة</translation>
    </message>
    <message>
        <source>Showers</source>
        <translation>زخات مطر</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>صافٍ</translation>
    </message>
    <message>
        <source>Windy</source>
        <translation>رياح</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Town or postcode</source>
        <translation>المدينة أو الرمز البريدي</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>The next five days</source>
        <translation>الأيام الخمسة القادمة</translation>
    </message>
    <message>
        <source>No forecast found for “{place}” offline. Showing your saved place.</source>
        <translation>لم يُعثر على توقعات لـ«{place}» دون اتصال. يُعرض مكانك المحفوظ.</translation>
    </message>
    <message>
        <source>Your saved place · updated this morning</source>
        <translation>مكانك المحفوظ · حُدِّث هذا الصباح</translation>
    </message>
    <message>
        <source>Today: {sky}, high {high}, low {low}</source>
        <translation>اليوم: {sky}، العظمى {high}، الصغرى {low}</translation>
    </message>
    <message>
        <source>Low tonight {low}</source>
        <translation>الصغرى الليلة {low}</translation>
    </message>
    <message>
        <source>That would have opened it: the passphrase page would appear now.</source>
        <translation>كان هذا سيفتحه: كانت صفحة عبارة المرور ستظهر الآن.</translation>
    </message>
    <message>
        <source>That would not have opened it. On the real one nothing would happen. Try again.</source>
        <translation>لم يكن هذا ليفتحه. في الصفحة الحقيقية لن يحدث شيء. يمكنك المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Practise the way in</source>
        <translation>التدرّب على طريقة الدخول السرية</translation>
    </message>
    <message>
        <source>This is what the locked app shows. To get past it, type your word anywhere you can type in it, then press Enter.</source>
        <translation>هذا ما يعرضه التطبيق وهو مقفل. لتجاوزه، يمكنك كتابة كلمتك في أي مكان تُقبل فيه الكتابة، ثم الضغط على Enter.</translation>
    </message>
    <message>
        <source>This is what the locked app shows. To get past it, press your keys one after the other (nothing shows until the last one).</source>
        <translation>هذا ما يعرضه التطبيق وهو مقفل. لتجاوزه، يمكنك الضغط على مفاتيحك واحدًا بعد الآخر (لا يظهر شيء حتى آخر مفتاح).</translation>
    </message>
    <message>
        <source>Practice page</source>
        <translation>صفحة التدريب</translation>
    </message>
    <message>
        <source>Nothing given yet.</source>
        <translation>لم تُجرَّب أي محاولة بعد.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>(kept as saved: type a new one to change it)</source>
        <translation>(تبقى المحفوظة ما لم تُكتب واحدة جديدة)</translation>
    </message>
    <message>
        <source>Press {low} to {high} keys, one after the other.</source>
        <translation>يُرجى الضغط على {low} إلى {high} مفاتيح، واحدًا بعد الآخر.</translation>
    </message>
    <message>
        <source>{key} is taken by quick exit: choose other keys.</source>
        <translation>{key} مخصص للخروج السريع: يُرجى اختيار مفاتيح أخرى.</translation>
    </message>
    <message>
        <source>{key} is taken by the page&apos;s own menu: choose other keys.</source>
        <translation>{key} تستخدمه قائمة الصفحة نفسها: يُرجى اختيار مفاتيح أخرى.</translation>
    </message>
    <message>
        <source>Hold Ctrl or Alt with each key (or use F-keys), so ordinary typing never matches.</source>
        <translation>يُرجى الضغط مع كل مفتاح على Ctrl أو Alt (أو استخدام مفاتيح F)، حتى لا تطابقها الكتابة العادية أبدًا.</translation>
    </message>
    <message>
        <source>The passphrase page (not disguised)</source>
        <translation>صفحة عبارة المرور (دون تغيير المظهر)</translation>
    </message>
    <message>
        <source>A working page of the app it is named after</source>
        <translation>صفحة فعلية من التطبيق الذي يحمل اسمه</translation>
    </message>
    <message>
        <source>Type a secret &amp;word into it, then press Enter</source>
        <translation>كتابة &amp;كلمة سرية فيها ثم الضغط على Enter</translation>
    </message>
    <message>
        <source>Secret word</source>
        <translation>الكلمة السرية</translation>
    </message>
    <message>
        <source>Press a secret series of &amp;keys</source>
        <translation>الضغط على سلسلة م&amp;فاتيح سرية</translation>
    </message>
    <message>
        <source>Secret keys</source>
        <translation>المفاتيح السرية</translation>
    </message>
    <message>
        <source>&amp;Practise…</source>
        <translation>&amp;تدريب…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>الكلمة</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message numerus="yes">
        <source>Choose a word of at least %n letters.</source>
        <translation>
            <numerusform>يُرجى اختيار كلمة من %n حرف على الأقل.</numerusform>
            <numerusform>يُرجى اختيار كلمة من حرف واحد على الأقل.</numerusform>
            <numerusform>يُرجى اختيار كلمة من حرفين على الأقل.</numerusform>
            <numerusform>يُرجى اختيار كلمة من %n أحرف على الأقل.</numerusform>
            <numerusform>يُرجى اختيار كلمة من %n حرفًا على الأقل.</numerusform>
            <numerusform>يُرجى اختيار كلمة من %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a single word, without spaces.</source>
        <translation>يُرجى اختيار كلمة واحدة، دون مسافات.</translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation>لا توجد نسخة احتياطية بعد</translation>
    </message>
    <message numerus="yes">
        <source>last backup %n days ago; a fresh one keeps your record safe</source>
        <translation>
            <numerusform>آخر نسخة احتياطية قبل %n يوم؛ نسخة جديدة تُبقي سجلك في أمان</numerusform>
            <numerusform>آخر نسخة احتياطية قبل يوم واحد؛ نسخة جديدة تُبقي سجلك في أمان</numerusform>
            <numerusform>آخر نسخة احتياطية قبل يومين؛ نسخة جديدة تُبقي سجلك في أمان</numerusform>
            <numerusform>آخر نسخة احتياطية قبل %n أيام؛ نسخة جديدة تُبقي سجلك في أمان</numerusform>
            <numerusform>آخر نسخة احتياطية قبل %n يومًا؛ نسخة جديدة تُبقي سجلك في أمان</numerusform>
            <numerusform>آخر نسخة احتياطية قبل %n يوم؛ نسخة جديدة تُبقي سجلك في أمان</numerusform>
        </translation>
    </message>
    <message>
        <source>last backup {date}</source>
        <translation>آخر نسخة احتياطية: {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n entries · {backup}</source>
        <translation>
            <numerusform>لا تدوينات · {backup}</numerusform>
            <numerusform>تدوينة واحدة · {backup}</numerusform>
            <numerusform>تدوينتان · {backup}</numerusform>
            <numerusform>%n تدوينات · {backup}</numerusform>
            <numerusform>%n تدوينة · {backup}</numerusform>
            <numerusform>%n تدوينة · {backup}</numerusform>
        </translation>
    </message>
    <message>
        <source>That folder cannot be found. Is the USB stick plugged in?</source>
        <translation>تعذّر العثور على هذا المجلد. هل ذاكرة USB موصولة؟</translation>
    </message>
    <message>
        <source>The journal is {size} GiB, but this stick is formatted as FAT32, which cannot hold files over 4 GiB. A stick formatted as exFAT or NTFS will work.</source>
        <translation>حجم اليوميات {size} غيغابايت، لكن ذاكرة USB هذه مهيّأة بنظام FAT32 الذي لا يقبل ملفات أكبر من 4 غيغابايت. ذاكرة مهيّأة بنظام exFAT أو NTFS تفي بالغرض.</translation>
    </message>
    <message>
        <source>There is not enough free space there ({free} MiB free, the journal needs {needed} MiB).</source>
        <translation>لا توجد مساحة حرة كافية هناك ({free} ميغابايت حرة، وتحتاج اليوميات إلى {needed} ميغابايت).</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole journal. It opens with the same passphrase or recovery code. Keep one away from home, for example on a USB stick with someone you trust.</source>
        <translation>النسخة الاحتياطية نسخة مشفّرة من اليوميات كلها. تُفتح بعبارة المرور نفسها أو برمز الاسترداد نفسه. من الأفضل الاحتفاظ بواحدة خارج المنزل، مثلًا على ذاكرة USB لدى شخص موثوق.</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>مجلد النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Choose a folder or USB stick</source>
        <translation>اختيار مجلد أو ذاكرة USB</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>تقدّم النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Copies a backup to a new place and opens it there. Nothing existing is overwritten. You will need the passphrase the backup was made with.</source>
        <translation>تُنسخ النسخة الاحتياطية إلى مكان جديد وتُفتح هناك. لا يُستبدل أي شيء موجود. يلزم لذلك عبارة المرور التي أُنشئت بها النسخة.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>ا&amp;ستعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Unlock the journal to make a backup.</source>
        <translation>يُرجى فتح قفل اليوميات لإنشاء نسخة احتياطية.</translation>
    </message>
    <message>
        <source>No backup has been made from this app yet.</source>
        <translation>لم تُنشأ أي نسخة احتياطية من هذا التطبيق بعد.</translation>
    </message>
    <message>
        <source>Last backup: {when} (today).</source>
        <translation>آخر نسخة احتياطية: {when} (اليوم).</translation>
    </message>
    <message numerus="yes">
        <source>Last backup: {when} (%n days ago).</source>
        <translation>
            <numerusform>آخر نسخة احتياطية: {when} (قبل %n يوم).</numerusform>
            <numerusform>آخر نسخة احتياطية: {when} (قبل يوم واحد).</numerusform>
            <numerusform>آخر نسخة احتياطية: {when} (قبل يومين).</numerusform>
            <numerusform>آخر نسخة احتياطية: {when} (قبل %n أيام).</numerusform>
            <numerusform>آخر نسخة احتياطية: {when} (قبل %n يومًا).</numerusform>
            <numerusform>آخر نسخة احتياطية: {when} (قبل %n يوم).</numerusform>
        </translation>
    </message>
    <message>
        <source>Where to put the backup</source>
        <translation>مكان حفظ النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Please choose a folder or USB stick first.</source>
        <translation>يُرجى اختيار مجلد أو ذاكرة USB أولًا.</translation>
    </message>
    <message>
        <source>Writing the copy and checking it against the journal…</source>
        <translation>جارٍ كتابة النسخة ومطابقتها مع اليوميات…</translation>
    </message>
    <message>
        <source>Done. The copy was checked and saved as {file}.</source>
        <translation>تم. جرى التحقق من النسخة وحُفظت باسم {file}.</translation>
    </message>
    <message>
        <source>Your journal is unchanged.</source>
        <translation>يومياتك لم تتغيّر.</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>اختيار النسخة الاحتياطية المراد استعادتها</translation>
    </message>
    <message>
        <source>Where to put the restored journal</source>
        <translation>مكان حفظ اليوميات المستعادة</translation>
    </message>
    <message>
        <source>Copying the backup and checking the copy…</source>
        <translation>جارٍ نسخ النسخة الاحتياطية والتحقق من النسخة…</translation>
    </message>
    <message>
        <source>Restored to {file}. It will open next.</source>
        <translation>استُعيدت إلى {file}. ستُفتح بعد ذلك.</translation>
    </message>
    <message>
        <source>Examples of places worth listing: a domestic-violence service or helpline, legal aid, the independent police-oversight body, the prosecutor&apos;s office, and a way to report that does not go through the local police command. No numbers are built in: add the ones that are right where you live.</source>
        <translation>أمثلة على جهات تستحق أن تُدرج: خدمة أو خط مساعدة لمناهضة العنف الأسري، والمساعدة القانونية، والهيئة المستقلة للرقابة على الشرطة، والنيابة العامة، وطريقة للإبلاغ لا تمرّ عبر قيادة الشرطة المحلية. لا توجد أرقام مدمجة في التطبيق: يمكنك إضافة الأرقام المناسبة لمكان إقامتك.</translation>
    </message>
    <message>
        <source>Support contacts</source>
        <translation>جهات الدعم</translation>
    </message>
    <message>
        <source>Phone, address, website, opening hours…</source>
        <translation>الهاتف، العنوان، الموقع الإلكتروني، ساعات العمل…</translation>
    </message>
    <message>
        <source>Who to ask for, what to bring, what they said…</source>
        <translation>من يُسأل عنه، وما يُحضَر، وما قالوه…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;How to reach</source>
        <translation>&amp;طريقة التواصل</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>&amp;Add a contact</source>
        <translation>إ&amp;ضافة جهة</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>&amp;Save the list</source>
        <translation>&amp;حفظ القائمة</translation>
    </message>
    <message>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(بلا اسم بعد)</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>لم يُحفظ بعد.</translation>
    </message>
    <message>
        <source>Removed. Save the list to keep this change.</source>
        <translation>أُزيلت. يُرجى حفظ القائمة للإبقاء على هذا التغيير.</translation>
    </message>
    <message>
        <source>Nothing was lost; the list is as you left it.</source>
        <translation>لم يضِع شيء؛ القائمة كما تركتها.</translation>
    </message>
    <message>
        <source>Saved inside the encrypted journal.</source>
        <translation>حُفظت داخل اليوميات المشفّرة.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>خروج سريع</translation>
    </message>
    <message>
        <source>Lock and hide everything at once ({key}, or Esc twice)</source>
        <translation>قفل كل شيء وإخفاؤه فورًا ({key}، أو Esc مرتين)</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minutes without use, to keep it private. Anything you were writing was kept, encrypted.</source>
        <translation>
            <numerusform>قُفلت اليوميات بعد %n دقيقة دون استخدام، حفاظًا على خصوصيتها. حُفظ مشفّرًا كل ما كان قيد الكتابة.</numerusform>
            <numerusform>قُفلت اليوميات بعد دقيقة واحدة دون استخدام، حفاظًا على خصوصيتها. حُفظ مشفّرًا كل ما كان قيد الكتابة.</numerusform>
            <numerusform>قُفلت اليوميات بعد دقيقتين دون استخدام، حفاظًا على خصوصيتها. حُفظ مشفّرًا كل ما كان قيد الكتابة.</numerusform>
            <numerusform>قُفلت اليوميات بعد %n دقائق دون استخدام، حفاظًا على خصوصيتها. حُفظ مشفّرًا كل ما كان قيد الكتابة.</numerusform>
            <numerusform>قُفلت اليوميات بعد %n دقيقة دون استخدام، حفاظًا على خصوصيتها. حُفظ مشفّرًا كل ما كان قيد الكتابة.</numerusform>
            <numerusform>قُفلت اليوميات بعد %n دقيقة دون استخدام، حفاظًا على خصوصيتها. حُفظ مشفّرًا كل ما كان قيد الكتابة.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>Key (kept in settings) -&gt; the name, in English; shown through `tr` (`look_name`).</extracomment>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>الطقس</translation>
    </message>
    <message>
        <source>You have an unfinished entry (“{title}”).</source>
        <translation>لديك تدوينة لم تكتمل («{title}»).</translation>
    </message>
    <message>
        <source>You have an unfinished entry.</source>
        <translation>لديك تدوينة لم تكتمل.</translation>
    </message>
    <message>
        <source>It is a new entry you were writing on {when}. It was kept, encrypted, when the journal closed. You can go on with it now, or later.</source>
        <translation>إنها تدوينة جديدة كانت قيد الكتابة في {when}. حُفظت مشفّرة عند إغلاق اليوميات. يمكنك متابعتها الآن أو لاحقًا.</translation>
    </message>
    <message>
        <source>It is changes to an entry you were writing on {when}. It was kept, encrypted, when the journal closed. You can go on with it now, or later.</source>
        <translation>إنها تغييرات على تدوينة كانت قيد الكتابة في {when}. حُفظت مشفّرة عند إغلاق اليوميات. يمكنك متابعتها الآن أو لاحقًا.</translation>
    </message>
    <message>
        <source>&amp;Continue writing</source>
        <translation>&amp;متابعة الكتابة</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
    <message>
        <source>Passphrase and recovery code</source>
        <translation>عبارة المرور ورمز الاسترداد</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;رمز الاسترداد</translation>
    </message>
    <message>
        <source>&amp;Signing key</source>
        <translation>م&amp;فتاح التوقيع</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Choose a new passphrase that the other person could not guess. The old one stops working here; the recovery code stays the same.</source>
        <translation>يُرجى اختيار عبارة مرور جديدة لا يستطيع الطرف الآخر تخمينها. تتوقف العبارة القديمة عن العمل هنا، ويبقى رمز الاسترداد كما هو.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>عبارة المرور ال&amp;حالية</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <source>Please type your current passphrase first.</source>
        <translation>يُرجى كتابة عبارة المرور الحالية أولًا.</translation>
    </message>
    <message>
        <source>Changing the passphrase… this takes a moment on purpose.</source>
        <translation>جارٍ تغيير عبارة المرور… يستغرق ذلك لحظات عن قصد.</translation>
    </message>
    <message>
        <source>Done. From now on the journal opens with the new passphrase. Exports are now signed with a new signing key (see the Signing key tab).</source>
        <translation>تم. من الآن تُفتح اليوميات بعبارة المرور الجديدة. وتُوقَّع الملفات المُصدَّرة الآن بمفتاح توقيع جديد (التفاصيل في تبويب مفتاح التوقيع).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>If the recovery code may have been seen by someone else, make a new one. The old code stops working at once. The new one is shown only once.</source>
        <translation>إذا كان رمز الاسترداد قد اطّلع عليه شخص آخر، فمن الأفضل إنشاء رمز جديد. يتوقف الرمز القديم عن العمل فورًا، ويُعرض الرمز الجديد مرة واحدة فقط.</translation>
    </message>
    <message>
        <source>Make a &amp;new recovery code</source>
        <translation>إنشاء رمز استرداد &amp;جديد</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>رمز الاسترداد الجديد</translation>
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
        <source>I have &amp;written it down</source>
        <translation>&amp;دوّنته</translation>
    </message>
    <message>
        <source>Keep it with someone you trust or away from home, not with the computer.</source>
        <translation>يُحفظ لدى شخص موثوق أو خارج المنزل، لا مع الحاسوب.</translation>
    </message>
    <message>
        <source>Exports are signed so that whoever receives one can check it was not changed. The signing-key fingerprint identifies the key: read it to them by phone or give it on paper, so they can compare it.</source>
        <translation>تُوقَّع الملفات المُصدَّرة حتى يتمكن من يستلمها من التحقق من أنها لم تُغيَّر. بصمة مفتاح التوقيع تعرّف المفتاح: يمكن قراءتها لهم بالهاتف أو إعطاؤها على ورقة، ليقارنوها.</translation>
    </message>
    <message>
        <source>A new signing key is made each time you change the passphrase or the recovery code. Every backup or old copy of this journal still holds the signing key that was in use when it was made, so someone who has an old copy and the old passphrase could sign files with that old key, but never with the new one.</source>
        <translation>يُنشأ مفتاح توقيع جديد في كل مرة تُغيَّر فيها عبارة المرور أو رمز الاسترداد. كل نسخة احتياطية أو نسخة قديمة من هذه اليوميات تحتفظ بمفتاح التوقيع الذي كان مستخدمًا عند إنشائها، لذا فمن يملك نسخة قديمة وعبارة المرور القديمة يستطيع توقيع ملفات بذلك المفتاح القديم، لكنه لا يستطيع ذلك أبدًا بالمفتاح الجديد.</translation>
    </message>
    <message>
        <source>If you think an old copy was taken, make a new signing key and give the new fingerprint to the people who receive your exports. The old key signs a short note naming the new one, which goes into every bundle.</source>
        <translation>إذا كان هناك ما يدعو إلى الظن بأن نسخة قديمة أُخذت، فمن الأفضل إنشاء مفتاح توقيع جديد وإعطاء البصمة الجديدة لمن يستلمون ملفاتك المُصدَّرة. يوقّع المفتاح القديم ملاحظة قصيرة تذكر المفتاح الجديد، وتُضاف إلى كل حزمة.</translation>
    </message>
    <message>
        <source>Signing-key fingerprint</source>
        <translation>بصمة مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Make a new &amp;signing key</source>
        <translation>إنشاء مفتاح &amp;توقيع جديد</translation>
    </message>
    <message>
        <source>Every signing key of this journal, newest first:</source>
        <translation>كل مفاتيح التوقيع لهذه اليوميات، من الأحدث إلى الأقدم:</translation>
    </message>
    <message>
        <source>Signing-key fingerprint now in use:</source>
        <translation>بصمة مفتاح التوقيع المستخدم الآن:</translation>
    </message>
    <message>
        <source>Making a new signing key…</source>
        <translation>جارٍ إنشاء مفتاح توقيع جديد…</translation>
    </message>
    <message>
        <source>Done. Exports from now on are signed with the new key. Bundles you made before keep the old one. Give the new fingerprint to the people who receive your exports.</source>
        <translation>تم. من الآن تُوقَّع الملفات المُصدَّرة بالمفتاح الجديد. الحزم التي أُنشئت من قبل تحتفظ بالمفتاح القديم. يُرجى إعطاء البصمة الجديدة لمن يستلمون ملفاتك المُصدَّرة.</translation>
    </message>
    <message>
        <source>Making a new recovery code…</source>
        <translation>جارٍ إنشاء رمز استرداد جديد…</translation>
    </message>
    <message>
        <source>The old recovery code no longer works. Exports are now signed with a new signing key (see the Signing key tab).</source>
        <translation>لم يعد رمز الاسترداد القديم يعمل. وتُوقَّع الملفات المُصدَّرة الآن بمفتاح توقيع جديد (التفاصيل في تبويب مفتاح التوقيع).</translation>
    </message>
    <message>
        <source>That does not match the group shown. Please check it.</source>
        <translation>لا يطابق هذا المجموعة المعروضة. يُرجى التحقق منه.</translation>
    </message>
    <message>
        <source>Thank you. The new code is not shown again.</source>
        <translation>شكرًا. لن يُعرض الرمز الجديد مرة أخرى.</translation>
    </message>
    <message>
        <source>Safety &amp;settings…</source>
        <translation>إعدادات ال&amp;أمان…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>ال&amp;نسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>&amp;Passphrase and recovery code…</source>
        <translation>&amp;عبارة المرور ورمز الاسترداد…</translation>
    </message>
    <message>
        <source>&amp;Staying safe…</source>
        <translation>ال&amp;بقاء في أمان…</translation>
    </message>
    <message>
        <source>&amp;Repair a damaged journal…</source>
        <translation>إ&amp;صلاح يوميات تالفة…</translation>
    </message>
    <message>
        <source>To open this file in another program, an unencrypted copy has to be made. It is kept in a private temporary folder (in memory where this computer allows it) and is wiped when you lock, use quick exit or close the app.

The other program may still remember it: in its list of recent files, in a thumbnail, or in its own backups. If someone else may look through this computer, viewing the file here is safer.</source>
        <translation>لفتح هذا الملف في برنامج آخر، يجب إنشاء نسخة غير مشفّرة منه. تُحفظ في مجلد مؤقت خاص (في الذاكرة إن سمح هذا الحاسوب بذلك)، وتُمحى عند القفل أو الخروج السريع أو إغلاق التطبيق.

قد يتذكرها البرنامج الآخر مع ذلك: في قائمة ملفاته الأخيرة، أو في صورة مصغّرة، أو في نسخه الاحتياطية. إذا كان شخص آخر قد يفتّش هذا الحاسوب، فعرض الملف هنا أكثر أمانًا.</translation>
    </message>
    <message>
        <source>Open in another program…</source>
        <translation>فتح في برنامج آخر…</translation>
    </message>
    <message>
        <source>Makes a temporary unencrypted copy, after a warning.</source>
        <translation>يُنشئ نسخة مؤقتة غير مشفّرة، بعد تنبيه.</translation>
    </message>
    <message>
        <source>Open in another program?</source>
        <translation>فتح الملف في برنامج آخر؟</translation>
    </message>
    <message>
        <source>This makes a temporary copy that is NOT encrypted.</source>
        <translation>سيُنشئ هذا نسخة مؤقتة غير مشفّرة.</translation>
    </message>
    <message>
        <source>Make the copy and open it</source>
        <translation>إنشاء النسخة وفتحها</translation>
    </message>
    <message>
        <source>No program on this computer offered to open this kind of file.</source>
        <translation>لم يعرض أي برنامج على هذا الحاسوب فتح هذا النوع من الملفات.</translation>
    </message>
    <message>
        <source>The copy could not be made. {reason}</source>
        <translation>تعذّر إنشاء النسخة. {reason}</translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation>فتح في برنامج آخر</translation>
    </message>
    <message>
        <source>Lock and hide everything at once ({key})</source>
        <translation>قفل كل شيء وإخفاؤه فورًا ({key})</translation>
    </message>
    <message>
        <source>If a journal file was damaged (a failing disk, a pulled USB stick, a bad copy), this copies everything that can still be read into a new journal file. The damaged file is only read, never changed. The new file opens with the same passphrase, and what it holds still matches exports made before the damage.</source>
        <translation>إذا تلف ملف اليوميات (قرص يتعطل، أو ذاكرة USB نُزعت فجأة، أو نسخ معيب)، فهذا ينسخ كل ما يمكن قراءته إلى ملف يوميات جديد. الملف التالف يُقرأ فقط ولا يُغيَّر أبدًا. يُفتح الملف الجديد بعبارة المرور نفسها، وما يحويه يبقى مطابقًا للملفات المُصدَّرة قبل التلف.</translation>
    </message>
    <message>
        <source>Copied into {file}. Saved versions: {saved} of {found}. Evidence files: {files_saved} of {files_found}.</source>
        <translation>نُسخ إلى {file}. الإصدارات المحفوظة: {saved} من {found}. ملفات الأدلة: {files_saved} من {files_found}.</translation>
    </message>
    <message>
        <source>Part of the file was missing; what followed the gap was lined up again before copying.</source>
        <translation>كان جزء من الملف مفقودًا؛ وأُعيدت محاذاة ما بعد الفجوة قبل النسخ.</translation>
    </message>
    <message>
        <source>The settings could not be read; the new journal starts them afresh.</source>
        <translation>تعذّرت قراءة الإعدادات؛ ستبدأ اليوميات الجديدة بإعدادات جديدة.</translation>
    </message>
    <message>
        <source>Nothing was lost.</source>
        <translation>لم يُفقد شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n things could not be saved; they are listed below.</source>
        <translation>
            <numerusform>تعذّر حفظ %n عنصر؛ وهي مذكورة أدناه.</numerusform>
            <numerusform>تعذّر حفظ عنصر واحد؛ وهو مذكور أدناه.</numerusform>
            <numerusform>تعذّر حفظ عنصرين؛ وهما مذكوران أدناه.</numerusform>
            <numerusform>تعذّر حفظ %n عناصر؛ وهي مذكورة أدناه.</numerusform>
            <numerusform>تعذّر حفظ %n عنصرًا؛ وهي مذكورة أدناه.</numerusform>
            <numerusform>تعذّر حفظ %n عنصر؛ وهي مذكورة أدناه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repair a damaged journal</source>
        <translation>إصلاح يوميات تالفة</translation>
    </message>
    <message>
        <source>Damaged journal file</source>
        <translation>ملف اليوميات التالف</translation>
    </message>
    <message>
        <source>Passphrase of the damaged journal</source>
        <translation>عبارة مرور اليوميات التالفة</translation>
    </message>
    <message>
        <source>New journal file</source>
        <translation>ملف اليوميات الجديد</translation>
    </message>
    <message>
        <source>Damaged journal:</source>
        <translation>اليوميات التالفة:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>New journal file:</source>
        <translation>ملف اليوميات الجديد:</translation>
    </message>
    <message>
        <source>&amp;Repair into the new file</source>
        <translation>إ&amp;صلاح إلى الملف الجديد</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <source>&amp;Open the repaired journal</source>
        <translation>&amp;فتح اليوميات المُصلَحة</translation>
    </message>
    <message>
        <source>Repair progress</source>
        <translation>تقدّم الإصلاح</translation>
    </message>
    <message>
        <source>What could not be saved</source>
        <translation>ما تعذّر حفظه</translation>
    </message>
    <message>
        <source>The damaged journal</source>
        <translation>اليوميات التالفة</translation>
    </message>
    <message>
        <source>The new journal file</source>
        <translation>ملف اليوميات الجديد</translation>
    </message>
    <message>
        <source>Please choose the damaged journal and a new file name.</source>
        <translation>يُرجى اختيار اليوميات التالفة واسم للملف الجديد.</translation>
    </message>
    <message>
        <source>Reading the damaged journal and copying what can be read…</source>
        <translation>جارٍ قراءة اليوميات التالفة ونسخ ما يمكن قراءته…</translation>
    </message>
    <message>
        <source>Stopped. No new file was left behind.</source>
        <translation>توقّف. لم يبقَ أي ملف جديد.</translation>
    </message>
    <message>
        <source>The repair stopped because of something the app did not expect. No new file was left behind, and the damaged journal was not changed.</source>
        <translation>توقّف الإصلاح بسبب أمر لم يتوقعه التطبيق. لم يبقَ أي ملف جديد، ولم تتغيّر اليوميات التالفة.</translation>
    </message>
    <message>
        <source>The damaged journal was not changed.</source>
        <translation>لم تتغيّر اليوميات التالفة.</translation>
    </message>
    <message>
        <source>If you are in danger now</source>
        <extracomment>A tab&apos;s sections: (heading, its points). One string per point, so that a translator works on a sentence or two at a time; {key} is the quick-exit key.</extracomment>
        <translation>إذا كنت في خطر الآن</translation>
    </message>
    <message>
        <source>&lt;b&gt;Get to a safe place&lt;/b&gt; if you can: another room with a lock, a neighbour, a shop, anywhere with other people.</source>
        <translation>&lt;b&gt;الذهاب إلى مكان آمن&lt;/b&gt; إن أمكن: غرفة أخرى لها قفل، أو عند جار، أو متجر، أو أي مكان فيه أشخاص آخرون.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call your local emergency number&lt;/b&gt; if it is safe to. If you cannot speak, many emergency services can be reached by text message: find out now how it works where you live.</source>
        <translation>&lt;b&gt;الاتصال برقم الطوارئ المحلي&lt;/b&gt; إن كان ذلك آمنًا. إن لم يكن الكلام ممكنًا، فكثير من خدمات الطوارئ يمكن الوصول إليها برسالة نصية: من المفيد معرفة طريقة ذلك في مكان إقامتك من الآن.</translation>
    </message>
    <message>
        <source>If the person hurting you is a police officer, you can still call. You can say that the person is an officer and ask for a supervisor, or for officers from another station.</source>
        <translation>إذا كان الشخص الذي يؤذيك شرطيًا، فما زال بإمكانك الاتصال. يمكنك القول إن هذا الشخص شرطي وطلب التحدث إلى مسؤول أعلى، أو طلب أفراد شرطة من مركز آخر.</translation>
    </message>
    <message>
        <source>Your &lt;b&gt;support contacts&lt;/b&gt; (the last tab) are the people and services you chose to have at hand: a helpline, an advocate, a friend.</source>
        <translation>&lt;b&gt;جهات الدعم&lt;/b&gt; الخاصة بك (التبويب الأخير) هي الأشخاص والخدمات التي اخترت أن تكون في متناولك: خط مساعدة، أو جهة مناصرة، أو صديق.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This journal can wait.&lt;/b&gt; Quick exit (the button at the top, {key}) hides it at once, and what you were writing is kept.</source>
        <translation>&lt;b&gt;هذه اليوميات يمكنها الانتظار.&lt;/b&gt; الخروج السريع (الزر في الأعلى، {key}) يخفيها فورًا، ويُحفظ ما كان قيد الكتابة.</translation>
    </message>
    <message>
        <source>What this app protects</source>
        <translation>ما يحميه هذا التطبيق</translation>
    </message>
    <message>
        <source>Everything you write and every piece of evidence is kept in &lt;b&gt;one encrypted file&lt;/b&gt;. Without your passphrase or recovery code it cannot be read, even by someone who copies the file or takes the computer.</source>
        <translation>كل ما يُكتب هنا وكل دليل يُحفظ في &lt;b&gt;ملف واحد مشفّر&lt;/b&gt;. لا يمكن قراءته دون عبارة المرور أو رمز الاسترداد، حتى لو نسخ أحدهم الملف أو أخذ الحاسوب.</translation>
    </message>
    <message>
        <source>Nothing readable is written anywhere else on this computer: no temporary files, no thumbnails, no recent-files lists, no readable settings.</source>
        <translation>لا يُكتب أي شيء مقروء في أي مكان آخر على هذا الحاسوب: لا ملفات مؤقتة، ولا صور مصغّرة، ولا قوائم ملفات أخيرة، ولا إعدادات مقروءة.</translation>
    </message>
    <message>
        <source>It locks itself when you stop using it for a while, and when the screen locks.</source>
        <translation>يُقفل نفسه عند التوقف عن استخدامه لبعض الوقت، وعند قفل الشاشة.</translation>
    </message>
    <message>
        <source>Every saved change is kept with the time it was saved, so a lawyer or court can see that the record was not changed afterwards.</source>
        <translation>كل تغيير محفوظ يُحتفظ به مع وقت حفظه، حتى يتمكن المحامي أو المحامية أو المحكمة من رؤية أن السجل لم يُغيَّر لاحقًا.</translation>
    </message>
    <message>
        <source>What it cannot protect against</source>
        <translation>ما لا يستطيع الحماية منه</translation>
    </message>
    <message>
        <source>&lt;b&gt;A keylogger&lt;/b&gt; or other spying program on this computer: it can see what you type, including the passphrase.</source>
        <translation>&lt;b&gt;برنامج تسجيل لوحة المفاتيح&lt;/b&gt; أو أي برنامج تجسس آخر على هذا الحاسوب: يمكنه رؤية ما يُكتب، بما في ذلك عبارة المرور.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone watching the screen&lt;/b&gt;, or a camera pointed at it, while the journal is open.</source>
        <translation>&lt;b&gt;شخص يراقب الشاشة&lt;/b&gt;، أو كاميرا موجّهة إليها، أثناء فتح اليوميات.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A computer the other person controls&lt;/b&gt; (they set it up, know its password, or can install programs on it).</source>
        <translation>&lt;b&gt;حاسوب يتحكم فيه الطرف الآخر&lt;/b&gt; (هو من أعدّه، أو يعرف كلمة مروره، أو يستطيع تثبيت برامج عليه).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stalkerware on a phone&lt;/b&gt;: photos and messages may be seen on the phone before they reach this app.</source>
        <translation>&lt;b&gt;برامج التجسس على الهاتف&lt;/b&gt;: قد تُرى الصور والرسائل على الهاتف قبل أن تصل إلى هذا التطبيق.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A cloud account the other person can reach&lt;/b&gt;: files synced there (photos, backups, exports) may be seen by them.</source>
        <translation>&lt;b&gt;حساب سحابي يستطيع الطرف الآخر الوصول إليه&lt;/b&gt;: قد يرى الملفات التي تُزامَن إليه (الصور، والنسخ الاحتياطية، والملفات المُصدَّرة).</translation>
    </message>
    <message>
        <source>Using it more safely</source>
        <translation>استخدامه بأمان أكبر</translation>
    </message>
    <message>
        <source>If you can, use a computer the other person cannot reach, for example at a friend&apos;s, at work or at a library you trust.</source>
        <translation>إن أمكن، من الأفضل استخدام حاسوب لا يستطيع الطرف الآخر الوصول إليه، مثلًا عند صديق، أو في العمل، أو في مكتبة عامة موثوقة.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quick exit&lt;/b&gt;: the button at the top, &lt;b&gt;{key}&lt;/b&gt;, or &lt;b&gt;Esc twice&lt;/b&gt; locks everything and hides the app at once. Under Safety settings you can choose an empty notepad to appear instead.</source>
        <translation>&lt;b&gt;الخروج السريع&lt;/b&gt;: الزر في الأعلى، أو &lt;b&gt;{key}&lt;/b&gt;، أو &lt;b&gt;Esc مرتين&lt;/b&gt; يقفل كل شيء ويخفي التطبيق فورًا. في إعدادات الأمان يمكن اختيار مفكرة فارغة تظهر بدلًا منه.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Disguise&lt;/b&gt;: under Safety settings you can give the app another name and icon (Notes, Budget, Recipes…).</source>
        <translation>&lt;b&gt;المظهر&lt;/b&gt;: في إعدادات الأمان يمكن إعطاء التطبيق اسمًا وأيقونة أخرى (ملاحظات، الميزانية، وصفات…).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups&lt;/b&gt;: make one regularly and keep it away from home, with someone you trust. Keep the &lt;b&gt;recovery code&lt;/b&gt; there too, not with the computer.</source>
        <translation>&lt;b&gt;النسخ الاحتياطية&lt;/b&gt;: من الأفضل إنشاء نسخة بانتظام والاحتفاظ بها خارج المنزل، لدى شخص موثوق. ويُحفظ &lt;b&gt;رمز الاسترداد&lt;/b&gt; هناك أيضًا، لا مع الحاسوب.</translation>
    </message>
    <message>
        <source>Exports (PDFs, bundles) and saved copies of evidence are &lt;b&gt;not encrypted&lt;/b&gt;. Save them to a USB stick, hand them over, then delete them.</source>
        <translation>الملفات المُصدَّرة (ملفات PDF، والحزم) والنسخ المحفوظة من الأدلة &lt;b&gt;غير مشفّرة&lt;/b&gt;. يُستحسن حفظها على ذاكرة USB، وتسليمها، ثم حذفها.</translation>
    </message>
    <message>
        <source>If you think someone knows your passphrase or has seen the recovery code, change them under Passphrase and recovery code.</source>
        <translation>إذا كان هناك ما يدعو إلى الظن بأن أحدًا يعرف عبارة المرور أو رأى رمز الاسترداد، فيمكن تغييرهما من «عبارة المرور ورمز الاسترداد».</translation>
    </message>
    <message>
        <source>In danger now</source>
        <translation>في خطر الآن</translation>
    </message>
    <message>
        <source>What it protects</source>
        <translation>ما يحميه</translation>
    </message>
    <message>
        <source>Using it safely</source>
        <translation>الاستخدام بأمان</translation>
    </message>
    <message>
        <source>Staying safe</source>
        <translation>البقاء في أمان</translation>
    </message>
    <message>
        <source>My support contacts</source>
        <translation>جهات الدعم الخاصة بي</translation>
    </message>
    <message>
        <source>Your list of support contacts is kept inside the encrypted journal. Unlock it to see or change the list.</source>
        <translation>قائمة جهات الدعم محفوظة داخل اليوميات المشفّرة. يُرجى فتح قفلها لرؤية القائمة أو تغييرها.</translation>
    </message>
    <message>
        <source>Safety settings</source>
        <translation>إعدادات الأمان</translation>
    </message>
    <message>
        <source>Name and icon</source>
        <translation>الاسم والأيقونة</translation>
    </message>
    <message>
        <source>Lock after this long without use</source>
        <translation>القفل بعد هذه المدة دون استخدام</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>إغلاق التطبيق</translation>
    </message>
    <message>
        <source>&amp;Name and icon</source>
        <translation>الا&amp;سم والأيقونة</translation>
    </message>
    <message>
        <source>What the app is called in window titles and the taskbar. Pick one that would not draw attention on this computer.</source>
        <translation>اسم التطبيق في عناوين النوافذ وشريط المهام. من الأفضل اختيار اسم لا يلفت الانتباه على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>When locked, show</source>
        <translation>عند القفل، يُعرض</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>ال&amp;قفل بعد</translation>
    </message>
    <message>
        <source>The journal also locks when the computer&apos;s screen locks or sleeps.</source>
        <translation>تُقفل اليوميات أيضًا عند قفل شاشة الحاسوب أو دخوله في وضع السكون.</translation>
    </message>
    <message>
        <source>After quick exit</source>
        <translation>بعد الخروج السريع</translation>
    </message>
    <message>
        <source>Quick exit: the button at the top, {key}, or Esc pressed twice. From the empty notepad, {back} brings back the passphrase screen; from a working page, your secret way in does.</source>
        <translation>الخروج السريع: الزر في الأعلى، أو {key}، أو الضغط على Esc مرتين. من المفكرة الفارغة، يعيد {back} شاشة عبارة المرور؛ ومن الصفحة الفعلية، تعيدها طريقة الدخول السرية.</translation>
    </message>
    <message>
        <source>Show the working page, as when locked</source>
        <translation>عرض الصفحة الفعلية، كما عند القفل</translation>
    </message>
    <message>
        <source>Show an empty notepad instead</source>
        <translation>عرض مفكرة فارغة بدلًا منه</translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <comment>after a number: lock after 5 minutes</comment>
        <translation>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقائق</numerusform>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقيقة</numerusform>
        </translation>
    </message>
</context>
</TS>

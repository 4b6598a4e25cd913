# Sharing one department across laptops: Settings, the Sync page, the top bar.

nav-sync = المشاركة
error-shared-folder-missing = لم يُعثر على المجلد المشترك. إذا كان على ذاكرة USB أو في السحابة، يرجى توصيله والمحاولة مجددًا، أو اختيار مجلد آخر.

first-run-join = الانضمام إلى قسم يشارك أصلًا
first-run-join-hint = حاسوب إضافي للقسم: تصل كل السجلات من المجلد المشترك، بملف الانضمام.

# Settings
sync-settings-title = المشاركة بين الحواسيب
sync-settings-intro = يكتب كل حاسوب في القسم تغييراته في مجلد يزامنه القسم أصلًا (Syncthing أو OneDrive أو Google Drive أو مجلد شبكة أو ذاكرة USB)، ويقرأ منه تغييرات الآخرين. كل شيء مشفّر بمفتاح القسم، فلا ترى السحابة أسماء ولا أرقام هواتف ولا ملخصات زيارات.
sync-laptop-name = اسم هذا الحاسوب كما سيعرفه الطاقم
sync-laptop-name-hint = مثلًا: حاسوب ميخال
sync-create = تفعيل المشاركة لقسم جديد
sync-create-help = يُختار المجلد المشترك، ثم يُحفظ ملف الانضمام الذي ستستعمله الحواسيب الأخرى.
sync-join = الانضمام إلى قسم قائم
sync-join-help = يُختار ملف الانضمام الذي أُنشئ في حاسوب القسم، ثم المجلد المشترك نفسه.
sync-join-has-records = في هذا الحاسوب سجلات خاصة به. لن تُحذف.
sync-join-merge = دمج سجلات هذا الحاسوب في سجلات القسم
sync-join-merge-needed = للانضمام، يرجى اختيار دمج السجلات، أو الانضمام من قاعدة بيانات فارغة.
sync-created = فُعّلت المشاركة. حُفظ ملف الانضمام هنا:
sync-created-no-file = فُعّلت المشاركة. يمكن حفظ ملف الانضمام في أي وقت.
sync-joined = انضم هذا الحاسوب إلى القسم. وصلت { $changes } تغييرات.
sync-joined-snapshot = انضم هذا الحاسوب إلى القسم، وبدأ من أحدث لقطة لـ { $laptop }. وصلت { $changes } تغييرات.
sync-join-file-saved = حُفظ ملف الانضمام هنا:
sync-join-file-warning = في ملف الانضمام مفتاح القسم. يُسلَّم باليد أو على ذاكرة USB، ولا يوضع أبدًا في المجلد المشترك.
sync-this-laptop = هذا الحاسوب
sync-folder = المجلد المشترك
sync-save-join = حفظ ملف الانضمام
sync-now = المزامنة الآن
sync-open-page = إلى صفحة المشاركة
sync-join-file-name = الانضمام-إلى-القسم
dialog-sync-folder-title = اختيار المجلد المشترك
dialog-sync-join-save-title = حفظ ملف الانضمام
dialog-sync-join-open-title = اختيار ملف الانضمام
sync-new-key = مفتاح جديد للقسم
sync-new-key-help = عند فقدان حاسوب للقسم أو سرقته: ينتقل القسم إلى مفتاح جديد ومجلد مشترك جديد، ولن يستطيع الحاسوب المفقود قراءة أي شيء يُكتب من الآن. تنضم الحواسيب الأخرى من جديد بملف الانضمام الجديد، مع اختيار دمج السجلات. لا يُحذف شيء.
sync-new-key-confirm = يُختار مجلد مشترك جديد وفارغ، ويُحفظ ملف الانضمام الجديد. سيتوقف الملف القديم عن العمل.
sync-rejoin = الانضمام بملف انضمام جديد

# The top bar
sync-topbar-received = آخر تحديث من { $laptop }، { $time }
sync-topbar-none = لم تصل تغييرات من حواسيب أخرى بعد
sync-topbar-quiet = لم تصل تغييرات منذ أسبوع أو أكثر
sync-topbar-folder-missing = لم يُعثر على المجلد المشترك
sync-topbar-conflicts = { $count ->
    [one] تعارض واحد
    [two] تعارضان
   *[other] { $count } تعارضات
}
sync-topbar-new = وصلت تغييرات من حاسوب آخر.
sync-show-new = عرض

# The Sync page
sync-title = المشاركة بين الحواسيب
sync-not-sharing = هذا الحاسوب لا يشارك القسم بعد. يمكن بدء المشاركة هنا، أو الانضمام إلى قسم تتم مشاركته.
sync-quiet = لم تصل تغييرات منذ { $days } أيام أو أكثر. يُستحسن التأكد من أن برنامج المزامنة يعمل وأن المجلد المشترك موصول.
sync-laptops = حواسيب القسم
sync-laptops-none = لم تصل ملفات من حواسيب أخرى بعد.
sync-laptop-seen = شوهد آخر مرة { $time }
sync-laptop-files = { $files ->
    [one] ملف واحد
    [two] ملفان
   *[other] { $files } ملفات
}
sync-checked = قُرئ المجلد آخر مرة { $time }.
sync-snapshot = أحدث لقطة: { $time }، من { $laptop }. الحاسوب الذي ينضم الآن يبدأ منها ولا يقرأ كل تغيير من البداية.
sync-snapshot-none = لا توجد لقطة بعد: الحاسوب الذي ينضم الآن يقرأ كل تغيير من البداية. يكتب إشكول لقطة مرة في الشهر.
sync-waiting = ملفات تنتظر
sync-skipped = ملفات لم تُقرأ بعد (يحاول إشكول مجددًا في كل مزامنة)
sync-file = الملف { $number } من { $laptop }
sync-reason-newer = كُتب بإصدار أحدث من إشكول. يرجى تحديث إشكول على هذا الحاسوب، وسيُقرأ الملف من تلقاء نفسه.
sync-reason-damaged = الملف مقطوع أو تالف أو مشفّر بمفتاح آخر، أو أن برنامج المزامنة ما زال ينسخه. ستُعاد محاولة قراءته تلقائيًا.
sync-reason-other-department = الملف يخص قسمًا آخر.
sync-reason-not-changes = هذا ليس ملف تغييرات من إشكول.
sync-reason-too-large = الملف أكبر من أن يُقرأ.
sync-reason-held = برنامج آخر يمسك الملف حاليًا (برنامج المزامنة ما زال ينزّله، أو برنامج مكافحة الفيروسات يفحصه). سيقرؤه إشكول تلقائيًا حين يُفرَج عنه.
sync-rows-waiting = { $count ->
    [one] سجل واحد ينتظر سجلًا يشير إليه ولم يصل بعد.
    [two] سجلان ينتظران سجلات يشيران إليها ولم تصل بعد.
   *[other] { $count } سجلات تنتظر سجلات تشير إليها ولم تصل بعد.
}
sync-conflicts = التعارضات
sync-conflicts-none = لا توجد تعارضات.
sync-conflicts-intro = غيّر حاسوبان الحقل نفسه دون أن يرى أحدهما تغيير الآخر. تعرض كل الحواسيب القيمة الأخيرة، والأخرى محفوظة هنا. يُختار بنقرة واحدة، ويصل الاختيار إلى كل الحواسيب.
sync-conflict-shown = المعروض الآن
sync-conflict-other = قيمة أخرى
sync-conflict-by = { $laptop }، { $time }
sync-conflict-empty = (فارغ)
sync-conflict-choose = اختيار هذه القيمة
sync-conflict-chosen = حُفظ الاختيار وسيصل إلى كل الحواسيب.
sync-received = وصلت { $changes } تغييرات.
sync-nothing-new = لا تغييرات جديدة.

# What a conflict is about: the kind of record
sync-record-organizations = منظمة
sync-record-people = جهة اتصال
sync-record-clusters = عنقود
sync-record-settlements = بلدة
sync-record-settlement-youth-movements = حركة شبيبة في بلدة
sync-record-forums = منتدى
sync-record-forum-members = عضو منتدى
sync-record-forum-setup = مرحلة في تهيئة منتدى
sync-record-meetings = لقاء
sync-record-agenda-items = بند في جدول الأعمال
sync-record-attendance = الحضور في اللقاء
sync-record-guests = ضيف في اللقاء
sync-record-decisions = قرار
sync-record-action-items = مهمة
sync-record-gaps = فجوة
sync-record-amendments = تعديل على المحضر
sync-record-carried-over = موضوع نُقل إلى اللقاء التالي
sync-record-visit-purposes = هدف زيارة
sync-record-visits = زيارة
sync-record-visit-staff = طاقم الزيارة

# ... and its field
sync-field-chair = الرئيس/ة
sync-field-owner = المسؤول/ة
sync-field-forum = المنتدى
sync-field-meeting = اللقاء
sync-field-agenda-item = بند جدول الأعمال
sync-field-action-item = المهمة
sync-field-gap = الفجوة
sync-field-visit = الزيارة
sync-field-archived-at = في الأرشيف منذ
sync-field-created-at = أُنشئ في
sync-field-updated-at = حُدّث في
sync-field-template = القالب
sync-field-done-at = نُفّذ في
sync-field-online = عبر الإنترنت
sync-field-approved-at = صودق في
sync-field-approved-by = صادق عليه
sync-field-position = الموضع في القائمة
sync-field-number = رقم القرار
sync-field-done-on = تاريخ التنفيذ
sync-field-resolved-on = تاريخ الحل
sync-field-made-at = موعد التعديل
sync-field-before-text = النص قبل
sync-field-after-text = النص بعد
sync-field-key = المفتاح

## Emergency readiness: the area

nav-emergency = الطوارئ
emergency-title = الجاهزية للطوارئ
emergency-tab-help = من يستطيع المساعدة
emergency-tab-volunteers = المتطوعون
emergency-tab-capabilities = القدرات

## Emergency readiness: the Ministry's emergency clusters

emergency-cluster-emotional = عاطفي
emergency-cluster-pedagogical = تربوي (بما في ذلك التعلّم عن بُعد)
emergency-cluster-social = اجتماعي / ترفيهي
emergency-cluster-non-professional = غير مهني

## Emergency readiness: fields

field-emergency-cluster = مجال الطوارئ
field-capability = القدرات
field-person = جهة الاتصال
field-home-settlement = بلدة السكن
field-whole-council = في كل المجلس
field-availability = الإتاحة
field-available-days = الأيام
field-available-from = من الساعة
field-available-until = حتى الساعة
field-retiree = متقاعد/ة
field-confirmed-on = تم تأكيد التفاصيل بتاريخ
field-left-on = توقف/ت عن التطوع بتاريخ
field-left-reason = سبب التوقف عن التطوع
field-merged-into = دُمجت مع
field-scope-count = حجم النشاط
field-scope-unit = وحدة الحجم
field-main-program = البرنامج أو المجال الرئيسي
field-other-programs = برامج ومجالات أخرى
field-remote-learning = خبرة في التعلّم عن بُعد
field-contact = جهة اتصال للطوارئ
field-equipment = المعدات
field-quantity = الكمية
field-kept-at = مكان التخزين

## Emergency readiness: who can help

help-place = أين
help-place-council = كل المجلس
help-place-cluster = كل { $name }
help-what = بماذا
help-every-capability = أي قدرة في مجال { $cluster }
help-match = المطابقة
help-match-all = كل ما تم اختياره
help-match-any = واحد منها على الأقل
help-filter = تصفية القدرات
help-found-volunteers = { $more ->
    [yes] أكثر من { $count } متطوع
   *[no] { $count ->
        [0] لا متطوعين
        [one] متطوع واحد
        [two] متطوعان
        [few] { $count } متطوعين
        [many] { $count } متطوعًا
       *[other] { $count } متطوع
    }
 }
help-found-organizations = { $more ->
    [yes] أكثر من { $count } منظمة
   *[no] { $count ->
        [0] لا منظمات
        [one] منظمة واحدة
        [two] منظمتان
        [few] { $count } منظمات
       *[other] { $count } منظمة
    }
 }
help-none = لم يُعثر على من يستطيع المساعدة هنا بما تم اختياره.
help-none-all = لا أحد هنا يستطيع كل ما تم اختياره. يستطيع بعضه: { $volunteers ->
        [0] لا متطوعين
        [one] متطوع واحد
        [two] متطوعان
        [few] { $volunteers } متطوعين
        [many] { $volunteers } متطوعًا
       *[other] { $volunteers } متطوع
    } · { $organizations ->
        [0] لا منظمات
        [one] منظمة واحدة
        [two] منظمتان
        [few] { $organizations } منظمات
       *[other] { $organizations } منظمة
    }.
help-show-any = عرض من يستطيع بعض ما تم اختياره
help-shown-first = تُعرض أول { $shown } من كل نوع.
help-col-name = الاسم
help-col-kind = النوع
help-col-nearness = ناشط/ة
help-col-capabilities = القدرات
help-col-phone = الهاتف
help-col-confirmed = آخر تأكيد
help-kind-volunteer = متطوع/ة
help-kind-organization = منظمة
help-near-here = هنا
help-near-cluster = في العنقود
help-near-council = في كل المجلس
help-age-days = { $days ->
    [one] قبل يوم
    [two] قبل يومين
    [few] قبل { $days } أيام
    [many] قبل { $days } يومًا
   *[other] قبل { $days } يوم
}
help-age-months = { $months ->
    [one] قبل شهر
    [two] قبل شهرين
    [few] قبل { $months } أشهر
    [many] قبل { $months } شهرًا
   *[other] قبل { $months } شهر
}
help-age-today = اليوم
help-never-confirmed = لم يُؤكَّد أبدًا
help-stale = لم يُحدَّث منذ أكثر من سنة
help-contact = جهة الاتصال: { $name }

## Emergency readiness: volunteers

volunteers-add = متطوع/ة جديد/ة
volunteers-empty = لا يوجد متطوعون للطوارئ بعد. أضيفوا الأول.
volunteers-show-left = وأيضًا من توقفوا عن التطوع
volunteer-col-name = الاسم
volunteer-col-phone = الهاتف
volunteer-col-home = بلدة السكن
volunteer-col-capabilities = القدرات
volunteer-col-confirmed = تأكيد
volunteer-new-title = متطوع/ة جديد/ة للطوارئ
volunteer-edit-title = تفاصيل متطوع/ة للطوارئ
volunteer-person-existing = من جهات الاتصال
volunteer-person-new = جهة اتصال جديدة
volunteer-reach = أين يستطيع/تستطيع العمل
volunteer-reach-hint = وأيضًا في بلدة السكن.
volunteer-affiliations = الانتماء التنظيمي
volunteer-independent = بلا انتماء: مستقل/ة
volunteer-left-note = توقف/ت عن التطوع في { $date }: { $reason }
volunteer-leave = التوقف عن التطوع
volunteer-leave-confirm = تسجيل التوقف
volunteer-return = العودة إلى التطوع
volunteer-saved = حُفظت تفاصيل المتطوع/ة.

## Emergency readiness: organizations

emergency-tab-organizations = المنظمات
readiness-title = القدرات في الطوارئ: { $name }
readiness-col-active = أين تنشط
readiness-not-entered = لم تُدخَل بعد
readiness-equipment-kind = نوع المعدات
readiness-equipment-add = إضافة معدات
readiness-equipment-remove = إزالة
readiness-saved = حُفظت قدرات المنظمة في الطوارئ.

## Emergency readiness: capabilities

capabilities-add = إضافة قدرة
capabilities-empty = لا توجد قدرات في هذا المجال بعد.
capability-holders = { $volunteers ->
    [one] متطوع واحد
    [two] متطوعان
    [few] { $volunteers } متطوعين
    [many] { $volunteers } متطوعًا
   *[other] { $volunteers } متطوع
 } · { $organizations ->
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $organizations } منظمات
   *[other] { $organizations } منظمة
 }
capability-merge-into = دمج في
capability-merge = دمج
capability-merged = دُمجت القدرتان، وانتقل أصحابها إلى القدرة المتبقية.

## Emergency readiness: the coverage matrix

emergency-tab-matrix = خريطة التغطية
matrix-title = خريطة التغطية للطوارئ
matrix-legend = في كل خانة: المتطوعون والمنظمات الذين أُكّدت تفاصيلهم في السنة الأخيرة، ومن تفاصيلهم أقدم. تُعلَّم الخانة التي لا أحد فيها أو فيها تفاصيل قديمة فقط.
matrix-cell = { $volunteers ->
    [0] لا متطوعين
    [one] متطوع واحد
    [two] متطوعان
    [few] { $volunteers } متطوعين
    [many] { $volunteers } متطوعًا
   *[other] { $volunteers } متطوع
 } · { $organizations ->
    [0] لا منظمات
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $organizations } منظمات
   *[other] { $organizations } منظمة
 }
matrix-cell-stale = و{ $stale } غير محدّثين
matrix-cell-empty = لا أحد
matrix-dialog-title = حفظ خريطة التغطية للطوارئ
matrix-open = من يستطيع المساعدة في { $settlement }، { $cluster }

## Emergency readiness: the emergency contact sheet

emergency-tab-sheet = ورقة الطوارئ
emergency-sheet-title = ورقة اتصال للطوارئ
emergency-sheet-for = ورقة الطوارئ لـ
emergency-sheet-printed = طُبعت في { $date }
emergency-sheet-as-of = التفاصيل صحيحة حتى { $date }
emergency-sheet-contacts = جهات الاتصال في البلدة
emergency-sheet-nobody = لا أحد.
emergency-sheet-stale-legend = { $mark } على خلفية برتقالية: تفاصيل لم تُؤكَّد منذ أكثر من سنة، أو لم تُؤكَّد أبدًا. يجب التحقق منها باتصال قبل الاعتماد عليها.
emergency-sheet-dialog-title = حفظ ورقة الطوارئ
emergency-sheet-choose = اختاروا بلدة، أو عنقودًا لصفحة لكل بلدة فيه.
field-cluster-coordinator = منسق/ة العنقود

## Emergency readiness: the yearly update round

emergency-tab-round = جولة التحديث
field-scope = من يُسأل
field-started-on = فُتحت بتاريخ
field-closed-on = أُغلقت بتاريخ
field-subject-kind = النوع
field-status-on = تاريخ الحالة
round-scope-volunteers = المتطوعون
round-scope-organizations = المنظمات
round-scope-both = المتطوعون والمنظمات
round-status-prepared = لم يُرسل بعد
round-status-sent = أُرسل الطلب، بانتظار الرد
round-status-answered = ردّ/ت، لا تغيير
round-status-changed = حُدّثت التفاصيل
round-status-no-answer = لم يردّ/تردّ حتى إغلاق الجولة
round-status-left = توقف/ت عن التطوع
sync-record-update-rounds = جولة تحديث
sync-record-update-requests = طلب تحديث في جولة

error-not-a-round-reply = الملف „{ $file }” ليس ملف تحديث لجولة مفتوحة: يجب أن يكون ملف Excel الذي أعدّه أشكول للمتطوع/ة أو للمنظمة، بعد تعبئته.
round-email-subject = { $round }: تحديث التفاصيل في سجل الطوارئ
round-email-body = مرحبًا { $name }،
    
    في إطار { $round } نقوم بتحديث سجل المتطوعين والمنظمات للطوارئ. هذه هي التفاصيل المسجلة لدينا:
    
    { $details }
    
    إذا تغيّر شيء، اكتبوا لنا ما هو. إذا كان كل شيء صحيحًا، ردّوا „كل شيء صحيح”.
    
    شكرًا،
    { $department }
round-workbook-instructions = في العمود الأصفر اكتبوا فقط ما تغيّر، وأعيدوا إرسال الملف. السطر الذي يبقى فارغًا يبقى كما هو.
round-form-instructions = في عمود „ما الذي تغيّر” اكتبوا فقط ما تغيّر، وأعيدوا النموذج. السطر الذي يبقى فارغًا يبقى كما هو.
round-col-detail = التفصيل
round-col-current = كما هو مسجل لدينا
round-col-new = ما الذي تغيّر
round-workbook-dialog-title = حفظ ملف التحديث

round-default-name = التحديث السنوي { $year }
round-start = فتح الجولة
round-choose = الجولة
round-closed = مغلقة
round-closed-on = أُغلقت في { $date }
round-take-back = استيعاب ملف عاد
round-calls = الاتصال بمن لم يردّوا بعد ({ $count })
round-calls-title = { $name }: من لم يردّوا بعد
round-called = ملاحظات من المكالمة
round-close = إغلاق الجولة
round-close-confirm = إغلاق { $name }؟ من لم يردّوا سيُعلَّمون „لم يردّ”.
round-col-request = الطلب
round-email = بريد إلكتروني
round-form = نموذج للطباعة
round-workbook = ملف Excel
round-back = العودة إلى الجولة
round-reply-dialog-title = اختيار ملف التحديث الذي عاد
round-reply-title = ما الذي تغيّر لدى { $name }
round-reply-nothing = لا يغيّر الملف شيئًا مما لدينا. التأكيد يسجّل أنهم ردّوا وأن التفاصيل صحيحة.
round-reply-proposed = ما كتبوه
round-reply-accept = قبول؟
round-reply-yes = قبول
round-reply-no = رفض
round-reply-apply = تأكيد
round-reply-applied = حُفظت التغييرات المقبولة، وعُلِّم الطلب.

## Emergency readiness: distribution lists

emergency-tab-lists = قوائم التوزيع
field-volunteers-only = متطوعو الطوارئ فقط
field-retirees = المتقاعدون فقط
lists-new = قائمة جديدة
lists-empty = لا توجد قوائم توزيع بعد. القائمة تحفظ تصفية، ومن يطابقها اليوم موجود فيها.
lists-members = { $count ->
    [one] جهة اتصال واحدة
    [two] جهتا اتصال
    [few] { $count } جهات اتصال
   *[other] { $count } جهة اتصال
 }
lists-role-hint = جزء من الوظيفة، مثل „مفتش”
lists-any = الكل
lists-save = حفظ القائمة
lists-remove = حذف القائمة
lists-copy-emails = نسخ عناوين البريد لسطر النسخة المخفية
lists-copied = { $count ->
    [one] نُسخ عنوان واحد.
    [two] نُسخ عنوانان.
    [few] نُسخت { $count } عناوين.
    [many] نُسخ { $count } عنوانًا.
   *[other] نُسخ { $count } عنوان.
 }
lists-export-vcard = تصدير vCard
lists-export-csv = تصدير CSV
sync-record-trainings = تدريب
sync-record-training-participants = مشارك/ة في تدريب
sync-record-drills = تمرين
sync-record-drill-participants = مشارك/ة في تمرين
sync-record-distribution-lists = قائمة توزيع

## Emergency readiness: trainings and drills

emergency-tab-drills = التدريبات والتمارين
field-required-training = تدريب مطلوب
field-topic = موضوع التدريب
field-held-on = عُقد بتاريخ
field-valid-months = ساري المفعول (أشهر)
field-scenario = السيناريو
field-debrief-meeting = لقاء التحقيق
field-answered = استجاب/ت
drills-forum-name = تمارين الطوارئ
trainings-title = التدريبات
trainings-add = إضافة تدريب
trainings-empty = لا توجد تدريبات بعد.
trainings-participants = المشاركون
trainings-valid-until = ساري حتى { $date }
trainings-for-good = بلا انتهاء
drills-title = التمارين
drills-add = إضافة تمرين
drills-empty = لا توجد تمارين بعد.
drills-open-findings = { $count ->
    [0] لا نتائج مفتوحة
    [one] نتيجة مفتوحة واحدة
    [two] نتيجتان مفتوحتان
    [few] { $count } نتائج مفتوحة
   *[other] { $count } نتيجة مفتوحة
 }
drills-debrief = التحقيق: فجوات ومهام
drills-answered = { $answered } من { $all } استجابوا
help-missing-training = ينقصه تدريب ساري: { $topics }
capability-requires = يتطلب تدريبًا
capability-requires-hint = موضوع التدريب، أو فارغ
capability-requires-save = حفظ

## Emergency readiness: shared records, as a conflict names them

sync-record-emergency-capabilities = قدرة للطوارئ
sync-record-volunteers = متطوع/ة للطوارئ
sync-record-volunteer-affiliations = انتماء متطوع/ة
sync-record-volunteer-settlements = بلدة يعمل فيها متطوع/ة
sync-record-volunteer-clusters = عنقود يعمل فيه متطوع/ة
sync-record-volunteer-capabilities = قدرة متطوع/ة
sync-record-organization-readiness = قدرات المنظمة في الطوارئ
sync-record-organization-settlements = بلدة تنشط فيها المنظمة
sync-record-organization-clusters = عنقود تنشط فيه المنظمة
sync-record-organization-capabilities = قدرة منظمة
sync-record-organization-equipment = معدات منظمة

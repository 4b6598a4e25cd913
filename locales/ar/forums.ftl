## Forums and meetings: fields, errors, and the four templates of the partnership framework

field-level = المستوى
field-cadence = وتيرة الاجتماعات
field-cadence-n = عدد الأسابيع أو الأشهر
field-members = أعضاء المنتدى
field-setup-step = مرحلة الاستعداد
field-status = الحالة
field-attendance = الحضور
field-date = التاريخ
field-number = الرقم
field-time = الساعة
field-duration = مدة الاجتماع بالدقائق
field-title = موضوع البند
field-planned-minutes = الدقائق المخططة
field-guest-name = اسم الضيف
field-decision-text = نص القرار
field-what = الوصف
field-due-date = الموعد النهائي
field-made-by = اسم المصادِق أو المصحِّح
field-reason = سبب التصحيح

error-meeting-locked = تمت المصادقة على محضر هذا الاجتماع وقُفل، لذا لا يمكن تغييره. يُسجَّل التصحيح كتعديل للمحضر، مع اسم وتاريخ وسبب.
error-not-approved = لم تتم المصادقة على المحضر بعد، ويمكن تحريره مباشرة.
error-meeting-cancelled = أُلغي الاجتماع، لذا لا يوجد محضر للمصادقة عليه. يمكن تغيير حالته إلى „انعقد”.

meeting-online = عن بُعد

template-ministry-name = منتدى الشركاء — مقر وزارة التربية والتعليم
template-ministry-goals =
    مشاركة المعلومات والقرارات بين الجهات المختلفة في جهاز التعليم
    العمل المشترك والتنسيق في تطبيق السياسة، قبل افتتاح السنة وخلالها
    طرح الفجوات وإنشاء آلية مشتركة لمعالجتها
    بناء أساس لآلية شراكة مستمرة
template-ministry-roles =
    ممثلو وزارة التربية والتعليم
    ممثلو الوزارات الحكومية
    الأجهزة الأمنية ذات الصلة
    الحكم المحلي
    قيادة الأهالي
    شركاء آخرون
template-district-name = منتدى الشركاء اللوائي
template-district-goals =
    الإطلاع على القرارات وسياسة الوزارة
    الشراكة في التوصل إلى تفاهمات حول طريقة التنفيذ
    طرح احتياجات الشركاء وصعوباتهم والعوائق وبلورة الحلول
template-district-roles =
    مدير/ة اللواء
    ممثلو إدارة اللواء
    ممثلو أقسام التربية والتعليم
    ممثلو المديرين
    ممثلة مديرات رياض الأطفال
    ممثلو الشبكات (اختياري)
    ممثلو الأهالي
    ممثلو الوزارات ذات الصلة
template-authority-name = منتدى الشركاء في السلطة المحلية
template-authority-goals =
    طرح احتياجات الميدان وصعوباته والعوائق
    إشراك الشركاء في تغييرات السياسة وفي عمليات التنفيذ لتحسينها
template-authority-roles =
    رئيس السلطة
    المفتش المركِّز
    مدير قسم التربية والتعليم
    مدير وحدة الشبيبة
    مدير تقدم الشبيبة
    مدير قسم الرفاه
    لجنة أهالي البلدة
    مديرو المدارس ورياض الأطفال
template-school-name = منتدى الشركاء المدرسي
template-school-goals =
    طرح احتياجات الميدان وصعوباته والعوائق
    بلورة سياسة مدرسية على أساس الحوار مع الشركاء
template-school-roles =
    مدير المدرسة
    المستشارة
    ممثلو المعلمين والمربين باختيار المدير
    لجنة الأهالي / الأهالي

## The minutes as a document

minutes-title = محضر
minutes-approved-by = صادق عليه { $name } في { $date } الساعة { $time }
minutes-not-approved = مسودة: لم تتم المصادقة على المحضر بعد
minutes-decision = القرار { $number }
minutes-presenter = العارض/ة: { $name }
minutes-planned = { $minutes } دقيقة
minutes-amendment = تعديل من { $name } في { $date } الساعة { $time }
minutes-when = { $date } الساعة { $time }
attendance-present = حضروا
attendance-absent = تغيّبوا
attendance-excused = اعتذروا
meeting-guests = ضيوف
meeting-carried = للمتابعة من اجتماعات سابقة
meeting-agenda = جدول الأعمال
meeting-decisions = القرارات
meeting-minutes = ملخص النقاش
meeting-action-items = المهام
meeting-gaps = الفجوات التي طُرحت
meeting-amendments = تعديلات المحضر
col-what = ماذا
col-owner = المسؤول/ة
col-due = الموعد النهائي
col-status = الحالة
col-raised-on = طُرح في اجتماع
col-raised-by = من طرح
col-mechanism = آلية المعالجة
action-status-open = مفتوحة
action-status-done = نُفّذت
action-status-cancelled = أُلغيت
gap-status-open = مفتوحة
gap-status-in-handling = قيد المعالجة
gap-status-resolved = حُلّت
calendar-dialog-title = حفظ الاجتماعات المخططة كملف تقويم
minutes-dialog-title = حفظ المحضر كملف PDF

## Forums and meetings in the app

nav-actions = المهام
forums-title = المنتديات
forums-empty = لا توجد منتديات بعد. يمكن إنشاء منتدى من أحد قوالب إطار الشراكات أو من البداية.
forum-from-template = القالب
action-new-forum-from-template = منتدى جديد من القالب
action-new-forum = منتدى جديد من البداية
forum-new = منتدى جديد
forum-edit = تحرير المنتدى
forum-name = اسم المنتدى
forum-level = المستوى
forum-cadence = الوتيرة
forum-every-n-weeks = كل كم أسبوعًا
forum-every-n-months = كل كم شهرًا
forum-chair = الرئيس/ة
forum-active = فعّال
forum-inactive = غير فعّال
forum-goals = أهداف المنتدى
forum-member-roles = أصحاب الأدوار في المنتدى (سطر لكل دور)
forum-members = أعضاء المنتدى
forum-member-role = الدور في المنتدى
forum-add-member = إضافة عضو/ة
forum-no-members = لم يتم اختيار أعضاء بعد.
forum-last-held = آخر اجتماع
forum-next-planned = الاجتماع القادم
forum-meetings = الاجتماعات
forum-no-meetings = لم يتم تخطيط اجتماعات بعد.
forum-overdue = { $days ->
    [one] متأخر يومًا واحدًا
    [two] متأخر يومين
    [few] متأخر { $days } أيام
    [many] متأخر { $days } يومًا
   *[other] متأخر { $days } يوم
}
forum-planned = { $count ->
    [0] كل اجتماعات السنة مخططة مسبقًا.
    [one] أُضيف اجتماع واحد للسنة.
    [two] أُضيف اجتماعان للسنة.
    [few] أُضيفت { $count } اجتماعات للسنة.
    [many] أُضيف { $count } اجتماعًا للسنة.
   *[other] أُضيف { $count } اجتماع للسنة.
}
level-ministry = مقر وزارة التربية والتعليم
level-district = لواء
level-authority = سلطة محلية
level-school = مدرسة
level-cluster = عنقود
level-settlement = بلدة
level-other = آخر
cadence-weekly = كل أسبوع
cadence-biweekly = كل أسبوعين
cadence-monthly = كل شهر
cadence-weeks = كل عدة أسابيع
cadence-months = كل عدة أشهر
cadence-none = بدون وتيرة ثابتة
cadence-every-weeks = كل { $n } أسابيع
cadence-every-months = كل { $n } أشهر
setup-title = الاستعداد للسنة الدراسية { $years }
setup-due = للإنجاز قبل
setup-review-needs = فحص احتياجات أعضاء المنتدى
setup-review-members = تحديث الأعضاء وأصحاب الأدوار
setup-set-meetings = تحديد مواعيد اجتماعات السنة
setup-set-mechanisms = تحديد آليات إدارة المنتدى خلال السنة
action-edit = تحرير
action-export-calendar = تصدير الاجتماعات إلى التقويم (ics)
action-back-forums = العودة إلى المنتديات
action-back-forum = العودة إلى المنتدى
action-back-meeting = العودة إلى الاجتماع
action-plan-meeting = تخطيط اجتماع
action-plan-year = تخطيط اجتماعات السنة حسب الوتيرة
action-add = إضافة
action-remove = إزالة
meeting-date = التاريخ
meeting-time = الساعة
meeting-duration = المدة (دقائق)
meeting-place = المكان
meeting-status-planned = مخطط
meeting-status-held = انعقد
meeting-status-cancelled = أُلغي
meeting-approved = تمت المصادقة
meeting-details-saved = حُفظت تفاصيل الاجتماع.
forum-saved = حُفظت تفاصيل المنتدى.
meeting-attendance = الحضور
meeting-no-members = لا يوجد أعضاء في المنتدى بعد؛ يمكن إضافتهم بتحرير المنتدى.
meeting-add-guest = اسم الضيف/ة
meeting-locked = صادق { $name } على المحضر وقُفل. يُسجَّل التصحيح كتعديل للمحضر.
meeting-approved-notice = تمت المصادقة على المحضر وقُفل.
carried-action = مهمة
carried-gap = فجوة
carried-raised-on = طُرح في اجتماع
agenda-presenter = العارض/ة
agenda-minutes = دقائق
agenda-notes = أبرز النقاش
agenda-new-item = بند جديد في جدول الأعمال
agenda-move-up = نقل إلى الأعلى
agenda-move-down = نقل إلى الأسفل
agenda-move-hint = يمكن أيضًا Alt+سهم لأعلى أو لأسفل
autosave-saving = جارٍ الحفظ…
autosave-saved = حُفظ
autosave-waiting-for-room = لم يُحفظ بعد: القرص ممتلئ. ما كتبته يبقى هنا ويُحفظ تلقائيًا حالما تتوفر مساحة. أفرغوا بعض المساحة على القرص (احذفوا ملفات كبيرة لا حاجة لها، أو أفرغوا سلة المحذوفات).
autosave-waiting-for-database = لم يُحفظ بعد: برنامج آخر يكتب في قاعدة البيانات. ما كتبته يبقى هنا ويُحفظ تلقائيًا حالما يحرّرها ذلك البرنامج.
decision-new = نص قرار جديد
decision-item = البند
decision-no-item = بدون بند
action-item-new = مهمة جديدة
gap-new = فجوة أو عائق طُرح
approve-by = اسم المصادِق/ة
action-approve = المصادقة على المحضر
approve-hint = بعد المصادقة يُقفل المحضر؛ تُسجَّل التصحيحات كتعديلات مع اسم وتاريخ.
action-amend = تعديل المحضر
amend-title = تعديل محضر مصادق عليه
amendment-before = النص السابق
action-print-minutes = طباعة المحضر
minutes-print-title = المحضر للطباعة
actions-empty = لا توجد مهام تطابق التصفية.
filter-all-owners = كل المسؤولين
filter-all-statuses = كل الحالات
action-overdue = { $days ->
    [one] متأخرة يومًا واحدًا
    [two] متأخرة يومين
    [few] متأخرة { $days } أيام
    [many] متأخرة { $days } يومًا
   *[other] متأخرة { $days } يوم
}
gap-age = { $days ->
    [0] فُتحت اليوم
    [one] مفتوحة منذ يوم
    [two] مفتوحة منذ يومين
    [few] مفتوحة منذ { $days } أيام
    [many] مفتوحة منذ { $days } يومًا
   *[other] مفتوحة منذ { $days } يوم
}
home-overdue-forums = منتديات لم تجتمع في موعدها
home-overdue-actions = مهام متأخرة
home-open-gaps = فجوات مفتوحة
home-upcoming = اجتماعات الأسبوع القادم
home-none = لا شيء حاليًا.
home-more = و{ $count } أخرى

# Everything due, in one list (issue #30): action items, program moves, work-plan tasks.
due-title = كل المهام: المنتديات، الزيارات، الوفود، البرامج وخطة العمل
due-new = خطوة جديدة في برنامج
due-new-program = في البرنامج
due-new-choose-program = يجب اختيار البرنامج الذي تتبع له الخطوة.
due-source-meeting = لقاءات المنتديات
due-source-visit = الزيارات
due-source-delegation = الوفود
due-source-program = البرامج
due-source-plan = خطة العمل
due-from-meeting = لقاء { $name }
due-from-visit = زيارة إلى { $name }
due-from-delegation = متابعة الوفد: { $name }
due-from-program = خطوة في البرنامج: { $name }
due-from-plan = خطة العمل: { $name }
due-status-open = مفتوحة
due-status-done = نُفّذت
due-status-cancelled = أُلغيت
filter-all-sources = من كل المصادر
filter-late = المتأخر فقط
col-from = من أين
due-count = { $count ->
    [zero] لا توجد مهام
    [one] مهمة واحدة
    [two] مهمتان
    [few] { $count } مهام
    [many] { $count } مهمة
   *[other] { $count } مهمة
}
home-all-late = كل المتأخر ({ $count })

## Forums and meetings: fields, errors, and the four templates of the partnership framework

field-level = المستوى
field-cadence = وتيرة الاجتماعات
field-cadence-n = عدد الأسابيع أو الأشهر
field-members = أعضاء المنتدى
field-setup-step = مرحلة الاستعداد
field-status = الحالة
field-attendance = الحضور
field-date = التاريخ
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

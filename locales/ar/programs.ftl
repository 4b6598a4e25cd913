# Programs and partnerships (issue #17): regional initiatives, retention programs, their
# partners, where they run, who steers them, their moves and figures; hosted delegations.

program-kind-regional-initiative = مبادرة إقليمية
program-kind-retention = المثابرة ومنع التسرب
program-kind-enrichment = إثراء
program-kind-youth-movement = نشاط حركة شبابية
program-kind-other = أخرى
partner-role-lead = قائد
partner-role-partner = شريك
partner-role-funder = ممول
partner-role-academic = شريك أكاديمي
partner-role-operator = مشغّل
program-forum-role-steering = لجنة توجيه
program-forum-role-managers = منتدى مديرين إقليمي
move-status-planned = مخطط
move-status-under-way = قيد التنفيذ
move-status-done = نُفّذ
move-status-dropped = أُلغي
age-band-early-childhood = الطفولة المبكرة
age-band-elementary = ابتدائي
age-band-middle = إعدادي
age-band-high = ثانوي
age-band-young-adults = شباب
sector-public = عام
sector-third-sector = القطاع الثالث
sector-business = تجاري

error-ends-before-start = { $field } قبل تاريخ البدء. يرجى تصحيح أحدهما.

field-goal = الهدف الأعلى
field-description = وصف
field-starts-on = تاريخ البدء
field-ends-on = تاريخ الانتهاء
field-sector = القطاع
field-program = البرنامج
field-target = الفئة المستهدفة
field-took-part = شاركوا
field-continued = استمروا
field-completed = أنهوا
field-guest-organization = المنظمة الضيفة
field-country = الدولة
field-guest-count = عدد الضيوف
field-day = اليوم
field-at = الساعة
field-delegation = الوفد
field-axis = محور عمل
field-partner = الشركاء
field-school-year = السنة الدراسية
field-age-band = الفئة العمرية
field-due-on = الموعد المستهدف

sync-record-programs = برنامج
sync-record-program-axes = محور عمل
sync-record-program-partners = شريك في برنامج
sync-record-program-clusters = عنقود برنامج
sync-record-program-settlements = بلدة برنامج
sync-record-program-schools = مدرسة في برنامج
sync-record-program-forums = منتدى مرافق لبرنامج
sync-record-program-moves = خطوة في برنامج
sync-record-program-figures = معطيات مشاركة في برنامج
sync-record-delegations = وفد
sync-record-delegation-guests = ضيف في وفد
sync-record-delegation-hosts = مستضيف وفد
sync-record-delegation-stops = محطة في مسار وفد
sync-record-delegation-follow-ups = متابعة وفد

delegation-guest-count = { $count ->
    [one] ضيف واحد
    [two] ضيفان
    [few] { $count } ضيوف
    [many] { $count } ضيفًا
   *[other] { $count } ضيف
 }
delegation-hosts = المستضيفون
delegation-guests = الضيوف
delegation-follow-ups = المتابعة
itinerary-title = مسار الزيارة
itinerary-shows = ما يُعرض
itinerary-dialog-title = حفظ مسار الزيارة
participation-title = من يشارك وأين · السنة الدراسية
participation-total = المجموع
participation-none = لا توجد معطيات مشاركة لهذه السنة.
participation-dialog-title = حفظ تقرير المشاركة

sector-by-kind = حسب نوع المنظمة

nav-programs = البرامج والشراكات
programs-title = البرامج والشراكات
programs-tab-programs = البرامج
programs-tab-delegations = الوفود
programs-tab-participation = من يشارك وأين
programs-empty = لا توجد برامج بعد. يبدأ البرنامج الجديد باسم ونوع.
programs-show-archived = البرامج المؤرشفة أيضًا
programs-back = العودة إلى البرامج
program-new = برنامج جديد
program-new-title = برنامج جديد
program-edit-title = تحرير البرنامج
program-axes = محاور العمل
program-add-axis = إضافة محور عمل
program-axis-up = تقديم
program-axis-down = تأخير
program-add-partner = إضافة شريك من الدليل
program-add-new-partner = شريك جديد ليس في الدليل
program-new-partner-name = اسم المنظمة الجديدة
program-clusters = العناقيد التي يعمل فيها
program-settlements = البلدات التي يعمل فيها
program-schools = المدارس
program-steering = لجنة التوجيه والمنتديات المرافقة
program-add-forum = ربط منتدى قائم
program-figure-not-known = غير معروف بعد
program-no-forum-to-link = لا يوجد منتدى لربطه بعد. أنشئوا منتدى في قسم „المنتديات”، ثم اربطوه هنا كلجنة توجيه.
program-no-partners = لا يوجد شركاء بعد.
program-spans-sectors = يمثل الشركاء القطاعات الثلاثة: العام والثالث والتجاري.
program-missing-sectors = لا يوجد بعد شريك من القطاع: { $sectors }
program-three-sectors = ثلاثية القطاعات
program-where = أين يعمل
program-nowhere = لم يُحدد بعد أين يعمل.
program-no-steering = لم يُربط منتدى مرافق.
program-steering-overdue = متأخر حسب الوتيرة: { $days } أيام
program-steering-current = ينعقد بانتظام
program-last-met = انعقد آخر مرة
program-open-meeting = إلى الاجتماع الأخير
program-decisions = قرارات الاجتماع الأخير
program-open-actions = مهام مفتوحة ({ $count })
program-open-gaps = فجوات مفتوحة ({ $count })
program-moves = خطوات ومعالم
program-move-what = خطوة
program-add-move = إضافة خطوة
program-move-overdue = فات الموعد
program-figures = معطيات المشاركة (أرقام فقط، بلا أسماء)
program-no-figures = لا توجد معطيات بعد.
program-save-figures = حفظ المعطيات
program-figures-saved = حُفظت المعطيات.
programs-here-title = البرامج في البلدة
programs-here-none = لا توجد برامج تعمل هنا.
delegations-here-title = وفود زارت هنا
delegation-new = وفد جديد
delegation-new-title = وفد جديد
delegation-edit-title = تحرير الوفد
delegation-named-guests = ضيوف من الدليل (اختياري)
delegation-stops = محطات المسار
delegation-add-stop = إضافة محطة
delegation-visited = البلدات التي زارها
delegations-back = العودة إلى الوفود
delegations-empty = لم تُسجل وفود بعد.
participation-save-csv = حفظ كـ CSV
field-forum = منتدى
field-owner = المسؤول/ة
forum-steers = برامج يرافقها المنتدى
program-coordinator = منسق/ة البرنامج
program-partner-role = الدور في البرنامج
program-steering-role = دور المنتدى
cluster-programs = البرامج

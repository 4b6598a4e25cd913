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
   *[other] { $count } ضيوف
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

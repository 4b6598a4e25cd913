# خطة العمل السنوية (issue #18): تقييم الوضع، الأهداف والغايات والمهام، المؤشرات ونتائجها
# (تُحصى في إشكول أو تُكتب)، المخطط مقابل المنفذ، والتعلم في نهاية السنة.

nav-plan = خطة العمل
plan-title = خطة العمل
plan-intro = أهداف وغايات ومهام للسنة الدراسية، مع مؤشرات تُقاس مقابل سجلات إشكول نفسها.
plan-none = لا توجد خطة عمل بعد. يمكن البدء بأهداف القسم.
plan-new = خطة جديدة
plan-new-title = خطة عمل جديدة
plan-edit = تعديل الخطة
plan-edit-title = تعديل خطة العمل
plan-choose = الخطة
plan-year = السنة الدراسية
plan-assessment-title = تقييم الوضع
plan-assessed-on-line = كُتب في { $date }
plan-no-assessment = لم يُكتب تقييم للوضع بعد.
plan-goal = هدف
plan-goal-new = إضافة هدف
plan-goal-new-title = هدف جديد
plan-goal-edit-title = تعديل الهدف
plan-objective = غاية
plan-objective-new = إضافة غاية
plan-objective-new-title = غاية جديدة
plan-objective-edit-title = تعديل الغاية
plan-no-goals = لا توجد أهداف بعد. تبدأ الخطة بأهداف القسم.
plan-no-objectives = لا توجد غايات لهذا الهدف بعد.
plan-tasks = المهام
plan-task-new = إضافة مهمة
plan-task-new-title = مهمة جديدة
plan-task-edit-title = تعديل المهمة
plan-no-tasks = لا توجد مهام لهذه السنة.
plan-task-keys = ‏Alt+سهم لأعلى و‏Alt+سهم لأسفل تنقل المهمة.
plan-task-move-up = نقل لأعلى
plan-task-move-down = نقل لأسفل
plan-when-quarter = الربع { $quarter }
plan-when-year = السنة كلها
plan-belongs-to = تابعة لـ
plan-indicator-new = إضافة مؤشر
plan-indicator-new-title = مؤشر جديد
plan-indicator-edit-title = تعديل المؤشر
plan-indicator-of = تابع لـ
plan-indicator-of-goal = الهدف كله
plan-indicator-count-help = يُحصى في إشكول من السجلات، أو يكتبه شخص.
plan-all-forums = كل المنتديات
plan-any-level = كل المستويات
plan-whole-department = القسم كله
plan-all-programs = كل البرامج
plan-remove = إزالة
plan-remove-confirm = إزالة „{ $name }” وكل ما تحته؟
plan-target-line = الهدف { $target }
plan-baseline-line = خط الأساس { $baseline }
plan-actual = الفعلي
plan-percent-met = { $percent } من الهدف
plan-no-actual = لا توجد قيمة فعلية بعد
plan-figure-counted = أحصاه إشكول
plan-figure-typed = كتبه { $name }، { $date }
plan-figure-typed-anonymous = كُتب في { $date }
plan-figure-frozen = جُمّد مع إغلاق السنة
plan-actual-type = كتابة قيمة فعلية
plan-actual-title = قيمة فعلية: { $name }
plan-actual-period = الفترة
plan-actual-scope = لـ
plan-actual-current = الرقم حتى الآن: { $value }
plan-actual-none-yet = لم يُدخل رقم لهذه الفترة بعد.
plan-actual-saved = حُفظت القيمة.
plan-by-place = حسب المكان
plan-quarters = حسب الربع
plan-late = متأخرة
plan-stale = ينتظر قيمة فعلية
plan-rolled-over = نُقلت من السنة السابقة
plan-rolled-on = نُقلت إلى السنة التالية
plan-lessons-title = التغذية الراجعة والتعلم
plan-lessons-intro = في نهاية السنة: ما نجح، وما لم ينجح، وحالات، ودروس، لكل هدف.
plan-lessons-save = حفظ الدروس
plan-lessons-saved = حُفظت الدروس.
plan-close-year = إغلاق السنة
plan-close-year-title = إغلاق السنة الدراسية { $year }
plan-close-year-explain = إغلاق السنة يحفظ أرقامها كما هي اليوم: التغييرات اللاحقة في اللقاءات والزيارات وسائر السجلات لن تغيّرها بعد ذلك. ولا يمكن بعدها تغيير القيم المكتوبة لتلك السنة.
plan-roll-over = نقل المهام المفتوحة لهذه السنة إلى السنة التالية
plan-close-confirm = إغلاق السنة
plan-year-closed = أُغلقت هذه السنة في { $date }. أرقامها مجمّدة.
plan-closed-notice = أُغلقت السنة. { $count ->
    [0] لم تُنقل أي مهمة.
    [one] نُقلت مهمة مفتوحة واحدة إلى السنة التالية.
    [two] نُقلت مهمتان مفتوحتان إلى السنة التالية.
    [few] نُقلت { $count } مهام مفتوحة إلى السنة التالية.
   *[other] نُقلت { $count } مهمة مفتوحة إلى السنة التالية.
}
plan-report = تقرير نهاية السنة (PDF)
plan-report-title = تقرير نهاية السنة
plan-report-dialog-title = حفظ تقرير نهاية السنة
plan-report-saved = حُفظ التقرير.
plan-report-tasks = نُفذت { $done } من أصل { $total } مهام
plan-report-headers-indicator = المؤشر
plan-report-headers-met = % من الهدف
plan-report-headers-source = المصدر
plan-report-chart = الهدف مقابل الفعلي، حسب الربع
plan-report-no-indicators = لا توجد مؤشرات لهذا الهدف.
plan-report-counted = محصى
plan-report-typed = مكتوب

task-status-planned = مخططة
task-status-under-way = قيد التنفيذ
task-status-done = نُفذت
task-status-dropped = أُلغيت
direction-increase = ارتفاع
direction-decrease = انخفاض
direction-hold = الحفاظ على المستوى
frequency-quarterly = ربع سنوي
frequency-yearly = سنوي
split-none = بلا تقسيم
split-cluster = حسب التجمع
split-settlement = حسب البلدة
source-typed = يكتبه شخص
source-meetings-held = اللقاءات التي عُقدت مقابل وتيرة المنتدى (%)
source-visits = الزيارات
source-settlements-visited = البلدات التي زيرت خلال عدد من الأيام الأخيرة
source-settlements-visited-days = { $days ->
    [one] البلدات التي زيرت في اليوم الأخير
    [two] البلدات التي زيرت في اليومين الأخيرين
    [few] البلدات التي زيرت في آخر { $days } أيام
    [many] البلدات التي زيرت في آخر { $days } يومًا
   *[other] البلدات التي زيرت في آخر { $days } يوم
}
source-actions-on-time = مهام المتابعة التي نُفذت في موعدها (%)
source-gaps-resolved = الفجوات التي حُلّت
source-volunteers-confirmed = المتطوعون الذين أكدوا تفاصيلهم
source-program-participants = المشاركون في برنامج
standing-on-track = على المسار
standing-at-risk = في خطر
standing-off-track = خارج المسار

home-plan = خطة العمل
home-plan-no-owner = بلا مسؤول

search-kind-plan_goal = أهداف الخطة وغاياتها
search-kind-plan_task = مهام الخطة
search-kind-plan_lesson = دروس الخطة

error-year-closed = هذه السنة الدراسية من الخطة مغلقة، وأرقامها مجمّدة. يرجى اختيار سنة مفتوحة.
error-counted = يحصي إشكول هذا المؤشر من السجلات، لذلك لا تُكتب قيمه.

field-plan = الخطة
field-first-year = السنة الدراسية الأولى
field-last-year = السنة الدراسية الأخيرة
field-assessment = تقييم الوضع
field-assessed-on = كُتب في
field-plan-goal = الهدف
field-objective = الغاية
field-quarter = الربع
field-unit = وحدة القياس
field-baseline = خط الأساس
field-target-value = الهدف الرقمي
field-direction = الاتجاه
field-frequency = وتيرة القياس
field-split = التقسيم
field-source = القيم الفعلية
field-actual = الفعلي
field-typed-by = كتبه
field-typed-at = كُتب في
field-value = القيمة
field-note = ملاحظة
field-closed-at = أُغلقت في
field-counted = محصى
field-rolled-from = نُقلت من
field-worked = ما نجح
field-did-not = ما لم ينجح
field-cases = حالات
field-lessons = دروس

sync-record-plans = خطة عمل
sync-record-plan-goals = هدف في الخطة
sync-record-plan-objectives = غاية في الخطة
sync-record-plan-tasks = مهمة في الخطة
sync-record-plan-indicators = مؤشر في الخطة
sync-record-plan-actuals = قيمة مكتوبة
sync-record-plan-years = سنة مغلقة
sync-record-plan-figures = رقم مجمّد
sync-record-plan-lessons = دروس السنة

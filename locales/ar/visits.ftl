## Visits: fields

field-purpose = هدف الزيارة
field-visitors = من قام بالزيارة
field-days = عدد الأيام

## Visits: purposes

purpose-counselors = إرشاد المرشدين
purpose-local_coordinator = لقاء مع المركّز/ة المحلي/ة
purpose-youth_movement = نشاط حركة شبابية
purpose-community = لقاء أهالٍ أو مجتمع
purpose-education_team = اجتماع طاقم التربية
purpose-event = فعالية
purpose-other = أخرى

## Visits: the coverage report

coverage-col-cluster = العنقود
coverage-col-settlement = البلدة
coverage-col-coordinator = مركّز/ة العنقود
coverage-col-last-visit = آخر زيارة
coverage-col-days-since = أيام منذ ذلك
coverage-col-visits = زيارات في الفترة
coverage-never = لم تتم زيارة
coverage-title = تغطية الزيارات في البلدات
coverage-subtitle = زيارات من { $from } حتى { $to } · بلدات لم تتم زيارتها منذ { $days } يومًا أو أكثر: { $stale }
coverage-dialog-title = حفظ تقرير التغطية

## Visits: the screens

visits-title = الزيارات إلى البلدات
visits-recent = آخر الزيارات
visits-none = لم تُسجَّل زيارات بعد.
visits-no-settlements = لتسجيل زيارة يجب إضافة بلدات أولًا، في العناقيد والبلدات.
visits-history-title = الزيارات إلى { $settlement }
visit-title = زيارة إلى { $settlement }
visit-saved = حُفظت الزيارة.
visit-settlement-hint = اكتبوا جزءًا من اسم البلدة
visit-settlement-matches = بلدات مطابقة
visit-visitor-hint = اكتبوا اسمًا ثم Enter
visit-save-hint = (Enter في سطر أو Ctrl+Enter هنا للحفظ)
visit-future-ask = التاريخ { $date } لم يأتِ بعد. سجل الزيارات يوثّق الزيارات التي تمّت: هل تُحفظ الزيارة بهذا التاريخ؟
visit-future-save = الحفظ بهذا التاريخ
visit-future-change = تصحيح التاريخ
visit-add-sensitive = إضافة ملاحظات حساسة (قاصرون في خطر)
visit-open-sensitive = فتح الملاحظات الحساسة
visit-has-sensitive = ملاحظات حساسة
visit-open-follow-ups = { $count ->
    [one] مهمة متابعة مفتوحة
    [two] مهمتا متابعة مفتوحتان
    [few] { $count } مهام متابعة مفتوحة
   *[other] { $count } مهمة متابعة مفتوحة
}
visit-follow-ups = مهام المتابعة
visit-follow-up-new = مهمة متابعة جديدة
visit-remove-confirm = حذف الزيارة؟ اضغطوا مرة أخرى للتأكيد
field-people-met = من تم لقاؤهم
field-summary = ملخص
field-sensitive-notes = ملاحظات حساسة: تظهر فقط لمن يفتحها، ولا تظهر في القوائم أو البحث أو التصدير أو الطباعة
action-log-visit = تسجيل الزيارة
action-log-visit-here = تسجيل زيارة في البلدة
action-remove-visit = حذف الزيارة
action-back-visits = العودة إلى الزيارات
action-settlement-history = كل الزيارات إلى البلدة
action-coverage = تقرير التغطية
action-save-csv = تصدير إلى CSV
coverage-from = من تاريخ
coverage-to = حتى تاريخ
coverage-days = لم تتم زيارتها منذ (أيام)
filter-all-coordinators = كل المركّزين
directory-last-visit = آخر زيارة
home-stale-settlements = بلدات لم تتم زيارتها منذ 30 يومًا أو أكثر
home-days-since-visit = قبل { $days } يومًا
home-all-stale = كل البلدات ({ $count })
visit-add-purpose = إضافة هدف إلى القائمة
visit-new-purpose = هدف جديد

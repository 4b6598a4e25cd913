## Backups, restore, and a database that could not be opened

field-path = الملف
error-damaged = ملف قاعدة البيانات تالف أو ناقص ({ $detail }). يمكن الاستعادة من نسخة احتياطية.
backup-file-name = نسخة-احتياطية-أشكول
dialog-backup-save-title = حفظ نسخة احتياطية من أشكول
dialog-backup-open-title = اختيار ملف نسخة احتياطية للاستعادة

backups-title = النسخ الاحتياطية
backups-auto = كل يوم، عند فتح البرنامج، تُحفظ نسخة تلقائيًا في المجلد أدناه. تُحفظ آخر { $kept } نسخ.
backups-latest = آخر نسخة احتياطية تلقائية: { $date }
backups-none = لا توجد نسخة احتياطية تلقائية بعد.
action-backup-save = حفظ نسخة احتياطية في ملف…
action-backup-restore = الاستعادة من نسخة احتياطية…
backup-restore-warning = الاستعادة تستبدل كل ما في أشكول الآن بمحتوى النسخة الاحتياطية. تُحفظ نسخة من الوضع الحالي أولًا.
action-backup-restore-confirm = نعم، اختيار ملف واستعادة
action-cancel-restore = إلغاء
backup-saved = حُفظت النسخة الاحتياطية:
backup-restored = تمت استعادة النسخة الاحتياطية. نسخة مما كان قبل ذلك موجودة في:

damaged-title = ملف قاعدة البيانات تالف
damaged-body = وجد أشكول أن ملف قاعدة البيانات أدناه تالف أو ناقص، لذلك لم يفتحه. لم يُحذف شيء: يُحفظ الملف التالف في مجلد النسخ الاحتياطية.
damaged-latest = آخر نسخة احتياطية سليمة من تاريخ { $date }.
damaged-none = لم يُعثر على نسخة احتياطية تلقائية. إن كان لديكم ملف نسخة احتياطية، اختاروه.
action-restore-latest = استعادة آخر نسخة احتياطية
action-choose-backup = اختيار ملف نسخة احتياطية…

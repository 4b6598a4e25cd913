## The application

app-title = إشكول
app-tagline = منتديات القسم ولقاءاته وزياراته وجهات الاتصال
app-loading = جارٍ التحميل…

## Navigation

nav-label = التنقل الرئيسي
nav-home = الرئيسية
nav-directory = العناقيد والبلدات
nav-people = جهات الاتصال
nav-forums = المنتديات
nav-visits = الزيارات
nav-search = بحث
nav-settings = الإعدادات

## First run

first-run-title = أهلًا بكم في إشكول
first-run-body = قاعدة البيانات فارغة. كيف تريدون البدء؟
first-run-empty = البدء بقاعدة بيانات فارغة
first-run-empty-hint = أدخلوا عناقيد القسم وبلداته وجهات الاتصال بأنفسكم.
first-run-sample = تحميل قسم تجريبي
first-run-sample-hint = ثلاثة عناقيد واثنتا عشرة بلدة وعشرون موظفًا وهميًا، للتعرّف على البرنامج.

## Home

home-title = الرئيسية
home-first-steps = خطوات أولى
home-first-steps-intro = ثلاث خطوات، ويمكن البدء بالعمل:
home-step-clusters = إضافة العناقيد والبلدات
home-step-clusters-help = عناقيد المجلس، والبلدات في كل عنقود.
home-step-import = استيراد قائمة جهات الاتصال
home-step-import-help = من ملف Excel أو CSV، كما تُحفظ اليوم.
home-step-forum = إنشاء منتدى
home-step-forum-help = من قالب جاهز، أو من البداية.
home-first-step-done = تمّ
home-summary = في قاعدة البيانات الآن
home-count-clusters = { $count ->
    [zero] لا عناقيد
    [one] عنقود واحد
    [two] عنقودان
    [few] { $count } عناقيد
   *[other] { $count } عنقودًا
}
home-count-settlements = { $count ->
    [zero] لا بلدات
    [one] بلدة واحدة
    [two] بلدتان
    [few] { $count } بلدات
   *[other] { $count } بلدة
}
home-count-organizations = { $count ->
    [zero] لا منظمات
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $count } منظمات
   *[other] { $count } منظمة
}
home-count-people = { $count ->
    [zero] لا جهات اتصال
    [one] جهة اتصال واحدة
    [two] جهتا اتصال
    [few] { $count } جهات اتصال
   *[other] { $count } جهة اتصال
}

## Areas not built yet


## People

people-title = جهات الاتصال
people-empty = لا توجد جهات اتصال بعد.
people-count = { $count ->
    [zero] لا جهات اتصال
    [one] جهة اتصال واحدة
    [two] جهتا اتصال
    [few] { $count } جهات اتصال
   *[other] { $count } جهة اتصال
}
col-name = الاسم
col-row-actions = إجراءات
col-role = الوظيفة
col-organization = المنظمة
col-cluster = العنقود
col-settlement = البلدة
col-office-phone = الهاتف
col-mobile = الجوال
col-email = البريد الإلكتروني

## Clusters and settlements

directory-title = العناقيد والبلدات
directory-empty = لا توجد عناقيد بعد.
directory-coordinator = منسق/ة العنقود: { $name }
directory-no-coordinator = لا يوجد منسق/ة للعنقود
directory-settlement-count = { $count ->
    [zero] لا بلدات
    [one] بلدة واحدة
    [two] بلدتان
    [few] { $count } بلدات
   *[other] { $count } بلدة
}
region-north = الشمال
region-center = المركز
region-south = الجنوب
region-other = أخرى
settlement-kind-kibbutz = كيبوتس
settlement-kind-moshav = موشاف
settlement-kind-community = بلدة جماهيرية
settlement-kind-other = أخرى

## Settings

settings-title = الإعدادات
settings-language = اللغة
settings-database = ملف قاعدة البيانات
settings-schema-version = إصدار بنية قاعدة البيانات: { $version }
settings-version = إشكول، الإصدار { $version }
settings-copy-support = نسخ للدعم
settings-support-copied = تم نسخ التفاصيل. يمكن لصقها في رسالة إلى الدعم.
settings-support-text = إشكول { $version } · إصدار بنية قاعدة البيانات { $schema } · { $path }
language-he = עברית
language-ar = العربية
language-en = English

## Fields, named in messages

field-name = الاسم
field-full-name = الاسم الكامل
field-region = المنطقة
field-kind = النوع
field-cluster = العنقود
field-settlement = البلدة
field-organization = المنظمة
field-office-phone = هاتف المكتب
field-mobile = الهاتف الجوال
field-email = البريد الإلكتروني

## Errors

error-title = حدث خطأ ما
error-startup-title = تعذّر فتح قاعدة البيانات
error-dismiss = إغلاق
error-required = { $field } مفقود. يرجى تعبئته والمحاولة مجددًا.
error-invalid = { $field } „{ $value }” غير صالح. يرجى التصحيح والمحاولة مجددًا.
error-not-a-date = { $field } „{ $value }” ليس تاريخًا يمكن قراءته. يرجى كتابة اليوم والشهر والسنة، مثل 15.12.2026.
error-not-a-time = { $field } „{ $value }” ليست وقتًا يمكن قراءته. يرجى كتابة الساعات والدقائق، مثل 17:30.
error-not-a-number = { $field } „{ $value }” ليس رقمًا يمكن قراءته. يرجى كتابة أرقام، مثل 5.5 أو 5,5 أو 1,200.
error-not-found = لم يُعثر على السجل. ربما حُذف أو نُقل إلى الأرشيف؛ يرجى تحديث القائمة.
error-unknown-locale = اللغة „{ $code }” غير مدعومة. يمكن اختيار العبرية أو العربية أو الإنجليزية.
error-not-empty = قاعدة البيانات تحتوي على سجلات بالفعل، لذلك لم يُحمَّل القسم التجريبي.
error-not-sharing = هذا الحاسوب لا يشارك قسمًا بعد. يمكن تفعيل المشاركة من الإعدادات.
error-has-records = في هذا الحاسوب سجلات خاصة به. يمكن اختيار دمجها في القسم، أو الانضمام من قاعدة بيانات فارغة.
error-not-a-join-file = الملف المختار ليس ملف انضمام إلى قسم. يرجى اختيار الملف الذي أنشأه حاسوب القسم.
error-schema-too-new = أُنشئت قاعدة البيانات بإصدار أحدث من إشكول (البنية { $found }، وهذا الإصدار يعرف حتى { $supported }). يرجى تحديث البرنامج.
error-not-eshkol-database = الملف المختار ليس قاعدة بيانات إشكول.
error-database = خطأ في قاعدة البيانات: { $detail }
error-disk-full = القرص ممتلئ، لذلك لم يُحفظ هذا. ما كتبته باقٍ. أفرغوا بعض المساحة على القرص (احذفوا ملفات كبيرة لا حاجة لها، أو أفرغوا سلة المحذوفات).
error-database-busy = برنامج آخر (sqlite3 مثلًا) يكتب في ملف قاعدة بيانات أشكول ولم يحرّره، لذلك لم يُحفظ هذا. ما كتبته باقٍ. أغلقوا ذلك البرنامج، أو أنهوا ما يفعله، وحاولوا مجددًا.
error-io = خطأ في قراءة ملف أو كتابته: { $detail }
error-internal = خطأ داخلي: { $detail }

## Records: actions, filters, forms

action-save = حفظ
action-cancel = إلغاء
action-archive = نقل إلى الأرشيف
action-restore = استعادة من الأرشيف
action-save-anyway = الحفظ على أي حال
action-new-person = جهة اتصال جديدة
action-new-cluster = عنقود جديد
action-new-settlement = بلدة جديدة
action-new-organization = منظمة جديدة
badge-archived = في الأرشيف
badge-inactive = غير نشط
option-none = — بلا —
option-choose = — اختر —
link-call = اتصال بـ
link-email = بريد إلى
filter-people = تصفية: الاسم، الوظيفة، البلدة، الهاتف أو البريد
filter-directory = تصفية حسب اسم العنقود أو البلدة أو المنظمة
filter-all-clusters = كل العناقيد
filter-all-roles = كل الوظائف
filter-all-organizations = كل المنظمات
filter-show-archived = عرض السجلات المؤرشفة أيضًا
people-count-shown = { $shown } من { $count }
people-none-match = لا توجد جهات اتصال تطابق التصفية.
person-new-title = جهة اتصال جديدة
person-edit-title = تفاصيل جهة الاتصال
cluster-new-title = عنقود جديد
cluster-edit-title = تفاصيل العنقود
settlement-new-title = بلدة جديدة
settlement-edit-title = تفاصيل البلدة
organization-new-title = منظمة جديدة
organization-edit-title = تفاصيل المنظمة
directory-organizations = المنظمات
organizations-empty = لا توجد منظمات بعد.
organization-kind-department = القسم
organization-kind-youth-movement = حركة شبابية
organization-kind-school = مدرسة
organization-kind-district = لواء
organization-kind-authority = سلطة محلية
organization-kind-partner = جهة شريكة
field-role-title = الوظيفة
field-notes = ملاحظات
field-active = نشط/ة
field-colour = اللون
field-coordinator = منسق/ة العنقود
field-local-coordinator = منسق/ة التربية في البلدة
field-children-count = عدد الأطفال
field-children-participating = منهم مشاركون
field-youth-count = عدد الشباب
field-youth-participating = منهم مشاركون
field-youth-movements = الحركات الشبابية الناشطة في البلدة
error-duplicate = لدى { $name } نفس { $field }. قد يكون الشخص نفسه: يمكن التصحيح أو الحفظ على أي حال.
error-cluster-has-settlements = ما زال في العنقود { $count } بلدات نشطة. انقلوها إلى عنقود آخر أو إلى الأرشيف، ثم انقلوا العنقود إلى الأرشيف.

## Contact sheet

action-contact-sheet = ورقة جهات الاتصال للطباعة
action-print = طباعة
action-back = العودة إلى القائمة
sheet-title = ورقة جهات الاتصال
sheet-grouping = التجميع
sheet-group-by-cluster = حسب العنقود
sheet-group-by-role = حسب الوظيفة
sheet-group-by-organization = حسب المنظمة
sheet-group-by-none = قائمة واحدة
sheet-columns = الأعمدة
sheet-summary = { $people ->
    [zero] لا جهات اتصال
    [one] جهة اتصال واحدة
    [two] جهتا اتصال
    [few] { $people } جهات اتصال
   *[other] { $people } جهة اتصال
}، { $pages ->
    [zero] لا صفحات
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $pages } صفحات
   *[other] { $pages } صفحة
}
sheet-ungrouped = بلا انتماء
sheet-group-continued = { $group } (تابع)
sheet-page = صفحة { $page } من { $pages }

## Export

export-label = تصدير
action-export-xlsx = إكسل
action-export-csv = CSV
action-export-vcard = للهاتف (vCard)
export-file-name = جهات-الاتصال
export-saved = حُفظ في الملف:
export-dialog-title = حفظ التصدير

## Import

action-import = استيراد من ملف
import-dialog-title = استيراد قائمة جهات اتصال
import-title = استيراد: { $file }
action-import-paste = لصق جدول
import-paste-title = لصق جدول من Excel أو Word
import-paste-help = انسخوا الجدول مع سطر العناوين والصقوه هنا. قبل أن يُحفظ أي شيء يُعرض كل سطر وما سيحدث له.
import-paste-preview = عرض ما سيُستورد
import-pasted-name = جدول ملصوق
import-sheet-found = وُجد الجدول في الورقة „{ $sheet }”.
import-title-skipped = { $count ->
    [one] بدا السطر الأول عنوانًا، ولن يُستورد.
    [two] بدا السطران الأولان عنوانًا، ولن يُستوردا.
   *[other] بدت الأسطر الأولى ({ $count }) عنوانًا، ولن تُستورد.
}
import-columns = ماذا يحتوي كل عمود
import-column-ignore = — لا تستورد —
import-target-full-name = الاسم الكامل
import-target-first-name = الاسم الشخصي
import-target-last-name = اسم العائلة
import-target-role-title = الوظيفة
import-target-organization = المنظمة
import-target-cluster = العنقود
import-target-settlement = البلدة
import-target-office-phone = هاتف المكتب
import-target-mobile = الهاتف الجوال
import-target-email = البريد الإلكتروني
import-target-notes = ملاحظات
import-summary = جديد: { $create }، للتحديث: { $update }، لن يُستورد: { $skip }
import-pages = صفحات الصفوف
import-previous = الصفوف السابقة
import-next = الصفوف التالية
import-shown = الصفوف { $from }–{ $to } من { $total }
import-action-create = جديد
import-action-update = يحدّث { $name }
import-action-skip = لن يُستورد
import-col-line = سطر
import-col-action = ماذا سيحدث
import-col-problems = ملاحظات
import-commit = استيراد الآن
import-done = تم الاستيراد: { $created } جديد، { $updated } حُدّث، { $skipped } لم يُستورد.
import-new-organization = ستُضاف المنظمة „{ $name }” إلى قائمة المنظمات.
import-unknown = { $field } „{ $value }” غير موجود وسيبقى فارغًا.
import-same-as-line = الشخص نفسه كما في السطر { $line }.
error-not-a-contact-list = الملف „{ $file }” ليس قائمة جهات اتصال: يلزم ملف CSV أو إكسل في سطره الأول عناوين مثل الاسم، الوظيفة، الهاتف، الجوال، البريد.
error-file-too-large = الملف أكبر من { $megabytes } ميغابايت. يمكن تقسيمه إلى عدة ملفات.
error-file-limit-uncompressed = يتمدد هذا المصنف عند فتحه إلى أكثر من { $max } ميغابايت، أكثر بكثير من قائمة جهات اتصال. تأكدوا أنه الملف الصحيح، أو انسخوا جدول جهات الاتصال وحده إلى مصنف جديد واستوردوه.
error-file-limit-shared-strings = يحوي هذا المصنف أكثر من { $max } نصًا مختلفًا، أكثر بكثير من قائمة جهات اتصال. تأكدوا أنه الملف الصحيح، أو انسخوا جدول جهات الاتصال وحده إلى مصنف جديد واستوردوه.
error-file-limit-rows = في الملف أكثر من { $max } صف. قائمة جهات الاتصال للواء كامل أقل من ذلك بكثير: تأكدوا أنه الملف الصحيح، أو احذفوا الصفوف الفارغة والزائدة في آخره (تصنعها صيغة سُحبت إلى الأسفل) وحاولوا مجددًا.
error-file-limit-columns = في الملف أكثر من { $max } عمود. في قائمة جهات الاتصال نحو اثني عشر عمودًا: احذفوا الأعمدة الزائدة (تصنعها صيغة سُحبت جانبًا) وحاولوا مجددًا.
error-file-limit-cell = خلية واحدة في الملف تحوي أكثر من { $max } حرف، ولا تحتاج أي تفصيلة لجهة اتصال إلى ذلك. تأكدوا أنه الملف الصحيح، أو اختصروا تلك الخلية وحاولوا مجددًا.
error-no-name-column = لم يُحدَّد أي عمود كاسم. يرجى اختيار العمود الذي فيه الأسماء.
error-no-import = لا يوجد ملف مفتوح للاستيراد. يرجى اختيار ملف.
error-pdf = تعذّر إنشاء ملف PDF: { $detail }
action-save-pdf = حفظ كملف PDF
sheet-file-name = ورقة-جهات-الاتصال
sheet-dialog-title = حفظ ورقة جهات الاتصال كملف PDF
dialog-discard-question = ما كُتب هنا لم يُحفظ بعد. هل تريد الإغلاق دون حفظ؟
dialog-keep-editing = متابعة التحرير
dialog-discard = إغلاق دون حفظ
person-saved = حُفظت جهة الاتصال.
directory-saved = حُفظت التغييرات.

## The date and time fields: typed day first, or picked from a calendar whose week starts on Sunday

date-placeholder = يوم.شهر.سنة
# A number field, when what was typed reads as another form of the number ("1 200" → 1,200).
number-reads-as = يُقرأ { $number }
time-placeholder = ساعة:دقيقة
date-open-calendar = الاختيار من التقويم
date-calendar = التقويم
date-previous-month = الشهر السابق
date-next-month = الشهر التالي
date-today = اليوم

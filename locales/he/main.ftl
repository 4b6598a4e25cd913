## The application

app-title = אשכול
app-tagline = פורומים, מפגשים, ביקורים ואנשי קשר של המחלקה
app-loading = טוען…

## Navigation

nav-label = ניווט ראשי
nav-home = בית
nav-directory = אשכולות ויישובים
nav-people = אנשי קשר
nav-forums = פורומים
nav-visits = ביקורים
nav-search = חיפוש
nav-settings = הגדרות

## First run

first-run-title = ברוכים הבאים לאשכול
first-run-body = המאגר ריק. איך להתחיל?
first-run-empty = להתחיל עם מאגר ריק
first-run-empty-hint = מזינים את האשכולות, היישובים ואנשי הקשר של המחלקה בעצמכם.
first-run-sample = לטעון מחלקה לדוגמה
first-run-sample-hint = שלושה אשכולות, שנים־עשר יישובים ועשרים אנשי צוות בדויים, כדי להכיר את התוכנה.

## Home

home-title = בית
home-first-steps = צעדים ראשונים
home-first-steps-intro = שלושה צעדים, וכבר אפשר לעבוד:
home-step-clusters = להוסיף אשכולות ויישובים
home-step-clusters-help = האשכולות של המועצה, והיישובים בכל אשכול.
home-step-import = לייבא את רשימת אנשי הקשר
home-step-import-help = מקובץ Excel או CSV, כפי שהיא נשמרת היום.
home-step-forum = ליצור פורום
home-step-forum-help = מתבנית מוכנה, או מאפס.
home-first-step-done = נעשה
home-summary = המאגר כרגע
home-count-clusters = { $count ->
    [one] אשכול אחד
   *[other] { $count } אשכולות
}
home-count-settlements = { $count ->
    [one] יישוב אחד
   *[other] { $count } יישובים
}
home-count-organizations = { $count ->
    [one] ארגון אחד
   *[other] { $count } ארגונים
}
home-count-people = { $count ->
    [one] איש קשר אחד
   *[other] { $count } אנשי קשר
}

## Areas not built yet


## People

people-title = אנשי קשר
people-empty = אין עדיין אנשי קשר.
people-count = { $count ->
    [one] איש קשר אחד
   *[other] { $count } אנשי קשר
}
col-name = שם
col-row-actions = פעולות
col-role = תפקיד
col-organization = ארגון
col-cluster = אשכול
col-settlement = יישוב
col-office-phone = טלפון
col-mobile = נייד
col-email = דוא״ל

## Clusters and settlements

directory-title = אשכולות ויישובים
directory-empty = אין עדיין אשכולות.
directory-coordinator = רכז/ת האשכול: { $name }
directory-no-coordinator = אין רכז/ת אשכול
directory-settlement-count = { $count ->
    [one] יישוב אחד
   *[other] { $count } יישובים
}
region-north = צפון
region-center = מרכז
region-south = דרום
region-other = אחר
settlement-kind-kibbutz = קיבוץ
settlement-kind-moshav = מושב
settlement-kind-community = יישוב קהילתי
settlement-kind-other = אחר

## Settings

settings-title = הגדרות
settings-language = שפה
settings-database = קובץ המאגר
settings-schema-version = גרסת מבנה המאגר: { $version }
settings-version = אשכול, גרסה { $version }
settings-copy-support = העתקה לתמיכה
settings-support-copied = הפרטים הועתקו. אפשר להדביק אותם בהודעה לתמיכה.
settings-support-text = אשכול { $version } · גרסת מבנה המאגר { $schema } · { $path }
language-he = עברית
language-ar = العربية
language-en = English

## Fields, named in messages

field-name = שם
field-full-name = שם מלא
field-region = אזור
field-kind = סוג
field-cluster = אשכול
field-settlement = יישוב
field-organization = ארגון
field-office-phone = טלפון במשרד
field-mobile = טלפון נייד
field-email = דוא״ל

## Errors

error-title = משהו השתבש
error-startup-title = לא ניתן לפתוח את המאגר
error-dismiss = סגירה
error-required = חסר { $field }. נא למלא ולנסות שוב.
error-invalid = { $field } „{ $value }” אינו תקין. נא לתקן ולנסות שוב.
error-not-a-date = { $field } „{ $value }” אינו תאריך שאפשר לקרוא. נא להקליד יום, חודש ושנה, למשל 15.12.2026.
error-not-a-time = { $field } „{ $value }” אינה שעה שאפשר לקרוא. נא להקליד שעות ודקות, למשל 17:30.
error-not-a-number = { $field } „{ $value }” אינו מספר שאפשר לקרוא. נא להקליד ספרות, למשל 5.5 או 5,5 או 1,200.
error-not-found = הרשומה לא נמצאה. ייתכן שנמחקה או הועברה לארכיון; נא לרענן את הרשימה.
error-unknown-locale = השפה „{ $code }” אינה נתמכת. אפשר לבחור עברית, ערבית או אנגלית.
error-not-empty = המאגר כבר מכיל רשומות, ולכן לא נטענה המחלקה לדוגמה.
error-not-sharing = המחשב הזה עדיין לא משתף מחלקה. אפשר להפעיל שיתוף בהגדרות.
error-has-records = במחשב הזה כבר יש רשומות משלו. אפשר לבחור למזג אותן אל המחלקה, או להצטרף ממאגר ריק.
error-not-a-join-file = הקובץ שנבחר אינו קובץ הצטרפות למחלקה. נא לבחור את הקובץ שיצר מחשב המחלקה.
error-schema-too-new = המאגר נוצר בגרסה חדשה יותר של אשכול (מבנה { $found }, גרסה זו מכירה עד { $supported }). נא לעדכן את התוכנה.
error-not-eshkol-database = הקובץ שנבחר אינו מאגר של אשכול.
error-database = שגיאה במאגר: { $detail }
error-disk-full = הדיסק מלא, ולכן זה לא נשמר. מה שהקלדת נשאר. פנו מקום בדיסק (מחקו קבצים גדולים שאינם נחוצים, או רוקנו את סל המחזור).
error-database-busy = תוכנה אחרת (למשל sqlite3) כותבת לקובץ מסד הנתונים של אשכול ולא שחררה אותו, ולכן זה לא נשמר. מה שהקלדת נשאר. סגרו את התוכנה ההיא, או סיימו את מה שהיא עושה, ונסו שוב.
error-io = שגיאה בקריאת קובץ או בכתיבתו: { $detail }
error-internal = שגיאה פנימית: { $detail }

## Records: actions, filters, forms

action-save = שמירה
action-cancel = ביטול
action-archive = העברה לארכיון
action-restore = החזרה מהארכיון
action-save-anyway = לשמור בכל זאת
action-new-person = איש קשר חדש
action-new-cluster = אשכול חדש
action-new-settlement = יישוב חדש
action-new-organization = ארגון חדש
badge-archived = בארכיון
badge-inactive = לא פעיל
option-none = — ללא —
option-choose = — לבחור —
link-call = חיוג אל
link-email = מייל אל
filter-people = סינון: שם, תפקיד, יישוב, טלפון או מייל
filter-directory = סינון לפי שם אשכול, יישוב או ארגון
filter-all-clusters = כל האשכולות
filter-all-roles = כל התפקידים
filter-all-organizations = כל הארגונים
filter-show-archived = להציג גם רשומות בארכיון
people-count-shown = { $shown } מתוך { $count }
people-none-match = אין אנשי קשר שמתאימים לסינון.
person-new-title = איש קשר חדש
person-edit-title = פרטי איש קשר
cluster-new-title = אשכול חדש
cluster-edit-title = פרטי אשכול
settlement-new-title = יישוב חדש
settlement-edit-title = פרטי יישוב
organization-new-title = ארגון חדש
organization-edit-title = פרטי ארגון
directory-organizations = ארגונים
organizations-empty = אין עדיין ארגונים.
organization-kind-department = המחלקה
organization-kind-youth-movement = תנועת נוער
organization-kind-school = בית ספר
organization-kind-district = מחוז
organization-kind-authority = רשות
organization-kind-partner = גוף שותף
field-role-title = תפקיד
field-notes = הערות
field-active = פעיל/ה
field-colour = צבע
field-coordinator = רכז/ת האשכול
field-local-coordinator = רכז/ת חינוך יישובי/ת
field-children-count = מספר הילדים
field-children-participating = מתוכם משתתפים
field-youth-count = מספר בני הנוער
field-youth-participating = מתוכם משתתפים
field-youth-movements = תנועות נוער פעילות ביישוב
error-duplicate = ל{ $name } כבר רשום אותו { $field }. ייתכן שזה אותו אדם: אפשר לתקן, או לשמור בכל זאת.
error-cluster-has-settlements = באשכול עדיין { $count } יישובים פעילים. יש להעביר אותם לאשכול אחר או לארכיון, ואז להעביר את האשכול לארכיון.

## Contact sheet

action-contact-sheet = דף קשר להדפסה
action-print = הדפסה
action-back = חזרה לרשימה
sheet-title = דף קשר
sheet-grouping = קיבוץ
sheet-group-by-cluster = לפי אשכול
sheet-group-by-role = לפי תפקיד
sheet-group-by-organization = לפי ארגון
sheet-group-by-none = רשימה אחת
sheet-columns = עמודות
sheet-summary = { $people ->
    [one] איש קשר אחד
   *[other] { $people } אנשי קשר
}, { $pages ->
    [one] עמוד אחד
   *[other] { $pages } עמודים
}
sheet-ungrouped = ללא שיוך
sheet-group-continued = { $group } (המשך)
sheet-page = עמוד { $page } מתוך { $pages }

## Export

export-label = ייצוא
action-export-xlsx = אקסל
action-export-csv = CSV
action-export-vcard = לטלפון (vCard)
export-file-name = אנשי-קשר
export-saved = נשמר בקובץ:
export-dialog-title = שמירת הייצוא

## Import

action-import = ייבוא מקובץ
import-dialog-title = ייבוא רשימת אנשי קשר
import-title = ייבוא: { $file }
action-import-paste = הדבקת טבלה
import-paste-title = הדבקת טבלה מ־Excel או מ־Word
import-paste-help = מעתיקים את הטבלה, כולל שורת הכותרות, ומדביקים כאן. לפני שמשהו נשמר תוצג כל שורה ומה ייעשה בה.
import-paste-preview = להציג מה ייובא
import-pasted-name = טבלה שהודבקה
import-sheet-found = הטבלה נמצאה בגיליון „{ $sheet }”.
import-title-skipped = { $count ->
    [one] השורה הראשונה נראתה ככותרת, ולא תיובא.
   *[other] { $count } השורות הראשונות נראו ככותרת, ולא ייובאו.
}
import-columns = מה יש בכל עמודה
import-column-ignore = — לא לייבא —
import-target-full-name = שם מלא
import-target-first-name = שם פרטי
import-target-last-name = שם משפחה
import-target-role-title = תפקיד
import-target-organization = ארגון
import-target-cluster = אשכול
import-target-settlement = יישוב
import-target-office-phone = טלפון במשרד
import-target-mobile = טלפון נייד
import-target-email = דוא״ל
import-target-notes = הערות
import-summary = { $create ->
    [one] חדש אחד
   *[other] { $create } חדשים
}, { $update ->
    [one] אחד יעודכן
   *[other] { $update } יעודכנו
}, { $skip ->
    [one] אחד לא ייובא
   *[other] { $skip } לא ייובאו
}
import-pages = דפי השורות
import-previous = השורות הקודמות
import-next = השורות הבאות
import-shown = שורות { $from }–{ $to } מתוך { $total }
import-action-create = חדש
import-action-update = יעדכן את { $name }
import-action-skip = לא ייובא
import-col-line = שורה
import-col-action = מה ייעשה
import-col-problems = הערות
import-commit = לייבא עכשיו
import-done = הייבוא הסתיים: חדשים { $created }, עודכנו { $updated }, לא יובאו { $skipped }.
import-new-organization = הארגון „{ $name }” ייווסף לרשימת הארגונים.
import-unknown = { $field } „{ $value }” לא נמצא ולכן יישאר ריק.
import-same-as-line = אותו אדם כמו בשורה { $line }.
error-not-a-contact-list = הקובץ „{ $file }” אינו רשימת אנשי קשר: צריך קובץ CSV או Excel שבשורה הראשונה שלו כותרות כמו שם, תפקיד, טלפון, נייד, מייל.
error-file-too-large = הקובץ גדול מ־{ $megabytes } מגה־בייט. אפשר לפצל אותו לכמה קבצים.
error-file-limit-uncompressed = חוברת העבודה הזו נפרשת ליותר מ־{ $max } מגה־בייט כשהיא נפתחת, הרבה יותר מרשימת אנשי קשר. בדקו שזה הקובץ הנכון, או העתיקו רק את טבלת אנשי הקשר לחוברת חדשה וייבאו אותה.
error-file-limit-shared-strings = חוברת העבודה הזו מכילה יותר מ־{ $max } טקסטים שונים, הרבה יותר מרשימת אנשי קשר. בדקו שזה הקובץ הנכון, או העתיקו רק את טבלת אנשי הקשר לחוברת חדשה וייבאו אותה.
error-file-limit-rows = בקובץ יש יותר מ־{ $max } שורות. ברשימת אנשי הקשר של מחוז שלם יש הרבה פחות: בדקו שזה הקובץ הנכון, או מחקו את השורות הריקות והעודפות בסופו (נוסחה שנגררה למטה יוצרת אותן) ונסו שוב.
error-file-limit-columns = בקובץ יש יותר מ־{ $max } עמודות. ברשימת אנשי קשר יש כתריסר: מחקו את העמודות העודפות (נוסחה שנגררה הצידה יוצרת אותן) ונסו שוב.
error-file-limit-cell = תא אחד בקובץ מכיל יותר מ־{ $max } תווים, ואף פרט של איש קשר אינו צריך כל כך הרבה. בדקו שזה הקובץ הנכון, או קצרו את התא הזה ונסו שוב.
error-no-name-column = אף עמודה לא סומנה כשם. נא לבחור את העמודה שבה השמות.
error-no-import = אין קובץ פתוח לייבוא. נא לבחור קובץ.
error-pdf = לא ניתן היה ליצור את קובץ ה־PDF: { $detail }
action-save-pdf = שמירה כ־PDF
sheet-file-name = דף-קשר
sheet-dialog-title = שמירת דף הקשר כ־PDF
dialog-discard-question = מה שהוקלד כאן עוד לא נשמר. לסגור בלי לשמור?
dialog-keep-editing = להמשיך לערוך
dialog-discard = לסגור בלי לשמור
person-saved = איש הקשר נשמר.
directory-saved = השינויים נשמרו.

## The date and time fields: typed day first, or picked from a calendar whose week starts on Sunday

date-placeholder = יום.חודש.שנה
# A number field, when what was typed reads as another form of the number ("1 200" → 1,200).
number-reads-as = נקרא כ־{ $number }
time-placeholder = שעה:דקות
date-open-calendar = בחירה מלוח השנה
date-calendar = לוח שנה
date-previous-month = החודש הקודם
date-next-month = החודש הבא
date-today = היום

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
home-next = בקרוב כאן: פורומים שלא התכנסו בזמן, משימות באיחור, פערים פתוחים, יישובים שלא ביקרו בהם ומפגשי השבוע הקרוב.

## Areas not built yet

not-built-title = { $area }: עדיין לא כאן
not-built-body = האזור הזה עדיין בבנייה ויגיע בגרסה קרובה. שום דבר לא נשמר או אבד כאן.

## People

people-title = אנשי קשר
people-empty = אין עדיין אנשי קשר.
people-count = { $count ->
    [one] איש קשר אחד
   *[other] { $count } אנשי קשר
}
col-name = שם
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
field-count = מספר המשתתפים

## Errors

error-title = משהו השתבש
error-startup-title = לא ניתן לפתוח את המאגר
error-dismiss = סגירה
error-required = חסר { $field }. נא למלא ולנסות שוב.
error-invalid = { $field } „{ $value }” אינו תקין. נא לתקן ולנסות שוב.
error-not-found = הרשומה לא נמצאה. ייתכן שנמחקה או הועברה לארכיון; נא לרענן את הרשימה.
error-unknown-locale = השפה „{ $code }” אינה נתמכת. אפשר לבחור עברית, ערבית או אנגלית.
error-not-empty = המאגר כבר מכיל רשומות, ולכן לא נטענה המחלקה לדוגמה.
error-schema-too-new = המאגר נוצר בגרסה חדשה יותר של אשכול (מבנה { $found }, גרסה זו מכירה עד { $supported }). נא לעדכן את התוכנה.
error-not-eshkol-database = הקובץ שנבחר אינו מאגר של אשכול.
error-database = שגיאה במאגר: { $detail }
error-io = שגיאה בקריאת קובץ או בכתיבתו: { $detail }
error-internal = שגיאה פנימית: { $detail }

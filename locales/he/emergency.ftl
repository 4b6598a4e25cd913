## Emergency readiness: the area

nav-emergency = חירום
emergency-title = היערכות לחירום
emergency-tab-help = מי יכול לעזור
emergency-tab-volunteers = מתנדבים
emergency-tab-capabilities = יכולות

## Emergency readiness: the Ministry's emergency clusters

emergency-cluster-emotional = רגשי
emergency-cluster-pedagogical = פדגוגי (כולל למידה מרחוק)
emergency-cluster-social = חברתי / הפגתי
emergency-cluster-non-professional = לא מקצועי

## Emergency readiness: fields

field-emergency-cluster = מכלול חירום
field-capability = יכולות
field-person = איש או אשת הקשר
field-home-settlement = יישוב מגורים
field-whole-council = בכל המועצה
field-availability = זמינות
field-available-days = ימים
field-available-from = משעה
field-available-until = עד שעה
field-retiree = גמלאי/ת
field-confirmed-on = הפרטים אושרו בתאריך
field-left-on = הפסיק/ה להתנדב בתאריך
field-left-reason = הסיבה להפסקת ההתנדבות
field-merged-into = אוחדה עם
field-scope-count = היקף הפעילות
field-scope-unit = יחידת ההיקף
field-main-program = התוכנית או תחום התוכן העיקרי
field-other-programs = תוכניות ותחומי תוכן נוספים
field-remote-learning = מומחיות בלמידה מרחוק
field-contact = איש או אשת קשר לחירום
field-equipment = ציוד
field-quantity = כמות
field-kept-at = היכן מאוחסן

## Emergency readiness: who can help

help-place = איפה
help-place-council = כל המועצה
help-place-cluster = כל { $name }
help-what = במה
help-every-capability = כל יכולת ב{ $cluster }
help-match = התאמה
help-match-all = כל מה שנבחר
help-match-any = אחד מהם לפחות
help-filter = סינון היכולות
help-found-volunteers = { $more ->
    [yes] יותר מ־{ $count } מתנדבים
   *[no] { $count ->
        [0] אין מתנדבים
        [one] מתנדב/ת אחד/ת
       *[other] { $count } מתנדבים
    }
 }
help-found-organizations = { $more ->
    [yes] יותר מ־{ $count } ארגונים
   *[no] { $count ->
        [0] אין ארגונים
        [one] ארגון אחד
       *[other] { $count } ארגונים
    }
 }
help-none = לא נמצא מי שיכול לעזור כאן במה שנבחר.
help-none-all = אין כאן מי שיכול את כל מה שנבחר. חלק ממנו יכולים: { $volunteers ->
        [0] אין מתנדבים
        [one] מתנדב/ת אחד/ת
       *[other] { $volunteers } מתנדבים
    } · { $organizations ->
        [0] אין ארגונים
        [one] ארגון אחד
       *[other] { $organizations } ארגונים
    }.
help-show-any = להציג את מי שיכול חלק ממה שנבחר
help-shown-first = מוצגים { $shown } הראשונים מכל סוג.
help-col-name = שם
help-col-kind = סוג
help-col-nearness = פעיל/ה
help-col-capabilities = יכולות
help-col-phone = טלפון
help-col-confirmed = עדכון אחרון
help-kind-volunteer = מתנדב/ת
help-kind-organization = ארגון
help-near-here = כאן
help-near-cluster = באשכול
help-near-council = בכל המועצה
help-age-days = { $days ->
    [one] לפני יום
    [two] לפני יומיים
   *[other] לפני { $days } ימים
}
help-age-months = { $months ->
    [one] לפני חודש
    [two] לפני חודשיים
   *[other] לפני { $months } חודשים
}
help-age-today = היום
help-never-confirmed = לא אושר מעולם
help-stale = לא עודכן מעל שנה
help-contact = איש קשר: { $name }

## Emergency readiness: volunteers

volunteers-add = מתנדב/ת חדש/ה
volunteers-empty = אין עדיין מתנדבים לחירום. הוסיפו את הראשון או הראשונה.
volunteers-show-left = גם מי שהפסיקו להתנדב
volunteer-col-name = שם
volunteer-col-phone = טלפון
volunteer-col-home = יישוב מגורים
volunteer-col-capabilities = יכולות
volunteer-col-confirmed = אושר
volunteer-new-title = מתנדב/ת חדש/ה לחירום
volunteer-edit-title = פרטי מתנדב/ת לחירום
volunteer-person-existing = מאנשי הקשר במאגר
volunteer-person-new = איש או אשת קשר חדשים
volunteer-reach = איפה יכול/ה לפעול
volunteer-reach-hint = גם ביישוב המגורים.
volunteer-affiliations = שיוך ארגוני
volunteer-independent = בלי שיוך: עצמאי/ת
volunteer-left-note = הפסיק/ה להתנדב ב־{ $date }: { $reason }
volunteer-leave = הפסקת התנדבות
volunteer-leave-confirm = הפסקת ההתנדבות
volunteer-return = חזרה להתנדבות
volunteer-saved = פרטי המתנדב/ת נשמרו.

## Emergency readiness: organizations

emergency-tab-organizations = ארגונים
readiness-title = יכולות בחירום: { $name }
readiness-col-active = איפה פעיל
readiness-not-entered = לא הוזן עדיין
readiness-equipment-kind = סוג הציוד
readiness-equipment-add = הוספת ציוד
readiness-equipment-remove = הסרה
readiness-saved = יכולות הארגון בחירום נשמרו.

## Emergency readiness: capabilities

capabilities-add = הוספת יכולת
capabilities-empty = אין עדיין יכולות במכלול הזה.
capability-holders = { $volunteers ->
    [one] מתנדב/ת אחד/ת
   *[other] { $volunteers } מתנדבים
 } · { $organizations ->
    [one] ארגון אחד
   *[other] { $organizations } ארגונים
 }
capability-merge-into = איחוד לתוך
capability-merge = איחוד
capability-merged = היכולות אוחדו, ומי שהחזיקו בהן עברו ליכולת המאוחדת.

## Emergency readiness: the coverage matrix

emergency-tab-matrix = מפת כיסוי
matrix-title = מפת כיסוי לחירום
matrix-legend = בכל משבצת: המתנדבים והארגונים שפרטיהם אושרו בשנה האחרונה, ומי שפרטיו ישנים יותר. משבצת שאין בה איש, או רק פרטים ישנים, מסומנת.
matrix-cell = { $volunteers ->
    [0] אין מתנדבים
    [one] מתנדב/ת אחד/ת
   *[other] { $volunteers } מתנדבים
 } · { $organizations ->
    [0] אין ארגונים
    [one] ארגון אחד
   *[other] { $organizations } ארגונים
 }
matrix-cell-stale = ועוד { $stale } לא עדכניים
matrix-cell-empty = אין
matrix-dialog-title = שמירת מפת הכיסוי לחירום
matrix-open = מי יכול לעזור ב{ $settlement }, { $cluster }

## Emergency readiness: the emergency contact sheet

emergency-tab-sheet = דף חירום
emergency-sheet-title = דף קשר לחירום
emergency-sheet-for = דף חירום של
emergency-sheet-printed = הודפס ב־{ $date }
emergency-sheet-as-of = הפרטים נכונים ל־{ $date }
emergency-sheet-contacts = אנשי הקשר ביישוב
emergency-sheet-nobody = אין.
emergency-sheet-stale-legend = { $mark } ברקע כתום: פרטים שלא אושרו יותר משנה, או מעולם. יש לוודא אותם בשיחה לפני שמסתמכים עליהם.
emergency-sheet-dialog-title = שמירת דף החירום
emergency-sheet-choose = בחרו יישוב, או אשכול לדף לכל אחד מיישוביו.
field-cluster-coordinator = רכז/ת האשכול

## Emergency readiness: the yearly update round

emergency-tab-round = סבב עדכון
field-scope = מי נשאל
field-started-on = נפתח בתאריך
field-closed-on = נסגר בתאריך
field-subject-kind = סוג
field-status-on = תאריך המצב
round-scope-volunteers = המתנדבים
round-scope-organizations = הארגונים
round-scope-both = המתנדבים והארגונים
round-status-prepared = טרם נשלחה
round-status-sent = נשלחה בקשה, ממתין לתשובה
round-status-answered = ענה/תה, אין שינוי
round-status-changed = הפרטים עודכנו
round-status-no-answer = לא ענה/תה עד סגירת הסבב
round-status-left = הפסיק/ה להתנדב
sync-record-update-rounds = סבב עדכון
sync-record-update-requests = בקשת עדכון בסבב

error-not-a-round-reply = הקובץ „{ $file }” אינו קובץ עדכון של סבב פתוח: צריך את קובץ ה־Excel שאשכול הכין למתנדב/ת או לארגון, אחרי שמילאו אותו.
round-email-subject = { $round }: עדכון הפרטים במאגר החירום
round-email-body = שלום { $name },
    
    במסגרת { $round } אנחנו מעדכנים את מאגר המתנדבים והארגונים לחירום. אלה הפרטים שרשומים אצלנו:
    
    { $details }
    
    אם משהו השתנה, כתבו לנו מה. אם הכול נכון, השיבו „הכול נכון”.
    
    תודה,
    { $department }
round-workbook-instructions = בעמודה הצהובה כתבו רק מה שהשתנה, ושלחו את הקובץ בחזרה. שורה שנשארה ריקה נשארת כפי שהיא.
round-form-instructions = בעמודה „מה השתנה” כתבו רק מה שהשתנה, והחזירו את הטופס. שורה שנשארה ריקה נשארת כפי שהיא.
round-col-detail = פרט
round-col-current = כפי שרשום אצלנו
round-col-new = מה השתנה
round-workbook-dialog-title = שמירת קובץ העדכון

round-default-name = עדכון שנתי { $year }
round-start = פתיחת הסבב
round-choose = סבב
round-closed = נסגר
round-closed-on = נסגר ב־{ $date }
round-take-back = קליטת קובץ שחזר
round-calls = לטלפן למי שעוד לא ענו ({ $count })
round-calls-title = { $name }: מי שעוד לא ענו
round-called = הערות מהשיחה
round-close = סגירת הסבב
round-close-confirm = לסגור את { $name }? מי שלא ענו יסומנו „לא ענו”.
round-col-request = הבקשה
round-email = מייל
round-form = טופס להדפסה
round-workbook = קובץ Excel
round-back = חזרה לסבב
round-reply-dialog-title = בחירת קובץ העדכון שחזר
round-reply-title = מה השתנה אצל { $name }
round-reply-nothing = בקובץ אין שום שינוי לעומת מה שרשום. אישור יסמן שענו ושהפרטים נכונים.
round-reply-proposed = מה שכתבו
round-reply-accept = לקבל?
round-reply-yes = לקבל
round-reply-no = לדחות
round-reply-apply = אישור
round-reply-applied = השינויים שאושרו נשמרו, והבקשה סומנה.

## Emergency readiness: distribution lists

emergency-tab-lists = רשימות תפוצה
field-volunteers-only = רק מתנדבים לחירום
field-retirees = רק גמלאים
lists-new = רשימה חדשה
lists-empty = אין עדיין רשימות תפוצה. רשימה שומרת סינון, ומי שעונים עליו היום נמצאים בה.
lists-members = { $count ->
    [one] איש קשר אחד
   *[other] { $count } אנשי קשר
 }
lists-role-hint = חלק מהתפקיד, למשל „מפקח”
lists-any = הכול
lists-save = שמירת הרשימה
lists-remove = מחיקת הרשימה
lists-copy-emails = העתקת המיילים לשורת עותק מוסתר
lists-copied = { $count ->
    [one] מייל אחד הועתק.
   *[other] { $count } מיילים הועתקו.
 }
lists-export-vcard = ייצוא vCard
lists-export-csv = ייצוא CSV
sync-record-trainings = הכשרה
sync-record-training-participants = משתתף/ת בהכשרה
sync-record-drills = תרגיל
sync-record-drill-participants = משתתף/ת בתרגיל
sync-record-distribution-lists = רשימת תפוצה

## Emergency readiness: trainings and drills

emergency-tab-drills = הכשרות ותרגילים
field-required-training = הכשרה נדרשת
field-topic = נושא ההכשרה
field-held-on = התקיים בתאריך
field-valid-months = בתוקף (חודשים)
field-scenario = התרחיש
field-debrief-meeting = מפגש התחקיר
field-answered = נענה/תה
drills-forum-name = תרגילי חירום
trainings-title = הכשרות
trainings-add = הוספת הכשרה
trainings-empty = אין עדיין הכשרות.
trainings-participants = משתתפים
trainings-valid-until = בתוקף עד { $date }
trainings-for-good = ללא תפוגה
drills-title = תרגילים
drills-add = הוספת תרגיל
drills-empty = אין עדיין תרגילים.
drills-open-findings = { $count ->
    [0] אין ממצאים פתוחים
    [one] ממצא פתוח אחד
   *[other] { $count } ממצאים פתוחים
 }
drills-debrief = תחקיר: פערים ומשימות
drills-answered = { $answered } מתוך { $all } נענו
help-missing-training = חסרה הכשרה בתוקף: { $topics }
capability-requires = דורשת הכשרה
capability-requires-hint = נושא ההכשרה, או ריק
capability-requires-save = שמירה

## Emergency readiness: shared records, as a conflict names them

sync-record-emergency-capabilities = יכולת לחירום
sync-record-volunteers = מתנדב/ת לחירום
sync-record-volunteer-affiliations = שיוך ארגוני של מתנדב/ת
sync-record-volunteer-settlements = יישוב שבו מתנדב/ת פועל/ת
sync-record-volunteer-clusters = אשכול שבו מתנדב/ת פועל/ת
sync-record-volunteer-capabilities = יכולת של מתנדב/ת
sync-record-organization-readiness = יכולות הארגון בחירום
sync-record-organization-settlements = יישוב שבו הארגון פעיל
sync-record-organization-clusters = אשכול שבו הארגון פעיל
sync-record-organization-capabilities = יכולת של ארגון
sync-record-organization-equipment = ציוד של ארגון

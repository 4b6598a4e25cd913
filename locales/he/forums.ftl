## Forums and meetings: fields, errors, and the four templates of the partnership framework

field-level = הרמה
field-cadence = התדירות
field-cadence-n = מספר השבועות או החודשים
field-members = חברי הפורום
field-setup-step = שלב ההיערכות
field-status = הסטטוס
field-attendance = הנוכחות
field-date = התאריך
field-number = המספר
field-time = השעה
field-duration = משך המפגש בדקות
field-title = נושא הסעיף
field-planned-minutes = הדקות המתוכננות
field-guest-name = שם האורח
field-decision-text = נוסח ההחלטה
field-what = התיאור
field-due-date = תאריך היעד
field-made-by = שם המאשר או המתקן
field-reason = סיבת התיקון

error-meeting-locked = הפרוטוקול של המפגש הזה אושר וננעל, ולכן אי אפשר לשנות אותו. תיקון נרשם כתיקון לפרוטוקול, עם שם, תאריך וסיבה.
error-not-approved = הפרוטוקול עוד לא אושר, ואפשר לערוך אותו ישירות.
error-meeting-cancelled = המפגש בוטל, ולכן אין פרוטוקול לאשר. אפשר לשנות את הסטטוס ל„התקיים”.

meeting-online = מקוון

template-ministry-name = פורום שותפים — מטה משרד החינוך
template-ministry-goals =
    שיתוף במידע והחלטות מצד גורמים שונים במערכת החינוך
    עבודה משותפת ותיאום ביישום המדיניות, לקראת פתיחת שנה ולאורכה
    הצפת פערים ויצירת מנגנון משותף לטיפול
    גיבוש תשתית לבניית מנגנון המשכי של שותפויות
template-ministry-roles =
    נציגי משרד החינוך
    נציגי משרדי ממשלה
    גופי ביטחון רלוונטיים
    שלטון מקומי
    הנהגת ההורים
    שותפים נוספים
template-district-name = פורום שותפים מחוזי
template-district-goals =
    עדכון ויידוע בקבלת החלטות ובמדיניות המשרד
    שיתוף ביצירת הסכמות לגבי אופן הביצוע
    העלאת צרכים, קשיים וחסמים מצד השותפים וגיבוש פתרונות
template-district-roles =
    מנהל/ת המחוז
    נציגי הנהלת המחוז
    נציגי מחלקות חינוך
    נציגי מנהלים
    נציגת מנהלות גנים
    נציגי רשתות (לבחירה)
    נציגי הורים
    נציגי משרדי ממשלה רלוונטיים
template-authority-name = פורום שותפים רשותי
template-authority-goals =
    העלאת צרכים, קשיים וחסמים של השטח
    שיתוף השותפים בשינויי מדיניות ובתהליכי הביצוע, כדי לטייב את הביצוע
template-authority-roles =
    ראש הרשות
    מפקח מתכלל
    מנהל מחלקת חינוך
    מנהל יחידת הנוער
    מנהל קידום נוער
    מנהל מחלקת רווחה
    ועד הורים יישובי
    מנהלי בתי ספר וגנים
template-school-name = פורום שותפים בית־ספרי
template-school-goals =
    העלאת צרכים, קשיים וחסמים של השטח
    גיבוש מדיניות בית־ספרית על בסיס שיח עם השותפים
template-school-roles =
    מנהל בית הספר
    יועצת
    נציגות מורים ומחנכים לפי בחירת המנהל
    ועד הורים / הורים

## The minutes as a document

minutes-title = פרוטוקול
minutes-approved-by = אושר על ידי { $name } ב־{ $date } בשעה { $time }
minutes-not-approved = טיוטה: הפרוטוקול טרם אושר
minutes-decision = החלטה { $number }
minutes-presenter = מציג/ה: { $name }
minutes-planned = { $minutes } דקות
minutes-amendment = תיקון של { $name } ב־{ $date } בשעה { $time }
minutes-when = { $date } בשעה { $time }
attendance-present = נכחו
attendance-absent = נעדרו
attendance-excused = התנצלו
meeting-guests = אורחים
meeting-carried = להמשך טיפול ממפגשים קודמים
meeting-agenda = סדר היום
meeting-decisions = החלטות
meeting-minutes = סיכום הדיון
meeting-action-items = משימות
meeting-gaps = פערים שעלו
meeting-amendments = תיקונים לפרוטוקול
col-what = מה
col-owner = אחראי/ת
col-due = תאריך יעד
col-status = סטטוס
col-raised-on = עלה במפגש
col-raised-by = מי העלה
col-mechanism = מנגנון הטיפול
action-status-open = פתוחה
action-status-done = בוצעה
action-status-cancelled = בוטלה
gap-status-open = פתוח
gap-status-in-handling = בטיפול
gap-status-resolved = נפתר
calendar-dialog-title = שמירת המפגשים המתוכננים כקובץ יומן
minutes-dialog-title = שמירת הפרוטוקול כ־PDF

## Forums and meetings in the app

nav-actions = משימות
forums-title = פורומים
forums-empty = עדיין אין פורומים. אפשר ליצור פורום מאחת מתבניות מתווה השותפויות או מאפס.
forum-from-template = תבנית
action-new-forum-from-template = פורום חדש מהתבנית
action-new-forum = פורום חדש מאפס
forum-new = פורום חדש
forum-edit = עריכת פורום
forum-name = שם הפורום
forum-level = רמה
forum-cadence = תדירות
forum-every-n-weeks = כל כמה שבועות
forum-every-n-months = כל כמה חודשים
forum-chair = יו״ר
forum-active = פעיל
forum-inactive = לא פעיל
forum-goals = מטרות הפורום
forum-member-roles = בעלי התפקידים בפורום (שורה לכל תפקיד)
forum-members = חברי הפורום
forum-member-role = התפקיד בפורום
forum-add-member = הוספת חבר/ה לפורום
forum-no-members = עדיין לא נבחרו חברים לפורום.
forum-last-held = התכנס לאחרונה
forum-next-planned = המפגש הבא
forum-meetings = מפגשים
forum-no-meetings = עדיין לא תוכננו מפגשים.
forum-overdue = { $days ->
    [one] באיחור של יום
   *[other] באיחור של { $days } ימים
}
forum-planned = { $count ->
    [0] כל המפגשים של השנה כבר מתוכננים.
    [one] נוסף מפגש אחד לשנה.
   *[other] נוספו { $count } מפגשים לשנה.
}
level-ministry = מטה משרד החינוך
level-district = מחוז
level-authority = רשות מקומית
level-school = בית ספר
level-cluster = אשכול
level-settlement = יישוב
level-other = אחר
cadence-weekly = כל שבוע
cadence-biweekly = כל שבועיים
cadence-monthly = כל חודש
cadence-weeks = כל כמה שבועות
cadence-months = כל כמה חודשים
cadence-none = ללא תדירות קבועה
cadence-every-weeks = כל { $n } שבועות
cadence-every-months = כל { $n } חודשים
setup-title = היערכות לשנת הלימודים { $years }
setup-due = להשלים לפני
setup-review-needs = בחינת הצרכים של חברי הפורום
setup-review-members = עדכון חברי הפורום ובעלי התפקידים
setup-set-meetings = קביעת מועדי המפגשים לשנה
setup-set-mechanisms = קביעת המנגנונים לניהול הפורום במהלך השנה
action-edit = עריכה
action-export-calendar = ייצוא המפגשים ליומן (ics)
action-back-forums = חזרה לפורומים
action-back-forum = חזרה לפורום
action-back-meeting = חזרה למפגש
action-plan-meeting = תכנון מפגש
action-plan-year = תכנון מפגשי השנה לפי התדירות
action-add = הוספה
action-remove = הסרה
meeting-date = תאריך
meeting-time = שעה
meeting-duration = משך (דקות)
meeting-place = מקום
meeting-status-planned = מתוכנן
meeting-status-held = התקיים
meeting-status-cancelled = בוטל
meeting-approved = אושר
meeting-details-saved = פרטי המפגש נשמרו.
forum-saved = פרטי הפורום נשמרו.
meeting-attendance = נוכחות
meeting-no-members = לפורום אין עדיין חברים; אפשר להוסיף אותם בעריכת הפורום.
meeting-add-guest = שם אורח/ת
meeting-locked = הפרוטוקול אושר על ידי { $name } וננעל. תיקון נרשם כתיקון לפרוטוקול.
meeting-approved-notice = הפרוטוקול אושר וננעל.
carried-action = משימה
carried-gap = פער
carried-raised-on = עלה במפגש
agenda-presenter = מציג/ה
agenda-minutes = דקות
agenda-notes = עיקרי הדיון
agenda-new-item = סעיף חדש בסדר היום
agenda-move-up = הזזה למעלה
agenda-move-down = הזזה למטה
agenda-move-hint = אפשר גם Alt+חץ למעלה או למטה
autosave-saving = שומר…
autosave-saved = נשמר
autosave-waiting-for-room = עדיין לא נשמר: הדיסק מלא. מה שהקלדת נשאר כאן, ויישמר מעצמו ברגע שיתפנה מקום. פנו מקום בדיסק (מחקו קבצים גדולים שאינם נחוצים, או רוקנו את סל המחזור).
autosave-waiting-for-database = עדיין לא נשמר: תוכנה אחרת כותבת למסד הנתונים. מה שהקלדת נשאר כאן, ויישמר מעצמו ברגע שהתוכנה ההיא תשחרר אותו.
decision-new = נוסח החלטה חדשה
decision-item = סעיף
decision-no-item = ללא סעיף
action-item-new = משימה חדשה
gap-new = פער או חסם שעלה
approve-by = שם המאשר/ת
action-approve = אישור הפרוטוקול
approve-hint = לאחר האישור הפרוטוקול ננעל; תיקונים יירשמו כתיקון עם שם ותאריך.
action-amend = תיקון לפרוטוקול
amend-title = תיקון לפרוטוקול שאושר
amendment-before = הנוסח הקודם
action-print-minutes = הדפסת הפרוטוקול
minutes-print-title = הפרוטוקול להדפסה
actions-empty = אין משימות שמתאימות לסינון.
filter-all-owners = כל האחראים
filter-all-statuses = כל הסטטוסים
action-overdue = { $days ->
    [one] באיחור של יום
   *[other] באיחור של { $days } ימים
}
gap-age = { $days ->
    [0] נפתח היום
    [one] פתוח יום אחד
   *[other] פתוח { $days } ימים
}
home-overdue-forums = פורומים שלא התכנסו בזמן
home-overdue-actions = משימות באיחור
home-open-gaps = פערים פתוחים
home-upcoming = מפגשים בשבוע הקרוב
home-none = אין כרגע.
home-more = ועוד { $count }

# Everything due, in one list (issue #30): action items, program moves, work-plan tasks.
due-title = כל המשימות: פורומים, ביקורים, משלחות, תוכניות ותוכנית העבודה
due-new = מהלך חדש בתוכנית
due-new-program = בתוכנית
due-new-choose-program = יש לבחור את התוכנית שהמהלך שייך לה.
due-source-meeting = מפגשי פורומים
due-source-visit = ביקורים
due-source-delegation = משלחות
due-source-program = תוכניות
due-source-plan = תוכנית העבודה
due-from-meeting = מפגש של { $name }
due-from-visit = ביקור ב{ $name }
due-from-delegation = המשך טיפול במשלחת: { $name }
due-from-program = מהלך בתוכנית: { $name }
due-from-plan = תוכנית העבודה: { $name }
due-status-open = פתוחות
due-status-done = בוצעו
due-status-cancelled = בוטלו
filter-all-sources = מכל המקורות
filter-late = רק מה שבאיחור
col-from = מאיפה
due-count = { $count ->
    [one] משימה אחת
   *[other] { $count } משימות
}
home-all-late = לכל מה שבאיחור ({ $count })

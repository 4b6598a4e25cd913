## Forums and meetings: fields, errors, and the four templates of the partnership framework

field-level = הרמה
field-cadence = התדירות
field-cadence-n = מספר השבועות או החודשים
field-members = חברי הפורום
field-setup-step = שלב ההיערכות
field-status = הסטטוס
field-attendance = הנוכחות
field-date = התאריך
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

## Visits: fields

field-purpose = מטרת הביקור
field-visitors = מי ביקר
field-days = מספר הימים

## Visits: purposes

purpose-counselors = הדרכת מדריכים
purpose-local_coordinator = פגישה עם הרכז/ת היישובי/ת
purpose-youth_movement = פעילות תנועת נוער
purpose-community = מפגש הורים או קהילה
purpose-education_team = ישיבת צוות חינוך
purpose-event = אירוע
purpose-other = אחר

## Visits: the coverage report

coverage-col-cluster = אשכול
coverage-col-settlement = יישוב
coverage-col-coordinator = רכז/ת האשכול
coverage-col-last-visit = ביקור אחרון
coverage-col-days-since = ימים מאז
coverage-col-visits = ביקורים בתקופה
coverage-never = לא היה ביקור
coverage-title = כיסוי ביקורים ביישובים
coverage-subtitle = ביקורים מ־{ $from } עד { $to } · יישובים שלא בוקרו { $days } ימים ומעלה: { $stale }
coverage-dialog-title = שמירת דוח הכיסוי

## Visits: the screens

visits-title = ביקורים ביישובים
visits-recent = ביקורים אחרונים
visits-none = עדיין לא נרשמו ביקורים.
visits-no-settlements = כדי לרשום ביקור צריך קודם יישובים: אפשר להוסיף אותם באשכולות ויישובים.
visits-history-title = ביקורים ב{ $settlement }
visit-title = ביקור ב{ $settlement }
visit-saved = הביקור נשמר.
visit-settlement-hint = הקלידו חלק משם היישוב
visit-settlement-matches = יישובים מתאימים
visit-visitor-hint = הקלידו שם ו־Enter
visit-save-hint = (Enter בשורה או Ctrl+Enter כאן שומרים)
visit-future-ask = התאריך { $date } עוד לא הגיע. יומן הביקורים מתעד ביקורים שהתקיימו: לשמור את הביקור בתאריך הזה?
visit-future-save = לשמור בתאריך הזה
visit-future-change = לתקן את התאריך
visit-add-sensitive = הוספת הערות רגישות (קטינים בסיכון)
visit-open-sensitive = פתיחת ההערות הרגישות
visit-has-sensitive = הערות רגישות
visit-open-follow-ups = { $count ->
    [one] משימת המשך פתוחה
   *[other] { $count } משימות המשך פתוחות
}
visit-follow-ups = משימות המשך
visit-follow-up-new = משימת המשך חדשה
visit-remove-confirm = למחוק את הביקור? לחצו שוב לאישור
field-people-met = עם מי נפגשו
field-summary = סיכום
field-sensitive-notes = הערות רגישות: מוצגות רק למי שפותח אותן, ולא ברשימות, בחיפוש, בייצוא או בהדפסה
action-log-visit = רישום הביקור
action-log-visit-here = רישום ביקור ביישוב
action-remove-visit = מחיקת הביקור
action-back-visits = חזרה לביקורים
action-settlement-history = כל הביקורים ביישוב
action-coverage = דוח כיסוי
action-save-csv = ייצוא ל־CSV
coverage-from = מתאריך
coverage-to = עד תאריך
coverage-days = לא בוקרו (ימים)
filter-all-coordinators = כל הרכזים
directory-last-visit = ביקור אחרון
home-stale-settlements = יישובים שלא בוקרו 30 יום ומעלה
home-days-since-visit = לפני { $days } ימים
home-all-stale = לכל { $count } היישובים
visit-add-purpose = הוספת מטרה לרשימה
visit-new-purpose = מטרה חדשה

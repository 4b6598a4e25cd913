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

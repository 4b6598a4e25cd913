# Programs and partnerships (issue #17): regional initiatives, retention programs, their
# partners, where they run, who steers them, their moves and figures; hosted delegations.

program-kind-regional-initiative = יוזמה אזורית
program-kind-retention = התמדה ומניעת נשירה
program-kind-enrichment = העשרה
program-kind-youth-movement = פעילות תנועת נוער
program-kind-other = אחר
partner-role-lead = מוביל
partner-role-partner = שותף
partner-role-funder = מממן
partner-role-academic = שותף אקדמי
partner-role-operator = מפעיל
program-forum-role-steering = ועדת היגוי
program-forum-role-managers = פורום מנהלים אזורי
move-status-planned = מתוכנן
move-status-under-way = בביצוע
move-status-done = בוצע
move-status-dropped = ירד מהפרק
age-band-early-childhood = גיל הרך
age-band-elementary = יסודי
age-band-middle = חטיבת ביניים
age-band-high = תיכון
age-band-young-adults = צעירים
sector-public = ציבורי
sector-third-sector = מגזר שלישי
sector-business = עסקי

error-ends-before-start = { $field } מוקדם מתאריך ההתחלה. נא לתקן אחד מהם.

field-goal = מטרת על
field-description = תיאור
field-starts-on = תאריך התחלה
field-ends-on = תאריך סיום
field-sector = מגזר
field-program = תכנית
field-target = אוכלוסיית יעד
field-took-part = השתתפו
field-continued = המשיכו
field-completed = סיימו
field-guest-organization = הארגון האורח
field-country = מדינה
field-guest-count = מספר האורחים
field-day = יום
field-at = שעה
field-delegation = משלחת
field-axis = ציר עבודה
field-partner = שותפים
field-school-year = שנת לימודים
field-age-band = שכבת גיל
field-due-on = מועד יעד

sync-record-programs = תכנית
sync-record-program-axes = ציר עבודה
sync-record-program-partners = שותף בתכנית
sync-record-program-clusters = אשכול של תכנית
sync-record-program-settlements = יישוב של תכנית
sync-record-program-schools = בית ספר בתכנית
sync-record-program-forums = פורום מלווה של תכנית
sync-record-program-moves = מהלך בתכנית
sync-record-program-figures = נתוני השתתפות בתכנית
sync-record-delegations = משלחת
sync-record-delegation-guests = אורח במשלחת
sync-record-delegation-hosts = מארח של משלחת
sync-record-delegation-stops = תחנה במסלול משלחת
sync-record-delegation-follow-ups = המשך של משלחת

delegation-guest-count = { $count ->
    [one] אורח אחד
   *[other] { $count } אורחים
 }
delegation-hosts = מארחים
delegation-guests = אורחים
delegation-follow-ups = המשך
itinerary-title = מסלול ביקור
itinerary-shows = מה מוצג
itinerary-dialog-title = שמירת מסלול הביקור
participation-title = מי משתתף היכן · שנת הלימודים
participation-total = סך הכול
participation-none = אין נתוני השתתפות לשנה זו.
participation-dialog-title = שמירת דוח ההשתתפות

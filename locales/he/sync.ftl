# Sharing one department across laptops: Settings, the Sync page, the top bar.

nav-sync = שיתוף
error-shared-folder-missing = התיקייה המשותפת לא נמצאה. אם היא על דיסק און קי או בענן, יש לחבר אותו ולנסות שוב, או לבחור תיקייה אחרת.

first-run-join = הצטרפות למחלקה שכבר משתפת
first-run-join-hint = מחשב נוסף של המחלקה: מקבלים את כל הרשומות מהתיקייה המשותפת, עם קובץ ההצטרפות.

# Settings
sync-settings-title = שיתוף בין מחשבים
sync-settings-intro = כל מחשב במחלקה כותב את השינויים שלו לתיקייה שהמחלקה כבר מסנכרנת (Syncthing, OneDrive, Google Drive, כונן רשת או דיסק און קי), וקורא משם את השינויים של האחרים. הכול מוצפן במפתח המחלקה, כך שהענן לא רואה שמות, טלפונים או סיכומי ביקורים.
sync-laptop-name = שם המחשב, כפי שהצוות יכיר אותו
sync-laptop-name-hint = למשל: המחשב של מיכל
sync-create = הפעלת שיתוף למחלקה חדשה
sync-create-help = בוחרים את התיקייה המשותפת, ושומרים את קובץ ההצטרפות שישמש את שאר המחשבים.
sync-join = הצטרפות למחלקה קיימת
sync-join-help = בוחרים את קובץ ההצטרפות שנוצר במחשב המחלקה, ואז את אותה תיקייה משותפת.
sync-join-has-records = במחשב הזה כבר יש רשומות משלו. הן לא יימחקו.
sync-join-merge = למזג את הרשומות של המחשב הזה אל רשומות המחלקה
sync-join-merge-needed = כדי להצטרף, יש לבחור למזג את הרשומות, או להצטרף ממאגר ריק.
sync-created = השיתוף הופעל. קובץ ההצטרפות נשמר כאן:
sync-created-no-file = השיתוף הופעל. את קובץ ההצטרפות אפשר לשמור בכל עת.
sync-joined = המחשב הצטרף למחלקה. התקבלו { $changes } שינויים.
sync-joined-snapshot = המחשב הצטרף למחלקה, והתחיל מתמונת המצב העדכנית של { $laptop }. התקבלו { $changes } שינויים.
sync-join-file-saved = קובץ ההצטרפות נשמר כאן:
sync-join-file-warning = בקובץ ההצטרפות נמצא מפתח המחלקה. מעבירים אותו ביד או בדיסק און קי, לעולם לא דרך התיקייה המשותפת.
sync-this-laptop = המחשב הזה
sync-folder = התיקייה המשותפת
sync-save-join = שמירת קובץ ההצטרפות
sync-now = סנכרון עכשיו
sync-open-page = לדף השיתוף
sync-join-file-name = הצטרפות למחלקה
dialog-sync-folder-title = בחירת התיקייה המשותפת
dialog-sync-join-save-title = שמירת קובץ ההצטרפות
dialog-sync-join-open-title = בחירת קובץ ההצטרפות
sync-new-key = מפתח חדש למחלקה
sync-new-key-help = כשמחשב של המחלקה אבד או נגנב: המחלקה עוברת למפתח חדש ולתיקייה משותפת חדשה, והמחשב שאבד לא יוכל לקרוא דבר שייכתב מעתה. שאר המחשבים מצטרפים מחדש עם קובץ ההצטרפות החדש, ובוחרים למזג את הרשומות. שום דבר לא נמחק.
sync-new-key-confirm = בוחרים תיקייה משותפת חדשה וריקה, ושומרים את קובץ ההצטרפות החדש. הקובץ הישן יפסיק לעבוד.
sync-rejoin = הצטרפות עם קובץ הצטרפות חדש

# The top bar
sync-topbar-received = עדכון אחרון מ{ $laptop }, { $time }
sync-topbar-none = עוד לא התקבלו שינויים ממחשבים אחרים
sync-topbar-quiet = לא התקבלו שינויים כבר שבוע ויותר
sync-topbar-folder-missing = התיקייה המשותפת לא נמצאה
sync-topbar-conflicts = { $count ->
    [one] התנגשות אחת
   *[other] { $count } התנגשויות
}
sync-topbar-new = התקבלו שינויים ממחשב אחר.
sync-show-new = הצגה

# The Sync page
sync-title = שיתוף בין מחשבים
sync-not-sharing = המחשב הזה עוד לא משתף את המחלקה. אפשר להתחיל לשתף כאן, או להצטרף למחלקה שכבר משותפת.
sync-quiet = לא התקבלו שינויים כבר { $days } ימים ויותר. כדאי לבדוק שתוכנת הסנכרון פועלת ושהתיקייה המשותפת מחוברת.
sync-laptops = מחשבי המחלקה
sync-laptops-none = עוד לא התקבלו קבצים ממחשבים אחרים.
sync-laptop-seen = נראה לאחרונה { $time }
sync-laptop-files = { $files ->
    [one] קובץ אחד
   *[other] { $files } קבצים
}
sync-checked = התיקייה נקראה לאחרונה { $time }.
sync-snapshot = תמונת מצב עדכנית: { $time }, של { $laptop }. מחשב שיצטרף עכשיו יתחיל ממנה ולא יקרא כל שינוי מההתחלה.
sync-snapshot-none = עוד אין תמונת מצב: מחשב שיצטרף עכשיו יקרא כל שינוי מההתחלה. אשכול כותב תמונת מצב פעם בחודש.
sync-waiting = קבצים שממתינים
sync-skipped = קבצים שעוד לא נקראו (אשכול מנסה שוב בכל סנכרון)
sync-file = קובץ { $number } של { $laptop }
sync-reason-newer = נכתב בגרסה חדשה יותר של אשכול. יש לעדכן את אשכול במחשב הזה, והקובץ ייקרא מעצמו.
sync-reason-damaged = הקובץ קטוע, פגום או הוצפן במפתח אחר, או שתוכנת הסנכרון עוד מעתיקה אותו. אשכול ינסה לקרוא אותו שוב מעצמו.
sync-reason-other-department = הקובץ שייך למחלקה אחרת.
sync-reason-not-changes = זה אינו קובץ שינויים של אשכול.
sync-reason-too-large = הקובץ גדול מכדי לקרוא אותו.
sync-reason-held = תוכנה אחרת מחזיקה את הקובץ כרגע (תוכנת הסנכרון עוד מורידה אותו, או אנטי־וירוס בודק אותו). אשכול יקרא אותו מעצמו כשישוחרר.
sync-rows-waiting = { $count ->
    [one] רשומה אחת ממתינה לרשומה שהיא מפנה אליה ועוד לא הגיעה.
   *[other] { $count } רשומות ממתינות לרשומות שהן מפנות אליהן ועוד לא הגיעו.
}
sync-conflicts = התנגשויות
sync-conflicts-none = אין התנגשויות.
sync-conflicts-intro = שני מחשבים שינו את אותו שדה בלי לראות זה את שינויו של זה. בכל המחשבים מוצג הערך האחרון, והאחר נשמר כאן. בוחרים בלחיצה אחת, והבחירה מגיעה לכל המחשבים.
sync-conflict-shown = מוצג עכשיו
sync-conflict-other = ערך אחר
sync-conflict-by = { $laptop }, { $time }
sync-conflict-empty = (ריק)
sync-conflict-choose = בחירה בערך הזה
sync-conflict-chosen = הבחירה נשמרה ותגיע לכל המחשבים.
sync-received = התקבלו { $changes } שינויים.
sync-nothing-new = אין שינויים חדשים.

# What a conflict is about: the kind of record
sync-record-organizations = ארגון
sync-record-people = איש קשר
sync-record-clusters = אשכול
sync-record-settlements = יישוב
sync-record-settlement-youth-movements = תנועת נוער ביישוב
sync-record-forums = פורום
sync-record-forum-members = חבר פורום
sync-record-forum-setup = שלב בהיערכות פורום
sync-record-meetings = מפגש
sync-record-agenda-items = סעיף בסדר היום
sync-record-attendance = נוכחות במפגש
sync-record-guests = אורח במפגש
sync-record-decisions = החלטה
sync-record-action-items = משימה
sync-record-gaps = פער
sync-record-amendments = תיקון לפרוטוקול
sync-record-carried-over = נושא שעבר למפגש הבא
sync-record-visit-purposes = מטרת ביקור
sync-record-visits = ביקור
sync-record-visit-staff = צוות בביקור

# ... and its field
sync-field-chair = יו״ר
sync-field-owner = אחראי/ת
sync-field-forum = הפורום
sync-field-meeting = המפגש
sync-field-agenda-item = סעיף בסדר היום
sync-field-action-item = המשימה
sync-field-gap = הפער
sync-field-visit = הביקור
sync-field-archived-at = בארכיון מאז
sync-field-created-at = נוצר ב
sync-field-updated-at = עודכן ב
sync-field-template = התבנית
sync-field-done-at = בוצע ב
sync-field-online = מקוון
sync-field-approved-at = אושר ב
sync-field-approved-by = אושר על ידי
sync-field-position = המקום ברשימה
sync-field-number = מספר ההחלטה
sync-field-done-on = תאריך הביצוע
sync-field-resolved-on = תאריך הפתרון
sync-field-made-at = מועד התיקון
sync-field-before-text = הנוסח לפני
sync-field-after-text = הנוסח אחרי
sync-field-key = המפתח

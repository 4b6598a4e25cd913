## Backups, restore, and a database that could not be opened

field-path = הקובץ
error-damaged = קובץ מסד הנתונים פגום או חסר ({ $detail }). אפשר לשחזר מגיבוי.
backup-file-name = גיבוי-אשכול
dialog-backup-save-title = שמירת גיבוי של אשכול
dialog-backup-open-title = בחירת קובץ גיבוי לשחזור

backups-title = גיבויים
backups-auto = בכל יום, בפתיחת התוכנה, נשמר עותק אוטומטי בתיקייה שלהלן. נשמרים { $kept } העותקים האחרונים.
backups-latest = הגיבוי האוטומטי האחרון: { $date }
backups-none = עדיין אין גיבוי אוטומטי.
action-backup-save = שמירת גיבוי לקובץ…
action-backup-restore = שחזור מגיבוי…
backup-restore-warning = שחזור מחליף את כל מה שיש עכשיו באשכול בתוכן הגיבוי. לפני כן נשמר עותק של המצב הנוכחי.
action-backup-restore-confirm = כן, לבחור קובץ ולשחזר
action-cancel-restore = ביטול
backup-saved = הגיבוי נשמר:
backup-restored = הגיבוי שוחזר. עותק של מה שהיה לפני השחזור נשמר ב:

damaged-title = קובץ מסד הנתונים פגום
damaged-body = אשכול מצא שקובץ מסד הנתונים שלהלן פגום או חסר, ולכן לא פתח אותו. דבר לא נמחק: הקובץ הפגום יישמר בתיקיית הגיבויים.
damaged-latest = הגיבוי האחרון התקין הוא מתאריך { $date }.
damaged-none = לא נמצא גיבוי אוטומטי. אם יש לכם קובץ גיבוי, בחרו אותו.
action-restore-latest = שחזור הגיבוי האחרון
action-choose-backup = בחירת קובץ גיבוי…

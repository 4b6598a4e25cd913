## Checking what people type: fields named in messages, and what is refused

field-goals = המטרות
field-member-roles = בעלי התפקידים בפורום
field-place = המקום
field-presenter = המציג/ה
field-raised-by = מי העלה
field-mechanism = המנגנון לטיפול
field-minutes = הפרוטוקול
field-role = התפקיד בפורום
error-control-characters = ב{ $field } יש תווים בלתי נראים (כמו סימני כיווניות או תווי בקרה). נא להקליד מחדש בלעדיהם.

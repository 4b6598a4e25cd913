## Checking what people type: fields named in messages, and what is refused

field-goals = الأهداف
field-member-roles = أدوار الأعضاء
field-place = المكان
field-presenter = المقدّم/ة
field-raised-by = من طرح
field-mechanism = آلية المعالجة
field-minutes = المحضر
field-role = الدور في المنتدى
error-control-characters = في { $field } أحرف غير مرئية (مثل علامات الاتجاه أو أحرف التحكم). يرجى الكتابة مجددًا بدونها.

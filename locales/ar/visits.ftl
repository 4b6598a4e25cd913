## Visits: fields

field-purpose = هدف الزيارة
field-visitors = من قام بالزيارة
field-days = عدد الأيام

## Visits: purposes

purpose-counselors = إرشاد المرشدين
purpose-local_coordinator = لقاء مع المركّز/ة المحلي/ة
purpose-youth_movement = نشاط حركة شبابية
purpose-community = لقاء أهالٍ أو مجتمع
purpose-education_team = اجتماع طاقم التربية
purpose-event = فعالية
purpose-other = أخرى

## Visits: the coverage report

coverage-col-cluster = العنقود
coverage-col-settlement = البلدة
coverage-col-coordinator = مركّز/ة العنقود
coverage-col-last-visit = آخر زيارة
coverage-col-days-since = أيام منذ ذلك
coverage-col-visits = زيارات في الفترة
coverage-never = لم تتم زيارة
coverage-title = تغطية الزيارات في البلدات
coverage-subtitle = زيارات من { $from } حتى { $to } · بلدات لم تتم زيارتها منذ { $days } يومًا أو أكثر: { $stale }

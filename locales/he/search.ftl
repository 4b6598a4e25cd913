## Search: one box across every kind of record

field-query = החיפוש
error-too-long = { $field } ארוך מדי: עד { $max } תווים. נא לקצר ולנסות שוב.

search-title = חיפוש
search-label = חיפוש בכל הרשומות
search-placeholder = שם, יישוב, פורום, מילה מהפרוטוקול…
search-shortcut-hint = Ctrl+K מכל מקום
search-include-sensitive = לחפש גם בהערות רגישות של ביקורים
search-sensitive-warning = ההערות הרגישות יוצגו בתוצאות. השתמשו בזה רק כשצריך.
search-empty = הקלידו מילה או חלק ממילה כדי לחפש בכל הרשומות.
search-none = לא נמצא דבר עבור „{ $query }”.
search-total = { $count ->
    [one] נמצאה רשומה אחת
   *[other] נמצאו { $count } רשומות
}
search-more = ועוד { $count } — נא לדייק את החיפוש
search-total-at-least = נמצאו יותר מ־{ $count } רשומות
search-count-at-least = { $count }+
search-more-many = ועוד יותר מ־{ $count } — נא לדייק את החיפוש
search-archived = בארכיון
search-sensitive = הערה רגישה

search-kind-person = אנשים
search-kind-organization = ארגונים
search-kind-settlement = יישובים
search-kind-forum = פורומים
search-kind-minutes = פרוטוקולים
search-kind-decision = החלטות
search-kind-action_item = משימות
search-kind-gap = פערים
search-kind-visit = ביקורים
search-kind-capability = יכולות לחירום
search-kind-equipment = ציוד של ארגונים
search-kind-program = תכניות
search-kind-move = מהלכים בתכניות
search-kind-delegation = משלחות

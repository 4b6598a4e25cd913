## Search: one box across every kind of record

field-query = البحث
error-too-long = { $field } طويل جدًا: { $max } حرفًا على الأكثر. يرجى الاختصار والمحاولة مجددًا.

search-title = بحث
search-label = البحث في كل السجلات
search-placeholder = اسم، بلدة، منتدى، كلمة من المحضر…
search-shortcut-hint = Ctrl+K من أي مكان
search-include-sensitive = البحث أيضًا في الملاحظات الحساسة للزيارات
search-sensitive-warning = ستظهر الملاحظات الحساسة في النتائج. استخدموا ذلك عند الحاجة فقط.
search-empty = اكتبوا كلمة أو جزءًا من كلمة للبحث في كل السجلات.
search-none = لم يُعثر على شيء لـ „{ $query }”.
search-total = { $count ->
    [one] عُثر على سجل واحد
    [two] عُثر على سجلين
    [few] عُثر على { $count } سجلات
    [many] عُثر على { $count } سجلًا
   *[other] عُثر على { $count } سجل
}
search-more = و{ $count } أخرى — يرجى تضييق البحث
search-total-at-least = عُثر على أكثر من { $count } سجل
search-count-at-least = { $count }+
search-more-many = وأكثر من { $count } أخرى — يرجى تضييق البحث
search-archived = في الأرشيف
search-sensitive = ملاحظة حساسة

search-kind-person = أشخاص
search-kind-organization = منظمات
search-kind-settlement = بلدات
search-kind-forum = منتديات
search-kind-minutes = محاضر
search-kind-decision = قرارات
search-kind-action_item = مهام
search-kind-gap = فجوات
search-kind-visit = زيارات
search-kind-capability = قدرات الطوارئ
search-kind-equipment = معدات المنظمات
search-kind-program = البرامج
search-kind-move = خطوات في البرامج
search-kind-delegation = الوفود

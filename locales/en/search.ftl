## Search: one box across every kind of record

field-query = Search
error-too-long = { $field } is too long: at most { $max } characters. Please shorten it and try again.

search-title = Search
search-label = Search all records
search-placeholder = Name, settlement, forum, a word from the minutes…
search-shortcut-hint = Ctrl+K from anywhere
search-include-sensitive = Also search visits' sensitive notes
search-sensitive-warning = Sensitive notes will show in the results. Use this only when needed.
search-empty = Type a word or part of a word to search every record.
search-none = Nothing found for “{ $query }”.
search-total = { $count ->
    [one] One record found
   *[other] { $count } records found
}
search-more = and { $count } more — please narrow the search
search-total-at-least = More than { $count } records found
search-count-at-least = { $count }+
search-more-many = and more than { $count } others — please narrow the search
search-archived = archived
search-sensitive = sensitive note

search-kind-person = People
search-kind-organization = Organizations
search-kind-settlement = Settlements
search-kind-forum = Forums
search-kind-minutes = Minutes
search-kind-decision = Decisions
search-kind-action_item = Action items
search-kind-gap = Gaps
search-kind-visit = Visits
search-kind-capability = Emergency capabilities
search-kind-equipment = Organizations' equipment
search-kind-program = Programs
search-kind-move = Program moves
search-kind-delegation = Delegations

## Visits: fields

field-purpose = Purpose of the visit
field-visitors = Who went
field-days = Number of days

## Visits: purposes

purpose-counselors = Guiding counselors
purpose-local_coordinator = Meeting the local coordinator
purpose-youth_movement = Youth-movement activity
purpose-community = Parents or community meeting
purpose-education_team = Education team meeting
purpose-event = Event
purpose-other = Other

## Visits: the coverage report

coverage-col-cluster = Cluster
coverage-col-settlement = Settlement
coverage-col-coordinator = Cluster coordinator
coverage-col-last-visit = Last visit
coverage-col-days-since = Days since
coverage-col-visits = Visits in the period
coverage-never = Never visited
coverage-title = Visit coverage of the settlements
coverage-subtitle = Visits from { $from } to { $to } · settlements not visited for { $days } days or more: { $stale }
coverage-dialog-title = Save the coverage report

## Visits: the screens

visits-title = Visits to settlements
visits-recent = Latest visits
visits-none = No visits logged yet.
visits-no-settlements = Visits need settlements first: add them under Clusters and settlements.
visits-history-title = Visits to { $settlement }
visit-title = Visit to { $settlement }
visit-saved = The visit is saved.
visit-settlement-hint = Type part of the settlement's name
visit-settlement-matches = Matching settlements
visit-visitor-hint = Type a name, then Enter
visit-save-hint = (Enter on a line, or Ctrl+Enter here, saves)
visit-future-ask = The date { $date } has not come yet. The visit log records visits that took place: save this visit on that date?
visit-future-save = Save on this date
visit-future-change = Change the date
visit-add-sensitive = Add sensitive notes (minors at risk)
visit-open-sensitive = Open the sensitive notes
visit-has-sensitive = Sensitive notes
visit-open-follow-ups = { $count ->
    [one] one open follow-up
   *[other] { $count } open follow-ups
}
visit-follow-ups = Follow-ups
visit-follow-up-new = New follow-up
visit-remove-confirm = Delete this visit? Click again to confirm
field-people-met = People met
field-summary = Summary
field-sensitive-notes = Sensitive notes: shown only to whoever opens them, never in lists, search, exports or printouts
action-log-visit = Log the visit
action-log-visit-here = Log a visit here
action-remove-visit = Delete the visit
action-back-visits = Back to visits
action-settlement-history = All visits to the settlement
action-coverage = Coverage report
action-save-csv = Export as CSV
coverage-from = From
coverage-to = To
coverage-days = Not visited for (days)
filter-all-coordinators = All coordinators
directory-last-visit = Last visit
home-stale-settlements = Settlements not visited for 30 days or more
home-days-since-visit = { $days } days ago
home-all-stale = All { $count } settlements
visit-add-purpose = Add a purpose to the list
visit-new-purpose = New purpose

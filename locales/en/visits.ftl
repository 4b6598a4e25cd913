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

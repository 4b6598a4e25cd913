# Programs and partnerships (issue #17): regional initiatives, retention programs, their
# partners, where they run, who steers them, their moves and figures; hosted delegations.

program-kind-regional-initiative = Regional initiative
program-kind-retention = Retention and dropout prevention
program-kind-enrichment = Enrichment
program-kind-youth-movement = Youth movement activity
program-kind-other = Other
partner-role-lead = Lead
partner-role-partner = Partner
partner-role-funder = Funder
partner-role-academic = Academic partner
partner-role-operator = Operator
program-forum-role-steering = Steering committee
program-forum-role-managers = Regional managers' forum
move-status-planned = Planned
move-status-under-way = Under way
move-status-done = Done
move-status-dropped = Dropped
age-band-early-childhood = Early childhood
age-band-elementary = Elementary
age-band-middle = Middle school
age-band-high = High school
age-band-young-adults = Young adults
sector-public = Public
sector-third-sector = Third sector
sector-business = Business

error-ends-before-start = { $field } is before the start date. Please correct one of them.

field-goal = Overarching goal
field-description = Description
field-starts-on = Start date
field-ends-on = End date
field-sector = Sector
field-program = Program
field-target = Target population
field-took-part = Took part
field-continued = Continued
field-completed = Completed
field-guest-organization = Guest organization
field-country = Country
field-guest-count = Number of guests
field-day = Day
field-at = Time
field-delegation = Delegation
field-axis = Work axis
field-partner = Partners
field-school-year = School year
field-age-band = Age band
field-due-on = Due date

sync-record-programs = Program
sync-record-program-axes = Work axis
sync-record-program-partners = Program partner
sync-record-program-clusters = Program's cluster
sync-record-program-settlements = Program's settlement
sync-record-program-schools = School in a program
sync-record-program-forums = Forum steering a program
sync-record-program-moves = Program move
sync-record-program-figures = Program figures
sync-record-delegations = Delegation
sync-record-delegation-guests = Delegation guest
sync-record-delegation-hosts = Delegation host
sync-record-delegation-stops = Itinerary stop
sync-record-delegation-follow-ups = Delegation follow-up

delegation-guest-count = { $count ->
    [one] one guest
   *[other] { $count } guests
 }
delegation-hosts = Hosts
delegation-guests = Guests
delegation-follow-ups = Follow-ups
itinerary-title = Visit itinerary
itinerary-shows = What it shows
itinerary-dialog-title = Save the visit itinerary
participation-title = Who takes part where · school year
participation-total = Total
participation-none = No participation figures for this year.
participation-dialog-title = Save the participation report

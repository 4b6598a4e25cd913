## Emergency readiness: the area

nav-emergency = Emergency
emergency-title = Emergency readiness
emergency-tab-help = Who can help
emergency-tab-volunteers = Volunteers
emergency-tab-capabilities = Capabilities

## Emergency readiness: the Ministry's emergency clusters

emergency-cluster-emotional = Emotional
emergency-cluster-pedagogical = Pedagogical (including remote learning)
emergency-cluster-social = Social / respite
emergency-cluster-non-professional = Non-professional

## Emergency readiness: fields

field-emergency-cluster = Emergency cluster
field-capability = Capabilities
field-person = Contact
field-home-settlement = Home settlement
field-whole-council = Across the whole council
field-availability = Availability
field-available-days = Days
field-available-from = From
field-available-until = Until
field-retiree = Retiree
field-confirmed-on = Details confirmed on
field-left-on = Stopped volunteering on
field-left-reason = Why they stopped volunteering
field-merged-into = Merged into
field-scope-count = Scope of activity
field-scope-unit = Unit of scope
field-main-program = Main program or content area
field-other-programs = Other programs and content areas
field-remote-learning = Remote-learning expertise
field-contact = Emergency contact
field-equipment = Equipment
field-quantity = Quantity
field-kept-at = Where it is kept

## Emergency readiness: who can help

help-place = Where
help-place-council = The whole council
help-place-cluster = All of { $name }
help-what = With what
help-every-capability = Any capability under { $cluster }
help-match = Match
help-match-all = Everything chosen
help-match-any = At least one of them
help-filter = Filter capabilities
help-found-volunteers = { $more ->
    [yes] more than { $count } volunteers
   *[no] { $count ->
        [0] no volunteers
        [one] one volunteer
       *[other] { $count } volunteers
    }
 }
help-found-organizations = { $more ->
    [yes] more than { $count } organizations
   *[no] { $count ->
        [0] no organizations
        [one] one organization
       *[other] { $count } organizations
    }
 }
help-none = Nobody found who can help here with what was chosen.
help-none-all = Nobody here can do all of what was chosen. Some of it: { $volunteers ->
        [0] no volunteers
        [one] one volunteer
       *[other] { $volunteers } volunteers
    } · { $organizations ->
        [0] no organizations
        [one] one organization
       *[other] { $organizations } organizations
    }.
help-show-any = Show who can do some of it
help-shown-first = Showing the first { $shown } of each kind.
help-col-name = Name
help-col-kind = Kind
help-col-nearness = Active
help-col-capabilities = Capabilities
help-col-phone = Phone
help-col-confirmed = Last confirmed
help-kind-volunteer = Volunteer
help-kind-organization = Organization
help-near-here = Here
help-near-cluster = In the cluster
help-near-council = Across the council
help-age-days = { $days ->
    [one] a day ago
   *[other] { $days } days ago
}
help-age-months = { $months ->
    [one] a month ago
   *[other] { $months } months ago
}
help-age-today = Today
help-never-confirmed = Never confirmed
help-stale = Not updated for over a year
help-contact = Contact: { $name }

## Emergency readiness: volunteers

volunteers-add = New volunteer
volunteers-empty = No emergency volunteers yet. Add the first one.
volunteers-show-left = Also those who stopped volunteering
volunteer-col-name = Name
volunteer-col-phone = Phone
volunteer-col-home = Home settlement
volunteer-col-capabilities = Capabilities
volunteer-col-confirmed = Confirmed
volunteer-new-title = New emergency volunteer
volunteer-edit-title = Emergency volunteer
volunteer-person-existing = From the contacts
volunteer-person-new = A new contact
volunteer-reach = Where they can act
volunteer-reach-hint = Also in their home settlement.
volunteer-affiliations = Affiliations
volunteer-independent = No affiliation: independent
volunteer-left-note = Stopped volunteering on { $date }: { $reason }
volunteer-leave = Stopped volunteering
volunteer-leave-confirm = Record that they stopped
volunteer-return = Volunteering again
volunteer-saved = The volunteer's details were saved.

## Emergency readiness: organizations

emergency-tab-organizations = Organizations
readiness-title = Emergency capabilities: { $name }
readiness-col-active = Where it is active
readiness-not-entered = Not entered yet
readiness-equipment-kind = Kind of equipment
readiness-equipment-add = Add equipment
readiness-equipment-remove = Remove
readiness-saved = The organization's emergency capabilities were saved.

## Emergency readiness: capabilities

capabilities-add = Add a capability
capabilities-empty = No capabilities under this cluster yet.
capability-holders = { $volunteers ->
    [one] one volunteer
   *[other] { $volunteers } volunteers
 } · { $organizations ->
    [one] one organization
   *[other] { $organizations } organizations
 }
capability-merge-into = Merge into
capability-merge = Merge
capability-merged = The capabilities were merged, and their holders moved to the one kept.

## Emergency readiness: the coverage matrix

emergency-tab-matrix = Coverage matrix
matrix-title = Emergency coverage matrix
matrix-legend = In each cell: the volunteers and organizations whose details were confirmed in the last year, and those whose details are older. A cell with nobody, or with only older details, is marked.
matrix-cell = { $volunteers ->
    [0] no volunteers
    [one] one volunteer
   *[other] { $volunteers } volunteers
 } · { $organizations ->
    [0] no organizations
    [one] one organization
   *[other] { $organizations } organizations
 }
matrix-cell-stale = and { $stale } not current
matrix-cell-empty = None
matrix-dialog-title = Save the emergency coverage matrix
matrix-open = Who can help in { $settlement }, { $cluster }

## Emergency readiness: the emergency contact sheet

emergency-tab-sheet = Emergency sheet
emergency-sheet-title = Emergency contact sheet
emergency-sheet-for = Emergency sheet of
emergency-sheet-printed = Printed on { $date }
emergency-sheet-as-of = Details as of { $date }
emergency-sheet-contacts = Contacts in the settlement
emergency-sheet-nobody = None.
emergency-sheet-stale-legend = { $mark } on orange: details not confirmed for over a year, or never. Check them on the phone before relying on them.
emergency-sheet-dialog-title = Save the emergency sheet
emergency-sheet-choose = Choose a settlement, or a cluster for a page for each of its settlements.
field-cluster-coordinator = Cluster coordinator

## Emergency readiness: the yearly update round

emergency-tab-round = Update round
field-scope = Who is asked
field-started-on = Started on
field-closed-on = Closed on
field-subject-kind = Kind
field-status-on = Status date
round-scope-volunteers = The volunteers
round-scope-organizations = The organizations
round-scope-both = The volunteers and the organizations
round-status-prepared = Not sent yet
round-status-sent = Request sent, awaiting an answer
round-status-answered = Answered, nothing changed
round-status-changed = Details changed
round-status-no-answer = No answer by the close
round-status-left = Stopped volunteering
sync-record-update-rounds = Update round
sync-record-update-requests = Update request in a round

error-not-a-round-reply = The file “{ $file }” is not an update file of an open round: it must be the Excel file Eshkol prepared for the volunteer or organization, after they filled it in.
round-email-subject = { $round }: updating your details in the emergency registry
round-email-body = Hello { $name },
    
    As part of { $round } we are updating the registry of emergency volunteers and organizations. These are the details we have:
    
    { $details }
    
    If anything changed, write to us what. If everything is right, reply “all correct”.
    
    Thank you,
    { $department }
round-workbook-instructions = In the yellow column write only what changed, and send the file back. A line left empty stays as it is.
round-form-instructions = In the column “What changed” write only what changed, and return the form. A line left empty stays as it is.
round-col-detail = Detail
round-col-current = As we have it
round-col-new = What changed
round-workbook-dialog-title = Save the update file

round-default-name = Yearly update { $year }
round-start = Start the round
round-choose = Round
round-closed = closed
round-closed-on = Closed on { $date }
round-take-back = Take back a returned file
round-calls = Call those who have not answered ({ $count })
round-calls-title = { $name }: not answered yet
round-called = Notes from the call
round-close = Close the round
round-close-confirm = Close { $name }? Those who did not answer will be marked “no answer”.
round-col-request = The request
round-email = Email
round-form = Printable form
round-workbook = Excel file
round-back = Back to the round
round-reply-dialog-title = Choose the returned update file
round-reply-title = What changed for { $name }
round-reply-nothing = The file changes nothing we have. Confirming records that they answered and their details are right.
round-reply-proposed = What they wrote
round-reply-accept = Accept?
round-reply-yes = Accept
round-reply-no = Reject
round-reply-apply = Confirm
round-reply-applied = The accepted changes were saved, and the request marked.

## Emergency readiness: distribution lists

emergency-tab-lists = Distribution lists
field-volunteers-only = Emergency volunteers only
field-retirees = Retirees only
lists-new = New list
lists-empty = No distribution lists yet. A list keeps a filter, and whoever matches it today is in it.
lists-members = { $count ->
    [one] one contact
   *[other] { $count } contacts
 }
lists-role-hint = Part of the role, such as “supervisor”
lists-any = Any
lists-save = Save the list
lists-remove = Delete the list
lists-copy-emails = Copy the emails for a BCC line
lists-copied = { $count ->
    [one] One email copied.
   *[other] { $count } emails copied.
 }
lists-export-vcard = Export vCard
lists-export-csv = Export CSV
sync-record-trainings = Training
sync-record-training-participants = Training participant
sync-record-drills = Drill
sync-record-drill-participants = Drill participant
sync-record-distribution-lists = Distribution list

## Emergency readiness: trainings and drills

emergency-tab-drills = Trainings and drills
field-required-training = Required training
field-topic = Training topic
field-held-on = Held on
field-valid-months = Valid for (months)
field-scenario = Scenario
field-debrief-meeting = Debrief meeting
field-answered = Answered
drills-forum-name = Emergency drills
trainings-title = Trainings
trainings-add = Add a training
trainings-empty = No trainings yet.
trainings-participants = Participants
trainings-valid-until = Valid until { $date }
trainings-for-good = Does not expire
drills-title = Drills
drills-add = Add a drill
drills-empty = No drills yet.
drills-open-findings = { $count ->
    [0] no open findings
    [one] one open finding
   *[other] { $count } open findings
 }
drills-debrief = Debrief: gaps and action items
drills-answered = { $answered } of { $all } answered
help-missing-training = Missing a valid training: { $topics }
capability-requires = Requires a training
capability-requires-hint = The training's topic, or empty
capability-requires-save = Save

## Emergency readiness: shared records, as a conflict names them

sync-record-emergency-capabilities = Emergency capability
sync-record-volunteers = Emergency volunteer
sync-record-volunteer-affiliations = Volunteer's affiliation
sync-record-volunteer-settlements = Settlement a volunteer acts in
sync-record-volunteer-clusters = Cluster a volunteer acts in
sync-record-volunteer-capabilities = Volunteer's capability
sync-record-organization-readiness = Organization's emergency capabilities
sync-record-organization-settlements = Settlement an organization is active in
sync-record-organization-clusters = Cluster an organization is active in
sync-record-organization-capabilities = Organization's capability
sync-record-organization-equipment = Organization's equipment

## Forums and meetings: fields, errors, and the four templates of the partnership framework

field-level = Level
field-cadence = Cadence
field-cadence-n = Number of weeks or months
field-members = Forum members
field-setup-step = Setup step
field-status = Status
field-attendance = Attendance
field-date = Date
field-number = Number
field-time = Time
field-duration = Meeting length in minutes
field-title = Item subject
field-planned-minutes = Planned minutes
field-guest-name = Guest name
field-decision-text = Decision wording
field-what = Description
field-due-date = Due date
field-made-by = Name of who approves or corrects
field-reason = Reason for the correction

error-meeting-locked = This meeting's minutes are approved and locked, so they cannot be changed. A correction is recorded as an amendment, with a name, a date and a reason.
error-not-approved = The minutes are not approved yet, and can be edited directly.
error-meeting-cancelled = The meeting was cancelled, so there are no minutes to approve. Its status can be changed to "held".

meeting-online = Online

template-ministry-name = Partners' forum — Ministry of Education HQ
template-ministry-goals =
    Share information and decisions among the education system's bodies
    Work together and coordinate carrying out policy, before and through the school year
    Raise gaps and create a joint mechanism to handle them
    Lay the ground for a lasting partnership mechanism
template-ministry-roles =
    Ministry of Education representatives
    Government ministries' representatives
    Relevant security bodies
    Local government
    Parents' leadership
    Other partners
template-district-name = District partners' forum
template-district-goals =
    Inform about decisions and the ministry's policy
    Reach agreement together on how to carry them out
    Raise partners' needs, difficulties and barriers, and form solutions
template-district-roles =
    District manager
    District management representatives
    Education departments' representatives
    Principals' representatives
    Kindergarten principals' representative
    Networks' representatives (optional)
    Parents' representatives
    Relevant ministries' representatives
template-authority-name = Local authority partners' forum
template-authority-goals =
    Raise the field's needs, difficulties and barriers
    Involve the partners in policy changes and in carrying them out, to carry them out better
template-authority-roles =
    Head of the authority
    Supervising inspector
    Education department manager
    Youth unit manager
    Youth advancement manager
    Welfare department manager
    Settlement parents' committee
    School and kindergarten principals
template-school-name = School partners' forum
template-school-goals =
    Raise the field's needs, difficulties and barriers
    Form school policy through dialogue with the partners
template-school-roles =
    Principal
    Counselor
    Teachers' representatives chosen by the principal
    Parents' committee / parents

## The minutes as a document

minutes-title = Minutes
minutes-approved-by = Approved by { $name } on { $date } at { $time }
minutes-not-approved = Draft: the minutes are not approved yet
minutes-decision = Decision { $number }
minutes-presenter = Presenter: { $name }
minutes-planned = { $minutes } minutes
minutes-amendment = Amendment by { $name } on { $date } at { $time }
minutes-when = { $date } at { $time }
attendance-present = Present
attendance-absent = Absent
attendance-excused = Excused
meeting-guests = Guests
meeting-carried = Carried over from earlier meetings
meeting-agenda = Agenda
meeting-decisions = Decisions
meeting-minutes = Minutes of the discussion
meeting-action-items = Action items
meeting-gaps = Gaps raised
meeting-amendments = Amendments to the minutes
col-what = What
col-owner = Owner
col-due = Due
col-status = Status
col-raised-on = Raised on
col-raised-by = Raised by
col-mechanism = Handling mechanism
action-status-open = Open
action-status-done = Done
action-status-cancelled = Cancelled
gap-status-open = Open
gap-status-in-handling = In handling
gap-status-resolved = Resolved
calendar-dialog-title = Save the planned meetings as a calendar file
minutes-dialog-title = Save the minutes as PDF

## Forums and meetings in the app

nav-actions = Action items
forums-title = Forums
forums-empty = No forums yet. Create one from a template of the partnership framework, or from nothing.
forum-from-template = Template
action-new-forum-from-template = New forum from the template
action-new-forum = New forum from nothing
forum-new = New forum
forum-edit = Edit forum
forum-name = Forum name
forum-level = Level
forum-cadence = Cadence
forum-every-n-weeks = Every how many weeks
forum-every-n-months = Every how many months
forum-chair = Chair
forum-active = Active
forum-inactive = Inactive
forum-goals = The forum's goals
forum-member-roles = Member roles (one a line)
forum-members = Members
forum-member-role = Role in the forum
forum-add-member = Add a member
forum-no-members = No members chosen yet.
forum-last-held = Last met
forum-next-planned = Next meeting
forum-meetings = Meetings
forum-no-meetings = No meetings planned yet.
forum-overdue = { $days ->
    [one] 1 day overdue
   *[other] { $days } days overdue
}
forum-planned = { $count ->
    [0] All of the year's meetings are already planned.
    [one] One meeting added for the year.
   *[other] { $count } meetings added for the year.
}
level-ministry = Ministry HQ
level-district = District
level-authority = Local authority
level-school = School
level-cluster = Cluster
level-settlement = Settlement
level-other = Other
cadence-weekly = Weekly
cadence-biweekly = Every two weeks
cadence-monthly = Monthly
cadence-weeks = Every N weeks
cadence-months = Every N months
cadence-none = No fixed cadence
cadence-every-weeks = Every { $n } weeks
cadence-every-months = Every { $n } months
setup-title = Setup for the { $years } school year
setup-due = To finish before
setup-review-needs = Review the members' needs
setup-review-members = Update members and roles
setup-set-meetings = Set the year's meeting dates
setup-set-mechanisms = Set how the forum runs through the year
action-edit = Edit
action-export-calendar = Export meetings to a calendar (ics)
action-back-forums = Back to forums
action-back-forum = Back to the forum
action-back-meeting = Back to the meeting
action-plan-meeting = Plan a meeting
action-plan-year = Plan the year by the cadence
action-add = Add
action-remove = Remove
meeting-date = Date
meeting-time = Time
meeting-duration = Length (minutes)
meeting-place = Place
meeting-status-planned = Planned
meeting-status-held = Held
meeting-status-cancelled = Cancelled
meeting-approved = Approved
meeting-details-saved = The meeting's details are saved.
forum-saved = The forum's details are saved.
meeting-attendance = Attendance
meeting-no-members = The forum has no members yet; add them by editing the forum.
meeting-add-guest = Guest's name
meeting-locked = The minutes were approved by { $name } and are locked. A correction is recorded as an amendment.
meeting-approved-notice = The minutes are approved and locked.
carried-action = Action item
carried-gap = Gap
carried-raised-on = Raised on
agenda-presenter = Presenter
agenda-minutes = Minutes
agenda-notes = Discussion
agenda-new-item = New agenda item
agenda-move-up = Move up
agenda-move-down = Move down
agenda-move-hint = Alt+Up or Alt+Down also moves it
autosave-saving = Saving…
autosave-saved = Saved
autosave-waiting-for-room = Not saved yet: the disk is full. What you typed stays here and is saved by itself as soon as there is room. Free some space on the disk (delete large files you do not need, or empty the recycle bin).
autosave-waiting-for-database = Not saved yet: another program is writing to the database. What you typed stays here and is saved by itself as soon as that program lets go.
decision-new = New decision's wording
decision-item = Agenda item
decision-no-item = No agenda item
action-item-new = New action item
gap-new = A gap or barrier raised
approve-by = Approved by
action-approve = Approve the minutes
approve-hint = Once approved the minutes lock; corrections are recorded as amendments with a name and a date.
action-amend = Amend the minutes
amend-title = Amend approved minutes
amendment-before = The previous text
action-print-minutes = Print the minutes
minutes-print-title = The minutes for printing
actions-empty = No action items match the filter.
filter-all-owners = All owners
filter-all-statuses = All statuses
action-overdue = { $days ->
    [one] 1 day overdue
   *[other] { $days } days overdue
}
gap-age = { $days ->
    [0] opened today
    [one] open 1 day
   *[other] open { $days } days
}
home-overdue-forums = Forums that have not met in time
home-overdue-actions = Action items past due
home-open-gaps = Open gaps
home-upcoming = Meetings in the coming week
home-none = None right now.
home-more = and { $count } more

# Everything due, in one list (issue #30): action items, program moves, work-plan tasks.
due-title = Everything due: forums, visits, delegations, programs and the work plan
due-new = New move in a program
due-new-program = In the program
due-new-choose-program = Choose the program the move belongs to.
due-source-meeting = Forum meetings
due-source-visit = Visits
due-source-delegation = Delegations
due-source-program = Programs
due-source-plan = The work plan
due-from-meeting = A meeting of { $name }
due-from-visit = A visit to { $name }
due-from-delegation = Follow-up of the delegation: { $name }
due-from-program = A move of the program: { $name }
due-from-plan = The work plan: { $name }
due-status-open = Open
due-status-done = Done
due-status-cancelled = Cancelled
filter-all-sources = From everywhere
filter-late = Only what is late
col-from = From
due-count = { $count ->
    [one] One item
   *[other] { $count } items
}
home-all-late = Everything late ({ $count })

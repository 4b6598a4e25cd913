## Forums and meetings: fields, errors, and the four templates of the partnership framework

field-level = The level
field-cadence = The cadence
field-cadence-n = The number of weeks or months
field-members = The forum's members
field-setup-step = The setup step
field-status = The status
field-attendance = The attendance
field-date = The date
field-time = The time
field-duration = The meeting's length in minutes
field-title = The item's subject
field-planned-minutes = The planned minutes
field-guest-name = The guest's name
field-decision-text = The decision's wording
field-what = The description
field-due-date = The due date
field-made-by = The name of who approves or corrects
field-reason = The reason for the correction

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

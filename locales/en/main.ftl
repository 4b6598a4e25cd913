## The application

app-title = Eshkol
app-tagline = The department's forums, meetings, visits and contacts
app-loading = Loading…

## Navigation

nav-label = Main navigation
nav-home = Home
nav-directory = Clusters and settlements
nav-people = Contacts
nav-forums = Forums
nav-visits = Visits
nav-search = Search
nav-settings = Settings

## First run

first-run-title = Welcome to Eshkol
first-run-body = The database is empty. How would you like to begin?
first-run-empty = Start with an empty database
first-run-empty-hint = Enter the department's clusters, settlements and contacts yourself.
first-run-sample = Load a sample department
first-run-sample-hint = Three clusters, twelve settlements and twenty fictional staff members, to get to know the app.

## Home

home-title = Home
home-first-steps = First steps
home-first-steps-intro = Three steps, and you can start working:
home-step-clusters = Add clusters and settlements
home-step-clusters-help = The council's clusters, and the settlements in each.
home-step-import = Import the contact list
home-step-import-help = From an Excel or CSV file, as it is kept today.
home-step-forum = Create a forum
home-step-forum-help = From a ready template, or from nothing.
home-first-step-done = done
home-summary = In the database now
home-count-clusters = { $count ->
    [one] one cluster
   *[other] { $count } clusters
}
home-count-settlements = { $count ->
    [one] one settlement
   *[other] { $count } settlements
}
home-count-organizations = { $count ->
    [one] one organization
   *[other] { $count } organizations
}
home-count-people = { $count ->
    [one] one contact
   *[other] { $count } contacts
}

## Areas not built yet


## People

people-title = Contacts
people-empty = No contacts yet.
people-count = { $count ->
    [one] one contact
   *[other] { $count } contacts
}
col-name = Name
col-row-actions = Actions
col-role = Role
col-organization = Organization
col-cluster = Cluster
col-settlement = Settlement
col-office-phone = Phone
col-mobile = Mobile
col-email = Email

## Clusters and settlements

directory-title = Clusters and settlements
directory-empty = No clusters yet.
directory-coordinator = Cluster coordinator: { $name }
directory-no-coordinator = No cluster coordinator
directory-settlement-count = { $count ->
    [one] one settlement
   *[other] { $count } settlements
}
region-north = North
region-center = Center
region-south = South
region-other = Other
settlement-kind-kibbutz = Kibbutz
settlement-kind-moshav = Moshav
settlement-kind-community = Community settlement
settlement-kind-other = Other

## Settings

settings-title = Settings
settings-language = Language
settings-database = Database file
settings-schema-version = Database schema version: { $version }
settings-version = Eshkol, version { $version }
settings-copy-support = Copy for support
settings-support-copied = The details are copied. Paste them into a message to support.
settings-support-text = Eshkol { $version } · database schema { $schema } · { $path }
language-he = עברית
language-ar = العربية
language-en = English

## Fields, named in messages

field-name = Name
field-full-name = Full name
field-region = Region
field-kind = Kind
field-cluster = Cluster
field-settlement = Settlement
field-organization = Organization
field-office-phone = Office phone
field-mobile = Mobile phone
field-email = Email

## Errors

error-title = Something went wrong
error-startup-title = The database could not be opened
error-dismiss = Close
error-required = { $field } is missing. Please fill it in and try again.
error-invalid = { $field } “{ $value }” is not valid. Please correct it and try again.
error-not-a-date = { $field } “{ $value }” is not a date Eshkol can read. Type the day, month and year, for example 15.12.2026.
error-not-a-time = { $field } “{ $value }” is not a time Eshkol can read. Type hours and minutes, for example 17:30.
error-not-a-number = { $field } “{ $value }” is not a number Eshkol can read. Type digits, for example 5.5, 5,5 or 1,200.
error-not-found = The record was not found. It may have been deleted or archived; please refresh the list.
error-unknown-locale = The language “{ $code }” is not supported. Choose Hebrew, Arabic or English.
error-not-empty = The database already holds records, so the sample department was not loaded.
error-not-sharing = This laptop does not share a department yet. Turn sharing on in Settings.
error-has-records = This laptop already holds records of its own. Choose to merge them into the department, or join from an empty database.
error-not-a-join-file = The file chosen is not a file to join a department with. Choose the file the department's laptop made.
error-schema-too-new = The database was made by a newer version of Eshkol (schema { $found }; this version knows up to { $supported }). Please update the app.
error-not-eshkol-database = The chosen file is not an Eshkol database.
error-database = Database error: { $detail }
error-disk-full = The disk is full, so this was not saved. What you typed is kept. Free some space on the disk (delete large files you do not need, or empty the recycle bin).
error-database-busy = Another program (sqlite3, for example) is writing to Eshkol's database file and did not let go, so this was not saved. What you typed is kept. Close that program, or end what it is doing, and try again.
error-io = Error reading or writing a file: { $detail }
error-internal = Internal error: { $detail }

## Records: actions, filters, forms

action-save = Save
action-cancel = Cancel
action-archive = Archive
action-restore = Restore from archive
action-save-anyway = Save anyway
action-new-person = New contact
action-new-cluster = New cluster
action-new-settlement = New settlement
action-new-organization = New organization
badge-archived = Archived
badge-inactive = Inactive
option-none = — none —
option-choose = — choose —
link-call = Call
link-email = Email
filter-people = Filter: name, role, settlement, phone or email
filter-directory = Filter by cluster, settlement or organization name
filter-all-clusters = All clusters
filter-all-roles = All roles
filter-all-organizations = All organizations
filter-show-archived = Show archived records too
people-count-shown = { $shown } of { $count }
people-none-match = No contacts match the filter.
person-new-title = New contact
person-edit-title = Contact details
cluster-new-title = New cluster
cluster-edit-title = Cluster details
settlement-new-title = New settlement
settlement-edit-title = Settlement details
organization-new-title = New organization
organization-edit-title = Organization details
directory-organizations = Organizations
organizations-empty = No organizations yet.
organization-kind-department = The department
organization-kind-youth-movement = Youth movement
organization-kind-school = School
organization-kind-district = District
organization-kind-authority = Authority
organization-kind-partner = Partner body
field-role-title = Role
field-notes = Notes
field-active = Active
field-colour = Colour
field-coordinator = Cluster coordinator
field-local-coordinator = Local education coordinator
field-children-count = Children
field-children-participating = Of them taking part
field-youth-count = Youth
field-youth-participating = Of them taking part
field-youth-movements = Youth movements active here
error-duplicate = { $name } already has the same { $field }. This may be the same person: correct it, or save anyway.
error-cluster-has-settlements = The cluster still has { $count } active settlements. Move them to another cluster or archive them, then archive the cluster.

## Contact sheet

action-contact-sheet = Contact sheet to print
action-print = Print
action-back = Back to the list
sheet-title = Contact sheet
sheet-grouping = Grouping
sheet-group-by-cluster = By cluster
sheet-group-by-role = By role
sheet-group-by-organization = By organization
sheet-group-by-none = One list
sheet-columns = Columns
sheet-summary = { $people ->
    [one] one contact
   *[other] { $people } contacts
}, { $pages ->
    [one] one page
   *[other] { $pages } pages
}
sheet-ungrouped = Not assigned
sheet-group-continued = { $group } (continued)
sheet-page = Page { $page } of { $pages }

## Export

export-label = Export
action-export-xlsx = Excel
action-export-csv = CSV
action-export-vcard = For phones (vCard)
export-file-name = contacts
export-saved = Saved to:
export-dialog-title = Save the export

## Import

action-import = Import from a file
import-dialog-title = Import a contact list
import-title = Import: { $file }
action-import-paste = Paste a table
import-paste-title = Paste a table from Excel or Word
import-paste-help = Copy the table, with its header row, and paste it here. Every row and what will happen to it is shown before anything is saved.
import-paste-preview = Show what will be imported
import-pasted-name = pasted table
import-sheet-found = The table was found on the sheet “{ $sheet }”.
import-title-skipped = { $count ->
    [one] The first line looked like a title, and will not be imported.
   *[other] The first { $count } lines looked like a title, and will not be imported.
}
import-columns = What each column holds
import-column-ignore = — do not import —
import-target-full-name = Full name
import-target-first-name = First name
import-target-last-name = Last name
import-target-role-title = Role
import-target-organization = Organization
import-target-cluster = Cluster
import-target-settlement = Settlement
import-target-office-phone = Office phone
import-target-mobile = Mobile phone
import-target-email = Email
import-target-notes = Notes
import-summary = { $create } new, { $update } to update, { $skip } left out
import-pages = Pages of rows
import-previous = Previous rows
import-next = Next rows
import-shown = Rows { $from }–{ $to } of { $total }
import-action-create = New
import-action-update = Updates { $name }
import-action-skip = Left out
import-col-line = Line
import-col-action = What happens
import-col-problems = Notes
import-commit = Import now
import-done = Imported: { $created } new, { $updated } updated, { $skipped } left out.
import-new-organization = The organization “{ $name }” will be added to the organizations.
import-unknown = { $field } “{ $value }” was not found and stays empty.
import-same-as-line = The same person as on line { $line }.
error-not-a-contact-list = The file “{ $file }” is not a contact list: it needs to be CSV or Excel with headers such as Name, Role, Phone, Mobile, Email in its first row.
error-file-too-large = The file is larger than { $megabytes } MB. It can be split into several files.
error-file-limit-uncompressed = This workbook expands to more than { $max } MB when opened, far more than a contact list. Check that it is the right file, or copy just the table of contacts into a new workbook and import that.
error-file-limit-shared-strings = This workbook holds more than { $max } different texts, far more than a contact list. Check that it is the right file, or copy just the table of contacts into a new workbook and import that.
error-file-limit-rows = The file has more than { $max } rows. A whole district's contact list has far fewer: check that it is the right file, or delete the empty and extra rows at its end (a formula dragged down makes them) and try again.
error-file-limit-columns = The file has more than { $max } columns. A contact list has a dozen: delete the extra columns (a formula dragged sideways makes them) and try again.
error-file-limit-cell = One cell of the file holds more than { $max } characters, which no contact detail needs. Check that it is the right file, or shorten that cell and try again.
error-no-name-column = No column is marked as the name. Choose the column that holds the names.
error-no-import = No file is open for import. Choose a file.
error-pdf = The PDF could not be made: { $detail }
action-save-pdf = Save as PDF
sheet-file-name = contact-sheet
sheet-dialog-title = Save the contact sheet as PDF
dialog-discard-question = What you typed here is not saved yet. Close without saving?
dialog-keep-editing = Keep editing
dialog-discard = Close without saving
person-saved = The contact was saved.
directory-saved = Your changes are saved.

## The date and time fields: typed day first, or picked from a calendar whose week starts on Sunday

date-placeholder = dd.mm.yyyy
# A number field, when what was typed reads as another form of the number ("1 200" → 1,200).
number-reads-as = Reads as { $number }
time-placeholder = hh:mm
date-open-calendar = Pick from the calendar
date-calendar = Calendar
date-previous-month = Previous month
date-next-month = Next month
date-today = Today

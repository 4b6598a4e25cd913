# Sharing one department across laptops: Settings, the Sync page, the top bar.

nav-sync = Sharing
error-shared-folder-missing = The shared folder was not found. If it is on a USB stick or in the cloud, connect it and try again, or choose another folder.

first-run-join = Join a department that already shares
first-run-join-hint = Another laptop of the department: every record arrives from the shared folder, with the join file.

# Settings
sync-settings-title = Sharing across laptops
sync-settings-intro = Each laptop of the department writes its changes into a folder the department already syncs (Syncthing, OneDrive, Google Drive, a network share or a USB stick), and reads the others' changes from there. Everything is encrypted with the department's key, so the cloud sees no names, phone numbers or visit notes.
sync-laptop-name = This laptop's name, as the team will know it
sync-laptop-name-hint = For example: Michal's laptop
sync-create = Start sharing a new department
sync-create-help = Choose the shared folder, then save the join file the other laptops will use.
sync-join = Join an existing department
sync-join-help = Choose the join file made on the department's laptop, then the same shared folder.
sync-join-has-records = This laptop already holds records of its own. They will not be deleted.
sync-join-merge = Merge this laptop's records into the department's
sync-join-merge-needed = To join, choose to merge the records, or join from an empty database.
sync-created = Sharing is on. The join file was saved here:
sync-created-no-file = Sharing is on. The join file can be saved at any time.
sync-joined = This laptop joined the department. { $changes } changes arrived.
sync-joined-snapshot = This laptop joined the department, starting from { $laptop }'s latest snapshot. { $changes } changes arrived.
sync-join-file-saved = The join file was saved here:
sync-join-file-warning = The join file holds the department's key. Hand it over in person or on a USB stick, never through the shared folder.
sync-this-laptop = This laptop
sync-folder = The shared folder
sync-save-join = Save the join file
sync-now = Sync now
sync-open-page = Open the Sharing page
sync-join-file-name = join-the-department
dialog-sync-folder-title = Choose the shared folder
dialog-sync-join-save-title = Save the join file
dialog-sync-join-open-title = Choose the join file
sync-new-key = A new department key
sync-new-key-help = When a laptop of the department is lost or stolen: the department moves to a new key and a new shared folder, and the lost laptop can read nothing written from now on. The other laptops join again with the new join file, choosing to merge their records. Nothing is deleted.
sync-new-key-confirm = Choose a new, empty shared folder, then save the new join file. The old join file stops working.
sync-rejoin = Join with a new join file

# The top bar
sync-topbar-received = Last update from { $laptop }, { $time }
sync-topbar-none = No changes from other laptops yet
sync-topbar-quiet = No changes received for a week or more
sync-topbar-folder-missing = The shared folder was not found
sync-topbar-conflicts = { $count ->
    [one] One conflict
   *[other] { $count } conflicts
}
sync-topbar-new = Changes arrived from another laptop.
sync-show-new = Show

# The Sync page
sync-title = Sharing across laptops
sync-not-sharing = This laptop does not share the department yet. Start sharing here, or join a department already shared.
sync-quiet = No changes have arrived for { $days } days or more. Check that the sync tool is running and the shared folder is connected.
sync-laptops = The department's laptops
sync-laptops-none = No files from other laptops yet.
sync-laptop-seen = Last seen { $time }
sync-laptop-files = { $files ->
    [one] one file
   *[other] { $files } files
}
sync-checked = The folder was last read { $time }.
sync-snapshot = Latest snapshot: { $time }, from { $laptop }. A laptop joining now starts from it instead of reading every change from the beginning.
sync-snapshot-none = No snapshot yet: a laptop joining now reads every change from the beginning. Eshkol writes a snapshot once a month.
sync-waiting = Files waiting
sync-skipped = Files not read yet (Eshkol tries again at every sync)
sync-file = File { $number } of { $laptop }
sync-reason-newer = Written by a newer Eshkol. Update Eshkol on this laptop, and the file will be read by itself.
sync-reason-damaged = The file is cut short, damaged or encrypted with another key, or the sync program is still copying it. It is tried again by itself.
sync-reason-other-department = The file belongs to another department.
sync-reason-not-changes = This is not an Eshkol file of changes.
sync-reason-too-large = The file is too large to read.
sync-reason-held = Another program holds the file for now (the sync program is still downloading it, or an antivirus is scanning it). Eshkol reads it by itself once it is let go.
sync-rows-waiting = { $count ->
    [one] One record waits for a record it refers to that has not arrived yet.
   *[other] { $count } records wait for records they refer to that have not arrived yet.
}
sync-conflicts = Conflicts
sync-conflicts-none = No conflicts.
sync-conflicts-intro = Two laptops changed the same field without seeing each other's change. Every laptop shows the latest value, and the other is kept here. Choose with one click, and the choice reaches every laptop.
sync-conflict-shown = Shown now
sync-conflict-other = Other value
sync-conflict-by = { $laptop }, { $time }
sync-conflict-empty = (empty)
sync-conflict-choose = Choose this value
sync-conflict-chosen = The choice was saved and will reach every laptop.
sync-received = { $changes } changes arrived.
sync-nothing-new = No new changes.

# What a conflict is about: the kind of record
sync-record-organizations = Organization
sync-record-people = Contact
sync-record-clusters = Cluster
sync-record-settlements = Settlement
sync-record-settlement-youth-movements = Youth movement in a settlement
sync-record-forums = Forum
sync-record-forum-members = Forum member
sync-record-forum-setup = Forum setup step
sync-record-meetings = Meeting
sync-record-agenda-items = Agenda item
sync-record-attendance = Attendance
sync-record-guests = Meeting guest
sync-record-decisions = Decision
sync-record-action-items = Action item
sync-record-gaps = Gap
sync-record-amendments = Minutes amendment
sync-record-carried-over = Carried over to the next meeting
sync-record-visit-purposes = Visit purpose
sync-record-visits = Visit
sync-record-visit-staff = Visit staff

# ... and its field
sync-field-chair = Chair
sync-field-owner = Owner
sync-field-forum = Forum
sync-field-meeting = Meeting
sync-field-agenda-item = Agenda item
sync-field-action-item = Action item
sync-field-gap = Gap
sync-field-visit = Visit
sync-field-archived-at = Archived since
sync-field-created-at = Created
sync-field-updated-at = Updated
sync-field-template = Template
sync-field-done-at = Done
sync-field-online = Online
sync-field-approved-at = Approved
sync-field-approved-by = Approved by
sync-field-position = Position in the list
sync-field-number = Decision number
sync-field-done-on = Done on
sync-field-resolved-on = Resolved on
sync-field-made-at = Amended at
sync-field-before-text = Text before
sync-field-after-text = Text after
sync-field-key = Key

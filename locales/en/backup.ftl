## Backups, restore, and a database that could not be opened

field-path = File
error-damaged = The database file is damaged or incomplete ({ $detail }). It can be restored from a backup.
backup-file-name = eshkol-backup
dialog-backup-save-title = Save a backup of Eshkol
dialog-backup-open-title = Choose a backup file to restore

backups-title = Backups
backups-auto = Every day, when Eshkol starts, a copy is saved automatically in the folder below. The last { $kept } copies are kept.
backups-latest = Latest automatic backup: { $date }
backups-none = No automatic backup yet.
action-backup-save = Save a backup to a file…
action-backup-restore = Restore from a backup…
backup-restore-warning = Restoring replaces everything in Eshkol now with the backup's contents. A copy of the current state is saved first.
action-backup-restore-confirm = Yes, choose a file and restore
action-cancel-restore = Cancel
backup-saved = Backup saved:
backup-restored = The backup was restored. A copy of what was there before is in:

damaged-title = The database file is damaged
damaged-body = Eshkol found that the database file below is damaged or incomplete, so it did not open it. Nothing was deleted: the damaged file is kept in the backups folder.
damaged-latest = The latest good backup is from { $date }.
damaged-none = No automatic backup was found. If you have a backup file, choose it.
action-restore-latest = Restore the latest backup
action-choose-backup = Choose a backup file…

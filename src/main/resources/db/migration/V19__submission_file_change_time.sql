-- A file already taken is recognised without reading it by its path, size and modification time. The
-- modification time can be set by anyone (a copy that keeps it, an archive unpacked, the demo backdating its
-- deliveries), so a correction of the same size written over a file with its old time was taken for the file
-- already collected and never read. The system's change time (ctime) is set by the system alone whenever the
-- bytes change, so it is kept too and compared where it is known. Rows taken before keep the old comparison.
ALTER TABLE submission ADD COLUMN file_changed_at timestamptz;

-- the comparison runs for every file of the inbox every night: without an index it read the whole history each time
CREATE INDEX submission_file_path ON submission (file_path);

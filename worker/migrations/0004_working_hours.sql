-- The team dashboard (issue 12): the toil share is logged toil over the working time of the members active
-- in a week, so the team says how many hours a person works in a week (a team setting, 1 to 168).
ALTER TABLE teams ADD COLUMN working_hours_per_week REAL NOT NULL DEFAULT 40;

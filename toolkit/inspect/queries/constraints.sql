-- Primary key, unique, check, foreign key and exclusion constraints of managed tables.
-- Constraints a partition inherits from its parent are left out (the parent's stand for
-- them), and so are NOT NULL constraints (Column.not_null stands for them).
-- Column numbers are named from columns.sql's rows; only where that has no rows (a
-- partition, a referenced table it does not list) are the names looked up here.
SELECT con.oid, con.conindid, con.conrelid, con.confrelid, n.nspname, c.relname, con.conname,
       con.contype,
       pg_get_constraintdef(con.oid) AS definition,
       con.conkey,
       CASE WHEN c.relispartition THEN
           array(SELECT a.attname
                 FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
                 JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                 ORDER BY k.position)
       END AS column_names,
       rn.nspname AS referenced_schema, rc.relname AS referenced_table,
       CASE WHEN con.contype = 'f' THEN
           (SELECT ri.relname FROM pg_class ri WHERE ri.oid = con.conindid)
       END AS referenced_index,
       con.confkey,
       CASE WHEN con.contype = 'f' AND NOT (
                rc.relkind IN ('r', 'p') AND NOT rc.relispartition
                AND rn.nspname = ANY(%(schemas)s)
                AND rc.oid NOT IN (SELECT d.objid FROM pg_depend d
                                   WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
                                     AND d.classid = 'pg_class'::regclass)) THEN
           array(SELECT a.attname
                 FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, position)
                 JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                 ORDER BY k.position)
       END AS referenced_names,
       con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred, con.convalidated
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
WHERE con.contype IN ('p', 'u', 'c', 'f', 'x')
  AND con.conparentid = 0
  AND con.conislocal
  AND c.relkind IN ('r', 'p')
  AND n.nspname = ANY(%(schemas)s)
  AND c.oid NOT IN (SELECT d.objid FROM pg_depend d
                    WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
                      AND d.classid = 'pg_class'::regclass)
ORDER BY con.conrelid, con.conname COLLATE "C"

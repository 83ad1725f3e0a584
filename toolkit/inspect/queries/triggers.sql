-- User triggers on managed tables and views (not the internal ones behind foreign keys, not
-- the clones a partition gets from its parent's trigger).
SELECT t.oid, t.tgrelid, t.tgfoid, n.nspname, c.relname, t.tgname,
       pg_get_triggerdef(t.oid) AS definition,
       fn.nspname AS function_schema, f.proname AS function_name,
       t.tgtype
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_proc f ON f.oid = t.tgfoid
JOIN pg_namespace fn ON fn.oid = f.pronamespace
WHERE NOT t.tgisinternal
  AND t.tgparentid = 0
  AND n.nspname = ANY(%(schemas)s)
  AND c.oid NOT IN (SELECT d.objid FROM pg_depend d
                    WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
                      AND d.classid = 'pg_class'::regclass)
ORDER BY n.nspname COLLATE "C", t.tgname COLLATE "C", c.relname COLLATE "C"

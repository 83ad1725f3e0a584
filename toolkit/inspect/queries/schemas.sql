-- Managed schemas that exist, with their comments.
SELECT n.oid, n.nspname
FROM pg_namespace n
WHERE n.nspname = ANY(%(schemas)s)
  AND n.oid NOT IN (SELECT d.objid FROM pg_depend d
                    WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
                      AND d.classid = 'pg_namespace'::regclass)
ORDER BY n.nspname COLLATE "C"

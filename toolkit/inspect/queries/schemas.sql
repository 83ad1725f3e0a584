-- Managed schemas that exist, with their comments.
SELECT n.oid, n.nspname
FROM pg_namespace n
WHERE n.nspname = ANY(%(schemas)s)
  AND NOT EXISTS (SELECT FROM pg_depend d
                  WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid
                    AND d.deptype = 'e')
ORDER BY n.nspname COLLATE "C"

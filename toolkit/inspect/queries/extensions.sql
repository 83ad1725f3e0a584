-- Extensions installed into a managed schema.
SELECT e.oid, e.extname, n.nspname, e.extversion
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE n.nspname = ANY(%(schemas)s)
ORDER BY e.extname COLLATE "C"

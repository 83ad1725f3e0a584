-- Domains: base type, NOT NULL, default, collation (when it differs from the base type's) and
-- CHECK constraints ordered by name.
SELECT t.oid, t.typarray, n.nspname, t.typname,
       format_type(t.typbasetype, t.typtypmod) AS base_type,
       t.typnotnull,
       pg_get_expr(t.typdefaultbin, 0) AS default_expr,
       CASE WHEN t.typcollation <> b.typcollation THEN
           CASE WHEN co.collnamespace = 'pg_catalog'::regnamespace THEN quote_ident(co.collname)
                ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END
       END AS collation,
       checks.oids, checks.names, checks.definitions, checks.validated
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_type b ON b.oid = t.typbasetype
LEFT JOIN pg_collation co ON co.oid = t.typcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
CROSS JOIN LATERAL (
    SELECT coalesce(array_agg(c.oid ORDER BY c.conname COLLATE "C"), '{}') AS oids,
           coalesce(array_agg(c.conname ORDER BY c.conname COLLATE "C"), '{}') AS names,
           coalesce(array_agg(pg_get_constraintdef(c.oid) ORDER BY c.conname COLLATE "C"),
                    '{}') AS definitions,
           coalesce(array_agg(c.convalidated ORDER BY c.conname COLLATE "C"),
                    '{}') AS validated
    FROM pg_constraint c
    WHERE c.contypid = t.oid AND c.contype = 'c'
) AS checks
WHERE t.typtype = 'd'
  AND n.nspname = ANY(%(schemas)s)
  AND t.oid NOT IN (SELECT d.objid FROM pg_depend d
                    WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
                      AND d.classid = 'pg_type'::regclass)
ORDER BY n.nspname COLLATE "C", t.typname COLLATE "C"

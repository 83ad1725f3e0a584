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
       array(SELECT c.oid FROM pg_constraint c
             WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname COLLATE "C") AS check_oids,
       array(SELECT c.conname FROM pg_constraint c
             WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname COLLATE "C") AS check_names,
       array(SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c
             WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname COLLATE "C") AS check_defs,
       array(SELECT c.convalidated FROM pg_constraint c
             WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname COLLATE "C") AS check_valid
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_type b ON b.oid = t.typbasetype
LEFT JOIN pg_collation co ON co.oid = t.typcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
WHERE t.typtype = 'd'
  AND n.nspname = ANY(%(schemas)s)
  AND NOT EXISTS (SELECT FROM pg_depend d
                  WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY n.nspname COLLATE "C", t.typname COLLATE "C"

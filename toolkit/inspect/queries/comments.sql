-- Comments (pg_description) on objects in managed schemas; objsubid is a column number.
-- Such objects were made after initdb (oid >= 16384), which lets the index on
-- pg_description pass over the system's own comments; a schema may be older (public).
SELECT 'pg_class' AS catalog, d.objoid, d.objsubid, d.description
FROM pg_description d
JOIN pg_class c ON c.oid = d.objoid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE d.objoid >= 16384
  AND d.classoid = 'pg_class'::regclass
  AND n.nspname = ANY(%(schemas)s)
UNION ALL
SELECT 'pg_type', d.objoid, d.objsubid, d.description
FROM pg_description d
JOIN pg_type t ON t.oid = d.objoid
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE d.objoid >= 16384
  AND d.classoid = 'pg_type'::regclass
  AND n.nspname = ANY(%(schemas)s)
UNION ALL
SELECT 'pg_proc', d.objoid, d.objsubid, d.description
FROM pg_description d
JOIN pg_proc p ON p.oid = d.objoid
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE d.objoid >= 16384
  AND d.classoid = 'pg_proc'::regclass
  AND n.nspname = ANY(%(schemas)s)
UNION ALL
SELECT 'pg_constraint', d.objoid, d.objsubid, d.description
FROM pg_description d
JOIN pg_constraint con ON con.oid = d.objoid
JOIN pg_namespace n ON n.oid = con.connamespace
WHERE d.objoid >= 16384
  AND d.classoid = 'pg_constraint'::regclass
  AND n.nspname = ANY(%(schemas)s)
UNION ALL
SELECT 'pg_trigger', d.objoid, d.objsubid, d.description
FROM pg_description d
JOIN pg_trigger t ON t.oid = d.objoid
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE d.objoid >= 16384
  AND d.classoid = 'pg_trigger'::regclass
  AND n.nspname = ANY(%(schemas)s)
UNION ALL
SELECT 'pg_policy', d.objoid, d.objsubid, d.description
FROM pg_description d
JOIN pg_policy p ON p.oid = d.objoid
JOIN pg_class c ON c.oid = p.polrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE d.objoid >= 16384
  AND d.classoid = 'pg_policy'::regclass
  AND n.nspname = ANY(%(schemas)s)
UNION ALL
SELECT 'pg_namespace', d.objoid, d.objsubid, d.description
FROM pg_description d
JOIN pg_namespace n ON n.oid = d.objoid
WHERE d.classoid = 'pg_namespace'::regclass AND n.nspname = ANY(%(schemas)s)

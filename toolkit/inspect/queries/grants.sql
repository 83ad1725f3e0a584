-- Privileges on managed tables, views, sequences, columns, functions and schemas (not on
-- extensions' objects), one row per grantee and privilege. What the owner holds on its own
-- object is left out. An ACL that was never set holds the defaults (acldefault): nothing
-- but the owner's for relations, sequences and schemas, EXECUTE for PUBLIC on functions
-- and procedures.
SELECT 'pg_class' AS catalog, c.oid, NULL::name AS column_name,
       CASE WHEN a.grantee = 0 THEN 'public' ELSE pg_get_userbyid(a.grantee) END AS grantee,
       a.privilege_type, a.is_grantable
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL aclexplode(c.relacl) AS a
WHERE c.relacl IS NOT NULL
  AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
  AND n.nspname = ANY(%(schemas)s)
  AND a.grantee <> c.relowner
  AND c.oid NOT IN (SELECT d.objid FROM pg_depend d
                    WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
                      AND d.classid = 'pg_class'::regclass)
UNION ALL
-- Privileges on the columns of views, materialized views and partitions; a table's columns
-- have theirs in columns.sql, which reads those columns anyway.
SELECT 'pg_class', c.oid, att.attname,
       CASE WHEN a.grantee = 0 THEN 'public' ELSE pg_get_userbyid(a.grantee) END,
       a.privilege_type, a.is_grantable
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute att ON att.attrelid = c.oid AND att.attnum > 0 AND NOT att.attisdropped
CROSS JOIN LATERAL aclexplode(att.attacl) AS a
WHERE (c.relkind IN ('v', 'm') OR (c.relkind IN ('r', 'p') AND c.relispartition))
  AND att.attacl IS NOT NULL
  AND n.nspname = ANY(%(schemas)s)
  AND a.grantee <> c.relowner
  AND c.oid NOT IN (SELECT d.objid FROM pg_depend d
                    WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
                      AND d.classid = 'pg_class'::regclass)
UNION ALL
SELECT 'pg_proc', p.oid, NULL,
       CASE WHEN a.grantee = 0 THEN 'public' ELSE pg_get_userbyid(a.grantee) END,
       a.privilege_type, a.is_grantable
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
CROSS JOIN LATERAL aclexplode(p.proacl) AS a
WHERE p.proacl IS NOT NULL
  AND p.prokind IN ('f', 'p')
  AND n.nspname = ANY(%(schemas)s)
  AND a.grantee <> p.proowner
  AND p.oid NOT IN (SELECT d.objid FROM pg_depend d
                    WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
                      AND d.classid = 'pg_proc'::regclass)
UNION ALL
SELECT 'pg_proc', p.oid, NULL, 'public', 'EXECUTE', false
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.proacl IS NULL
  AND p.prokind IN ('f', 'p')
  AND n.nspname = ANY(%(schemas)s)
  AND p.oid NOT IN (SELECT d.objid FROM pg_depend d
                    WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
                      AND d.classid = 'pg_proc'::regclass)
UNION ALL
SELECT 'pg_namespace', n.oid, NULL,
       CASE WHEN a.grantee = 0 THEN 'public' ELSE pg_get_userbyid(a.grantee) END,
       a.privilege_type, a.is_grantable
FROM pg_namespace n
CROSS JOIN LATERAL aclexplode(n.nspacl) AS a
WHERE n.nspacl IS NOT NULL
  AND n.nspname = ANY(%(schemas)s)
  AND a.grantee <> n.nspowner
  AND n.oid NOT IN (SELECT d.objid FROM pg_depend d
                    WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
                      AND d.classid = 'pg_namespace'::regclass)

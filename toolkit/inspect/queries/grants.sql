-- Privileges on managed tables, views, sequences, columns, functions and schemas, one row
-- per grantee and privilege. A missing ACL means the default one (acldefault): functions are
-- executable by PUBLIC until revoked. What the owner holds on its own object is left out.
SELECT 'pg_class' AS catalog, c.oid, NULL::name AS column_name,
       CASE WHEN a.grantee = 0 THEN 'public' ELSE pg_get_userbyid(a.grantee) END AS grantee,
       a.privilege_type, a.is_grantable
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL aclexplode(coalesce(
    c.relacl,
    acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner))) AS a
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')
  AND n.nspname = ANY(%(schemas)s)
  AND a.grantee <> c.relowner
UNION ALL
SELECT 'pg_class', c.oid, att.attname,
       CASE WHEN a.grantee = 0 THEN 'public' ELSE pg_get_userbyid(a.grantee) END,
       a.privilege_type, a.is_grantable
FROM pg_attribute att
JOIN pg_class c ON c.oid = att.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL aclexplode(att.attacl) AS a
WHERE att.attacl IS NOT NULL
  AND att.attnum > 0
  AND NOT att.attisdropped
  AND c.relkind IN ('r', 'p', 'v', 'm')
  AND n.nspname = ANY(%(schemas)s)
  AND a.grantee <> c.relowner
UNION ALL
SELECT 'pg_proc', p.oid, NULL,
       CASE WHEN a.grantee = 0 THEN 'public' ELSE pg_get_userbyid(a.grantee) END,
       a.privilege_type, a.is_grantable
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
CROSS JOIN LATERAL aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) AS a
WHERE p.prokind IN ('f', 'p')
  AND n.nspname = ANY(%(schemas)s)
  AND a.grantee <> p.proowner
UNION ALL
SELECT 'pg_namespace', n.oid, NULL,
       CASE WHEN a.grantee = 0 THEN 'public' ELSE pg_get_userbyid(a.grantee) END,
       a.privilege_type, a.is_grantable
FROM pg_namespace n
CROSS JOIN LATERAL aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) AS a
WHERE n.nspname = ANY(%(schemas)s)
  AND a.grantee <> n.nspowner

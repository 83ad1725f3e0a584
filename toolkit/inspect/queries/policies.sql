-- Row level security policies of managed tables; role 0 is PUBLIC.
-- A WITH CHECK stored as the same tree as the USING expression is printed once:
-- check_is_using. (Servers that store expressions without source positions store
-- `USING (x) WITH CHECK (x)` so; on others the two trees differ and both are printed.)
-- The trees are compared once per policy (OFFSET 0 keeps the comparison from being inlined
-- into both columns that use it).
SELECT p.oid, p.polrelid, n.nspname, c.relname, p.polname, p.polpermissive, p.polcmd,
       array(SELECT CASE WHEN r.oid = 0 THEN 'public' ELSE pg_get_userbyid(r.oid) END
             FROM unnest(p.polroles) AS r(oid)) AS roles,
       pg_get_expr(p.polqual, p.polrelid) AS using_expr,
       s.same AS check_is_using,
       CASE WHEN s.same THEN NULL ELSE pg_get_expr(p.polwithcheck, p.polrelid) END AS check_expr
FROM pg_policy p
JOIN pg_class c ON c.oid = p.polrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL (SELECT p.polwithcheck::text = p.polqual::text AS same OFFSET 0) s
WHERE n.nspname = ANY(%(schemas)s)
  AND c.oid NOT IN (SELECT d.objid FROM pg_depend d
                    WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
                      AND d.classid = 'pg_class'::regclass)
ORDER BY n.nspname COLLATE "C", p.polname COLLATE "C", c.relname COLLATE "C"

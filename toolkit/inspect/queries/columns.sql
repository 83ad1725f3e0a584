-- Columns of the tables in tables.sql, in order. A partition's columns come from its parent
-- and are not listed. The collation is given only where it differs from the type's. A
-- default cannot refer to columns, so it is printed without the table's context (cheaper);
-- a generated column's expression needs it. Privileges granted on a column itself are
-- (grantee, privilege, grantable) rows, role 0 being PUBLIC, what the owner holds left out
-- (grants.sql has the rest).
SELECT a.attrelid, a.attnum, a.attname,
       format_type(a.atttypid, a.atttypmod) AS data_type,
       a.attnotnull,
       CASE WHEN a.atthasdef THEN
           (SELECT CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, 0)
                        ELSE pg_get_expr(ad.adbin, ad.adrelid) END
            FROM pg_attrdef ad WHERE ad.adrelid = a.attrelid AND ad.adnum = a.attnum)
       END AS expression,
       nullif(a.attidentity::text, '') AS identity,
       nullif(a.attgenerated::text, '') AS generated,
       CASE WHEN a.attcollation <> t.typcollation THEN
           (SELECT CASE WHEN co.collnamespace = 'pg_catalog'::regnamespace
                        THEN quote_ident(co.collname)
                        ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END
            FROM pg_collation co
            JOIN pg_namespace cn ON cn.oid = co.collnamespace
            WHERE co.oid = a.attcollation)
       END AS collation,
       CASE WHEN a.attacl IS NOT NULL THEN
           array(SELECT ARRAY[CASE WHEN x.grantee = 0 THEN 'public'
                                   ELSE pg_get_userbyid(x.grantee)::text END,
                              x.privilege_type, x.is_grantable::text]
                 FROM aclexplode(a.attacl) AS x
                 WHERE x.grantee <> c.relowner)
       END AS privileges
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid
JOIN pg_type t ON t.oid = a.atttypid
WHERE c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND a.attnum > 0
  AND NOT a.attisdropped
  AND n.nspname = ANY(%(schemas)s)
  AND c.oid NOT IN (SELECT d.objid FROM pg_depend d
                    WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
                      AND d.classid = 'pg_class'::regclass)
ORDER BY a.attrelid, a.attnum

-- Functions and procedures (aggregates and window functions are not modelled).
SELECT p.oid, n.nspname, p.proname,
       oidvectortypes(p.proargtypes) AS signature,
       pg_get_function_arguments(p.oid) AS arguments,
       CASE WHEN p.prokind = 'p' THEN NULL ELSE pg_get_function_result(p.oid) END AS returns,
       l.lanname,
       CASE WHEN p.prosqlbody IS NOT NULL THEN pg_get_function_sqlbody(p.oid)
            ELSE p.prosrc END AS body,
       p.prokind = 'p' AS procedure,
       p.provolatile, p.proisstrict, p.prosecdef, p.proconfig
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
WHERE p.prokind IN ('f', 'p')
  AND n.nspname = ANY(%(schemas)s)
  AND p.oid NOT IN (SELECT d.objid FROM pg_depend d
                    WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
                      AND d.classid = 'pg_proc'::regclass)
-- In key order: "function" sorts before "procedure".
ORDER BY p.prokind, n.nspname COLLATE "C", p.proname COLLATE "C",
         oidvectortypes(p.proargtypes) COLLATE "C"

REVOKE SELECT ON TABLE "public"."accounts" FROM "canon_golden_reader";
REVOKE INSERT ON TABLE "public"."accounts" FROM "canon_golden_reader";
GRANT SELECT ON TABLE "public"."accounts" TO PUBLIC;

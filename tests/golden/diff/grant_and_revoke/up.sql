REVOKE SELECT ON TABLE "public"."accounts" FROM PUBLIC;
GRANT INSERT ON TABLE "public"."accounts" TO "canon_golden_reader";
GRANT SELECT ON TABLE "public"."accounts" TO "canon_golden_reader";

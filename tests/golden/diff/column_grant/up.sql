GRANT SELECT ("email") ON TABLE "public"."accounts" TO "canon_golden_reader";
GRANT SELECT ("id") ON TABLE "public"."accounts" TO "canon_golden_reader";

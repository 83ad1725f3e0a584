REVOKE SELECT ("id") ON TABLE "public"."accounts" FROM "canon_golden_reader";
REVOKE SELECT ("email") ON TABLE "public"."accounts" FROM "canon_golden_reader";

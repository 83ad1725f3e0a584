COMMENT ON COLUMN "public"."accounts"."email" IS 'Login e-mail';
COMMENT ON TABLE "public"."accounts" IS 'Customer accounts';

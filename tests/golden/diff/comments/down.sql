COMMENT ON TABLE "public"."accounts" IS NULL;
COMMENT ON COLUMN "public"."accounts"."email" IS NULL;

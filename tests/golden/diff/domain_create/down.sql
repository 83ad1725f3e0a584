DROP TABLE "public"."contacts";
DROP DOMAIN "public"."email";

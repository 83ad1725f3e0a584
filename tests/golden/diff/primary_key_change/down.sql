ALTER TABLE "public"."tags" DROP CONSTRAINT "tags_pkey";
ALTER TABLE "public"."tags" ADD CONSTRAINT "tags_pkey" PRIMARY KEY (id);

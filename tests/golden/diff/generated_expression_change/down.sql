ALTER TABLE "public"."accounts" DROP COLUMN "doubled";
ALTER TABLE "public"."accounts" ADD COLUMN "doubled" integer GENERATED ALWAYS AS ((balance * 2)) STORED;

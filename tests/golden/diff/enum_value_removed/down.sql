ALTER TYPE "public"."mood" RENAME TO "mood__canon_old";
CREATE TYPE "public"."mood" AS ENUM ('sad', 'ok', 'happy');
ALTER TABLE "public"."people" ALTER COLUMN "mood" DROP DEFAULT;
ALTER TABLE "public"."people" ALTER COLUMN "mood" TYPE "public"."mood" USING "mood"::text::"public"."mood";
ALTER TABLE "public"."people" ALTER COLUMN "mood" SET DEFAULT 'sad'::public.mood;
DROP TYPE "public"."mood__canon_old";

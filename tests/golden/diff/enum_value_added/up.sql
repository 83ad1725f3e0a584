ALTER TYPE "public"."mood" ADD VALUE 'ecstatic' AFTER 'happy';

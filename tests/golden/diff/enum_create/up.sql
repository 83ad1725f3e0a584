CREATE TYPE "public"."mood" AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE "public"."people" (
    "id" integer NOT NULL,
    "mood" public.mood DEFAULT 'ok'::public.mood NOT NULL,
    CONSTRAINT "people_pkey" PRIMARY KEY (id)
);

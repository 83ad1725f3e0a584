CREATE DOMAIN "public"."email" AS text CONSTRAINT "email_check" CHECK ((VALUE ~~ '%@%'::text));
CREATE TABLE "public"."contacts" (
    "id" integer NOT NULL,
    "address" public.email,
    CONSTRAINT "contacts_pkey" PRIMARY KEY (id)
);

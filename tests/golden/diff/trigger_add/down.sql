DROP TRIGGER "accounts_touch" ON "public"."accounts";

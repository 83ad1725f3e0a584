ALTER TABLE "public"."brand_profiles" DROP CONSTRAINT "brand_profiles_fingerprint_id_fkey";
ALTER TABLE "public"."voice_fingerprints" DROP CONSTRAINT "voice_fingerprints_brand_profile_id_fkey";
DROP TABLE "public"."brand_profiles";
DROP TABLE "public"."voice_fingerprints";

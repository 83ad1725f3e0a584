CREATE TABLE "public"."voice_fingerprints" (
    "id" uuid NOT NULL,
    "brand_profile_id" uuid,
    CONSTRAINT "voice_fingerprints_pkey" PRIMARY KEY (id)
);
CREATE TABLE "public"."brand_profiles" (
    "id" uuid NOT NULL,
    "fingerprint_id" uuid,
    CONSTRAINT "brand_profiles_pkey" PRIMARY KEY (id)
);
ALTER TABLE "public"."voice_fingerprints" ADD CONSTRAINT "voice_fingerprints_brand_profile_id_fkey" FOREIGN KEY (brand_profile_id) REFERENCES public.brand_profiles(id);
ALTER TABLE "public"."brand_profiles" ADD CONSTRAINT "brand_profiles_fingerprint_id_fkey" FOREIGN KEY (fingerprint_id) REFERENCES public.voice_fingerprints(id);

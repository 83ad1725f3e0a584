CREATE TABLE public.brand_profiles (id uuid PRIMARY KEY, fingerprint_id uuid);
CREATE TABLE public.voice_fingerprints (id uuid PRIMARY KEY, brand_profile_id uuid REFERENCES public.brand_profiles (id));
ALTER TABLE public.brand_profiles ADD CONSTRAINT brand_profiles_fingerprint_id_fkey FOREIGN KEY (fingerprint_id) REFERENCES public.voice_fingerprints (id);

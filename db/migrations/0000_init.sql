CREATE TYPE "public"."partner_kind" AS ENUM('youth_employment_centre', 'community_organization', 'municipality', 'mrc', 'school', 'other');--> statement-breakpoint
CREATE TYPE "public"."staff_role" AS ENUM('agent', 'adviser', 'manager', 'admin');--> statement-breakpoint
CREATE TYPE "public"."accompaniment_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."closure_reason" AS ENUM('goals_met', 'moved_out_of_region', 'person_withdrew', 'lost_contact', 'referred_elsewhere', 'other');--> statement-breakpoint
CREATE TYPE "public"."immigration_status" AS ENUM('permanent_resident', 'temporary_foreign_worker', 'international_student', 'refugee', 'asylum_seeker', 'naturalized_citizen', 'other');--> statement-breakpoint
CREATE TYPE "public"."intervention_kind" AS ENUM('meeting', 'phone_call', 'email', 'group_session', 'accompaniment_to_service', 'other');--> statement-breakpoint
CREATE TYPE "public"."need" AS ENUM('installation_housing', 'francization', 'employment', 'skills_recognition', 'schooling', 'health', 'community_life');--> statement-breakpoint
CREATE TYPE "public"."referral_status" AS ENUM('sent', 'accepted', 'completed', 'declined');--> statement-breakpoint
CREATE TYPE "public"."business_sector" AS ENUM('mining', 'forestry', 'agriculture', 'manufacturing', 'construction', 'health_social', 'education', 'retail', 'accommodation_food', 'transportation', 'professional_services', 'public_administration', 'other');--> statement-breakpoint
CREATE TYPE "public"."employer_file_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."agreement_status" AS ENUM('draft', 'signed', 'active', 'completed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."funded_project_type" AS ENUM('awareness_campaign', 'colloquium', 'welcome_guide', 'leisure_intercultural', 'womens_circle', 'educational_workshop', 'conversation_group', 'other');--> statement-breakpoint
CREATE TYPE "public"."funding_program" AS ENUM('PAC', 'PASI', 'PMD');--> statement-breakpoint
CREATE TABLE "app_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"default_region_code" varchar(2) NOT NULL,
	"default_period_from" date,
	"default_period_to" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "app_settings_single_row" CHECK ("app_settings"."id" = 1),
	CONSTRAINT "app_settings_period_complete" CHECK (("app_settings"."default_period_from" IS NULL) = ("app_settings"."default_period_to" IS NULL) AND ("app_settings"."default_period_from" IS NULL OR "app_settings"."default_period_from" <= "app_settings"."default_period_to"))
);
--> statement-breakpoint
CREATE TABLE "mrcs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"region_code" varchar(2) NOT NULL,
	CONSTRAINT "mrcs_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "partner_kind" NOT NULL,
	"region_code" varchar(2) NOT NULL,
	"mrc_id" uuid,
	"email" text,
	"phone" text,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partners_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" varchar(2) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "regions_code_format" CHECK ("regions"."code" ~ '^[0-9]{2}$')
);
--> statement-breakpoint
CREATE TABLE "service_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"city" text NOT NULL,
	"postal_code" varchar(7),
	"region_code" varchar(2) NOT NULL,
	"mrc_id" uuid NOT NULL,
	"email" text NOT NULL,
	"phone" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_points_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"role" "staff_role" NOT NULL,
	"service_point_id" uuid,
	"password_hash" text,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_email_lowercase" CHECK ("users"."email" = lower("users"."email")),
	CONSTRAINT "users_service_point_required" CHECK ("users"."role" = 'admin' OR "users"."service_point_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "accompaniments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"service_point_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"status" "accompaniment_status" DEFAULT 'open' NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"closure_reason" "closure_reason",
	"needs" "need"[] DEFAULT '{}'::need[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accompaniments_closed_after_opened" CHECK ("accompaniments"."closed_on" IS NULL OR "accompaniments"."closed_on" >= "accompaniments"."opened_on"),
	CONSTRAINT "accompaniments_closed_consistent" CHECK (("accompaniments"."status" = 'closed') = ("accompaniments"."closed_on" IS NOT NULL) AND ("accompaniments"."status" = 'closed') = ("accompaniments"."closure_reason" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "interventions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"accompaniment_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"kind" "intervention_kind" NOT NULL,
	"need" "need",
	"duration_minutes" integer,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interventions_duration_positive" CHECK ("interventions"."duration_minutes" IS NULL OR "interventions"."duration_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"country_of_birth" varchar(2) NOT NULL,
	"immigration_status" "immigration_status" NOT NULL,
	"arrival_in_quebec_on" date,
	"residence_mrc_id" uuid,
	"email" text,
	"phone" text,
	"collection_consent_on" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "persons_country_format" CHECK ("persons"."country_of_birth" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"accompaniment_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"need" "need" NOT NULL,
	"status" "referral_status" DEFAULT 'sent' NOT NULL,
	"sharing_consent_on" date NOT NULL,
	"sent_on" date NOT NULL,
	"responded_on" date,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_consent_before_sending" CHECK ("referrals"."sharing_consent_on" <= "referrals"."sent_on"),
	CONSTRAINT "referrals_response_after_sending" CHECK ("referrals"."responded_on" IS NULL OR "referrals"."responded_on" >= "referrals"."sent_on")
);
--> statement-breakpoint
CREATE TABLE "businesses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"legal_name" text NOT NULL,
	"neq" varchar(10) NOT NULL,
	"sector" "business_sector" NOT NULL,
	"mrc_id" uuid NOT NULL,
	"city" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "businesses_neq_unique" UNIQUE("neq"),
	CONSTRAINT "businesses_neq_format" CHECK ("businesses"."neq" ~ '^[0-9]{10}$')
);
--> statement-breakpoint
CREATE TABLE "employer_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"adviser_id" uuid NOT NULL,
	"service_point_id" uuid NOT NULL,
	"status" "employer_file_status" DEFAULT 'open' NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"contact_name" text NOT NULL,
	"contact_email" text,
	"contact_phone" text,
	"interregional_mobility" boolean DEFAULT false NOT NULL,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_files_closed_after_opened" CHECK ("employer_files"."closed_on" IS NULL OR "employer_files"."closed_on" >= "employer_files"."opened_on"),
	CONSTRAINT "employer_files_closed_consistent" CHECK (("employer_files"."status" = 'closed') = ("employer_files"."closed_on" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "hires" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_file_id" uuid NOT NULL,
	"hiring_need_id" uuid,
	"person_id" uuid,
	"hired_on" date NOT NULL,
	"job_title" text NOT NULL,
	"from_other_region" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hiring_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_file_id" uuid NOT NULL,
	"job_title" text NOT NULL,
	"noc_code" varchar(5) NOT NULL,
	"positions" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hiring_needs_noc_format" CHECK ("hiring_needs"."noc_code" ~ '^[0-9]{5}$'),
	CONSTRAINT "hiring_needs_positions_positive" CHECK ("hiring_needs"."positions" > 0)
);
--> statement-breakpoint
CREATE TABLE "agreement_territories" (
	"agreement_id" uuid NOT NULL,
	"mrc_id" uuid NOT NULL,
	CONSTRAINT "agreement_territories_agreement_id_mrc_id_pk" PRIMARY KEY("agreement_id","mrc_id")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"partner_id" uuid NOT NULL,
	"program" "funding_program" NOT NULL,
	"program_component" text,
	"amount_cents" bigint NOT NULL,
	"status" "agreement_status" DEFAULT 'draft' NOT NULL,
	"signed_on" date,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_reference_unique" UNIQUE("reference"),
	CONSTRAINT "agreements_amount_positive" CHECK ("agreements"."amount_cents" >= 0),
	CONSTRAINT "agreements_ends_after_start" CHECK ("agreements"."ends_on" >= "agreements"."starts_on"),
	CONSTRAINT "agreements_signed_has_date" CHECK ("agreements"."status" IN ('draft', 'cancelled') OR "agreements"."signed_on" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "funded_project_territories" (
	"funded_project_id" uuid NOT NULL,
	"mrc_id" uuid NOT NULL,
	CONSTRAINT "funded_project_territories_funded_project_id_mrc_id_pk" PRIMARY KEY("funded_project_id","mrc_id")
);
--> statement-breakpoint
CREATE TABLE "funded_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"type" "funded_project_type" NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"participants" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funded_projects_ends_after_start" CHECK ("funded_projects"."ends_on" IS NULL OR "funded_projects"."ends_on" >= "funded_projects"."starts_on"),
	CONSTRAINT "funded_projects_participants_positive" CHECK ("funded_projects"."participants" IS NULL OR "funded_projects"."participants" >= 0)
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text,
	"entity_id" text,
	"ip_address" text,
	"details" jsonb
);
--> statement-breakpoint
ALTER TABLE "app_settings" ADD CONSTRAINT "app_settings_default_region_code_regions_code_fk" FOREIGN KEY ("default_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mrcs" ADD CONSTRAINT "mrcs_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_mrc_id_mrcs_id_fk" FOREIGN KEY ("mrc_id") REFERENCES "public"."mrcs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_points" ADD CONSTRAINT "service_points_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_points" ADD CONSTRAINT "service_points_mrc_id_mrcs_id_fk" FOREIGN KEY ("mrc_id") REFERENCES "public"."mrcs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniments" ADD CONSTRAINT "accompaniments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniments" ADD CONSTRAINT "accompaniments_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniments" ADD CONSTRAINT "accompaniments_agent_id_users_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_accompaniment_id_accompaniments_id_fk" FOREIGN KEY ("accompaniment_id") REFERENCES "public"."accompaniments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_residence_mrc_id_mrcs_id_fk" FOREIGN KEY ("residence_mrc_id") REFERENCES "public"."mrcs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_accompaniment_id_accompaniments_id_fk" FOREIGN KEY ("accompaniment_id") REFERENCES "public"."accompaniments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_mrc_id_mrcs_id_fk" FOREIGN KEY ("mrc_id") REFERENCES "public"."mrcs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_files" ADD CONSTRAINT "employer_files_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_files" ADD CONSTRAINT "employer_files_adviser_id_users_id_fk" FOREIGN KEY ("adviser_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_files" ADD CONSTRAINT "employer_files_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hires" ADD CONSTRAINT "hires_employer_file_id_employer_files_id_fk" FOREIGN KEY ("employer_file_id") REFERENCES "public"."employer_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hires" ADD CONSTRAINT "hires_hiring_need_id_hiring_needs_id_fk" FOREIGN KEY ("hiring_need_id") REFERENCES "public"."hiring_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hires" ADD CONSTRAINT "hires_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hiring_needs" ADD CONSTRAINT "hiring_needs_employer_file_id_employer_files_id_fk" FOREIGN KEY ("employer_file_id") REFERENCES "public"."employer_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_territories" ADD CONSTRAINT "agreement_territories_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_territories" ADD CONSTRAINT "agreement_territories_mrc_id_mrcs_id_fk" FOREIGN KEY ("mrc_id") REFERENCES "public"."mrcs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funded_project_territories" ADD CONSTRAINT "funded_project_territories_funded_project_id_funded_projects_id_fk" FOREIGN KEY ("funded_project_id") REFERENCES "public"."funded_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funded_project_territories" ADD CONSTRAINT "funded_project_territories_mrc_id_mrcs_id_fk" FOREIGN KEY ("mrc_id") REFERENCES "public"."mrcs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funded_projects" ADD CONSTRAINT "funded_projects_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mrcs_region_idx" ON "mrcs" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "partners_region_idx" ON "partners" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "service_points_region_idx" ON "service_points" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "service_points_mrc_idx" ON "service_points" USING btree ("mrc_id");--> statement-breakpoint
CREATE INDEX "users_service_point_idx" ON "users" USING btree ("service_point_id");--> statement-breakpoint
CREATE INDEX "accompaniments_person_idx" ON "accompaniments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "accompaniments_service_point_idx" ON "accompaniments" USING btree ("service_point_id");--> statement-breakpoint
CREATE INDEX "accompaniments_agent_idx" ON "accompaniments" USING btree ("agent_id");--> statement-breakpoint
CREATE INDEX "accompaniments_dates_idx" ON "accompaniments" USING btree ("opened_on","closed_on");--> statement-breakpoint
CREATE INDEX "interventions_accompaniment_idx" ON "interventions" USING btree ("accompaniment_id");--> statement-breakpoint
CREATE INDEX "interventions_occurred_idx" ON "interventions" USING btree ("occurred_on");--> statement-breakpoint
CREATE INDEX "persons_name_idx" ON "persons" USING btree ("last_name","first_name");--> statement-breakpoint
CREATE INDEX "persons_residence_mrc_idx" ON "persons" USING btree ("residence_mrc_id");--> statement-breakpoint
CREATE INDEX "referrals_accompaniment_idx" ON "referrals" USING btree ("accompaniment_id");--> statement-breakpoint
CREATE INDEX "referrals_partner_idx" ON "referrals" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "referrals_sent_idx" ON "referrals" USING btree ("sent_on");--> statement-breakpoint
CREATE INDEX "businesses_mrc_idx" ON "businesses" USING btree ("mrc_id");--> statement-breakpoint
CREATE INDEX "employer_files_business_idx" ON "employer_files" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "employer_files_adviser_idx" ON "employer_files" USING btree ("adviser_id");--> statement-breakpoint
CREATE INDEX "employer_files_service_point_idx" ON "employer_files" USING btree ("service_point_id");--> statement-breakpoint
CREATE INDEX "employer_files_dates_idx" ON "employer_files" USING btree ("opened_on","closed_on");--> statement-breakpoint
CREATE INDEX "hires_employer_file_idx" ON "hires" USING btree ("employer_file_id");--> statement-breakpoint
CREATE INDEX "hires_person_idx" ON "hires" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "hires_hired_idx" ON "hires" USING btree ("hired_on");--> statement-breakpoint
CREATE INDEX "hiring_needs_employer_file_idx" ON "hiring_needs" USING btree ("employer_file_id");--> statement-breakpoint
CREATE INDEX "agreement_territories_mrc_idx" ON "agreement_territories" USING btree ("mrc_id");--> statement-breakpoint
CREATE INDEX "agreements_partner_idx" ON "agreements" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "agreements_signed_idx" ON "agreements" USING btree ("signed_on");--> statement-breakpoint
CREATE INDEX "funded_project_territories_mrc_idx" ON "funded_project_territories" USING btree ("mrc_id");--> statement-breakpoint
CREATE INDEX "funded_projects_agreement_idx" ON "funded_projects" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "funded_projects_dates_idx" ON "funded_projects" USING btree ("starts_on","ends_on");--> statement-breakpoint
CREATE INDEX "audit_events_occurred_idx" ON "audit_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");
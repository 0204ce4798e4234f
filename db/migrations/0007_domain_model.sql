CREATE TYPE "public"."communication_basis" AS ENUM('consent', 'law');--> statement-breakpoint
CREATE TYPE "public"."shared_information_kind" AS ENUM('identity', 'contact_details', 'immigration_status', 'needs', 'other');--> statement-breakpoint
CREATE TYPE "public"."business_size_band" AS ENUM('1_4', '5_19', '20_99', '100_499', '500_plus');--> statement-breakpoint
CREATE TYPE "public"."employer_file_closure_reason" AS ENUM('needs_filled', 'no_longer_hiring', 'employer_withdrew', 'unreachable', 'referred_elsewhere', 'other');--> statement-breakpoint
CREATE TYPE "public"."hiring_need_status" AS ENUM('open', 'filled', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."interaction_kind" AS ENUM('phone_call', 'email', 'meeting', 'site_visit', 'job_fair', 'information_session', 'other');--> statement-breakpoint
CREATE TYPE "public"."recruitment_channel" AS ENUM('in_quebec', 'international', 'interregional_mobility');--> statement-breakpoint
CREATE TYPE "public"."consent_event" AS ENUM('given', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."consent_kind" AS ENUM('collection', 'sharing');--> statement-breakpoint
CREATE TYPE "public"."incident_risk_level" AS ENUM('not_assessed', 'low', 'serious');--> statement-breakpoint
CREATE TYPE "public"."retention_record_kind" AS ENUM('person_file');--> statement-breakpoint
ALTER TYPE "public"."staff_role" ADD VALUE 'privacy_officer';--> statement-breakpoint
ALTER TYPE "public"."funding_program" ADD VALUE 'other';--> statement-breakpoint
CREATE TABLE "business_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"name" text NOT NULL,
	"job_title" text,
	"email" text,
	"phone" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employer_interactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_file_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"kind" "interaction_kind" NOT NULL,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "confidentiality_incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"information_concerned" text NOT NULL,
	"circumstances" text NOT NULL,
	"occurred_from" date NOT NULL,
	"occurred_to" date,
	"discovered_on" date NOT NULL,
	"persons_concerned" integer NOT NULL,
	"risk_level" "incident_risk_level" DEFAULT 'not_assessed' NOT NULL,
	"risk_reasons" text,
	"commission_notified_on" date,
	"persons_notified_on" date,
	"measures_taken" text,
	"recorded_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "confidentiality_incidents_period" CHECK ("confidentiality_incidents"."occurred_to" IS NULL OR "confidentiality_incidents"."occurred_to" >= "confidentiality_incidents"."occurred_from"),
	CONSTRAINT "confidentiality_incidents_persons" CHECK ("confidentiality_incidents"."persons_concerned" >= 0)
);
--> statement-breakpoint
CREATE TABLE "consent_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" "consent_kind" NOT NULL,
	"event" "consent_event" NOT NULL,
	"effective_on" date NOT NULL,
	"recorded_by_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"changed_by_id" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"snapshot" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"field" text NOT NULL,
	"old_value" text,
	"new_value" text,
	"reason" text,
	"corrected_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_rules" (
	"kind" "retention_record_kind" PRIMARY KEY NOT NULL,
	"years" integer NOT NULL,
	"reason" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"as_of" date NOT NULL,
	"applied" boolean NOT NULL,
	"run_by_id" uuid,
	"files_due" integer NOT NULL,
	"files_anonymized" integer NOT NULL,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_service_point_required";--> statement-breakpoint
ALTER TABLE "app_settings" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "app_settings" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "mrcs" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "services" text;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "territory" text;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "website" text;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "listed_as_resource" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "service_points" ADD COLUMN "hours" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "anonymized_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "shared_information" "shared_information_kind"[] DEFAULT '{identity,contact_details,needs}'::shared_information_kind[] NOT NULL;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "communication_basis" "communication_basis" DEFAULT 'consent' NOT NULL;--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "naics_sector" varchar(2);--> statement-breakpoint
-- The former ad hoc sectors, mapped to their SCIAN/NAICS sector.
UPDATE "businesses" SET "naics_sector" = CASE "sector"::text
  WHEN 'agriculture' THEN '11' WHEN 'forestry' THEN '11' WHEN 'mining' THEN '21' WHEN 'construction' THEN '23'
  WHEN 'manufacturing' THEN '31' WHEN 'retail' THEN '44' WHEN 'transportation' THEN '48'
  WHEN 'professional_services' THEN '54' WHEN 'education' THEN '61' WHEN 'health_social' THEN '62'
  WHEN 'accommodation_food' THEN '72' WHEN 'public_administration' THEN '91' ELSE '81' END;--> statement-breakpoint
ALTER TABLE "businesses" ALTER COLUMN "naics_sector" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "size_band" "business_size_band";--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "postal_code" varchar(7);--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "search_name" text GENERATED ALWAYS AS (passerelle_normalize_name("businesses"."legal_name")) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "employer_files" ADD COLUMN "closure_reason" "employer_file_closure_reason";--> statement-breakpoint
ALTER TABLE "employer_files" ADD COLUMN "recruitment_channels" "recruitment_channel"[] DEFAULT '{}'::recruitment_channel[] NOT NULL;--> statement-breakpoint
ALTER TABLE "employer_files" ADD COLUMN "reopened_from_id" uuid;--> statement-breakpoint
UPDATE "employer_files" SET "recruitment_channels" = CASE WHEN "interregional_mobility" THEN '{in_quebec,interregional_mobility}'::recruitment_channel[] ELSE '{in_quebec}'::recruitment_channel[] END;--> statement-breakpoint
-- Files closed before closure reasons were recorded.
UPDATE "employer_files" SET "closure_reason" = 'other' WHERE "status" = 'closed';--> statement-breakpoint
ALTER TABLE "hires" ADD COLUMN "channel" "recruitment_channel";--> statement-breakpoint
UPDATE "hires" SET "channel" = CASE WHEN "from_other_region" THEN 'interregional_mobility'::recruitment_channel ELSE 'in_quebec'::recruitment_channel END;--> statement-breakpoint
ALTER TABLE "hires" ALTER COLUMN "channel" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "hiring_needs" ADD COLUMN "wanted_start_on" date;--> statement-breakpoint
ALTER TABLE "hiring_needs" ADD COLUMN "status" "hiring_need_status" DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "title" text;--> statement-breakpoint
UPDATE "agreements" SET "title" = "reference";--> statement-breakpoint
ALTER TABLE "agreements" ALTER COLUMN "title" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "deliverables" text;--> statement-breakpoint
ALTER TABLE "funded_projects" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "business_contacts" ADD CONSTRAINT "business_contacts_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_interactions" ADD CONSTRAINT "employer_interactions_employer_file_id_employer_files_id_fk" FOREIGN KEY ("employer_file_id") REFERENCES "public"."employer_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_interactions" ADD CONSTRAINT "employer_interactions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "confidentiality_incidents" ADD CONSTRAINT "confidentiality_incidents_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_events" ADD CONSTRAINT "consent_events_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_events" ADD CONSTRAINT "consent_events_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_revisions" ADD CONSTRAINT "incident_revisions_incident_id_confidentiality_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."confidentiality_incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_revisions" ADD CONSTRAINT "incident_revisions_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_corrections" ADD CONSTRAINT "person_corrections_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_corrections" ADD CONSTRAINT "person_corrections_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_runs" ADD CONSTRAINT "retention_runs_run_by_id_users_id_fk" FOREIGN KEY ("run_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "business_contacts_business_idx" ON "business_contacts" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "employer_interactions_file_date_idx" ON "employer_interactions" USING btree ("employer_file_id","occurred_on");--> statement-breakpoint
CREATE INDEX "confidentiality_incidents_discovered_idx" ON "confidentiality_incidents" USING btree ("discovered_on");--> statement-breakpoint
CREATE INDEX "consent_events_person_idx" ON "consent_events" USING btree ("person_id","effective_on");--> statement-breakpoint
CREATE INDEX "incident_revisions_incident_idx" ON "incident_revisions" USING btree ("incident_id","version");--> statement-breakpoint
CREATE INDEX "person_corrections_person_idx" ON "person_corrections" USING btree ("person_id","corrected_at");--> statement-breakpoint
CREATE INDEX "retention_runs_ran_idx" ON "retention_runs" USING btree ("ran_at");--> statement-breakpoint
ALTER TABLE "employer_files" ADD CONSTRAINT "employer_files_reopened_from_id_employer_files_id_fk" FOREIGN KEY ("reopened_from_id") REFERENCES "public"."employer_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "businesses_search_name_trgm_idx" ON "businesses" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "businesses" DROP COLUMN "sector";--> statement-breakpoint
ALTER TABLE "employer_files" DROP COLUMN "interregional_mobility";--> statement-breakpoint
ALTER TABLE "hires" DROP COLUMN "from_other_region";--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_service_point_required" CHECK ("users"."role"::text IN ('admin', 'privacy_officer') OR "users"."service_point_id" IS NOT NULL);--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_anonymized_birth_year" CHECK ("persons"."anonymized_at" IS NULL OR "persons"."birth_date" = date_trunc('year', "persons"."birth_date")::date);--> statement-breakpoint
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_naics_sector" CHECK ("businesses"."naics_sector" IN ('11', '21', '22', '23', '31', '41', '44', '48', '51', '52', '53', '54', '55', '56', '61', '62', '71', '72', '81', '91'));--> statement-breakpoint
ALTER TABLE "employer_files" ADD CONSTRAINT "employer_files_closure_reason" CHECK (("employer_files"."status" = 'closed') = ("employer_files"."closure_reason" IS NOT NULL));--> statement-breakpoint
DROP TYPE "public"."business_sector";
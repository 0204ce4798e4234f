CREATE TYPE "public"."action_status" AS ENUM('planned', 'in_progress', 'achieved', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."french_level" AS ENUM('none', 'beginner', 'intermediate', 'advanced', 'fluent');--> statement-breakpoint
CREATE TYPE "public"."gender" AS ENUM('woman', 'man', 'non_binary', 'other');--> statement-breakpoint
ALTER TYPE "public"."immigration_status" ADD VALUE 'permanent_resident_economic';--> statement-breakpoint
ALTER TYPE "public"."immigration_status" ADD VALUE 'permanent_resident_family';--> statement-breakpoint
ALTER TYPE "public"."immigration_status" ADD VALUE 'permanent_resident_refugee';--> statement-breakpoint
ALTER TYPE "public"."intervention_kind" ADD VALUE 'first_meeting';--> statement-breakpoint
ALTER TYPE "public"."intervention_kind" ADD VALUE 'follow_up';--> statement-breakpoint
ALTER TYPE "public"."intervention_kind" ADD VALUE 'information_session';--> statement-breakpoint
CREATE TABLE "accompaniment_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"accompaniment_id" uuid NOT NULL,
	"from_service_point_id" uuid NOT NULL,
	"from_agent_id" uuid NOT NULL,
	"to_service_point_id" uuid NOT NULL,
	"to_agent_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"transferred_on" date NOT NULL,
	"transferred_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_plan_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"accompaniment_id" uuid NOT NULL,
	"need" "need" NOT NULL,
	"goal" text NOT NULL,
	"status" "action_status" DEFAULT 'planned' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"key" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"action" text NOT NULL,
	"result_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
ALTER TABLE "accompaniments" ADD COLUMN "next_follow_up_on" date;--> statement-breakpoint
ALTER TABLE "accompaniments" ADD COLUMN "reopened_from_id" uuid;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "gender" "gender";--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "citizenship" varchar(2);--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "languages" varchar(3)[] DEFAULT '{}'::varchar(3)[] NOT NULL;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "french_level" "french_level";--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "arrival_in_region_on" date;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "residence_municipality" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "sharing_consent" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "sharing_consent_on" date;--> statement-breakpoint
ALTER TABLE "accompaniment_transfers" ADD CONSTRAINT "accompaniment_transfers_accompaniment_id_accompaniments_id_fk" FOREIGN KEY ("accompaniment_id") REFERENCES "public"."accompaniments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniment_transfers" ADD CONSTRAINT "accompaniment_transfers_from_service_point_id_service_points_id_fk" FOREIGN KEY ("from_service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniment_transfers" ADD CONSTRAINT "accompaniment_transfers_from_agent_id_users_id_fk" FOREIGN KEY ("from_agent_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniment_transfers" ADD CONSTRAINT "accompaniment_transfers_to_service_point_id_service_points_id_fk" FOREIGN KEY ("to_service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniment_transfers" ADD CONSTRAINT "accompaniment_transfers_to_agent_id_users_id_fk" FOREIGN KEY ("to_agent_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniment_transfers" ADD CONSTRAINT "accompaniment_transfers_transferred_by_id_users_id_fk" FOREIGN KEY ("transferred_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_items" ADD CONSTRAINT "action_plan_items_accompaniment_id_accompaniments_id_fk" FOREIGN KEY ("accompaniment_id") REFERENCES "public"."accompaniments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accompaniment_transfers_accompaniment_idx" ON "accompaniment_transfers" USING btree ("accompaniment_id");--> statement-breakpoint
CREATE INDEX "action_plan_items_accompaniment_idx" ON "action_plan_items" USING btree ("accompaniment_id");--> statement-breakpoint
ALTER TABLE "accompaniments" ADD CONSTRAINT "accompaniments_reopened_from_id_accompaniments_id_fk" FOREIGN KEY ("reopened_from_id") REFERENCES "public"."accompaniments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "persons_birth_date_idx" ON "persons" USING btree ("birth_date");--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_citizenship_format" CHECK ("persons"."citizenship" IS NULL OR "persons"."citizenship" ~ '^[A-Z]{2}$');--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_sharing_consent_dated" CHECK ("persons"."sharing_consent" = ("persons"."sharing_consent_on" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_arrivals_in_order" CHECK ("persons"."arrival_in_region_on" IS NULL OR "persons"."arrival_in_quebec_on" IS NULL OR "persons"."arrival_in_region_on" >= "persons"."arrival_in_quebec_on");
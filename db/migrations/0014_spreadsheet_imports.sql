CREATE TYPE "public"."import_batch_status" AS ENUM('committed', 'undone');--> statement-breakpoint
CREATE TYPE "public"."import_kind" AS ENUM('persons', 'employer_files');--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "import_kind" NOT NULL,
	"importer_id" uuid NOT NULL,
	"service_point_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"status" "import_batch_status" DEFAULT 'committed' NOT NULL,
	"rows_read" integer NOT NULL,
	"created" integer NOT NULL,
	"rejected" integer NOT NULL,
	"duplicates_skipped" integer NOT NULL,
	"already_imported" integer NOT NULL,
	"committed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_at" timestamp with time zone,
	"undone_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "imported_rows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"kind" "import_kind" NOT NULL,
	"service_point_id" uuid NOT NULL,
	"fingerprint" text NOT NULL,
	"row_number" integer NOT NULL,
	"entity_id" uuid NOT NULL,
	"child_id" uuid
);
--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_importer_id_users_id_fk" FOREIGN KEY ("importer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_undone_by_id_users_id_fk" FOREIGN KEY ("undone_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_rows" ADD CONSTRAINT "imported_rows_batch_id_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."import_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_rows" ADD CONSTRAINT "imported_rows_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_batches_service_point_idx" ON "import_batches" USING btree ("service_point_id","committed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "imported_rows_fingerprint_idx" ON "imported_rows" USING btree ("kind","service_point_id","fingerprint");--> statement-breakpoint
CREATE INDEX "imported_rows_batch_idx" ON "imported_rows" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "imported_rows_entity_idx" ON "imported_rows" USING btree ("entity_id");
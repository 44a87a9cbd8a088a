ALTER TABLE "resume" ADD COLUMN "stylesheet_revision" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "resume" ADD COLUMN "render_data_version" integer DEFAULT 0 NOT NULL;